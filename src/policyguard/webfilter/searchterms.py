"""Search terms: read them out of search URLs, and match them against safeguarding terms.

    site, term = extract_search_term("https://www.google.co.uk/search?q=how+to+kms")
    for match in default_taxonomy().match(term): match.category, match.severity

The taxonomy (``data/safeguarding_terms.yaml``, written for UK colleges) gives each term
a category (self-harm and suicide, radicalisation and extremism, sexual exploitation and
grooming, drugs, weapons, bullying) and a severity (high, medium, low). Matching is
forgiving on purpose, since searches are typed in a hurry or disguised:

- case, accents, punctuation and look-alike digits (``k1ll``, ``$uicide``) are read away;
- letters typed repeatedly are squeezed (``kiiilll`` reads as ``kill``);
- abbreviations are expanded (``kms``, ``kys``) from the taxonomy's own table;
- a word of five letters or more matches at one edit (typo, missing or swapped letter),
  nine or more at two; a multi-word term also matches written as one word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from policyguard.lookalikes import LOOKALIKES
from policyguard.sanitize import clean_text
from policyguard.webfilter.urls import Target

__all__ = [
    "SEARCH_HINT",
    "SEVERITIES",
    "Taxonomy",
    "TermMatch",
    "default_taxonomy",
    "extract_search_term",
    "may_search",
    "search_paths",
]

SEVERITIES = ("high", "medium", "low")

# (site, canonical host pattern, path pattern, query parameter or "" when the term is in the path)
_SEARCHES: tuple[tuple[str, str, str, str], ...] = (
    ("google", r"google\.[a-z.]+", r"/(search|webhp|images|complete/search)", "q"),
    ("bing", r"bing\.com", r"/(search|images/search|videos/search|as/suggestions)", "q"),
    ("duckduckgo", r"(html\.|lite\.)?duckduckgo\.com", r"/(html|lite|ac)?", "q"),
    ("yahoo", r"([a-z]+\.)?search\.yahoo\.com", r"/(search|yhs/search).*", "p"),
    ("youtube", r"(m\.)?youtube\.com", r"/results", "search_query"),
    (
        "wikipedia",
        r"[a-z-]+\.(m\.)?wikipedia\.org",
        r"/(w/index\.php|wiki/special:search)",
        "search",
    ),
    ("wikipedia", r"[a-z-]+\.(m\.)?wikipedia\.org", r"/wiki/special:search/(?P<term>.+)", ""),
    ("tiktok", r"tiktok\.com", r"/search(/[a-z]+)?", "q"),
    ("ecosia", r"ecosia\.org", r"/search", "q"),
    ("ask", r"ask\.com", r"/web", "q"),
    ("yandex", r"yandex\.[a-z.]+", r"/search", "text"),
    ("baidu", r"baidu\.com", r"/s", "wd"),
    ("brave", r"search\.brave\.com", r"/search", "q"),
    ("startpage", r"startpage\.com", r"/(do/search|sp/search)", "query"),
    ("qwant", r"qwant\.com", r"/", "q"),
    ("reddit", r"reddit\.com", r"/search", "q"),
    ("x", r"(x|twitter)\.com", r"/search", "q"),
    ("instagram", r"instagram\.com", r"/explore/tags/(?P<term>[^/]+)", ""),
    ("pinterest", r"(uk\.)?pinterest\.[a-z.]+", r"/search/[a-z]+", "q"),
    ("facebook", r"facebook\.com", r"/search/[a-z]+", "q"),
    ("amazon", r"amazon\.[a-z.]+", r"/s", "k"),
    ("ebay", r"ebay\.[a-z.]+", r"/sch/.*", "_nkw"),
    ("vimeo", r"vimeo\.com", r"/search", "q"),
)


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str], str], ...]:
    # Compiled on first use: a helper starts without them, and most never need them.
    return tuple(
        (site, re.compile(host), re.compile(path), parameter)
        for site, host, path, parameter in _SEARCHES
    )


# Found in every host extract_search_term reads (a cheap test before the site patterns).
SEARCH_HINT = re.compile(
    r"google|bing|duckduckgo|yahoo|youtube|wikipedia|tiktok|ecosia|ask\.com"
    r"|yandex|baidu|brave|startpage|qwant|reddit|twitter|x\.com|instagram"
    r"|pinterest|facebook|amazon|ebay|vimeo"
)


def may_search(host: str) -> bool:
    """False when no URL on canonical ``host`` can be a search :func:`extract_search_term`
    reads (True leaves it to that function)."""
    return SEARCH_HINT.search(host) is not None


def search_paths(host: str) -> tuple[re.Pattern[str], ...]:
    """The path patterns of the search sites canonical ``host`` belongs to: a URL on it
    is a search :func:`extract_search_term` reads only when one of them matches its
    whole canonical path (none: no URL on ``host`` is one)."""
    if not SEARCH_HINT.search(host):
        return ()
    return tuple(path for _, pattern, path, _ in _compiled() if pattern.fullmatch(host))


def extract_search_term(url: str, target: Target) -> tuple[str, str] | None:
    """(site, search term) when ``url`` is a search on a known site, else None."""
    if not SEARCH_HINT.search(target.host):
        return None
    from urllib.parse import parse_qsl, unquote_plus, urlsplit  # searches only

    for site, host, path, parameter in _compiled():
        if not host.fullmatch(target.host):
            continue
        found = path.fullmatch(target.path)
        if found is None:
            continue
        if not parameter:
            term = unquote_plus(found.group("term"))
        else:
            query = urlsplit(url if "://" in url else "http://" + url).query
            values = [v for k, v in parse_qsl(query) if k.lower() == parameter]
            if not values:
                continue
            term = values[0]
        # A percent-encoded NUL or control character ("%00") would reach the log and
        # fail its ingestion; only what a person could have typed is kept.
        term = " ".join(clean_text(term).split())[:200]
        return (site, term) if term else None
    return None


@dataclass(frozen=True, slots=True)
class TermMatch:
    """One taxonomy term found in a search: its category, severity and the words that matched."""

    category: str
    title: str
    severity: str
    term: str
    matched: str


_NOT_WORD = re.compile(r"[^a-z0-9]+")
_REPEATS = re.compile(r"(.)\1+")


def words(text: str) -> list[str]:
    """Lower-case, accent-free, look-alikes read, repeated letters squeezed, split in words."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(LOOKALIKES)
    return [_REPEATS.sub(r"\1", w) for w in _NOT_WORD.split(text) if w]


