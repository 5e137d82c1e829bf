"""Marking spans in a text: one cut for the command line's ``[[...]]{n}`` and the portal's
highlighted post, so that both show the same pieces.

    segments("call 07700 900123 now", [(5, 17, "phone"), (11, 17, "number")])
    # [("call ", ()), ("07700 ", ("phone",)), ("900123", ("phone", "number")), (" now", ())]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from itertools import pairwise
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def segments(text: str, spans: Iterable[tuple[int, int, K]]) -> list[tuple[str, tuple[K, ...]]]:
    """Cut ``text`` at every span edge; each piece carries the keys of the spans covering
    all of it (in the order given, each once). Overlapping spans are both kept: the
    overlap is its own piece with both keys. A span that does not fit the text (empty,
    reversed, or past its end) is left out rather than drawn in the wrong place."""
    kept = [(s, e, k) for s, e, k in spans if 0 <= s < e <= len(text)]
    edges = sorted({0, len(text), *(s for s, _, _ in kept), *(e for _, e, _ in kept)})
    return [
        (text[start:end], tuple(dict.fromkeys(k for s, e, k in kept if s <= start and end <= e)))
        for start, end in pairwise(edges)
    ]
