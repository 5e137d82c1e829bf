"""The detector contract: text in, a list of :class:`Detection` out.

A detector is pure and fast: it reads only the text and what it was built with (lists,
a model file loaded once), never the network or a database. Spans are character
offsets into the text the caller passed, end exclusive, so ``text[start:end] == match``.

    detections = PersonalDataDetector().detect("Ring me on 07700 900123")
    # [Detection(label='phone', start=11, end=24, match='07700 900123', score=0.9, ...)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from policyguard.screening.prefilter import gated


@dataclass(frozen=True, slots=True)
class Detection:
    """One thing a detector found: what it is, where, how sure, and who found it.

    ``label`` is a stable code (``phone``, ``slur``, ``political``...). ``score`` is in
    [0, 1]: how strongly the span shows the label (not a calibrated probability unless
    the detector says so). ``detail`` carries extra facts for the explanation, such as
    the directory id of a named person or a suggested spelling.
    """

    label: str
    start: int
    end: int
    match: str
    score: float
    detector: str
    detail: dict[str, str] = field(default_factory=dict)


class Detector(Protocol):
    """Anything with a name and ``detect(text) -> list[Detection]``."""

    name: str

    def detect(self, text: str) -> list[Detection]: ...


# Characters that count as part of a word when checking a match's boundaries.
def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def at_word_boundary(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` neither starts nor ends inside a longer word."""
    before = start == 0 or not is_word_char(text[start - 1])
    after = end >= len(text) or not is_word_char(text[end])
    return before and after


# Length-preserving normalisation: curly quotes and odd spaces become plain ones so
# patterns written with ASCII match, while offsets stay those of the caller's text.
_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\t": " ",
        "\n": " ",
        "\r": " ",
        "\u2013": "-",
        "\u2014": "-",
    }
)


# The words of a folded (lower-case) text, for set tests before any pattern runs.
# A letter typed three times running ("sooo", "Marcusss"): a cheap look before the
# patterns for stretched words run (most posts have none).
TRIPLED_LETTER = re.compile(r"([a-z])\1\1")
WORDS = re.compile(r"[a-z]+")


def sentence_around(text: str, start: int, end: int, reach: int | None = None) -> str:
    """The sentence (or sentences) of ``text`` holding ``text[start:end]``: from after the
    last ".", "!", "?" or line break before it to the first after it; with ``reach``, no
    more than that many characters either side (a post with no full stop is one sentence,
    and a caller that asks for many of them should not read all of it each time)."""
    low = 0 if reach is None else max(0, start - reach)
    high = len(text) if reach is None else min(len(text), end + reach)
    left = max(low - 1, *(text.rfind(c, low, start) for c in ".!?\n")) + 1
    rights = [i for i in (text.find(c, end, high) for c in ".!?\n") if i >= 0]
    return text[left : min(rights, default=high)]


# A post that says its details are invented: a lesson's or a role-play's example.
_MADE_UP = gated(
    re.compile(
        r"\bmade[- ]up\s+(?:number|numbers|learner|learners|student|person|data|details|name|"
        r"names|address|addresses|example|examples|customer|card|account)\b"
        r"|\b(?:totally|completely|entirely|purely)\s+(?:fictional|invented|fake)\b"
        r"|\b(?:dummy|fake|sample|example|test|practice|pretend)\s+(?:bank\s+|card\s+|contact\s+)?"
        r"(?:data|details|numbers?|records?)\b"
        # "both made up by your tutor"
        r"|\bmade[- ]up\s+by\s+(?:your|the|our|a)\s+(?:tutor|teacher|lecturer|trainer|assessor)\b"
        r"|\bnot\s+a\s+real\s+(?:number|person|learner|student|address|card|account)\b"
        r"|\bfor\s+the\s+role[- ]?play\b"
        r"|\b(?:for example|example|e\.g\.|eg)\s*:"
        # "Example only: Flat 2, 10 Sample Street, Townsville", "write it like the example"
        r"|\bexamples?\s+only\b|\blike\s+the\s+example\b"
        # "write it like 01234 567890", "use a pretend email like ..." (details probe 112)
        r"|\b(?:write|put|type|enter|format)\s+(?:it|them|yours)\s+(?:like|as)\b(?!\s+(?:mine|my)\b)"
        r"|\b(?:dummy|fake|sample|example|practice|pretend|made[- ]up)\s+e-?mails?\b"
        r"|\b(?:anytown|any\s+town|townsville|sample\s+(?:street|road|lane|avenue|close))\b"
        # "Example of how to fill in the form: ...", "WS123456 (just an example)", "Student
        # numbers look like WS123456"
        r"|\bexample\s+of\s+how\s+to\s+(?:fill|complete|write|set\s+out|lay\s+out|format|enter|use)\b"
        r"|\(\s*(?:just\s+)?(?:an?\s+)?example\s*\)"
        # "IM1234567 is just an example", "it's only an example"; not "... is just an example of
        # what's out there", said of real details
        r"|(?:\bis|\bare|'s|'re)\s+(?:just|only)\s+(?:an?\s+)?examples?\b(?!\s+of\b)"
        # "e.g. IM1234567 (use yours, not this one!)"
        r"|\buse\s+(?:yours|your\s+own)\b[^.!?\n]{0,20}\bnot\s+(?:this|that|mine)\b"
        r"|\b(?:numbers|ids|codes)\s+(?:on\s+(?:forms?|the\s+form)\s+)?(?:should\s+)?look\s+like\b"
        r"|\bformat\s+(?:is|looks)\s+like\b",
        re.IGNORECASE,
    )
)
_MADE_UP_NOTE = "the post says these details are made up"
# What to write on a practice form, just after "use": "when the practice form asks for date
# of birth, use 01/01/2000" (not the real details beside it in the sentence).
_FORM_USE = re.compile(
    r"\b(?:practice|mock|pretend|dummy|sample|example|test)\s+(?:form|forms|application|"
    r"applications|cv|cvs)\b(?:(?!\b(?:my|mine|our|me)\b)[^.!?\n]){0,60}?\buse\s*:?\s*",
    re.IGNORECASE,
)


