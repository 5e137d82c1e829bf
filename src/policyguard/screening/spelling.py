"""British English spelling, checked with hunspell and Debian's en_GB dictionary.

Labels:

- ``us_spelling``: an American form where a British one exists ("color", "center",
  "traveled"; "-ize" where "-ise" is also correct, when ``prefer_ise``), with the
  British form in ``detail["suggestion"]``;
- ``misspelling``: a word neither the dictionary nor the institution's vocabulary knows.

Left alone: links, e-mail addresses, @handles and #hashtags, words with digits, words in
capitals (acronyms), words with capitals inside (iPhone, McAllister) and capitalised
words after the start of a sentence, which are nearly always names of people and places.

Suggestions beyond the American-to-British ones cost 20-40 ms a word in hunspell, so
:meth:`SpellingDetector.suggest` gives them on request (the CLI's text view) rather
than inside every screen.

The dictionary is read from ``$POLICYGUARD_HUNSPELL_DIR`` or ``/usr/share/hunspell``
(Debian's ``hunspell-en-gb``), once per process.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from policyguard.caching import BoundedDict
from policyguard.errors import PolicyguardError
from policyguard.screening.base import Detection

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['\u2019-][A-Za-z\u00c0-\u024f]+)*'?")
# Words not to check: each run of characters between spaces (a token) that holds a link,
# an e-mail address, a handle or a hashtag, a digit or a web domain. Tested token by token,
# in time linear in the post (a pattern such as "\S*\d\S*" tried from every position of
# a run of thousands of letters takes time in the square of its length).
_TOKEN = re.compile(r"\S+")
_SKIP = re.compile(r"https?://|www\.|@|#\w|\d|\.(?:com|uk|org|net)\b")
# Longer than any word a dictionary holds ("antidisestablishmentarianism" is 28): a run of
# letters, not a word, and hunspell takes seconds over one of thousands of letters.
_LONGEST_WORD = 45


def _after_sentence_end(text: str, start: int) -> bool:
    """Whether only spaces lie between ``start`` and a sentence's end (".", "!", "?", ":"
    or a line break) before it: a look back over the spaces alone, not the whole post."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        i -= 1
    return i >= 0 and text[i] in ".!?:"


# American spelling patterns and their British forms, tried on words en_GB rejects.
_US_TO_UK = (
    (re.compile(r"or(s|ed|ing|ful|fully|ite|ites|less|able)?$"), r"our\1"),
    (re.compile(r"er(s|ed)?$"), r"re\1"),
    (re.compile(r"yz(e|es|ed|ing|er|ers)$"), r"ys\1"),
    (re.compile(r"iz(e|es|ed|ing|ation|ations|er|ers)$"), r"is\1"),
    (re.compile(r"og(s)?$"), r"ogue\1"),
    (re.compile(r"ense(s)?$"), r"ence\1"),
    (re.compile(r"([aeiou])l(ed|ing|er|ers)$"), r"\1ll\2"),
    (re.compile(r"ll(s|ment|ments)?$"), r"l\1"),
    (re.compile(r"^ag(ing)$"), r"age\1"),
)
_IZE = re.compile(r"(?<=[a-z]{2})iz(e|es|ed|ing|ation|ations|er|ers)$")


# A word's spelling verdict: (label, score, British form), or () when it is fine.
_Verdict = tuple[str, float, str] | tuple[()]


class SpellingUnavailable(PolicyguardError):
    """hunspell or its en_GB dictionary is missing (fix: ``make system-deps``)."""


class _Speller(Protocol):
    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


@cache
def _hunspell() -> _Speller:
    folder = Path(os.environ.get("POLICYGUARD_HUNSPELL_DIR", "/usr/share/hunspell"))
    dic, aff = folder / "en_GB.dic", folder / "en_GB.aff"
    try:
        import hunspell  # type: ignore[import-not-found]  # the binding ships no types
    except ImportError as exc:
        raise SpellingUnavailable(
            "the Python hunspell binding is not installed (fix: pip install '.[screening]')"
        ) from exc
    if not dic.exists() or not aff.exists():
        raise SpellingUnavailable(
            f"no en_GB dictionary in {folder} (fix: make system-deps, which installs "
            "Debian's hunspell-en-gb, or set POLICYGUARD_HUNSPELL_DIR)"
        )
    speller: _Speller = hunspell.HunSpell(str(dic), str(aff))
    return speller


