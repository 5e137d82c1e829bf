"""Does a profile say its views are the owner's own? A detector of meaning, not of phrases.

    find_personal_views("Maths tutor | all opinions my own")   # a Statement with its span
    find_personal_views("Stunning views of the downs")          # None

The seeds ask for a statement that views are personal and not the institution's (VTS-12,
LI-16, NCLT-13/18, WCUC-13, QTSD-07) and give one wording each as an example; people
write it many ways ("Views my own", "Tweets are mine", "#ViewsMyOwn", "I don't speak for
my employer"). A fixed phrase list rejects most of them, so this reads the structure of
what is said, segment by segment (a bio's parts split at full stops, bars, bullets and
brackets), and accepts any of:

- something said (views, opinions, thoughts, tweets, posts, words, anything...) that is
  the owner's: "<said> ... my own / mine / personal / those of the author", with only
  linking words between and no negation ("Views are not my own" is refused);
- the owner's own before it: "my own views", "personal opinions", "own views";
- a denial of speaking for the employer: "not / don't / nothing ... represent, reflect,
  speak for, on behalf of ... my employer / the college / <the institution's name>", or
  "not the views of my employer";
- "my views, not my employer's"; "speaking for myself"; "in a personal capacity", "on
  my own behalf"; a bio ending "... my views".

Measured on our own labelled bios (``tests/fixtures/disclaimers``; ``python -m bench
disclaimers`` prints the figures for this detector and for the phrase list it replaced).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Statement", "find_personal_views"]


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


SAID = _vocabulary(
    "view views opinion opinions thought thoughts tweet tweets post posts comment comments "
    "word words take takes rt rts retweet retweets content everything anything musings "
    "ramblings rants ideas"
)
_OTHERS = frozenset({"your", "their", "his", "her", "our", "its"})
# Words that may stand between what is said and whose it is, as in "the views expressed
# on this account are entirely my own"; anything else (a place, "of learners") breaks it.
_LINKING = (
    _vocabulary(
        "are is am be r remain remains expressed here herein on this these that account profile "
        "page blog feed and or all any entirely solely strictly purely just only totally "
        "completely wholly always my i post tweet say write share shared reflect reflects "
        "= :"
    )
    | SAID
)
_NEGATIONS = frozenset({"not", "never", "no", "nothing", "none"})
_OWNED = frozenset({"mine", "own", "personal"})
_REPRESENT = _vocabulary(
    "represent represents representing reflect reflects reflecting speak speaks speaking "
    "endorse endorses endorsed behalf"
)
_EMPLOYERS = _vocabulary(
    "employer employers employer's college college's institute institute's trust trust's "
    "company company's organisation organisation's organization organization's workplace "
    "work school school's academy university"
)
_SEPARATORS = frozenset(".!?|•·;()[]\n\u2013\u2014")
_TOKEN = re.compile("[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?|[.!?|•·;()\\[\\]\n\u2013\u2014=:]")
_CAMEL = re.compile(r"[A-Z][a-z]+")
_CONTRACTIONS = {"don't": ("do", "not"), "doesn't": ("does", "not"), "isn't": ("is", "not")}
_CONTRACTIONS |= {"aren't": ("are", "not"), "won't": ("will", "not"), "can't": ("can", "not")}


@dataclass(frozen=True)
class Statement:
    """A personal-views statement found in ``text[start:end]``; ``how`` names the reading."""

    start: int
    end: int
    how: str


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


def _words(text: str) -> Iterable[_Word | None]:
    """Normalised words with their spans; None where a segment ends."""
    for match in _TOKEN.finditer(text):
        raw, start = match.group(0), match.start()
        if raw in _SEPARATORS:
            yield None
            continue
        parts = _CAMEL.findall(raw)
        if len(parts) >= 2 and "".join(parts) == raw:  # a hashtag such as ViewsMyOwn
            offset = start
            for part in parts:
                yield _Word(part.lower(), offset, offset + len(part))
                offset += len(part)
            continue
        word = raw.lower().replace("\u2019", "'")
        for piece in _CONTRACTIONS.get(word, (word,)):
            yield _Word(piece, start, match.end())


def _segments(text: str) -> list[list[_Word]]:
    segments: list[list[_Word]] = [[]]
    for word in _words(text):
        if word is None:
            segments.append([])
        else:
            segments[-1].append(word)
    return [s for s in segments if s]


def _is_employer(words: Sequence[str], at: int, names: Sequence[tuple[str, ...]]) -> bool:
    if words[at] in _EMPLOYERS:
        return True
    return any(tuple(words[at : at + len(n)]) == n for n in names if n)


def _owned_at(words: Sequence[str], at: int) -> int:
    """How many words from ``at`` say "the owner's" (0: none)."""
    if words[at] in _OWNED:
        return 0 if at > 0 and words[at - 1] in _OTHERS else 1
    if words[at : at + 3] in (["belong", "to", "me"], ["belongs", "to", "me"]):
        return 3
    if words[at] == "author's" or words[at : at + 4] in (
        ["those", "of", "the", "author"],
        ["those", "of", "the", "writer"],
    ):
        return 1 if words[at] == "author's" else 4
    return 0


def _said_is_owned(words: Sequence[str]) -> tuple[int, int] | None:
    for i, word in enumerate(words):
        if word not in SAID:
            continue
        for j in range(i + 1, min(i + 9, len(words))):
            if words[j] in _NEGATIONS:
                break
            length = _owned_at(words, j)
            if length:
                return i, j + length
            if words[j] not in _LINKING:
                break
    return None


def _owned_before_said(words: Sequence[str]) -> tuple[int, int] | None:
    for i in range(len(words) - 1):
        if i > 0 and words[i - 1] in _OTHERS:
            continue
        if words[i] in ("own", "personal") and words[i + 1] in SAID:
            return i, i + 2
        # "in a personal capacity", "on my own behalf"
        if words[i : i + 2] in (["personal", "capacity"], ["own", "behalf"]):
            return i, i + 2
    # "My tweets, my views": a part that ends on "my views" says whose they are.
    if len(words) >= 2 and words[-2] == "my" and words[-1] in ("views", "opinions", "thoughts"):
        return len(words) - 2, len(words)
    return None


def _denies_speaking_for(
    words: Sequence[str], names: Sequence[tuple[str, ...]]
) -> tuple[int, int] | None:
    for i, word in enumerate(words):
        if word not in _NEGATIONS:
            continue
        window = words[i + 1 : i + 5]
        verb = next((k for k, w in enumerate(window) if w in _REPRESENT), None)
        said = next((k for k, w in enumerate(window[:3]) if w in SAID), None)
        if verb is None and said is None:
            continue
        # "not the views of my employer": what is said must be someone else's ("of").
        if verb is None and said is not None and "of" not in words[i + 2 + said : i + 4 + said]:
            continue
        first = i + 1 + (verb if verb is not None else said or 0)
        for k in range(first + 1, min(first + 7, len(words))):
            if _is_employer(words, k, names):
                return i, k + 1
    return None


def _mine_not_theirs(
    words: Sequence[str], names: Sequence[tuple[str, ...]]
) -> tuple[int, int] | None:
    """ "My thoughts, not my employer's" and "speaking for myself"."""
    for i in range(len(words) - 1):
        if words[i] == "my" and words[i + 1] in SAID:
            for k in range(i + 2, min(i + 5, len(words))):
                if words[k] == "not":
                    for m in range(k + 1, min(k + 4, len(words))):
                        if _is_employer(words, m, names):
                            return i, m + 1
        if words[i] in ("speak", "speaks", "speaking") and "myself" in words[i + 1 : i + 4]:
            return i, words.index("myself", i + 1) + 1
    return None


def find_personal_views(text: str, names: Iterable[str] = ()) -> Statement | None:
    """The first statement in ``text`` that its views are the owner's own, or None.

    ``names``: the institution's names, which count as the employer in "does not
    represent <name>".
    """
    name_words = [tuple(w.text for w in _words(n) if w is not None) for n in names]
    readings = (
        ("said_is_owned", _said_is_owned),
        ("owned_before_said", _owned_before_said),
        ("denies_speaking_for", lambda w: _denies_speaking_for(w, name_words)),
        ("mine_not_theirs", lambda w: _mine_not_theirs(w, name_words)),
    )
    for segment in _segments(text):
        words = [w.text for w in segment]
        for how, read in readings:
            found = read(words)
            if found is not None:
                first, last = found
                return Statement(segment[first].start, segment[last - 1].end, how)
    return None
