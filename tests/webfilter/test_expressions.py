"""Category expressions behind their literal prefilter answer exactly as the plain
alternation of every expression does (the prefilter only skips proven misses)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policyguard.webfilter.expressions import Expressions, required_literals

# Written for these tests in the style of UT1's expressions files: alternations of
# literals, anchors, repeats, character classes and one no literal can be read from.
PATTERNS = {
    2: [
        r"(^|[./])xxxvideos[0-9]*[./]",
        r"(/banner/|/sponsor/|/event\.ng/|/Advertisement/|adverts/)",
        r"(google\..*/search.q=cache)|(images\.google\.[a-z]+/images.q=tbn)",
        r"^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+/search\?q=[0-9]+$",
    ],
    5: [
        r"(bing\.com/videos/search\?q=.*)(sex|porn|nude)",
        r".*/ymsgr*\.exe",
        r"casin[o0]s?(online|live)",
    ],
}
PIECES = [
    "xxxvideos",
    "xxxvideos12",
    "/banner/",
    "/Banner/",
    "/sponsor/",
    "google.",
    "google.com",
    "/search?q=cache",
    "/search?q=12",
    "images.google.fr",
    "/images?q=tbn",
    "bing.com",
    "/videos/search?q=",
    "porn",
    "/ymsgr.exe",
    "ymsg",
    "casino",
    "casin0s",
    "online",
    "live",
    "1.2.3.4",
    "example.org",
    "/",
    ".",
    "?",
    "a",
    "Z",
    "9",
    "\u212a",  # the Kelvin sign: case-blind, it matches "k"
    "é",
]


@st.composite
def texts(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.sampled_from(PIECES), max_size=8)))


def _reference(patterns: dict[int, list[str]]) -> re.Pattern[str]:
    unique = list(dict.fromkeys(p for bit in sorted(patterns) for p in patterns[bit]))
    return re.compile("|".join(f"(?:{p})" for p in unique), re.IGNORECASE)


EXPRESSIONS = Expressions(sorted(PATTERNS.items()))
REFERENCE = _reference(PATTERNS)
WITHOUT_LITERALS = {**PATTERNS, 7: [r"[a-z]{3}\d"]}  # no literal: every text is searched


def _span(found: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if found is None else (found.start(), found.end(), found.group(0))


@settings(max_examples=500, deadline=None)
@given(texts())
def test_search_finds_what_the_whole_alternation_finds(text: str) -> None:
    assert _span(EXPRESSIONS.search(text)) == _span(REFERENCE.search(text)), text


@settings(max_examples=300, deadline=None)
@given(texts())
def test_search_canonical_is_search_on_lower_case_text(text: str) -> None:
    lowered = text.lower()
    assert _span(EXPRESSIONS.search_canonical(lowered)) == _span(REFERENCE.search(lowered))


@settings(max_examples=200, deadline=None)
@given(texts())
def test_an_expression_without_literals_turns_the_prefilter_off(text: str) -> None:
    expressions = Expressions(sorted(WITHOUT_LITERALS.items()))
    assert _span(expressions.search(text)) == _span(_reference(WITHOUT_LITERALS).search(text))


def test_the_prefilter_skips_texts_without_literals() -> None:
    assert EXPRESSIONS.search("example.org/news/today") is None
    assert EXPRESSIONS.search("example.org/a/xxxvideos9/b") is not None
    assert EXPRESSIONS.category_of("example.org/a/xxxvideos9/b") == 2
    assert EXPRESSIONS.category_of("bing.com/videos/search?q=porn") == 5


def test_required_literals_are_read_from_the_parse_tree() -> None:
    # the parser takes the branches' common "/" out in front of them
    assert required_literals(r"(/banner/|/sponsor/)") == frozenset({"banner/", "sponsor/"})
    assert required_literals(r"casin[o0]s?(online|live)") == frozenset({"casin"})
    assert required_literals(r"[a-z]+") is None  # nothing every match must hold
    assert required_literals(r"a|") is None  # the empty match
