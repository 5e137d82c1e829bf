"""The two cache kinds of the core (policyguard.caching)."""

from __future__ import annotations

from policyguard.caching import BoundedDict, IdentityCache


def test_it_builds_once_per_owner_and_key() -> None:
    cache = IdentityCache[list[int]](limit=4)
    owner, twin = [1, 2], [1, 2]  # equal, not the same object
    calls: list[str] = []

    def build(tag: str) -> list[int]:
        calls.append(tag)
        return [len(calls)]

    first = cache.get((owner,), "k", lambda: build("a"))
    assert cache.get((owner,), "k", lambda: build("b")) is first
    assert cache.get((twin,), "k", lambda: build("c")) is not first
    assert cache.get((owner,), "other", lambda: build("d")) is not first
    assert calls == ["a", "c", "d"]


def test_it_never_serves_a_value_through_a_reused_id() -> None:
    cache = IdentityCache[str](limit=64)
    for n in range(200):
        # Each owner dies at once, so CPython may hand its id to the next one; the
        # cache holds the owners themselves, so no new owner is served an old value.
        assert cache.get((object(),), "k", lambda n=n: f"v{n}") == f"v{n}"  # type: ignore[misc]


def test_it_drops_the_least_recently_used_past_its_limit() -> None:
    cache = IdentityCache[int](limit=2)
    a, b, c = object(), object(), object()
    cache.get((a,), "k", lambda: 1)
    cache.get((b,), "k", lambda: 2)
    cache.get((a,), "k", lambda: 99)  # a is used again: b is now the oldest
    cache.get((c,), "k", lambda: 3)
    assert len(cache) == 2
    assert cache.get((a,), "k", lambda: 99) == 1
    assert cache.get((b,), "k", lambda: 22) == 22  # built again


def test_it_empties_a_bounded_dict_when_it_is_full() -> None:
    seen = BoundedDict[str, int](limit=3)
    for n, key in enumerate("abc"):
        assert seen.remember(key, n) == n
    assert dict(seen) == {"a": 0, "b": 1, "c": 2}
    seen.remember("d", 3)
    assert dict(seen) == {"d": 3}
