"""A long alternation of regular expressions, read faster: each top-level branch runs
only on a text that holds the literal strings every match of that branch must contain.

Python's ``re`` tries every branch of an alternation at every place in the text, so a
pattern of fifty branches costs fifty times one, even when the text holds none of the
words any branch needs. :class:`Alternation` splits a compiled pattern into its top-level
branches and works out, from each branch's parse tree, sets of strings of which any
match must contain at least one from each set ("batter" or "lamp" or "deck"; and "ll"
or "will" or "gonna"). Before reading a text it asks which branches could match at all
(a few substring tests, done in C), and runs only those.

The matches are the pattern's own: at each place the earliest branch that matches there
wins, and the scan goes on after it, as ``re.finditer`` does with the whole alternation.
Nothing is guessed: a branch is skipped only when a string its every match needs is
missing from the text. Where a pattern cannot be read safely this way (back-references,
inline flags, possessive repeats, a branch that can match the empty string,
case-insensitive matching, or a Python whose ``re`` parser is not the one this was written
for), it is read whole, as before. Only the whole match (``group(0)``, ``start()``,
``end()``) keeps its meaning: the groups of a branch's match are numbered within the
branch.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

import ahocorasick  # type: ignore[import-not-found]  # ships no type stubs

try:  # the parser of CPython's re (3.11 and later); without it, patterns are read whole
    from re import _constants as _c  # type: ignore[attr-defined,unused-ignore]
    from re import _parser  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # pragma: no cover - another Python
    _parser = None

# A string shorter than this is in nearly every text: no use as a test.
SHORTEST = 3
# At most this many sets per branch are tested (the most telling ones).
MOST_SETS = 3

Needs = tuple[frozenset[str], ...]  # every set must have one of its strings in the text


def split_branches(source: str) -> list[str]:
    """The top-level branches of a pattern's source (the ``|`` outside every group and
    character class)."""
    branches: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":  # "[]...]" and "[^]...]": a literal "]"
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    branches.append(source[start:])
    return branches


def _best(needs: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """The set that tells most: its shortest string the longest, then the fewest strings."""
    return max(needs, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _needs(items: Any, shortest: int = SHORTEST, folded: bool = False) -> list[frozenset[str]]:
    """Sets of strings, each of which a match of the sequence ``items`` must hold one of
    (an empty list: nothing is known), none shorter than ``shortest``. ``folded``: in
    :func:`gate_fold`'s form, and read through inline flags too (a literal run stays a run
    whatever the flags; with ``(?i:...)`` it matches its letters in either case, which
    folding both sides allows for); without it a group with inline flags needs nothing."""
    needs: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= shortest:
            joined = "".join(run)
            needs.append(frozenset({gate_fold(joined) if folded else joined}))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            if folded or (not add_flags and not del_flags):
                needs += _needs(inner, shortest, folded)
        elif op is _c.ATOMIC_GROUP:
            needs += _needs(av, shortest, folded)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _, inner = av
            if low >= 1:
                needs += _needs(inner, shortest, folded)
        elif op is _c.BRANCH:
            chosen = [_best(_needs(alternative, shortest, folded)) for alternative in av[1]]
            if chosen and all(s is not None for s in chosen):
                needs.append(frozenset().union(*(s for s in chosen if s is not None)))
        # anything else (a class, any character, an assertion, a boundary) needs nothing
    flush()
    return [s for s in needs if min(map(len, s)) >= shortest]


def _case_partners() -> dict[int, str]:
    """The characters ``re`` matches to others under IGNORECASE beyond their lower case
    (the dotless i to "i", the long s to "s", the Greek curled beta to "β"), each to the
    first of its group; empty where
    this Python's ``re`` does not say (then no pattern is gated: see :class:`Gate`)."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - another Python
        return {}
    table: dict[int, str] = {}
    for char, others in _EXTRA_CASES.items():
        group = {char, *others}
        first = chr(min(group))
        table.update((c, first) for c in group if c != ord(first))
    return table


_PARTNERS = _case_partners()
# Any of those characters (few posts hold one: the table is applied only where one is, as
# translating by a table looks up every character of the post, a few microseconds each time)
_PARTNER_CHAR = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in _PARTNERS) + "]" if _PARTNERS else "(?!)"
)


@lru_cache(maxsize=32)
def gate_fold(text: str) -> str:
    """``text`` as gates compare it: in small letters, as ``re`` compares letters under
    IGNORECASE (each letter's own small letter, and the characters it matches to others
    made one), so that what a case-insensitive match holds, its fold holds too. A post is
    folded once however many gates ask (the last few are kept)."""
    if text.isascii():
        return text.lower()
    # (str.lower is re's letter by letter, but for "İ": "i" and a dot above)
    lowered = text.replace("\u0130", "i").lower()
    return lowered.translate(_PARTNERS) if _PARTNER_CHAR.search(lowered) else lowered