def _close(word: str, wanted: str) -> bool:
    if word == wanted:
        return True
    limit = 2 if len(wanted) >= 9 else 1 if len(wanted) >= 5 else 0
    if not limit or abs(len(word) - len(wanted)) > limit:
        return False
    return _distance(word, wanted, limit) <= limit


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours counts one), capped."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@dataclass(frozen=True, slots=True)
class _Term:
    category: str
    title: str
    severity: str
    text: str
    words: tuple[str, ...]
    joined: str


class Taxonomy:
    """Safeguarding terms with categories and severities; see the module docstring."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.abbreviations = {
            _squeezed(k): tuple(words(v)) for k, v in data.get("abbreviations", {}).items()
        }
        self.terms: list[_Term] = []
        for key, category in data["categories"].items():
            default = category.get("severity", "medium")
            for item in category["terms"]:
                text, severity = (
                    (item, default) if isinstance(item, str) else (item["term"], item["severity"])
                )
                if severity not in SEVERITIES:
                    raise ValueError(f"{key}: {text!r}: severity must be one of {SEVERITIES}")
                tokens = tuple(words(text))
                self.terms.append(
                    _Term(key, category["title"], severity, text, tokens, "".join(tokens))
                )

    def match(self, text: str) -> list[TermMatch]:
        """Every term found in ``text``, the most severe first."""
        tokens = self._expanded(words(text))
        found: dict[str, TermMatch] = {}
        for term in self.terms:
            matched = self._find(term, tokens)
            if matched is not None and term.text not in found:
                found[term.text] = TermMatch(
                    term.category, term.title, term.severity, term.text, matched
                )
        return sorted(found.values(), key=lambda m: SEVERITIES.index(m.severity))

    def _expanded(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        for token in tokens:
            out.extend(self.abbreviations.get(token, (token,)))
        return out

    @staticmethod
    def _find(term: _Term, tokens: list[str]) -> str | None:
        size = len(term.words)
        for start in range(len(tokens) - size + 1):
            window = tokens[start : start + size]
            if all(_close(w, t) for w, t in zip(window, term.words, strict=True)):
                return " ".join(window)
        if size > 1:
            for token in tokens:
                if len(token) >= 6 and _close(token, term.joined):
                    return token
        return None


def _squeezed(text: str) -> str:
    return "".join(words(text))


@cache
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped with policyguard (loaded once, on first use)."""
    from importlib import resources  # only on first use, as yaml: a helper starts without

    import yaml

    text = (
        resources.files("policyguard.webfilter") / "data" / "safeguarding_terms.yaml"
    ).read_text(encoding="utf-8")

    return Taxonomy(yaml.safe_load(text))
