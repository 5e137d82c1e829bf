"""Category expressions (UT1's ``expressions`` files) matched with a literal prefilter.

A category's expressions are regular expressions matched, case-blind, against a URL's
canonical ``host/path?query`` (:func:`policyguard.webfilter.verdict.expression_text`).
Matched as one alternation on every URL they are the helper's most expensive step, yet
almost no URL matches. So each expression is read once for the literal strings any match
must contain (``(/banner/|/sponsor/)`` cannot match a URL that holds neither), and a URL
that holds none of the literals of any expression is ruled out by one cheap search; the
few others go to the alternation of only those expressions whose literals they hold (an
expression none of whose literals occurs cannot match anywhere in the text, so leaving it
out changes no match). The answer is always the regular expressions' own: the prefilter
only skips work it has proved would find nothing. The literals are searched for
case-sensitively in the text's lower-case form, three times faster than a case-blind
search (and canonical text is lower-case already).

The literals come from the expression's parse tree (Python's own ``re`` parser), taking
for each sequence the run of plain characters, or set of runs from the branches of an
alternation, that every match must pass through. Whatever it does not understand makes
it give up for that expression (then every URL goes to the regular expressions), so it
can be slow but never wrong. It is used only on ASCII text: Python's case-blind matching
lets a few non-ASCII letters stand for ASCII ones (the Kelvin sign for ``k``).

Hyperscan and RE2 were weighed (issue 17) and not taken: with the prefilter, UT1's
expressions cost well under a tenth of a microsecond for most URLs, less than a call into
either library would, and neither would then pay for its import at every helper start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from importlib import import_module
from typing import Any

from policyguard.caching import BoundedDict

__all__ = ["Expressions", "required_literals"]

try:  # the parser of the re module itself (private, so checked, and only used if present)
    _sre_parser: Any = import_module("re._parser")
    _sre_constants: Any = import_module("re._constants")
except ImportError:  # pragma: no cover - Python moved it; the prefilter is then off
    _sre_parser = None
    _sre_constants = None


def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-case strings of which every case-blind match of ``pattern`` contains one,
    or None when no such set can be read from it (an empty match is possible, or the
    pattern uses something this reader does not follow)."""
    if _sre_parser is None:  # pragma: no cover
        return None
    try:
        tree = _sre_parser.parse(pattern, re.IGNORECASE)
        found = _sequence(list(tree))
    except (re.error, RecursionError, TypeError, ValueError, AttributeError):
        return None
    if not found or not all(found):
        return None
    return _minimal({literal.lower() for literal in found})


def _alternation(expressions: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in expressions)


def _minimal(literals: set[str]) -> frozenset[str]:
    """Drop literals that contain another: a text holding the longer holds the shorter."""
    kept = sorted(literals, key=len)
    result: list[str] = []
    for literal in kept:
        if not any(shorter in literal for shorter in result):
            result.append(literal)
    return frozenset(result)


def _sequence(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """The best literal set some part of a sequence must match, or None."""
    constants = _sre_constants
    assert constants is not None
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if not candidate or not all(candidate):
            return
        if best is None or min(map(len, candidate)) > min(map(len, best)):
            best = candidate

    for op, value in items:
        if op is constants.LITERAL and value < 128:
            run.append(chr(value))
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is constants.SUBPATTERN:
            consider(_sequence(list(value[-1])))
        elif op is constants.BRANCH:
            branches = [_sequence(list(branch)) for branch in value[1]]
            if all(branches):
                consider(set().union(*[b for b in branches if b]))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            low, _high, inner = value
            if low >= 1:
                consider(_sequence(list(inner)))
        elif op is constants.ATOMIC_GROUP:
            consider(_sequence(list(value)))
        # Anything else (character sets, any character, anchors, look-arounds, back
        # references, non-ASCII letters) ends the current run and requires nothing.
    consider({"".join(run)} if run else None)
    return best


class Expressions:
    """The expressions of some categories, by category index, matched as one.

    ``search(text)`` gives the first match in ``text`` (the canonical
    ``host/path?query``) of any of them, exactly as the alternation of all of them
    would; ``category_of(text)`` which category's expression matches (lowest index).
    """

    __slots__ = ("_by_bit", "_needles", "_owners", "_subsets", "_unique", "pattern")

    def __init__(self, by_bit: Iterable[tuple[int, Sequence[str]]]) -> None:
        self._by_bit = [(bit, list(patterns)) for bit, patterns in by_bit if patterns]
        unique = list(dict.fromkeys(p for _, patterns in self._by_bit for p in patterns))
        self._unique = unique
        self.pattern = re.compile(_alternation(unique), re.IGNORECASE)
        self._needles: re.Pattern[str] | None = None
        # For each literal of the prefilter, the expressions (bits by position in
        # ``unique``) that can match only where it occurs: a text holding some literals is searched
        # with the alternation of their expressions alone, in the original order.
        self._owners: list[tuple[str, int]] = []
        self._subsets = BoundedDict[int, re.Pattern[str]](256)
        needed = [required_literals(expression) for expression in unique]
        if any(literals is None for literals in needed):
            return
        union = _minimal({literal for literals in needed if literals for literal in literals})
        for literal in sorted(union, key=lambda s: (-len(s), s)):
            owners = sum(
                1 << index
                for index, literals in enumerate(needed)
                if literals and any(literal in own for own in literals)
            )
            self._owners.append((literal, owners))
        self._needles = re.compile("|".join(re.escape(literal) for literal, _ in self._owners))

    def __bool__(self) -> bool:
        return bool(self._by_bit)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, as the alternation of every expression gives it."""
        if self._needles is None or not text.isascii():
            return self.pattern.search(text)
        # Case-blind on ASCII text is case-sensitive on its lower-case form (the literals
        # are lower-case ASCII).
        return self._search(text, text.lower())

    def search_canonical(self, text: str) -> re.Match[str] | None:
        """:meth:`search` for canonical text, which has no capital letters (the helper's)."""
        if self._needles is None or not text.isascii():
            return self.pattern.search(text)
        return self._search(text, text)

    def _search(self, text: str, lowered: str) -> re.Match[str] | None:
        needles = self._needles
        if needles is None or needles.search(lowered) is None:
            return None
        chosen = 0  # the expressions that may match, as bits
        for literal, owners in self._owners:
            if literal in lowered:
                chosen |= owners
        subset = self._subsets.get(chosen)
        if subset is None:
            picked = [p for index, p in enumerate(self._unique) if chosen >> index & 1]
            subset = self._subsets.remember(chosen, re.compile(_alternation(picked), re.IGNORECASE))
        return subset.search(text)

    def category_of(self, text: str) -> int:
        """The lowest category index whose expressions match ``text`` (-1 when none)."""
        for bit, patterns in sorted(self._by_bit):
            if any(re.search(p, text, re.IGNORECASE) for p in patterns):
                return bit
        return -1
