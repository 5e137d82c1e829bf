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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import ahocorasick  # type: ignore[import-not-found]  # ships no type stubs

from policyguard.screening.base import Detection, at_word_boundary, fold, remove_overlaps

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


class DirectoryNames:
    """A detector of directory names; build once per directory, call ``detect`` per post.

    ``people`` is an iterable of ``(person_id, full_name)``. Names with a single word are
    treated as a first name only.
    """

    name = "directory_names"

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        common_first = _word_list("common_first_names.txt")
        common_last = _word_list("common_surnames.txt")
        everyday = _word_list("everyday_words.txt")
        found: dict[str, dict[str, object]] = {}

        def add(kind: str, key: str, person_id: str, full: str) -> None:
            slot = found.setdefault(key, {"kind": kind, "ids": [], "names": []})
            # A key that is a full name for one person and a lone name for another keeps
            # the stronger reading.
            if list(_SCORES).index(kind) < list(_SCORES).index(str(slot["kind"])):
                slot["kind"] = kind
            ids, names = slot["ids"], slot["names"]
            assert isinstance(ids, list) and isinstance(names, list)
            if person_id not in ids:
                ids.append(person_id)
                names.append(full)

        for person_id, full_name in people:
            words = fold(" ".join(full_name.split())).split(" ")
            if not words or not words[0]:
                continue
            first, last = words[0], words[-1]
            if len(words) > 1:
                add(FULL, " ".join(words), person_id, full_name)
                add(FULL, f"{first} {last}", person_id, full_name)
                for title in _TITLES:
                    add(TITLED, f"{title} {last}", person_id, full_name)
                    add(TITLED, f"{title}. {last}", person_id, full_name)
                add(INITIAL, f"{first[0]}. {last}", person_id, full_name)
                add(INITIAL, f"{first[0]} {last}", person_id, full_name)
                if len(last) > 2 and last not in common_last and last not in everyday:
                    add(SURNAME, last, person_id, full_name)
            if len(first) > 2 and first not in common_first and first not in everyday:
                add(FIRST, first, person_id, full_name)

        self._automaton = ahocorasick.Automaton()
        for key, slot in found.items():
            ids, names = slot["ids"], slot["names"]
            assert isinstance(ids, list) and isinstance(names, list)
            self._automaton.add_word(key, _Entry(str(slot["kind"]), key, tuple(ids), tuple(names)))
        self.size = len(found)
        if found:
            self._automaton.make_automaton()

    def detect(self, text: str) -> list[Detection]:
        if not self.size:
            return []
        folded = fold(text)
        offsets: list[int] = []
        if "  " in folded:
            # "Jack  Smith": squeeze runs of spaces, remembering where each character was.
            folded, offsets = _squeeze_spaces(folded)
        candidates = []
        for end_index, entry in self._automaton.iter(folded):
            end = end_index + 1
            start = end - len(entry.key)
            if not at_word_boundary(folded, start, end):
                continue
            if offsets:
                start, end = offsets[start], offsets[end - 1] + 1
            score = self._score(entry, text[start:end])
            if score > 0:
                candidates.append(
                    Detection(
                        label="person_name",
                        start=start,
                        end=end,
                        match=text[start:end],
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


def _squeeze_spaces(folded: str) -> tuple[str, list[int]]:
    chars, offsets = [], []
    for i, char in enumerate(folded):
        if char == " " and i and folded[i - 1] == " ":
            continue
        chars.append(char)
        offsets.append(i)
    return "".join(chars), offsets


def directory_pairs(people: Sequence[object]) -> list[tuple[str, str]]:
    """``(id, name)`` pairs of people objects that have a non-empty ``name``."""
    pairs = []
    for person in people:
        person_id, name = getattr(person, "id", ""), getattr(person, "name", "")
        if isinstance(person_id, str) and isinstance(name, str) and name.strip():
            pairs.append((person_id, name))
    return pairs
