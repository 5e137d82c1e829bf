"""One span cut for the CLI and the portal; one look-alike table for every text reader."""

from __future__ import annotations

from policyguard.cli.screen import mark_spans
from policyguard.policy.decisions import Evidence
from policyguard.screening import AbuseDetector, segments
from policyguard.webfilter.searchterms import words


def test_overlapping_spans_share_their_piece_and_nothing_is_lost() -> None:
    text = "call 07700 900123 now"
    assert segments(text, [(5, 17, "phone"), (11, 17, "number")]) == [
        ("call ", ()),
        ("07700 ", ("phone",)),
        ("900123", ("phone", "number")),
        (" now", ()),
    ]


def test_spans_that_do_not_fit_the_text_are_left_out() -> None:
    assert segments("short", [(2, 40, "x"), (3, 3, "y"), (4, 1, "z")]) == [("short", ())]


def test_the_command_line_marks_overlaps_with_both_numbers() -> None:
    def span(start: int, end: int) -> Evidence:
        return Evidence(kind="text_span", field="text", start=start, end=end, value="")

    marked = mark_spans("you idiot, ring 07700", [(span(4, 9), 1), (span(0, 9), 2)])
    assert marked == "[[you ]]{2}[[idiot]]{1,2}, ring 07700"


def test_both_readers_see_through_the_same_look_alikes() -> None:
    # "|" and "+" were read only by the search terms, "*" only by the abuse lexicon.
    assert words("k|ll +his f*ck") == ["kil", "this", "fuck"]
    found = AbuseDetector(model=False).detect("go k|ll yourself, you f*cking 5h1t")
    assert {d.match for d in found} >= {"k|ll yourself", "f*cking", "5h1t"}