class Gate:
    """Whether a text could hold a match of ``pattern``, from the literal strings its
    every match holds (:func:`_needs`, folded), looked for in the text's :func:`gate_fold`:
    a few substring tests in C instead of a scan that tries the pattern at every place.
    Nothing is guessed: a text the gate shuts holds no match (of the whole text or of any
    part of it), and a pattern whose needs cannot be read leaves every gate open."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs: Needs = ()
        if _parser is None or not _PARTNERS or pattern.flags & re.VERBOSE:
            return
        try:
            tree = _parser.parse(pattern.pattern, pattern.flags)
        except Exception:  # a parser of another shape: no gate
            return
        if tree.getwidth()[0] == 0:
            return
        needs = sorted(
            set(_needs(tree, GATE_SHORTEST, folded=True)),
            key=lambda s: (-min(map(len, s)), len(s)),
        )
        self.needs = tuple(needs[:MOST_SETS])
        # each set as a few substring tests, or (for many strings) one automaton's pass
        self._tests: list[tuple[str, ...] | Any] = []
        for strings in self.needs:
            if len(strings) <= _MOST_TESTS:
                self._tests.append(tuple(sorted(strings)))
            else:
                automaton = ahocorasick.Automaton()
                for string in strings:
                    automaton.add_word(string, 0)
                automaton.make_automaton()
                self._tests.append(automaton)

    def open(self, text: str) -> bool:
        if not self._tests:
            return True
        folded = gate_fold(text)
        for test in self._tests:
            if isinstance(test, tuple):
                for string in test:  # (a plain loop: this runs for every post, often)
                    if string in folded:
                        break
                else:
                    return False
            elif next(test.iter(folded), None) is None:
                return False
        return True


_SECOND = itemgetter(1)  # an automaton's (end, value): the value
# A gate looks for strings this short too: a test costs little, and a pattern with one
# alternative of two letters ("Ty Newydd") is otherwise never shut.
GATE_SHORTEST = 2
# A set of more strings than this is looked for by an automaton, not one test each.
_MOST_TESTS = 6


class Gated:
    """A compiled pattern behind its :class:`Gate`: the pattern's own methods, with a text
    the gate shuts answered at once (no match) instead of scanned. The answers are the
    pattern's (a gate shuts only a text that holds no match, in any part of it)."""

    __slots__ = ("_gate", "_pattern", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._gate = Gate(pattern)
        self.pattern = pattern.pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern.search(string, pos, endpos) if self._gate.open(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern.match(string, pos, endpos) if self._gate.open(string) else None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._gate.open(string):
            return self._pattern.finditer(string, pos, endpos)
        return iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._pattern.findall(string, pos, endpos) if self._gate.open(string) else []


def gated(pattern: re.Pattern[str]) -> Gated:
    """``pattern`` behind its gate (see :class:`Gated`)."""
    return Gated(pattern)


def _parts(op: Any, av: Any) -> list[Any]:
    """The sequences inside one node of a parse tree."""
    if op is _c.SUBPATTERN:
        return [av[3]]
    if op is _c.ATOMIC_GROUP:
        return [av]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return [av[2]]
    if op is _c.BRANCH:
        return list(av[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]
    return []


def _readable(tree: Any) -> bool:
    """Whether no back-reference or inline flag is anywhere in the parse tree."""
    for op, av in tree:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS, _c.POSSESSIVE_REPEAT) or (
            op is _c.SUBPATTERN and (av[1] or av[2])
        ):
            # (a possessive repeat too: CPython 3.11's re can fail on one with groups, and
            # a branch read alone may reach it where the whole pattern never does)
            return False
        if not all(_readable(part) for part in _parts(op, av)):
            return False
    return True


def needs_of(pattern: re.Pattern[str]) -> Needs | None:
    """The sets of strings a match of ``pattern`` needs (the most telling
    :data:`MOST_SETS`), or None when the pattern cannot be read safely."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parser of another shape: read the pattern whole
        return None
    if not _readable(tree) or tree.getwidth()[0] == 0:
        return None
    needs = sorted(set(_needs(tree)), key=lambda s: (-min(map(len, s)), len(s)))
    return tuple(needs[:MOST_SETS])


class Alternation:
    """``pattern`` read branch by branch, each branch only where it could match.

    The strings the branches need are found in one pass of an Aho-Corasick automaton;
    a branch is a candidate when one of its first set's strings is there, and runs when
    its other sets have one too."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        branches: list[tuple[re.Pattern[str], Needs]] = []
        if needs_of(pattern) is not None:
            for source in split_branches(pattern.pattern):
                try:
                    branch = re.compile(source, pattern.flags)
                except re.error:
                    branches = []
                    break
                needs = needs_of(branch)
                if needs is None:  # unreadable: read the pattern whole
                    branches = []
                    break
                branches.append((branch, needs))  # needing nothing known: always read
        self.branches = tuple(branches)
        numbers: dict[str, int] = {}
        self._leads: list[list[int]] = []  # by string number: the branches it leads
        self._rest: list[tuple[frozenset[int], ...]] = []  # by branch: its other sets
        self._always: set[int] = set()  # the branches that need nothing we know of
        for index, (_, needs) in enumerate(self.branches):
            if not needs:
                self._always.add(index)
                self._rest.append(())
                continue
            sets = [frozenset(numbers.setdefault(s, len(numbers)) for s in ss) for ss in needs]
            self._leads += [[] for _ in range(len(numbers) - len(self._leads))]
            for number in sets[0]:
                self._leads[number].append(index)
            self._rest.append(tuple(sets[1:]))
        self.numbers = numbers  # each string the branches need, by its number
        # Whether a text can hold a match with none of the strings that lead a branch:
        # read whole, or with a branch that needs nothing we know of.
        self.reads_always = not self.branches or bool(self._always)
        self.leading = frozenset(s for s, number in numbers.items() if self._leads[number])
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for string, number in numbers.items():
            self._automaton.add_word(string, number)
        if numbers:
            self._automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(text)`` gives (their spans and whole text)."""
        if not self.branches:
            return self.pattern.finditer(text)
        found = set(map(_SECOND, self._automaton.iter(text))) if self._leads else set()
        return self.finditer_found(text, found)

    def finditer_found(self, text: str, found: set[int]) -> Iterator[re.Match[str]]:
        """As :meth:`finditer`, given the numbers of the strings ``text`` holds (as
        :class:`Alternations` finds them for several alternations in one pass)."""
        if not self.branches:
            return self.pattern.finditer(text)
        leads = self._leads
        candidates = sorted(
            self._always.union(*(leads[number] for number in found)) if found else self._always
        )
        rest = self._rest
        active = [
            self.branches[index][0]
            for index in candidates
            if all(not numbers.isdisjoint(found) for numbers in rest[index])
        ]
        # (the branches chosen at once, not when the matches are first asked for: most
        # posts leave none or one, read as it is without a generator of our own)
        if not active:
            return iter(())
        if len(active) == 1:
            return active[0].finditer(text)
        return _earliest(text, active)


def _earliest(text: str, active: list[re.Pattern[str]]) -> Iterator[re.Match[str]]:
    """The matches of the alternation of ``active`` (branches in order) in ``text``: the
    earliest match of any branch; at a tie, the branch that comes first. No branch matches
    the empty string, so each match moves the scan on."""
    following = [branch.search(text) for branch in active]
    at = 0
    while True:
        chosen: re.Match[str] | None = None
        for index, match in enumerate(following):
            if match is not None and match.start() < at:
                match = following[index] = active[index].search(text, at)
            if match is not None and (chosen is None or match.start() < chosen.start()):
                chosen = match
        if chosen is None:
            return
        yield chosen
        at = chosen.end()


class Alternations:
    """Several :class:`Alternation` read over one text, the strings of all of them found
    in one automaton pass (a post read by five of them is read once, not five times)."""

    def __init__(self, alternations: Sequence[Alternation]) -> None:
        self.items = tuple(alternations)
        # Each string any of them needs numbered once for all (a string that five of them
        # need is found once, not once for each), and by alternation, its own number for
        # each of those it needs.
        shared: dict[str, int] = {}
        self._own: list[dict[int, int]] = []
        for alternation in self.items:
            self._own.append(
                {shared.setdefault(s, len(shared)): n for s, n in alternation.numbers.items()}
            )
        self._own_keys = [frozenset(own) for own in self._own]
        # By alternation, the strings that lead one of its branches (shared numbers): a
        # text with none of them has no match of it, unless it reads always.
        self._leading = [frozenset(shared[s] for s in a.leading) for a in self.items]
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for string, number in shared.items():
            self._automaton.add_word(string, number)
        self._any = bool(shared)
        if shared:
            self._automaton.make_automaton()

    def found(self, text: str) -> set[int]:
        """The shared numbers of the strings ``text`` holds (for :meth:`finditer`)."""
        return set(map(_SECOND, self._automaton.iter(text))) if self._any else set()

    def finditer(self, index: int, text: str, found: set[int]) -> Iterator[re.Match[str]]:
        """``self.items[index].finditer(text)``, given :meth:`found`'s answer for text."""
        alternation = self.items[index]
        if not alternation.reads_always and found.isdisjoint(self._leading[index]):
            return iter(())  # (most alternations for most posts: no branch to run)
        own = self._own[index]
        # (only the strings this one needs, in its own numbers: a few set lookups in C)
        numbers = {own[number] for number in found.intersection(self._own_keys[index])}
        return alternation.finditer_found(text, numbers)
