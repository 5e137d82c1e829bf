"""Topics an institution's accounts must keep away from, and claims to speak for it.

Labels:

- ``political``, ``religious``, ``promotional``, ``spam``, ``chain_letter``,
  ``confidential``: phrases from the bundled lexicon (``data/topics.txt``), each with a
  score saying how much the phrase alone shows the topic;
- ``external_link``: a link to a host outside the allow-list (link shorteners score
  higher: nobody can tell where they lead);
- ``speaks_for_institution``: a claim to speak for the organisation
  (``data/speaking_for.txt``, with the pack's organisation names filled in);
- ``sensitive``: a term of a sensitive topic the pack lists (``detail["topic"]``);
- ``embargoed``: a term under an embargo the pack lists, with ``detail["until"]`` (ISO
  date, or empty for "until further notice"); whether the embargo still holds on the
  day of the post is the content rule's call, so the detector stays a pure function of
  the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from urllib.parse import urlsplit

import ahocorasick  # type: ignore[import-not-found]  # ships no type stubs

from policyguard.screening.base import Detection, fold, is_word_char, remove_overlaps

_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')]+"
    # a bare domain: one start for a run of letters, digits and hyphens, read once ("one-"
    # repeated 25,000 times took 51 s, every word of it a start read to the run's end)
    r"|(?<![a-z0-9.-])[a-z0-9][a-z0-9-]*+(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org\.uk|org|net|io|ly|"
    r"info|biz|"
    r"xyz|shop|online|site|me|uk)\b(?:/[^\s<>\"')]*)?",
    re.IGNORECASE,
)
_URL_ENDING = re.compile(
    r"\.(?:com|co\.uk|org\.uk|org|net|io|ly|info|biz|xyz|shop|online|site|me|uk)\b", re.IGNORECASE
)
_SHORTENERS = frozenset(
    [
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "cutt.ly",
        "shorturl.at",
        "tiny.cc",
        "rb.gy",
    ]
)
_ORG = re.compile(r"\borg\b")
# Topic words in the sense a college's own news uses them every week, which shows no view
# and promotes nothing: a place of worship named as a place, a prayer room, a multi-faith
# chaplaincy, a sponsored walk, the farm shop, a trip to the Houses of Parliament. Per
# phrase: what the text before it may end with, or the text after it start with.
_VENUE = (
    r"\b(?:at|in|inside|outside|near|opposite|behind|beside|from|visited|visit|visits|"
    r"visiting|tour of|trip to)\b[^.!?;:]{0,40}$"
)
_CONTEXTS: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "sponsored": (
        None,
        re.compile(
            r"\s+(?:walk|run|swim|silence|sleep-?out|sleepover|cycle|ride|bike ride|skydive|"
            r"head shave|haircut|hair cut|bake|bake-off|challenge|hike|climb|trek|row|dance|"
            r"danceathon|readathon|walkathon|swimathon|fun run|abseil|fast|litter pick|"
            r"marathon|half marathon|triathlon|\d+ ?(?:k|km|miles?)\b|event|fundraiser)\b"
        ),
    ),
    # "The farm shop now sells eggs": a shop that now does something, not "Shop now!".
    "shop now": (re.compile(r"[a-z']\s+$"), None),
    "prayer": (None, re.compile(r"\s+(?:rooms?|spaces?|facilit(?:y|ies)|times|mats?|hall)\b")),
    "faith": (
        re.compile(r"(?:\b(?:multi|inter)-?|\bgood\s+)$"),
        re.compile(
            r"\s+(?:and none|groups?|communit(?:y|ies)|leaders?|rooms?|centre|center|spaces?|"
            r"calendar|week|societ(?:y|ies)|festivals?)\b"
        ),
    ),
    "parliament": (
        re.compile(r"\b(?:houses of|youth|student|uk|scottish|welsh|european)\s+$|" + _VENUE),
        re.compile(r"\s+(?:week|square|street|hill)\b"),
    ),
    "westminster": (
        re.compile(r"\bcity of\s+$"),
        re.compile(r"\s+(?:abbey|bridge|hall|cathedral)\b"),
    ),
    **{
        place: (re.compile(_VENUE), None)
        for place in ("church", "mosque", "synagogue", "temple", "gurdwara")
    },
}
_DEFAULT_ALLOWED = ("gov.uk", "nhs.uk", "ac.uk", "ofsted.gov.uk")


@dataclass(frozen=True, slots=True)
class Embargo:
    """Terms that must not be published before ``until`` (None: until lifted)."""

    name: str
    terms: tuple[str, ...]
    until: date | None = None


@dataclass(frozen=True, slots=True)
class _Phrase:
    label: str
    score: float
    phrase: str
    detail: tuple[tuple[str, str], ...] = ()


def _lexicon() -> list[_Phrase]:
    data = resources.files("policyguard.screening.data")
    phrases = []
    for line in data.joinpath("topics.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, score, phrase = line.split("\t")
            phrases.append(_Phrase(label, float(score), phrase.strip().lower()))
    return phrases


def _speaking_templates() -> list[str]:
    text = resources.files("policyguard.screening.data").joinpath("speaking_for.txt")
    lines = text.read_text("utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


class TopicDetector:
    """Topic phrases, outside links, speaking for the institution, pack-listed terms.

    Parameters (keyword-only): ``organisation_names`` (the pack's names and aliases),
    ``allowed_domains`` (hosts that are the institution's own or trusted; subdomains
    count), ``sensitive_topics`` (topic name to its terms), ``confidential_terms``,
    ``embargoes``.
    """

    name = "topics"

    def __init__(
        self,
        *,
        organisation_names: Iterable[str] = (),
        allowed_domains: Iterable[str] = (),
        sensitive_topics: Mapping[str, Sequence[str]] | None = None,
        confidential_terms: Iterable[str] = (),
        embargoes: Iterable[Embargo] = (),
    ) -> None:
        self._allowed = tuple(d.lower().lstrip(".") for d in (*_DEFAULT_ALLOWED, *allowed_domains))
        phrases = _lexicon()
        orgs = {fold(n) for n in organisation_names if n.strip()}
        for template in _speaking_templates():
            if _ORG.search(template):
                phrases += [
                    _Phrase("speaks_for_institution", 0.8, _ORG.sub(org, template)) for org in orgs
                ]
            else:
                phrases.append(_Phrase("speaks_for_institution", 0.7, template))
        for topic, terms in (sensitive_topics or {}).items():
            phrases += [_Phrase("sensitive", 0.7, fold(t), (("topic", topic),)) for t in terms]
        phrases += [_Phrase("confidential", 0.8, fold(t)) for t in confidential_terms]
        for embargo in embargoes:
            until = embargo.until.isoformat() if embargo.until else ""
            detail = (("embargo", embargo.name), ("until", until))
            phrases += [_Phrase("embargoed", 0.9, fold(t), detail) for t in embargo.terms]
        self._automaton = ahocorasick.Automaton()
        for phrase in phrases:
            existing = self._automaton.get(phrase.phrase, None)
            if existing is None or existing.score < phrase.score:
                self._automaton.add_word(phrase.phrase, phrase)
        self._automaton.make_automaton()

    def detect(self, text: str) -> list[Detection]:
        folded = fold(text)
        found = []
        for end_index, phrase in self._automaton.iter(folded):
            end = end_index + 1
            start = end - len(phrase.phrase)
            if not _edges_ok(folded, start, end) or _innocent(phrase.phrase, folded, start, end):
                continue
            found.append(
                Detection(
                    phrase.label,
                    start,
                    end,
                    text[start:end],
                    phrase.score,
                    self.name,
                    dict(phrase.detail),
                )
            )
        found.extend(self._links(text))
        found.extend(_shouting(text, self.name))
        return remove_overlaps(found)

    def _links(self, text: str) -> list[Detection]:
        links: list[Detection] = []
        # (every link holds "://", "www." or a known ending: most posts hold none of them)
        if "://" not in text and "www." not in text.lower() and not _URL_ENDING.search(text):
            return links
        for m in _URL.finditer(text):
            if "@" in text[max(0, m.start() - 1) : m.start()]:
                continue  # the domain of an email address is not a link
            url = m.group()
            host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
            host = host.removeprefix("www.")
            if any(host == d or host.endswith(f".{d}") for d in self._allowed):
                continue
            score = 0.7 if host in _SHORTENERS else 0.6
            links.append(
                Detection(
                    "external_link", m.start(), m.end(), url, score, self.name, {"host": host}
                )
            )
        if len(links) >= 3:
            # Many outside links in one post is the shape of spam, whatever they say.
            links = [
                Detection("spam", d.start, d.end, d.match, 0.7, self.name, d.detail) for d in links
            ]
        return links


def _innocent(phrase: str, folded: str, start: int, end: int) -> bool:
    """Whether ``phrase`` at ``start:end`` is used in the everyday sense of ``_CONTEXTS``."""
    context = _CONTEXTS.get(phrase)
    if context is None:
        return False
    before, after = context
    return bool(
        (before is not None and before.search(folded, max(0, start - 60), start))
        or (after is not None and after.match(folded, end))
    )


def _edges_ok(folded: str, start: int, end: int) -> bool:
    """Word boundaries, checked only where the phrase itself starts or ends with a letter
    or digit ("50% off" and "#ad" have edges of their own)."""
    if start < 0:
        return False
    if is_word_char(folded[start]) and start > 0 and is_word_char(folded[start - 1]):
        return False
    return not (is_word_char(folded[end - 1]) and end < len(folded) and is_word_char(folded[end]))


def _shouting(text: str, detector: str) -> list[Detection]:
    letters = list(filter(str.isalpha, text))
    if len(letters) >= 30 and sum(map(str.isupper, letters)) / len(letters) > 0.7:
        return [Detection("spam", 0, len(text), text, 0.5, detector, {"why": "all capitals"})]
    return []