def made_up_marked(text: str, found: list[Detection]) -> list[Detection]:
    """``found``, with each detection whose sentence says its details are made up ("a
    made-up learner, DOB 01/01/2000 ... totally fictional", "Example of how to fill in
    the form: Name: John Smith, ...") held at 0.45: a lesson's or a role-play's example,
    shown but asking no review."""
    if not found:
        return found
    uses = [m.end() for m in _FORM_USE.finditer(text)] if "use" in text.lower() else []
    if not uses and not _MADE_UP.search(text) and "e.g." not in text.lower():
        return found
    return [
        replace(d, score=min(d.score, 0.45), detail={**d.detail, "made_up": _MADE_UP_NOTE})
        if d.start in uses
        or _MADE_UP.search(sentence_around(text, d.start, d.end))
        or _made_up_before_eg(text, d.start, d.end)
        else d
        for d in found
    ]


_EG_BEFORE = re.compile(r"\be\.g\.,?\s*$", re.IGNORECASE)
# A format described: "an account number is 8 digits" (only before an "e.g.").
_FORMAT_SAID = re.compile(
    r"\b(?:is|are)\s+(?:\d{1,2}|six|seven|eight|nine|ten|eleven)\s+(?:digits|characters)\b"
    # a date's template: "the date of birth field is DD/MM/YYYY, e.g. 31/12/2007" (details
    # probe 128)
    r"|\bdd\s?[/.-]\s?mm\s?[/.-]\s?yy(?:yy)?\b|\bmm\s?[/.-]\s?dd\s?[/.-]\s?yy(?:yy)?\b",
    re.IGNORECASE,
)
# ... and the example then owned: "e.g. 07700 900123 is mine".
_OWNED_AFTER = re.compile(r"\s*(?:is|=|'s)\s+(?:mine|my|ours|hers|his)\b", re.IGNORECASE)


def _made_up_before_eg(text: str, start: int, end: int) -> bool:
    """Whether an example's "e.g." stands just before ``start`` and the sentence it ends
    describes a format or says the details are made up ("an account number is 8 digits,
    e.g. 12345678"; its full stops cut the sentence short), and nobody owns the example
    after it ("e.g. 07700 900123 is mine")."""
    eg = _EG_BEFORE.search(text, max(0, start - 8), start)
    if eg is None or _OWNED_AFTER.match(text, end):
        return False
    sentence = sentence_around(text, eg.start(), eg.start())
    return bool(_MADE_UP.search(sentence) or _FORMAT_SAID.search(sentence))


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one string, space-separated."""
    return frozenset(words.split())


@lru_cache(maxsize=16)  # each post is folded by several detectors: once (the last few kept)
def fold(text: str) -> str:
    """Lower-case ``text`` with quotes and spaces made plain, keeping every offset.

    Where lower-casing would change the length (a handful of Unicode letters), those
    characters are left as they are so that offsets still line up.
    """
    lowered = text.translate(_FOLD).lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))


def remove_overlaps(detections: Iterable[Detection]) -> list[Detection]:
    """Keep the strongest of overlapping detections (longer wins a tie), in text order."""
    ranked = sorted(detections, key=lambda d: (-d.score, -(d.end - d.start), d.start))
    # The kept spans never overlap, so in order of their starts their ends are in order
    # too: a candidate overlaps one of them only if it overlaps a neighbour where it would
    # go (a log-time test, for posts with thousands of candidates).
    starts: list[int] = []
    ends: list[int] = []
    points: list[int] = []  # kept empty spans, which block a span strictly around them
    kept: list[Detection] = []
    for candidate in ranked:
        start, end = candidate.start, candidate.end
        if start == end:
            if any(k.start < start < k.end for k in kept):
                continue
            bisect.insort(points, start)
            kept.append(candidate)
            continue
        i = bisect.bisect_right(starts, start)
        if i and ends[i - 1] > start:
            continue  # the kept span starting at or before it reaches into it
        if i < len(starts) and starts[i] < end:
            continue  # it reaches into the next kept span
        j = bisect.bisect_right(points, start)
        if j < len(points) and points[j] < end:
            continue  # a kept empty span lies inside it
        starts.insert(i, start)
        ends.insert(i, end)
        kept.append(candidate)
    return sorted(kept, key=lambda d: (d.start, d.end))
