"""Caches, written once: every cache in the core is one of these two.

    _FILTERS = IdentityCache[WebFilter](limit=64)
    web = _FILTERS.get((pack, snapshot), "filter", lambda: WebFilter(snapshot, ...))

    _HOSTS = BoundedDict[str, int](limit=16384)
    _HOSTS.remember(host, verdict_bits)

- :class:`IdentityCache` keeps what was built from long-lived objects (a pack, a rule's
  parameters, a directory), found by those objects' identity. It holds the objects
  themselves, so an id cannot be reused by another object while its entry stands; the
  least recently used entries leave first past ``limit``.
- :class:`BoundedDict` is a dict that empties itself when it reaches ``limit``: for hot
  paths keyed by value (a host, a client address), where the worst case is a cold start
  and never unbounded memory.

A leaf module: it imports nothing of policyguard.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["BoundedDict", "IdentityCache"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class IdentityCache(Generic[V]):
    """Values built once per (owners, key), found by the owners' identity."""

    def __init__(self, limit: int = 64) -> None:
        self.limit = limit
        self._entries: OrderedDict[tuple[tuple[int, ...], Hashable], tuple[tuple[object, ...], V]]
        self._entries = OrderedDict()

    def get(self, owners: tuple[object, ...], key: Hashable, build: Callable[[], V]) -> V:
        """The value for ``owners`` and ``key``; ``build()`` makes it the first time."""
        slot = (tuple(id(owner) for owner in owners), key)
        hit = self._entries.get(slot)
        if hit is not None and all(a is b for a, b in zip(hit[0], owners, strict=True)):
            self._entries.move_to_end(slot)
            return hit[1]
        value = build()
        self._entries[slot] = (owners, value)
        while len(self._entries) > self.limit:
            self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()


class BoundedDict(dict[K, V]):
    """A dict that empties itself when it reaches ``limit`` entries (see the module)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, key: K, value: V) -> V:
        """Store ``value`` under ``key`` (emptying the dict first when full); return it."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