def _skipped_tokens(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the tokens of ``text`` that hold a link, an address, a
    handle, a hashtag, a digit or a domain (``_SKIP``), in order: each found from a
    ``_SKIP`` match, out to the spaces around it (each token walked once, however long)."""
    starts: list[int] = []
    ends: list[int] = []
    for hit in _SKIP.finditer(text):
        at = hit.start()
        if ends and at < ends[-1]:
            continue  # in the token just found
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        token = _TOKEN.match(text, at)
        starts.append(start)
        ends.append(token.end() if token else hit.end())
    return starts, ends


@lru_cache(maxsize=50_000)
def knows_word(word: str) -> bool:
    """Whether the en_GB dictionary spells ``word`` as it is written (so "park" is a
    word and "thorne" is not: hunspell knows "Thorne" only capitalised, if at all).
    Raises :class:`SpellingUnavailable` without hunspell or its dictionary."""
    return bool(_hunspell().spell(word))


@cache
def _us_words() -> dict[str, str]:
    text = resources.files("policyguard.screening.data").joinpath("us_uk.txt")
    lines = text.read_text("utf-8").splitlines()
    pairs = (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    return {us.strip(): uk.strip() for us, uk in pairs}


class SpellingDetector:
    """British spelling checker for a post; ``vocabulary`` is accepted as spelled.

    ``flag_us`` reports American forms (official accounts); ``prefer_ise`` also reports
    "-ize" words that en_GB accepts (Oxford spelling) where the "-ise" form exists.
    """

    name = "spelling"

    def __init__(
        self, *, vocabulary: Iterable[str] = (), flag_us: bool = True, prefer_ise: bool = True
    ) -> None:
        self._speller = _hunspell()
        self._vocabulary = frozenset(w.lower() for term in vocabulary for w in _WORD.findall(term))
        self._flag_us = flag_us
        self._prefer_ise = prefer_ise
        # Bounded by the language's vocabulary; posts repeat words a lot.
        self._known = BoundedDict[str, bool](limit=200_000)
        self._verdicts = BoundedDict[str, _Verdict](limit=200_000)  # word -> what it is

    def detect(self, text: str, *, also_accept: frozenset[str] = frozenset()) -> list[Detection]:
        """Spelling findings in ``text``; ``also_accept`` holds extra lower-case words
        (e.g. the directory's names) accepted as spelled for this call only."""
        # The skipped tokens' starts and ends, in order and apart: worked out for the first
        # doubtful word, then found by bisection.
        skipped: tuple[list[int], list[int]] | None = None
        verdicts = self._verdicts
        found = []
        for m in _WORD.finditer(text):
            word = m.group().rstrip("'")
            verdict = verdicts.get(word)
            if verdict == ():
                continue  # spelled right wherever it stands: most words of every post
            if skipped is None:
                skipped = _skipped_tokens(text)
            at = bisect.bisect_right(skipped[0], m.start()) - 1
            if at >= 0 and m.start() < skipped[1][at]:
                continue
            if not self._worth_checking(word, text, m.start()) or word.lower() in also_accept:
                continue
            detection = self._check(word, m.start(), verdict)
            if detection is not None:
                found.append(detection)
        return found

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """hunspell's suggestions for ``word`` (slow: tens of milliseconds)."""
        return self._speller.suggest(word)[:limit]

    def _worth_checking(self, word: str, text: str, start: int) -> bool:
        if not 2 <= len(word) <= _LONGEST_WORD or word.isupper() or word[1:].lower() != word[1:]:
            return False
        if word[0].isupper() and start > 0 and not _after_sentence_end(text, start):
            return False  # a capitalised word inside a sentence: a name
        return word.lower() not in self._vocabulary

    def _check(self, word: str, start: int, verdict: _Verdict | None) -> Detection | None:
        """The finding for ``word`` at ``start``, given its verdict if known already."""
        if verdict is None:
            verdict = self._verdicts.remember(word, self._verdict(word))
        if not verdict:
            return None
        label, score, british = verdict
        return self._hit(label, word, start, score, british)

    def _verdict(self, word: str) -> _Verdict:
        """What :meth:`_check` finds in ``word`` wherever it stands: (label, score,
        British form), or () when it is spelled as British English spells it."""
        lower = word.lower()
        if self._knows(word) or self._knows(lower):
            british = self._ise_form(lower) if self._flag_us else None
            if british is None and self._flag_us:
                british = _us_words().get(lower)
            if british is None:
                return ()
            return "us_spelling", 0.7, british
        if self._flag_us:
            british = _us_words().get(lower) or next(self._british_forms(lower), None)
            if british is not None:
                return "us_spelling", 0.7, british
        if "-" in word and all(self._knows(part) for part in word.split("-") if part):
            return ()
        return "misspelling", 0.6, ""

    def _ise_form(self, lower: str) -> str | None:
        if not self._prefer_ise or not _IZE.search(lower):
            return None
        british = _IZE.sub(r"is\1", lower)
        return british if self._knows(british) else None

    def _british_forms(self, lower: str) -> Iterator[str]:
        for pattern, replacement in _US_TO_UK:
            if pattern.search(lower):
                british = pattern.sub(replacement, lower, count=1)
                if british != lower and self._knows(british):
                    yield british

    def _knows(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known.remember(word, bool(self._speller.spell(word)))
        return known

    def _hit(self, label: str, word: str, start: int, score: float, british: str) -> Detection:
        detail = {"suggestion": british} if british else {}
        return Detection(label, start, start + len(word), word, score, self.name, detail)
