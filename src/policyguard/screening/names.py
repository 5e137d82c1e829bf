"""Names of people in the organisation's directory, found with an Aho-Corasick automaton.

How strongly a mention counts depends on how much of the name it carries:

- a full name ("Jack Smith", "Jack Robert Smith") is a strong match (0.95);
- a title and surname ("Mr Smith", "Dr. Patel") is strong (0.85);
- an initial and surname ("J. Smith") is fairly strong (0.75);
- a lone surname that is rare (not a common surname, not an everyday word) and written
  with a capital is a possible match (0.45);
- a lone first name is at most a hint (0.3), and only when it is rare and capitalised:
  "Jack" alone names nobody in particular in a college of thousands.

Lower-case writing of a full name still counts ("jack smith is a loser"), a little
weaker. Matches must sit on word boundaries ("Jackson" is not "Jack").
"""

from __future__ import annotations

import bisect
import itertools
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick  # type: ignore[import-not-found]  # ships no type stubs

from policyguard.screening.base import (
    TRIPLED_LETTER,
    Detection,
    at_word_boundary,
    fold,
    is_word_char,
    made_up_marked,
    remove_overlaps,
    word_set,
)
from policyguard.screening.prefilter import Alternation, gated
from policyguard.screening.spelling import SpellingUnavailable, knows_word

FULL, TITLED, INITIAL, SURNAME, FIRST = "full", "titled", "initial", "surname", "first"
_SCORES = {FULL: 0.95, TITLED: 0.85, INITIAL: 0.75, SURNAME: 0.45, FIRST: 0.3}
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame")


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("policyguard.screening.data").joinpath(name).read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str
    key: str
    person_ids: tuple[str, ...]
    names: tuple[str, ...]


# One automaton key: the rank of its strongest kind (``_ANCHOR``: only a surname that a
# title or an initial may stand before), the key, the people it names, and for a surname,
# its people by initial (for "J. Smith") and all of them under "" (for "Mr Smith").
_People = tuple[tuple[str, ...], tuple[str, ...]]  # ids, and their full names
_Key = tuple[int, str, tuple[str, ...], tuple[str, ...], dict[str, _People] | None]
_KINDS = tuple(_SCORES)
_FULL, _TITLED, _INITIAL, _SURNAME, _FIRST = range(len(_KINDS))
_ANCHOR = len(_KINDS)
# Bumped whenever the keys or their meaning change: a stored index of another format is
# rebuilt rather than read.
_FORMAT = "directory-names-2"
_LETTERS = re.compile(r"[^\W\d_]+")
_TITLE_WORDS = frozenset(_TITLES)


class DirectoryNames:
    """A detector of directory names; build once per directory, call ``detect`` per post.

    ``people`` is an iterable of ``(person_id, full_name)``. Names with a single word are
    treated as a first name only.

    The automaton holds each full name, each rare first name and each surname once; a
    title or an initial before a surname ("Mr Smith", "J. Smith") is read from the text
    when the surname is found, rather than stored as a key for every person and title.
    That keeps a directory of 50,000 people to a few keys each, quick to build and small
    to keep (the portal stores the built index, see :meth:`dumps`).
    """

    name = "directory_names"

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        common_first = _word_list("common_first_names.txt")
        common_last = _word_list("common_surnames.txt")
        everyday = _word_list("everyday_words.txt")
        # key -> [rank of its strongest kind, {person id: full name}]; a dict keeps each
        # person once, in order, at constant cost however many share a name.
        found: dict[str, list[Any]] = {}
        # surname -> initial -> {person id: full name}
        surnames: dict[str, dict[str, dict[str, str]]] = {}

        def add(rank: int, key: str, person_id: str, full: str) -> None:
            slot = found.get(key)
            if slot is None:
                found[key] = [rank, {person_id: full}]
                return
            # A key that is a full name for one person and a lone name for another keeps
            # the stronger reading.
            if rank < slot[0]:
                slot[0] = rank
            slot[1].setdefault(person_id, full)

        everyone_words: set[str] = set()
        for person_id, full_name in people:
            everyone_words.update(w.lower() for w in _LETTERS.findall(full_name))
            words = fold(" ".join(full_name.split())).split(" ")
            if not words or not words[0]:
                continue
            first, last = words[0], words[-1]
            if len(words) > 1:
                add(_FULL, " ".join(words), person_id, full_name)
                add(_FULL, f"{first} {last}", person_id, full_name)
                by_initial = surnames.setdefault(last, {})
                by_initial.setdefault(first[0], {})[person_id] = full_name
                by_initial.setdefault("", {})[person_id] = full_name  # "": all of them
                if len(last) > 2 and last not in common_last and last not in everyday:
                    add(_SURNAME, last, person_id, full_name)
            if len(first) > 2 and first not in common_first and first not in everyday:
                add(_FIRST, first, person_id, full_name)

        keys: list[_Key] = []
        for key, (rank, who) in found.items():
            keys.append((rank, key, tuple(who), tuple(who.values()), None))
        anchors = {key: n for n, key in enumerate(found)}
        for surname, by_initial in surnames.items():
            initials = {i: (tuple(w), tuple(w.values())) for i, w in by_initial.items()}
            n = anchors.get(surname)
            if n is None:
                keys.append((_ANCHOR, surname, (), (), initials))
            else:
                rank, key, ids, names, _ = keys[n]
                keys[n] = (rank, key, ids, names, initials)
        # The lower-case words of every name: spelling accepts them (``directory_words``).
        self.words = frozenset(everyone_words)
        self._build(keys)

    def _build(self, keys: list[_Key]) -> None:
        self._keys = keys
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for number, entry in enumerate(keys):
            self._automaton.add_word(entry[1], number)
        self.size = len(keys)
        if keys:
            self._automaton.make_automaton()

    def dumps(self) -> bytes:
        """The built index as bytes, for :meth:`loads` in another process."""
        state = (_FORMAT, self._keys, self._automaton, self.words)
        return pickle.dumps(state, pickle.HIGHEST_PROTOCOL)

    @classmethod
    def loads(cls, data: bytes) -> DirectoryNames:
        """An index from :meth:`dumps`. It is a pickle: load only bytes this code wrote
        (the portal's own data folder), never anything a user sent. ValueError when the
        bytes are of another format (written by an older version)."""
        form, keys, automaton, words = pickle.loads(data)
        if form != _FORMAT:
            raise ValueError(f"name index format {form!r}, expected {_FORMAT!r}")
        index = cls.__new__(cls)
        index._keys, index._automaton, index.size = keys, automaton, len(keys)
        index.words = words
        return index

    def detect(self, text: str) -> list[Detection]:
        if not self.size:
            return []
        folded = fold(text)
        offsets: list[int] = []
        if "  " in folded:
            # "Jack  Smith": squeeze runs of spaces, remembering where each character was.
            folded, offsets = _squeeze_spaces(folded)
        candidates = []
        for end_index, number in self._automaton.iter(folded):
            rank, key, ids, names, initials = self._keys[number]
            end = end_index + 1
            start = end - len(key)
            if not at_word_boundary(folded, start, end):
                continue
            found: list[tuple[_Entry, int]] = []
            if rank != _ANCHOR:
                found.append((_Entry(_KINDS[rank], key, ids, names), start))
            before = _word_before(folded, start) if initials is not None else None
            if initials is not None and before is not None:
                word, word_start = before
                if word in _TITLE_WORDS:
                    found.append((_Entry(TITLED, key, *initials[""]), word_start))
                elif word in initials:
                    found.append((_Entry(INITIAL, key, *initials[word]), word_start))
            for entry, first in found:
                span_start, span_end = first, end
                if offsets:
                    span_start, span_end = offsets[first], offsets[end - 1] + 1
                score = self._score(entry, text[span_start:span_end])
                if score > 0:
                    candidates.append(
                        Detection(
                            label="person_name",
                            start=span_start,
                            end=span_end,
                            match=text[span_start:span_end],
                            score=score,
                            detector=self.name,
                            detail={
                                "kind": entry.kind,
                                "person_ids": ",".join(entry.person_ids),
                                "names": "; ".join(entry.names),
                            },
                        )
                    )
        return remove_overlaps(candidates)

    @staticmethod
    def _score(entry: _Entry, written: str) -> float:
        capitalised = all(w[:1].isupper() for w in written.replace(".", " ").split())
        base = _SCORES[entry.kind]
        if entry.kind in (SURNAME, FIRST):
            # A lone name in lower case is nearly always an ordinary word ("will", "grace").
            return base if capitalised else 0.0
        if not capitalised:
            base -= 0.1
        # One key shared by several people is still a person's name, just not one person's.
        return base if len(entry.person_ids) == 1 else base - 0.05


def _word_before(folded: str, start: int) -> tuple[str, int] | None:
    """The word just before ``start`` in "word name" or "word. name" (one space, as the
    keys "mr smith" and "j. smith" were written), and where it starts; None if none."""
    end = start - 1
    if end < 1 or folded[end] != " ":
        return None
    if folded[end - 1] == ".":
        end -= 1
    begin = end
    while begin > 0 and is_word_char(folded[begin - 1]):
        begin -= 1
    if begin == end:
        return None
    return folded[begin:end], begin


_SPACES = re.compile(r" {2,}")


def _squeeze_spaces(folded: str) -> tuple[str, list[int]]:
    """``folded`` with runs of spaces made one, and where each kept character was."""
    chars: list[str] = []
    offsets: list[int] = []
    cursor = 0
    for m in _SPACES.finditer(folded):
        chars.append(folded[cursor : m.start() + 1])
        offsets.extend(range(cursor, m.start() + 1))
        cursor = m.end()
    chars.append(folded[cursor:])
    offsets.extend(range(cursor, len(folded)))
    return "".join(chars), offsets


def directory_pairs(people: Sequence[object]) -> list[tuple[str, str]]:
    """``(id, name)`` pairs of people objects that have a non-empty ``name``."""
    pairs = []
    for person in people:
        person_id, name = getattr(person, "id", ""), getattr(person, "name", "")
        if isinstance(person_id, str) and isinstance(name, str) and name.strip():
            pairs.append((person_id, name))
    return pairs


# --- names outside the directory -----------------------------------------------------

_CUE_BEFORE = (
    r"(?:well done|congratulations|congrats|shout[- ]?outs?|thanks|thank you|welcome|"
    r"welcome back|farewell|goodbye|good luck|best of luck|happy birthday|say hello|"
    r"hats off|kudos|big up|proud of|meet|introducing|student|learner|apprentice|pupil|"
    r"tutor|lecturer|teacher|trainee|graduate|alumna|alumnus|winner|runner[- ]up|"
    r"nominee|our own|former student|ex-student|presented to|awarded to|goes to|"
    r"went to|by|rip|r\.i\.p\.?|rest in peace|remembering|"
    # congratulations in Yiddish and Arabic ("Mazel tov to Chaya Rosenberg")
    r"mazel tov|mazal tov|mabrook|mabruk)"
    r"(?: (?:to|for|from|of|our|your|the|a|an|level \d|year \d+|\w+ student)){0,3}"
    # ("goes to... Callum Dewar", "thanks, Seonaidh Munro", "winner: Aled Rees")
    r"(?:\.{2,3}|\u2026|:|,|!)? "
)
# Whose kin: "Chloe Barker's mum", "Piran Jenkins' dad" (either apostrophe).
_KIN_OF = (
    "mum|mam|mom|dad|mother|father|parents?|carer|guardian|nan|nana|gran|grandma|grandad|"
    # (an Irish "ma" and "da": "Fitzy's ma is raging", names probe 258)
    "ma|da|mammy|daddy|"
    "brother|sister|son|daughter|partner|wife|husband"
)
_STRAIGHT_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_APOSTROPHE_S = "(?:'s|(?<=s)')"
# Capitals and small letters, with those of the Latin alphabets of Europe (Zając,
# Dąbrowski, Siân, Zoë).
# Latin Extended-B (Romanian "Ș", "ț") and Latin Extended Additional (Vietnamese "Nguyễn
# Thị") hold capitals and small letters in turn: each range counts as both.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž\u0180-\u024f\u1e00-\u1eff"
_LOWER = "a-zß-öø-ÿā-ž\u0180-\u024f\u1e00-\u1eff"
# "O'Neill", "D'Souza", "McDonagh", "MacLeod", "NicLeòid"
# (a second part may carry its own prefix: "Fitzgerald-MacKenzie", names probe 77)
_NAME_PREFIXES = ("O'", "D'", "Mc", "Mac", "Nic")
_NAME_REST = rf"[{_LOWER}]+(?:-(?:O'|Mc|Mac)?[{_UPPER}][{_LOWER}]+)?"
_NAME_WORD = rf"(?:{'|'.join(_NAME_PREFIXES)})?[{_UPPER}]{_NAME_REST}"


def _name_word_led(*not_before: str) -> str:
    """:data:`_NAME_WORD` where none of ``not_before`` (patterns of a fixed width) stands
    just before it, written to start with its capital: the look-behinds are tried after
    the first letter (one character further back) and the prefix's letters after its
    first ("O'Neill": "O", then "'N" where "O" stands before). The same matches, but a
    pattern that starts with a class of letters is skipped to in C, not tried at every
    place of the post: half the time for the patterns below."""
    behind = "".join(f"(?<!{b}.)" for b in not_before)
    prefixes = "|".join(f"(?<={p[0]}){p[1:]}[{_UPPER}]" for p in _NAME_PREFIXES)
    return rf"[{_UPPER}]{behind}(?:{prefixes})?{_NAME_REST}"


def _cue_letters(*cues: str) -> str:
    """A class of the first letters of ``cues`` (words in small letters), in both cases and
    with the letters that match them without regard to case (the long "s" as "s", the Kelvin
    sign as "k", the dotted and dotless "i"; a few more than needed, never fewer)."""
    firsts = "".join(dict.fromkeys(cue[0] for cue in cues))
    return f"[{firsts}{firsts.upper()}\u0130\u0131\u017f\u212a]"


def _cue_rest(*cues: str) -> str:
    """``cues`` (words in small letters, tried in this order, in any case) read from their
    second letter, each behind a look-behind of its first: a pattern that starts with
    :func:`_cue_letters` and ``(?<!\\w.)`` then finds the same words at the start of a word
    as ``\\b(?i:cue|cue...)``, but the scan skips in C to the letters a cue can start with,
    instead of trying every place of the post. Cues with the same first letter stay in their
    order; those with another can never both match at one place."""
    rests: dict[str, list[str]] = {}
    for cue in cues:
        rests.setdefault(cue[0], []).append(cue[1:])
    return "(?i:" + "|".join(f"(?<={c})(?:{'|'.join(r)})" for c, r in rests.items()) + ")"


def _words_led(words: str) -> str:
    """``\\b(?:word|word...)`` for ``words``, "|" between them (patterns with no "|" of their
    own, each starting with a letter), in their case, led by a class of their first letters
    and each read on from its second behind a look-behind of its first (the way of
    :func:`_cue_rest`): the scan skips in C to the letters a word can start with instead of
    trying every place of the post, and finds the same matches. Words with the same first
    letter stay in their order."""
    rests: dict[str, list[str]] = {}
    for word in words.split("|"):
        rests.setdefault(word[0], []).append(word[1:])
    firsts = "".join(rests)
    return (
        f"[{firsts}](?<!\\w.)(?:"
        + "|".join(f"(?<={c})(?:{'|'.join(r)})" for c, r in rests.items())
        + ")"
    )


# ... the most common: not inside a word, nor straight after another name word
_LED = _name_word_led(r"[\w'-]")
_LED_ALONE = _name_word_led(r"[\w'-]", rf"[{_UPPER}][{_LOWER}] ")
_LED_NO_MARK = _name_word_led(r"[\w'@#./&+=-]")
_LED_NOT_LISTED = _name_word_led(r"[\w'-]", ", ", r"&\s", r"and\s")
_LED_NO_SAINT = _name_word_led(r"[\w'-]", r"\bSt ", r"\bSt\. ", r"\bSaint ")
# ... at the start of a word ("\b" before a capital, which is a letter)
_LED_WORD = _name_word_led(r"\w")
# Two scans, each led so that it skips most words at once (a third of the time of one scan
# with both): a name after a cue (whose words start with one of these letters), and a
# capitalised pair before words that say what a person did (led by its capital, skipped
# to in C).
_CUE_LETTERS = "wcstfgbhkpmilarnoe"
_PERSON_CUED = gated(
    re.compile(
        rf"(?i:\b(?=[{_CUE_LETTERS}]){_CUE_BEFORE})(?P<name>(?P<first>{_NAME_WORD}) "
        rf"(?P<last>{_NAME_WORD}))\b"
    )
)
# What follows a person's name when the post says what they did ("... has passed",
# "..., catering apprentice", "... (Year 13)").
_DOING = (
    r"(?=,? (?:who|has|have|had|won|wins|achieved|passed|completed|gained|scored|secured|"
    r"earned|received|collected|joined|left|started|finished|was|is|born|dob|aged|age|did|"
    r"got|made|brought|helped|helping|took|played|sang|sorted|baked|cooked)\b"
    r"|(?: \u2014| -)? (?:has|have|had|who|was|is)\b"
    # "..., Reg Bourne, he's doing the beginners IT course" (round 22's read half)
    r"|, (?:he|she)(?:'s| is| was)\b"
    r"|,? \((?:level|year|aged|age)"
    r"|,? (?:[\w-]+ ){0,3}(?:apprentice|student|learner|trainee)\b"
    # a student or learner number straight after: "Rashida Begum te2209763", "Iain Ross
    # KC 24 3381 B"
    r"|,? \(?[A-Za-z]{1,4}[ -]?\d(?:[ /-]?\d){5,}\b"
    rf"|{_APOSTROPHE_S} (?:{_KIN_OF})\b)"
)
_PERSON_DOING = re.compile(rf"(?P<name>(?P<first>{_LED_WORD}) (?P<last>{_NAME_WORD})){_DOING}")
_DOING_AFTER = re.compile(_DOING)
# A name and a mobile number straight after it: "Dawn Kerr, 07700 900735" (the surname
# must read as one: not "Harvey Plumbing 07700 900123", a firm).
_PERSON_PHONED = re.compile(
    rf"(?P<name>(?P<first>{_LED_WORD}) (?P<last>{_NAME_WORD}))"
    r"(?=,? (?:\+44 ?|0)7\d{3} ?\d{3} ?\d{3}\b)"
)


# Every hit holds two capitalised words in a row (a title counts as one): a cheap test
# that most posts fail.
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.? $")
# A surname, a comma and a first name, then what a form asks of a person ("Gurung,
# Anisha, dob 21 Jan 2007", "Kowalski, Maja - student no ...").
_SURNAME_COMMA_FIRST = re.compile(
    rf"(?P<last>{_LED_NOT_LISTED}), "
    rf"(?P<first>{_NAME_WORD})(?![\w'-])"
    r"[,:;]? ?-? ?(?=(?i:dob|d\.o\.b|date of birth|born (?:on )?\d+|student (?:no|number|id)|id\b|"
    r"yr \d|year \d|tutor group)\b)"
)
_LONGEST_WORD = 60
_LONG_RUN = re.compile(rf"[^\W\d_]{{{_LONGEST_WORD + 1},}}")
_CAPITALISED_PAIR = re.compile(
    # (a word of at most 40 more letters: a run of letters that are capitals and small
    # letters both, Latin Extended-B's, was read to its end from each of its letters, 3 to
    # 7 s for 20,000 of them; a review)
    rf"[{_UPPER}][{_LOWER}]{{0,40}}\.? (?:O'|D'|Mc|Mac|Nic)?[{_UPPER}][{_LOWER}]"
)


# A first name's endings in the cases of Polish, Lithuanian and Romanian, and the nominative
# each comes from: "Bartka" (Bartek), "Piotrowi" (Piotr), "Oliwii" (Oliwia), "Ioanei"
# (Ioana), "Gintarei" (Gintarė), "Mindaugui" (Mindaugas).
_CASE_ENDINGS = (
    ("owi", ""),
    ("ii", "ia"),
    ("ei", "a"),
    ("ei", "\u0117"),
    ("iui", "ius"),
    ("ui", "as"),
    ("ai", "a"),
    ("ka", "ek"),
    # Gujarati's respectful endings: "Hetalben", "Rajeshbhai"
    ("ben", ""),
    ("bhai", ""),
    # Polish dative and locative of names in -a: "dzięki Kubie" (Kuba), "Marcie" (Marta),
    # "Magdzie" (Magda), "Ewie" (Ewa), "Barbarze" (Barbara), "Oli" (Ola)
    ("bie", "ba"),
    ("cie", "ta"),
    ("dzie", "da"),
    ("wie", "wa"),
    ("rze", "ra"),
    ("li", "la"),
    # Polish vocative of names in -ia: "Dzięki Gosiu" (Gosia), "Kasiu", "Zosiu"
    ("iu", "ia"),
    # Polish accusative and instrumental: "zna Kasię", "z Anną", "widziałem Magdę"
    ("\u0119", "a"),
    ("\u0105", "a"),
)


def _name_stems(lower: str) -> list[str]:
    """What a first name written in another case or mutated may be in our lists: the
    endings above undone, and an "h" after the first letter dropped (Gaelic lenition,
    "Mhàiri" for Màiri; the Welsh aspirate mutation, "Chatrin" for Catrin)."""
    stems = [
        lower[: -len(end)] + base
        for end, base in _CASE_ENDINGS
        # (a short stem before a long ending too: "Kubie", Kuba; "Ewie", Ewa)
        if lower.endswith(end)
        and (
            len(lower) - len(end) >= 3 or (len(end) >= 3 and len(lower) - len(end) + len(base) >= 3)
        )
    ]
    if len(lower) > 3 and lower[1] == "h" and lower[0] in "bcdfgmpst":
        stems.append(lower[0] + lower[2:])
    return stems


def _polish_bases(lower: str) -> tuple[str, ...]:
    """A Polish or Lithuanian first name in another case as it may stand in our lists
    ("kasię", "kasią" -> "kasia"; "annę", "anną" -> "anna"; "mateuszem" -> "mateusz",
    "tomkiem" -> "tomek"; Lithuanian "gintarą" -> "gintaras"); any other word as it is."""
    if lower[-1:] in ("\u0119", "\u0105") and len(lower) >= 4:
        stem = lower[:-1]
        return (stem + "a", stem + "as") if lower[-1] == "\u0105" else (stem + "a",)
    if lower.endswith("ui") and len(lower) >= 5:
        # the Lithuanian dative: "Tomui" -> Tomas, "Jonui" -> Jonas (names probe 223)
        stem = lower[:-2]
        return (stem + "as", stem + "us", stem + "is")
    if lower.endswith("os") and len(lower) >= 5 and lower[-3] not in _VOWELS:
        return (lower, lower[:-1][:-1] + "a")  # the Lithuanian genitive: "Rūtos" -> Rūta
    if lower.endswith("kiem") and len(lower) >= 6:
        return (lower[:-4] + "ek",)
    if lower.endswith("owi") and len(lower) >= 6:
        # the dative: "Marcinowi" -> Marcin, "Kacprowi" -> Kacper, "Piotrkowi" -> Piotrek
        # (names probe 202)
        stem = lower[:-3]
        return (stem, stem[:-1] + "e" + stem[-1]) if stem[-2:-1] not in _VOWELS else (stem,)
    if lower.endswith("ka") and len(lower) >= 5:
        # "do Tomka", "Bartka": Tomek, Bartek; "dla Patryka": Patryk (or Monika itself)
        return (lower, lower[:-2] + "ek", lower[:-1])
    if lower.endswith("iu") and len(lower) >= 4:
        return (lower[:-1] + "a",)  # "Kasiu," (calling her): Kasia
    if lower.endswith("bie") and len(lower) >= 5:
        return (lower[:-2] + "a",)  # "Kubie" (to him): Kuba
    if lower.endswith("dzie") and len(lower) >= 6:
        return (lower[:-4] + "da",)  # "Magdzie" (to her): Magda
    if lower.endswith("a") and len(lower) >= 6:
        return (lower[:-1],)  # "zapraszamy Oliwera", "z pomocą Tomasza": Oliwer, Tomasz
    if lower.endswith("em") and len(lower) >= 6:
        return (lower[:-2],)
    return (lower,)


# Polish words that are first names elsewhere (Rana, Nic, Nam), read as words in a post in
# Polish when written in small letters.
_POLISH_WORDS = frozenset({"rana", "nic", "nam", "kawa", "ale", "tak", "dom", "sam", "sama", "ida"})
_VOWELS = frozenset("aeiouy\u0105\u0119\u00f3")


# Letters of Polish and Lithuanian that English lacks: a post that holds one may name
# someone in another case ("z Mateuszem", "Sveikinu Gintarą").
_POLISH_LETTERS = frozenset(
    "\u0119\u0105\u0142\u015b\u017c\u017a\u0107\u0144\u016b\u0117\u0161\u010d"
)


def _words(name: str) -> frozenset[str]:
    text = resources.files("policyguard.screening.data").joinpath(name).read_text("utf-8")
    return frozenset(
        w.lower() for line in text.splitlines() if line.strip()[:1] != "#" for w in line.split()
    )


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name our lists know (any case; either half of
    "Chloe-Ann")."""
    return person_like_names()._is_first(word)


def is_common_surname(word: str) -> bool:
    """Whether ``word`` is one of our common surnames (any case)."""
    return person_like_names()._common_surname(word.lower())


def public_figure_spans(text: str) -> list[tuple[int, int]]:
    """Where a public figure of ``public_figures.txt`` is named in ``text``, as whole
    words, any case ("Dolly Parton", "seamus heaney")."""
    return person_like_names().public_spans(text.lower())


@cache
def person_like_names() -> PersonLikeNames:
    """The shared :class:`PersonLikeNames` (its word lists are read once)."""
    return PersonLikeNames()


# Set texts and their characters, as a post names them: a first name alone, or a title and
# surname, from a work the post names is its character ("Callum played Mr Birling": Callum
# is still someone).
_CHARACTERS = {
    r"of\s+mice\s+and\s+men": "george lennie curley candy crooks slim carlson whit",
    r"(?:an\s+)?inspector\s+calls": "sheila eric gerald arthur sybil eva edna birling goole "
    "croft smith",
    r"macbeth": "macbeth banquo duncan macduff malcolm fleance ross lennox donalbain",
    # (or its other people named: "Romeo is a drip and Mercutio deserved better", names
    # probe 248)
    r"romeo\s+(?:and|&)\s+juliet|mercutio|tybalt|benvolio": "romeo juliet tybalt mercutio "
    "benvolio capulet montague "
    "paris rosaline",
    r"(?:a\s+)?christmas\s+carol": "scrooge marley fred belle fezziwig tim cratchit",
    r"jekyll": "jekyll hyde utterson lanyon poole enfield carew",
    r"lord\s+of\s+the\s+flies": "ralph piggy jack simon roger sam eric maurice",
    r"frankenstein": "victor elizabeth clerval justine william walton",
    r"blood\s+brothers": "mickey eddie linda sammy johnstone lyons",
    r"jane\s+eyre": "jane rochester bertha adele helen",
    r"pride\s+and\s+prejudice": "elizabeth darcy jane bingley lydia wickham collins bennet",
    r"sweeney\s+todd": "sweeney todd lovett johanna anthony turpin toby pirelli beadle",
    r"hate\s+u\s+give": "starr khalil maverick seven kenya devante hailey",
    r"othello": "othello iago desdemona cassio emilia roderigo brabantio bianca",
    r"burns\s+(?:supper|night)": "robbie rabbie robert burns",
    r"wuthering\s+heights|heathcliff": "heathcliff cathy catherine edgar isabella hindley "
    "hareton linton nelly lockwood",
    # Hardy's Wessex novels (round 30's read half)
    r"d'?\s?urbervilles|madding\s+crowd|mayor\s+of\s+casterbridge|return\s+of\s+the\s+native|"
    r"jude\s+the\s+obscure|woodlanders": "tess angel alec bathsheba gabriel oak troy boldwood "
    "fanny henchard elizabeth farfrae lucetta susan eustacia clym wildeve thomasin jude sue "
    "arabella phillotson grace giles",
    # (names probe 96) bands' members, rappers, and a monarchs' quiz by first names
    r"beatles": "john paul george ringo",
    r"rolling\s+stones": "mick keith charlie ronnie bill brian",
    r"rappers?|grime|drill\s+artists?": "kendrick drake dave stormzy skepta kano wiley ghetts "
    "giggs aitch central cee",
    r"(?:queens|kings|monarchs)\s+of\s+(?:england|scotland|britain)": (
        "victoria elizabeth mary anne henry edward william george charles james richard "
        "matilda jane"
    ),
    # (a review) a set text's cast
    r"midsummer\s+night'?s\s+dream": "hermia lysander demetrius helena oberon titania puck "
    "bottom theseus hippolyta egeus quince flute snout snug starveling",
    # (names probe 109) a sitcom's cast
    r"gavin\s+(?:and|&)\s+stacey": "gavin stacey nessa smithy bryn pam mick gwen doris dawn "
    "pete jason dave barry",
    # (names probe 140) Welsh set texts' casts
    r"under\s+milk\s+wood": "myfanwy mog polly rosie willy cat dai ocky evans pugh",
    r"mabinogi(?:on)?|pedair\s+cainc": "branwen blodeuwedd pwyll rhiannon pryderi gwydion "
    "lleu math manawydan bendigeidfran matholwch efnysien",
    r"martha,?\s+jac\s+a\s+sianco": "martha jac sianco judith gwenan",
    # (names probe 228) a children's classic's
    # (its rarer names only: "Lucy passed, we watched Narnia after" is still Lucy)
    # (names nobody is given: not Edmund, Caspian or Eustace, the review of the forty-second
    # session)
    r"narnia": "aslan tumnus digory jadis beaver",
    # (names probe 253) a Scottish set text's (its rarer names only: "Calum in the evening
    # class said The Cone-Gatherers was boring" is still Calum)
    r"cone[- ]gatherers": "duror roderick tulloch runcie-campbell",
    # (names probe 258) a play set in Donegal, and a fantasy's people
    r"brian\s+friel|yolland": "yolland maire lancey doalty manus",
    r"game\s+of\s+thrones|dark\s+hedges": "arya sansa tyrion cersei daenerys bran stark",
    # (round 42's read half) a Cornish saga's
    r"poldark": "ross demelza verity warleggan jud prudie morwenna caroline dwight",
}
_SET_TEXT = gated(re.compile(r"(?i:\b(?:" + "|".join(_CHARACTERS) + r")\b)"))
_CHARACTER_OF = [
    # (each key whole between its word boundaries: a key of alternatives such as
    # "rappers?|grime|drill\s+artists?" is no "grime" inside "Grimethorpe")
    (re.compile(rf"(?i:\b(?:{w})\b)"), frozenset(c.split()))
    for w, c in _CHARACTERS.items()
]


def _a_character(found: Detection, cast: frozenset[str]) -> bool:
    """Whether ``found`` (a first name alone, or a title and one name) is one of ``cast``,
    the characters of the set texts a post names."""
    words = found.match.replace("'s", "").split()
    if len(words) == 2 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    return len(words) == 1 and words[0].lower() in cast


class PersonLikeNames:
    """Names of people who may not be in the directory, found by how they are written.

    A known first name (``first_names.txt`` and ``common_first_names.txt``, our own
    lists; either half of "Chloe-Ann") and a capitalised surname, perhaps with a middle
    name ("Harpreet Kaur Sandhu"):

    - in context, after words that introduce a person ("well done to Chloe Barker",
      "student Amir Haddad") or before words that say what a person did ("Chloe Barker,
      who...", "Chloe Barker has passed"), the surname need only not be an everyday word;
    - anywhere else ("lost purse, belongs to Megan Thorne", "Aoife Brennan and Liam
      O'Sullivan"), the surname must be a common surname (``common_surnames.txt``) or a
      word that English does not use in lower case (the en_GB dictionary's verdict, when
      hunspell is installed; without it, only names in context count). So "Harry Potter",
      "Victoria Park" and "Isaac Newton Building" are not read as a person.

    People in public life, history and fiction whom posts name for who they are (Mary
    Seacole, Alan Turing, Eva Smith; ``public_figures.txt``, our own list) are left out.
    Every such hit is ``person_name`` at 0.55 with ``detail["unconfirmed"]``: nobody
    checked that such a person exists, so the content rules only ever ask for review.

    A title and a surname ("Mrs Okafor", "Dr Patel", "Mr T Oyelaran") is a person too,
    but titles name staff and visitors in their roles, whom official posts name all the
    time: it is reported at 0.45 (``detail["titled"]``), below the review line, so that
    it is shown with the post's other findings but asks for no review on its own.
    """

    name = "person_like_names"

    def __init__(self) -> None:
        self._common_first = _word_list("common_first_names.txt")
        self._first = _words("first_names.txt") | self._common_first
        self._not_surnames = _word_list("everyday_words.txt") | _NOT_SURNAMES
        self._common_surnames = _word_list("common_surnames.txt")
        self._public = _word_list("public_figures.txt")
        self._lower_firsts: frozenset[str] | None = None
        self._partners: dict[str, frozenset[str]] | None = None
        self._public_automaton: Any = None
        self._stemmed: dict[str, bool] = {}

    def detect(self, text: str) -> list[Detection]:
        # Curly apostrophes (U+2019 and its kin) are read as straight ones, in "Jenkins' dad"
        # and "O'Connor" alike; the offsets stay, and each match is the post's own characters.
        straight = text.translate(_STRAIGHT_APOSTROPHES)
        # (a quick look first: such a run needs as long a stretch without a space)
        if max(map(len, straight.split()), default=0) > _LONGEST_WORD and _LONG_RUN.search(
            straight
        ):
            # A run of letters longer than any name's is no name, and it is read as small
            # "x"s: the patterns here read a capital and then small letters, and letters
            # that are both (Latin Extended-B's) made a long run cost its length squared
            # (20,000 of them: seconds; a review). Offsets stay.
            straight = _LONG_RUN.sub(lambda m: "x" * len(m.group()), straight)
        found = self._detect(straight)
        if _CAPS_RUN.search(straight):
            # "MIA BROOK AND LEXI STEEL ARE THROUGH": read again with the capitals' words
            # as names are written ("Mia Brook and Lexi Steel Are Through"), same offsets
            recased = _CAPS_WORD.sub(_recase, straight)
            if len(recased) == len(straight):
                again = [
                    d
                    for d in (self._in_capitals_trimmed(straight, recased, d) for d in
                              self._detect(recased))
                    if d is not None
                ]  # fmt: skip
                found = remove_overlaps(found + again)
            found = self._called_shouting(straight, found)
        found = self._by_other_cues(straight, found)
        found = self._called_in_small_letters(straight, found)
        found = self._listed_in_small_letters(straight, found)
        if _CYRILLIC.search(straight):
            # "Дякую Наталії з приймальні": a name in Cyrillic after thanks, a greeting or
            # a word for kin (names probe 121)
            found = self._cued_firsts(
                straight,
                found,
                _CYRILLIC_CUED,
                # (a plural or a plural's case is a group: "Дякую Вчителям", "Вітаю
                # Випускників", "Привіт Друзі")
                lambda name: (
                    name.lower() not in _CYRILLIC_NOT_NAMES
                    and not name.lower().endswith(_CYRILLIC_PLURAL_ENDINGS)
                ),
            )
            # (the second only a given name of the list, in its case: not "Дякую Мамі та
            # Татові", "Вітаємо Андрія та Команду"; the review of the thirty-eighth session)
            found = self._cued_firsts(straight, found, _CYRILLIC_CUED_SECOND, _cyrillic_given)
            # "Olena i Taras will come too", in Cyrillic: a common Ukrainian or Russian
            # given name with no cue (names probe 144; names that are words, Nadiya, Vira
            # and Roman, are left out)
            found = self._cued_firsts(
                straight, found, _CYRILLIC_WORD, lambda name: name.lower() in _CYRILLIC_FIRSTS
            )
            # ... and in small letters after thanks or a greeting, in its cases ("thank
            # you, Oksana" with her name in the vocative, names probe 151)
            found = self._cued_firsts(straight, found, _CYRILLIC_CUED_SMALL, _cyrillic_given)
        if not straight.isascii() and _SOUTH_ASIAN_OR_ARABIC.search(straight):
            # "मेरी बहन प्रिया", "خالتي سعاد", "என் தம்பி கார்த்திக்": a name in the scripts of
            # Arabic, Urdu and India's languages after a word for kin or a teacher there
            # (names probe 131)
            found = self._cued_firsts(
                straight, found, _SCRIPT_KIN_NAME, lambda name: name not in _SCRIPT_NOT_NAMES
            )
        if _HAN_NAME_CUE_AT.search(straight):
            # a Chinese name after thanks or praise ("Thanks 王小明")
            found = self._cued_firsts(straight, found, _HAN_NAME_CUED, lambda name: True)
        if found and "(" in straight:
            found = remove_overlaps(found + self._bracketed(straight, found))
        if found and (" and " in straight or " & " in straight):
            found = remove_overlaps(found + self._sharing_a_surname(straight, found))
        if found and (" and " in straight or " & " in straight or " n " in straight):
            found = remove_overlaps(found + self._partnered(straight, found))
        # "Nonna Carmela": the grandmother's first name, not the word for her
        found = [_without_kin_title(straight, d) for d in found]
        if not straight.isascii():
            found = [_without_small_last_word(d) for d in found]
        # a name in an example ("Example of how to fill in the form: Name: John Smith"),
        # and a form's own example names where a post gives an example ("Full name (e.g.
        # John Smith)"), nobody's (but "Kind regards, John Smith" signs a post)
        if found and (_EXAMPLE.search(straight) or "form" in straight.lower()):
            found = [d for d in found if "_".join(d.match.lower().split()) not in _EXAMPLE_NAMES]
        found = made_up_marked(straight, found)
        if found:
            found = [_whole_name(straight, d) for d in found]
            if _AND_ABROAD.search(straight):
                found = [part for d in found for part in _split_at_and(straight, d)]
            # "Mr Blackwood aka Blackie": the nickname of a person found (names probe 81)
            if " aka " in straight.lower():
                found = remove_overlaps(
                    found
                    + [
                        self._first_alone(straight, m.start("nick"), m.end("nick"))
                        for d in found
                        for m in [_AKA_AFTER.match(straight, d.end)]
                        if m is not None
                    ]
                )
        if "@" in straight or "." in straight or "_" in straight:
            # "@jay_kofi_mensah", "yasmin.ali.xo": a handle made of a person's names
            found = remove_overlaps(found + self._handles(straight))
        if found:
            found = remove_overlaps(found + self._said_again(straight, found))
        if " from " in straight or " on " in straight or _IN_PLACE_HINT.search(straight):
            # "Joy from student services", "Jack from MV1": someone by the part of the
            # college they are from (names probe 88), "Dawn on the switchboard"
            found = remove_overlaps(found + self._by_department(straight))
        if " are " in straight or " were " in straight:
            # "Grace, Hope and Summer are our three new nursery apprentices": first names,
            # words of English too, listed as the people a role names (names probe 113)
            found = remove_overlaps(found + self._listed_as_people(straight))
        if found and "(" in straight:
            # "Your full name (e.g. Mohammed Khan, Anna Nowak)": a form's examples
            found = _outside(found, [m.span() for m in _EXAMPLES_IN_BRACKETS.finditer(straight)])
        if found and ("e.g" in straight or "np." in straight or "eg " in straight):
            # "write your name as on your passport, e.g. Joe Bloggs or Siân Elin Roberts",
            # Polish "np. Jan Kowalski": a form's examples after "e.g." when a name is asked
            # for (names probe 192)
            found = _outside(
                found, [m.span("examples") for m in _EXAMPLES_AFTER_EG.finditer(straight)]
            )
        if found:
            # "the community centre on Stanley Road", "shea butter": a street or a thing
            # named by the word, not a person
            found = [
                d
                for d in found
                if " " in d.match or not _STREET_OR_THING_AFTER.match(straight, d.end)
            ]
        if found:
            # "Frankie & Benny's", "Ross County" (names probe 88), whatever found a partner;
            # a Welsh county, "Sir Gâr" (names probe 140)
            found = _outside(
                found,
                [m.span() for r in (_CLUB_OR_FIRM, _WELSH_COUNTY) for m in r.finditer(straight)],
            )
        if found:
            found = self._not_places_nor_praise(straight, found)
        if found and _SET_TEXT.search(straight):
            # "George and Lennie absolutely broke me" with Of Mice and Men named: its
            # characters, not anyone the post could name (the works are looked for once)
            cast = frozenset(
                name for work, names in _CHARACTER_OF if work.search(straight) for name in names
            )
            found = [d for d in found if not _a_character(d, cast)]
        if straight == text:
            return found
        return [replace(d, match=text[d.start : d.end]) for d in found]

    def _detect(self, text: str) -> list[Detection]:
        runs = frozenset(_LOWER_RUN.findall(text))
        if not _CAPITALISED_PAIR.search(text):
            found = self._lower_case(text, runs) + self._strongly_cued(text)
            if "name" in text:
                found += self._surname_said(text)
            found += self._kin(text, runs) + self._signed(text) + self._alone(text)
            found += self._named_first(text) + self._titled_plain(text) + self._anywhere(text)
            if TRIPLED_LETTER.search(text):
                found += self._stretched(text)
            found += self._titled_particles(text) + self._titled_abroad(text)
            found += self._nicknamed_by_size(text) + self._shouted_out(text)
            found += (
                self._sir_or_miss(text)
                + self._name_is(text)
                + self._written_on(text)
                + self._let_know(text)
            )
            if _SMALL_CUE_WORDS.search(text):
                found += self._in_small_letters_cued(text)
            if "#" in text:
                found += self._in_hashtags(text)
            # "Ali G", "Kenny G": known by a first name and an initial
            known = self._initialled(text)
            found += self._in_capitals(text)
            # "Rhys ap Gwilym", no capitalised pair; "iolo ap Gwilym" (not "Llywelyn ap
            # Gruffudd", a public figure)
            if _PARTICLE_PAIR.search(text):
                known += self._self_introduced(text) + self._with_particle(text)
            elif _SMALL_PARTICLE_BEFORE.search(text):
                known += self._with_particle(text)
            if known:
                found += _outside(known, self.public_spans(text.lower()))
            if _QUOTE_MARKS.search(text):  # "Gareth 'Gaz' Morris"
                found += self._nicknamed(text)
            found += self._listed_beside_firsts(text, found)
            if found:
                # "who's got marcus rashford's new boots": a public figure in small letters
                # (or a pet, or a saint: "dog called Dave", names probe 71)
                found = _outside(
                    found,
                    [
                        *self.public_spans(text.lower()),
                        *(m.span(m.lastgroup or "name") for m in _PET_NAMED.finditer(text)),
                        *self._pets_apposed(text),
                        *(m.span() for m in _FLOWERS.finditer(text)),
                        *(m.span("name") for m in _SAINT.finditer(text)),
                        *(m.span("name") for m in _VERB_FIRST.finditer(text)),
                        *(m.span(m.lastgroup or 0) for m in _BLESSED_FOOD.finditer(text)),
                        *_welsh_house_parts(text),
                        # Tagalog's "kay" (to) before an elder's title: "salamat po kay ate
                        # joy" (names probe 151)
                        *(m.span(m.lastgroup or 0) for m in _TAGALOG_KAY.finditer(text)),
                    ],
                )
            return remove_overlaps(found)
        found = self._strongly_cued(text) + self._signed(text) + self._kin(text, runs)
        if "name" in text:
            found += self._surname_said(text)
        found += self._self_introduced(text) + self._alone(text) + self._named_first(text)
        found += self._titled_plain(text) + self._given_name_order(text) + self._anywhere(text)
        if TRIPLED_LETTER.search(text):
            found += self._stretched(text)
        found += self._initialled(text) + self._in_capitals(text) + self._titled_particles(text)
        found += self._titled_abroad(text) + self._nicknamed_by_size(text) + self._shouted_out(text)
        found += (
            self._sir_or_miss(text)
            + self._name_is(text)
            + self._written_on(text)
            + self._let_know(text)
        )
        if _SMALL_CUE_WORDS.search(text):
            found += self._in_small_letters_cued(text)
        if _PARTICLE_PAIR.search(text) or _SMALL_PARTICLE_BEFORE.search(text):
            found += self._with_particle(text)
        if _QUOTE_MARKS.search(text):
            found += self._nicknamed(text)
        for m in itertools.chain(_PERSON_CUED.finditer(text), _PERSON_DOING.finditer(text)):
            first, last = m.group("first", "last")
            if last.lower() in self._not_surnames or last.lower() in _ROOM_OR_PLACE_ENDS:
                continue  # (nor a room or a place: "the Grace Room is booked", "Ashley Down")
            if not self._is_first(first) and not (
                first.lower() not in _TITLE_WORDS
                and first.lower() not in _CHAT_WORDS  # "Aww Lewis made ..."
                and self._unknown_word(first)
                and (self._unknown_word(last) or self._is_surname(last))  # "Rashida Begum"
                and not _is_english_word(first)  # nor a place English knows: "Leeds Beckett"
            ):
                continue  # "Abdirahman Warsame has passed": neither word is English's
            start, end = m.span("name")
            if _TITLE_BEFORE.search(text, max(0, start - 6), start):
                continue  # "Dr Andrew Lewis": titled, read below
            found.append(self._hit(text, start, end, 0.55))
        for m in _ANY_PAIR.finditer(text):
            first, middle, last = m.group("first", "middle", "last")
            start = m.start()
            if _TITLE_BEFORE.search(text, max(0, start - 6), start):
                continue
            if not self._is_first(first) and not (
                # a month's name that is a woman's too, before a surname no dictionary knows
                # and after no word of time, with no figure after: "April Ferris and June
                # Tidball, your showcase has moved", "April Mercer-Lomax" (names probes 268
                # and 273); not "in April Tidball won", "June 12"
                first in ("April", "June")
                and self._is_surname(middle)
                and not _is_english_word(middle)
                and _TIME_WORD_BEFORE.search(text, max(0, start - 12), start) is None
                and _FIGURE_AFTER.match(text, m.end("middle")) is None
            ):
                continue
            if middle.lower() in _KIN_NOT_SURNAMES:
                continue  # "Mae Mam mor falch" (Welsh: "Mam is so proud"), names probe 140
            if (
                first == "Mae"
                and middle.lower() in _WELSH_MONTHS_AND_SEASONS
                and _WELSH_IS_AFTER.match(text, m.end("middle"))
            ):
                continue  # "Mae Mai yn fis prysur" (Welsh: "May is a busy month")
            if (
                last
                # (not "Andrei Popescu și": "ș" is small, in a range that holds both cases)
                and last[:1].isupper()
                and self._is_surname(last)
                and (self._is_surname(middle) or self._is_first(middle))
            ):
                end = m.end("last")  # "Harpreet Kaur Sandhu"
            elif self._is_surname(middle):
                end = m.end("middle")  # "Priya Shah" in "Priya Shah Physics Club"
            else:
                continue
            found.append(self._hit(text, start, end, 0.55))
        if "@" in text:
            found += self._named_by_email(text)
        if "#" in text:
            found += self._in_hashtags(text)
        found += [
            self._hit(text, m.start("name"), m.end("name"), 0.55)
            for m in _PERSON_PHONED.finditer(text)
            if self._is_first(m.group("first"))
            and self._is_surname(m.group("last"))
            and not _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start())
        ]
        seeds = [d for d in found if d.score >= 0.5]  # not a first name alone
        if seeds:
            found += self._listed_with(text, seeds)
        found += self._lower_case(text, runs)
        for m in _TITLED_NAME.finditer(text):
            # (each mention: "Ranjit Singh Sandhu retires ... Thank you Mr Sandhu" names him
            # twice, and a screen that marked the first alone would leave the second)
            last = m.group("last").lower()
            if (
                self._is_surname(m.group("last"))
                or last in _TITLED_SURNAMES
                # (a surname English has as a word too, where a person is plainly meant:
                # what they did after it, or whose they are before it, "Mr Hillier has
                # done pottery here since 1987", "his nan Miss Hyacinth"; names probe 228)
                or (
                    last not in self._not_surnames
                    and last not in _TITLED_THINGS
                    # (nor a pet's: "our cat Mr Whiskers has ...", "our cats Mr Tibbles and
                    # Mrs Socks"; nor a Little Miss)
                    and _PET_JUST_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
                    and not text[max(0, m.start() - 7) : m.start()].endswith("Little ")
                    and (
                        _DOING_AFTER.match(text, m.end()) is not None
                        or _WHOSE_TITLED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                        is not None
                    )
                )
            ):
                found.append(self._titled_hit(text, m.start(), m.end()))
        found += self._listed_beside_firsts(text, found)
        if not found:
            return []
        lowered = text.lower()
        public_figures = [
            (start, end)
            for start, end in self.public_spans(lowered)
            # "welcome Kirsty Young (no, not that one!)": someone of the same name as a
            # public figure, said to be someone else (names probe 121)
            if not _NOT_THAT_ONE.match(text, end)
        ]
        public = list(public_figures)
        public += [m.span(m.lastgroup or "name") for m in _DEDICATED.finditer(text)]
        public += [m.span("name") for m in _NAMED_PLACE.finditer(text)]
        if "open" in text or "box office" in text or "car park" in text:
            # "Grace Hall doors open 5pm": a venue by what it does (names probe 213)
            public += [m.span("name") for m in _VENUE_BY_USE.finditer(text)]
        if "Island" in text:
            public += [m.span() for m in _SEASIDE_PLACE.finditer(text)]  # "Barry Island"
        if "ouse" in text:
            # "Cuthbert house won the tug of war": a college's house (a team) by its name
            public += [m.span() for m in _TEAM_HOUSE.finditer(text)]
        public += [m.span("name") for m in _WELSH_FARM.finditer(text)]
        # (a Welsh house's name, by the words it starts with: "Pen y Bryn", "Fferm Ty
        # Gwyn", "Bryn Awel"; addresses probe 215)
        public += _welsh_house_parts(text)
        public += [m.span() for m in _SEASONS_EVENT.finditer(text)]
        public += [m.span("name") for m in _AT_THE_NAME.finditer(text)]
        public += [m.span() for m in _PUBLIC_ROLE.finditer(text)]
        public += [m.span("name" if m.group("name") else "name2") for m in _WORK_OF.finditer(text)]
        public += [
            (start, _sentence_end(text, m.end(), 400))
            for m in _HISTORIC_YEAR.finditer(text)
            for start in [_sentence_start(text, m.start())]
        ]
        if _HISTORY_OUTING.search(text):
            # "Charles Lamb lived in Edmonton and is buried at All Saints, history trip on
            # the 18th": a grave a history outing visits is a public figure's (not "my
            # grandad Alf is buried at All Saints": a family's)
            public += [
                (start, end)
                for m in _BURIED.finditer(text)
                for start, end in [
                    (_sentence_start(text, m.start()), _sentence_end(text, m.end(), 400))
                ]
                if not _FAMILY_SAID.search(text, start, end)
            ]
        public += [
            item.span()
            # a post names a reading list or two, not hundreds
            for m in itertools.islice(_WORKS_BY.finditer(text), 4)
            for item in _LIST_ITEM.finditer(text, m.end(), _sentence_end(text, m.end(), 200))
        ]
        public += [
            m.span("name")
            for m in _HOUSE_ON.finditer(text)
            if not _NUMBERED_GROUP.search(text, max(0, m.start() - 12), m.start())
        ]
        # (names probe 71) a pet's name, a saint's church or entrance
        public += [m.span(m.lastgroup or "name") for m in _PET_NAMED.finditer(text)]
        public += self._pets_apposed(text)
        public += [m.span("name") for m in _TOPIC_OF.finditer(text)]
        public += [m.span() for m in _FLOWERS.finditer(text)]
        if "pras" in text:
            public += [m.span(m.lastgroup or 0) for m in _BLESSED_FOOD.finditer(text)]
        public += [m.span("names") for m in _BOOK_BY.finditer(text)]
        public += [m.span(m.lastgroup or "name") for m in _SAINT.finditer(text)]
        public += [m.span("name") for m in _THE_NAMED_BUILDING.finditer(text)]
        public += [m.span("name") for m in _VERB_FIRST.finditer(text)]
        # (names probe 81) a business in someone's name: "Rosie Lee's Café is hiring"
        public += [m.span("name") for m in _BUSINESS_OF.finditer(text)]
        # (names probe 88) a club in a place's name, a firm of two names: "Ross County",
        # "Frankie & Benny's"
        public += [m.span() for m in _CLUB_OR_FIRM.finditer(text)]
        # (probe 86) someone with the years of their life after the name, who has died
        # and is written about as history: "HM (Henry Molaison, 1926-2008)"
        public += [
            (d.start, d.end) for d in found if _LIFE_YEARS_AFTER.match(text, d.end) is not None
        ]
        kept = remove_overlaps(_outside(found, public))
        # "Sir Lenny Henry visited ... thanks to Lenny": a public figure's first name alone,
        # later in the same post, is still theirs
        firsts = {
            lowered[start:end].split()[0]
            for start, end in public_figures
            if " " in lowered[start:end]
        }
        return [
            d
            for d in kept
            if " " in d.match
            or d.match.lower() not in firsts
            # (but not one said to be from a part of the college: "No, Gareth Bale is not
            # coming. Gareth from the gym will hand out the trophies", names probe 192)
            or _FROM_A_PART_AFTER.match(text, d.end) is not None
        ]

    def _pets_apposed(self, text: str) -> list[tuple[int, int]]:
        """Where :data:`_PET_APPOSED` names animals: not a person's surname before their
        job ("Tom Evans, the dog groomer" is read no further than "Evans")."""
        spans = []
        for m in _PET_APPOSED.finditer(text):
            group = m.lastgroup or "names"
            if group == "listed" and _ME_DUCK.search(text, max(0, m.start() - 4), m.start() + 5):
                continue  # "Ey up me duck, Shazza n Tez ...": the Midlands' "my dear" (names
                # probe 213)
            if group == "names":
                before = text[: m.start()].rstrip().rsplit(" ", 1)[-1]
                if before[:1].isupper() and self._is_first(before):
                    continue
            spans.append(m.span(group))
        return spans

    def _said_again(self, text: str, found: list[Detection]) -> list[Detection]:
        """A word of a name found, said again on its own or in capitals ("Mohammed Iqbal
        Chaudhry ... Iqbal always had a smile", "LILY-MAE stickers ... Lily-Mae, it's
        yours"), and a nickname the post says someone was known by ("Gwil, as everyone
        knew him"): the same person (names probe 91). Only a word English does not use,
        of three letters or more; hints, like every name alone."""
        words = {
            w
            for d in found
            if d.score >= 0.45
            for w in d.match.split()
            if len(w) >= 3
            and w[:1].isupper()
            and (not _is_english_word(w.lower()) or w.lower() in _FIRSTS_SELDOM_WORDS)
            and w.lower() not in _TITLE_WORDS
            and w.lower() not in _KIN_WORDS
        }
        # a nickname in quotes inside a name found: "Margaret 'Peggy' Doherty"
        words |= {
            q.group(1) for d in found if "'" in d.match for q in _QUOTED_NICKNAME.finditer(d.match)
        }
        targets = words | {w.upper() for w in words}
        if not targets:
            return self._known_as(text)
        public = sorted(self.public_spans(text.lower()))
        public_starts = [a for a, _ in public]
        # (the furthest end so far: spans may nest)
        public_ends = list(itertools.accumulate((b for _, b in public), max))
        taken = sorted((d.start, d.end) for d in found)
        starts = [a for a, _ in taken]
        few = len(words) <= 24
        more = []
        for m in _NAME_TOKEN.finditer(text):  # one pass over the post's words
            word = m.group()
            if word not in targets:
                # "Elif'in" (Turkish), "Iqbal's"; "Gwil" for Gwilym; "Agnieszki" after
                # "Agnieszce", "Andreei" after "Andreea": a case or a shortening
                head = word.split("'")[0]
                if head in targets:
                    word = head
                elif not (
                    few  # (a long list of names is read for exact words only)
                    and word[:1].isupper()
                    and word[1:2].islower()
                    and len(word) >= 3
                    and not _is_english_word(word.lower())
                    # (a first name of its own is read by the rules for first names:
                    # not "Harrison" after "Harriet")
                    and word.lower() not in self._first
                    # (nor Gaelic's words: "Mòran taing to Mòrag ...", many thanks, names
                    # probe 268)
                    and word.lower() not in _GAELIC_CHAT
                    and any(_same_name(word, w) for w in words)
                ):
                    continue
            at, stop = m.start(), m.start() + len(word)
            if _STORM_BEFORE.search(text, max(0, at - 7), at):
                continue  # "Storm Ciarán flooded the car park, but Ciarán Byrne ..."
            i = bisect.bisect_right(starts, at) - 1
            j = bisect.bisect_right(public_starts, at) - 1
            if (
                (i >= 0 and at < taken[i][1])  # a found name holds it
                # (not "Mo Farah" after "Mohammed Abdullahi Farah": a public figure's)
                or (j >= 0 and at < public_ends[j])
                or _STREET_OR_THING_AFTER.match(text, stop)
                # a firm in the family's name ("Reid Roofing"), or a title the titled
                # rules have read ("Mr Gurung (Hari Bahadur Gurung)")
                or _FIRM_AFTER.match(text, stop)
                or _TITLE_BEFORE.search(text, max(0, at - 6), at)
            ):
                continue
            more.append(self._first_alone(text, at, stop))
        return more + self._known_as(text)

    def _known_as(self, text: str) -> list[Detection]:
        """A nickname the post says someone went by ("Gwil, as everyone knew him"), and
        a maiden name ("Margaret Doherty (née Gallagher)")."""
        found = []
        if " as " in text:
            found += [
                self._first_alone(text, m.start("nick"), m.end("nick"))
                for m in _KNOWN_AS.finditer(text)
            ]
        if "n\u00e9e " in text or "nee " in text:
            found += [
                self._first_alone(text, m.start("name"), m.end("name"))
                for m in _MAIDEN_NAME.finditer(text)
            ]
        return found

    def _by_department(self, text: str) -> list[Detection]:
        """First names alone by the part of the college someone is from or the desk they
        are on (``_FROM_DEPARTMENT``): "Joy from student services", "Jack from MV1" (names
        probe 88), "Dawn on the switchboard". At a desk or a kitchen, a word that is also a
        first name counts only after a cue ("thanks to Rose from the canteen", not "Brie
        from the café was mouldy", "Max on the tills is 3 items"); never a question's verb
        ("Will from the library be open over Easter?")."""
        found = []
        for m in _FROM_DEPARTMENT.finditer(text):
            at_desk = bool(m.group("desk") or m.group("on") or m.group("in"))
            group = "first" if m.group("first") else "on" if m.group("on") else "in"
            word = m.group(group)
            if at_desk:
                named = self._is_first(word) and (
                    not _is_english_word(word.lower())
                    or _DESK_CUE.search(text, max(0, m.start(group) - 30), m.start(group))
                    # at an office's desk and praised as a person is ("Dawn in the finance
                    # office is a legend", names probe 144; not food in a canteen)
                    or (
                        _AN_OFFICE.search(m.group()) is not None
                        and _PRAISED_AFTER.match(text, m.end()) is not None
                    )
                    # doing what only a person does: "Dawn from the canteen remembers my
                    # order every day" (names probe 168; not "Brie from the café was
                    # mouldy")
                    or _PERSON_DOES_AFTER.match(text, m.end()) is not None
                )
            else:
                named = self._is_first(word) or self._unknown_word(word)
            # (a festival's greeting: "Merry Christmas from Scarborough campus", the review of
            # the thirty-ninth session)
            if named and word.lower() in _FESTIVAL_WORDS:
                named = False
            if named and not _modal_in_a_question(text, m):
                found.append(self._first_alone(text, m.start(group), m.end(group)))
                # ... and a first name joined to it: "Grace and Ebenezer from the Access to
                # Nursing group" (names probe 187)
                pair = _PAIRED_BEFORE.search(text, max(0, m.start(group) - 30), m.start(group))
                if (
                    pair
                    and self._is_first(pair["other"])
                    and pair["other"].lower() not in (_SEASONS_AND_MONTHS)
                ):
                    found.append(self._first_alone(text, pair.start("other"), pair.end("other")))
        # "Rose from Kent Fire and Rescue came in to talk", "April and Maya from Childcare
        # organised the walk": at a sentence's start, people from a named service or team
        # who did something, even by names English uses as words (names probe 144)
        for m in _VISITOR_FROM.finditer(text) if " from " in text else ():
            for group in ("first", "second"):
                word = m.group(group)
                if (
                    word
                    # (a month that is a name too: no month comes from a service)
                    and (self._is_first(word) or word.lower() in ("april", "june"))
                    and word.lower() not in _SELDOM_OR_WORDS
                ):
                    found.append(self._first_alone(text, m.start(group), m.end(group)))
        return found

    def _called_shouting(self, text: str, found: list[Detection]) -> list[Detection]:
        """``found`` and someone called at the start of a shouted post ("ABDULLAH WHERE R U
        THE BUS IS LEAVING", names probe 113): a first name no English word spells, not a
        star known by one name, a place, a brand or a public figure."""
        opening = _CAPS_OPENING.match(text)
        if opening is None:
            return found
        word = opening["w"].lower()
        if (
            not self._standalone_first(word.capitalize())
            or any(word in words for words in _SHOUTED_NOT_NAMES)
            or any(
                start <= opening.start("w") < end for start, end in self.public_spans(text.lower())
            )
        ):
            return found
        return remove_overlaps(
            [*found, self._first_alone(text, opening.start("w"), opening.end("w"))]
        )

    def _called_in_small_letters(self, text: str, found: list[Detection]) -> list[Detection]:
        """``found`` and someone called in small letters at a post's start, a word for a
        friend after ("kyle bro u still owe me a fiver", names probe 113)."""
        called = [m for m in (_LOWER_CALLED.match(text),) if m is not None]
        if "ell " in text or "sk " in text:
            # "tell kyle frm coatbridge to gie me ma charger back" (names probe 121)
            called += _LOWER_TOLD.finditer(text)
        if "ask" in text:
            # "if u want in on the 5 a side, ask for kyle" (round 12's read half): whom to
            # ask for, at a clause's end (not the bars' safety phrase, "ask for angela")
            called += [m for m in _LOWER_ASKED_FOR.finditer(text) if m["w"] not in _ASKED_FOR_WORDS]
        hits = [
            self._first_alone(text, m.start("w"), m.end("w"))
            for m in called
            if (
                m["w"] in self._lower_first()
                or (m["w"] in self._first and m["w"] not in self._not_surnames)
            )
            and m["w"] not in _CHAT_WORDS
            and m["w"] not in _SIZE_AND_KIN_WORDS
            and m["w"] not in _SCOTS_CALLED
        ]
        return remove_overlaps([*found, *hits]) if hits else found

    def _listed_in_small_letters(self, text: str, found: list[Detection]) -> list[Detection]:
        """``found`` and the other words of a list in small letters that holds a name found
        in small letters, or that the writer leads ("me n aneeka n saima goin to the mela",
        "me and gurpz and sukhi skipped maths", names probe 168 and 173): each a word no
        dictionary, chat or brand knows, as a first name alone is read (a hint)."""
        lowered = [d for d in found if d.match.islower()]
        if not lowered and ("me " not in text or _ME_LEADS.search(text) is None):
            return found  # most posts: neither
        hits = []
        # (each word looked up by bisection among the names found: a post of thousands of
        # names stays near linear)
        spans = sorted((d.start, d.end) for d in found)
        starts = [s for s, _ in spans]
        small = {(d.start, d.end) for d in lowered}

        def named(start: int, end: int) -> tuple[int, int] | None:
            i = bisect.bisect_left(starts, end) - 1
            return spans[i] if i >= 0 and spans[i][1] > start else None

        for m in _LOWER_LIST.finditer(text):
            items = list(_LOWER_LIST_WORD.finditer(text, m.start(), m.end()))
            led = items[0].group() == "me"
            if not led and not any(named(*i.span()) in small for i in items):
                continue
            if _NUMBER_LEADS.search(text, max(0, m.start() - 30), m.start()):
                continue  # "12 heol y bryn, pontypridd": an address's street and town
            for item in items:
                word = item.group()
                if (
                    named(*item.span()) is not None
                    or len(word) < 3
                    or word in _CHAT_WORDS
                    or word in _BRANDS_AND_CHAT
                    or word in _MY_KIN_WORDS
                    or word in _KIN_TITLE_WORDS
                    or _VOWEL.search(word) is None
                    or word in self._not_surnames
                    or not (word in self._first or not _is_english_word(word))
                ):
                    continue
                hits.append(self._first_alone(text, item.start(), item.end()))
        return remove_overlaps(found + hits) if hits else found

    def _not_places_nor_praise(self, text: str, found: list[Detection]) -> list[Detection]:
        """``found`` without a town, county or district that is a first name too where a
        place is said ("31 years at Dudley", "the cup final v Dudley", "went to Kerry in the
        summer"; not "staying at Kerry's tonight", someone's home), nor "barry" as Scots
        praise ("pure barry", "barry fact")."""
        # (a hospital's: "my nan's in the Royal Vic", names probe 146)
        found = [
            d for d in found if not _ROYAL_PLACE_BEFORE.search(text, max(0, d.start - 8), d.start)
        ]
        # a list of places named like people: "Ashley, Lincoln and Jordan are all on the
        # route map" (names probe 146)
        found = [
            d
            for d in found
            if d.match.lower() not in _PLACES_NAMED_LIKE_PEOPLE
            or not (
                (after := _LISTED_AFTER.match(text, d.end)) is not None
                and after.group("w").lower() in _PLACES_NAMED_LIKE_PEOPLE
                and _PLACES_LISTED_WITH.match(text, after.end()) is not None
            )
        ]
        found = [
            d
            for d in found
            if d.match.lower() not in _PLACES_NAMED_LIKE_PEOPLE
            or (
                not _A_PLACES_SEASON_AFTER.match(text, d.end)
                and (
                    (at := _AT_A_PLACE.search(text, max(0, d.start - 24), d.start)) is None
                    or text.startswith(("'s", "s'"), d.end)
                    or (at.group("took") is not None and _A_PERSON_AFTER.match(text, d.end))
                )
            )
        ]
        if found and " " in text and _COUNTY_FIXTURE.search(text):
            # "Tyrone beat Armagh yesterday": Ireland's county teams (names probe 173); two
            # counties that are both first names only where Gaelic games are said (not
            # "Kerry beat Clare in the table tennis final")
            gaa = _GAA.search(text) is not None
            fixtures = [
                m.span()
                for m in _COUNTY_FIXTURE.finditer(text)
                if gaa
                or not all(
                    w.lower() in _COUNTIES_NAMED_LIKE_PEOPLE for w in (m.group("a"), m.group("b"))
                )
            ]
            found = [d for d in found if not any(s <= d.start and d.end <= e for s, e in fixtures)]
        if "barry" in text:
            praise = [m.span("w") if m["w"] else m.span("w2") for m in _SCOTS_PRAISE.finditer(text)]
            found = [d for d in found if (d.start, d.end) not in praise]
        return found

    def _listed_as_people(self, text: str) -> list[Detection]:
        """Two to four capitalised first names in a list that people's roles follow ("Rose
        and Daisy are our new receptionists"), each as a first name alone; not virtues
        nor a show ("Faith, Hope and Charity are the three virtues")."""
        found = []
        for m in _LISTED_AS_PEOPLE.finditer(text):
            names = list(_LISTED_NAME.finditer(text, m.start("list"), m.end("list")))
            if len(names) >= 2 and all(
                self._is_first(n.group()) and n.group().lower() not in _SELDOM_PEOPLE for n in names
            ):
                found += [self._first_alone(text, n.start(), n.end()) for n in names]
        return found

    def _handles(self, text: str) -> list[Detection]:
        """A social-media handle made of a person's names (names probe 109): a first name
        of ours, then a surname, another first name or a word English lacks ("@jay_kofi_
        mensah", "@aaliyah.begum_x", "yasmin.ali.xo" with two dots or more), or a title
        and a surname ("@Ms_Ekwueme"). Not an organisation's ("@college_library",
        "@bbcnews"), a link, a file or an e-mail address. A hint, as a first name alone is."""
        found = []
        for m in _NAMED_HANDLE.finditer(text):
            if _FOLLOW_BEFORE.search(text, max(0, m.start() - 15), m.start()):
                continue  # "follow @..." an account to follow, a public one
            handle = m.group("handle") or m.group("bare")
            # (its capitals part it too: "@AbdiWarsame_", not "McCrae")
            parts = [
                p for p in _HANDLE_PART.findall(_CAMEL.sub("_", handle).lower()) if len(p) >= 2
            ]
            if len(parts) < 2 or _NOT_A_HANDLE.search(handle):
                continue
            first, rest = parts[0], [p for p in parts[1:] if len(p) >= 3]
            if not rest:
                continue
            if " ".join(parts[:2]) in self._public:
                continue  # "@kevin_hart": a public figure's account
            if first in _TITLE_WORDS:
                named = not _is_english_word(rest[0])
            else:
                named = self._is_first(first) and any(
                    self._is_surname(p) or self._is_first(p) for p in rest
                )
            if named:
                found.append(self._first_alone(text, m.start(), m.end()))
        return found

    def _named_by_email(self, text: str) -> list[Detection]:
        """A name beside an e-mail address made of it ("Ghazala Anwar,
        ghazala.anwar@gmail.com"): both words are in the address's own part."""
        locals_ = [m.group(1).lower() for m in _EMAIL_LOCAL.finditer(text)]
        parts = [set(_LOCAL_WORDS.findall(local)) for local in locals_]
        # The letters run together: "lewischamberlain2006", "m.ferreira.dasilva".
        joined = ["".join(_LOCAL_WORDS.findall(local)) for local in locals_]
        found = []
        for m in _ANY_PAIR.finditer(text):
            first, middle = m.group("first", "middle")
            end = m.end("middle")
            if first.lower() in _TITLE_WORDS:
                continue
            words = {first.lower(), middle.lower()}
            run = (
                self._is_first(first)
                and len(middle) > 2
                and middle.lower() not in self._not_surnames
            )
            if any(words <= part for part in parts) or (
                run
                and any(
                    middle.lower() in letters
                    and (first.lower() in letters or letters[0] == first[0].lower())
                    for letters in joined
                    if letters
                )
            ):
                found.append(self._hit(text, m.start(), end, 0.55))
        return found

    def _surname_alone(self, word: str) -> bool:
        """Whether ``word``, capitalised where a cue says a person is meant, is read as a
        surname alone: one our lists hold that is no first name of ours and no English
        word ("Hughes", "Patel"; not "Brown", "Ali", "Ofsted", a word no list holds)."""
        lower = word.lower()
        return (
            not self._is_first(word)
            and self._is_surname_listed(word)
            and lower not in _TITLE_WORDS
            and not _is_english_word(lower)
            and lower not in self._not_surnames
        )

    def _plainly_a_surname(self, word: str) -> bool:
        """A surname by its shape ("McGuigan", "O'Hara"), one of our common ones that is no
        first name, or one no dictionary knows ("Docherty"): no town's name."""
        return (
            _MAC_OR_O.match(word) is not None
            or self._surname_alone(word)
            or (self._is_surname(word) and not _is_english_word(word))
        )

    def _surname_said(self, text: str) -> list[Detection]:
        """A surname alone that the writer says is theirs or someone's ("my surname is
        spelt Wroblewski on the cert"), when it is not an everyday word."""
        return [
            self._hit(text, m.start("last"), m.end("last"), 0.55)
            for m in _SURNAME_SAID.finditer(text)
            if m.group("last").lower() not in self._not_surnames
            and (
                m.group("form") is None
                or (
                    _FORM_FIELD_END.match(text, m.end("last"))
                    and m.group("last").lower() not in _PLACEHOLDERS
                )
            )
            and not (m.group("form") is not None and _EXAMPLE.search(text))
            and (
                m.group("form") is not None
                or _GAELIC_PREFIX.match(m.group("last"))
                or not _is_english_word(m.group("last"))
            )
        ]

    def _strongly_cued(self, text: str) -> list[Detection]:
        """Names after words that name a person whoever they are ("Name: Tendai Moyo",
        "message for Nkechi Obi", "my mum nasreen rashid", "Yours faithfully, Winifred
        Ackroyd-Bates"), whatever the first name, as long as neither word is an everyday
        one; in lower case, neither may be an English word at all."""
        found = []
        for m in _STRONG_CUE.finditer(text):
            first, last = m.group("first", "last")
            if first[:1].islower() or last[:1].islower():
                if first.lower() in _CHAT_WORDS or last.lower() in _CHAT_WORDS:
                    continue
                if self._is_first(first) and not self._is_surname(last):
                    continue
            if not (
                self._is_surname(last)
                or self._unknown_word(last)
                # "the girl called Sofia Marques": a first name of ours, then a capital
                or (first[:1].isupper() and last[:1].isupper() and self._is_first(first))
            ):
                continue
            if first.lower() in _TITLE_WORDS or first.lower() in _ROLE_TITLES:
                continue  # "Kind regards, Miss Evans", "Coach Evans": titled, read below
            if self._unknown_word(first) or (
                # "my name is Florin Munteanu": capitalised after the cue, any first name;
                # "my name is Amber Collard": a first name of ours that is a word too
                first[:1].isupper()
                and last[:1].isupper()
                and (first.lower() not in self._not_surnames or self._is_first(first))
                and last.lower() not in self._not_surnames
            ):
                found.append(self._hit(text, m.start("first"), m.end("last"), 0.55))
        if "," in text:
            # "Gurung, Anisha, dob 21 Jan 2007": a register's order, the surname, a comma
            # and a first name of ours, then what a form asks of a person
            for m in _SURNAME_COMMA_FIRST.finditer(text):
                first, last = m.group("first", "last")
                if (
                    last.lower() not in self._not_surnames
                    and not self._is_first(last)
                    and (
                        (self._is_first(first) and self._is_surname(last))
                        or (
                            self._unknown_word(first)
                            and self._unknown_word(last)
                            and not _is_english_word(last.lower())
                        )
                    )
                ):
                    found.append(self._hit(text, m.start("last"), m.end("first"), 0.55))
        return found

    def _self_introduced(self, text: str) -> list[Detection]:
        """A writer who says who they are ("Hi its Nguyen Thi Lan from ESOL"); "it's
        English bond", "I'm Really Tired" are not: only a name that reads as one."""
        found = []
        for m in _SELF_INTRODUCED.finditer(text):
            first, last = m.group("first", "last")
            if (self._is_first(first) or self._unknown_word(first)) and (
                self._unknown_word(last) or (self._is_first(first) and self._is_surname(last))
            ):
                end = _name_end(text, m.start("first"))  # "Nguyen Thi Lan"
                found.append(self._hit(text, m.start("first"), end, 0.55))
        return found

    def _signed(self, text: str) -> list[Detection]:
        """A name that closes the post as its writer's signature ("... Thanks. Dami
        Adebayo-Smith", "Cheers Liam") or a writer who names themself ("Rhys ap Gwilym
        here", "Gary here"): a first name of ours, then a surname; alone, a first name
        English does not use as a word. Only a first name we know: greetings ("Eid
        Mubarak", "Nadolig Llawen"), places ("St Ives", "Truro Penwith") and colleges
        ("Coleg Cambria") close posts too."""
        found = []
        tail = max(0, len(text) - 150)
        signature = (
            _SIGNATURE.search(text, tail)
            if _CAPITALISED_PAIR.search(text, tail) or _PARTICLE_PAIR.search(text, tail)
            else None
        )
        here = _HERE.finditer(text) if " here" in text else ()
        alone = _SIGNED_FIRST.search(text, max(0, len(text) - 40))
        if alone:
            first = alone.group("first")
            listed = text[alone.start()] == "," and _CAPITALISED_BEFORE.search(
                text, max(0, alone.start() - 40), alone.start()
            )  # "off to Rome, Venice, Florence", "away at Everton, Chelsea": a list
            # after a comma or a sign-off even a name English uses as a word: "ring me on
            # 07700 900219, Terry", "Thanks, Grace" (not a month: "see you in April, May")
            signed_off = (
                alone.group("cue")
                and self._is_first(first)
                and first.lower() not in _NOT_SURNAMES
                and first.lower() not in _SEASONS
                # "Water bill's gone up. Thanks a lot, Bill": the word, said to it
                and not re.search(rf"\b{re.escape(first.lower())}\b", text[: alone.start()])
                # "Run free, Rocky 🐾": a pet
                and not _PET_SAID.search(text)
            )
            # a dash before it signs a name, not a shop's or a voice assistant's ("... 💕 -
            # Zara"; not "thanks Alexa", "got it in Zara")
            dashed = text[alone.start() : alone.start("first")].strip() in ("-", "\u2013", "\u2014")
            if (
                (self._standalone_first(first) or signed_off)
                and not listed
                and (first.lower() not in _SELDOM_PEOPLE or dashed)
            ):
                found.append(self._first_alone(text, alone.start("first"), alone.end("first")))
        for m in filter(None, (signature, *here)):
            first, last = m.group("first", "last")
            if first.lower() in _TITLE_WORDS or not self._is_first(first):
                continue  # "Mr and Mrs Szymański here": titled, read below
            if last is None:
                if not self._standalone_first(first):
                    continue  # "Morning, Level here": no name English uses as a word
                # "Evening, Gary here from G&K Roofing"
                found.append(self._first_alone(text, m.start("first"), m.end("first")))
                continue
            if not (self._is_surname(last) or self._unknown_word(last)):
                continue
            end = m.end("last") if m.re is _HERE else _name_end(text, m.start("first"))
            found.append(self._hit(text, m.start("first"), end, 0.55))
            other = m.group("other") if m.re is _HERE else None
            if other and self._is_first(other):
                found.append(self._hit(text, m.start("other"), m.end("other"), 0.55))
        return found

    def _alone(self, text: str) -> list[Detection]:
        """First names alone after a learner's role ("our apprentice Andrei"), just before
        a phone number ("Ana-Maria 07700 900554", "ring Sophie on 01872 345678") and in lists
        of three or more ("Tariq, Zainab and Dylan from 2nd year media"): first names of
        ours that English does not use as words."""
        found = []
        by_phone = _FIRST_BY_PHONE.finditer(text) if _PHONE_RUN.search(text) else ()
        for m in itertools.chain(_ROLE_FIRST.finditer(text), by_phone):
            first = m.group("first")
            if self._standalone_first(first) or (
                # (a name English uses as a word too, signing a post with a number or after
                # a call's verb: "leaving 7.30. Charlotte 07700 900963", "ring Will on ...";
                # round 40's read half)
                m.re is _FIRST_BY_PHONE
                and _SIGNS_WITH_NUMBER.search(text, max(0, m.start() - 12), m.start())
                # (a phone number's shape after it: not "sizes: Ruby 8 10 12 14 16", "Amber
                # 01 02 03 04"; the review of the forty-first session)
                and _UK_PHONE_AFTER.match(text, m.end())
                and self._a_person_by_cue(first)
            ):
                found.append(self._first_alone(text, m.start("first"), m.end("first")))
        cues = _kinds_in(_ALONE_CUES, text)
        said = _SURNAME_SAYS.finditer(text) if "says" in cues else ()
        told = _SURNAME_TOLD.finditer(text) if "told" in cues else ()
        for m in itertools.chain(said, told):
            # "Patel said the resit is in the sports hall": a surname alone opening a
            # sentence, then what the person said (names probe 213; a hint)
            group = m.lastgroup or "sur"
            if group == "sur" and not _COLLEGE_SAID.search(
                text, m.end(), _sentence_end(text, m.end(), 120)
            ):
                continue  # "Patel said the new immigration rules": a public figure's word
            groups = ("one", "two") if group == "two" else (group,)
            if group != "sur" and (
                any(m.group(g).lower() in _AWARDING_BODIES for g in groups)
                or _SPORT_OR_POLITICS.search(text, m.start(), _sentence_end(text, m.end(), 160))
            ):
                continue  # "Pearson needs the coursework", "Maguire is off till March"
            if all(self._surname_alone(m.group(g)) for g in groups):
                found += [self._first_alone(text, m.start(g), m.end(g)) for g in groups]
        called = [
            items
            for m in (_SURNAMES_CALLED.finditer(text) if _CALLED_CUE.search(text) else ())
            # (a team's line-up said in the same sentence: the second review)
            if not _LINE_UP.search(
                text, _sentence_start(text, m.start()), _sentence_end(text, m.end(), 200)
            )
            if len(items := list(_NAME_ITEM.finditer(text, m.start("list"), m.end("list")))) >= 2
            and all(
                self._is_surname(i.group())
                and not _is_english_word(i.group().lower())
                and i.group().lower() not in _PLACE_FIRST_NAMES
                and i.group().lower() not in self._not_surnames
                for i in items
            )
        ]
        if any(self._plainly_a_surname(i.group()) for items in called for i in items):
            # "Rafferty, Docherty and Quinn - my office", "MacKenzie and Nicolson on the
            # front row please, Caird and Dow at the back": surnames alone, as a teacher
            # calls a class, one of them plainly a surname (not "Leeds and Bradford on the
            # front row"; names probe 253)
            found += [
                self._first_alone(text, i.start(), i.end()) for items in called for i in items
            ]
        for m in _WON_AN_AWARD.finditer(text) if " won " in text or " wins " in text else ():
            # "Precious won student of the month!!!": a name that is a word too, before
            # what only a person wins (names probe 223)
            if self._a_person_by_cue(m.group("first")) and (
                "of the" in m.group()
                or (self._standalone_first(m.group("first")) and not _RANKED_THINGS.search(text))
            ):
                # (a first place a word-name wins is a team's, a flower's or a pony's: "Ruby
                # won first place, Sapphire second", "Rose won first place at the village
                # show"; the second review of the forty-first session)
                found.append(self._first_alone(text, m.start("first"), m.end("first")))
        for m in _ELDER_TITLED.finditer(text) if "elder" in cues else ():
            # "Thank you Ate Joy for the pancit": a Filipino elder's or older sibling's
            # title before a first name, even one English uses as a word (names probe 218)
            if self._a_person_by_cue(m.group("first")) and (
                not m.group().lstrip(",.!? ").startswith("Ate ") or _FILIPINO_SAID.search(text)
            ):
                # (a sentence's "Ate" is eating without a Filipino word in the post: "Ate
                # Percy Pigs all day"; the second review of the forty-first session)
                found.append(self._first_alone(text, m.start("first"), m.end("first")))
        for m in _HELLO_FIRST.finditer(text) if _HELLO_WORD.search(text) else ():
            # "Hi Ben, it's Mrs Lakhani", "Morning Dev!": greeted by a capitalised first
            # name, even one English uses as a word (round 40's read half; in small letters
            # see _SMALL_CUED)
            if self._a_person_by_cue(m.group("first")):
                found.append(self._first_alone(text, m.start("first"), m.end("first")))
        # Someone said to be in their post ("Is Dawn still the safeguarding lead?"), expected
        # in or asked after ("anyone know if Will is in today?", "Jack from Year 12"), or on
        # or back from leave ("Dawn's back from maternity leave on Monday"; names probes 202
        # and 207): a person even by a name English uses as a word.
        person_cues = (
            (_FIRST_IN_ROLE, _ROLE_AFTER_WORD.search(text) is not None),
            (_IN_TODAY, " in " in text or " from " in text),
            (_ON_LEAVE, "leave" in text or "sick" in text),
        )
        for pattern, worth_a_look in person_cues:
            for m in pattern.finditer(text) if worth_a_look else ():
                group = m.lastgroup or "first"
                if self._a_person_by_cue(m.group(group)):
                    found.append(self._first_alone(text, m.start(group), m.end(group)))
        if "you" in text or "u " in text or "ur " in text:
            # "Lewis u owe me £30", "Oli you still owe me a pint": someone spoken to, at the
            # start of a sentence (not "Will you...", "Hope you're well")
            for m in _SPOKEN_TO.finditer(text):
                first = m.group("first")
                if (
                    self._is_first(first)
                    and first.lower() not in _NOT_SPOKEN_TO
                    and first.lower() not in _SELDOM_PEOPLE
                    and (
                        self._standalone_first(first)
                        or _SPOKEN_TO_CHAT.match(text, m.end("first") + 1)
                        or _SPOKEN_TO_CHAT.match(text, m.end())
                    )
                ):
                    found.append(self._first_alone(text, m.start("first"), m.end("first")))
            # in small letters, before what chat says to someone it owes: "lewis u owe me
            # £30 from friday" (not "mate u owe me", "will u owe me")
            for m in _SPOKEN_TO_SMALL.finditer(text):
                first = m.group("first")
                if (
                    self._is_first(first)
                    and first not in _CHAT_WORDS
                    and first not in _NOT_SPOKEN_TO
                    and first not in _TERMS_OF_ADDRESS
                ):
                    found.append(self._first_alone(text, m.start("first"), m.end("first")))
        for m in _FIRST_AT_WORK.finditer(text) if _at_work_place(text) else ():
            # "Bill from estates says", "Dawn on the front desk found my purse": someone at
            # their post in the college, even by a name English uses as a word
            if (
                self._a_person_by_cue(m.group("first"))
                # what a person does next, or asked for there (not "Rose in the library
                # garden", "Will from the library be open?", "Hope in the library they've")
                and (
                    _AT_WORK_THEN.match(text, m.end())
                    # (past the campus: "Grace on reception at Wrexham is a star", names
                    # probe 207)
                    or (
                        (campus := _AT_CAMPUS.match(text, m.end())) is not None
                        and _AT_WORK_THEN.match(text, campus.end()) is not None
                    )
                    or _ASK_BEFORE.search(text, max(0, m.start() - 12), m.start())
                )
            ):
                found.append(self._first_alone(text, m.start("first"), m.end("first")))
        if _ITS_ME.search(text):
            # "its Ruby btw from art and design", "It's Grace here": the writer says who
            # they are, even by a name English uses as a word (round 34's read half)
            for m in _ITS_ME.finditer(text):
                first = m.group("first")
                if (
                    # (a name that is a word too only before "btw": not "its Amber here" of
                    # a weather warning, "its Hunter from Aldi"; a review)
                    (
                        self._standalone_first(first)
                        or (m.group("then") or "").lower() == "btw"
                        # "Its Grace here, ...", "hiya its Rose here": opening the post, or
                        # not a weather's "its Amber here till 6pm", "It's Hope here, not ..."
                        or (
                            (m.group("then") or "").lower() == "here"
                            and (
                                _OPENS_POST.fullmatch(text, 0, m.start()) is not None
                                or not _HERE_NOT_ME.match(text, m.end("then"))
                            )
                        )
                        # "its Daisy from media" (not "its Hunter from Aldi", a brand)
                        or (m.group("origin") and _FROM_A_COURSE.match(text, m.end("origin")))
                    )
                    and self._is_first(first)
                    and first.lower() not in _SELDOM_PEOPLE
                    and first.lower() not in _SEASONS_AND_MONTHS
                    and first.lower() not in _PLACE_FIRST_NAMES
                ):
                    found.append(self._first_alone(text, m.start("first"), m.end("first")))
        if " from " in text or " in " in text:
            for m in _FIRST_IN_CLASS.finditer(text):
                for group in ("first", "second"):
                    first = m.group(group)
                    if (
                        first
                        and self._is_first(first)
                        and first.lower() not in _SELDOM_PEOPLE
                        # (a month beside a person is one too: "May and Bill from ...")
                        and (first.lower() not in _SEASONS_AND_MONTHS or m.group("second"))
                    ):
                        found.append(self._first_alone(text, m.start(group), m.end(group)))
        if " at " in text:
            # "kicked off at Demi", "shouted at Dawn": someone shouted or laughed at, even
            # a name English uses as a word (not "Colman's", "Alexa")
            for m in _AT_FIRST.finditer(text):
                first = m.group("first")
                if (
                    self._is_first(first)
                    and first.lower() not in _SELDOM_PEOPLE
                    and _AT_SOMEONE.search(text, max(0, m.start() - 30), m.start("first"))
                ):
                    found.append(self._first_alone(text, m.start("first"), m.end("first")))
        cued = list(_FIRST_TOLD.finditer(text))
        if _SAYS.search(text):
            cued += _FIRST_SAYS.finditer(text)
        if "'s " in text:
            cued += _FIRST_OWNS.finditer(text)
        if _PRONOUN.search(text):
            cued += _FIRST_PRONOUN.finditer(text)
        for m in cued:
            group = next(
                g
                for g in ("first", "asked", "subject", "owner", "near", "celebrated")
                if m.groupdict().get(g)
            )
            if group == "celebrated":
                # after "happy birthday" even a name English uses as a word ("Lily"),
                # not a club's or a brand's ("Happy 100th Chelsea!")
                if (
                    self._is_first(m.group(group))
                    and m[group].lower() not in _SELDOM_PEOPLE
                    # "Good luck Summer exams" (not "Happy birthday, Summer")
                    and (
                        m[group].lower() not in _SEASONS_AND_MONTHS
                        or _BIRTHDAY_CUE.search(text, m.start(), m.start(group)) is not None
                    )
                ):
                    found.append(self._first_alone(text, m.start(group), m.end(group)))
                continue
            if m.group(group).lower() in _SELDOM_PEOPLE:
                continue  # "Colman's mustard", "Alexa says it'll rain"
            if group == "near" and (
                m.group(group).lower() in _CHAT_WORDS  # "Eyup he's back"
                or _ROYAL_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or _PET.search(text, max(0, m.start() - 25), m.end() + 20)
            ):
                continue  # "King Harold with an arrow in his eye"
            if (
                group == "first"
                # asked or told, then a person or anything ("ask Hughes, he's got the keys",
                # "tell O'Neill the bay is locked": names probes 213 and 218); not seen
                # playing, nor a charity asked ("saw Hughes, he was class in the Six
                # Nations", "ask Macmillan, they were brilliant"; the second review of the
                # forty-first session)
                and m.group()[:1].lower() in "at"
                and not _THEY_AFTER.match(text, m.end(group))
                and self._surname_alone(m.group(group))
            ):
                # "ask Hughes, he's got the keys": a surname alone, asked or told and then
                # a person (names probe 213); a hint, as a first name alone is
                found.append(self._first_alone(text, m.start(group), m.end(group)))
                continue
            if self._standalone_first(m.group(group)) or (
                # "who's got Jess's number?", "Frank's mum rang": even a name English uses
                # as a word, capitalised, owns a person's things
                group == "owner"
                and m.group(group)[0].isupper()
                and self._is_first(m.group(group))
                and m.group(group).lower() not in _SEASONS_AND_MONTHS
                and _PERSONS_THING.match(text, m.end() + 3)
            ):
                found.append(self._first_alone(text, m.start(group), m.end(group)))
        # (a post about scripture: read once for the pairs and lists below)
        scripture = (" and " in text or " & " in text or ", " in text) and bool(
            _SCRIPTURE.search(text)
        )
        if " and " in text or " & " in text:
            pairs = [
                m
                for r in (_FIRST_PAIR, _CUED_PAIR_GATED, _LOWER_FIRST_PAIR)
                for m in r.finditer(text)
            ]
            for m in pairs:
                if (
                    m["a"].lower() not in _SELDOM_PEOPLE
                    and m["b"].lower() not in _SELDOM_PEOPLE
                    and not _PAIR_OF_THINGS.match(text, m.end())
                    and not _PET.search(text, max(0, m.start() - 25), m.end() + 20)
                    and not scripture
                    and self._pair_of_names(m)
                ):
                    found.append(self._first_alone(text, m.start("a"), m.end("a")))
                    found.append(self._first_alone(text, m.start("b"), m.end("b")))
        if ", " in text:
            for m in _FIRST_LIST.finditer(text):
                items = list(_NAME_ITEM.finditer(text, m.start(), m.end()))
                # (two or more first names English does not use as words, and what people
                # did after the list: each of its names, known or not, "Tyler, Keanu,
                # Demi-Leigh and Sapphire have all been nominated", names probe 248)
                if (
                    _PEOPLE_DID_AFTER.match(text, m.end()) is not None
                    and sum(self._standalone_first(i.group()) for i in items) >= 2
                    and not any(i.group().lower() in _SELDOM_PEOPLE for i in items)
                    and not scripture
                ):
                    # (an English word only if a first name: not "Table and Chair")
                    found += [
                        self._first_alone(text, i.start(), i.end())
                        for i in items
                        if (
                            self._is_first(i.group())
                            or i.group().lower() in _WORD_NAMES_IN_LISTS
                            or not _is_english_word(i.group().lower())
                        )
                        # (no shop: "Aoife, Ciara and Lidl are all doing collections")
                        and i.group().lower() not in _BRANDS_AND_CHAT
                        and i.group().lower() not in _PLACE_FIRST_NAMES
                    ]
                    continue
                # every one a first name of ours, and two or more that English does not
                # use as words: "Kwame, Akosua and Yaw" (not "Poppy, Lily and Rose")
                if (
                    all(self._is_first(i.group()) for i in items)
                    and (
                        sum(self._standalone_first(i.group()) for i in items) >= 2
                        # (or one, after thanks: "Extra thanks to Ellie-Mae, Sonny and
                        # Precious A", names probe 179)
                        or (
                            any(self._standalone_first(i.group()) for i in items)
                            and _THANKS_TO_BEFORE.search(text, max(0, m.start() - 24), m.start())
                            is not None
                        )
                        # (or all words, before their class: "Jack, Summer and Rose from
                        # Level 3 Childcare ran the bake sale", names probe 213)
                        or _OF_A_CLASS_AFTER.match(text, m.end()) is not None
                    )
                    and not any(i.group().lower() in _SELDOM_PEOPLE for i in items)
                    # (not the gospels' four, nor a parable's people: names probe 104)
                    and not scripture
                ):
                    found += [self._first_alone(text, i.start(), i.end()) for i in items]
        if found and (" and " in text or " & " in text or "angela" in text.lower()):
            # "Romeo and Juliet is her favourite play", "Ask for Angela", and every cue's
            # pair that names a story
            found = _outside(found, [m.span() for m in _NAMES_NO_ONE.finditer(text)])
        if "next door" in text or " road" in text or "stairs" in text:
            # "Paddy from next door can drive me": a neighbour, by any first name
            found += [
                self._first_alone(text, m.start("first"), m.end("first"))
                for m in _NEIGHBOUR.finditer(text)
                if self._is_first(m.group("first"))
                and m.group("first").lower() not in _SEASONS_AND_MONTHS
            ]
        lowered = text.lower()
        if any(word in lowered for word in _CONDOLENCE_WORDS):
            # "Thoughts are with Jean and the family": someone mourning, by any first name
            found += [
                self._first_alone(text, m.start("first"), m.end("first"))
                for m in _CONDOLED.finditer(text)
                if self._is_first(m.group("first"))
                and m.group("first").lower() not in _SEASONS_AND_MONTHS
            ]
        if found and _TRIP.search(text):
            # "Football tour is Kerry in March": a place a trip goes to, by any cue (not
            # "ask Kerry on reception about the trip money"); or places a quiz of
            # destinations asks ("Jordan, Kerry and Florence are all on the destinations
            # quiz", names probe 253)
            destinations = _DESTINATIONS.search(text) is not None
            found = [
                d
                for d in found
                if d.match.lower() not in _PLACE_FIRST_NAMES
                or not (destinations or _PLACE_BEFORE.search(text, max(0, d.start - 12), d.start))
            ]
        return found

    def _cued_firsts(
        self,
        text: str,
        found: list[Detection],
        cued: re.Pattern[str],
        is_name: Callable[[str], bool],
    ) -> list[Detection]:
        """``found`` with each group ``name`` of ``cued`` that ``is_name`` takes, as a first
        name alone is read (a hint)."""
        more = [
            self._first_alone(text, m.start("name"), m.end("name"))
            for m in cued.finditer(text)
            if is_name(m["name"])
        ]
        return remove_overlaps(found + more)

    def _bracketed(self, text: str, found: list[Detection]) -> list[Detection]:
        """What a person found is also called, in brackets just after their name: "Wei
        Zhang (Lily)", "Ms Van der Merwe (Lindi to her friends)", "Chen Jiayi (佳怡)". A
        first name of ours (even one English uses as a word: the brackets say it is a
        name), or a name in another script; a hint, as a first name alone is."""
        hits = []
        for d in found:
            m = _BRACKETED_NAME.match(text, d.end)
            if m is None:
                continue
            name = m.group("name")
            if " " in name and any(c.isascii() and c.isalpha() for c in name):
                # "Wei Zhang (Lily Rose)", "Eileen Brady (née Corrigan)": words of ours,
                # read as any pair is; several words only in another script
                continue
            if name.isascii() and not (
                name[0].isupper()
                and self._is_first(name)
                and name.lower() not in _SEASONS_AND_MONTHS
                and name.lower() not in _TITLE_WORDS
            ):
                continue
            hits.append(self._first_alone(text, m.start("name"), m.end("name")))
        for d in found:
            before = _SCRIPT_NAME_BEFORE.search(text, max(0, d.start - 40), d.start)
            if before is not None and text.startswith(")", d.end):
                hits.append(self._first_alone(text, before.start("name"), before.end("name")))
        return hits

    def _by_other_cues(self, text: str, found: list[Detection]) -> list[Detection]:
        """``found`` with the names of a few cues each rare enough to be looked for by a
        substring first (most posts hold none of them): names in Cyrillic, Lithuanian
        surnames, thanks in a family's language, a faith community's titles, a title and
        an initial."""
        lowered = text.lower()
        more: list[Detection] = []
        ascii_only = text.isascii()
        cues = _kinds_in(_LOWERED_CUES, " " + lowered)  # which of the cues below, in one pass
        if not ascii_only and _CYRILLIC.search(text):
            # "Дякуємо Олені Коваленко", "Браво на Десислава Петрова": a given name and a
            # surname of the Slavic shapes, in Cyrillic
            more += [
                self._hit(text, m.start("name"), m.end("name"), 0.55)
                for m in _CYRILLIC_NAME.finditer(text)
                if m.group("first").lower() not in _CYRILLIC_NOT_FIRST
            ]
        if (
            "ausk" in lowered
            or "aitis" in lowered
            or (not ascii_only and _LITHUANIAN_LETTERS.search(text))
        ):
            # "Sveikiname Gintarę Kazlauskaitę": a Lithuanian surname by its ending, in any
            # case, after a capitalised given name
            more += [
                self._hit(text, m.start(), m.end(), 0.55) for m in _LITHUANIAN_NAME.finditer(text)
            ]
        if "welsh" in cues:
            # "Ges i lifft gan Feirion", "efo Dafydd a Chatrin": a Welsh first name
            # mutated after a word that mutates it, in a post written in Welsh (a hint)
            more += self._welsh_mutated(text, lowered)
        if "gaelic" in cues:
            # "a Sheáin, an bhfuil tú ag teacht", "tabhair do Phádraig é": an Irish or a
            # Scottish Gaelic first name called to or after a preposition, lenited (a hint)
            more += self._gaelic_lenited(text, lowered)
        if "thanks" in cues:
            # "Ačiū Rūtai ir Giedriui", "gratulacje dla Oliwii i Bartka": thanks or
            # congratulations in a family's language, then first names in its cases (hints)
            more += self._thanked_abroad(text)
        if _holds_any(_FAITH_AUTOMATON, text):
            # "shout out to Br. Abdullahi and Sis. Khadra", "Pastor Kofi": a first name
            # after the title a faith community gives (a hint); not a public figure ("Imam
            # Ali")
            titled = [
                self._first_alone(text, m.start("first"), m.end("first"))
                for m in _FAITH_TITLED.finditer(text)
                if (
                    self._standalone_first(m.group("first"))
                    # (or a name that is a virtue's word, which churches give often: "Sister
                    # Grace", "Deaconess Joy", names probe 268; not a church's or a phrase's
                    # word, "Pastor Victory Church", "Sister Glory be to God": the review)
                    or (
                        m.group("first").lower() in _VIRTUE_NAMES
                        and _NOT_A_VIRTUE_NAME_AFTER.match(text, m.end()) is None
                    )
                )
                and m.group("first").lower() not in _SELDOM_PEOPLE
            ]
            titled += [
                self._titled_hit(text, m.start(), m.end())
                for m in _CLERGY_SURNAMED.finditer(text)
                if not self._is_first(m.group("last"))
                and m.group("last").lower() not in self._not_surnames
                and (
                    self._common_surname(m.group("last").lower())
                    or self._unknown_word(m.group("last"))
                )
            ]
            if titled:
                more += _outside(titled, self.public_spans(lowered))
        if _holds_any(_TITLES_AUTOMATON, text):
            # "Mr D is the only reason I passed", "ask Mrs K about the trip money": a
            # teacher known by a title and an initial (a hint, as every title is)
            more += [
                self._titled_hit(text, m.start(), m.end()) for m in _TITLED_INITIAL.finditer(text)
            ]
        if "kin_after" in cues:
            # "Dhruvi beta we're so proud", "Imran bhai": a name with the word for a child,
            # a brother or a sister after it, as South Asian families say it (names probe
            # 131; a hint)
            more += [
                self._first_alone(text, m.start("first"), m.end("first"))
                for m in _NAME_THEN_KIN.finditer(text)
                # (a word for kin joined by a hyphen to a capitalised word names a person
                # whatever the word: "Shiny-chechi", "Philomena-bai")
                if (
                    m.group("joined")
                    and m.group("first")[0].isupper()
                    and m.group("first").lower() not in _NOT_BEFORE_AN_ELDER
                    and m.group("first").lower() not in _BRANDS_AND_CHAT
                    # (a name of ours or no English word; an English word only before an
                    # elder's word, "Shiny-chechi"; not "Good-bai", "Kerala-chettan
                    # restaurant": the review)
                    and (
                        self._is_first(m.group("first"))
                        or self._unknown_word(m.group("first"))
                        or m.group("joined").lower() in _ELDER_JOINED
                    )
                    and not _is_english_word(m.group("first").lower() + m.group("joined").lower())
                    and _KIN_PLACE_AFTER.match(text, m.end()) is None
                )
                or (
                    m.group("kin")
                    and (
                        # (in small letters, only a first name of ours that is no word)
                        (
                            m.group("first")[0].isupper()
                            and (
                                self._is_first(m.group("first"))
                                or self._unknown_word(m.group("first"))
                            )
                        )
                        or (
                            m.group("first") in self._lower_first()
                            and m.group("first") not in _CHAT_WORDS
                        )
                    )
                    and m.group("first").lower() not in _BRANDS_AND_CHAT
                    # (before an aunt or an elder sister, a first name of ours alone: not a
                    # surname, "Mrs Khan aunty", nor a full name's last word)
                    and (
                        m.group("kin").lower() not in _AUNT_OR_ELDER
                        or (
                            (
                                self._is_first(m.group("first"))
                                or (
                                    m.group("kin").lower() in _ELDER_ONLY
                                    and m.group("first")[0].isupper()
                                    and self._unknown_word(m.group("first"))
                                    and m.group("first").lower() not in _NOT_BEFORE_AN_ELDER
                                )
                            )
                            and not _CAPITALISED_BEFORE.search(text, 0, max(0, m.start() - 1))
                        )
                    )
                )
            ]
        if "bhai" in lowered or "ben" in lowered or "kaka" in lowered or "masi" in lowered:
            # a Gujarati word for kin run into the name: "Deepakbhai we will miss you",
            # "c/o Pradipbhai", "Hetalben" (names probe 278); a first name of ours before it
            more += [
                self._first_alone(text, m.start(), m.end())
                for m in _KIN_RUN_IN.finditer(text)
                if self._is_first(m.group("first"))
                and m.group("first").lower() not in _SELDOM_PEOPLE
                and not _is_english_word(m.group().lower())
            ]
        if " sa" in text or " re" in text or " te" in text:
            # "Will says the bus is late": a first name English uses as a word, before
            # what only a person does (names probe 131; a hint)
            said = [
                self._first_alone(text, m.start("first"), m.end("first"))
                for m in _WORD_NAME_SAYS.finditer(text)
                if self._is_first(m.group("first"))
                and m.group("first").lower() not in _SEASONS_AND_MONTHS
                and m.group("first").lower() not in _SELDOM_PEOPLE
            ]
            if said:
                more += _outside(said, self.public_spans(lowered))
        return remove_overlaps(found + more) if more else found

    def _thanked_abroad(self, text: str) -> list[Detection]:
        """First names of ours (in any case our stems undo) thanked or congratulated in
        Lithuanian, Polish, Romanian, Portuguese, Spanish, Italian, German, French or
        Welsh: "Ačiū Rūtai ir Giedriui", "gratulacje dla Oliwii i Bartka"."""
        hits = []
        for m in _THANKS_ABROAD.finditer(text):
            welsh = m.group().lower().startswith(_WELSH_THANKS)
            for group in ("a", "b"):
                name = m.group(group)
                if (
                    name
                    and (
                        self._is_first(name)
                        or self._polish_genitive(name)
                        # "Diolch i Ddafydd a Chatrin", "Pob lwc i Rys a Phryderi": a
                        # Welsh name mutated after "i" and "a" (names probe 140)
                        or (welsh and any(r in self._first for r in _welsh_radicals(name)))
                    )
                    and name.lower() not in _SEASONS_AND_MONTHS
                ):
                    hits.append(self._first_alone(text, m.start(group), m.end(group)))
        return hits

    def _welsh_mutated(self, text: str, lowered: str) -> list[Detection]:
        """First names of ours mutated after the Welsh words that mutate them, in a post
        with two or more words of Welsh ("Ges i lifft gan Feirion bore 'ma", "Dw i'n mynd
        efo Dafydd a Chatrin"; names probe 213): a name only by its radical form
        (Meirion, Catrin), never a word, a place or a season."""
        if len(_WELSH_CHAT.intersection(_LOWER_RUN.findall(lowered))) < 2:
            return []
        hits = []
        for m in _WELSH_MUTATOR.finditer(text):
            name = m.group("name")
            lower = name.lower()
            if lower in self._first or _is_english_word(lower):
                continue  # a name as it is (read elsewhere), or a word
            if (
                lower in _WELSH_VILLAGES_MUTATED or _WELSH_PLACE_AFTER.match(text, m.end())
            ) or _WELSH_TRAVEL_BEFORE.search(text, max(0, m.start() - 14), m.start("name")):
                # a place, a saint or a prince: "i Fryn Celli Ddu", "i Ddewi Sant", "am
                # Lywelyn ap Gruffudd", "mynd i Geri" (the review of the forty-first session)
                continue
            if any(
                r in self._first and r not in _SEASONS_AND_MONTHS and r not in _WELSH_WORD_NAMES
                for r in _welsh_radicals(name)
            ):
                hits.append(self._first_alone(text, m.start("name"), m.end("name")))
        for m in _WELSH_KIN_NAME.finditer(text):
            # "Mam Ffion yn dweud diolch" (Ffion's mum), "Nain Gwenllian": whose kin, a
            # first name of ours that is no word, Welsh or English
            name = m.group("name")
            if self._standalone_first(name) and name.lower() not in _WELSH_WORD_NAMES:
                hits.append(self._first_alone(text, m.start("name"), m.end("name")))
        return hits

    def _gaelic_lenited(self, text: str, lowered: str) -> list[Detection]:
        """First names of ours called to ("a Sheáin", "a Mhòrag") or after a preposition
        ("do Phádraig", "le Mhàiri") in a post with two or more words of Irish or Scottish
        Gaelic (names probe 218): the name as written, or without the "h" of its lenition
        and its vocative's or genitive's slender ending ("Sheáin": Seán)."""
        if len(_GAELIC_CHAT.intersection(_LOWER_RUN.findall(lowered))) < 2:
            return []
        hits = []
        for m in _GAELIC_CALLED.finditer(text):
            name = m.group("name")
            lower = name.lower()
            if (
                _is_english_word(lower)
                or lower in _SEASONS_AND_MONTHS
                or lower in _SELDOM_PEOPLE
                or lower in _GAELIC_PLACES
                # (a place's, a brand's or a singer's next word: "Tá Shannon Airport dúnta",
                # "le Christy Moore"; the second review of the forty-first session)
                or _WELSH_PLACE_AFTER.match(text, m.end())
            ):
                continue
            forms = {lower}
            if len(lower) > 3 and lower[1] == "h" and lower[0] in "bcdfgmpst":
                plain = lower[0] + lower[2:]
                forms |= {plain, re.sub(r"([aeiouáéíóú])i([nrl]|nn|g)$", r"\1\2", plain)}
            if any(
                f in self._lower_first() or self._standalone_first(f.capitalize()) for f in forms
            ):
                hits.append(self._first_alone(text, m.start("name"), m.end("name")))
        return hits

    def _polish_genitive(self, name: str) -> bool:
        """A Polish first name after "dla" and its kin, in the genitive: "Zuzanny"
        (Zuzanna), "Weroniki" (Weronika), "Kasi" (Kasia), "Mateusza" (Mateusz)."""
        lower = name.lower()
        bases = [*_polish_bases(lower)]
        if lower.endswith("y") and len(lower) >= 5:
            bases.append(lower[:-1] + "a")
        elif lower.endswith(("ki", "gi")) and len(lower) >= 5:
            bases.append(lower[:-1] + "a")  # "Weroniki" (Weronika), "Olgi" (Olga)
        elif lower.endswith("i") and len(lower) >= 4:
            bases.append(lower + "a")
        elif lower.endswith(("pra", "tra", "dra", "bra")) and len(lower) >= 5:
            # "Kacpra" (Kacper), "Aleksandra" is its own name: the "e" a genitive drops
            bases.append(lower[:-2] + "er")
        return any(base != lower and base in self._first for base in bases)

    def _titled_hit(self, text: str, start: int, end: int) -> Detection:
        """A title and a name or an initial ("Mrs Okafor", "Mr D"): shown at 0.45, below
        the review line, since titles name staff and visitors in their roles."""
        hit = self._hit(text, start, end, 0.45)
        return replace(hit, detail={**hit.detail, "titled": _TITLED_NOTE})

    def _sharing_a_surname(self, text: str, found: list[Detection]) -> list[Detection]:
        """A first name just before "and" and a full name found ("Rowan and Skye
        Macleod-Fernandes, twins"): the two share the surname, so the first is a person
        too, even by a name English uses as a word; a hint, as a first name alone is."""
        hits = []
        for d in found:
            if d.score < 0.5 or " " not in d.match:
                continue
            m = _FIRST_AND.search(text, max(0, d.start - 30), d.start)
            if m is None:
                continue
            first = m.group("first")
            if (
                self._is_first(first)
                and first.lower() not in _SEASONS_AND_MONTHS
                and first.lower() not in _SELDOM_PEOPLE
                and not _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start())
            ):
                hits.append(self._first_alone(text, m.start("first"), m.end("first")))
        return hits

    def _partnered(self, text: str, found: list[Detection]) -> list[Detection]:
        """A first name of ours that no English word spells, joined by "and", "&" or "n"
        to a full name found ("Hetal Mistry and Dev"), or in small letters to a first name
        in small letters ("kyle n ashleigh"): a person beside a person. A hint, as a first
        name alone is (names probe 60)."""
        hits = []
        for d in found:
            if " " not in d.match and not d.match.islower():
                # beside a first name alone, a capitalised word is too often a pet's, a
                # place's or a character's (the held-out names probes lost precision)
                continue
            for m in (
                _PARTNER_AFTER.match(text, d.end),
                _PARTNER_BEFORE.search(text, max(0, d.start - 20), d.start),
            ):
                if m is None:
                    continue
                word = m.group("first")
                lower = word.lower()
                if m.groupdict().get("joint") == "," and not (word == lower and d.match.islower()):
                    continue  # a comma joins a list of names in small letters only
                if (
                    lower in _SELDOM_PEOPLE
                    or lower in _SEASONS_AND_MONTHS
                    or lower in _MONONYMS
                    or lower in self._not_surnames
                    # (or a name said twice, as Filipino families' pet names are:
                    # "Jhun-Jhun")
                    or not (self._is_first(word) or _SAID_TWICE.fullmatch(word))
                    # (no English word: "Florin", "Dev", not "Mark" or "Will")
                    or not (self._unknown_word(word) or _SAID_TWICE.fullmatch(word))
                    or (word == lower and not d.match.islower())
                    or _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start("first"))
                ):
                    continue
                hits.append(self._first_alone(text, m.start("first"), m.end("first")))
        return hits

    def _in_hashtags(self, text: str) -> list[Detection]:
        """A first name of ours that English does not use as a word, as a capitalised word
        of a hashtag after its first: "#JusticeForJoe", "#WellDoneLeanne", "#TeamKacper"
        (a campaign or a cheer for someone); a hint, as a first name alone is."""
        found = []
        for tag in _HASHTAG.finditer(text):
            if tag.group()[1:].lower().startswith(("storm", "hurricane", "typhoon", "cyclone")):
                continue  # "#StormBert": a storm's name
            words = list(_TAG_WORD.finditer(text, tag.start() + 1, tag.end()))
            for before, word in itertools.pairwise(words):
                lower = word.group().lower()
                if lower in _MONONYMS:
                    continue
                after = next((w for w in words if w.start() == word.end()), None)
                if (
                    after is not None
                    and self._is_first(word.group())
                    and lower not in _NOT_SPOKEN_TO
                    and after.group().lower() not in self._not_surnames
                    and (
                        self._common_surname(after.group().lower())
                        or self._unknown_word(after.group())
                    )
                    and _TAG_CAMPAIGN.fullmatch(before.group())
                    and f"{lower} {after.group().lower()}" not in self._public
                ):
                    # "#FreeJoshDevereux": a campaign for someone by their full name
                    # (names probe 144)
                    found.append(self._hit(text, word.start(), after.end(), 0.55))
                elif self._standalone_first(word.group()) or (
                    # "#JusticeForJosh": after a campaign's word, a name English uses as a
                    # word too (names probe 144)
                    _TAG_CAMPAIGN.fullmatch(before.group())
                    and self._is_first(word.group())
                    and lower not in _NOT_SPOKEN_TO
                    and lower not in _SEASONS_AND_MONTHS
                    and after is None
                ):
                    found.append(self._first_alone(text, word.start(), word.end()))
        return found

    def _run_together_handles(self, text: str, found: list[Detection]) -> list[Detection]:
        """A handle that runs a first name of ours and a surname together ("@jakemorrison",
        "@ChloeMcGarrigle", "@priya_k_nair"): the first name, as a hint. The first name
        must be one English does not use as a word, and what follows it (past an initial)
        a surname: a common one or no English word."""
        hits = []
        taken = [(d.start, d.end) for d in found]
        for m in _HANDLE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if _FOLLOW_BEFORE.search(text, max(0, m.start() - 15), m.start()):
                continue
            handle = m.group(1)
            letters = "".join(c for c in handle if c.isalpha()).lower()
            # the longest first name at its start that leaves a surname after it (where
            # the handle is in capitals and small letters alone, at a capital)
            cased = handle.isalpha() and any(c.isupper() for c in handle[1:])
            for cut in range(min(len(letters) - 3, 12), 2, -1):
                first, rest = letters[:cut], letters[cut:]
                tail = rest[1:] if len(rest) > 4 and _INITIAL_THEN.match(handle, cut) else rest
                # (in capitals where the two meet, "@JessMcAllister", any first name of
                # ours: names probe 60)
                camel = handle[cut - 1 : cut].islower() and handle[cut : cut + 1].isupper()
                if cased and not camel:
                    continue  # "@RoseGarden" is not "Ros" and "egarden"
                if f"{first} {rest}" in self._public:
                    break  # "@BillBailey": a public figure's account
                if (
                    (self._standalone_first(first) or (camel and self._is_first(first)))
                    and first not in _SELDOM_PEOPLE
                    and len(tail) >= 3
                    and (self._common_surname(tail) or self._unknown_word(tail))
                ):
                    start = m.start(1)
                    hits.append(self._first_alone(text, start, start + cut))
                    break
        return hits

    def _anywhere(self, text: str) -> list[Detection]:
        """A first name alone wherever it stands ("lol darragh ur wee sister", "Shout out
        to Bronagh in my class", "text me - dominika"), in either case, when it is a first
        name of ours that English does not use as a word and nothing beside it makes it
        part of something else: not inside an e-mail address, a handle or a link; not
        beside another capitalised name word (a full name is read by the rules for full
        names, which know public figures and places); not after an article, a title, a
        saint or a royal ("the Erasmus grant", "St Piran's Day", "Queen Victoria"); not
        before a word for a place or a building ("alexandra park", "Mary Seacole
        Building") or an epithet ("Kevin the alpaca"); not a pet's. Shown at 0.45 like
        every first name alone: a hint, never a review."""
        first = self._first
        found: list[Detection] = []
        # most posts hold no first name English lacks: one set test finds them out
        lowered = text.lower()
        standalone = self._lower_first()
        polish = not _POLISH_LETTERS.isdisjoint(lowered)  # "zna Kasię", "z Anną", "z Mateuszem"
        # the post's words (runs of letters), found once, when first needed
        letter_runs = None if "-" in text or polish else _letter_runs(lowered)
        candidates = (
            [
                m
                for m in _LONE_WORD.finditer(text)
                if m.group().lower() in first
                or ("-" in m.group() and self._is_first(m.group()))
                # (in another case only capitalised: not "za kawę", coffee)
                or (
                    polish
                    and m.group()[:1].isupper()
                    and not standalone.isdisjoint(_polish_bases(m.group().lower()))
                )
            ]
            if letter_runs is None or not standalone.isdisjoint(letter_runs)
            else []
        )
        welsh = 0
        if candidates or "@" in text:
            if letter_runs is None:
                letter_runs = _letter_runs(lowered)
            welsh = len(_WELSH_MARKERS.intersection(letter_runs))
            # (a post in Welsh, not an English one signed off in it: "Welsh for beginners
            # with Meinir and Gwion starts Tuesday, croeso i bawb!", names probe 168)
            if (welsh >= 2 and welsh * 4 >= len(text.split())) or _SCRIPTURE.search(text):
                # a post in Welsh; a post about scripture or a faith's story ("Mary and
                # Joseph led the donkey into the nativity scene", "the story of Esther")
                return found
        elsewhere: set[str] = set()  # words that one of their mentions shows name a thing
        # each looked for once in the whole post first: most posts hold neither
        storms = bool(candidates) and _STORMS.search(text) is not None
        pets = bool(candidates) and _PET.search(text) is not None
        trip: bool | None = None  # whether the post speaks of a trip (read at first need)
        for m in candidates:
            word = m.group()
            lower = word.lower()
            if (
                lower in _SELDOM_PEOPLE
                # (but a chat word that is a name too, capitalised within a sentence: "and
                # Marites on the till", names probe 168)
                or (
                    lower in _CHAT_WORDS
                    and not (
                        lower in _CHAT_NAMES
                        and word[0].isupper()
                        and m.start() > 0
                        and text[: m.start()].rstrip()[-1:] not in ".!?"
                        # (not praise: "That cake was Harika", the review of the
                        # thirty-eighth session)
                        and not _PRAISE_VERB_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    )
                )  # "Eyup he's back"
                or lower in _MONONYMS  # "Adele tickets went on sale"
                or (welsh and lower in _WELSH_WORD_NAMES)  # "Haf hapus i bawb!"
                # Bengali "my" in Banglish chat: "amar number change hoise ... tell Rumana
                # apu" (round 38's read half); Amar is a name elsewhere
                or (
                    word == "amar"
                    and letter_runs is not None
                    and not _BENGALI_CHAT.isdisjoint(letter_runs)
                )
                # (not "Mae" alone, Welsh for "is"; "Evie-Mae" is a name)
                or lower.split("-")[0] in _NOT_ALONE
                or ("-" not in lower and lower in _NOT_ALONE)
                or not (
                    self._standalone_first(word)
                    or (polish and not standalone.isdisjoint(_polish_bases(lower)))
                )
            ):
                continue
            start, end = m.span()
            if polish and lower == word and lower in _POLISH_WORDS:
                continue  # a Polish word in small letters: "od rana" (morning), "nic", "nam"
            if (
                lower == word
                and (not word.isascii() or lower in _VIETNAMESE_PLAIN_WORDS)
                and _vietnamese(lowered)
            ):
                continue  # a Vietnamese word in small letters: "hoàn thành", "mai" (tomorrow)
            if lower == word and lower in _GREEK_CALLS and _GREEK_CALLED.match(text, end):
                continue  # Greek Cypriot chat: "ela re" ("come on, mate"), not Ela
            if lower == word and lower in _TURKISH_CALLS and _turkish_chat(letter_runs or ()):
                continue  # Turkish chat: "cevap ver lan" ("answer, mate"), not Lan
            if (
                lower == word
                and lower in _KIN_TITLE_WORDS
                and _POSSESSIVE_BEFORE.search(text, max(0, start - 6), start)
            ):
                continue  # "her lola's letter": her grandmother's, in Tagalog (round 37)
            if (
                lower in _HELLO_ABROAD
                and not text[:start].strip()
                and text.startswith((",", "!", " from "), end)
            ):
                continue  # "Selam, I am ...", "Selam from ..." (hello in Tigrinya): a greeting
            # the word just before, read once (the patterns below are tried only where
            # it could let them match)
            prev, comma = _previous_word(text, start)
            lower_prev = prev.lower()
            if lower in _PLACE_FIRST_NAMES:
                if trip is None:  # (the whole post read once, not once a name: linear)
                    trip = _TRIP.search(text) is not None
                if trip:
                    elsewhere.add(lower)  # "Visited Florence for the art trip"
                    continue
            if (
                (
                    _LONE_AFTER.match(text, end)
                    # (but a name of ours "&" another, neither an English word: "Saira &
                    # Hamza", "Mariam & Ruqayyah", names probes 268 and 278)
                    and not (
                        (partner := _AMPERSAND_PARTNER.match(text, end)) is not None
                        and self._standalone_first(partner["first"])
                        and partner["first"].lower() not in _SELDOM_PEOPLE
                    )
                )
                # (Polish "a" is "and": "a Bartkowi i Kubie", names probe 202)
                or (lower_prev in _BEFORE_WORDS and not (polish and lower_prev == "a"))
                or (
                    lower_prev in _BEFORE_PHRASE_ENDS
                    and _LONE_BEFORE.search(text, max(0, start - 40), start)
                )
                or _LONE_THINGS.match(text, end)  # "Well done Jordan and Georgia teams"
            ):
                elsewhere.add(lower)  # "Doris the Tamworth sow ... Doris was not impressed"
                continue
            if storms and _STORMS.search(text, max(0, start - 60), min(len(text), end + 60)):
                continue  # "Storm names this year include Ashley, Bert, Darragh"
            paired = _AND_CAPITAL.match(text, end)
            if (
                paired
                and not self._is_first(paired[1])
                and paired[1].lower() not in _TITLE_WORDS
                and not self._is_surname(paired[1])
            ):
                continue  # "merged to make Trent and Soar": a pair that names a thing
            if (
                lower_prev in ("in", "near", "via")
                # "came out of Aston": where someone comes from (names probe 155; not
                # "the mick out of Megan")
                or (
                    lower_prev == "of"
                    and _CAME_OUT_OF.search(text, max(0, start - 20), start) is not None
                )
                # "Anyone else from Ashley doing the early bus?": a place one comes from
                or (lower_prev == "from" and _ANYONE_FROM.search(text, max(0, start - 25), start))
            ) or (
                lower_prev == "at"
                and _AT_PLACE.search(text, max(0, start - 30), start)
                and not _AT_SOMEONE.search(text, max(0, start - 20), start)
            ):
                continue  # "filmed in Barry", "the course at Lynn": a place
            if comma or lower_prev in ("and", "&"):
                listed = _LISTED_BEFORE.search(text, max(0, start - 40), start)
                if listed and not self._is_first(listed[1]):
                    continue  # "Rome, Venice, Florence": a list of places
            if (
                prev[:1].isupper()
                and not comma
                and _NAME_WORD_ONLY.fullmatch(prev)  # not "I'm Deirdre"
                and lower_prev not in _CHAT_WORDS
                and lower_prev not in _WELSH_MARKERS  # "Diolch Darragh"
                and lower_prev not in _GREETING_WORDS  # "Habibi Omar where are u"
                and (
                    self._is_first(prev)
                    # (a name in another case after a word of the language that is no
                    # name, a verb at the sentence's start: "Widziałam Oliwię", "Sveikinu
                    # Gintarą", names probe 60)
                    or (
                        self._unknown_word(prev)
                        and not (polish and not self._standalone_first(word))
                    )
                )
            ):
                continue  # "Alun Wyn", "Rhys ap Gwilym": a longer name
            if (
                pets
                and (pet := _PET.search(text, max(0, start - 25), min(len(text), end + 30)))
                # (not the pet's owner: "Our tutor Gavin brought his dog Bella", names
                # probe 207)
                and not (
                    pet.start() >= end
                    and (
                        _OWNERS_PET.search(text, end, pet.start()) is not None
                        or pet.group().lower().startswith(("his ", "her ", "their "))
                    )
                    # (but young ones are a mother's: "Our Bella had her puppies!"; nor
                    # a pet's own things: "Luna loves her cat tree")
                    and _YOUNG_ANIMALS.search(pet.group()) is None
                    and _PETS_THINGS.match(text, pet.end()) is None
                )
            ):
                continue
            found.append(self._first_alone(text, start, end))
        if "@" in text:
            # "@Aisling Docherty aye hen": a person tagged by their full name
            for m in _TAGGED.finditer(text):
                if self._is_first(m["first"]) and m["last"].lower() not in self._not_surnames:
                    found.append(self._hit(text, m.start("first"), m.end("last"), 0.55))
            # "@Chloe can you send the slides", "thanks @kasia_w": a handle that is a first
            # name of ours English does not use as a word, alone or before a mark
            for m in _TAGGED_FIRST.finditer(text):
                group = "first" if m["first"] else "first2"
                if (
                    (
                        self._standalone_first(m[group])
                        # "@jade_mcgrath_x": any first name of ours before a surname we know
                        or (
                            group == "first2"
                            and self._is_first(m[group])
                            and self._common_surname(m["rest"])
                        )
                    )
                    and m[group].lower() not in _SELDOM_PEOPLE
                    and not _FOLLOW_BEFORE.search(text, max(0, m.start() - 15), m.start())
                    and (
                        group == "first"
                        or self._is_surname(m["rest"].capitalize())
                        or self._unknown_word(m["rest"])
                    )
                ):
                    found.append(self._first_alone(text, m.start(group), m.end(group)))
            found += self._run_together_handles(text, found)
        if not found:
            return found
        words = frozenset(w.lower() for w in _CAPITALISED.findall(text))
        partners = self._public_partners()
        found = [
            d
            for d in found
            if d.match.lower() not in elsewhere
            # "the Pankhurst Centre ... Emmeline would be proud": a public figure's name
            and not partners.get(d.match.lower(), frozenset()) & words
        ]
        if found and (" and " in text or " & " in text or "angela" in text.lower()):
            found = _outside(found, [m.span() for m in _NAMES_NO_ONE.finditer(text)])
        return found

    def public_spans(self, lowered: str) -> list[tuple[int, int]]:
        """Where a public figure's name stands in ``lowered`` as whole words: one pass of
        an automaton of the list, however long it grows."""
        automaton = self._public_automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for name in self._public:
                automaton.add_word(name, len(name))
            automaton.make_automaton()
            self._public_automaton = automaton
        spans = [
            (end + 1 - length, end + 1)
            for end, length in automaton.iter(lowered)
            if at_word_boundary(lowered, end + 1 - length, end + 1)
            # not the start of a longer, hyphenated surname: "Sophie Hinchliffe-Ward" is
            # not Sophie Hinchliffe
            and not _HYPHEN_GOES_ON.match(lowered, end + 1)
        ]
        # a public figure's kin named after them is in public life too: "Andy Murray's
        # mum Judy" (names probe 146)
        spans += [
            m.span("name")
            for _, end in spans
            if (m := _PUBLIC_KIN_AFTER.match(lowered, end)) is not None
        ]
        return spans

    def _public_partners(self) -> dict[str, frozenset[str]]:
        """For each word of a public figure's name, the other words of such names
        ("emmeline": {"pankhurst"}), worked out once."""
        if self._partners is None:
            partners: dict[str, set[str]] = {}
            for name in self._public:
                parts = name.split()
                for part in parts:
                    # only a word English lacks: "the", "of", "smith" or "khan" beside
                    # "robert" says nothing of who he is
                    partners.setdefault(part, set()).update(
                        w for w in parts if w != part and len(w) > 2 and not _is_english_word(w)
                    )
            self._partners = {k: frozenset(v) for k, v in partners.items()}
        return self._partners

    def _pair_of_names(self, m: re.Match[str]) -> bool:
        """Whether a pair of :meth:`_alone`'s reads as two first names: after praise or
        before what they do, two first names of which one may be a word too ("Grace",
        beside "Emeka"), not both ("Poppy and Lily are ..." may be flowers); in small
        letters, both names English lacks in lower case and no chat."""
        a, b = m.group("a", "b")
        if m.re in (_FIRST_PAIR, _CUED_PAIR):
            return (
                self._is_first(a)
                and self._is_first(b)
                and (
                    self._standalone_first(a)
                    or self._standalone_first(b)
                    # both words, after praise or before what only people do: "well done
                    # Faith and Rose", "Jack and Frank from the carpentry group built"
                    or m.re is _CUED_PAIR
                    or _PEOPLE_DO.match(m.string, m.end()) is not None
                )
            )
        lower_first = self._lower_first()
        return (
            a in lower_first and b in lower_first and a not in _CHAT_WORDS and b not in _CHAT_WORDS
        )

    def _named_first(self, text: str) -> list[Detection]:
        """A first name alone that the post says is someone's name ("his name kelechi",
        "her name's Mahira") or gives a message to ("tell kacper i said well done"), in
        either case: a first name of ours that English does not use as a word."""
        found = []
        for m in _NAMED_FIRST.finditer(text):
            group = "first" if m.group("first") else "told"
            first = m.group(group)
            if first.lower() not in _CHAT_WORDS and self._standalone_first(first):
                found.append(self._first_alone(text, m.start(group), m.end(group)))
        if "gave " in text or "give " in text or "given " in text:
            # "they gave Josh a detention": a first name given something (names probe 144)
            found += [
                self._first_alone(text, m.start("first"), m.end("first"))
                for m in _GIVEN_FIRST.finditer(text)
                if m.group("first").lower() not in _CHAT_WORDS
                # (a name English uses as a verb cannot follow "gave": "gave Josh a")
                and self._is_first(m.group("first"))
                and m.group("first").lower() not in _SELDOM_OR_WORDS
                and m.group("first").lower() not in _SEASONS_AND_MONTHS
            ]
        cued = _WISHED_FIRST.finditer(text) if "ish" in text.lower() else ()
        vocative = _VOCATIVE_FIRST.finditer(text) if "a " in text else ()
        for m in itertools.chain(cued, vocative):
            first = m.group("first")
            if (
                self._is_first(first)
                and first.lower() not in _SELDOM_PEOPLE
                and first.lower() not in _SEASONS
            ):
                found.append(self._first_alone(text, m.start("first"), m.end("first")))
        if "called" in text or "named" in text:
            # "a lovely lady called Grace": a person said to be called by a capitalised
            # first name, even one English uses as a word
            for m in _CALLED_FIRST.finditer(text):
                if (
                    self._is_first(m["first"])
                    and m["first"].lower() not in _SELDOM_PEOPLE
                    and m["first"].lower() not in _SEASONS
                ):
                    found.append(self._first_alone(text, m.start("first"), m.end("first")))
        return found

    def _in_capitals(self, text: str) -> list[Detection]:
        """A first name of ours that English does not use as a word, written in capitals
        among words that are not ("it's got NIAMH written on it"), as a first name alone
        (0.45). Four letters or more: shorter ones are acronyms as often ("TED", "ISA"),
        unless spoken to ("omg ABI ur a legend"); and not in a run of capitals, where
        every word is shouted."""
        found = []
        for m in _CAPS_NAME.finditer(text):
            if _CAPS_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _CAPS_AFTER.match(
                text, m.end()
            ):
                continue
            lower = m.group().lower()
            if len(lower) == 3 and not (
                _CAPS_SPOKEN_TO.match(text, m.end())
                and _CAPS_GREETED.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # "TED", "ISA": acronyms as often, unless greeted and spoken to
            if lower in self._lower_first() and lower not in _SELDOM_PEOPLE:
                found.append(self._first_alone(text, m.start(), m.end()))
        return found

    def _initialled(self, text: str) -> list[Detection]:
        """A first name and the initial of a surname ("Tyler B" on a lost charger), a
        first name of ours that English does not use as a word; and an initial and a
        surname ("M Ionescu"): a common surname anywhere, any other surname only after
        words that say a person is named ("account name M Ionescu", "regards, J
        Adeyemi"). Read as a full name (0.55). Not the initials that are words or marks
        ("Plan A", "love Ellie X"), nor after a title (read as titled)."""
        found = []
        for m in _FIRST_INITIAL.finditer(text):
            first = m.group("first")
            if (
                (
                    self._standalone_first(first)
                    # the most common first names are people's here, words or not ("Tom
                    # W", "Max R"), but for those a capital after them often follows
                    or (
                        first.lower() in self._common_first and first.lower() not in _NOT_INITIALLED
                    )
                )
                and first.lower() not in _SELDOM_PEOPLE
                and not _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start())
            ):
                end = m.end() - 2 if m.group().endswith("'s") else m.end()  # "Tyler B's"
                found.append(self._hit(text, m.start(), end, 0.55))
        for m in _INITIAL_SURNAME.finditer(text):
            last = m.group("last")
            lower = last.lower()
            if lower in self._not_surnames:
                continue
            if _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            start = m.start()
            before = _LAST_WORD.search(text, max(0, start - 30), start)
            cued = _INITIAL_CUE.search(text, max(0, start - 30), start)
            initials = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
            if before and self._is_first(before.group(1)):
                start = before.start(1)  # "Tyler B Smith": a middle initial
            elif (
                initials
                and _INITIAL_CUE.search(text, max(0, initials.start() - 30), initials.start())
                and (self._is_surname(last) or self._is_first(last))
            ):
                # "name on the account is K L Hewitson": two initials after a cue
                start = initials.start()
            elif (
                (before and not cued)
                or _INITIAL_BEFORE.search(text, max(0, start - 4), start)
                or _BY_BEFORE.search(text, max(0, start - 4), start)
            ):
                continue  # "Section B Lord of the Flies", "W H Smith", "a novel by G Orwell"
            elif cued or _DOING_AFTER.match(text, m.end()):
                if (
                    cued is not None
                    and _CELEBRATED.search(cued.group())
                    and (
                        m.group().startswith("Y")
                        or _CLUB_OR_CAPITAL_AFTER.match(text, m.end()) is not None
                    )
                ):
                    continue  # "Well done Y Fenni rugby club": Welsh "Y" and a place
                if not (
                    self._is_surname(last)
                    or self._is_first(last)
                    # (after a cue, a name no list holds: "Congratulations to K. Tharshan";
                    # not Welsh "Y" and a place, nor a club or a firm: "Well done Y Fenni
                    # rugby club", "T K Maxx"; the review of the forty-second session)
                    or (cued is not None and self._unknown_word(last))
                ):
                    continue  # "account name M Ionescu", "J Whitfield has been picked"
            elif not self._common_surname(lower):
                continue
            found.append(self._hit(text, start, m.end(), 0.55))
        lowered = text.lower()
        if "ame" in lowered or "ayee" in lowered or "older" in lowered:
            # "acc 0044 7713 name A Greenaway": the initial A (or O) too, straight after a
            # word that names the person (round 34's read half; not "name a day")
            for m in _CUED_A_INITIAL.finditer(text):
                if self._is_surname(m.group("last")):
                    found.append(self._hit(text, m.start("initial"), m.end(), 0.55))
        return found

    def _titled_particles(self, text: str) -> list[Detection]:
        """A title and a surname with its particles ("Mr van der Merwe", "Mr Ó
        Súilleabháin"), as a titled name is read (0.45)."""
        found = []
        for m in _TITLED_PARTICLE.finditer(text) if "M" in text or "D" in text else ():
            last = m.group("last")
            # after a title and a particle, any capitalised word ("Mrs Van den Berg")
            if self._is_surname(last) or self._unknown_word(last) or last[:1].isupper():
                found.append(self._titled_hit(text, m.start(), m.end()))
        return found

    def _nicknamed_by_size(self, text: str) -> list[Detection]:
        """A first name of ours known with "Big", "Little", "Wee" or "Lil" before it ("Big
        Dev in security", "wee Shauna"): a hint; not a public figure or a landmark ("Big
        Ben") (names probe 64)."""
        if not any(word in text for word in ("Big ", "Little ", "Lil ", "Wee ", "wee ")):
            return []
        found = [
            self._first_alone(text, m.start(), m.end())
            for m in _BY_SIZE.finditer(text)
            if self._is_first(m.group("first")) and m.group("first").lower() not in _SELDOM_PEOPLE
        ]
        return _outside(found, self.public_spans(text.lower())) if found else found

    def _shouted_out(self, text: str) -> list[Detection]:
        """A first name of ours in small letters, even one English uses as a word, after
        "shout out to" and before where they work or study ("shoutout to dawn in the
        canteen"): a hint (names probe 64)."""
        lowered = text.lower()
        if "out to" not in lowered:
            return []
        return [
            self._first_alone(text, m.start("first"), m.end("first"))
            for m in _SHOUTED_OUT.finditer(text)
            if self._is_first(m.group("first")) and m.group("first").lower() not in _SELDOM_PEOPLE
        ]

    def _titled_abroad(self, text: str) -> list[Detection]:
        """A title in a learner's family's language before a capitalised surname ("pani
        Kowalczyk", "doamnei Popescu", "senhora Costa", "Frau Becker"), as a titled name is
        read (0.45); not a public figure (names probe 64)."""
        if not _holds_any(_ABROAD_TITLES_AUTOMATON, text):
            return []
        found = [
            self._titled_hit(text, m.start(), m.end())
            for m in _TITLED_ABROAD.finditer(text)
            if m.group("last").lower() not in self._not_surnames
            and (self._is_surname(m.group("last")) or self._unknown_word(m.group("last").lower()))
            and not text.endswith(("a ", "an ", "the "), 0, m.start())
        ]
        # (the public figures looked for only where a title was found: "pan" stands in
        # "company" and "expand")
        return _outside(found, self.public_spans(text.lower())) if found else found

    def _stretched(self, text: str) -> list[Detection]:
        """A first name with its last letter typed three times or more, as chat calls out
        to someone ("Loool Marcusss stop", "Abiii I'm outside", "shoutout kacperrr"): a
        first name of ours that English does not use as a word, once the run is one letter
        or two (names probes 179 and 187)."""
        found = []
        for m in _STRETCHED_END.finditer(text):
            # (called to, at the post's start or after a cry or a greeting: not "come on
            # chelseaaa", "eid mubarakkk", "milannn trip"; the review of the thirty-ninth
            # session)
            if not _CALLED_TO_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            word = m.group()
            stem = word[: m.start("run") - m.start()]
            letter = m.group("run")[0]
            for plain in (stem + letter, stem + letter * 2):
                if (
                    self._standalone_first(plain.capitalize())
                    and not _is_english_word(plain.lower())
                    # (chat's "ever": "best tutor evaaa"; places, brands and stars)
                    and plain.lower() not in _STRETCHED_CHAT
                    and plain.lower() not in _MONONYMS
                ):
                    found.append(self._first_alone(text, m.start(), m.end()))
                    break
        return found

    def _titled_plain(self, text: str) -> list[Detection]:
        """A title and a surname written all in small letters or all in capitals ("ms
        okonkwo", "MR O HUSSEIN"), as a titled name is read (0.45): a surname we know, or
        a word that English and chat do not use."""
        found = []
        public: list[tuple[int, int]] | None = None
        for m in _TITLED_PLAIN.finditer(text):
            last = m.group("last")
            if last.lower() in _CHAT_WORDS or last.lower() in self._not_surnames:
                continue
            if public is None:
                public = self.public_spans(text.lower())
            if any(start < m.end() and m.start() < end for start, end in public):
                continue  # "a mr kipling cake", "tell miss Trunchbull": a brand, a character
            if (
                self._is_surname(last.capitalize())
                or self._unknown_word(last.lower())
                or last.lower() in _TITLED_SURNAMES
            ):
                found.append(self._titled_hit(text, m.start(), m.end()))
        if "miss " in text:
            # "tell miss jade im running late", "in with miss kaur instead": "miss" in small
            # letters after a word one says of a person, then a first name or a surname of
            # ours (names probe 184; not "miss out", "miss summer")
            for m in _MISS_SMALL.finditer(text):
                last = m.group("last")
                if (
                    len(last) >= 3
                    and (
                        self._is_first(last)
                        or (self._is_surname(last.capitalize()) and not _is_english_word(last))
                    )
                    and last not in _SEASONS_AND_MONTHS
                    and last not in _VIRTUES
                    and last not in _CHAT_WORDS
                    and last not in self._not_surnames
                ):
                    found.append(self._titled_hit(text, m.start(), m.end()))
        return found

    def _with_particle(self, text: str) -> list[Detection]:
        """A first name of ours and a surname with its particles, anywhere: "Lucas de
        Souza", "Pieter van der Berg", "Faris bin Ahmad"; the first name in small letters
        too ("iolo ap Gwilym") if it is one of ours that chat does not use."""
        found = [
            self._hit(text, m.start(), m.end(), 0.55)
            for m in _PARTICLE_NAME.finditer(text)
            if self._is_first(m.group("first"))
        ]
        lower_first = self._lower_first()
        found += [
            self._hit(text, m.start(), m.end(), 0.55)
            for m in _LOWER_PARTICLE_NAME.finditer(text)
            if m.group("first") in lower_first and m.group("first") not in _CHAT_WORDS
        ]
        return found

    def _nicknamed(self, text: str) -> list[Detection]:
        """A first name of ours, a nickname in quotation marks and a surname: "Gareth
        'Gaz' Morris"."""
        return [
            self._hit(text, m.start(), m.end(), 0.55)
            for m in _NICKNAMED.finditer(text)
            if self._is_first(m.group("first"))
            and m.group("last").lower() not in self._not_surnames
            and (self._is_surname(m.group("last")) or self._unknown_word(m.group("last")))
        ]

    def _given_name_order(self, text: str) -> list[Detection]:
        """A Vietnamese name, family name first, with its middle name ("Nguyen Thi Lan",
        "Tran Van Minh"): the family names and middle names that almost every such name
        uses; a Chinese name in pinyin, family name first ("Zhang Lei", "Li Xiuying"): one
        of the commonest family names, then a given name of one or two syllables that
        pinyin can spell. A family name that English uses as a word ("Sun", "Long") needs
        a given name that English does not ("Sun Run" is a race, "Li Wei" a person)."""
        found = [self._hit(text, *m.span(), 0.55) for m in _VIETNAMESE_NAME.finditer(text)]
        found += [self._hit(text, *m.span(), 0.55) for m in _CANTONESE_NAME.finditer(text)]
        for m in _CHINESE_NAME.finditer(text):
            family, given = m.group("family", "given")
            if any(part[1:] != part[1:].lower() for part in given.split("-")):
                continue  # "Zhang LEI", "Wang FangYuan": not as a name is written
            if family in _CHINESE_WORD_FAMILIES and _is_english_word(given.lower()):
                continue
            found.append(self._hit(text, *m.span(), 0.55))
        return found

    def _kin(self, text: str, runs: frozenset[str]) -> list[Detection]:
        """First names alone after a word for kin ("my son Kwame's", "mum of Tasnim") or
        "our" with "'s" ("Our Kieran's"): a first name of ours, not a firm ("our partner
        Microsoft") nor a phrase ("Uncle Sam"). ``runs``: the post's words that start in
        lower case."""
        found: list[Detection] = []
        if "our " in text or "Our " in text or "or " in text:
            for m in _OUR_FIRST.finditer(text):
                first = m.group("first")
                # "Our Kieran's"; "our Kayleigh" alone if English has no such word
                if not self._is_first(first):
                    continue
                if _PET.search(text, m.end(), m.end() + 30):
                    continue  # "our Fred (the sausage dog, not my brother)"
                if m.group("s"):
                    found.append(self._hit(text, m.start("first"), m.end("first"), 0.55))
                elif (
                    self._standalone_first(first)
                    or _OUR_FIRST_DOING.match(text, m.end())
                    or (
                        text[m.start()] in "ow"
                        and _OUR_FIRST_IS.match(text, m.end())
                        and first.lower() not in _SEASONS_AND_MONTHS  # "our Summer will be"
                        # (nor a virtue: "our Faith will always be in the Lord")
                        and first.lower() not in _VIRTUES
                    )
                    # "congratulations to our Rocky, boxing club champ": thanks or praise
                    # just before (names probe 179)
                    or (
                        _THANKS_TO_BEFORE.search(text, max(0, m.start() - 24), m.start())
                        is not None
                        and first.lower() not in _SEASONS_AND_MONTHS
                        and first.lower() not in _VIRTUES
                    )
                    # "got our Paddy through his CSCS card": "his" or "her" just after
                    # (names probe 173)
                    or (
                        text[m.start()] in "ow"
                        and _HIS_OR_HER_SOON.match(text, m.end()) is not None
                        and first.lower() not in _SEASONS_AND_MONTHS
                        and first.lower() not in _VIRTUES
                    )
                ):
                    # "our Jade!!", "so proud of our Jade, she has passed": the person,
                    # not the stone
                    found.append(self._first_alone(text, m.start("first"), m.end("first")))
        if " and " in text or " n " in text or " my " in text:
            # "me and Dev from cyber got merit", "Grace and I are doing the demo", "Harry in
            # my brickwork class": a first name that English uses as a word, the writer's
            # companion or classmate
            found += [
                self._first_alone(text, m.start("first"), m.end("first"))
                for pattern in (_ME_AND_FIRST, _FIRST_AND_I, _FIRST_IN_MY_CLASS)
                for m in pattern.finditer(text)
                if self._is_first(m.group("first"))
                and m.group("first").lower() not in _SEASONS_AND_MONTHS
            ]
        # "its a blessing that Blessing passed her maths resit": a first name that English
        # uses as a word, then a feat of its own (round 37's read half)
        found += [
            self._first_alone(text, m.start("first"), m.end("first"))
            for m in _FIRST_ACHIEVED.finditer(text)
            if self._is_first(m.group("first"))
            and m.group("first").lower() not in _SEASONS_AND_MONTHS
            and m.group("first").lower() not in _MY_KIN_WORDS
            and m.group("first").lower() not in _KIN_TITLE_WORDS
        ]
        if "my " in text or "our " in text or "me " in text:
            # "my auntie joy made jollof for the class": a first name that English uses as a
            # word, in small letters between a word for kin and what the person did (names
            # probe 179)
            found += [
                self._first_alone(text, m.start("first"), m.end("first"))
                for m in _KIN_SMALL_FIRST_DOING.finditer(text)
                if self._is_first(m.group("first"))
                and m.group("first") not in _SEASONS_AND_MONTHS
                and m.group("first") not in _NOT_KIN_SMALL_FIRST
            ]
        if " aka " in text.lower():
            # "Gordon aka Gordie fae the forestry crew": a first name and the nickname after
            found += [
                self._first_alone(text, m.start("first"), m.end("first"))
                for m in _AKA.finditer(text)
                if self._is_first(m.group("first")) and self._is_first(m.group("nick"))
            ]
        if "'" in text:
            found += self._kin_after(text)
        if _KIN_WORDS.isdisjoint(runs) and not _KIN_CAPITALISED.search(text):
            return found  # most posts: no word for kin at all
        for m in _KIN_FIRST.finditer(text):
            first, last = m.group("first", "last")
            if first.lower() in _KIN_TITLE_WORDS:
                # "his mum Auntie Ama": the kin word is followed by a title of kin, whose
                # name comes after it (names probe 104)
                inner = _KIN_FIRST.match(text, m.start("first"))
                if inner is not None:
                    m = inner
                    first, last = m.group("first", "last")
            kin = text[m.start() : m.start("first")].split()[-1].strip(",").lower()
            if f"{kin}_{first.lower()}" in _KIN_PHRASES:
                continue
            if last is not None:
                # "mother of Ionut Dumitrescu": a name after kin, whatever its first word
                if (
                    first[:1].isupper()
                    and first.lower() not in self._not_surnames
                    and last.lower() not in self._not_surnames
                    and (self._is_surname(last) or self._unknown_word(last))
                ):
                    found.append(self._hit(text, m.start("first"), m.end("last"), 0.55))
            elif first[:1].islower():
                # "our kid ahmed"; and after one's child a name English uses as a word too,
                # "so proud of my daughter grace" (not "my son will be late", "my daughter
                # may")
                if (
                    (first in self._lower_first() and first not in _CHAT_WORDS)
                    or (
                        kin in _CHILDREN
                        and self._is_first(first)
                        and first not in _CHAT_WORDS
                        and first not in _NOT_AFTER_KIN
                    )
                    # a nickname no dictionary knows, then what a person does: "his mate
                    # ibby start here in sept" (names probe 168)
                    or (
                        kin in _MY_KIN_WORDS
                        and len(first) >= 3
                        and first not in _CHAT_WORDS
                        and first not in _KIN_TITLE_WORDS
                        and first not in _MY_KIN_WORDS
                        and first not in _BRANDS_AND_CHAT
                        and first not in _CHAT_SLANG
                        and _VOWEL.search(first) is not None
                        and self._unknown_word(first)
                        # (not a word misspelt: "my mate realy wants", "stil has", "jus
                        # got"; the review of the thirty-eighth session)
                        and not _near_english(first)
                        and _SMALL_DOES_AFTER.match(text, m.end("first")) is not None
                    )
                ):
                    found.append(self._hit(text, m.start("first"), m.end("first"), 0.55))
            elif self._is_first(first) and not (
                first.lower() in _SELDOM_PEOPLE and kin in _FRIENDS
            ):  # "my best friend Alexa plays my playlist", "my mate Chelsea won again"
                found.append(self._hit(text, m.start("first"), m.end("first"), 0.55))
            elif (
                # (or a capitalised word after any kin: "My little brother Arav", "your son
                # Shahed", names probe 121)
                (
                    kin in _KIN_TITLE_WORDS
                    or (
                        kin in _MY_KIN_WORDS
                        and first[:1].isupper()
                        and not self._is_first(first)
                        # (what a person does after it, not a thing's noun: "my cousin
                        # Minecraft server")
                        and _DOES_AFTER_KIN_NAME.match(text, m.end("first")) is not None
                    )
                )
                and "'" not in first
                and self._unknown_word(first)
                # not a verb ("my nan Facetimed me"), a brand or an app ("my nan Tesco
                # shopping trip"), chat ("my sis Lmao")
                and (
                    not first.lower().endswith("ed")
                    # (a name's "-ed" with a verb after it: "your son Shahed has been
                    # selected")
                    or _VERB_AFTER_NAME.match(text, m.end("first")) is not None
                )
                and first.lower() not in _BRANDS_AND_CHAT
                and _OBJECT_AFTER.match(text, m.end("first")) is None
            ):
                # (names probe 88) a pet name of the family's, no first name of ours and
                # no English word: "his granny Bridgie would've been made up"
                found.append(self._hit(text, m.start("first"), m.end("first"), 0.55))
        for m in _KIN_TITLED_HERE.finditer(text) if " here" in text else ():
            # "its Nana Bet here": the writer by a title of kin and a name, even one
            # English uses as a word (round 42's read half)
            if m.group("first").lower() not in self._not_surnames or self._is_first(
                m.group("first")
            ):
                found.append(self._hit(text, m.start("first"), m.end("first"), 0.55))
        return found

    def _kin_after(self, text: str) -> list[Detection]:
        """A name with kin after it: "Piran Jenkins' dad", "Zhen's dad"; and a writer who
        says who they are by whose kin they are ("this is Jean, Aidan's gran", "it's Rose,
        Maya's mum"), a first name alone even where English has the word."""
        found: list[Detection] = []
        if not _KIN_AFTER_WORD.search(text):
            return found
        for m in _INTRODUCED_AS_KIN.finditer(text):
            if self._is_first(m["first"]) and m["first"].lower() not in _SELDOM_PEOPLE:
                found.append(self._first_alone(text, m.start("first"), m.end("first")))
        for m in _KIN_AFTER.finditer(text):
            first, last = m.group("first", "last")
            if last is None:
                # "Zhen's dad": a first name alone, one English does not use as a word,
                # before a parent ("Juliet's mother", "Florence's sister city" name nobody
                # of ours): shown, asking no review alone
                kin = m.group("kin").lower()
                if kin in _PARENTS and (
                    self._standalone_first(first)
                    # "Ruby's dad came in": a name English uses as a word too, before the
                    # words a family uses (not "Juliet's father")
                    or (
                        kin in _FAMILY_WORDS
                        and self._is_first(first)
                        and first.lower() not in _SELDOM_PEOPLE
                    )
                    # (a nickname no list or dictionary holds, before an Irish "ma" or "da":
                    # "Fitzy's ma is raging", names probe 258)
                    or (
                        kin in _IRISH_PARENTS
                        and self._unknown_word(first)
                        and not _is_english_word(first)
                        and first.lower() not in _BRANDS_AND_CHAT
                        # (not Scots "ma" for my, Irish "da" for the: "Tayto's da best crisp",
                        # "Irn Bru's ma fave"; the second review)
                        and _MY_FAVE_AFTER.match(text, m.end()) is None
                    )
                ):
                    found.append(self._first_alone(text, m.start("first"), m.end("first")))
                continue
            if first.lower() in _TITLE_WORDS or last.lower() in self._not_surnames:
                continue
            if self._unknown_word(first) and (self._is_surname(last) or self._unknown_word(last)):
                found.append(self._hit(text, m.start("first"), m.end("last"), 0.55))
        return found

    def _listed_with(self, text: str, found: list[Detection]) -> list[Detection]:
        """The other names of a list that holds a name already found ("Callum Fry, Zofia
        Lewandowska and Jamal Idris"): each a capitalised pair or triple whose surname
        is no everyday word of ours."""
        listed = []
        for m in _NAME_LIST.finditer(text):
            if not any(d.start < m.end() and m.start() < d.end for d in found):
                continue
            for item in _LIST_ITEM.finditer(text, m.start(), m.end()):
                words = item.group().split()
                if any(w.lower() in self._not_surnames for w in words) and not (
                    # (a first name English uses as a word, then a surname of ours: "May
                    # Tran and Will Okonkwo-Baines", names probe 248)
                    len(words) == 2
                    and (self._is_first(words[0]) or words[0].lower() in _SEASONS_AND_MONTHS)
                    and self._is_surname(words[1])
                    and words[1].lower() not in self._not_surnames
                ):
                    continue
                if words[-1].lower() in _JOB_TITLE_ENDS and not self._is_first(words[0]):
                    continue  # "Samira Haddad, Learner Support Coordinator": her role
                if words[-1].lower() in _PLACE_KIND_ENDS and not self._is_first(words[0]):
                    continue  # "Muse played Home Park and Chris Martin ...": a ground
                listed.append(self._hit(text, item.start(), item.end(), 0.55))
        return listed

    def _listed_beside_firsts(self, text: str, found: list[Detection]) -> list[Detection]:
        """The other single words of a list of single words ("A, B and C") that holds names
        already found: all of them where each is a first name of ours and no place is spoken
        of ("Kasia, Summer, Royal and Destiny-Rose, you left your kits", names probe 273);
        else, beside two names found, a surname of ours or a word no dictionary knows
        ("Jonno, Tegan and Verrall: detention", round 43's read half)."""
        if not found or ", " not in text or (" and " not in text and " & " not in text):
            return []  # most posts: no such list
        listed = []
        spans = {(d.start, d.end) for d in found}
        for m in _ONE_WORD_LIST.finditer(text):
            items = list(_ONE_WORD.finditer(text, m.start(), m.end()))
            named = [w for w in items if w.span() in spans]
            if not named:
                continue
            others = [w for w in items if w.span() not in spans]
            if (
                len(items) >= 3
                and all(
                    (self._is_first(w.group()) or w.group().lower() in _NAMES_ONLY_LISTED)
                    and w.group().lower() not in _SELDOM_PEOPLE
                    for w in others
                )
                and _PLACES_LISTED.search(_sentence_around_list(text, m.start(), m.end())) is None
            ):
                # a list of three or more first names, one of them found already: the rest
                # are people too, though English has their words ("Kasia, Summer, Royal and
                # Destiny-Rose, you left your PE kits", names probe 273)
                listed += [self._hit(text, w.start(), w.end(), 0.45) for w in others]
                continue
            if len(named) < 2:
                continue
            for w in items:
                word = w.group()
                if (
                    w.span() not in spans
                    and word.lower() not in self._not_surnames
                    and word.lower() not in _BRANDS_AND_CHAT
                    # (not a firm's or a college's first word: "... and Runshaw College",
                    # "... and Primark Preston"; the review)
                    and _ORGANISATION_AFTER.match(text, w.end()) is None
                    # (a brand's plural shape: "Deliveroo", "Specsavers", "Wetherspoons")
                    and not (word.endswith("s") and not self._common_surname(word.lower()))
                    # (a surname of ours, or a word no dictionary knows even as a place:
                    # not "Tegan, Jonno and Lewes")
                    and (self._common_surname(word.lower()) or self._unknown_word(word))
                    # (a place's name is a word capitalised: not "Kerry, Florence and Jordan")
                    and not _is_english_word(word)
                ):
                    listed.append(self._hit(text, w.start(), w.end(), 0.45))
        return listed

    def _lower_case(self, text: str, runs: frozenset[str]) -> list[Detection]:
        """Names written in lower case, as chatty posts do ("tell daniel kowalczyk",
        "my bestie chloe-anne baxter"): a first name of ours that is no English word in
        lower case ("daniel", not "grace"), then a surname that is a common one or no
        English word either ("kowalczyk", not "loved")."""
        first_names = self._lower_first()
        vietnamese = _vietnamese(text)
        found: list[Detection] = []
        if vietnamese:
            # Vietnamese writes names capitalised: its small words with its own letters are
            # words (not English chat's names beside them, "ask jessica smith to grab bún chả":
            # the review), but for a given name after a word for kin or a teacher ("cảm ơn
            # chị hương nhiều nha")
            found += [
                self._hit(text, m.start("name"), m.end("name"), 0.45)
                for m in _VIETNAMESE_KIN_NAME.finditer(text)
                if m.group("name") in _VIETNAMESE_GIVEN
            ]
        if first_names.isdisjoint(runs):
            return found  # most posts: no such first name at all (one C-level pass)
        for word in _LOWER_WORD.finditer(text):
            if word.group(1) not in first_names:
                continue
            m = _LOWER_PAIR.match(text, word.start())
            if m is None:
                continue
            first, last = m.group("first", "last")
            if vietnamese and not (
                first.isascii()
                and last.isascii()
                and first not in _VIETNAMESE_PLAIN_WORDS
                and last not in _VIETNAMESE_PLAIN_WORDS
            ):
                continue  # a Vietnamese word: "hoàn thành khóa học" (completed the course)
            if (
                self._is_first(first)
                and first.split("-")[0] not in _CHAT_WORDS
                and last not in _CHAT_WORDS
                and last not in self._not_surnames
                and (len(last) > 2 or last in self._common_surnames)
                and self._is_surname(last)
                # (not Turkish chat's words: "hadi cevap ver lan", round 37's read half)
                and not (
                    (first in _TURKISH_MARKERS or last in _TURKISH_MARKERS) and _turkish_chat(runs)
                )
            ):
                found.append(self._hit(text, m.start(), m.end("last"), 0.55))
        return found

    def _lower_first(self) -> frozenset[str]:
        """Our first names that English does not use in lower case ("daniel", not
        "grace"), worked out once; none without hunspell."""
        if self._lower_firsts is None:
            self._lower_firsts = frozenset(
                n
                for n in self._first
                if "-" not in n
                and (not _is_english_word(n) or n in _FIRSTS_SELDOM_WORDS)
                and n not in _SMALL_WORDS_ABROAD
            )
        return self._lower_firsts

    def _in_capitals_trimmed(self, text: str, recased: str, d: Detection) -> Detection | None:
        """A name read from ``recased`` (a post in capitals recased), cut to its first words
        that :meth:`_known_in_capitals` takes ("Lexi Steel", not "Lexi Steel Are"; a full
        name keeps two words at least), as ``text`` writes it; None if none are taken."""
        words = list(_LETTER_WORDS.finditer(recased, d.start, d.end))
        for k in range(len(words), 0 if len(words) == 1 else 1, -1):
            if self._known_in_capitals([w.group() for w in words[:k]]):
                end = words[k - 1].end()
                return replace(d, end=end, match=text[d.start : end])
        return None

    def _known_in_capitals(self, words: list[str]) -> bool:
        """Whether the words of a name read from capitals name a person: each a first name
        or surname of our lists, or a first name of ours and a word after it, neither a
        word English knows ("Andreea Popa"; not "Wjec Btec", "Summer Ucas")."""
        if all(self._is_first(w) or self._is_surname_listed(w) for w in words):
            return True
        return (
            len(words) == 2
            and self._is_first(words[0])
            and not any(_is_english_word(w.lower()) for w in words)
            and self._unknown_word(words[1])
        )

    def _unknown_word(self, word: str) -> bool:
        """A capitalised word that is not one of ours or English's in lower case."""
        lower = word.lower()
        if lower in self._not_surnames:
            return False
        return lower in self._first or not all(_is_english_word(p) for p in lower.split("-"))

    def _is_surname_listed(self, word: str) -> bool:
        """A surname or title our own lists hold ("Brook", "O'Connor", "Mrs")."""
        lower = word.lower()
        return (
            self._common_surname(lower)
            or lower.replace("'", "") in self._common_surnames
            or lower in _TITLE_WORDS
        )

    def _common_surname(self, lower: str) -> bool:
        """A common surname, or two joined ("marsh-wood", "price-jones")."""
        return lower in self._common_surnames or (
            "-" in lower and all(p in self._common_surnames for p in lower.split("-"))
        )

    def _is_first(self, word: str) -> bool:
        return any(self._first_part(part.lower()) for part in word.split("-"))

    def _first_part(self, lower: str) -> bool:
        """A first name of ours, as written or as the languages our learners' families
        write it in another case ("dla Bartka", "lui Ioanei", "Ačiū Mindaugui", "Oliwii")
        or mutated after a word ("a Mhàiri", "Elin a Chatrin")."""
        if lower in self._first:
            return True
        known = self._stemmed.get(lower)
        if known is None:
            known = any(stem in self._first for stem in _name_stems(lower))
            if len(self._stemmed) < 100_000:
                self._stemmed[lower] = known
        return known

    def _is_surname(self, word: str | None) -> bool:
        """A surname outside any context: a common one, or a word that English does not
        use in lower case."""
        if not word:
            return False
        lower = word.lower()
        if self._common_surname(lower):
            return True
        if lower in self._not_surnames:
            return False
        return not all(_is_english_word(part) for part in lower.split("-"))

    def _a_person_by_cue(self, first: str) -> bool:
        """Whether ``first``, said where a cue says a person is meant, is read as a first
        name: one of ours, even a word ("Dawn", "Will"), but not a season, a month, or a name
        seldom a person's."""
        lower = first.lower()
        return (
            self._is_first(first)
            and lower not in _SELDOM_PEOPLE
            and lower not in _SEASONS_AND_MONTHS
        )

    def _standalone_first(self, word: str) -> bool:
        """A first name of ours that English does not use as a word ("Kayleigh", not
        "Grace" or "Will"): one that may be read as a name with nothing beside it."""
        lower = word.lower()
        if "-" not in lower:
            # (one the dictionary knows as a word only capitalised: not "dont josh me")
            return lower in self._lower_first() and not (
                word == lower and lower in _FIRSTS_SELDOM_WORDS
            )
        # (a double first name whose parts are words, "Ebony-Rose", is still a name)
        return (
            self._is_first(word)
            and lower not in _BREEDS
            and (not _is_english_word(lower) or all(self._is_first(p) for p in word.split("-")))
        )

    def _sir_or_miss(self, text: str) -> list[Detection]:
        """A surname with "Sir" before it, where no first name follows ("Salamat po to Sir
        Reyes": how many learners address a teacher; "Sir Lenny" and "Sir Alex Ferguson"
        are knights), or with "Sir" or "Miss" after it ("Shrestha Sir", "Gurung Miss"), as
        a title is read (0.45) (names probe 71)."""
        if "Sir" not in text and "Miss" not in text and "sir" not in text:
            return []
        found = []
        for m in _SIR_SURNAME.finditer(text):
            small = m.group("small")
            if small is not None:
                if (
                    self._common_surname(small)
                    and small not in _CHAT_WORDS
                    and small not in self._not_surnames
                    and not self._is_first(small.title())
                    # (a surname that is a word too is a word here: "sir frost on the
                    # windscreen", "sir rice or chips"; the review's cases)
                    and (not _is_english_word(small) or small in _SIR_WORD_SURNAMES)
                ):
                    found.append(self._titled_hit(text, m.start(), m.end()))
                continue
            last = m.group("last") or m.group("last2")
            if (
                not self._is_first(last)
                and last.lower() not in _CHAT_WORDS
                and last.lower() not in self._not_surnames
                and (self._common_surname(last.lower()) or self._unknown_word(last))
            ):
                found.append(self._titled_hit(text, m.start(), m.end()))
        return found

    def _in_small_letters_cued(self, text: str) -> list[Detection]:
        """First names in small letters, as group chats write them, where the words around
        say a person is meant (names probe 151): "frank said he'd pay", "hiya mark, can
        u ...", "jack n ellie-rose got engaged", "rose n her mam are selling", "summer n
        autumn (twins)", "tell our jade", "ask for hope at the front desk", "thanks to
        gwenllian in finance", "#teamdaniyal", "salamat po kay ate joy". A name English
        uses as a word counts only where the cue says a person ("said he'd", "her mam",
        "twins", a desk, "our"); each a hint, as a first name alone is."""
        hits = []
        lower_first = self._lower_first()

        def no_word(name: str) -> bool:
            return name in lower_first or ("-" in name and self._standalone_first(name))

        at_start = _SPOKEN_TO_AT_START.match(text)
        for m in itertools.chain(_SMALL_CUED.finditer(text), (at_start,) if at_start else ()):
            group = m.lastgroup or "said"
            word = m.group(group)
            if (
                word in _CHAT_WORDS
                or (group == "desk" and word in _ASKED_FOR_WORDS)
                or word in _TERMS_OF_ADDRESS
                or word in _SIZE_AND_KIN_WORDS
                or word in _SELDOM_PEOPLE
                # (not "hope ur ok", "love ur hair", "will u come", "sonny can u": words first)
                or (
                    group in ("called", "askedu")
                    and (word in _NOT_SPOKEN_TO or word in _CALLED_NOT_NAMES)
                )
                or not self._is_first(word.title())
            ):
                continue
            if group in _SMALL_CUES_FOR_ANY_NAME or no_word(word):
                hits.append(self._first_alone(text, m.start(group), m.end(group)))
        for m in _SMALL_PAIR.finditer(text):
            a, b = m.group("pa"), m.group("pb")
            if (
                a not in _CHAT_WORDS
                and b not in _CHAT_WORDS
                and (self._is_first(a.title()) or m.group("twins"))
                and (self._is_first(b.title()) or m.group("twins"))
                and (no_word(a) or no_word(b) or m.group("twins"))
                and (a in _SEASONS) == (b in _SEASONS)
            ):
                hits += [
                    self._first_alone(text, m.start("pa"), m.end("pa")),
                    self._first_alone(text, m.start("pb"), m.end("pb")),
                ]
        return hits

    def _name_is(self, text: str) -> list[Detection]:
        """A first name alone after "his name is", "her name's" ("stop calling the new
        guard Gandalf, his name is Ray"): a hint (names probe 71)."""
        if "name" not in text:
            return []
        return [
            self._first_alone(text, m.start("first"), m.end("first"))
            for m in _NAME_IS.finditer(text)
            if self._is_first(m.group("first"))
            # (a form's example is no one: "like this (surname Smith, first name John)")
            and not _EXAMPLE.search(text, max(0, m.start() - 40), m.start())
        ]

    def _let_know(self, text: str) -> list[Detection]:
        """A first name in "let ... know" ("Let Róise know the kits are in", names probe
        258): a name of ours, or one no list or dictionary holds; a hint."""
        if " know" not in text:
            return []
        return [
            self._first_alone(text, m.start("first"), m.end("first"))
            for m in _LET_KNOW.finditer(text)
            # (a first name of ours, or a name no list holds written with an accent: not
            # "let Translink know", the second review of the forty-third session)
            if (
                self._is_first(m.group("first"))
                or (
                    not m.group("first").isascii()
                    and self._unknown_word(m.group("first"))
                    and not _is_english_word(m.group("first"))
                )
            )
            and m.group("first").lower() not in _SEASONS_AND_MONTHS
            and m.group("first").lower() not in _BRANDS_AND_CHAT
        ]

    def _written_on(self, text: str) -> list[Detection]:
        """A first name written on a thing lost or found: "a water bottle with ROWAN
        written on it" (names probe 248); a hint."""
        if " written " not in text:
            return []
        return [
            self._first_alone(text, m.start("first"), m.end("first"))
            for m in _NAME_WRITTEN_ON.finditer(text)
            # (a name English has as a word or a place only in capitals on one's own things:
            # not "a mug with Hope written on it", "a cap with Chelsea"; the review)
            if (
                self._standalone_first(m.group("first").capitalize())
                or (
                    m.group("first").isupper()
                    and self._is_first(m.group("first").capitalize())
                    and _OWN_THING_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    is not None
                )
            )
            and m.group("first").lower() not in _SEASONS_AND_MONTHS
            and (m.group("first").lower() not in _PLACE_FIRST_NAMES or m.group("first").isupper())
        ]

    def _first_alone(self, text: str, start: int, end: int) -> Detection:
        """A first name with no surname and no word for kin ("student Leah", "Cheers
        Liam"): shown at 0.45, below the review line, since a first name alone seldom
        tells who someone is."""
        return Detection(
            "person_name",
            start,
            end,
            text[start:end],
            0.45,
            self.name,
            {"unconfirmed": _UNCONFIRMED_NOTE, "first_name_alone": _ALONE_NOTE},
        )

    def _hit(self, text: str, start: int, end: int, score: float) -> Detection:
        return Detection(
            "person_name",
            start,
            end,
            text[start:end],
            score,
            self.name,
            {"unconfirmed": _UNCONFIRMED_NOTE},
        )


# Words of a role or an office that come before a surname: "Coach Evans", "Councillor
# Jones" (not first names).
_ROLE_TITLES = word_set(
    "professor councillor cllr reverend rev revd coach chef principal mayor captain capt "
    "sergeant sgt inspector officer father sister brother pastor imam rabbi canon bishop "
    "lord lady judge nurse matron head deputy governor chair"
)
_ALONE_NOTE = "a first name alone, with no surname and no word for kin: not reviewed alone"
_TITLED_NOTE = "a title and a surname: staff or a visitor named in their role, not reviewed alone"
# A first name, perhaps a middle name, and a surname, anywhere (the candidates of
# :meth:`PersonLikeNames.detect`'s second pass).
# A lookahead, so that every capitalised word is tried as a first name: in "Thanks
# Chloe Barker", "Thanks" is not one, and "Chloe Barker" must still be read.
_ANY_PAIR = re.compile(
    rf"(?=[{_UPPER}])(?<![\w'-])(?=(?P<first>{_NAME_WORD}) (?P<middle>{_NAME_WORD})"
    rf"(?: (?P<last>{_NAME_WORD}))?(?![\w-]))"
)
# Words that name a person whoever they are: "Name: Tendai Moyo", "message for Nkechi
# Obi", "my daughter Natalia Szymańska".
_ANY_CASE_WORD = rf"(?:[Oo]'|Mc|Mac|mc|mac)?[{_UPPER}a-z][{_LOWER}]+(?:-[{_UPPER}a-z][{_LOWER}]+)?"
# The small words of surnames in many languages: "De Souza", "da Silva", "Ó Súilleabháin".
_PARTICLE = (
    r"(?i:de|da|del|della|di|do|dos|das|du|van|von|der|den|ter|le|la|al|el|bin|binti|ibn|ap|"
    "ó|ní|nic|mac)"
)
# "the girl called Sofia Marques", "a lad named ..."
_CALLED_WHO = (
    "girl boy lad lass guy kid man woman lady bloke fella someone somebody student teacher "
    "tutor learner"
)
_STRONG_CUES = (
    "name(?:\\s*[:=-]| is|s are|'?s| on (?:the )?account:?)",
    *(f"{who} (?:called|named)" for who in _CALLED_WHO.split()),
    "message for",
    "msg for",
    "my (?:son|daughter|child|kid|grandson|granddaughter|nephew|niece|friend|mate|bestie|mum|"
    "mam|mom|dad|mother|father|nan|gran|brother|sister|partner|wife|husband)",
    "our (?:son|daughter)",
    "yours (?:faithfully|sincerely|truly),?",
    "kind regards,?",
    "best regards,?",
    "warm regards,?",
    "many thanks,?",
    "he(?:'s| is)",
    "she(?:'s| is)",
    "his name is",
    "her name is",
    *(
        f"{field}\\s*[:=-]"
        for field in ("student", "learner", "apprentice", "account holder", "account name")
    ),
)
_STRONG_CUE = re.compile(
    # (led by the cues' first letters, so that the scan skips to them in C: the same
    # matches as "\b(?i:name...|...)", in two thirds of the time)
    rf"{_cue_letters(*_STRONG_CUES)}(?<!\w.){_cue_rest(*_STRONG_CUES)}\s+"
    rf"(?P<first>{_ANY_CASE_WORD}) (?:{_PARTICLE} )?(?P<last>{_ANY_CASE_WORD})(?![\w-])"
)
# A writer introducing themself ("Hi its Nguyen Thi Lan from ESOL"), in capitals only.
_SELF_INTRODUCED = re.compile(
    rf"\b(?=[IiTt])(?:[Ii]t'?s|[Tt]his is|I'?m|[Ii]m|I am)\s+"
    rf"(?P<first>{_NAME_WORD}) (?:{_PARTICLE} )?(?P<last>{_NAME_WORD})(?![\w-])"
)
# The words that sign a post off: "Thanks, Callum Reeve", "Cheers Liam".
_SIGN_OFF_WORDS = (
    "thanks",
    "thank you",
    "many thanks",
    "cheers",
    "regards",
    "ta",
    "love",
    "from",
    "thx",
)
# (as "\b(?i:thanks|thank you|...)", led by a class of the first letters: where a post has
# none of them, the alternative is turned down in C, not tried word by word)
_SIGN_OFF = rf"{_cue_letters(*_SIGN_OFF_WORDS)}(?<!\w.){_cue_rest(*_SIGN_OFF_WORDS)}"
# A name that closes a post, as a signature: "... on 07700 900317. Dami Adebayo-Smith",
# "Cheers — Tomás Ó Súilleabháin", "— Mariana Ferreira da Silva, Foundation Art".
_SIGNATURE = re.compile(
    rf"(?:[.!?]\s+|\s[\u2014\u2013-]\s*|(?P<cue>{_SIGN_OFF})[,!.]?\s+)"
    rf"(?P<first>{_NAME_WORD}) (?:{_PARTICLE} )?"
    rf"(?P<last>{_NAME_WORD})(?: (?:{_PARTICLE} )?{_NAME_WORD})?"
    r"(?=\s*(?:[.!]|,[^.!?\n,]{0,40})?\s*(?:\([^()]{0,60}\)\s*)?(?:x{1,4}\s*)?[^\w\s]{0,6}\s*$)"
)
# A first name alone that closes a post: "... for the trip - Jordan", "Cheers Liam",
# "Thank you. Elena", "Regards, Folake x", "sorry for the delay, Fatima".
_CAPITALISED_BEFORE = re.compile(rf"[{_UPPER}][\w'-]*$")
_SIGNED_FIRST = re.compile(
    rf"(?:[.!?]\s+|\s[\u2014\u2013-]\s*|(?P<cue>,|{_SIGN_OFF})[,!.]?\s+)"
    rf"(?P<first>{_NAME_WORD})(?=\s*[.!]?\s*(?:x{{1,4}}\s*)?[^\w\s]{{0,6}}\s*$)"
)
# A writer who names themself: "Rhys ap Gwilym here from ...", "Hi, Jowan & Demelza Kitto
# here".
_HERE = re.compile(
    rf"(?:(?m:^)|[.!?]\s+|\b(?i:hi|hello|hiya|morning|afternoon|evening)[,!]?\s+)"
    rf"(?:(?P<other>{_NAME_WORD}) (?:&|and) )?(?P<first>{_NAME_WORD})(?: (?:{_PARTICLE} )?"
    rf"(?P<last>{_NAME_WORD}))? here\b"
)
# A first name alone after a word for kin ("my son Kwame's details", "mum of Tasnim",
# "Nanna Morwenna", "my uncle Arkadiusz"): a person of the family, whoever they are.
# The three kinds of cue, each a list of words: "my son ...", "mum of ...", "Auntie ...".
_MY_KIN = (
    "son daughter lad boy girl kid child grandson granddaughter nephew niece brother sister "
    "cousin uncle aunt auntie aunty mum mam dad nan nanna nana gran grandma grandad grandpa "
    "husband wife stepson stepdaughter friend mate bestie pal lass bairn nonna nonno babcia "
    "dziadek nani dadi "
    # Scots and Doric: "mah lassie Grace", "ma loon Hunter", "oor quine" (round 32)
    "lassie laddie loon loonie quine quinie wean"
)
_MY_KIN_WORDS = word_set(_MY_KIN)
_DOES_AFTER_KIN_NAME = re.compile(
    r"\s*(?:[,.!?;:)]|$)|'s\s+(?:got|been|just|not|going|starting|doing|in|on|at)\b"
    r"|\s+(?:is|was|has|had|will|would|can|could|did|does|who|just|got|won|said|says|loves|wants|"
    r"needs|went|goes|starts|started|passed|finished|joined|left|came|comes|to\s+be)\b"
)
_VOWEL = re.compile(r"[aeiouy]")
# Chat's adverbs and shops, short or misspelt, that stand where a nickname could: "my mate
# deffo has a spare charger" (the review of the thirty-eighth session).
_CHAT_SLANG = word_set(
    "deffo defo deffs obvs obvi acc accs prob probs alr alrdy jus rly rlly lowkey "
    "asos shein nandos maccies mcdonalds kfc boohoo plt"
)


def _near_english(word: str) -> bool:
    """Whether ``word`` is an English word with one letter dropped or doubled ("realy",
    "stil", "alredy"): a typo, not a nickname."""
    for i in range(len(word)):
        dropped = word[:i] + word[i + 1 :]
        doubled = word[: i + 1] + word[i] + word[i + 1 :]
        if (len(dropped) > 2 and _is_english_word(dropped)) or _is_english_word(doubled):
            return True
    for i in range(len(word) + 1):
        for letter in "aeilnrsty":
            if _is_english_word(word[:i] + letter + word[i:]):
                return True
    return False


# A list of words in small letters ("me n aneeka n saima", "mo, jaz and rizwan"), and its
# words.
_LOWER_LIST = re.compile(
    r"(?<![\w'@#/.&-])[a-z][a-z'-]+(?:(?:,\s*(?:(?:n|and|&)\s+)?|\s+(?:n|and|&)\s+)"
    r"[a-z][a-z'-]+)+(?![\w'@-])"
)
_ME_LEADS = re.compile(r"\bme(?:,\s*|\s+(?:n|and|&)\s+)[a-z]")
_NUMBER_LEADS = re.compile(r"\d[a-z]?,?\s+(?:[a-z'-]+\s+){0,3}$")
_LOWER_LIST_WORD = re.compile(r"(?<![\w'-])(?!(?:n|and)\b)[a-z][a-z'-]+")
# What a person does, after a nickname in small letters: "his mate ibby start here".
_SMALL_DOES_AFTER = re.compile(
    r"\s+(?:is|was|has|had|will|can|did|does|just|got|won|said|says|wants|needs|went|goes|"
    r"start|starts|started|passed|finished|joined|left|came|comes|are|were|have)\b"
)
_VERB_AFTER_NAME = re.compile(r"\s+(?:has|is|was|will|who)\b|'s\b")
_FRIENDS = frozenset({"friend", "mate", "bestie", "pal"})
_CHILDREN = word_set("son daughter grandson granddaughter stepson stepdaughter")
# Words after "my son" that are verbs as often as names: "my son will", "my daughter may".
_NOT_AFTER_KIN = word_set(
    "will may can might must mark pat rob sue grant chase bill frank jack wade drew pierce "
    "sandy lance miles bob art"
)
_KIN_OF_WHOM = "mum mam mom dad mother father parent parents carer guardian nan gran"
_KIN_TITLES = (
    "nanna nana nan nanny gran granny grannie grandma grandad grandpa granda grandda gramps grampa "
    "auntie aunty uncle "
    "bro sis nonna nonno babcia dziadek nani dadi tita tito lola lolo kuya hooyo aabo "
    # (names probe 131: "Khala Nasreen", "Chachu Imran", "Apu Shirin", "Appa Selvarajah",
    # "Khalto Suad", "Teyzem Ayşe", "Mummy Tolu"; Welsh "Nain" and "Taid")
    "khala khalo khalto khalti chachu chacha chachi phupho phuppo mamu mamoo apu appi baji "
    "amma appa akka thatha paati ammi abbu nain taid mamgu tadcu mummy daddy teyze teyzem "
    "halam amcam ablam annem babam tante bunica babushka "
    # (Welsh aunts, uncles and grandfathers: "Anti Meinir", "Yncl Huw", names probe 140)
    "anti yncl modryb ewythr bampi"
)
_KIN_TITLE_WORDS = word_set(_KIN_TITLES)
# The writer saying who they are by a title of kin and a name: "its Nana Bet here".
_KIN_TITLED_HERE = re.compile(
    r"\b(?i:it'?s|it\u2019s|its|this\s+is)\s+"
    rf"(?i:{'|'.join(sorted(_KIN_TITLE_WORDS - {'bro', 'sis'}, key=len, reverse=True))})\s+"
    r"(?P<first>[A-Z][a-z]+)\s+here\b"
)
# Words for kin that are surnames elsewhere too, never a surname just after a first name.
_KIN_NOT_SURNAMES = word_set("mam dad mum nain taid mamgu bampi")
_OBJECT_AFTER = re.compile(r"\s+(?:me|us|you|him|her|them|it)\b", re.IGNORECASE)
_BRANDS_AND_CHAT = word_set(
    "tesco asda aldi lidl morrisons sainsburys greggs primark argos ikea amazon ebay xbox "
    "playstation nintendo netflix spotify tiktok snapchat snap insta instagram facebook "
    "facetime whatsapp youtube uber deliveroo lmao lmfao lol omg smh tbh "
    # (the review of the thirty-third session: "my nephew Roblox got hacked")
    "roblox fortnite minecraft pokemon btec ucas airbnb depop vinted strava discord twitch"
)
_KIN_FIRST = re.compile(
    # (Scots "ma", "mah" and "oor", Geordie "wor": "wor lass Sandra")
    r"(?i:\b(?=[mondfpcgaubshtlkwy]|(?-i:[A-Z]))(?:(?:my|me|ma|mah|our|oor|wor|your|ur|yer|his|"
    # (or someone's: "Johnny Joe's young lad Martin", names probe 131)
    r"her|their|(?-i:[A-Z][a-z]+)'s) "
    r"(?:(?:best|little|big|baby|older|younger|eldest|youngest|oldest|twin|lovely|step|young) )?"
    r"(?:"
    + _MY_KIN.replace(" ", "|")
    + r")|my partner|(?:"
    + _KIN_OF_WHOM.replace(" ", "|")
    + r") of|(?:"
    + _KIN_TITLES.replace(" ", "|")
    + r")))(?:,\s*|\s+)"
    # A first name in either case ("our kid ahmed"), perhaps with a surname ("mother of
    # Ionut Dumitrescu", "my nephew, Paddy Joyce").
    rf"(?P<first>[{_UPPER}a-z][{_LOWER}]+(?:-[{_UPPER}a-z][{_LOWER}]+)?)"
    rf"(?: (?P<last>{_NAME_WORD}))?(?![\w-])"
)


_VIETNAMESE_PARTICLES = word_set("ơi à ạ nhé nha nhá ơ hả")


def _without_small_last_word(d: Detection) -> Detection:
    """``d`` without a last word in small letters of the ranges that count as both cases
    ("Lan ơi", Vietnamese "oh Lan": "ơi" is no surname; names probe 131)."""
    head, space, last = d.match.rpartition(" ")
    if not space or last.lower() not in _VIETNAMESE_PARTICLES:
        return d
    return replace(d, end=d.start + len(head), match=head)


def _without_kin_title(text: str, d: Detection) -> Detection:
    """``d`` without a word for kin at its start ("Nonna Carmela" -> "Carmela")."""
    first, space, rest = d.match.partition(" ")
    if not space or first.lower() not in _KIN_TITLE_WORDS or not rest[:1].isupper():
        return d
    start = d.start + len(first) + 1
    return replace(d, start=start, match=text[start : d.end])


# A name followed by a kin of theirs: "Piran Jenkins' dad", "Ola Adeyemi's mum".
_KIN_AFTER = re.compile(
    rf"(?P<first>{_LED})(?: (?P<last>{_NAME_WORD}))?{_APOSTROPHE_S} "
    rf"(?P<kin>{_KIN_OF})\b"
)
_PARENTS = word_set(
    "mum mam mom dad mother father parents parent carer guardian nan nana gran grandma grandad "
    "ma da mammy daddy"
)
_IRISH_PARENTS = word_set("ma da mammy")
_MY_FAVE_AFTER = re.compile(
    r"\s+(?i:best|fave|fav|favourite|favorite|go-to|cheapest|only|top|new|first|last|worst)\b"
)
_FAMILY_WORDS = word_set("mum mam mom dad nan nana gran grandad")
_KIN_AFTER_WORD = re.compile(rf"'s? (?:{_KIN_OF})\b")
_INTRODUCED_AS_KIN = re.compile(
    rf"\b(?=[TtIi])(?:[Tt]his is|[Ii]t'?s|I'?m|[Ii]m|I am) (?P<first>[{_UPPER}][{_LOWER}]+),? "
    rf"(?:{_NAME_WORD}{_APOSTROPHE_S}) (?:{_KIN_OF})\b"
)
# The words of _KIN_FIRST's cues, for a set test first, in lower case and capitalised
# ("Nanna Morwenna", "My Son Kofi's"; a capitalised one is looked for as a substring).
_KIN_WORDS = word_set(f"{_MY_KIN} partner {_KIN_OF_WHOM} {_KIN_TITLES}")
_KIN_CAPITALISED = re.compile("|".join(sorted({re.escape(w.capitalize()) for w in _KIN_WORDS})))
# Kin and a name that name nobody: "Uncle Sam", "Uncle Tom's Cabin", "Auntie Annie's".
_KIN_PHRASES = word_set("uncle_sam uncle_tom uncle_buck auntie_annie auntie_beeb")
# "Our Kieran's new address": a known first name only.
_OUR_FIRST = re.compile(
    # "wor" is Geordie for "our": "tell wor Kyle to check his dms" (round 38's read half)
    rf"\b(?:[Oo]ur|[Ww]or) (?P<first>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)(?P<s>'s\b)?"
    rf"(?![\w'-]| [{_UPPER}])"
    # not a place of ours: "our Keighley centre", "our Chelsea campus"
    r"(?! (?:centre|center|campus|site|college|branch|office|offices|team|store|shop|library|"
    r"hub|building|academy|school|caf[eé]|depot|base|sites|campuses|centres)\b)"
)
# The writer and a companion, then where they are from or what they did: "me and Dev
# from cyber", "me n Will got merit".
_ME_AND_FIRST = re.compile(
    rf"\b(?:[Mm]e|I) (?:and|n|&) (?P<first>[{_UPPER}][{_LOWER}]+)"
    r"(?= (?:from|off|in|on|got|went|both|were|are|have|did|been|was|stood|sat|waited|"
    r"missed|walked|stayed)\b)"
)
# (nor of a longer name with a particle: "João Pedro dos Santos", names probe 184)
_HYPHEN_GOES_ON = re.compile(
    r"-[^\W\d_]| (?:dos|das|da|do|de|del|della|di|van|von|bin|ibn) [^\W\d_]"
)
# A hashtag of capitalised words run together, and each of its words.
_HASHTAG = re.compile(r"#[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
_TAG_WORD = re.compile(r"[A-Z][a-z]+")
_SIR_WORD_SURNAMES = word_set("khan begum smith")
# What "ask for" asks for that is no one: the bars' safety phrase ("ask for Angela"), a virtue
_ASKED_FOR_WORDS = word_set("angela patience")
_TAG_CAMPAIGN = re.compile(r"For|Free|Team|Done|Miss|Love|Rip|Support|Save|Welcome|Congrats")
# Someone in the writer's class: "Harry in my brickwork class", "Zain from my form".
_FIRST_IN_MY_CLASS = gated(
    re.compile(
        rf"(?P<first>[{_UPPER}](?<![\w'-].)[{_LOWER}]+) (?:in|from|off) my (?:[a-z0-9]+ ){{0,2}}"
        r"(?:class|group|course|form|tutor\s+group|set)\b"
    )
)
_FIRST_AND_I = re.compile(
    rf"(?P<first>[{_UPPER}](?<![\w'-].)[{_LOWER}]+) (?:and|&) (?:I|me) "
    r"(?:are|were|have|had|did|will|won|got|went|made|'re|'ll|'ve)\b"
)
# A first name and the nickname after it: "Gordon aka Gordie".
_AKA = re.compile(
    rf"(?<![\w'-])(?P<first>[{_UPPER}][{_LOWER}]+) (?i:aka) "
    rf"(?P<nick>[{_UPPER}][{_LOWER}]+)(?![\w'-])"
)
_AKA_AFTER = re.compile(rf",? (?i:aka) (?P<nick>[{_UPPER}][{_LOWER}]+)(?![\w'-])")
# After "our" and a first name that is an English word too, what makes it the person:
# "our Jade!!", "our Grace passed" (not "our Summer term", "our Jade plant").
# A first name, then a feat that is its own: "Blessing passed her maths resit", "Hope
# finally smashed her driving test".
_FIRST_ACHIEVED = gated(
    re.compile(
        rf"(?P<first>[{_UPPER}](?<![\w'-].)[{_LOWER}]+) "
        r"(?:(?:has|had|just|finally|only|now) ){0,2}"
        # ("Our Grace has just started her apprenticeship", names probe 173)
        # (not "their": "Chelsea finally started their pre-season", a club's; the review of
        # the thirty-eighth session)
        r"(?:(?:passed|smashed|aced|nailed|completed|started|finished|begun) (?:her|his) "
        # a grade only a learner gets: "Faith got a distinction in her BTEC" (names probe
        # 179)
        r"|(?:got|gets|achieved|earned|gained) (?:a |an )?(?:double |triple )?"
        r"(?:distinction|merit)s?\b)"
    )
)
# (a verb or a preposition between, not a noun the name makes a compound with: "our Mark
# scheme has her name on it", "our Rose garden was her idea"; the review of the
# thirty-eighth session)
_HIS_OR_HER_SOON = re.compile(
    r"\s+(?:through|with|for|to|and|in|on|at|got|gets|has|had|did|left|lost|forgot|brought|"
    r"took|passed|started|finished|loves|wants|needs|said|says|is|was|will|can)\s+"
    r"(?:[\w']+\s+)?(?:his|her|he|she|him)\b"
)
_OUR_FIRST_DOING = re.compile(
    r"\s*(?:[!?]|[.](?!\w)|$|(?:passed|won|scored|graduated|smashed|nailed|aced|turned\s+\d+)\b)"
)
# ... or, after "our" in small letters (a family's way of speaking, within a sentence),
# "has", "is" and the like: "so proud of our Holly has passed" (not "Our Faith has
# carried us", "Our Hope is that ...": a sentence's start, a review found those).
_OUR_FIRST_IS = re.compile(
    r"\s+(?:has|is|was|got|did|came|said|loves|started|finished|just|who|made"
    # ("can the taxi for our Jack pick up from the farm", round 36's read half)
    r"|pick|picks|picked|needs|wants|can|cant|can't|will|wont|won't|forgot|left|went)\b"
    # (not "our Ivy is growing up to the roof")
    r"(?!\s+(?:growing|flowering|blooming|climbing|in\s+flower|looking\s+lovely))"
)
_VIRTUES = word_set("faith hope patience joy grace charity mercy trust peace honour glory")
# After a surname given on a form, what ends the field ("surname Mensah, first name
# Kwabena"; not "surname Smith is the most common", "surname: Capitals please").
_FORM_FIELD_END = re.compile(r"\s*(?:[,;)]|$|\s(?i:first|forename|and\s+first))")
# A form's placeholders, not surnames: "surname Required, first name Required".
_PLACEHOLDERS = word_set(
    "required optional unknown withheld capitals here please blank none surname name"
)
# The names forms give as their example: nobody's.
_EXAMPLE_NAMES = word_set("john_smith jane_smith joe_bloggs jane_doe john_doe fred_bloggs")
_EXAMPLE = re.compile(r"\b(?i:like\s+this|e\.g\.|for\s+example|example|fun\s+fact)")
# "McAllister", "O'Donoghue": a surname by its shape, whatever a word list says of it.
_GAELIC_PREFIX = re.compile(r"(?:Ma?c|O'|MA?C)[A-Z]")
# A surname said to be one: "my surname is spelt Wroblewski", "her last name's Nowak", "my
# maiden name was McAllister", "his second name is O'DONOGHUE" (not "the family name
# was Norman": a house's history).
_SURNAME_SAID = re.compile(
    r"\b(?i:(?:my|his|her|their)\s+(?:surname|last\s+name|family\s+name|second\s+name|"
    r"maiden\s+name)(?:'s|\s+is|\s+was)\s+(?:(?:spelt|spelled|written)\s+(?:as\s+)?)?"
    # a form's words: "ID is 2316045, surname Mensah, first name Kwabena" (any surname:
    # "surname Smith" on a form is no smith)
    # ("... my DOB is 02.11.1989 and surname Okonkwo": the form's next field after "and")
    r"|(?P<form>(?<=[,;:(]\s)|(?<=[,;:(])|(?<=\band\s)|^)surname\s*[:\-]?\s+)"
    rf"(?P<last>(?:Ma?c|O'|MA?C|D')?[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+)"
    rf"(?:-[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+))?)(?![\w'-])"
)
# A learner's role, then a first name alone: "our apprentice Andrei", "learner Amira's".
_ROLE_FIRST = gated(
    re.compile(
        rf"\b(?=[ASLTCDastlcd])(?i:apprentice|student|learner|trainee|(?:canteen|dinner|lunch|tea|"
        r"lollipop|cleaning|site)\s+(?:lady|man|lad|guy))\s+"
        rf"(?P<first>{_NAME_WORD})"
        rf"(?!\w|-| [{_UPPER}])"
    )
)
# A first name and the post it holds: "Dawn is still the safeguarding lead", "Will's our
# new personal tutor".
_ROLE_AFTER_WORD = gated(
    re.compile(
        # (the lookahead lets the scan skip every word that starts with none of the words'
        # letters, instead of trying each word there)
        r"\b(?=[ltmocrnadsp])(?:lead|tutor|teacher|lecturer|manager|officer|co-?ordinator|receptionist|technician|"
        r"caretaker|librarian|nurse|mentor|assessor|counsellor|dsl|principal)\b",
        re.IGNORECASE,
    )
)
_FIRST_IN_ROLE = re.compile(
    rf"(?<![\w'-])(?P<first>[{_UPPER}][{_LOWER}]+)(?: is|'s)? (?:still |now |currently )?"
    r"(?:the|our|my|your) (?:new |old |current |acting |deputy |assistant |head |senior )?"
    r"(?:[a-z-]+ ){0,2}(?i:lead|tutor|teacher|lecturer|manager|officer|co-?ordinator|"
    r"receptionist|technician|caretaker|librarian|nurse|mentor|assessor|counsellor|dsl|"
    r"principal)\b"
)
# A first name just before a phone number: "Ana-Maria 07700 900554", "Sophie on 01872 ...".
# A run of ten digits and spaces, which _FIRST_BY_PHONE needs after the name.
_PHONE_RUN = re.compile(r"\d[\d ]{9}")
_FIRST_BY_PHONE = re.compile(
    rf"(?P<first>{_LED_ALONE})(?: on|:| -)? "
    r"(?=\+?\d[\d ]{9,})"
)
# ... where a name English uses as a word counts too: after a sentence's end or a comma, or
# after a call's verb ("Charlotte 07700 900963" closing a post, "ring Will on 0113 ...").
_UK_PHONE_AFTER = re.compile(
    # (not a helpline's or a business's 0800, 0808 or 03 number, nor one for a table or a
    # takeaway: "Call Hope 0800 068 4141", "ring Ivy 020 7836 4751 to book"; the second review
    # of the forty-first session)
    r"(?:\s+on|:|\s+-)?\s*(?!0800|0808|03\d\d)(?:\+44\s?\(?0?\)?\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?"
    r"\d{3,4}(?![\d ]\d)(?![^.!?\n]{0,30}\b(?:they|for\s+the|table|takeaway|chinese|bank|helpline|"
    r"to\s+book|book)\b)"
)
_SIGNS_WITH_NUMBER = re.compile(
    r"(?:^|[.!?,;:]\s*|\b(?i:call|ring|text|phone|contact|message|msg|whatsapp)\s+)$"
)
_FILIPINO_SAID = re.compile(
    r"\b(?i:po|salamat|kuya|tita|tito|lola|lolo|pancit|adobo|lumpia|kayo|ninyo)\b"
)
_ELDER_TITLED = re.compile(
    r"(?:^|[,.!?]\s*|\b(?i:thanks?|thank\s+you|salamat(?:\s+po)?|hi|hello|kay|si|ni|to|for|"
    r"with|and|ask|tell)\s+)(?:Ate|Kuya|Tita|Tito|Lola|Lolo)\s+"
    rf"(?P<first>[{_UPPER}][{_LOWER}]+)\b"
)
# What a student or a tutor said of the college's day: "Patel said the resit is in the
# sports hall", "McLaughlin said he's getting a letter home".
_COLLEGE_SAID = re.compile(
    r"\b(?i:resit|class|lesson|tutor|bus|college|room|exam|mock|lab|workshop|coursework|"
    r"deadline|homework|assignment|register|detention|practical|placement|trials|training|"
    r"practice|cancelled|session|canteen|library|reception|timetable|getting\s+a\s+letter|"
    r"letter\s+home|we|us|our)\b"
)


_RANKED_THINGS = re.compile(
    r"\b(?i:second|third|house\s+cup|show|gymkhana|pony|horse|dog|cat|judges|rosette)\b"
)
# A first name opening a sentence, before an award only a person wins: "Precious won
# student of the month".
_WON_AN_AWARD = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?P<first>[{_UPPER}][{_LOWER}]+) (?:has\s+)?(?:won|wins)\s+"
    r"(?:(?:student|learner|apprentice|trainee|volunteer)\s+of\s+the\s+(?:month|year|week|term)|"
    r"a\s+distinction|first\s+place|the\s+(?:student|learner|apprentice)\s+award)\b"
)
# A surname alone opening a sentence, before what the person said: "Patel said the resit
# is in the sports hall".
_SURNAME_SAYS = re.compile(
    rf"(?:^|[.!?,;]\s+|\n)(?P<sur>{_NAME_WORD}) (?:said|says|reckons)\b"
    # ... or what state they are in: "Doherty's late again", "Brennan's stuck on the M1"
    # (names probe 218)
    # (not a chain's "McDonald's not open", a star's "McGregor's back": the review of the
    # forty-first session)
    # (or said with "is", or on duty or off all week: "Sandhu's on duty at the gate", "Popal
    # is off all week", names probe 228)
    rf"|(?:^|[.!?]\s+|\n)(?P<state>{_NAME_WORD})(?:'s|\u2019s| is) (?:late|stuck|off\s+sick|away|"
    r"ill|sick|running\s+late|absent|on\s+duty|on\s+leave|off\s+(?:all|this|today|till|until)\b)\b"
    # (not a chain's "late bar", "late night menu", "late opening")
    r"(?!\s+(?:bar|night|opening|menu|licence|license|shift|show))"
    # (two of them: "Fernandes and D'Costa both late again", names probe 228)
    rf"|(?:^|[.!?]\s+|\n)(?P<one>{_NAME_WORD}) and (?P<two>{_NAME_WORD}) (?:both |are |were )?"
    r"(?:late|absent|off\s+sick|away|running\s+late)\b"
    r"(?!\s+(?:bar|night|opening|menu|licence|license|shift|show))"
)
# A surname alone covering a class, wanting something back, or told or asked something
# (read only where the cue's words are in the post, each set in one pass).
_SURNAME_TOLD = re.compile(
    # (or covering a class, or wanting something back, after a comma too: "Chauhan wants
    # the forms back", "Mistry's covering 2B"; or told or asked something: "can someone
    # tell Parmar the visit moved"; names probe 233)
    rf"(?:^|[.!?,;]\s+|\n)(?P<covers>{_NAME_WORD})"
    # (covering a class, not a cost: "Wilson's covering the bill"; the review of the
    # forty-second session)
    r"(?:(?:'s|\u2019s| is) covering(?=\s+(?:\d+[A-Za-z]?\b|[A-Z]\d|the\s+(?:class|group|lesson|"
    r"register|room|rota|desk|gate)|period|for\s+[A-Z]))| wants the| needs the)\b"
    # (or what they are to be told of them: "Tell Trethewey he still owes me a pasty",
    # round 42's read half)
    rf"|\b(?:[Tt]ell|[Aa]sk|[Rr]emind|[Ee]mail|[Mm]essage)\s+(?P<told>{_NAME_WORD})"
    r"(?=\s+(?:the|about|to|that|if|when|he|she|they)\b)"
)
# A capitalised first name greeted at a sentence's start, before a comma, a cry or the
# end: "Hi Ben, it's Mrs Lakhani", "Morning Dev!" (round 40's read half).
_HELLO_WORD = re.compile(
    _cue_letters("hi", "hey", "hello", "morning", "evening", "afternoon")
    + r"(?<!\w.)"
    + _cue_rest("hiya", "hi", "heya", "hey", "hello", "morning", "evening", "afternoon")
    + r"\b"
)
_HELLO_FIRST = re.compile(
    r"(?:^|[.!?]\s+|\n)(?i:hi|hiya|hey|heya|hello|morning|evening|afternoon)\s+"
    rf"(?P<first>[{_UPPER}][{_LOWER}]+)(?=\s*(?:,|!|$))"
)
# A first name alone that someone is asked, told or seen ("ask Mateusz, he sorted it", "is
# Abdul in today"), that says or does ("Dafydd says the workshop is shut"), or that owns
# something ("Kacper's charger").
# Each is tried only when its own words are in the post (:meth:`PersonLikeNames._alone`).
_FIRST_TOLD = re.compile(
    # the lookaheads let the scan skip every word that starts with none of the cues' letters
    r"\b(?=[atsmrckATSMRCK])(?i:ask(?: for)?|asked(?: for)?|asking for|tell|told|saw|seen|message|"
    # ("anyone know a Tomasz on plumbing?")
    r"text|ring|know an?|call)\s+"
    rf"(?P<first>{_NAME_WORD})(?![\w'-]| [{_UPPER}][{_LOWER}])"
    # "is Abdul in today", "Does Olamide still have": a person's whereabouts
    rf"|\b(?=[idhwIDHW])(?i:is|does|did|has|was)\s+(?P<asked>{_NAME_WORD})"
    r"(?= (?:in|still|coming|ok|okay|alright|here|around|off|back|about|free|"
    r"on\s+(?:the\s+)?(?:course|placement)))"
    # "Happy birthday Lily!", "happy 18th Angharad", "Happy retirement Pat!", "Wishing
    # Destiny a speedy recovery", "Thanks Hope": a person's day, thanks or praise, whatever
    # the name
    r"|\b(?=[hHpPtTcCwWsSgG])(?i:(?:happy (?:birthday|bday|b-day|retirement|\d{1,3}(?:st|nd|rd|th)"
    r"(?: birthday)?)|pen-?blwydd hapus|thanks|thank you|cheers|congrats|congratulations|well done|"
    r"shout ?out|wishing|good luck)(?: so much| again)?(?: to)?(?: our (?:very )?own)?,?)"
    # (a pair after praise is read as a pair: "Well done Jordan and Georgia teams")
    rf"\s+(?P<celebrated>{_NAME_WORD})(?![\w'-]| [{_UPPER}][{_LOWER}]| (?:and|&) )"
)
_THEY_AFTER = re.compile(r",?\s+(?:they|it)\b")
_HERE_NOT_ME = re.compile(r"\s*(?:,|(?i:till|until|today|tonight|now|all|for|in|on|at)\b)")
_FROM_A_COURSE = re.compile(r"\s+[a-z]")
_OPENS_POST = re.compile(r"\s*(?:(?i:hi|hiya|hey|hello|morning|evening)\b[\s,!]*)?")
_ITS_ME = gated(
    re.compile(
        rf"\b(?i:its|it's|it\u2019s)\s+(?P<first>{_NAME_WORD})"
        r"(?=\s+(?P<then>(?i:btw|here))\b|\s+(?P<origin>from)\s)"
    )
)
_NEIGHBOUR = re.compile(
    # "Paddy from next door", "Will who lives upstairs"
    rf"(?P<first>{_LED}) (?:from|at|who\s+lives)\s+(?:next\s+door|"
    r"(?:across|over|up|down)\s+the\s+road|upstairs|downstairs)\b"
)
_CONDOLENCE_WORDS = ("thoughts", "prayers", "condolences", "sympathies", "hearts")
_CONDOLED = re.compile(
    r"\b(?i:(?:our\s+)?(?:thoughts|prayers|condolences|sympathies|hearts)(?:\s+and\s+prayers)?"
    r"\s+(?:are\s+|go\s+)?(?:out\s+)?(?:with|to))\s+"
    rf"(?P<first>{_NAME_WORD})\s+(?:and|&)\s+(?i:the|his|her|their|all\s+the)\s+(?i:family|"
    r"families|kids|children|boys|girls)\b"
)
_SAYS = re.compile(
    r" (?:says|said|reckons|thinks|told|asked|wants|needs|still|isn't|wasn't|keeps|hasn't|"
    r"hadn't|doesn't|didn't|can't|couldn't|won't)\b"
)
_FIRST_SAYS = re.compile(rf"(?P<subject>{_LED}){_SAYS.pattern}")
# (also before a subject or a course in capitals: "Leonor's PE kit", "Amir's BTEC folder",
# names probe 104; a firm's next word is capitalised: "Rose's Garden Centre")
_FIRST_OWNS = re.compile(
    rf"(?P<owner>{_LED})"
    r"(?='s (?:(?:(?!(?:UK|US|USA|EU|HQ|LTD|PLC)\b)[A-Z]{2,5}|English|Maths|Science|History|"
    r"Geography|Drama|Music) )?[a-z])"
)
# What only a person has: "Jess's number", "Frank's mum" (not "Will's Mill", "Rose's Garden
# Centre": a business's name is capitalised).
_PERSONS_THING = re.compile(
    r"(?:number|phone|mobile|snap|snapchat|insta|email|address|mum|mam|mom|dad|nan|nana|"
    r"gran|grandma|grandad|brother|sister|boyfriend|girlfriend|bf|gf|husband|wife|partner|"
    r"son|daughter|kids?|baby|birthday|charger|lanyard|locker|house|flat|leaving|retirement|"
    r"wedding|funeral)\b"
)
# A first name alone with a pronoun for the person after it in the same clause: "Zeynep got
# her first job", "getting Jamal through his resits", "Keeley-Mae is in it and she's ...".
_PRONOUNS = r"(?i:he|she|his|her|him|herself|himself)"
# (led by the pronouns' first letters and each read on from its second: the scan skips in C
# to an "h" or an "s", and the same matches as "\b(?=[hsHS]){_PRONOUNS}\b")
_PRONOUN = re.compile(
    rf"[hsHS](?<!\w.){_cue_rest('he', 'she', 'his', 'her', 'him', 'herself', 'himself')}\b"
)
_FIRST_PRONOUN = re.compile(
    rf"(?P<near>{_LED_ALONE})"
    rf"(?=(?: [\w'-]+){{0,5}}? {_PRONOUNS}(?:'s)?\b)"
)
# A first name that opens a sentence spoken to someone: "Lewis u owe me £30".
_SPOKEN_TO = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?:(?i:hey|oi|hiya|yo|hi)\s+)?(?P<first>{_NAME_WORD})(?:,|!+|\?+)? "
    r"(?=(?i:you|u|ur|ya|you'?re)\b"
    # or told to fetch what is theirs: "Ben come get your charger from reception" (names
    # probe 144)
    r"|(?i:come|pop|go)\s+(?:and\s+|n\s+)?(?:get|grab|collect|pick\s+up)\s+(?:your|ur|yer)\b)"
)
# A name that is also a word ("Grace", "Will") spoken to only before what chat says to
# someone: "Grace you still owe me a fiver", "Summer u up?" (not "Rob you blind", "Miles
# you've run")
_OWED = r"(?:owe|left|forgot|promised)"
_SPOKEN_TO_CHAT = re.compile(
    rf"\s*(?i:u|ur|you\s+(?:still\s+)?(?:{_OWED}|said|better|need\s+to)|you\s+still"
    r"|(?:come|pop|go)\s+(?:and\s+|n\s+)?(?:get|grab|collect|pick\s+up)\s+(?:your|ur|yer))\b"
)
# ... and in small letters, only before what is owed: "lewis u owe me £30"
_SPOKEN_TO_SMALL = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:hey|oi|hiya|yo)\s+)?(?P<first>[a-z][a-z'-]+)(?:,|!+)? "
    rf"(?=(?:u|ur|you)\s+(?:still\s+)?(?:{_OWED}|need\s+to\s+(?:pay|give|bring))\b)"
)
_SEASONS = word_set("summer winter spring autumn")
# Words for anyone a post is said to: "babe you still owe me", "honey u left ur coat".
_TERMS_OF_ADDRESS = word_set("babe honey hun sugar darling angel sweetie love duck pet chick")
# Small-letter cues (see PersonLikeNames._in_small_letters_cued): a cheap look first.
_SMALL_CUE_WORDS = re.compile(
    r"\b(?:said|says|reckons|hiya|hi|hey|heya|morning|our|ask\s+for|n|and|&|in|from|kay|si|ni)\b"
    # (someone spoken to at the post's start: "grace ur so funny", "dawn can u ...")
    r"|\A\s*[a-z][a-z'-]+\s+(?:ur|you'?re|youre|can|could|would|did|do)\b"
    r"|#(?:team|justicefor|free|welldone|prayfor)"
)
_SMALL_NAME = r"[a-z][a-z'-]+"
# (read branch by branch, each only in a post that holds the words it needs: most posts
# hold the words of one or two of the eight, and the pattern whole tried every branch at
# every place; the matches are the same, see prefilter.Alternation)
_SMALL_CUED = Alternation(
    re.compile(
        # "frank said he'd pay", "lincoln said he'll be late"
        rf"(?:^|[.!?,;]\s+|\n)(?P<said>{_SMALL_NAME})\s+(?:said|says|reckons)\s+(?:he|she)"
        r"(?:'d|'ll|'s|\s+will|\s+would|\s+is|\s+was|\s+can|\s+can't|\s+cant)\b"
        # "hiya mark, can u mark my essay"
        rf"|\b(?:hiya|hi|hey|heya|morning)\s+(?P<hello>{_SMALL_NAME})\s*,"
        # "tell our jade i'll be at the bus stop"
        rf"|\b(?:tell|ask|give|for|with|text|ring)\s+our\s+(?P<our>{_SMALL_NAME})\b"
        # "ask for hope at the front desk", "ask for bill at the site office"
        rf"|\bask\s+for\s+(?P<desk>{_SMALL_NAME})\s+(?:at|on|in)\s+(?:the\s+)?(?:front\s+desk|"
        r"reception|desk|(?:site\s+|main\s+|exams?\s+)?office|gate|bar|counter|library)\b"
        # "rose n her mam are selling raffle tickets"
        rf"|(?:^|[.!?]\s+|\n)(?P<kin>{_SMALL_NAME})\s+(?:n|and|&)\s+(?:her|his|their)\s+(?:mam|mum|"
        r"mom|dad|nan|gran|sister|brother|boyfriend|girlfriend|bf|gf)\b"
        # "real thanks to gwenllian in finance" (a name no word spells)
        rf"|\b(?P<dept>{_SMALL_NAME})\s+(?:in|from)\s+(?:the\s+)?(?:finance|reception|admissions|"
        r"student\s+services|office|exams\s+office)\b"
        # "harry from L2 sport sold me fake tickets" (names probe 223)
        rf"|\b(?P<level>{_SMALL_NAME})\s+from\s+(?i:l|lvl|level|yr|year)\s?\d\b"
        # "#teamdaniyal" (a name no word spells)
        r"|#(?:team|justicefor|free|welldone|prayfor)(?P<tag>[a-z]{3,})\b"
        # "salamat po kay ate joy sa canteen": a Filipino older sibling's or elder's title
        rf"|\b(?:kay|si|ni)\s+(?:ate|kuya|tita|tito|lola|lolo)\s+(?P<elder>{_SMALL_NAME})\b"
    )
)
# Someone spoken to in small letters at the post's start: "grace ur so funny", "summer ur
# outfit was unreal", "dawn can u save me a seat" (names probe 218; a name that is a word
# too, as the cue says a person: read at the start alone, with one match).
_SPOKEN_TO_AT_START = re.compile(
    rf"\s*(?P<called>{_SMALL_NAME})\s+(?:ur|you'?re|youre)\s+(?:so|such|outfit|hair|"
    r"dress|fit|proper|well|actually|literally|mad|mental|funny|amazing|unreal|gorgeous|"
    r"stunning|class|a\s+legend|the\s+best)\b"
    rf"|\s*(?P<askedu>{_SMALL_NAME})\s+(?:can|could|would|did|do)\s+(?:u|you|ya|ye)\s+"
    r"(?:save|get|grab|bring|send|lend|check|pick|give|help|tell|ask|come|do)\b"
)
_CALLED_NOT_NAMES = word_set("sonny guy buddy pal lad lass kid son boss chief")
_TAGALOG_KAY = re.compile(
    r"\b(?P<kay>kay)\s+(?=ate|kuya|tita|tito|lola|lolo)\b"
    # (and Swahili's "thank you very much", "asante sana")
    r"|\basante\s+(?P<sana>sana)\b"
)
# ... the cues that say a person whatever the word (the others need a name no word spells)
_SMALL_CUES_FOR_ANY_NAME = frozenset(
    {"said", "hello", "our", "desk", "kin", "elder", "called", "askedu", "level"}
)
# "jack n ellie-rose got engaged", "summer n autumn (twins) are doing the show"
_SMALL_PAIR = gated(
    re.compile(
        rf"(?:^|[.!?]\s+|\n)(?P<pa>{_SMALL_NAME})\s+(?:n|and|&)\s+(?P<pb>{_SMALL_NAME})\s+"
        r"(?:(?P<twins>\(twins\))|got|are|were|have|had|did|went|r)\b"
        # (not pets: "luna and milo are my cats")
        r"(?![^.!?\n]{0,25}\b(?:cats?|dogs?|kittens?|pupp(?:y|ies)|pets?|rabbits?|hamsters?|"
        r"guinea\s+pigs?|horses?|ponies|budgies?|fish)\b)"
    )
)
_PET_SAID = re.compile(
    r"\U0001f43e|\b(?i:run\s+free|rainbow\s+bridge|good\s+(?:boy|girl)|woof|purr\w*)\b"
)
_NOT_SPOKEN_TO = word_set("will may hope miss love mark bless sunny bill pat sue")
# First names that a post names more often as a place, a club, a brand, a device or a
# story's character than as a person, with a pronoun beside them ("Chelsea won and he
# scored twice", "Alexa played his song"): not read as a first name alone by that cue.
# Greetings that are first names too, opening a post before a comma: "Selam, I am Senait"
# (round 34's read half).
_HELLO_ABROAD = word_set("selam")
# Welsh counties are "Sir" and a name ("Coleg Sir Gâr"): no knight.
_WELSH_COUNTY = gated(
    re.compile(
        r"\bSir (?:G\u00e2r|Gar|Benfro|Fynwy|Ddinbych|F\u00f4n|Fon|Gaerfyrddin|Drefaldwyn|"
        r"Feirionnydd|Frycheiniog|Faesyfed|Fflint|Forgannwg|Geredigion|Gaernarfon)\b"
    )
)
_SELDOM_PEOPLE = word_set(
    "alexa siri cortana mercedes zara devon chelsea everton hermione matilda colman nike"
)
# Both: names seldom a person's, and names that are words no cue of a person overrules
_SELDOM_OR_WORDS = _SELDOM_PEOPLE | _NOT_SPOKEN_TO
# Greek words that are first names elsewhere, and the word after them that makes them
# Greek chat: "ela re", "ela mou" ("come on", "come here, love").
_GREEK_CALLS = word_set("ela")
# "lan" said to a mate in Turkish chat ("cevap ver lan", round 37's read half), told by the
# Turkish words around it.
_TURKISH_CALLS = word_set("lan ulan hadi abi abla")
_TURKISH_MARKERS = word_set(
    "abi abla kanka cevap ver hadi naber nasilsin nas\u0131ls\u0131n tamam evet hayir "
    "hay\u0131r yok var bi "
    "bir ne bu şu moruk kardeşim kardesim lan ulan bak gel git olm oglum oğlum yaa yani"
)


def _turkish_chat(words: Iterable[str]) -> bool:
    """Whether a post's words (in small letters) hold two or more of Turkish chat's."""
    return len(_TURKISH_MARKERS.intersection(words)) >= 2


# Letters only Vietnamese writes (its tones on its vowels, and "đ"): two or more of them
# mark a post in Vietnamese, whose words in small letters are never names ("đã hoàn thành
# khóa học", completed the course; names probe 268).
_VIETNAMESE_LETTERS = frozenset(
    "\u01a1\u01b0\u0111\u1ea1\u1ea3\u1ea5\u1ea7\u1ea9\u1eab\u1ead\u1eaf\u1eb1\u1eb3"
    "\u1eb5\u1eb7\u1eb9\u1ebb\u1ebd\u1ebf\u1ec1\u1ec3\u1ec5\u1ec7\u1ec9\u1ecb\u1ecd"
    "\u1ecf\u1ed1\u1ed3\u1ed5\u1ed7\u1ed9\u1edb\u1edd\u1edf\u1ee1\u1ee3\u1ee5\u1ee7"
    "\u1ee9\u1eeb\u1eed\u1eef\u1ef1\u1ef3\u1ef5\u1ef7\u1ef9"
)


# Vietnamese words for kin and teachers, then a given name in small letters, and the
# commonest given names.
_VIETNAMESE_KIN_NAME = re.compile(
    r"\b(?:ch\u1ecb|anh|em|c\u00f4|ch\u00fa|b\u00e1c|b\u00e0|\u00f4ng|d\u00ec|c\u1eadu|"
    r"th\u1ea7y)\s+(?P<name>[^\W\d_]+)\b"
)
_VIETNAMESE_GIVEN = word_set(
    "hương lan linh trang mai hà hoa thảo ngọc minh tuấn hùng dũng nam long hải phương hạnh "
    "huyền thu hằng nga vy quỳnh yến dung tâm khoa đức bình quang sơn tùng hiếu việt hoàng phúc "
    "thủy nhung loan oanh liên hiền vân giang khánh duy huy trung kiên"
)


# Vietnamese words written without marks that are first names elsewhere: "mai" (tomorrow),
# "nam" (year), "anh" (elder brother), "em" (younger sibling).
_VIETNAMESE_PLAIN_WORDS = word_set(
    "mai nam an em anh ba me con chi toi ban ve la co di hay lam nay"
)


def _vietnamese(lowered: str) -> bool:
    """Whether a post (in small letters) holds two or more of Vietnamese's own letters."""
    return not lowered.isascii() and len(_VIETNAMESE_LETTERS.intersection(lowered)) >= 2


_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|her|his|their|our|your|ur|me)\s+$", re.IGNORECASE)
_GREEK_CALLED = re.compile(r"\s+(?:re|mou)\b")
# A word that may be a first name alone (:meth:`PersonLikeNames._anywhere`): not inside an
# e-mail address, a handle, a link or a number ("ryan.mcbride@", "@niamh_", "#Priya").
_LONE_WORD = re.compile(
    rf"(?<![\w'@#/.&+=-])[{_UPPER}{_LOWER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?"
    # (not before "'ll", "'d", "'ve": "Callum'll"; but a Turkish case ending, "Mehmet'in
    # annesi", "Elif'e", "Ayşe'den", is the name's)
    r"(?![\w@+=-]|\.\w|['\u2019](?!(?:n?[\u0131iu\u00fc]n|y?[ae]|y[\u0131iu\u00fc]|[dt][ae]n?|l[ae])"
    r"\b)[a-rt-z])"
)
# What makes such a word part of something else when it follows: a capitalised word or an
# ampersand ("Gavin & Stacey", "Marcus Rashford", "Hassan's Kebab House"), an epithet
# ("Kevin the alpaca"), or a word for a place, a building or a thing named after someone.
_LONE_AFTER = re.compile(
    # "stu no 2315590": a short word for "student" before a number (not "Kwabena no. 2316045")
    r"(?<=[sS]tu)\s+(?i:no\.?|number|num|id)\s*[:.]?\s*\d|"
    # a capitalised word, but not "I" ("sorry Thandiwe I forgot")
    rf"(?:'s?)?(?: +(?:(?!I\b|I')[{_UPPER}]|&|"
    # an epithet: "Kevin the alpaca", "Alfred the Great" (not "tell kacper the bus is late")
    # ("Winnie the Pooh", "Colin the Caterpillar", "Millie the labrador")
    rf"the +(?:[{_UPPER}]|(?:[a-z]+ +)?(?i:alpaca|llama|sheep|lamb|pig|piglet|sow|cow|bull|"
    r"calf|horse|pony|donkey|dog|puppy|cat|kitten|hamster|rabbit|bunny|tortoise|parrot|owl|"
    r"hen|cockerel|rooster|duck|fish|goldfish|snake|ferret|bear|elephant|lion|tiger|"
    r"labrador|spaniel|terrier|collie|poodle|retriever|greyhound|peacock|tarantula|spider|"
    r"gecko|lizard|hedgehog|caterpillar|unicorn|dragon|giraffe|monkey|penguin|great|"
    r"terrible|conqueror|confessor|unready|bastard|hun|tank|engine|explorer|builder)s?\b)|"
    # a work: "Layla by Eric Clapton", "Florence and the Machine"
    rf"by +(?:the +)?[{_UPPER}]|and +the +[{_UPPER}]|"
    # a place, a building, a prize or a scheme, in either case where the word is seldom
    # anything else, capitalised where chat uses it ("darragh way too funny")
    r"(?i:park|road|rd|street|st|terrace|avenue|ave|crescent|grove|gardens|square|mews|"
    r"estate|quarter|building|centre|center|campus|sites|college|school|academy|suite|library|"
    r"theatre|church|chapel|cathedral|station|bridge|hospital|stadium|arena|bay|beach|island|"
    r"isle|loch|lough|river|airport|shopping|award|awards|prize|trophy|foundation|scholarship|"
    r"programme|program|bus|coach|insurance|ins)\b|"
    r"(?:Close|Drive|Lane|Way|Place|Court|Row|Hill|View|Walk|Green|Hall|House|Room|Wing|"
    r"Ward|Cup|Fund|Trust|Grant|Day|Week|Line|Scheme)\b)"
    rf"|-[{_UPPER}])"
)
# ... or when the words before it are a journey's ("trip to Skye", "flights from Glasgow
# to Sofia") or "ring of" (tried only after the last words of these, _BEFORE_PHRASE_ENDS).
_LONE_BEFORE = re.compile(
    r"\b(?i:ring\s+of|"
    r"(?:(?:field\s?)?trips?|flights?|flying|fly|travel(?:l?ing)?|heading|holiday|tour|exchange|off|"
    r"twinned\s+with\s+\w+\s+in|visit(?:ing|ed)?\s+\w+\s+in)\s+(?:to|from|in)|"
    r"(?:\w+\s+)?to\s+\w+\s+from|from\s+\w+\s+to|"
    # "the one out past Ross", "just outside Ludlow", "miles beyond Thurso"
    r"(?:out|just|way|right|miles|mile|up|down|over|somewhere)\s+(?:past|beyond|outside|towards|"
    r"near))\.?,? +$"
)
_LOWER_WORDS = re.compile(r"[^\W\d_]+")
# (in ASCII those letters are A to Z: the same runs, read by a plain class in half the time)
_ASCII_WORDS = re.compile(r"[A-Za-z]+")
_CAPITALISED = re.compile(rf"[{_UPPER}][^\W\d_]+")
_TAGGED = re.compile(
    # not an organisation tagged by its name: "@Robert Gordon University"
    rf"(?<![\w@])@(?P<first>{_NAME_WORD}) (?P<last>{_NAME_WORD})(?![\w'-]| [{_UPPER}])"
)
# A handle of a first name alone, or with an initial or digits ("@Chloe", "@kasia_w",
# "@priya07"; not "@bronagh_art", an account for a business or a page).
_TAGGED_FIRST = re.compile(
    rf"(?<![\w@])@(?P<first>[{_UPPER}a-z][{_LOWER}]+)(?:[_.]?[A-Za-z]{{1,2}}|[_.]?\d+)?"
    rf"(?![\w@.-]| [{_UPPER}][{_LOWER}])"
    # "@amara.okonkwo_", "@jayden_mcc": a first name, a dot or a line, a surname or a part
    rf"|(?<![\w@])@(?P<first2>[{_UPPER}a-z][{_LOWER}]+)[_.](?P<rest>[a-z]{{3,}})(?:_?\d*|_[a-z])"
    r"(?![\w@.-])"
)
# A first name joined to a name found, after it or before it ("Hetal Mistry and Dev.",
# "kyle n ashleigh"): a word alone, not the first of a longer name.
_PARTNER_AFTER = re.compile(
    r"(?P<joint>,| and| &| n) (?P<first>[A-Za-z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)\b(?![\w'-]| [A-Z])"
)
_SAID_TWICE = re.compile(r"([A-Z][a-z]{2,})-\1")
_PARTNER_BEFORE = re.compile(
    r"(?<![\w'-])(?<![A-Z][a-z] )(?P<first>[A-Za-z][a-z]{2,}) (?:and|&|n) $"
)
# A handle of letters (and a dot, a line or digits), for reading first name and surname
# run together in it; and, at a place in a handle, an initial between them ("priya_k_nair").
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z]{2,}(?:[_.]?[A-Za-z]+){0,2})\d*(?![\w@.-])")
_INITIAL_THEN = re.compile(r"[_.]?[A-Za-z][_.]")
_FOLLOW_BEFORE = re.compile(r"(?i:follow|check\s+out|visit|go\s+to|find\s+us\s+at)\s+$")
_NAME_WORD_ONLY = re.compile(_NAME_WORD)
_STORMS = gated(re.compile(r"\b(?i:storms?|hurricanes?|typhoons?|cyclones?)\b"))
# An item of a list just before ("Rome, Venice, Florence"), and a place's preposition.
_LISTED_BEFORE = re.compile(rf"(?<=[,:] )([{_UPPER}][\w'-]*),? (?:and |& )?$")


def _letter_runs(text: str) -> list[str]:
    """The runs of letters in ``text`` (:data:`_LOWER_WORDS`'s matches)."""
    return (_ASCII_WORDS if text.isascii() else _LOWER_WORDS).findall(text)


def _previous_word(text: str, start: int) -> tuple[str, bool]:
    """The word just before ``start`` past spaces (and a comma or a full stop just after
    it), and whether a comma stood there: ("cockerel", True) before "Reginald" in "Our
    cockerel, Reginald"; ("", False) when no space comes first ("(Sandra", "@niamh")."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == start:
        return "", False
    comma = text[i - 1] == ","
    j = i - 1 if text[i - 1] in ",." else i
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'\u2019-"):
        k -= 1
    return text[k:j], comma


# The word before that makes a first name part of something else: an article ("the
# Erasmus grant", "a Nike bag"), a title, a saint, a royal, a storm, a county or a river,
# an animal ("college cat Luna", "therapy dog Winnie"); and the last words of the phrases
# of :data:`_LONE_BEFORE`.
_BEFORE_WORDS = word_set(
    "a an the st saint queen king prince princess lady lord sir dame duke duchess mr mrs ms "
    "miss mx dr prof uncle aunt auntie storm hurricane mount mt port fort lake cape pope "
    "emperor empress tsar sultan prophet hms county co river lough loch isle team féile "
    "fhéile feile fheile cat dog kitten puppy pony horse ferret rabbit hamster alpaca llama "
    "goat sheep lamb pig piglet cow calf hen chicken tortoise parrot snake budgie cockerel "
    "rooster donkey lizard gecko owl duck dragon iguana axolotl snail teddy tortoise bear"
)
_BEFORE_PHRASE_ENDS = word_set("to from in of past beyond outside towards near")
# First names of ours that stand alone for something else more often than for someone:
# months and days cut short ("20 Jan", "Mon-Thu"), brands and schemes, a word of chat.
_NOT_ALONE = word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
    "sat sun nike erasmus wen nino "
    # words of other languages that are names of ours too: Welsh ("Mae croeso i bawb"),
    # Gaelic, Roman Urdu and Hindi ("kya scene hai"), prayer ("ameen", "make dua"), greetings
    "mae gael dod beth pam oran kya hai hain dil diya ameen dua jannah shukriya merci ole "
    "peng kia nada sabah baraka lakshmi krishna cara christian margherita alla della xin "
    # festivals: the Kurdish and Persian new year
    "newroz nowruz norooz navroz"
)
# Words that mark a post as written in Welsh, where many words are names of ours too
# ("Eira mawr heddiw", "Haf hapus i bawb"): such a post's first names alone are not read.
_WELSH_MARKERS = word_set(
    "yn mae gyda ein eich wedi heddiw diolch croeso bawb ydy sydd hefyd nawr rydyn rydym "
    "nhw hapus mawr lwc braf heno gyfer newydd dy fyd eleni"
)
# Words of Welsh chat, two of which mark a post as written in Welsh (for names mutated
# after the words that mutate them, see PersonLikeNames._welsh_mutated; a few of them
# looked for first in one pass, _WELSH_WORDS).
_WELSH_CHAT = _WELSH_MARKERS | word_set(
    "efo hefo dw dwi mynd dydd bore achos bod wyt ti isio eisiau ges cael yfory fory iawn "
    "nos ond hwyr eto gen gynnon dod wela welai plis"
)
# A capitalised word after a Welsh word that mutates the next: "gan Feirion", "a Chatrin",
# "i Ddafydd", "efo Gethin", "o Fangor".
_WELSH_MUTATOR = re.compile(
    r"(?<![\w'])(?:gan|i|o|at|am|dros|drwy|heb|wrth|dan|efo|hefo|gyda|a|ac|\u00e2|ei|fy|"
    rf"annwyl)\s+(?P<name>[{_UPPER}][{_LOWER}]+)\b"
)
# Words of Irish and Scottish Gaelic chat, two of which mark a post as written in one (for
# names called to or after a preposition, see PersonLikeNames._gaelic_lenited; a few looked
# for first in one pass, _GAELIC_WORDS).
# (not the short words English has too: "go", "do", "an", "le", "mi"; the review of the
# forty-first session)
_GAELIC_CHAT = word_set(
    "tá tha bhí bha agus bhfuil aig agat agad leat inniu anocht amárach a-màireach "
    "ciamar dhomh dhuit thu sinn sibh maith raibh chuig rang gaeilge "
    "gàidhlig teacht fanacht faighneachd dheidhinn mòran moran taing airson comhghairdeas "
    "chéad tabhair agamsa más thoil"
)
# Irish counties and Scottish islands that are first names too: "Tá Kerry ag imirt".
_GAELIC_PLACES = word_set(
    "kerry clare down derry mayo skye iona lewis arran islay harris tyrone shannon keith lorne"
)
# A first name called to with "a" (the vocative) or after a preposition of Irish or
# Scottish Gaelic: "a Sheáin", "a Mhòrag", "do Phádraig", "le Mhàiri", "aig Ciaran".
_GAELIC_CALLED = re.compile(
    rf"(?<![\w'])(?:a|do|le|ri|dha|aig|ag|de|ó|o|faoi|mu|air|ar|don|chuig|agus|"
    # (and who was or is: "Bha Seumas a' faighneachd", "tá Niamh ag fanacht")
    rf"(?i:bha|bhí|tha|tá))\s+"
    rf"(?P<name>[{_UPPER}][{_LOWER}]+)\b"
)
# After a Welsh mutated word: a place's or a saint's next word, a prince's "ap".
_WELSH_PLACE_AFTER = re.compile(rf"\s+(?:[{_UPPER}]|ap\b|ab\b)")
# Welsh villages, a brand and food that a mutation makes look like names: Carmel (Garmel),
# Mostyn (Fostyn), Bethel (Fethel), Fila, Thai (the second review of the forty-first
# session).
_WELSH_VILLAGES_MUTATED = word_set("garmel fostyn fethel drefor fila thai")
_WELSH_TRAVEL_BEFORE = re.compile(
    r"\b(?i:mynd|dod|teithio|gyrru|cerdded|symud|hedfan)\s+(?:i|o)\s+$"
)
# Whose kin, in Welsh: "Mam Ffion" (Ffion's mum), "Taid Osian".
_WELSH_KIN_NAME = re.compile(
    rf"(?<![\w'])(?i:mam|dad|nain|taid|anti|yncl|modryb)\s+(?P<name>[{_UPPER}][{_LOWER}]+)\b"
)
# Welsh words that are first names of ours too: snow, summer, star, tune, rainbow,
# sunshine, white, breeze, peace, fire, May.
_WELSH_WORD_NAMES = word_set("eira haf seren alaw enfys heulwen gwyn gwen awel hedd tân tan mai")
# People known by one name, whose name in a post is seldom anyone else's.
_MONONYMS = word_set(
    "adele elvis ronaldo zidane rishi boris beyonce rihanna madonna shakira delia salah malala"
)
# First names that are famous places too, and the words of a trip that make them the place:
# "Visited Florence for the art trip", "Anyone going Florence on the art history trip?",
# "then Florence next spring" (not "Florence got a distinction").
_DESTINATIONS = re.compile(r"\b(?i:destinations?|on\s+the\s+map|capital\s+cities|countries)\b")
_PLACE_FIRST_NAMES = word_set(
    # (an airport: "Flight from George Best to Shannon", names probe 258)
    "florence jordan chelsea kerry lincoln sydney paris georgia victoria india siena verona "
    "vienna geneva adelaide savannah phoenix orlando austin dallas devon lourdes petra iona shannon"
)
# Lithuanian letters, and a surname of Lithuanian shape after a capitalised given name:
# "Gintarę Kazlauskaitę", "Rūta Jankauskienė", "Tomas Petrauskas".
_LITHUANIAN_LETTERS = re.compile("[\u0105\u010d\u0119\u0117\u012f\u0161\u0173\u016b\u017e]")
_LT_UPPER = "A-Z\u0104\u010c\u0118\u0116\u012e\u0160\u0172\u016a\u017d"
_LT_LOWER = "a-z\u0105\u010d\u0119\u0117\u012f\u0161\u0173\u016b\u017e"
_LITHUANIAN_NAME = re.compile(
    rf"(?<![\w-])[{_LT_UPPER}][{_LT_LOWER}]{{2,}} [{_LT_UPPER}][{_LT_LOWER}]+"
    r"(?:ait\u0117|ait\u0119|aitei|ait\u0117s|ien\u0117|ien\u0119|ienei|yt\u0117|yt\u0119|ytei|ut\u0117|"
    r"ut\u0119|\u016bt\u0117|\u016bt\u0119|auskas|ausk\u0105|auskui|evi\u010dius|evi\u010di\u0173|"
    r"evi\u010diui|avi\u010dius|aitis|ait\u012f|ai\u010diui|\u0117nas|\u0117n\u0105)(?![\w-])"
)
# Thanks or congratulations in the languages our learners' families write in, then one or
# two capitalised first names ("Ačiū Rūtai ir Giedriui", "gratulacje dla Oliwii i Bartka",
# "mulțumesc lui Ioana", "obrigada Inês e Rui").
_THANKS_WORDS = (
    r"a\u010di\u016b|a\u010diu|d\u0117kojame|d\u0117koju|sveikiname|sveikinimai|dzi\u0119kujemy|"
    r"pozdrawiam|pozdrawiamy|pozdrowienia|"
    r"dzi\u0119kuj\u0119|dzi\u0119ki|gratulacje|mul\u021bumesc|mul\u021bumim|mul\u0163umesc|"
    r"felicit\u0103ri|obrigad[oa]|parab\u00e9ns|gracias|felicidades|grazie|complimenti|danke|"
    r"gl\u00fcckwunsch|merci|f\u00e9licitations|diolch"
    # Polish "tell" and "ask", before a name in its case: "powiedz Pawłowi" (names probe 218)
    r"|powiedz|zapytaj"
    # ... and the Lithuanian: "Pasakyk Tomui" (names probe 223)
    r"|pasakyk|paklausk"
    # Welsh congratulations, good luck and birthday wishes (names probe 140)
    r"|llongyfarchiadau(?:\s+mawr)?|pob\s+lwc|pen-?blwydd\s+hapus"
)
# (what the words above start with, looked for as substrings first)
_THANKS_STEMS = (
    "a\u010di",
    "d\u0117ko",
    "sveikin",
    "dzi\u0119k",
    "pozdr",
    "gratul",
    "mul\u021bum",
    "mul\u0163um",
    "felicit",
    "obrigad",
    "parab\u00e9n",
    "gracias",
    "grazie",
    "compliment",
    "danke",
    "gl\u00fcckw",
    "merci",
    "diolch",
    "powiedz",
    "zapytaj",
    "pasakyk",
    "paklausk",
    "llongyf",
    "pob lwc",
    "blwydd hapus",
)
_WELSH_THANKS = ("diolch", "llongyf", "pob", "pen")
_THANKS_ABROAD = gated(
    re.compile(
        rf"(?i:{_THANKS_WORDS})(?:\s+(?i:o\s+galon\s+i|i|du|dla|lui|pentru|a|\u00e0|to|an|zu|for))?"
        # (each perhaps with a surname: "gratulacje dla Zuzanny Nowakowskiej i Mateusza
        # Wróbla", names probe 91)
        rf"[\s,]+(?P<a>{_NAME_WORD})(?:\s+{_NAME_WORD}(?=\s+(?:ir|i|\u0219i|si|e|y|und|et|a|and|&)\s))?"
        # (in Welsh "ac i" too: "Diolch i Fflur ac i Ddafydd", names probe 155)
        rf"(?:\s+(?:ir|i|\u0219i|si|e|y|und|et|a|and|&|ac\s+i|a\s+i)\s+(?P<b>{_NAME_WORD}))?"
        r"(?![\w'-])"
    )
)
# The titles a title-and-initial hint needs one of ("Mr D", "mrs k"), looked for first.
_TITLES_FOR_INITIALS = ("Mr", "Ms", "Miss", "Mx", "Dr", "Sir", "mr")
# A faith community's titles before a first name: "Br. Abdullahi", "Sis Khadra", "Ustadha
# Maryam".
_FAITH_TITLE_WORDS = (
    "Br", "Bro", "Sis", "Ustadh", "Ustadha", "Ustaz", "Sister", "Brother", "Pastor", "Imam",
    "Reverend", "Rev", "Deacon", "Deaconess", "Elder", "Sheikh", "Rabbi", "Father", "Fr",
    "Canon", "Evangelist",
)  # fmt: skip
# (each as a match must hold it, a stop or a space after: looked for as substrings first)
_FAITH_TITLES = tuple(f"{title}{after}" for title in _FAITH_TITLE_WORDS for after in ". ")
_VIRTUE_NAMES = word_set(
    "grace hope faith joy mercy patience precious blessing favour comfort charity prudence "
    "gift godswill goodness peace praise victory glory marvellous testimony"
)
_NOT_A_VIRTUE_NAME_AFTER = re.compile(
    rf" +(?:[{_UPPER}]|(?i:and\s+worship|be\s+to|food|ministr\w*|church|centre|center)\b)"
)
_FAITH_TITLED = re.compile(
    # (not kin: "my Brother Tomasz")
    r"(?<![\w'-])(?<!my )(?<!My )(?<!our )(?<!Our )(?<!his )(?<!her )(?<!their )"
    rf"(?:{'|'.join(_FAITH_TITLE_WORDS)})\.? (?P<first>{_NAME_WORD})(?![\w'-])"
)
# A priest's or a minister's title before a surname: "Father Doyle from St Anne's", "Rev
# Okafor" (names probe 144); not kin ("my Father Joe"), nor a first name after it (read
# above), nor a brand's word ("Canon" is left out: a camera).
_CLERGY_SURNAMED = re.compile(
    r"(?<![\w'-])(?<!my )(?<!My )(?<!our )(?<!Our )(?<!his )(?<!her )(?<!their )"
    rf"(?:Father|Fr|Rev|Reverend|Rabbi)\.? (?P<last>{_NAME_WORD})(?![\w'-])"
    r"(?! (?:O'|Mc|Mac)?[A-Z])"
)
# After a first name, what makes it a street's or a thing's: "Stanley Road", "shea butter".
_STREET_OR_THING_AFTER = re.compile(
    r" (?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Close|Crescent|Terrace|Way|Park|Square|"
    r"Gardens|Grove|Place|Row|Walk|Court|Mews)\b(?!')|(?i: butter\b)"
    # a tool named for its maker: "Stanley knives" (names probe 81)
    r"|(?i: (?:knife|knives|blades?)\b)"
)
# A name's edges as a post writes them (names probe 81): a greeting or thanks read as its
# first word ("Thanks Rojda"), a word of respect after a first name ("Ayşe Hoca", "Dhruv
# bhai": the person is the name before it), and a surname's small word after a full name
# ("Rui Pedro Gonçalves de Almeida") or its first word before one ("Angelito Dela Cruz").
_GREETING_WORDS = word_set(
    "thanks thank thankyou thx ty cheers congrats congratulations well done welcome hi hello "
    "hiya hey dear happy bravo brava bravissima bravissimo ciao dziękuję dzięki gracias "
    "obrigado obrigada merci shukran "
    # (words of endearment a post opens with: "Habibi Omar where are u")
    "habibi habibti "
    # (London's "what's going on": "Wagwan Tyrese, saw you at the carnival", names probe 187)
    "wagwan wagwaan "
    # (and what is asked of someone at a post's start: "Tell Ah Ming and Li Wei ...")
    "tell ask remind"
)
# Welsh months and seasons that are first names too (not Gwen, Seren, Alaw: names first).
_WELSH_MONTHS_AND_SEASONS = word_set("mai gaeaf gwanwyn hydref ionawr mehefin")
_WELSH_IS_AFTER = re.compile(r"(?:\s+(?:yn|wedi|a|ac|ddim|newydd|heddiw)\b|'n\b)")
_MUHAMMAD_SHORT = re.compile(r"(?<![\w'-])(?:Md|Mohd|Muhd|Mst)\.? $")
_RESPECT_AFTER = word_set(
    "hoca hocam han\u0131m hanim bey abi abla ji bhai bhaiya sahib saab baji paaji paji akka "
    "aunty auntie"
)
_SURNAME_PARTICLES = (
    "de", "da", "dos", "das", "do", "di", "del", "della", "du", "van der", "van den", "van",
    "von", "ap", "dela", "de la",
)  # fmt: skip
_PARTICLE_AFTER = re.compile(
    rf" (?:{'|'.join(_SURNAME_PARTICLES)}) (?P<last>[{_UPPER}][{_LOWER}]+)(?![\w-])"
)
_PARTICLE_WORDS = frozenset(p for p in _SURNAME_PARTICLES if " " not in p)
_LAST_PART = re.compile(rf" [{_UPPER}][{_LOWER}]+(?![\w-])")
_PARTICLE_FIRST = re.compile(r"(?:Dela|De La|Del|Da|De|Van|Von|Ap) ")
_FIRST_BEFORE = re.compile(rf"(?<![\w'-])[{_UPPER}][{_LOWER}]+ $")
_CLUB_OR_FIRM = gated(
    re.compile(
        rf"\b{_NAME_WORD} (?:County|United|Rovers|Athletic|Wanderers|Albion|Thistle)\b"
        rf"|\b{_NAME_WORD} & {_NAME_WORD}['\u2019]s\b"
        # a county's clubs: "Devon Young Farmers" (probe 95), "Kent Cricket Club"
        rf"|\b{_NAME_WORD} (?:Young Farmers|Cricket Club|Rugby Club|Golf Club|Harriers|Wheelers|"
        r"Scouts|Guides|Brass Band|Male Voice Choir)\b"
        # a firm named like a person: "Kerry Foods", "Ashley Homestore" (names probe 155)
        rf"|\b{_NAME_WORD} (?:Foods|Homestore|Furniture)\b"
        # "Rose Bruford College and ...", not a post in title case ("Well Done To Ellie Morgan
        # College Student Of The Year")
        rf"|\b{_NAME_WORD} {_NAME_WORD} (?:College|University|Academy|School|Hospital|Hospice)\b"
        r"(?! [A-Z])"
    )
)
# A first name (or a nickname) and the part of the college someone is from: "Joy from
# student services", "Jack from MV1", "Smudge from plumbing".
_FROM_DEPARTMENT = re.compile(
    # (a level before the part: "Lenny from the Level 1 Brickwork", names probe 187)
    rf"(?P<first>{_LED}) from (?:(?:the|our) )?(?:(?i:level) [1-4] )?(?:"
    r"(?i:student\s+services|reception|finance|admissions|the\s+office|library|"
    r"plumbing|joinery|carpentry|brickwork|bricklaying|catering|hospitality|hair|beauty|"
    r"motor\s+vehicle|construction|electrical|electrics|welding|engineering|nursing|"
    r"childcare|esol|maths|estates|it\s+support|facilities|security|student\s+support|"
    r"careers|my\s+class|our\s+class|"
    # "with Bill from maintenance" (names probe 168)
    r"maintenance|caretaking|cleaning|the\s+cleaners|the\s+site\s+team|pastoral|safeguarding|"
    r"wellbeing|"
    # "Nelson from plastering did the skim coat", "Rose from Eastbourne campus" (names
    # probe 179)
    r"plastering|painting\s+and\s+decorating|decorating|horticulture|animal\s+care|"
    r"hairdressing|barbering|admin|marketing|hr|payroll|print\s+room|post\s+room|nursery|"
    r"creche|cr\u00e8che|"
    # "Cerys from music tech", "Saoirse from drama", "Gareth from the gym" (names probe 192)
    r"drama|music(?:\s+tech)?|media|sport|sports|gym|performing\s+arts|dance)\b"
    r"|(?-i:[A-Z][\w'-]+) campus\b(?! (?:canteen|caf[eé]|kitchen|refectory)\b)"
    # (names probe 104: a word that is also a first name needs a cue before it here, see
    # _cued_or_no_word)
    # (at a campus's desk: "Sunny from the Slough campus canteen", names probe 179)
    r"|(?P<desk>(?:[A-Z][\w'-]+ campus )?(?i:canteen|caf[eé]|kitchen|refectory|switchboard|"
    r"exams?\s+office|learning\s+support|level\s+[1-4]\s+[a-z]+)\b)"
    r"|[A-Z]{1,4}\d{1,3}[A-Z]?\b"
    # ("Grace and Ebenezer from the Access to Nursing group", names probe 187)
    r"|(?:\w+\s+){1,3}(?i:course|class|group|team|department|dept)\b)"
    # or on a desk the college staffs: "Dawn on the switchboard", "Tam on security"
    rf"|(?<![\w'-])(?P<on>{_NAME_WORD}) on (?:the )?(?i:switchboard|reception|security|"
    r"front\s+desk|main\s+gate|gate)\b(?!\s+(?:desk|staff|team|camera|guard)s?\b)"
    # or in a kitchen, an office or a year of a course: "Dawn in the refectory", "Hope in
    # 2nd year animal care" (names probe 113)
    rf"|(?<![\w'-])(?P<in>{_NAME_WORD}) in (?:the )?(?i:refectory|canteen|caf[eé]|kitchen|"
    r"exams?\s+office|finance\s+office|(?:1st|2nd|3rd|first|second|third)\s+year|"
    # "thank you to Caz in admissions" (names probe 179)
    r"admissions|finance|payroll|hr|student\s+services|reception|careers)\b"
)
_STRETCHED_CHAT = word_set(
    "eva evaa ma maa ya yaa la laa na naa da daa sis siss milan devon chanel mercedes ronaldo "
    "mubarak amen ameen"
)
_CALLED_TO_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|(?i:\b(?:lo+l|lmao+|omg+|oi+|shout\s*-?\s*out|yo+|hey+|hiya+|hi+|ffs|bro|"
    r"happy\s+(?:birthday|bday)|hbd|happy\s+\d+(?:st|nd|rd|th)|congrats|congratulations|well\s+done|"
    r"good\s+luck|love\s+(?:you|u)|miss\s+(?:you|u)|thanks|thx|thank\s+(?:you|u)|cheers|ty|big\s+up|"
    r"my\s+(?:boy|girl|g|guy|bro|bestie))(?:\s+(?:to|2))?(?:\s+my\s+(?:boy|girl|g|guy|bro|bestie))?)"
    r"[\s,!]*)$"
)
# A word whose last letter is typed three times or more: "Marcusss", "kacperrr".
_STRETCHED_END = re.compile(r"(?<![\w'@#-])[A-Za-z][a-z]+?(?P<run>([a-z])\2{2,})(?![\w'-])")
_FESTIVAL_WORDS = word_set(
    "christmas xmas easter diwali deepavali halloween mubarak eid hanukkah chanukah vaisakhi "
    "baisakhi navratri holi ramadan kareem passover purim newroz nowruz year solstice"
)
_KIN_SMALL_FIRST_DOING = re.compile(
    r"\b(?:my|our|me)\s+(?:auntie|aunty|aunt|uncle|cousin|sister|brother|sis|bro|son|daughter|"
    r"niece|nephew|nan|nana|nanna|grandma|grandad|granny|mate|friend|bestie|wife|husband|"
    r"girlfriend|boyfriend)\s+(?P<first>[a-z]{3,})\s+(?:made|said|says|is|was|has|had|got|"
    r"gets|did|does|came|comes|went|goes|brought|bought|cooked|baked|passed|won|loves|wants|"
    r"needs|told|tells|just|started|finished|works|worked|drove|picked|sent|helped)\b"
)
# Words after a word for kin that name no one: "my mate will", "my sister can".
_NOT_KIN_SMALL_FIRST = word_set("will may must can did does just also still never always")
_FROM_A_PART_AFTER = re.compile(r"\s+from\s+(?:the\s+|our\s+|my\s+)?(?:[Ll]evel\s+\d\s+)?[a-z]")
_PAIRED_BEFORE = re.compile(rf"(?<![\w'-])(?P<other>[{_UPPER}][{_LOWER}]+) (?:and|&) $")
_VISITOR_FROM = gated(
    re.compile(
        rf"(?:^|[.!?]\s+|\n)(?P<first>{_NAME_WORD})(?: (?:and|&) (?P<second>{_NAME_WORD}))? from "
        # (not a band's, a studio's or a theme park's: "Harry from One Direction visited")
        r"(?:the )?(?!(?:One Direction|Warner|Disney|Pixar|Marvel|Netflix|Thomas Land|Take That|"
        r"Little Mix|Westlife|Busted|McFly)\b)[A-Z][\w&'-]*(?: (?:[A-Z][\w&'-]*|and|of|&))*"
        r" (?:came|come|visited|popped|dropped|talked|spoke|gave|ran|led|delivered|joined|"
        r"organised|organized|raised|helped|showed|brought|sorted)\b"
    )
)
# The years of a life just after a name: ", 1926-2008", " (1759 to 1796)", "(b. 1926, d. 2008)".
_LIFE_YEARS_AFTER = re.compile(
    # (born before 1940: not "Linda Pritchard, 1987-2025", years of service, nor a young
    # person's recent death)
    r",?\s*\(?\s*(?:b\.\s*)?(?:1[0-8]\d\d|19[0-3]\d)\s*(?:[-\u2013\u2014]|to|,\s*d\.)\s*"
    r"(?:1[0-9]\d\d|20[0-2]\d)\b"
    # or "born" and a year before 1900, no one alive: "Dorothy Wordsworth, born 25 Dec
    # 1771", "(born in 1805)" (not "Grandad Joe, born 1931, turns 95")
    r"|,?\s*\(?\s*(?:who\s+)?(?:was\s+)?born\s+(?:on\s+|in\s+)?(?:[\w ,]{0,20}?\s)?"
    r"1[0-8]\d\d\b"
)
# A shop or a café in someone's name: "Rosie Lee's Café", "Tony's Barbers".
_BUSINESS_OF = re.compile(
    rf"(?P<name>[{_UPPER}][{_LOWER}]+(?: [{_UPPER}][{_LOWER}]+)?)'s (?:Caf[eé]|Bakery|Barbers?|"
    r"Kitchen|Diner|Salon|Restaurant|Takeaway|Deli|Chippy|Bistro|Tea ?[Rr]ooms?|Garage|"
    r"Butchers?|Florists?|Emporium|Pantry|Grill|Pizzeria|Fish Bar|Nursery|Motors|Plaice)\b"
)
_BREEDS = word_set("jack-russell king-charles")  # (dogs, not double first names)
# First names that other languages and dialects write in small letters as words: Italian's
# "nella" and "della" (in the), Spanish's and Portuguese's "ana" is no word, but "dona" is
# a title (names probe 81: "prima classificata nella gara"); Portuguese "dela" (hers),
# Lithuanian "abu" (both), Nepali "dai" (elder brother), Scots "ain" (own: "her ain
# buckfast"; not "shan", unfair: a name in small letters as often), Scots "awa" (away:
# "he's awa at the fishin").
_SMALL_WORDS_ABROAD = word_set("nella della dalla alla sulla colla dona dela abu dai ain awa")
# A temple's blessed food in small letters: "all welcome, prasad after" (names probe 228; not
# "ask prasad about the rota", the review of the forty-second session).
_BLESSED_FOOD = re.compile(
    r"\b(?P<name>pra(?:s|sh)ad)\s+(?:after|afterwards|will\s+be|is\s+served|served|for\s+all)\b"
    r"|\b(?:the|some|take|served|with|and)\s+(?P<name2>pra(?:s|sh)ad)\b"
)
# First names of ours that the en_GB dictionary knows as words too, but that a post seldom
# uses as one ("Dexter took me", "Message Josh on...", "Demi's file"; round 39's read
# half): read as names alone wherever a name that is no word is. Not the names posts use
# as words (Amber, Mason, Matt, Wade, Derrick, Kelvin, Perry, Sienna, Miles...).
_FIRSTS_SELDOM_WORDS = word_set(
    # (not Bailey, the Old Bailey's and a liqueur's; nor Ollie, a skater's jump; nor
    # Charlotte, Jasper, Beryl and Felicity, a pudding, stones and a word: the review of
    # the fortieth session)
    "abigail carl demi dexter hector jess josh marcel mavis phoebe queenie soph "
    # (a review of the read data's misses: "Has anyone seen Mantas?", "Paddy from the
    # moorlands needs a lift", "Dragoș and Florin")
    "paddy mantas florin mick "
    # (names probes 268 and 273: "RIP Auntie Merle", "with our Kyle"; a dog's coat and a
    # Scottish strait in lower case)
    "kyle merle"
)
# Scots "barry" (great) after praise or before what it praises ("pure barry", "barry
# fact"), in small letters.
_PRAISED = r"(?:fact|day|night|time|scran|patter|likes|wee|chips)\b"
_SCOTS_PRAISE = re.compile(
    r"\b(?:pure|dead|so|well|that'?s|thats|it'?s|its|was|is|total|totally|a|absolutely)\s+"
    # (at the clause's end or before what it praises: not "is barry coming", "its barry's")
    rf"(?P<w>barry)(?=\s*(?:[.!?,]|$)|\s+{_PRAISED})|\b(?P<w2>barry)\s+{_PRAISED}"
)
# A form's examples in brackets: "(e.g. Mohammed Khan, Anna Nowak)", "(for example ...)".
_EXAMPLES_IN_BRACKETS = re.compile(
    r"\((?i:e\.?\s?g\.?|for\s+example|for\s+eg|such\s+as|example)[,:]?\s[^()]{0,80}\)"
)
_EXAMPLES_AFTER_EG = re.compile(
    # (a form's words asking for a name: not "names are hard, e.g. Aoife in our class")
    r"(?i:\b(?:your|full|first|last|sur|legal|parent|guardian|child'?s|student|learner|contact)"
    r"\s*names?\b|\bnames?\s+as\s+(?:it|on|shown)\b|"
    # (a form's field: "Form says Name: e.g. Sean Murphy", names probe 258)
    r"\b(?:form|box|field)\s+says\s+names?\s*:|"
    r"\bimi\u0119\s+i\s+nazwisko\b|\benw\s+llawn\b)[^.!?\n]{0,60}?"
    r"(?i:\be\.\s?g\.|\beg\b|\bnp\.)[,:]?\s(?P<examples>[^.!?\n]{0,80})"
)
# A name in brackets just after a person's: "(Lily)", "(Lindi to her friends)", "(佳怡)".
_SCRIPT_LETTER = r"(?:[^\W\d_]|[\u0900-\u0dff])"  # (and the vowel signs of India's scripts)
_BRACKETED_NAME = re.compile(
    # (up to three words in another script: "Yousef Al-Khatib (يوسف الخطيب)", names probe 125)
    rf"\s*\((?P<name>{_SCRIPT_LETTER}+(?:-{_SCRIPT_LETTER}+)?(?: {_SCRIPT_LETTER}+){{0,2}})"
    r"(?:\)|\s+to\s+(?:her|his|their|my|our)\s+(?:friends|mates|family)\b)"
)
# A name in another script just before a name found in brackets: "李嘉欣 (Jessica Li)".
_SCRIPT_NAME_BEFORE = re.compile(
    r"(?P<name>[\u0600-\u06ff\u0900-\u0dff\u1200-\u137f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+)"
    r" ?\($"
)
# A first name just before "and" and another's full name: "Rowan and Skye Macleod".
_FIRST_AND = re.compile(rf"(?P<first>{_LED})\s+(?:and|&)\s+$")
_PLACE_BEFORE = re.compile(r"\b(?i:is|to|in|at|from|visit(?:ing)?|tour(?:ing)?|and)\s+$")
_TRIP = re.compile(
    r"\b(?i:trips?|travel\w*|visit(?:ed|ing)?|residential|flights?|flying|holiday|hols|tour|abroad|"
    r"destinations?|"
    r"italy|italian|uffizi|exchange|itinerary|passports?|deposits?|hotel|hostel|airport)\b"
)
# Scripture and the stories of faiths, where first names are its figures'.
_SCRIPTURE = gated(
    re.compile(
        # (the lookahead, as the words, in either case: the scan skips every word that starts
        # with none of the words' letters)
        r"\b(?i:(?=[npabqktgsdhoir])(?:nativity|purim|annunciation|bible|biblical|quran|qur'an|koran|torah|gospels?|"
        r"scriptures?|parable|disciples|apostles?|prophets?|hail mary|old testament|"
        r"new testament|islamic society|re lesson|religious studies))\b"
    )
)
# An animal of someone's just before or after a name ("our cat Luna licked her paws", "Luna
# and Milo, our rabbits"): the name is a pet's.
_PET = re.compile(
    r"\b(?i:my|our|your|his|her|their|the|a|grey|black|white|brown|ginger|lost)\s+"
    r"(?i:pet\s+|little\s+|wee\s+|new\s+|sausage\s+|rescue\s+|guide\s+|farm\s+|robot\s+)?(?i:cats?|"
    r"kittens?|dogs?|dugs?|"
    r"pupp(?:y|ies)|rabbits?|bunn(?:y|ies)|horses?|pon(?:y|ies)|hamsters?|guinea\s+pigs?|tortoises?|"
    r"parrots?|budgies?|goats?|alpacas?|llamas?|donkeys?|pigs?|hens?|chickens?|ferrets?|snakes?|"
    r"lizards?|pets?|staff(?:ie|y)s?|cockapoos?|cavapoos?|labradoodles?|spaniels?|terriers?|"
    r"labs?|collies?|greyhounds?|whippets?|lurchers?|jack\s+russells?|pugs?|therapy\s+dogs?)\b"
    # "answers to Keith", "shes a cockapoo"
    r"|\b(?i:answers\s+to|(?:she|he)'?s\s+a\s+(?:cockapoo|cavapoo|labradoodle|staffie|spaniel|"
    r"terrier|lab|collie|pug|whippet|lurcher|greyhound|tabby|kitten|puppy|rescue))\b"
    # an animal's face or paws: "Bella bit the postman again 🐶"
    r"|[\U0001f436\U0001f431\U0001f415\U0001f408\U0001f429\U0001f430\U0001f407\U0001f439"
    r"\U0001f434\U0001f40e\U0001f422\U0001f99c\U0001f43e\U0001f408]"
)
# Two first names alone after a word of praise or thanks: "Congratulations Grace and Emeka",
# "well done to Amir & Chloe".
_CUED_PAIR = re.compile(
    r"\b(?=[cwtsghbCWTSGHB])(?i:congratulations|congrats|well done|thanks|thank you|shout ?out|"
    # ("Big up Junior and Marcia", names probe 248)
    r"good luck|happy birthday|big up)(?i: so much)?(?i: to)?(?i: both)?,?\s+"
    rf"(?P<a>{_NAME_WORD}) (?:and|&) (?P<b>{_NAME_WORD})(?![\w'-]| [{_UPPER}][{_LOWER}])"
)
# ... read only in a post that holds a word of praise or thanks (its matches are still
# _CUED_PAIR's own, as :meth:`PersonLikeNames._pair_of_names` asks)
_CUED_PAIR_GATED = gated(_CUED_PAIR)
# A royal, a saint or a prophet before a name ("King Harold ... his eye", "Prophet Muhammad
# and his teachings"), or a greeting ("Eid Mubarak to ... his family").
_ROYAL_BEFORE = re.compile(
    r"\b(?i:king|queen|prince|princess|duke|duchess|saint|st|emperor|empress|pope|tsar|sultan|"
    r"lord|lady|prophet|eid|ramadan|jummah?)\.? $"
)
# Pairs of first names that name a work, a story or a firm, not two people: "romeo and
# juliet", "Hansel and Gretel".
_PAIRED_TITLES = word_set(
    "romeo_juliet antony_cleopatra troilus_cressida tristan_isolde hansel_gretel jack_jill "
    "bonnie_clyde ben_jerry tom_jerry adam_eve samson_delilah pyramus_thisbe "
    "abelard_heloise thelma_louise wallace_gromit rama_sita krishna_radha shiva_parvati "
    "laila_majnun heer_ranjha mario_luigi alexa_siri bill_ted gavin_stacey charlie_lola ant_dec "
    "bert_ernie posh_becks will_kate william_kate harry_meghan moana_elsa anna_elsa"
)
# Words around first names that name no one: a story or a work named by two of them ("Romeo
# and Juliet is her favourite play"), the night-out safety campaign "Ask for Angela".
_NAMES_NO_ONE = gated(
    re.compile(
        r"(?i:\b(?:"
        + "|".join(
            rf"{a}\s+(?:and|&)\s+{b}" for a, b in (k.split("_") for k in sorted(_PAIRED_TITLES))
        )
        + r"|ask(?:ing)?\s+for\s+angela)\b)"
    )
)
# After a pair of names, a team, a club or a pet: "Good luck Chelsea and Everton tonight",
# "Well done Jordan and Georgia teams"; or an age of history: "Norman and Tudor castles".
_PAIR_OF_THINGS = re.compile(
    r"\s+(?i:teams?|fc|united|city|clubs?|squads?|groups?|campus(?:es)?|tonight|castles?|"
    r"period|times|era|dynasty|monarchs?|kings|queens|architecture|history|costumes?|"
    r"outfits?|dolls?|toys?|dresses|fan|games?|memes?)\b"
)
_LONE_THINGS = re.compile(rf"(?: (?:and|&) [\w'-]+)?{_PAIR_OF_THINGS.pattern}")
# A name joined to a capitalised word: "Trent and Soar" (two rivers, a college's name).
_AND_CAPITAL = re.compile(r" (?:and|&) ([A-Z][a-z]+)\b")
# Two first names in small letters: "nasra and hodan were on the stall".
_LOWER_FIRST_PAIR = re.compile(
    rf"(?<![\w'@#/.-])(?P<a>[a-z][{_LOWER}]+) (?:and|&) (?P<b>[a-z][{_LOWER}]+)(?![\w'-])"
)
# What only people do after a pair of names that are words too ("Faith and Rose did an
# amazing job", "Jack and Frank from the carpentry group"; not "Poppy and Lily are").
_PEOPLE_DO = re.compile(
    r" (?:did|both|won|passed|scored|joined|completed|helped|said|ran|from\s+(?:the|our|my)\s+"
    r"\w+\s+(?:course|group|class|team|department|dept|office|society))\b"
)
# Two first names alone and what they do: "Kamil and Oskar keep ...", "Mihai and Elena are".
_FIRST_PAIR = re.compile(
    rf"(?P<a>{_LED_ALONE}) (?:and|&) (?P<b>{_NAME_WORD})"
    r"(?= (?:are|were|have|had|did|both|got|keep|kept|made|make|will|ran|run|running|doing|"
    r"helped|said|say|says|won|passed|finished|joined|scored|completed|started|from)\b)"
)
# Two words or more in capitals in a row, and each word of capitals, for reading a post
# written in capitals as names are written.
_LETTER_WORDS = re.compile(r"[^\W\d_][\w'-]*")
# (led by the capital, and what stands before it looked at from there: a scan skips in C
# to the capitals, not trying every place of the post; the same matches)
_CAPS_RUN = re.compile(r"[A-Z](?<![\w'-].)[A-Z'-]*+ [A-Z]{2}")
_CAPS_WORD = re.compile(r"(?<![\w'-])[A-Z][A-Z'-]*+(?<=[A-Z][A-Z'-][A-Z'-])(?![\w'-])")


_SMALL_WORDS = word_set("and for the from with our out to of at in on")


def _recase(m: re.Match[str]) -> str:
    """A word of capitals as a name is written: "O'CONNOR" "O'Connor", "ELLIE-MAY"
    "Ellie-May"; and the small words between names as they are written ("JAMAL AND
    PRIYA" "Jamal and Priya")."""
    if m.group().lower() in _SMALL_WORDS:
        return m.group().lower()
    return re.sub(
        r"(^|-|'(?!s\b))([a-z])",
        lambda p: p.group(1) + p.group(2).upper(),
        m.group().lower(),
    )


# Three or more capitalised words in a list: "Tariq, Zainab and Dylan" (each read alone).
_NAME_ITEM = re.compile(rf"{_NAME_WORD}")
_FIRST_LIST = re.compile(
    rf"{_LED_ALONE}(?:, {_NAME_WORD}){{1,8}},? (?:and|&) "
    # (the last perhaps with its surname's initial: "Ellie-Mae, Sonny and Precious A", names
    # probe 179)
    # (or after "big" or "little": "Wojtek, Dave, Sandra and big Mick", names probe 184)
    rf"(?:(?:big|little|wee|young|old) )?"
    rf"{_NAME_WORD}(?: [{_UPPER}]\.?(?![\w'-]))?(?![\w'-]| [{_UPPER}])"
)
_MAC_OR_O = re.compile(r"(?:Mc|Mac|O')[A-Z]")


# Surnames alone in a list, then where they are to go or be, as a teacher calls them.
_CALLED_CUE = re.compile(
    r"\b(?:my\s+office|see\s+me|front\s+row|at\s+the\s+back|ye'?ve\s+aw|you'?ve\s+all)\b",
    re.IGNORECASE,
)
# A team's line-up, whose surnames are players' (the review of the forty-third session).
_LINE_UP = re.compile(
    r"\b(?:up\s+front|in\s+goal|in\s+the\s+middle|midfield|line-?up|team\s*:|at\s+full\s+back|"
    r"centre\s+back|on\s+the\s+wing)\b",
    re.IGNORECASE,
)
_SURNAMES_CALLED = re.compile(
    rf"(?:^|[.!?,;]\s+|\n)(?P<list>{_NAME_WORD}(?:,\s+{_NAME_WORD}){{0,6}}(?:,?\s+(?:and|&)\s+"
    rf"{_NAME_WORD})?)(?=\s*[-\u2013\u2014:]\s*(?i:my\s+office|see\s+me|ye'?ve|you'?ve|you\s+"
    r"(?:all|three|two|both)|detention)|\s+(?i:on|at|in)\s+the\s+(?i:front|back)\s+(?i:row|of\s+the\s+"
    r"(?:room|class|lab|bus|hall)|please|pls|plz)\b|\s+(?i:at)\s+the\s+(?i:back)(?=\s*(?:[,.!]|$|stop\b|and\b))"
    r"|\s+(?i:see\s+me|my\s+office)\b)"
)
# What people did, just after a list of them: "... have all been nominated", "... both got".
_PEOPLE_DID_AFTER = re.compile(
    r"\s+(?:have|has|had|were|are)\s+(?:all\s+|both\s+)?(?:been|got|passed|won|made|"
    r"qualified|finished|completed|signed)\b"
    # (or where they all were, or a welcome to them: "... and wee Ally were aw in the
    # canteen", "Lujain, Yara and Abdulrahman, welcome to ...", names probe 253)
    r"|\s+were\s+(?:all|aw|both)\s+(?:in|at|there)\b|,\s+welcome\b"
    # (or what they are doing: "Sadhbh, Aoife and wee Dee are doing the bake sale", names
    # probe 258)
    r"|\s+(?:are|were)\s+(?:all\s+|both\s+)?(?:doing|running|selling|helping|organising)\b"
    r"|\s+(?:all|both)\s+(?:got|passed|won|made|qualified|finished|completed|signed|did)\b"
)
# Names English uses as words, read as names in such a list.
_WORD_NAMES_IN_LISTS = word_set(
    "sapphire ruby amber jade crystal pearl precious blessing junior summer sunny hope faith "
    "grace joy storm river sky autumn ally dee"
)
# A class just after a list of people: "... from Level 3 Childcare", "... in Year 12".
_OF_A_CLASS_AFTER = re.compile(
    r"\s+(?i:from|in|on)\s+(?i:level|year|yr)\s*\d"
    r"|\s+(?i:from|in)\s+(?:the\s+)?(?:\d(?:st|nd|rd|th)|first|second|third)\s+(?i:year)\b"
)
# Thanks or praise just before a list of people: "Extra thanks to", "well done to".
_THANKS_TO_BEFORE = re.compile(
    r"\b(?i:thanks|thank\s+you|shout\s*-?\s*out|well\s+done|congratulations|congrats|"
    r"big\s+up)\s+(?i:to\s+)?$"
)
# A pair of name words with a particle between ("Rhys ap Gwilym", "Mariana da Silva"),
# which _CAPITALISED_PAIR does not see.
_PARTICLE_PAIR = re.compile(rf"[{_UPPER}][{_LOWER}]+ {_PARTICLE} [{_UPPER}]")
_EMAIL_LOCAL = re.compile(r"([\w.+-]+)@[\w-]+\.[\w.-]+")
_LOCAL_WORDS = re.compile(r"[^\W\d_]+")
# A dedicatee, not someone the post is about: "the Jenner Suite, named after Edward Jenner".
_DEDICATED = gated(
    re.compile(
        r"(?i:\b(?:named after|named for|in honour of|in honor of|dedicated to))\s+"
        rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
        # a memorial, though, is to one of the college's own only when it says so ("in memory
        # of Bill Thornton, our caretaker for 31 years", names probe 60)
        r"|(?i:\bin\s+(?:loving\s+)?memory\s+of)\s+"
        rf"(?P<remembered>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
        # (the whole name, with a title: not "Mr Sidney" of "Mr Sidney Boswell, who taught")
        rf"(?![\w'-]| [{_UPPER}]|,?\s+(?i:our|my|your|a\s+much|much[- ]loved|"
        r"who\s+(?:worked|taught)|former|"
        # (or one whose family or gift to the college is told: "in memory of Mr Sidney
        # Boswell, whose family farmed near Wisbech", names probe 179)
        r"beloved|the\s+college'?s|whose\s+(?:family|wife|husband|children|son|daughter)|"
        r"who\s+(?:gave|donated|left|volunteered))\b)"
    )
)
# A building, a room, a prize or a road named after someone: "the Catherine Cookson
# Building", "the Mo Mowlam Award".
# A word in capitals, and capitals just before or after it (a shouted run).
_PLACES_NAMED_LIKE_PEOPLE = word_set(
    "dudley kerry chelsea lincoln florence beverley clifton stanley shirley tyrone aston "
    "sydney sheldon preston bradley ashton ashley jordan "
    # (and colleges known by a person's name: "at Petroc", "at Hugh Baird")
    "petroc"
)
_AT_A_PLACE = re.compile(
    r"\b(?i:at|in|v|vs|near|visit(?:ed|ing)?|around|(?:went|been|go|going|moved|trip|drove|"
    r"travell?ed)\s+to|(?:driving|drive|coming|travelling|commuting|lift|moving|moved)\s+from"
    # "took the kids to Ashley for a walk" (names probe 144; not "took the baby to Shirley,
    # she's our childminder": see _not_places_nor_praise)
    r"|(?P<took>(?:took|take|taking)\s+(?:[\w']+\s+){0,2}to))\s+$"
)
_ROYAL_PLACE_BEFORE = re.compile(r"\bRoyal $")
_A_PERSON_AFTER = re.compile(r"[^.!?\n]{0,50}\b(?i:she|he|she's|he's|her|his)\b")
_LISTED_AFTER = re.compile(r"(?:,? (?:and|&|or) |, )(?P<w>[A-Z][a-z]+)")
# ... said of places: "... and Jordan are all on the route map"
_PLACES_LISTED_WITH = re.compile(
    r"(?:,? (?:and|&) [A-Z][a-z]+)? (?:are|were|is)\s+(?:all\s+)?(?:on|in)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:map|route|itinerary|brochure)\b"
)
# ... or a season there said after it: "Jordan is lovely in the summer" (names probe 144)
_A_PLACES_SEASON_AFTER = re.compile(
    r"(?:\s+(?i:is|was)|'s)\s+(?i:so\s+|really\s+|well\s+)?(?i:lovely|beautiful|gorgeous|"
    r"stunning|hot|warm|cold|rainy)"
    # (not of a person: "Kerry was so lovely last summer when she babysat")
    r"(?![^.!?\n]{0,50}\b(?i:she|he|her|him|his)\b)"
    r"(?:\s+(?i:in|this|last)\s+(?i:the\s+)?(?i:summer|winter|spring|autumn)\b"
    # "kerry's lovely this time of year", "florence is beautiful, going with the art
    # group in june" (names probe 151)
    r"|\s+(?i:this|that|at\s+this)\s+time\s+of\s+(?i:the\s+)?year\b"
    r"|,?\s+(?i:going|we'?re\s+going|i'?m\s+going|off)\s+(?i:there|with|in|at)\b)"
)
_IN_PLACE_HINT = re.compile(r" in (?:the )?(?i:ref|can|caf|kit|exa|fin|1st|2nd|3rd|fir|sec|thi)")
_SCOTS_CALLED = word_set("ken aye naw och")  # ("ken mate, I telt ye": know)
_SIZE_AND_KIN_WORDS = word_set("lil little big wee baby older younger our your my ur")
_LOWER_CALLED = re.compile(
    r"\W{0,3}(?P<w>[a-z]{3,}),? (?:bro|bruv|bredren|mate|m8|babe|hun|pal|fam|lad|cuz|sis|hen)\b"
)
# ... or told something, where they are from after: "tell kyle frm coatbridge", "ask
# priya from reception"
_LOWER_ASKED_FOR = re.compile(
    r"\b(?:ask|asking)\s+for\s+(?P<w>[a-z]{3,})(?=\s*(?:[.!?,;)\n]|$|x+\b|\s+(?:pls|please|thanks|ta)\b))"
)
_LOWER_TOLD = re.compile(
    # (not "can't tell jean from denim")
    r"(?<!can't )(?<!cant )(?<!cannot )\b(?:[Tt]ell|[Aa]sk)\s+(?P<w>[a-z]{3,})\s+"
    r"(?:frm|from|fae|fra|frae)\s+"
)
_CAPS_OPENING = re.compile(r"\W{0,3}(?P<w>[A-Z]{4,})(?=,? [A-Z]{1,}\b)")
# ... not a star known by one name, a place, a brand, a device, a game's or a film's
# character, an award ("ADELE TICKETS SOLD OUT", "ZARA SALE IS ON", "SKYE TRIP IS BOOKED")
_SHOUTED_NOT_CALLED = word_set(
    "zara alexa siri mario luigi oscar oscars emmy emmys elsa skye angus keith isla ross"
)
_CAPS_NAME = re.compile(r"[A-Z](?<![\w'@#/.&+=-].)[A-Z]{2,}(?![\w@+=-]|\.\w)")
# After a name of three capitals, what says it is someone spoken to: "omg ABI ur a legend".
_CAPS_SPOKEN_TO = re.compile(r",?\s+(?:ur|u|you'?re|youre|you|ya)\b")
_CAPS_GREETED = re.compile(
    r"(?:^|[.!?,]|\b(?i:omg|oi|hey|hi|hiya|yo|lol|thanks|cheers|ty|aww))\s*$"
)
_CAPS_BEFORE = re.compile(r"[A-Z]{2,}\W{0,3}$")
_CAPS_AFTER = re.compile(r"\W{0,3}[A-Z]{2,}")
# A first name and a surname's initial ("Tyler B"), and an initial and a surname ("M
# Ionescu"); not A, I, O or X, which are words, grades and kisses ("love Ellie X"), nor a
# middle initial ("Tyler B Smith", read as a full name).
_FIRST_INITIAL = re.compile(
    # not V either ("George V", "Henry V"), nor U ("Harry U coming?")
    rf"(?P<first>{_LED_NO_MARK}) [B-HJ-NP-TWYZ]\.?(?:'s)?"
    rf"(?![\w'\u2019*+-]|\.?\d| [{_UPPER}][{_LOWER}])"
)
# Common first names that are words a capital letter often follows ("Mark B for effort").
_NOT_INITIALLED = word_set("mark sue grace amber jade ruby holly")
# An initial just before ("W H Smith", "P D James"): initials of a name read whole.
_INITIAL_BEFORE = re.compile(r"(?<![\w'-])[A-Z]\.? $")
_BY_BEFORE = re.compile(r"(?i:\bby )$")
_INITIAL_SURNAME = re.compile(
    rf"[B-HJ-NP-WYZ](?<![\w'@#./&+=-].)\.? (?P<last>{_NAME_WORD})(?![\w'-])"
)
_CUED_A_INITIAL = re.compile(
    r"\b(?i:name|named|payee|holder)\s*[:-]?\s+"
    rf"(?P<initial>[AO])\.? (?P<last>{_NAME_WORD})(?=\s*(?:[,.;:!)\n]|$))"
)
_LAST_WORD = re.compile(rf"(?<![\w'-])({_NAME_WORD}) $")
# Words just before an initial and a surname that say a person is named.
_INITIAL_CUE = re.compile(
    # (not "by" nor "from": "a novel by J Steinbeck", "a letter from K Starmer")
    r"(?i:\b(?:name|named|names|account|payee|holder|regards|thanks|cheers|signed|"
    r"dear|contact|ask|ring|call|email|love|student|learner|tutor|cc|love\s+from|"
    r"thanks\s+to|thank\s+you\s+to|(?:payment|paid|pay)\s+to|"
    # "Congratulations to K. Tharshan" (names probe 228)
    r"congratulations\s+to|congrats\s+to|well\s+done(?:\s+to)?|shout\s?out\s+to|"
    # "name on acc is T. Nwosu", "the payee is R Kowalczyk"
    r"name\s+on\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:acc|account|card|cheque)(?:\s+(?:is|was))?|"
    r"(?:name|payee|holder)\s+(?:is|was)|"
    # "a bank card in it for a D Hallett", "post addressed to a K Pryce" (round 30's read half)
    r"(?:card|letter|parcel|post|purse|wallet|licence|pass|it|it's)\s+(?:\w+\s+)?(?:for|to)\s+an?)\b\W{0,3}$)"
)
# A place called by a person's name after "at the": "shifts at the John Radcliffe" (a
# hospital), "meet at the Sam Wanamaker" (not "the John Smith who ...": "at", "in", "to"...
# go before a place).
_AT_THE_NAME = re.compile(
    rf"\bat\s+the\s+(?P<name>{_NAME_WORD} {_NAME_WORD})\b"
    r"(?!'s|\u2019s|\s+(?:who|whose|that|which|in|from|on|kid|lad|girl|boy|party|do|\d)\b)"
)
# A pet's name: "dog called Dave", "our hamster named Harvey" (names probe 71), "named
# the new rabbits Nigel, Barbara and Keith" (names probe 77: the whole list).
_PETS = (
    # (a Scots "dug": "Our wee dug Hamish", names probe 253)
    r"(?:dog|dugs?|cat|pupp(?:y|ies)|pups?|kittens?|hamsters?|rabbits?|bunn(?:y|ies)|horses?|pon(?:y|ies)|"
    r"tortoises?|parrots?|budgies?|goldfish|guinea\s+pigs?|snakes?|ferrets?|lambs?|calf|calves|"
    r"cows?|goats?|pigs?|piglets?|hens?|chickens?|geckos?|lizards?|dogs|cats|"
    # (names probe 135: "our bearded dragon Kevin", "brown teddy called Arthur")
    r"bearded\s+dragons?|iguanas?|axolotls?|snails?|teddy|teddies|teddy\s+bears?|soft\s+toys?|"
    r"cuddly\s+toys?|"
    # (names probe 238: "named the new alpacas Cilla and Gerry")
    r"alpacas?|llamas?|donkeys?|sheep|ducks?|ducklings?)"
)
_PET_NAMED = gated(
    re.compile(
        # ("two new goats called Kevin and Sharon", names probe 125)
        rf"(?i:\b{_PETS}\s+(?:called|named|by\s+the\s+name\s+of))\s+"
        r"(?P<name>[A-Z][a-z]+(?:(?:,\s+|,?\s+(?:and|&)\s+)[A-Z][a-z]+){0,3})"
        # "the new ponies are called Maisie and Alfie" (names probe 109)
        rf"|(?i:\b{_PETS}\s+(?:are|were)\s+(?:called|named))\s+"
        r"(?P<listed>[A-Z][a-z]+(?:(?:,\s+|,?\s+(?:and|&)\s+)[A-Z][a-z]+){0,3})"
        rf"|(?i:\b(?:named|called)\s+(?:the|our|her|his|my|their)\s+(?:(?:new|two|three|four|baby|little)\s+){{0,2}}{_PETS})"
        r"\s+(?P<names>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*(?:,?\s+(?:and|&)\s+[A-Z][a-z]+)?)"
    )
)
# Names beside an animal word that say they are the animals' (names probe 91): "Winston,
# the college cat", "Gerald and Beryl the alpacas", "two new alpacas, Gerald and Beryl".
_ANIMALS = (
    rf"(?:{_PETS[3:-1]}|alpacas?|llamas?|donkeys?|ducks?|geese|goose|owls?|hedgehogs?|sheep|"
    r"ewes?|tarantulas?|axolotls?|mice|rats?|fish|stick\s+insects?)"
)
_PET_NAMES = rf"{_NAME_WORD}(?:(?:,| and| &) {_NAME_WORD}){{0,3}}"
_ME_DUCK = re.compile(r"\b(?i:me|mi|ma|ey up) duck\b")
_PET_APPOSED = gated(
    re.compile(
        rf"(?P<names>{_PET_NAMES}),? (?i:the|our) "
        rf"(?:[\w'-]+ ){{0,2}}(?i:{_ANIMALS})(?![\w'-])(?=\s*(?:[,.!?)]|$|\s(?:who|that|is|are|was|"
        r"were|has|have|had|and|but|we|you|will|can|on|at|in|from|for)\b))"
        # ("Our guide dog in training, Maisie", names probe 146)
        rf"|\b(?i:{_ANIMALS})(?i: in training)?[,:] (?P<listed>{_PET_NAMES})\b(?! {_NAME_WORD})"
    )
)
# Flowers named like people, in small letters: "sweet william", "black-eyed susan".
_FLOWERS = re.compile(r"\b(?:sweet william|black-eyed susan|creeping jenny|busy lizzie)s?\b")
# Someone a talk, a lesson or an exhibition is about, named whole: a figure of history or
# public life ("History lesson today on Ahmad Shah Durrani", "a talk on Yaa Asantewaa").
_TOPIC_OF = re.compile(
    r"(?i:\b(?:talk|lesson|lecture|essay|documentary|exhibition|seminar)\b"
    r"(?:\s+(?:today|tonight|yesterday|tomorrow|this\s+week|last\s+week|next\s+week))?"
    r"\s+on)\s+"
    # (not a day: "presentation on Tuesday Amy Clarke")
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})(?!['\u2019]s\b)"
)
# The authors of a book or a play a post names by its title: "Hairdressing by Martin Green
# and Leo Palladino" after "textbook".
_BOOK_BY = re.compile(
    r"(?i:\b(?:text\s?books?|novels?|workbooks?)\b)"
    # (not "left in room 4 by", "nicked by", "marked by": done by someone)
    r"(?:(?!\b(?:left|nicked|stolen|taken|marked|found|kept|sent|given|seen|run|coached|"
    r"directed|lent|borrowed|returned|handed|dropped)\b)[^.!?\n]){0,40}?\bby "
    rf"(?P<names>{_NAME_WORD} {_NAME_WORD}(?:(?:,| and| &) {_NAME_WORD} {_NAME_WORD}){{0,3}})"
)
# A word of a post, for a name said again: "Iqbal", "LILY-MAE", "Iqbal's".
_NAME_TOKEN = re.compile(r"(?<![\w'-])[^\W\d_]+(?:['-][^\W\d_]+)*")
_MAIDEN_NAME = re.compile(rf"\bn(?:\u00e9|e)e (?P<name>{_NAME_WORD})(?![\w'-])")
_QUOTED_NICKNAME = re.compile(r"'([A-Z][a-z]+)'")
_STORM_BEFORE = re.compile(r"\b(?i:storm)\s+$")


def _unaccented(word: str) -> str:
    """``word`` without its accents ("Wójcik" -> "Wojcik")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _same_name(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` shortened ("Gwil", Gwilym) or in another case
    ("Agnieszki", Agnieszce; "Andreei", Andreea): it begins ``name``, or they share all
    but their last two letters; or it is ``name`` with its accents put on or left off
    ("Wójcik", Wojcik: names probe 104)."""
    if len(name) < 4 or word == name:
        return False
    word, name = _unaccented(word), _unaccented(name)
    if word == name:
        return True
    if len(word) < len(name) and name.startswith(word):
        return len(word) >= 3
    stem = max(4, len(name) - 2)
    return abs(len(word) - len(name)) <= 2 and word[:stem] == name[:stem]


# A firm's word after a surname: "Reid Roofing", "Hayes Plumbing", "Patel & Sons".
_FIRM_AFTER = re.compile(
    r"\s+(?:&\s+(?:Sons?|Co|Daughters?)\b|(?:[A-Z][a-z]+\s+)?(?:Roofing|Plumbing|Electrical|"
    r"Electrics|Builders|Building|Construction|Motors|Garage|Haulage|Joinery|Carpentry|"
    r"Landscaping|Decorating|Ltd|Limited|Plc|LLP|Solicitors|Accountants|Estates|Lettings|"
    r"Transport|Cleaning|Catering|Bakery|Butchers|Engineering|Services|Group|Homes|Farms?|"
    r"Salon|Barbers|Dental|Opticians|Pharmacy|Studios?)\b)"
)
# A nickname of someone the post names, said so: "Gwil, as everyone knew him".
_KNOWN_AS = re.compile(
    rf"\b(?P<nick>{_NAME_WORD}),? as (?:everyone|everybody|we all|all of us|staff|students|"
    r"(?:his|her|their) (?:friends|mates|colleagues)) (?:knew|called|know|call) (?:him|her|them)\b"
)
# A building named for someone, in small letters after it: "the Jordan Well building",
# "the Alan Berry block" (names probe 79).
_THE_NAMED_BUILDING = re.compile(
    rf"\bthe (?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}) (?:building|block|wing|centre|center|"
    r"lab|suite|library|theatre|hall|annexe|site|Building|Block|Wing|Centre|Suite|Library|"
    # (one name too: "in the Bethany Hall", names probe 135)
    r"Theatre|Hall|Annexe)\b"
)
# A verb that is a first name too, opening a sentence before its object: "Hope the new
# principal enjoys it", "Mark your calendars" (names probe 79).
_VERB_FIRST = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>Hope|Will|Mark|May|Pat|Sue|Rob|Chase|Bill|Drew)\s+"
    r"(?:the|you|u|we|everyone|all|this|that|it|i|he|she|they|your|ur|our|my)\b"
)
# A saint, whose name stands for a church, a school or an entrance: "the St Mary's entrance".
_SAINT = re.compile(
    r"\b(?:St\.?|Saint|Ste)\s+(?P<name>[A-Z][a-z]+)"
    # St David's Day in Welsh, and what follows it ("Dydd Gŵyl Dewi Hapus", probe 86)
    r"|\b(?i:g[wŵ]yl)\s+(?P<welsh>Dewi(?:\s+(?:Sant|Hapus))?)"
)
# "Sir Reyes" (no first name after), "Shrestha Sir", "Gurung Miss".
_SIR_SURNAME = re.compile(
    # (in small letters too, as learners type it: "tell sir Hussain", names probe 121)
    rf"\b[Ss]ir\s+(?P<last>{_NAME_WORD})(?![\w-])(?!\s+(?:O'|Mc|Mac)?[A-Z])"
    rf"|(?<![\w'-])(?P<last2>{_NAME_WORD})\s+(?:Sir|Miss)\b(?!\s+[A-Z])"
    # (the surname in small letters too, when it is a common one and no word: "who got sir
    # khan for maths", names probe 144)
    r"|\b[Ss]ir\s+(?P<small>[a-z][a-z'-]{1,30})(?![\w-])"
)
# "his name is Ray", "her name's Aoife".
_NAME_IS = re.compile(
    r"\b(?:(?i:his|her|their)\s+(?i:name\s+is|name's|name\s+was)"
    # or a first name asked for: "first name Bryony, surname starts with T" (round 42's
    # read half)
    r"|(?i:first|given|christian)\s+(?i:name)(?:\s+(?i:is|was)|'s|\s*[:=-])?)"
    r"\s+(?P<first>[A-Z][a-z]+)\b(?!\s+[A-Z])"
    # (not a verb after it: "first name Will be printed", the review)
    r"(?!\s+(?:be|will|can|should|must|goes|go|needs?|appears?)\b)"
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Thanks, greetings, titles and kin of Ukrainian and Russian before a capitalised word
_PUBLIC_KIN_AFTER = re.compile(
    r"['\u2019]s (?:mum|mam|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|"
    r"partner) (?P<name>[a-z\u00c0-\u024f]+)\b"
)
_CYRILLIC_WORD = re.compile(
    r"(?<![\w'-])(?P<name>[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490][\u0430-\u044f\u0451"
    r"\u0454\u0456\u0457\u0491]+)(?![\w'-])"
    # (alone: not a full name, a public figure's as often as not, "Ivan Franko", nor a
    # city's or a feast's name, "Sofia is a city", "Ivan Kupala"; the review's cases)
    r"(?!\s+[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490])"
    r"(?!\s+(?:\u0446\u0435\s+)?(?:\u043c\u0456\u0441\u0442\u043e|\u0433\u043e\u0440\u043e\u0434))"
)
# Common given names of Ukraine and Russia, in the nominative (our own list).
_CYRILLIC_FIRSTS = word_set(
    "олена оксана наталія наталя ірина марія ганна юлія катерина світлана тетяна людмила "
    "ольга вікторія дарина софія анастасія валентина галина мирослава соломія христина "
    "андрій олександр олексій дмитро сергій микола іван петро володимир богдан максим "
    "артем денис василь михайло юрій віталій ярослав остап назар тимофій данило кирило "
    "тарас степан григорій євген "
    "елена наталья ирина мария татьяна светлана екатерина анастасия юлия дарья ксения "
    "дмитрий сергей алексей александр николай андрей михаил владимир юрий евгений "
    "григорий кирилл "
    # Bulgarian: "Благодаря на Десислава и Георги" (names probe 268)
    "георги димитър петър христо тодор йордан стоян красимир цветан гергана цветелина "
    "десислава радостина росица снежана величка милена"
)
_CYRILLIC_CUED_SMALL = re.compile(
    r"\b(?:дякую|дякуємо|спасибі|спасибо|благодарю|привіт|привет|вітаю|поздравляю|вітаємо)"
    r"[,!]?\s+(?P<name>[\u0430-\u044f\u0451\u0454\u0456\u0457\u0491']{3,})\b"
)
# The cases' endings and what each stands for in the nominative (Ukrainian and Russian),
# written as escapes: "Oksano" (spoken to) is Oksana, "Tarasovi" (to) is Taras, "Marii"
# (of) is Mariya.
_CYRILLIC_CASES = (
    ("\u043e\u0432\u0456", ""),
    ("\u043e\u044e", "\u0430"),
    ("\u043e\u043c", ""),
    ("\u043e", "\u0430"),
    ("\u0435", ""),
    ("\u0456", "\u0430"),
    ("\u0443", ""),
    ("\u044e", "\u044f"),
    ("\u0457", "\u044f"),
    ("\u0438", "\u0430"),
    ("\u044b", "\u0430"),
    ("\u043e\u0439", "\u0430"),
    # a name in -ій (Andriy): "Андрію" (to), "Андрія" (of)
    ("\u044e", "\u0439"),
    ("\u044f", "\u0439"),
)


def _cyrillic_given(name: str) -> bool:
    """Whether ``name`` (in small letters) is one of :data:`_CYRILLIC_FIRSTS` in a case."""
    lower = name.lower()
    if lower in _CYRILLIC_FIRSTS:
        return True
    return any(
        lower.endswith(ending) and lower[: len(lower) - len(ending)] + stem in _CYRILLIC_FIRSTS
        for ending, stem in _CYRILLIC_CASES
    )


_CYRILLIC_CUE = (
    r"(?i:\b(?:дякую|дякуємо|спасибі|спасибо|благодарю|привіт|привет|вітаю|поздравляю|"
    r"вітання|дорога|дорогий|дорогая|дорогой|шановна|шановний|пані|пан|мама|тато|син|сина|"
    # Bulgarian thanks said straight to someone: "Благодаря, Ивана!" (names probe 278)
    r"благодаря|"
    r"донька|доньки|дочка|сестра|брат|бабуся|дідусь|подруга|друг|"
    # "Передай Дмитрию", "Скажи Олені"; Bulgarian "Честит рожден ден на Цветелина",
    # "Благодаря на Мария" (names probe 131)
    r"передай|передайте|скажи|скажіть|скажите|напиши|напишіть|напишите|вітаємо|поздравляем|"
    r"(?:благодаря|честит\s+рожден\s+ден|рожден\s+ден|поздрави|честито|браво)\s+на))[,!]?\s+"
)
_CYRILLIC_CAPITALISED = (
    r"[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490][\u0430-\u044f\u0451\u0454\u0456"
    r"\u0457\u0491'\u2019]+"
)
# (the name read ahead, not taken: a cue after a greeting is a cue too, "Привіт! Дякую
# Олені", names probe 168)
_CYRILLIC_CUED = re.compile(rf"{_CYRILLIC_CUE}(?=(?P<name>{_CYRILLIC_CAPITALISED}))")
# ... and a second name joined to the first by "and": "Дякую Олені та Андрію"
_CYRILLIC_CUED_SECOND = re.compile(
    rf"{_CYRILLIC_CUE}{_CYRILLIC_CAPITALISED}\s+(?:та|\u0456|й|и)\s+(?P<name>{_CYRILLIC_CAPITALISED})"
)
# Letters of the Arabic script (Arabic, Urdu, Dari, Pashto) and of India's scripts
# (Devanagari to Tamil), without their marks of punctuation.
_SA_LETTERS = "\u0620-\u064a\u064b-\u065f\u0671-\u06d3\u0900-\u0963\u0966-\u0bff"
_SOUTH_ASIAN_OR_ARABIC = re.compile(f"[{_SA_LETTERS}]")
# Words for kin and for a teacher in those scripts, before a name: Arabic ("أختي", "خالتي",
# "للأستاذة"), Urdu and Dari ("امی جان", "بھائی", "خواهرم"), Hindi and Nepali ("बहन",
# "दाइ"), Punjabi ("ਵੀਰ"), Gujarati ("દીકરી"), Bengali ("বোন"), Tamil ("தம்பி").
_SCRIPT_KIN = (
    "أخي أختي اختي خالتي عمتي خالي عمي أمي امي أبي ابي جدتي جدي ابني ابنتي صديقي صديقتي "
    "زوجي زوجتي الأستاذة الأستاذ للأستاذة للأستاذ الاستاذة الاستاذ للاستاذة للاستاذ أستاذة "
    "أستاذ الدكتور الدكتورة "
    "امی ابو بھائی باجی آپی بہن خالہ پھوپھو چاچو چچا ماموں نانی دادی نانا دادا بیٹا بیٹی "
    "خواهرم برادرم مادرم پدرم دوستم "
    "बहन भाई दीदी दिदी दाइ दाजु बहिनी भाइ माँ मम्मी पापा बेटी बेटा चाचा चाची मामा मामी नानी "
    "दादी नाना दादा भैया भाभी बुआ मौसी "
    "ਵੀਰ ਭੈਣ ਭਰਾ ਮਾਂ ਪੁੱਤ ਧੀ ਭੈਣਜੀ ਬੇਬੇ ਦਾਦੀ ਨਾਨੀ ਚਾਚਾ ਮਾਮਾ ਭਾਬੀ "
    "દીકરી દીકરો બહેન ભાઈ મમ્મી પપ્પા દાદી નાની કાકા મામા ફોઈ માસી "
    "বোন ভাই আপু আপা বাবা দাদা দিদি নানু দাদু মামা খালা ফুফু ভাবি "
    "தம்பி தங்கை அக்கா அண்ணா அண்ணன் அம்மா அப்பா மகள் மகன் பாட்டி தாத்தா"
)
_SCRIPT_KIN_NAME = re.compile(
    f"(?:(?<![{_SA_LETTERS}])(?:{'|'.join(sorted(_SCRIPT_KIN.split(), key=len, reverse=True))})"
    # (or a word for kin in English: "my brother أحمد")
    rf"|(?i:\b(?:my|our|your) (?:{_MY_KIN.replace(' ', '|')})\b))"
    # ("امی جان شبانہ": "jaan", dear, after the word for kin)
    f"(?: جان)?[,،]? (?P<name>[{_SA_LETTERS}]{{2,}})(?![{_SA_LETTERS}])"
)
# ... and the words after them that are no name: the little words of those languages
# ("मेरी बहन ने", "بہن کی", "ਭੈਣ ਨੂੰ", "বোন ও").
_SCRIPT_NOT_NAMES = word_set(
    "ने को का की के है हैं था थी और भी से में पर जी "
    "نے کو کا کی کے ہے ہیں تھا تھی اور بھی سے میں پر جی و في من على عن مع هو هي "
    "ਨੇ ਨੂੰ ਦਾ ਦੀ ਦੇ ਹੈ ਤੇ ਵੀ ਜੀ "
    "એ ને નો ની નું છે અને પણ "
    "কে এর ও আর আমার ছিল "
    "ஒரு மற்றும்"
)
# A Chinese name of two or three characters after thanks or praise, in English or Chinese
# ("Thanks 王小明 for helping me"): the first character one of the common surnames.
_HAN_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧"
    "曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈"
    "夏韦韋方白邹鄒孟熊秦邱江尹薛段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯"
    "欧歐区區关關麦麥伍邝鄺岑甘冼"
)
_HAN_NAME_CUE_AT = re.compile("[\u4e00-\u9fff]")
_HAN_NAME_CUED = re.compile(
    r"(?i:\b(?:thanks|thank\s+you|thx|ty|congrats|congratulations|well\s+done|shout\s?out\s+to|"
    r"proud\s+of|my\s+(?:friend|mate|brother|sister|cousin|son|daughter))\b|谢谢|謝謝|感谢|感謝)"
    f"[,!:]? ?(?!谢谢|謝謝|感谢|感謝)(?P<name>[{_HAN_SURNAMES}][\u4e00-\u9fff]{{1,2}})"
    "(?![\u4e00-\u9fff])"
)
# A capitalised word before a South Asian word for kin ("Dhruvi beta", "Imran bhai").
# (and an aunt or an elder: "Rehana aunty is the GOAT", "Kavitha akka", names probe 162)
# (and Nepali's elder brother and sister-in-law: "Dhan dai", "Hom dai", names probe 243)
_AUNT_OR_ELDER_WORDS = (
    "aunty", "auntie", "akka", "paaji", "paji", "masi", "massi", "maasi", "dai", "daju", "bhauju",
    # Malayalam's elder brother and sister: "Anoop chetta", "Shiny chechi" (names probe 273)
    "chettan", "chetta", "chettai", "chechi", "chechy",
)  # fmt: skip
# (the words of these that are no one's but an elder's, after a name no list holds too:
# "Thanu akka", names probe 228; not "dinner aunty")
_ELDER_ONLY = frozenset(_AUNT_OR_ELDER_WORDS) - {"aunty", "auntie"}
_KIN_AFTER_WORDS = ("beta", "beti", "bhai", "bhaiya", "didi", "baji", "appi", *_AUNT_OR_ELDER_WORDS)
_AUNT_OR_ELDER = frozenset(_AUNT_OR_ELDER_WORDS)
# Greetings, cries, places, peoples and the words for elder and younger that stand before
# an elder's word and are no name ("Vanakkam akka", "Canada masi", "Badi masi", "Sardar
# paaji"; the review of the forty-second session).
_NOT_BEFORE_AN_ELDER = word_set(
    "vanakkam ayyo aiyo enna oye chalo balle shabash haanji hanji acha accha achha sardar "
    "dhaba nani nana dadi chota chhota chote vadda vadde badi bade choti chhoti tamil bengali "
    "punjabi gujarati malayali desi canada america delhi ludhiana jalandhar amritsar chennai "
    "jaffna southall leicester birmingham slough wembley lahore karachi dhaka sylhet mumbai "
    "london india pakistan "
    # (before "dai": the review of the forty-second session)
    "sugoi wahoo nissan bhai daijoubu"
)
# ... or joined to it by a hyphen, as Konkani's "bai" is too: "Jijo-chettan", "Bishnu-dai",
# "Philomena-bai" (names probe 273)
_KIN_JOINED_WORDS = ("bai",)
_ELDER_JOINED = frozenset({"chettan", "chetta", "chettai", "chechi", "chechy"})
_KIN_PLACE_AFTER = re.compile(r" +(?i:restaurant|cafe|caf\u00e9|shop|takeaway|kitchen|stores?)\b")
_NAME_THEN_KIN = re.compile(
    # (in small letters too: "sabaash maninder paaji", names probe 162)
    rf"(?<![\w'-])(?<!\bthe )(?<!\bThe )(?P<first>[{_UPPER}a-z][{_LOWER}]+)"
    rf"(?: (?P<kin>{'|'.join(_KIN_AFTER_WORDS)})"
    rf"|-(?P<joined>{'|'.join((*_KIN_AFTER_WORDS, *_KIN_JOINED_WORDS))}))\b"
    r"(?! (?:version|test|testing|release|build)s?\b)"
)
# A capitalised word before "says" or "reckons": the person who said it ("Will says").
_WORD_NAME_SAYS = gated(
    re.compile(
        r"(?<![\w'-])(?<!\bthe )(?<!\bThe )(?P<first>[A-Z][a-z]+) (?:says|said|reckons|texted)\b"
    )
)
# ... and the capitalised words after them that are no one: "Дякую Вам", "Привіт Всім"
_CYRILLIC_NOT_NAMES = word_set(
    "вам вас вами тобі тебе тобой всім всем усім вашій вашому богу україна україні "  # noqa: RUF001
    "большое велике коледжу колледжу друзі друзья друже "
    # thanks and greetings, each a cue for the next (names probe 168)
    "дякую дякуємо спасибі спасибо благодарю привіт привет вітаю вітаємо поздравляю "
    # kin, staff and the college in their cases (the review of the thirty-eighth session)
    "мамі мамо мама маме мамі тато тату татові папе папа колеги команду групі групу "
    "бібліотеці адміністрації директору директор коледж місту"
)
_CYRILLIC_PLURAL_ENDINGS = ("ям", "ам", "ів", "ых", "их", "ами", "ями", "зі", "ки")
_NOT_THAT_ONE = re.compile(
    r"\s*[(,\u2013\u2014-]?\s*(?i:(?:no,?\s+|but\s+|and\s+)?not\s+(?:that|the\s+famous|the\s+(?:tv|"
    r"telly|football|footballer|singer|actor|actress|presenter))\s+(?:one|guy|lad|woman|man)\b"
    r"|no\s+relation\b)"
)
# A hall or a house named like a person, said to open or to have a box office or a car park:
# "Grace Hall doors open 5pm" (names probe 213).
_VENUE_BY_USE = re.compile(
    rf"(?P<name>{_NAME_WORD} (?:Hall|House|Centre|Theatre|Chapel|Church|Library))"
    r"(?= (?:doors\s+open|doors\s+at|box\s+office|car\s+park|open\s+(?:from|at|till|until))\b)"
)
_NAMED_PLACE = gated(
    re.compile(
        rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}) (?:Building|Centre|Center|Hall|Library|"
        r"Suite|Wing|House|Theatre|Room|Lecture|Campus|Award|Prize|Trophy|Cup|Scholarship|"
        r"Bursary|Fund|Trust|Foundation|Memorial|Stadium|Arena|Gallery|Museum|Institute|Way|"
        r"Road|Street|Lane|Drive|Avenue|Bridge|Park|Court|Block|Studio|Studios|Lab|"
        # "the Billy McNeill statue": a likeness put up to someone (not "Ryan Kelly memorial
        # match", "Chloe Barker mural", which name the student who is remembered or made it)
        r"(?i:statue|monument)|Farm|Farmhouse|Cottage|Barn|Manor|Grange|"
        # in small letters: "The Doyle Centre and Matthew Arnold library" (names probe 173;
        # not a card or a fine that is someone's)
        # (only where a building's words follow: not "Jack Smith building his own website",
        # "Daniel Hughes library volunteer"; the review of the thirty-eighth session)
        r"(?i:library|building)(?=\s*(?:[.,!?;:)]|$|\s+(?:is|was|are|were|will|opens?|opened|"
        r"closes?|closed|shuts?|reopens?|at|on)\b))|"
        # "the Dr Gurdev Singh memorial garden" (names probe 121; not "memorial match")
        # (not "the Callum Reid memorial bench", "the Amy Lowe memorial trophy": one of ours)
        r"(?i:memorial\s+(?:garden|gardens|hall|park|ground|library))|"
        # "Summer Hill campus" in small letters too; a college's sites ("the Ashford and
        # Ashley sites", names probe 166)
        r"(?i:campus|campuses|sites)(?!\s+(?i:rep|reps|ambassadors?|champions?|officers?|leads?|managers?|"
        r"co-?ordinators?|winners?|president|captain)\b))\b"
    )
)
_IRISH_COUNTIES = (
    r"(?:Tyrone|Kerry|Clare|Derry|Down|Armagh|Antrim|Fermanagh|Donegal|Monaghan|Cavan|Mayo|"
    r"Galway|Cork|Dublin|Meath|Kildare|Louth|Wexford|Kilkenny|Tipperary|Limerick|Waterford|"
    r"Offaly|Laois|Wicklow|Sligo|Leitrim|Roscommon|Longford|Westmeath|Carlow)"
)
_COUNTY_FIXTURE = re.compile(
    rf"\b(?P<a>{_IRISH_COUNTIES})\s+(?:beat|bate|v|vs\.?|versus|against|drew\s+with|lost\s+to|"
    rf"hammered|edged|pipped)\s+(?P<b>{_IRISH_COUNTIES})\b"
)
_COUNTIES_NAMED_LIKE_PEOPLE = word_set("tyrone kerry clare derry down")
_GAA = re.compile(
    r"\b(?i:gaa|gaelic|hurling|camogie|all-ireland|croke|championship|ulster\s+final|"
    r"county\s+final|minors?)\b"
)
_CAME_OUT_OF = re.compile(r"\b(?i:came|come|comes|coming)\s+out\s+of\s+$")
# A seaside place named like a person: "Barry Island", "Hayling Island" (names probe 155;
# not "Sands", a surname too: "Ellie Sands").
_SEASIDE_PLACE = re.compile(rf"\b{_NAME_WORD} Island\b")
# A house of a college's house system by one name ("Cuthbert house", "Aidan House"; round
# 33's read half), not someone's home ("at Liam house", "Cuthbert's house") nor what is
# done at one ("Liam house sitting").
_TEAM_HOUSE = re.compile(
    rf"(?<!\bat )(?<!\bto )(?<!\bround )(?<!\bfrom )(?<!\bnear )(?<!\boutside )(?<![\w'-])"
    rf"[{_UPPER}][{_LOWER}]+ [Hh]ouses?\b"
    r"(?! (?:sitting|party|parties|warming|hunting|keys?|arrest|share|mates?|rules)\b)"
)
# A Welsh farm or house by its name, its kind in small letters: "Cae Coch farm, Llithfaen",
# "Bryn Mawr farm" (not "Ellie Watts cottage pie", "Tom Pryce farm safety talk").
# A word of a Welsh house's name: after a hill's top, below, a field or a slope and "y"
# ("Pen y Bryn", "Tan y Graig", "Llety'r Wennol"), or a Welsh word of a place after a
# house, a farm or a hill ("Ty Gwyn", "Fferm Ty Gwyn", "Bryn Awel"; not "Bryn Jones").
_WELSH_HOUSE_PART = re.compile(
    r"\b(?:(?:Pen|Tan|Bryn|Maes|Cae|Glan|Bron|Pant|Coed|Nant|Cefn|Gwel) (?:y|yr)|Llety'r|Ty'r|"
    r"T\u0177'r) (?P<part>[A-Z][a-z]+)"
    r"|\b(?:Ty|T\u0177|Fferm(?: Ty| T\u0177)?|Plas|Hafod|Maes|Cae|Llys|Bron) "
    r"(?P<word>[A-Z][a-z]+)"
    # (a Bryn is often a person: only before its village, "Bryn Awel, Penygroes"; the review
    # of the forty-first session)
    r"|\bBryn (?P<bryn>[A-Z][a-z]+)(?=,\s*[A-Z][a-z]|\s*\n)"
)
# Welsh words that name a house's place or look: white, blue, black, red, big, small,
# long, fair, new, upper, lower, breeze, gorse, holly, oak, ash, hill, wood, sunny.
_WELSH_HOUSE_WORDS = _WELSH_WORD_NAMES | word_set(
    "gwyn gwen glas du ddu coch goch mawr fawr bach fach hir teg newydd uchaf isaf awel eithin "
    "celyn derw onnen bryn coed heulog hyfryd"
)
_WELSH_FARM = re.compile(
    r"\b(?P<name>(?:Cae|Bryn|Plas|Pen|Ty|T\u0177|Llys|Pant|Nant|Coed|Maes|Hafod|Bod|Tyddyn|Ffridd|"
    rf"Cefn|Bron|Fron|Glan|Waun|Gwern|Rhos|Ffynnon|Tan|Dol|D\u00f4l|Llwyn|Bwlch) {_NAME_WORD})"
    r" (?:farm|farmhouse|cottage|barn|smallholding|bungalow)\b"
)
# Writers a reading list or a lesson names: "Reading list: Sid Chaplin, Catherine
# Cookson and Basil Bunting", "poets such as Simon Armitage" (up to the sentence's end;
# not "poems by", which a student may have written).
_WORKS_BY = gated(
    re.compile(
        r"(?i:\breading list\b[^.!?:\n]{0,40}:|\b(?:authors|writers|poets|novelists|"
        r"playwrights|composers|painters)\s*(?::|such as|like|including))\s*"
    )
)


# A first name alone that the post names as someone's or sends a message to: "his name
# kelechi", "her name's Mahira", "tell kacper i said happy birthday".
_NAMED_FIRST = gated(
    re.compile(
        r"(?i:\b(?=[hmt])(?:(?:his|her|their|my (?:son|daughter|child)'?s?) name"
        r"(?: is|'s|s| was|:)?"
        rf"\s+(?P<first>[{_UPPER}a-z][{_LOWER}]+(?:-[{_UPPER}a-z][{_LOWER}]+)?)"
        r"(?![\w'-]|(?-i: [A-Z][a-z]))"
        rf"|tell\s+(?P<told>[{_UPPER}a-z][{_LOWER}]+(?:-[{_UPPER}a-z][{_LOWER}]+)?)"
        r"(?= (?:i|we|to|that|she|he|they|her|his|their|congrats|well done|happy|from)\b)))"
    )
)
# A capitalised first name that the words around it say is someone's, even one English
# uses as a word: "Wish Mark a happy birthday", "Tapadh leibh, a Mhàiri"
# (the Gaelic vocative, its name lenited).
_WISHED_FIRST = re.compile(
    rf"\b(?i:wish)\s+(?P<first>[{_UPPER}][{_LOWER}]+)\s+(?i:a\s+(?:very\s+)?happy|happy|good\s+luck|"
    r"all\s+the\s+best|the\s+best|luck|congrat\w*|well)\b"
)
_GIVEN_FIRST = re.compile(
    rf"\b(?:gave|give|given)\s+(?P<first>{_NAME_WORD})\s+(?:a|an|the|detention|"
    r"(?:his|her|their)\s+(?!own\b))(?![\w'-])"
    # (not a place visited or a thing tried: "gave Florence a visit", "gave Georgia a go")
    r"(?<!\ba)(?!(?<=a)\s+(?:visit|go|try|miss|look|wide\s+berth)\b)"
)
_VOCATIVE_FIRST = re.compile(
    rf"(?:^|[,!.?]\s*)a\s+(?P<first>[BCDFGMPST]h[{_LOWER}]+)(?=\s*[,!.?]|$)"
)
_CALLED_FIRST = re.compile(
    r"\b(?i:lady|woman|man|girl|boy|lad|guy|bloke|fella|fellow|gentleman|tutor|teacher|"
    r"lecturer|student|learner|someone|somebody|person|friend|mate|nurse|receptionist|"
    r"assessor|volunteer|apprentice|chap|gent)\s+(?:called|named)\s+"
    rf"(?P<first>[{_UPPER}][{_LOWER}]+)(?![\w'-]| [{_UPPER}])"
)
# "Anyone else from Ashley ...?": the place before which one comes from.
_ANYONE_FROM = re.compile(
    r"(?i:\b(?:any\s?one|any\s?body|who)\s+(?:else\s+)?(?:from|coming\s+from))\s+$"
)
# A first name with a word for size before it, as a nickname: "Big Dev", "wee Shauna".
_BY_SIZE = re.compile(
    rf"(?<![\w'-])(?:Big|Little|Lil|Wee|wee) (?P<first>[{_UPPER}][{_LOWER}]+)(?![\w'-]| [{_UPPER}])"
)
# "shoutout to dawn in the canteen", "shout out to bill from site services"
_SHOUTED_OUT = re.compile(
    r"(?i:\bshout\s?-?outs?\s+to)\s+(?P<first>[a-z]{3,})\s+(?:in|from|at|on)\s+(?:the\s+)?[a-z]"
)
# Titles of the languages our learners' families speak, in their cases (Polish pani, pan,
# panu, pana, panią; Romanian doamna, doamnei, domnul, domnului; Portuguese senhora,
# senhor, dona; Spanish señora, señor; Italian signora, signor; German Frau, Herr;
# French madame, monsieur).
_ABROAD_TITLE_STEMS = ("pan", "Pan", "doamn", "Doamn", "domn", "Domn", "senhor", "Senhor",
                       "dona ", "Dona ", "señor", "Señor", "signor", "Signor", "Frau", "Herr",
                       "madame", "Madame", "monsieur", "Monsieur")  # fmt: skip
_TITLED_ABROAD = re.compile(
    r"(?<![\w'-])(?i:pani|pan|panu|pana|pani\u0105|doamna|doamnei|domnul|domnului|senhora|senhor|"
    r"dona|se\u00f1ora|se\u00f1or|signora|signor|frau|herr|madame|monsieur) "
    # (not before a first name: "pani Anna Nowak" is read as a full name)
    rf"(?P<last>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
    # (or in small letters, where its ending is a Polish, Romanian or Slavic surname's:
    # "dziękuję pani kowalskiej", "mulțumesc doamnei popescu", names probe 151)
    rf"|[{_LOWER}]+(?:sk[aiy]|skiej|ck[aiy]|ckiej|wicz|czyk|czak|escu|eanu|ova|eva|enko))"
    r"(?![\w'-]| [A-Z\u00c0-\u00de][a-z])"
)
# A title and a surname in small letters or in capitals: "ms okonkwo", "MR O HUSSEIN".
_TITLED_PLAIN = gated(
    re.compile(
        # not "miss" alone: "don't miss marks", "I miss snow days"; but "tell miss Hughes"; and a
        # small-letter title before a capitalised surname ("mr Patel")
        r"(?<![\w'-])(?=[mdMD])(?:(?:mr|mrs|ms|dr)\.? (?:[a-z]\.? )?(?=[a-zA-Z])|(?:(?<=tell )|"
        r"(?<=ask )|(?<=thanks )|(?<=email )|(?<=message )|(?<=from ))miss\.? (?=[A-Z])"
        # (or before a surname's particle in small letters: "our tutor miss ní bhriain",
        # "miss o'connor", names probe 151; not "miss da club", "i miss o'neills")
        r"|(?<!i )(?<!we )(?<!u )(?<!you )(?<!ll )(?<!so )(?<!really )(?<!gonna )(?<!will )"
        r"(?<!still )(?<!do )(?<!dont )(?<!don't )"
        r"miss\.? (?=(?:ní|nic|van|von|mac|mc) [a-z]|[od]'[a-z])"
        rf"|(?:MR|MRS|MS|DR|MISS)\.? (?:[A-Z]\.? )?(?=[A-Z]{{2}}))"
        # a particle or two before the surname in small letters: "ms van der merwe"
        r"(?:(?:van|von|de|der|den|du|le|ní|nic|uí|ua) ){0,2}"
        # "mrs d'souza", "mr o'neill": a surname's particle with its apostrophe
        rf"(?P<last>(?:(?:[od]')?[a-zA-Z][{_LOWER}]+(?:-[a-zA-Z][{_LOWER}]+)?|[A-Z]{{2,}}"
        rf"(?:-[A-Z]{{2,}})?))"
        # (a possessive after it is still the name: "ms. o'sullivan-reilly's email")
        r"(?![\w-]|'(?!s\b))"
    )
)
# "miss" in small letters after a word one says of a person, and a name in small letters.
_MISS_SMALL = re.compile(
    r"(?:(?<=\btell )|(?<=\bask )|(?<=\bthanks )|(?<=\bthank you )|(?<=\bcheers to )|"
    r"(?<=\bthanks to )|(?<=\bwith )|(?<=\bemail )|(?<=\bmessage )|(?<=\bfrom ))"
    r"(?-i:miss (?P<last>[a-z][a-z'-]+))(?![\w'-])",
    re.IGNORECASE,
)
# The particles as names write them, in small letters ("de Souza"; not "Will Do Better").
_SMALL_PARTICLE = (
    "(?:de|da|del|della|di|dos|das|du|van|von|der|den|ter|le|la|bin|binti|ibn|ap|ó|ní|nic|"
    "mac|Mac|al|el|Ó|Ní|Nic|Uí|Ua)"
)
# ... and as Italian, Spanish and Portuguese families write some of them, in capitals after
# a first name of ours: "Giuseppe De Luca", "Chiara Di Stefano", "Rosa Del Rio".
_CAPITAL_PARTICLE = "(?:De|Di|Da|Del|Della|Dos|Das|Du)"
# The same with the first name in small letters: "iolo ap Gwilym", "lucas de Souza"; its
# test first, from the particle (a scan from every word's start costs ten times more).
_SMALL_PARTICLE_BEFORE = re.compile(rf" {_SMALL_PARTICLE} [{_UPPER}]")
# Only the particles of a patronymic or a clan ("ap", "bin", "ní"): "vincent van Gogh" and
# "leonardo da Vinci" name painters.
_LOWER_PARTICLE_NAME = re.compile(
    rf"(?<![\w'-])(?P<first>[a-z][{_LOWER}]+) (?:ap|ab|ferch|verch|bin|binti|ibn|ní|nic|ó|mac) "
    rf"{_NAME_WORD}(?![\w-])"
)

# A name with a nickname in quotation marks between its words: "Gareth 'Gaz' Morris".
_NICK = f"[{_UPPER}][{_LOWER}]+"
_QUOTED_NICK = rf"(?:'{_NICK}'|\u2018{_NICK}\u2019|\"{_NICK}\"|\u201c{_NICK}\u201d|\({_NICK}\))"
# A word in quotation marks before a capitalised word: the test before _NICKNAMED.
_QUOTE_MARKS = re.compile(rf"{_QUOTED_NICK} [{_UPPER}]")
_NICKNAMED = re.compile(rf"(?P<first>{_LED}) {_QUOTED_NICK} (?P<last>{_NAME_WORD})(?![\w-])")
_PARTICLE_NAME = re.compile(
    # (not a saint: "the St Vincent de Paul food bank")
    rf"(?P<first>{_LED_NO_SAINT}) (?:(?:{_SMALL_PARTICLE}|{_CAPITAL_PARTICLE}) ){{1,2}}{_NAME_WORD}"
    rf"(?: {_NAME_WORD}(?= (?!{_PARTICLE}\b)[a-z]))?(?![\w-])"
)
# Vietnamese names: a family name, a middle name, a given name ("Nguyen Thi Lan").
_VIETNAMESE_NAME = re.compile(
    # (the family names led by their first letters: "[DĐ]ặng" is "Dặng" or "Đặng")
    _words_led(
        "Nguy[eễ]n|Tr[aầ]n|L[eê]|Ph[aạ]m|Ho[aà]ng|Hu[yỳ]nh|Phan|V[uũ]|V[oõ]|D[aặ]ng|Đ[aặ]ng|"
        "B[uù]i|D[oỗ]|Đ[oỗ]|H[oồ]|Ng[oô]|D[uư][oơ]ng|L[yý]|Trinh|Tr[iị]nh|Dinh|Đinh|Mai|Cao"
    )
    + " "
    r"(?:Th[iị]|V[aă]n|[DĐ][uứ]c|H[uữ]u|Ng[oọ]c|Thanh|Qu[oố]c|Minh|Xu[aâ]n|Kim|Gia) "
    # (capitalised: not "đã", already, after "Trần Minh", names probe 268)
    rf"(?!\u0111)[{_UPPER}][{_LOWER}]+(?![\w'-])"
)
# Hong Kong names in their romanisation, family name first and the given name's two
# syllables joined by a hyphen, the second in small letters: "Chan Tsz-hin", "Wong Ka-yan"
# (names probe 273).
_CANTONESE_NAME = re.compile(
    # (not the family names that lead Korean names, dishes, games and greetings as often:
    # Lee, Yu, Ma, Lo, Tang, Ho; nor a place of the city: "Wong Tai-sin temple"; the review)
    r"(?<![\w'-])(?<!\bin )(?<!\bto )(?<!\bat )(?:Chan|Wong|Leung|Cheung|Lau|Ng|Lam|Chow|Chau|"
    r"Yeung|Tsang|Li|Chu|Kwok|Mak|Tse|Fung|Yip|Law|Tam|Cheng|Wu|Lai|Choi|Poon|Siu|Hui|Kwan|Au|"
    r"Yuen|Tsui|Chung|Ip|Kong|Shek|Sze|Tong|Wan|Yau|Fok|Koo|Tsoi|Pang|Chiu|Liu|Lui|Mok|Lee|Yu|Ho|"
    r"Lo|Ma|Tang)"
    # (not a dish, a game, a martial art, a laugh or a Korean star's name: the review)
    r" (?!Gi-oh|Po-tofu|Mai-gai|Soo-do|Ho-ho|Jung-jae|Min-ho|Kang-in|Mein\b)"
    r"[A-Z][a-z]{1,4}-[a-z]{2,5}(?![\w'-])"
    r"(?! (?:temple|market|station|estate|city|road|street|park|village)\b)"
)
# Chinese names in pinyin, family name first: the commonest family names, then a given name
# of one or two syllables ("Zhang Lei", "Chen Xiuying", "Wang Xiao-Ming").
_PINYIN = (
    "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|"
    "ua|uo|ui|ue|er|a|o|e|i|u|ü)"
)
_CHINESE_WORD_FAMILIES = frozenset(
    (
        "Li", "Wu", "Lin", "Sun", "Ma", "Hu", "Yu", "Lu", "Su", "Fu", "Ye", "Du", "Tan", "Pan",
        "Fan", "Han", "Tang", "Gao", "Long", "Song", "Bai", "Kong", "Lei",
    )
)  # fmt: skip
_CHINESE_NAME = re.compile(
    "(?P<family>"
    + _words_led(
        "Zhang|Wang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Zhu|Guo|"
        "Luo|Zheng|Liang|Xie|Deng|Feng|Zeng|Xiao|Tian|Dong|Yuan|Cai|Jiang|Cheng|Wei|Shen|Yao|Zhong|"
        "Cui|Qian|Qin|Xiong|Jia|Hou|Shao|Meng|Duan|Qiu|Ren|Peng|Lü|"
        + "|".join(sorted(_CHINESE_WORD_FAMILIES))
    )
    + rf") (?P<given>(?=[A-Z])(?i:{_PINYIN})(?:-?(?i:{_PINYIN}))?)(?![\w'-])"
)
# A public office, in the words a post uses for it (not a student's office, "Youth Mayor",
# "SU Health Secretary", nor a prize named after one, "the Mayor's Award").
_OFFICE = (
    r"(?<!Youth )(?<!Student )(?<!Junior )(?<!SU )(?<!Union )(?<!School )(?<!Class )"
    r"(?:(?:[Mm]etro )?[Mm]ayor|MP|MSP|MLA|[Cc]ouncil [Ll]eader|[Pp]rime [Mm]inister|"
    r"(?:[Ee]ducation|[Hh]ome|[Hh]ealth|[Ff]oreign) [Ss]ecretary|"
    r"[Pp]olice and [Cc]rime [Cc]ommissioner|[Ss]kills [Mm]inister|"
    # (probe 93) a county's officers, a college's governors' chair, a bishop
    r"(?:Deputy |Assistant )?Chief Constable|Chief Fire Officer|High Sheriff|"
    r"Lord[- ]Lieutenant|Chair of (?:the )?Governors|Bishop of [A-Z][a-z]+)"
    r"(?!'s|\u2019s| (?:[Aa]wards?|[Ss]cholarships?|[Pp]rizes?|[Cc]up|[Ff]und|[Tt]rophy|"
    r"[Mm]edal)\b)"
)
# People named in a public office: "Stephen Timms MP", "Councillor Jane Mortimer".
_PUBLIC_ROLE = gated(
    re.compile(
        rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}),? (?:MP|MEP|MSP|QC|KC)\b"
        rf"|\b(?:Councillor|Cllr\.?|Lord|Baroness|(?<!Youth )(?<!Junior )(?<!Student )Mayor|"
        rf"Rt\.? Hon\.?) (?P<name2>{_NAME_WORD}"
        rf"(?: {_NAME_WORD}){{1,2}})"
        # a councillor by surname alone ("thanks to Councillor Ahmed for visiting")
        rf"|\b(?:Councillor|Cllr\.?) (?P<name4>{_NAME_WORD})(?![\w'-]| [{_UPPER}])"
        # a name and the public office after it ("Claire Ward, the East Midlands mayor") or
        # before it ("mayor Claire Ward", "local MP Lilian Greenwood")
        # a public calling before the name: "crime author Fiona Kerr", "Commonwealth Games boxer
        # Tyrone Hall" (details probe 128)
        # (not "student author Mia Jones", one of ours)
        rf"|(?<!student )(?<!Student )(?<!young )(?<!Young )"
        rf"\b(?i:author|novelist|poet|playwright|boxer|olympian|paralympian|broadcaster) "
        rf"(?P<name3>{_NAME_WORD} {_NAME_WORD})"
        rf"|{_NAME_WORD} {_NAME_WORD},? (?:the |our )?"
        rf"(?:(?!(?:Mock|Youth|Student|Students|SU|Union|School|Junior|Class|College)\b)"
        rf"(?:[A-Z][\w-]+|and|of) ){{0,4}}"
        rf"{_OFFICE}\b"
        rf"|\b(?:(?:[Ll]ocal|[Oo]ur|[Tt]he|[Ff]ormer) )?{_OFFICE},? "
        rf"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.? )?{_NAME_WORD} {_NAME_WORD}"
        # the head of the institution named in that role: "Principal Dr McCracken will present"
        # (not "Principal Lecturer Sarah Jones", a role under it)
        r"|\b(?:Principal|Vice[- ]Principal) "
        r"(?!(?:Lecturer|Teacher|Award|Investigator|Officer|Engineer|Consultant|Designer|"
        r"Manager|Assessor|Tutor|Scientist|Librarian|Accountant)\b)"
        rf"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? )?{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}"
    )
)
# A street after a house number, whose name reads like a person's: "14 Rose Lane".
_HOUSE_ON = re.compile(
    rf"\b\d{{1,4}}[A-Za-z]?,? (?P<name>{_NAME_WORD} (?:Lane|Hill|Green|Park|Court|Road|Street|"
    r"Avenue|Close|Drive|Grove|Way|Crescent|Terrace|Gardens|Walk|Row|Place|View|Rise|Mews|"
    r"Square|Field|Fields|Brook|Wood|Dale|Bank|Side|Gate|Croft))\b"
)
# "Year 2 Jack Wood", "Level 3 Lily Green": a learner's year, not a house number.
_NUMBERED_GROUP = re.compile(
    r"(?i:\b(?:year|yr|level|lvl|room|group|class|stage|grade|form|unit|block|team|floor|step|"
    r"week|cohort|set|no\.?|number))\s+$"
)
# A year long past, as a lesson or an anniversary gives it ("On this day in 1888", "in
# 1918"): the people of that sentence are people of history.
# An author or an artist by the body of work a post names: "Peter May's Lewis trilogy",
# "a Neil Gunn reading", "Carol Ann Duffy poems" (not "Chloe Barker's poem", one piece a
# student may have written).
_WORK_OF = gated(
    re.compile(
        rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})(?:(?:'s|(?<=s)') "
        r"(?:(?:[A-Z][a-z]+|early|late|latest|first|new|crime|detective) ){0,2}"
        r"(?:trilogy|quartet|novels|back catalogue|discography|box set)"
        r"| (?:poems|sonnets|novels|short stories|albums|paintings))\b"
        rf"|\b[Aa]n? (?P<name2>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}) "
        r"(?:reading|recital|novel|poem|play|song|album|film|painting)\b"
    )
)
_HISTORIC_YEAR = re.compile(
    r"(?i:\b(?:in|since|from|until|till|founded|born|died|year|c\.|circa)\s+(?:the\s+)?)"
    # a year, not a count ("in 1500 words", "out of 1500 runners")
    r"(?:1[0-8]\d\d|19[0-3]\d)\b(?!\s+[a-z]+s\b)"
)


# A grave or a plaque, and an outing or a lesson of history: the people named beside them
# are history's, not private people.
_BURIED = re.compile(r"(?i:\b(?:is|was|lies|are|were)\s+buried\s+(?:at|in)\b|\bblue\s+plaque\b)")
_HISTORY_OUTING = re.compile(
    r"(?i:\b(?:history|heritage)\s+(?:trip|walk|tour|trail|lesson|class|project|day|visit)s?\b"
    r"|\blocal\s+history\b)"
)
_FAMILY_SAID = re.compile(
    r"(?i:\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:grand|great|nan|gran|"
    r"mum|mam|dad|da|father|mother|uncle|aunt|auntie|brother|sister|son|"
    r"daughter|husband|wife|partner|cousin))"
)


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence that holds ``end`` starts."""
    starts = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, end - 400), end)]
    return starts[-1] if starts else max(0, end - 400)


# "and" in other languages between two capitalised names: Romanian "și" ("Andrei și
# Ioanei"), Polish "i", German "und", Turkish "ve", Scandinavian "och" and "og" (not the
# particles "e" and "y" of Portuguese and Spanish surnames). Names probe 104.
_AND_ABROAD = re.compile(rf"(?<=[{_LOWER}]) (?:și|şi|i|und|ve|och|og) (?=[{_UPPER}])")


_UNCONFIRMED_NOTE = "reads as a person's name; not found in the directory"
# A handle: "@" and its letters, digits, dots and underscores; or, without "@", a run in
# small letters with two dots or underscores or more ("yasmin.ali.xo"). Not inside an
# e-mail address or a link.
_NAMED_HANDLE = re.compile(
    # (each led by its first character, the look-behind one character further back, and
    # the letters taken without giving any back, since a dot or an underscore must follow
    # them: the same matches as "(?<![\w.@/])@..." and "(?<![\w.@/])[a-z]{2,}...", read
    # in a third less time)
    r"@(?<![\w.@/]@)(?P<handle>[A-Za-z0-9_.]{3,30}[A-Za-z0-9_])"
    r"|(?P<bare>[a-z](?<![\w.@/][a-z])[a-z]++(?:[._][a-z0-9]+){2,})(?![\w@]|\.[a-z])"
)
_LISTED_NAME = re.compile(rf"[{_UPPER}][{_LOWER}]+")
_LISTED_AS_PEOPLE = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<list>[{_UPPER}][{_LOWER}]+(?:, [{_UPPER}][{_LOWER}]+){{0,2}},? "
    rf"(?:and|&) [{_UPPER}][{_LOWER}]+) (?:are|were) (?:our|the|my|your|his|her|their) "
    r"(?:\w+ ){0,3}(?:apprentices|students|learners|receptionists|tutors|teachers|lecturers|"
    r"volunteers|ambassadors|reps|representatives|winners|mentors|trainees|technicians|"
    r"assistants|cleaners|cooks|chefs|girls|boys|lads|lasses|twins|daughters|sons|"
    r"grandchildren|grandkids|nieces|nephews|cousins|sisters|brothers|kids|children|babies|"
    r"stars|champions|captains|prefects|officers|governors)\b",
    re.MULTILINE,
)
_HANDLE_PART = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?<!Mc)(?<!Mac)(?=[A-Z])")
# What a handle of a person's is not: a site, a file, an organisation's account.
_NOT_A_HANDLE = re.compile(
    r"(?i)\b(?:www|com|co|uk|org|net|ac|gov|nhs|pdf|docx?|xlsx?|pptx?|jpe?g|png|txt)\b"
    r"|(?i:college|uni|school|official|news|team|club|fc|library|support|info|shop|store|"
    r"academy|council|hq|sport|sports|media|students?|union|society)"
)


def _split_at_and(text: str, d: Detection) -> list[Detection]:
    """``d`` as two names where a foreign word for "and" joins them inside it."""
    m = _AND_ABROAD.search(text, d.start, d.end)
    if m is None or m.end() >= d.end:
        return [d]
    first = replace(d, end=m.start(), match=text[d.start : m.start()])
    second = replace(d, start=m.end(), match=text[m.end() : d.end])
    return [first, *_split_at_and(text, second)]


def _whole_name(text: str, d: Detection) -> Detection:
    """``d`` with a name's edges as :data:`_GREETING_WORDS` and its kin say."""
    start, end = d.start, d.end
    words = text[start:end].split(" ")
    welsh_is = _WELSH_IS_AFTER.match(text, end) if words[0] == "Mae" else None
    if len(words) > 1 and (
        words[0].lower() in _GREETING_WORDS
        # Welsh "is" before whoever a sentence is about: "Mae Siân yn hapus", "Mae Gruffudd
        # a Mali yn mynd" (names probe 213), not Mae West, nor "Well done Mae Thomas a
        # brilliant result" (English "a": the second review of the forty-first session)
        or (
            welsh_is is not None
            and (not welsh_is.group().strip().startswith("a") or " yn " in text)
        )
    ):
        start += len(words[0]) + 1
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in _RESPECT_AFTER:
        end -= len(words[-1]) + 1
        words = words[:-1]
    if len(words) > 1 and words[-1].lower() in _PARTICLE_WORDS:
        # "Joselito Dela" read, "Cruz" after it: the surname's last part
        last = _LAST_PART.match(text, end)
        if last:
            end = last.end()
    elif len(words) > 1:
        after = _PARTICLE_AFTER.match(text, end)
        if after and not _PARTICLE_AFTER.match(text, after.end()):
            end = after.end()
    if _PARTICLE_FIRST.match(text, start):
        before = _FIRST_BEFORE.search(text, max(0, start - 24), start)
        if before and before.group().strip().lower() not in _GREETING_WORDS:
            start = before.start()
    if " " in text[start:end]:
        # "Md Shahidul Islam", "Mohd Faizal Rahman": Muhammad shortened, before a full name
        short = _MUHAMMAD_SHORT.search(text, max(0, start - 6), start)
        if short:
            start = short.start()
    if (start, end) == (d.start, d.end):
        return d
    return replace(d, start=start, end=end, match=text[start:end])


def _outside(found: list[Detection], spans: list[tuple[int, int]]) -> list[Detection]:
    """The detections of ``found`` that overlap none of ``spans`` (merged and searched by
    bisection: a long post may hold hundreds of each)."""
    if not spans:
        return found
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [m[0] for m in merged]
    kept = []
    for d in found:
        i = bisect.bisect_left(starts, d.end) - 1  # the last span starting before d ends
        if i < 0 or merged[i][1] <= d.start:
            kept.append(d)
    return kept


def _modal_in_a_question(text: str, m: re.Match[str]) -> bool:
    """Whether the name ``m`` found is "Will" or "May" opening a question ("Will from the
    library be open over Easter?", "Will from the canteen be open at half term or not"):
    a verb, not a person."""
    if (m.group("first") or m.group("on")) not in ("Will", "May"):
        return False
    stop = _sentence_end(text, m.end(), 200)
    return text[stop : stop + 1] == "?" or _BE_AFTER.match(text, m.end()) is not None


_BE_AFTER = re.compile(r"[^.!?\n]{0,30}?\bbe\b")
# What says a word before "from the canteen" or "on reception" is someone's name: thanks,
# a shout-out, a greeting, asking them.
_AN_OFFICE = re.compile(r"(?i:office|switchboard|reception|front\s+desk)\b")
_PRAISED_AFTER = re.compile(
    r"(?i:,?\s+(?:is|was|has\s+been)\s+(?:an?\s+|the\s+|so\s+|such\s+an?\s+)?(?:legend|star|"
    r"amazing|brilliant|lovely|helpful|best|gem|angel|saint|lifesaver|"
    # the North's praise: "Frank in the finance office is sound" (names probe 173)
    r"sound|boss|class|canny|mint|sound\s+as|diamond|top)\b"
    r"|,?\s+(?:sorted|helped|fixed|saved|rang|emailed)\b)"
)
_PERSON_DOES_AFTER = re.compile(
    r"\s+(?:always\s+|still\s+|even\s+|never\s+)?(?:remembers|remembered|knows|knew|said|says|"
    r"told|tells|smiled|smiles|waved|reckons|recognised|recognises|forgets|forgot)\b"
    # away or back as staff are: "Dawn in the finance office is off till Monday" (names
    # probe 179; not food that is off)
    r"|\s+is\s+(?:off\s+(?:sick|till|until|on)|on\s+(?:leave|holiday|annual\s+leave|"
    r"maternity|paternity)|back\s+(?:on|from|tomorrow|next|after))\b"
    r"|\s+sends\s+(?:her|his|their)\s+(?:regards|love|best)\b"
)
_DESK_CUE = re.compile(
    r"\b(?i:thanks?|thank\s+you|ta|cheers|shout\s*-?\s*out|big\s+up|bless|love|ask|asked|"
    r"tell|remind|to|from|with|and|lovely|legend|our|big|wee|little|old)\s+$"
)


def _sentence_end(text: str, start: int, reach: int) -> int:
    """Where the sentence that holds ``start`` ends, looking at most ``reach`` ahead."""
    m = _SENTENCE_STOP.search(text, start, start + reach)
    return m.start() if m else min(len(text), start + reach)


_SENTENCE_STOP = re.compile(r"[.!?\n](?:\s|$)")
# A list of two or more capitalised pairs or triples: "A B, C D and E F".
_LIST_ITEM = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}(?![\w-])")
_NAME_LIST = re.compile(rf"{_LIST_ITEM.pattern}(?:(?:, | and | & |, and ){_LIST_ITEM.pattern})+")
# Before a month's name, a figure or a word of time: "in April", "12 June" (a date, not a
# woman's name; names probes 268 and 273).
_TIME_WORD_BEFORE = re.compile(
    r"(?:\d|\b(?i:in|on|of|by|since|until|till|from|during|every|last|next|this|early|late|"
    r"mid|end|start|before|after|through))[\s,-]*$"
)
_FIGURE_AFTER = re.compile(r"[\s,]*\d")
# After a listed word, what makes it an organisation's first word: "Runshaw College",
# "Primark Preston", "Fulwood Academy".
_ORGANISATION_AFTER = re.compile(
    rf" +(?:[{_UPPER}]|(?i:college|academy|school|hospital|shop|store|centre|center|ltd|group)\b)"
)
# Words that make a list of names one of places: "Kerry, Florence and Jordan: three places
# I've been", "visitors from Kerry, Florence and Lincoln".
_PLACES_LISTED = re.compile(
    r"\b(?i:places?|holidays?|visit\w*|travel\w*|trips?|countr(?:y|ies)|cities|city|towns?|from|"
    r"been\s+to|went\s+to|flights?|cruise|map|tour\w*|counties|county|states?)\b"
)


# Words given as first names that only a list of names shows to be one (alone or first
# in a pair they name hospitals and theatres: "Royal Oldham", "Theatre Royal").
_NAMES_ONLY_LISTED = word_set("royal")


def _sentence_around_list(text: str, start: int, end: int) -> str:
    """The words just before and after a list, within its sentence (up to 60 characters
    each way)."""
    return text[max(0, start - 60) : min(len(text), end + 60)]


_KIN_RUN_IN = re.compile(
    rf"(?<![\w'-])(?P<first>[{_UPPER}][{_LOWER}]{{2,}}?)(?:bhai|ben|behn|kaka|masi|bhabhi)(?![\w'-])"
)
# (not a show's or a brand's pair: "Rosie & Jim was filmed ...", "Charles & Keith bags")
_AMPERSAND_PARTNER = re.compile(
    rf" +& +(?P<first>[{_UPPER}][{_LOWER}]+)(?![\w'-])"
    r"(?! +(?:bags|screening|season|storytime|was\s+filmed|episodes?|box\s+set)\b|'s\s+[A-Z])"
)
# Single capitalised words in a list: "Jonno, Tegan and Verrall"
_ONE_WORD = re.compile(rf"(?<![\w'-]){_NAME_WORD}(?:-{_NAME_WORD})?(?![\w'-])")
_ONE_WORD_LIST = re.compile(
    # (a few at most, each tried once: a long run of commas is read in linear time)
    rf"{_ONE_WORD.pattern}(?:, {_ONE_WORD.pattern}){{1,6}},? (?:and|&) {_ONE_WORD.pattern}"
)
_LOWER_RUN = re.compile(rf"[a-z][{_LOWER}]+")
# A lower-case word and a space, perhaps hyphenated ("chloe-anne"): its first part is
# looked up among first names before anything else is tried.
_LOWER_WORD = re.compile(rf"(?<![\w'@#/.-])([a-z][{_LOWER}]+)(?:-[a-z][{_LOWER}]+)? ")
# Two lower-case words (the candidates of :meth:`PersonLikeNames._lower_case`).
_LOWER_PAIR = re.compile(
    rf"(?P<first>[a-z][{_LOWER}]+(?:-[a-z][{_LOWER}]+)?) "
    rf"(?P<last>(?:o'|mc|mac)?[a-z][{_LOWER}]+(?:-[a-z][{_LOWER}]+)?)(?![\w@'-])"
)
# "at" before someone rather than a place: "laughing at Kayleigh", "have a go at Bronagh".
_AT_SOMEONE = re.compile(
    r"\b(?i:look|looking|looked|laugh|laughing|laughed|stare|staring|shout|shouting|"
    r"shouted|yell|yelling|mad|angry|annoyed|aimed|go|went|pointing|smile|smiling|smiled|"
    r"wave|waving|waved|glare|glaring|swear|swearing|snap|snapped|throw|threw|dig|jab|"
    r"wink|winking|pop|poke|poking|lash|lashed|lashing|fuming|fumed|swore|stared|yelled|"
    r"screamed|screaming|sniggering|sniggered|giggling|kicked\s+off|thrown)\s+"
    r"(?:(?:a|the|his|her|my)\s+[a-z]+\s+)?at\s+$"
)
# A first name alone at their post in a college: "Bill from estates", "Dawn on the front
# desk", "Hope in reception".
# The places in the college where someone is found at their post: "Bill from estates",
# "Dawn on the front desk", "Kyle in the salon".
_AT_WORK_PLACES = (
    "front desk",
    "print room",
    "post room",
    "mail room",
    "staff room",
    "reception",
    "estates",
    "finance",
    "admissions",
    "exams office",
    "student services",
    "learner services",
    "careers",
    "library",
    "canteen",
    "refectory",
    "it support",
    "wellbeing",
    "safeguarding",
    "site team",
    "caretaking",
    "premises",
    "student union",
    "su office",
    "admin",
    "the office",
    "salon",
    "workshop",
    "kitchen",
    "gym",
    "nursery",
    "crèche",
    "creche",
    "motor vehicle",
    "plumbing",
    "carpentry",
    "joinery",
    "brickwork",
    "electrics",
    "catering",
    "childcare",
    "construction",
    "engineering",
    "hair and beauty",
)
_FIRST_AT_WORK = re.compile(
    rf"(?P<first>{_LED_ALONE}) (?:from|in|on|at) (?:the )?"
    rf"(?i:{'|'.join(_AT_WORK_PLACES)}|it)\b",
)
# Before _FIRST_AT_WORK is tried, its places are looked for as plain substrings of the
# lower-cased post, and "it" by _FROM_IT only where " it" stands (a pattern with "it" in
# it matched nearly every post, and cost more than the search it guarded).
_FROM_IT = re.compile(r"\b(?:from|in|on|at) (?:the )?it\b")


def _at_work_place(text: str) -> bool:
    """Whether a post names one of the places _FIRST_AT_WORK looks for."""
    lower = text.lower()
    return _holds_any(_AT_WORK_AUTOMATON, lower) or (
        " it" in lower and _FROM_IT.search(lower) is not None
    )


def _automaton_of(strings: Iterable[str]) -> Any:
    """An Aho-Corasick automaton of ``strings``: whether a text holds any of them, in one
    pass in C (instead of a substring test for each)."""
    automaton = ahocorasick.Automaton()
    for string in strings:
        automaton.add_word(string, string)
    automaton.make_automaton()
    return automaton


def _automaton_of_kinds(kinds: dict[str, Iterable[str]]) -> Any:
    """An Aho-Corasick automaton of each kind's strings, each string keeping the kinds it
    is one of: which kinds of cue a text holds, all in one pass (:func:`_kinds_in`)."""
    of: dict[str, set[str]] = {}
    for kind, strings in kinds.items():
        for string in strings:
            of.setdefault(string, set()).add(kind)
    automaton = ahocorasick.Automaton()
    for string, its in of.items():
        automaton.add_word(string, frozenset(its))
    automaton.make_automaton()
    return automaton


def _kinds_in(automaton: Any, text: str) -> set[str]:
    """The kinds of cue (see :func:`_automaton_of_kinds`) whose strings ``text`` holds."""
    kinds: set[str] = set()
    for _, its in automaton.iter(text):
        kinds |= its
    return kinds


def _welsh_house_parts(text: str) -> list[tuple[int, int]]:
    """Where :data:`_WELSH_HOUSE_PART` finds a word of a Welsh house's name (a word of a
    place after a house, a farm or a hill only when Welsh names places by it)."""
    return [
        m.span(group)
        for m in _WELSH_HOUSE_PART.finditer(text)
        for group in [m.lastgroup or "part"]
        if group == "part" or m.group(group).lower() in _WELSH_HOUSE_WORDS
    ]


def _welsh_radicals(name: str) -> list[str]:
    """What a Welsh name may be before a mutation changed its first letter, in small
    letters: "Ddafydd" (Dafydd), "Chatrin" (Catrin), "Thomos" (Tomos), "Phryderi"
    (Pryderi), "Fethan" (Bethan, or a Mared as "Fared"), "Rys" (Rhys), "Linos" (Llinos),
    "Eraint" (Geraint)."""
    lower = name.lower()
    radicals = []
    for mutated, radical in (("dd", "d"), ("ch", "c"), ("th", "t"), ("ph", "p"), ("f", "b"),
                             ("f", "m"), ("g", "c"), ("b", "p"), ("d", "t"), ("r", "rh"),
                             ("l", "ll"), ("ngh", "c"), ("nh", "t"), ("mh", "p"),
                             ("ng", "g")):  # fmt: skip
        # (not "Rhys" read as a mutated "Rhhys": a radical that starts with the mutation)
        if lower.startswith(mutated) and not (
            radical.startswith(mutated) and lower.startswith(radical)
        ):
            radicals.append(radical + lower[len(mutated) :])
    if lower[:1] in "aeiouwy":
        radicals.append("g" + lower)  # a soft-mutated G is dropped
    return radicals


def _holds_any(automaton: Any, text: str) -> bool:
    return next(automaton.iter(text), None) is not None


_AT_WORK_AUTOMATON = _automaton_of(_AT_WORK_PLACES)
# (the words of the cues of _SURNAME_SAYS and _ELDER_TITLED, each set looked for in one pass)
_ALONE_CUES = _automaton_of_kinds(
    {
        "says": (
            "said",
            "says",
            "reckons",
            "'s ",
            "\u2019s ",
            " is off",
            " is on ",
            " is late",
            " is away",
            " is absent",
            " is ill",
            " is sick",
            " is stuck",
            " both late",
            " are absent",
            " were absent",
            " are away",
            " were away",
            " both off",
            " are off",
            " were off",
            " both away",
            " running late",
            " are late",
            " were late",
            " both absent",
        ),
        "elder": ("Ate ", "Kuya", "Tita", "Tito", "Lola", "Lolo"),
        "told": (
            " covering",
            " wants the",
            " needs the",
            "tell ",
            "ask ",
            "remind ",
            "Tell ",
            "Ask ",
            "Remind ",
            "email ",
            "message ",
        ),
    }
)
# (each a whole word: the post is read with a space before it; not "Samantha ", "Martha ")
_GAELIC_WORDS = (
    " tá ", " tha ", " go raibh", " agus ", "a-màireach", " agat", " leat", "ciamar", " bha ",
    " bhí ", " inniu", " anocht", " dhomh", "bhfuil", " aig ", "gaeilge", "gàidhlig", "tabhair",
    " agam",
)  # fmt: skip
_WELSH_WORDS = (
    " yn ", " efo ", " gyda ", " mae ", " mynd ", " dydd ", " wyt ", "dw i", " dwi ", "ges i",
    " achos ", " yfory", " heddiw", " isio ", " bore ",
)  # fmt: skip
# (the words looked for before the cues in _by_other_cues, each set in one pass)
_FAITH_AUTOMATON = _automaton_of(_FAITH_TITLES)
_TITLES_AUTOMATON = _automaton_of(_TITLES_FOR_INITIALS)
_ABROAD_TITLES_AUTOMATON = _automaton_of(_ABROAD_TITLE_STEMS)
# (the cues of _by_other_cues read in the post in small letters, all in one pass)
_LOWERED_CUES = _automaton_of_kinds(
    {
        "welsh": _WELSH_WORDS,
        "gaelic": _GAELIC_WORDS,
        "thanks": _THANKS_STEMS,
        "kin_after": (
            *(f" {word}" for word in _KIN_AFTER_WORDS),
            *(f"-{word}" for word in (*_KIN_AFTER_WORDS, *_KIN_JOINED_WORDS)),
        ),
    }
)


# A first name (or two) and the class, level or course someone is in, then what they did:
# "Rose from Level 2 Floristry made the bouquets", "Lincoln in my maths class is the only
# one", "May and Bill from the over-60s IT class have set up a group" (names probe 135).
_FIRST_IN_CLASS = gated(
    re.compile(
        rf"(?P<first>{_LED_ALONE})(?: (?:and|&) "
        rf"(?P<second>{_NAME_WORD}))? (?:from|in) (?:(?:my|our|the) )?"
        r"(?:(?i:level|lvl|year|yr) \d\w*(?: [A-Z][a-z]+){0,2}"
        r"|(?:[\w-]+ ){0,3}?(?i:class|group|course))\b"
        r"(?=\s*[,.!]|\s(?:is|was|are|were|has|have|had|made|did|does|won|got|set|said|says|will|"
        r"can|understands|knows|gave|brought|baked|helped|found|came|passed)\b)"
    )
)
_AT_CAMPUS = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s+campus)?")
_IN_TODAY = re.compile(
    r"\b(?:if|whether)\s+(?P<first>[A-Z][a-z]+)(?:\s+is|\s+was|'s|\u2019s)\s+in\s+(?:today|tomorrow|yet|"
    r"this\s+(?:morning|afternoon|week))\b"
    r"|\b(?i:is|was)\s+(?P<asked>[A-Z][a-z]+)\s+in\s+(?:today|tomorrow|yet|"
    r"this\s+(?:morning|afternoon|week))\b"
    # (not "Hope in Year 13 you get a free period", a verb)
    r"|(?<![\w'])(?P<year>[A-Z][a-z]+)\s+(?:from|in)\s+(?i:year|yr)\s*\d{1,2}\b"
    r"(?!\s+(?:you|u|we|i|they)\b)"
)
_YOUNG_ANIMALS = re.compile(
    r"(?i:pupp(?:y|ies)|pups?|kittens?|litters?|cubs?|foals?|lambs?|calf|calves|chicks?)$"
)
_PETS_THINGS = re.compile(
    r"\s+(?i:tree|bed|food|flap|toys?|bowl|lead|basket|biscuits|treats|cage|hutch|blanket|"
    r"crate|collar|jumper|coat)\b"
)
_OWNERS_PET = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?$")
_ON_LEAVE = re.compile(
    # (not a title: "The Dean is off sick", "Assistant Dean is on annual leave")
    r"(?<![\w'])(?<![Tt]he\s)(?<!Assistant\s)(?<!Deputy\s)(?<!Associate\s)(?P<first>[A-Z][a-z]+)(?:'s|\u2019s|\s+is|\s+was)\s+(?:(?:(?:back|home)\s+from|"
    r"off\s+on|on|off)\s+(?:her\s+|his\s+|their\s+)?(?:maternity|paternity|sick|annual|"
    r"compassionate|long-term\s+sick)\s+leave|off\s+sick)\b"
)
_AT_WORK_THEN = re.compile(
    r"\s*(?:[,.!]|\s(?:says|said|is|was|has|had|will|can|found|sorted|fixed|helped|told|"
    r"reckons|asked|came|rang|called|emailed|put|gave|sent|did|does|runs|ran|made|printed)\b"
    # "Nick from IT if you're reading this"
    r"|\s(?:if|in\s+case)\s+(?:you'?re|ur|u\s+r|you\s+are|youre)\s+reading\s+this\b)"
)
_ASK_BEFORE = re.compile(
    # ("ask for Grace on reception", names probe 202)
    # ("Ring Dawn at student services", names probe 207)
    r"\b(?i:ask(?:\s+for)?|see|seen|tell|speak\s+to|talk\s+to|thanks\s+to|from|ring|call|phone|"
    r"email|e-mail|text|message|"
    r"(?:hand|give|pass|take|send)\s+"
    r"(?:it|them|this|that)\s+(?:in\s+)?to)\s+$"
)
_BIRTHDAY_CUE = re.compile(r"(?i:birthday|bday|b-day|blwydd|\d(?:st|nd|rd|th))")
_SEASONS_AND_MONTHS = word_set(
    "summer winter spring autumn january february march april may june july august september "
    "october november december christmas easter"
)
# A first name alone after "at" (read with _AT_SOMEONE).
_AT_FIRST = re.compile(rf"\bat (?P<first>{_NAME_WORD})(?![\w'-]| [{_UPPER}][{_LOWER}])")
# "at" after what happens at a place: "the course at Lynn", "on placement at Lynn", "away
# at Stanley".
_AT_PLACE = re.compile(
    r"\b(?i:course|courses|placement|placements|work|working|works|job|based|staying|stay|"
    r"live|lives|living|campus|away|match|game|shop|shopping|market|station|hospital|school|"
    r"residential|holiday|trip|day\s+out|event|show|fair|festival|meet|meeting|session|"
    r"training|centre|branch|office|store|apprentices?|apprenticeship|stall|gig|concert|"
    r"fixture|win|draw|defeat|loss|played|playing|racing|races)\b[^.!?\n]{0,12}\bat\s+$"
)
# The last word of a job's title after a name in a list: "Samira Haddad, Learner Support
# Coordinator".
_JOB_TITLE_ENDS = word_set(
    "coordinator co-ordinator manager officer lead leader tutor lecturer assistant director "
    "head principal administrator adviser advisor team department technician mentor"
)
_LET_KNOW = re.compile(rf"\b[Ll]et\s+(?P<first>{_NAME_WORD})\s+know\b")
_OWN_THING_BEFORE = re.compile(
    r"\b(?i:bottle|pencil\s+case|lunch\s*box|bag|jumper|hoodie|coat|jacket|kit|folder|book|"
    r"calculator|pe\s+bag|trainers|boots|scarf|hat|lanyard|phone|phone\s+case|charger|headphones|"
    r"lunch\s+box|lunchbox)\b"
)
_NAME_WRITTEN_ON = re.compile(
    r"\bwith\s+(?:['\"\u2018\u201c])?(?P<first>[A-Z][A-Za-z-]+)(?:['\"\u2019\u201d])?\s+written\s+"
    r"(?:on|in|inside|across|under)\b"
)
# A room's or a place's last word after a first name: "the Grace Room", "Ashley Down"
# (names probe 248).
# (not Down, Downs, Gates or Wing: surnames too, "Sophie Downs has been sending me ..."; the
# review of the forty-third session)
_ROOM_OR_PLACE_ENDS = word_set("room rooms suite centre building")
# A place's last word, in a list of names: "Home Park", "Hyde Park", "Sandy Park" (round 42's
# read half).
_PLACE_KIND_ENDS = word_set(
    "park road street lane hall green square gardens bridge castle abbey hill stadium arena "
    "field fields quay pier"
)
# A season's or a feast's event: "Summer Ball tickets", "the May Fair".
_SEASONS_EVENT = re.compile(
    r"\b(?:Summer|Winter|Spring|Autumn|Christmas|Easter|May|June|July|Halloween)\s+(?:Ball|Fair|"
    r"Fayre|Fete|Prom|Party|Show|Camp|School|Term|Festival|Concert|Disco|Market)\b"
)
# (and the titles of the languages our learners' families write in: "Pani Kowalska",
# "Frau Schmidt", "Professoressa Bianchi", "Señora García", "Doamna Popescu")
_TITLED_NAME = re.compile(
    _words_led(
        # (a priest: "Fr Toner", names probe 258)
        "Mr|Mrs|Ms|Mz|Miss|Mx|Dr|Prof|Fr|PC|PCSO|DC|Sgt|Insp|Cllr|Pani|Pan|Pani\u0105|"
        "Pana|Panu|Panem|pani|pan|pani\u0105|pana|panu|panem|Frau|Herr|"
        "Madame|Mme|Monsieur|Mademoiselle|Signora|Signor|Signorina|Professoressa|Professore|"
        "Se[ñn]ora|Se[ñn]or|Senhora|Senhor|Sra|Sr|Srta|Doamna|Domnul|Doamnei|Domnului"
    )
    + r"\.? "
    r"(?:[A-Z]\.? )?"
    rf"(?:{_NAME_WORD} )?(?P<last>{_NAME_WORD})(?![\w-])"
)
# Cyrillic letters, and a name in them: a capitalised word and a surname of a Slavic shape
# (-enko, -ova, -ov, -ska, -chuk, -vich...): "Олені Коваленко", "Десислава Петрова".
_CYRILLIC_UPPER = "\u0400-\u042f\u0490\u0404\u0406\u0407"
_CYRILLIC_LOWER = "\u0430-\u045f\u0491\u0454\u0456\u0457'"
_CYRILLIC_NAME = re.compile(
    # (the first two words of a run that fit: "Вітаємо Ірину Шевченко"; no run of words
    # before them is matched, which would be tried again from every word of a long run)
    rf"(?<![\w-])"
    rf"(?P<name>(?P<first>[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}})\s+"
    rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]*(?:енко|ова|ов|ев|ева|ёва|ёв|ина|ін|іна|"
    r"ський|ська|ский|ская|цький|цька|цкий|цкая|ук|юк|чук|ич|вич|івна|овна|евна|ян|швили|дзе|"
    # (in the other cases: "Анну Смирнову", "Олега Петрова", "Ірині Ковальській")
    r"ову|еву|овой|евой|ської|ського|ській|ского|ской))"
    r"(?![\w-])"
)
# Words of office that stand before a public figure's surname: "Президент Зеленський".
_CYRILLIC_NOT_FIRST = word_set(
    "президент прем'єр міністр пан пані господин госпожа доктор професор генерал мэр мер"
)
# A title and an initial alone: "Mr D", "Mrs K" (not "Mr J Smith", read above; not "Mr X",
# anyone at all).
_TITLED_INITIAL = re.compile(
    r"\b(?=[MDS])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.? [A-WYZ]\b(?!\.?\s*[A-Z][a-z]|\.\w|-|&)"
    # in small letters, before what a person does: "tbh mrs k is a legend"
    r"|\b(?=m)(?:mr|mrs)\.? [a-wyz](?= (?:is|was|said|says|let|gave|told|has|had|marks|wants|"
    r"asked)\b|'s\b)"
)
# "Mr van der Merwe", "Mr Ó Súilleabháin": a title and a surname with its particles.
_TITLED_PARTICLE = re.compile(
    rf"{_words_led('Mr|Mrs|Ms|Mz|Miss|Mx|Dr')}\.? (?:(?:{_SMALL_PARTICLE}|Van|"
    rf"Von|De|Da|Di|Du|Del|Della|Le|La|Ter|Den|Der|Dos|Das) ){{1,2}}(?P<last>{_NAME_WORD})(?![\w-])"
)


_NAME_RUN = re.compile(rf"{_NAME_WORD}(?: (?:{_PARTICLE} )?{_NAME_WORD})*")


def _name_end(text: str, start: int) -> int:
    """Where the run of name words from ``start`` ends ("Mariana Ferreira da Silva")."""
    m = _NAME_RUN.match(text, start)
    if not m:
        return start
    # (the Latin ranges that hold both cases let a small word in: "Andrei Popescu și ...")
    words = m.group().split(" ")
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()
    return start + len(" ".join(words))


def _is_english_word(word: str) -> bool:
    """Whether the en_GB dictionary knows ``word`` as written: in lower case a word, and
    capitalised a word or a place ("Leeds"; True without hunspell: then no surname counts
    outside a context)."""
    try:
        return knows_word(word)
    except SpellingUnavailable:
        return True


# What chat says that no dictionary knows: never a surname.
_CHAT_WORDS = word_set(
    "frm lol lmao lmfao rofl omg omfg pls plz plss thx ty tbh imo imho idk idc btw brb ngl smh "
    "ffs fml rn fr ik ikr irl jk nvm tho thru ya yh yeah yep yup nah nope ok okay kk mate "
    "bro bruh babe hun hunny x xx xxx xoxo haha hahaha hehe innit u ur r asap gonna wanna "
    "gotta dunno lemme cos coz cuz tmrw tmr tomoz 2day 2moro gr8 m8 sum1 ppl msg dm dms "
    "pm pms aswell alot abit sooo soo hiya heya wyd wbu hbu ily luv xxxx aww awww aw ey eyup oi "
    "oii ayy ooh ohh eh ahh argh ugh urgh yay woo wooo lmaooo lmaoo omgg yaar hai kya bhai "
    # Scots: "she's fae Portree", "he's frae Buckie"
    "fae frae tae wi oot "
    # West Country "very": "Gert lush result for the academy" (round 30's read half)
    "gert "
    # what a probe's chat held (names probe 151): slang, Romanian "give", Turkish "hello",
    # a Gujarati dance
    "lowkey highkey dea selam garba "
    # Turkish "great" (Harika is a name too, capitalised); Tagalog "gossip"
    "harika marites "
    # a g dropped: "saima goin to the mela" (names probe 173)
    "goin doin comin gettin havin sayin tryin nothin somethin lookin talkin walkin "
    # Welsh "with" and "this year", Punjabi's "may (He) do" of a blessing: "dod efo
    # Gethin", "Waheguru mehar kare" (names probe 213); Romanian "given" ("i-am dat cheia",
    # names probe 223)
    "efo eleni kare dat "
    # Scottish Gaelic "to the": "a' dol dhan chlas" (names probe 218)
    "dhan"
)
_PRAISE_VERB_BEFORE = re.compile(r"\b(?i:was|is|so|very|cok|\u00e7ok|really)\s+$")
# Words of Banglish chat (Bengali in Latin letters) that no English post holds
_BENGALI_CHAT = word_set(
    "hoise hoiche hoyeche hoye hobe ache achi acho apu ami tumi tomar amake tomake kemon "
    "bhalo korbo koro korte korcho korchi jabo jaba jaite khaise khabo"
)
# Chat words that are first names too when capitalised within a sentence.
_CHAT_NAMES = word_set("harika marites")
# Surnames that are also English words, mostly short Chinese, Vietnamese and Korean
# ones ("Mrs Lam", "Mr Ng", "Ms Park"): read as surnames after a title only, where the
# title says a person is meant ("Victoria Park" and "Hong Kong" are places).
# Characters, brands and titles of things that a title leads ("Mr Whippy is here", "Miss
# World was on", "Dr Pepper has ...").
_TITLED_THINGS = word_set(
    "whippy blobby muscle bean men motivator universe world pepper who sheen freeze tumble "
    "happy grumpy tickle greedy messy strong bump nobody sandman softee frosty snowman "
    "christmas claus santa scarlett plum green mustard peacock white right wrong sunshine "
    "teen england wales scotland ireland britain congeniality pastry "
    # characters, the Mr Men and Little Miss, brands, nicknames and shows (the review of the
    # forty-second session)
    "strange incredible piggy twit stink potato evil doom mime plod chips robot big perfect "
    "independent president martens clean google wolf honey beaver silly nosey lazy mean bossy "
    "naughty chatterbox noisy small clever rush quiet bounce worry jelly uppity sunshine "
    "tickle bump grumpy fussy scatterbrain magic"
)
# Bodies and people a surname alone may name in college chat that are no one we would hide
# (the review of the forty-second session): an exam board, and the words of sport,
# politics and a book's plot around a player's or a politician's surname.
_AWARDING_BODIES = word_set("pearson highfield ncfe edexcel btec")
_SPORT_OR_POLITICS = re.compile(
    r"\b(?i:win|points|wickets?|goals?|loan|hamstring|injur\w+|portugal|england|india|qualify|"
    r"podium|season|sky|rwanda|election|flights|manifesto|parliament|minister|book|novel|"
    r"tractor|suits|half\s+price)\b"
)
_CELEBRATED = re.compile(r"(?i:congrat|well\s+done|shout)")
_CLUB_OR_CAPITAL_AFTER = re.compile(
    r"\s+(?:[A-Z]|(?i:fc|afc|rfc|club|rugby|football|supermarket|ltd|plc)\b)"
)
_PET_JUST_BEFORE = re.compile(
    rf"\b(?i:{_PETS}|cats?|dogs?|pet|pets|cockapoo|pug|spaniel|labrador|lab|collie|husky|whippet|"
    r"lurcher|staffie|terrier|gerbils?|rats?|teddy|toy)\s*,?\s*"
    r"(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+[A-Z][a-z]+\s+(?:and|&)\s+)?$"
)
# Before a title, words that say whose the person is or what they are to the writer ("his
# nan Miss Hyacinth", "old Mr Hillier").
_WHOSE_TITLED_BEFORE = re.compile(
    r"(?:\b(?i:my|his|her|our|their|me|ur|your)\s+(?i:nan|nana|nanna|gran|granny|grandma|"
    r"grandad|mum|mam|dad|aunt|auntie|aunty|uncle|neighbour|landlord|landlady|teacher|tutor|"
    r"old\s+teacher|childminder)"
    # (a bare "old" or "dear" only with no one's before it: not "my old Dr Martens")
    r"|(?<!\bmy\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s\s)\b(?i:old|dear|lovely|poor))\s+$"
)
_TITLED_SURNAMES = word_set(
    "lam ho ma ng pang tang hung chan yip poon chow lo le vu park shin song moon fu tan "
    "low chin butt fan"
)
_NOT_SURNAMES = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december college school university "
    "academy campus centre center hall building road street lane avenue library team "
    # streets' kinds as addresses shorten them: "2 Tudor Rd" (addresses probe 230)
    "rd ave cres gdns tce "
    "level year day week award awards prize cup trophy course class group club society "
    "students student learners staff department faculty studio salon kitchen workshop "
    "theatre england wales scotland ireland britain london bristol bath swindon chippenham "
    "salisbury trowbridge wiltshire the and of for to in on at st saint ste sainte mr mrs ms "
    "miss mx dr prof sir dame square crescent terrace gardens mews parade boulevard circus "
    "quay wharf precinct church chapel mosque temple gurdwara mandir synagogue cathedral "
    "abbey kirk "
    # a slogan in transliteration: "Slava Ukraini" (glory to Ukraine)
    "ukraini ukrayini "
    # the small words of our learners' families' languages, which no English dictionary
    # knows (so they pass for rare surnames): "harika bir sunum" is "a great talk"
    "bir ile için çok gibi değil yok ama "  # Turkish
    "jest nie się tak jak już też bardzo dla przez zawsze nam nas wam mnie pomaga "  # Polish
    "este sunt pentru foarte azi cheia "  # Romanian
    "não está hoje muito para com uma obrigado obrigada "  # Portuguese
    "yra labai "  # Lithuanian
    "alla della delle degli dello nella sulla festa grazie mille "  # Italian
    "station airport stadium arena hospital garden "
    # shops a neighbourhood names its own branch by: "the Arnold Tesco" (addresses probe 215)
    "tesco asda aldi lidl morrisons sainsburys sainsbury's co-op spar greggs "
    # Welsh chapels' Bible names: "Bryn Seion", "Capel Soar" (addresses probe 215; not
    # Salem or Sion, surnames too)
    "seion soar ebeneser ebenezer tabernacl horeb siloh "
    "bayram\u0131 bayrami "  # the Turkish for a feast day: "Ramazan Bayrami", the Eid
)


# What a shouted post's first word is when it is not someone called (see _called_shouting).
_SHOUTED_NOT_NAMES = (
    _MONONYMS,
    _PLACE_FIRST_NAMES,
    _PLACES_NAMED_LIKE_PEOPLE,
    _BRANDS_AND_CHAT,
    _SHOUTED_NOT_CALLED,
)
