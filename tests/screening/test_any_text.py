"""Whatever a post holds (any Unicode, control characters, lone surrogates, marks
without letters, very long words), the whole screen answers, and every finding is a
span of the post with a score on the common scale."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from policyguard.screening import Screener, ScreenSettings
from policyguard.screening.personal import settled

# Pieces that reach the tokenizer's, the spelling's and the detectors' rarer branches.
_PIECES = st.sampled_from(
    [
        "idiot", "you", "fuck", "Chloe Barker", "07700 900123", "SN15 3QD", "colour",
        "color", "\u00e9", "e\u0301", "\u4e2d", "\u03a3", "\ud800", "\x00", "\ufffd",
        "\u200b", "\u00a0", "\t", "\n", "!", "@", "#ad", "http://x.co", "\U0001f600",
        "A" * 120, "you " * 40, "jo.bloggs@example.co.uk", "QQ 12 34 56 C",
        "The Old Forge, High Street, Lacock",
        "sort code 12-34-56 account 12345678", "DOB 01/02/2007", "born on 4 October 2007",
        "\u0663\u0664", "GB82 WEST 1234 5698 7654 32", "4111 1111 1111 1111",
    ]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map(" ".join))


@functools.cache
def _screener() -> Screener:
    return Screener(ScreenSettings(), people=[("p1", "Chloe Barker")])


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_every_finding_is_a_span_of_the_post(text: str) -> None:
    for detector, found in _screener().screen(text).items():
        for d in found:
            assert 0 <= d.start < d.end <= len(text), (detector, d)
            assert text[d.start : d.end] == d.match, (detector, d)
            assert 0.0 <= d.score <= 1.0, (detector, d)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_the_abuse_score_is_on_the_scale_and_the_model_never_blocks(text: str) -> None:
    detector = _screener().abuse
    rate = detector.rate(text)
    assert 0.0 <= rate <= 1.0
    model = [d for d in detector.detect(text) if d.label == "abusive_language"]
    assert all(d.score < 0.85 for d in model)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_personal_data_skips_only_the_finders_that_could_not_match(text: str) -> None:
    # Without a digit or an @ in the post, the finders that need one are not run: the
    # findings are those of every finder run on the post.
    personal = _screener().personal
    finders = (
        personal._emails,
        personal._phones,
        personal._addresses,
        personal._birth_dates,
        personal._ni_numbers,
        personal._bank_details,
        personal._student_numbers,
    )
    assert personal.detect(text) == settled(text, [d for f in finders for d in f(text)])
