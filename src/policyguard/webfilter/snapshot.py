"""The snapshot: every list of an organisation compiled into one memory-mapped file.

One request costs one hash probe per host suffix, whatever the number of categories:
each stored key maps to a *category set* (a bit mask over every category), so ten
categories or a hundred cost the same. Helpers open the file with ``mmap``, so any number
of helper processes on a proxy share one copy of it in the page cache, and opening it
reads only the small metadata block (start-up does not grow with the list size).

File layout (little-endian, arrays 8-byte aligned)::

    header   8s magic "PGWFSNP1" | u32 format | u32 0 | u64 metadata offset | u64 length
    tables   per table (``host``, ``url``): offsets u32[2**bits + 1], fingerprints u32[n],
             set ids u8[n] (u16 when more than 256 category sets occur); the keys of
             bucket b are fingerprints[offsets[b]:offsets[b+1]]
    metadata JSON: categories, category sets, table positions, label bounds, the
             compiled web policy, expressions, build facts

A key (canonical host, or ``host/path`` for URL-prefix entries) is hashed with CRC-32
(its low ``bits`` choose the bucket) and Adler-32 (mixed with the rest of the CRC into a
32-bit fingerprint), about 53 bits in all: a false match is about one in 10^9 per probe
on a 5-million-key table and can only wrongly *block*; allow-list hits are confirmed
against the exact keys. Category index 0 is reserved: it marks hosts that have
URL-prefix entries, so paths are looked at only for those hosts.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
import sys
import tempfile
import time
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain
from pathlib import Path
from typing import Any
from zlib import adler32, crc32

from policyguard.webfilter.errors import ListProblem, SnapshotError, UrlError
from policyguard.webfilter.lists import Source, Tier, _entry_key, read_entries
from policyguard.webfilter.urls import Target, split_segments

__all__ = ["BuildReport", "Snapshot", "build_snapshot"]

MAGIC = b"PGWFSNP1"
FORMAT = 1
_HEADER = struct.Struct("<8sIIQQ")
_MIX = 0x9E3779B1
_M32 = 0xFFFFFFFF
_CAT_BITS = 12  # category index width in the build's sort keys: up to 4095 categories
URL_FLAG = 1  # mask bit of category index 0


def _bits_for(count: int) -> int:
    # Two to four keys a bucket: the offsets array costs 1 to 2 bytes a key, and a probe
    # compares a handful of fingerprints at most.
    return max(4, min(30, (max(count, 1) // 3).bit_length()))


def _sort_key(key: str, bits: int, category: int) -> int:
    data = key.encode()
    h = crc32(data)
    fingerprint = (adler32(data) + (h >> bits) * _MIX) & _M32
    return (((h & ((1 << bits) - 1)) << 32 | fingerprint) << _CAT_BITS) | category


@dataclass
class BuildReport:
    """What a build produced, and every list line it skipped."""

    path: Path
    host_keys: int = 0
    url_keys: int = 0
    categories: int = 0
    bytes: int = 0
    seconds: float = 0.0
    problems: list[ListProblem] = field(default_factory=list)


@dataclass
class _Collected:
    host: list[int] = field(default_factory=list)
    url: list[tuple[str, int]] = field(default_factory=list)  # hashed once their count is known
    queries: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    allow_keys: list[str] = field(default_factory=list)
    depth: int = 0
    labels: tuple[int, int] = (255, 0)


def build_snapshot(
    sources: Sequence[Source],
    output: Path,
    *,
    policy: dict[str, Any] | None = None,
    problems: list[ListProblem] | None = None,
) -> BuildReport:
    """Compile ``sources`` (and an optional compiled web policy) into ``output``.

    The file is written beside ``output`` and renamed over it only when complete, so a
    helper never opens a half-written snapshot. Bad list lines go to ``problems``.
    """
    started = time.perf_counter()
    problems = problems if problems is not None else []
    if len(sources) >= (1 << _CAT_BITS) - 1:
        raise SnapshotError(f"at most {(1 << _CAT_BITS) - 2} categories fit in a snapshot")
    names = [s.category.name for s in sources]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise SnapshotError(f"categories named twice: {', '.join(repeated)}")
    estimate = sum(_count_lines(path) for s in sources for path, _ in s.files)
    bits = _bits_for(estimate + sum(len(s.entries) for s in sources))
    collected = _Collected()
    for index, source in enumerate(sources, 1):
        for key in _source_keys(source, problems):
            _collect(collected, key, index, bits, source.category.tier is Tier.ALLOW)
    meta: dict[str, Any] = {
        "format": FORMAT,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "categories": [{"name": "(urls)", "tier": "internal", "usage": ""}]
        + [
            {
                "name": s.category.name,
                "tier": s.category.tier.value,
                "usage": s.category.usage,
                "description": s.category.description,
                "origin": s.origin,
            }
            for s in sources
        ],
        "expressions": {str(i): s.expressions for i, s in enumerate(sources, 1) if s.expressions},
        "url_depth": collected.depth,
        "labels": list(collected.labels),
        "queries": collected.queries,
        "allow_keys": sorted(set(collected.allow_keys)),
        "policy": policy,
        "problems": len(problems),
    }
    report = _write(output, collected, bits, meta)
    report.categories = len(sources)
    report.problems = problems
    report.seconds = time.perf_counter() - started
    return report


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return 0  # read_entries reports it with its reason


def _source_keys(source: Source, problems: list[ListProblem]) -> Iterator[str]:
    for path, fmt in source.files:
        yield from read_entries(path, fmt, problems)
    label = source.origin or f"<{source.category.name}>"
    for number, entry in enumerate(source.entries, 1):
        try:
            yield _entry_key(entry.strip())
        except UrlError as exc:
            problems.append(ListProblem(label, number, entry, str(exc)))


def _collect(collected: _Collected, key: str, category: int, bits: int, allow: bool) -> None:
    cut = len(key)
    for mark in ("/", "?"):
        at = key.find(mark)
        if 0 <= at < cut:
            cut = at
    host = key[:cut]
    if not (host[-1:].isdigit() or ":" in host):  # IP literals are probed exactly, apart
        labels = host.count(".") + 1
        low, high = collected.labels
        collected.labels = (min(low, labels), max(high, labels))
    if allow:
        collected.allow_keys.append(key)
    if cut == len(key):
        collected.host.append(_sort_key(key, bits, category))
        return
    collected.host.append(_sort_key(host, bits, 0))
    if "?" in key:
        collected.queries.setdefault(host, []).append((key[cut:], category))
        return
    collected.depth = max(collected.depth, key.count("/"))
    collected.url.append((key, category))


def _group(values: list[int], bits: int, set_ids: dict[int, int]) -> tuple[array[int], ...]:
    """Sorted (bucket, fingerprint, category) keys to the offsets/fingerprints/sets arrays."""
    values.sort()
    counts = array("I", bytes(4 * ((1 << bits) + 1)))
    fingerprints: array[int] = array("I")
    sets: array[int] = array("H")
    previous, mask = -1, 0
    for value in chain(values, (-1,)):
        key = value >> _CAT_BITS
        if key != previous:
            if previous >= 0:
                fingerprints.append(previous & _M32)
                counts[(previous >> 32) + 1] += 1
                sets.append(set_ids.setdefault(mask, len(set_ids)))
            previous, mask = key, 0
        mask |= 1 << (value & ((1 << _CAT_BITS) - 1))
    if len(set_ids) > 0xFFFF:
        raise SnapshotError("more than 65535 different category combinations")
    return array("I", accumulate(counts)), fingerprints, sets


def _write(output: Path, collected: _Collected, bits: int, meta: dict[str, Any]) -> BuildReport:
    set_ids: dict[int, int] = {}
    url_bits = _bits_for(len(collected.url))
    url_keys = [_sort_key(key, url_bits, category) for key, category in collected.url]
    tables = {
        "host": (bits, _group(collected.host, bits, set_ids)),
        "url": (url_bits, _group(url_keys, url_bits, set_ids)),
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=output.parent, prefix=".snapshot-", delete=False)  # noqa: SIM115 - renamed into place below
    try:
        with handle:
            handle.write(bytes(_HEADER.size))
            for name, (table_bits, arrays) in tables.items():
                meta[name] = {"bits": table_bits, "count": len(arrays[1])}
                meta[name]["set_width"] = 1 if len(set_ids) <= 256 else 2
                for part, data in zip(("offsets", "fingerprints", "sets"), arrays, strict=True):
                    if part == "sets" and len(set_ids) <= 256:
                        data = array("B", data)  # one byte a key instead of two
                    handle.write(bytes(-handle.tell() % 8))
                    meta[name][part] = handle.tell()
                    if sys.byteorder != "little":
                        data.byteswap()
                    handle.write(data.tobytes())
            meta["sets"] = [format(mask, "x") for mask in set_ids]
            blob = json.dumps(meta, separators=(",", ":")).encode()
            offset = handle.tell()
            handle.write(blob)
            handle.seek(0)
            handle.write(_HEADER.pack(MAGIC, FORMAT, 0, offset, len(blob)))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o644)  # helpers run as the proxy's own user
        os.replace(handle.name, output)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return BuildReport(
        path=output,
        host_keys=meta["host"]["count"],
        url_keys=meta["url"]["count"],
        bytes=output.stat().st_size,
    )


class _Table:
    __slots__ = ("bits", "count", "fingerprints", "mask", "offsets", "sets")

    def __init__(self, view: memoryview, spec: dict[str, int]) -> None:
        self.bits = spec["bits"]
        self.count = spec["count"]
        self.mask = (1 << self.bits) - 1
        buckets = (1 << self.bits) + 1
        self.offsets = view[spec["offsets"] : spec["offsets"] + 4 * buckets].cast("I")
        self.fingerprints = view[spec["fingerprints"] : spec["fingerprints"] + 4 * self.count].cast(
            "I"
        )
        width = spec.get("set_width", 2)
        self.sets = view[spec["sets"] : spec["sets"] + width * self.count].cast(
            "B" if width == 1 else "H"
        )

    def probe(self, key: str) -> int:
        """The category set id of ``key``, or -1."""
        data = key.encode()
        h = crc32(data)
        bucket = h & self.mask
        low, high = self.offsets[bucket], self.offsets[bucket + 1]
        if low != high:
            fingerprint = (adler32(data) + (h >> self.bits) * _MIX) & _M32
            fingerprints = self.fingerprints
            for index in range(low, high):
                if fingerprints[index] == fingerprint:
                    return int(self.sets[index])
        return -1

    def release(self) -> None:
        for view in (self.offsets, self.fingerprints, self.sets):
            view.release()


class Snapshot:
    """An open snapshot. ``match`` is the one lookup a request needs.

    snapshot = Snapshot.open(path)
    for key, mask in snapshot.match(parse_target(url)): ...
    snapshot.close()
    """

    def __init__(self, path: Path, mapped: mmap.mmap) -> None:
        self.path = path
        self._mmap = mapped
        magic, fmt, _, offset, length = _HEADER.unpack_from(mapped, 0)
        if magic != MAGIC:
            raise SnapshotError(f"{path}: not a policyguard snapshot")
        if fmt != FORMAT:
            raise SnapshotError(
                f"{path}: snapshot format {fmt}; this version reads {FORMAT}: rebuild it"
            )
        if offset + length > len(mapped):
            raise SnapshotError(f"{path}: truncated snapshot; rebuild it")
        self.meta: dict[str, Any] = json.loads(mapped[offset : offset + length])
        self._view = memoryview(mapped)
        self.host = _Table(self._view, self.meta["host"])
        self.url = _Table(self._view, self.meta["url"])
        self.categories: list[dict[str, str]] = self.meta["categories"]
        self.index = {c["name"]: i for i, c in enumerate(self.categories)}
        self.masks = [int(m, 16) for m in self.meta["sets"]]
        self.url_depth: int = self.meta["url_depth"]
        self.min_labels, self.max_labels = self.meta["labels"]
        # match_host's locals; with no names listed, no name has enough labels to probe.
        names = self.host.count and self.max_labels >= self.min_labels
        self._names = (
            self.host.offsets,
            self.host.fingerprints,
            self.host.sets,
            self.host.bits,
            self.host.mask,
            self.masks,
            self.min_labels if names else 1 << 30,
            self.max_labels,
        )
        self.queries: dict[str, list[list[Any]]] = self.meta["queries"]
        self.allow_keys = frozenset(self.meta["allow_keys"])
        self.policy: dict[str, Any] | None = self.meta["policy"]

    @classmethod
    def open(cls, path: str | Path) -> Snapshot:
        path = Path(path)
        try:
            with path.open("rb") as handle:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as exc:
            raise SnapshotError(f"{path}: cannot open the snapshot ({exc})") from None
        if len(mapped) < _HEADER.size:
            raise SnapshotError(f"{path}: truncated snapshot; rebuild it")
        try:
            return cls(path, mapped)
        except (KeyError, ValueError, struct.error) as exc:
            raise SnapshotError(f"{path}: damaged snapshot ({exc}); rebuild it") from None

    def close(self) -> None:
        self.host.release()
        self.url.release()
        self._view.release()
        self._mmap.close()

    def category_names(self, mask: int) -> list[str]:
        """Names of the categories in ``mask`` (the URL marker left out), by index."""
        names = []
        mask &= ~URL_FLAG
        while mask:
            low = mask & -mask
            names.append(self.categories[low.bit_length() - 1]["name"])
            mask ^= low
        return names

    def match_host(self, host: str) -> list[tuple[str, int]]:
        """(matched key, category mask) for every suffix of ``host`` that is listed."""
        found: list[tuple[str, int]] = []
        if host[-1:].isdigit() or ":" in host:  # IP literals match exactly
            if self.host.count:
                set_id = self.host.probe(host)
                if set_id >= 0:
                    found.append((host, self.masks[set_id]))
            return found
        # The probe is inlined, with everything it reads in locals: this runs for every
        # request the helper has not seen, once a suffix.
        offsets, fingerprints, sets, bits, bucket_mask, masks, fewest, most = self._names
        labels = host.count(".") + 1
        if labels < fewest:
            return found
        data = host.encode()
        start = 0
        while labels > most:
            start = data.index(b".", start) + 1
            labels -= 1
        while True:
            key = data[start:] if start else data
            h = crc32(key)
            bucket = h & bucket_mask
            low = offsets[bucket]
            high = offsets[bucket + 1]
            if low != high:
                fingerprint = (adler32(key) + (h >> bits) * _MIX) & _M32
                for index in range(low, high):
                    if fingerprints[index] == fingerprint:
                        found.append((host[start:], masks[sets[index]]))
                        break
            labels -= 1
            if labels < fewest:
                return found
            start = data.index(b".", start) + 1

    def match(self, target: Target) -> list[tuple[str, int]]:
        """(matched entry, category mask) for the host suffixes and URL prefixes of ``target``."""
        found = self.match_host(target.host)
        for host, mask in list(found):
            if mask & URL_FLAG:
                found.extend(self._match_paths(host, target))
        return found

    def _match_paths(self, host: str, target: Target) -> Iterable[tuple[str, int]]:
        prefix = host
        for segment in split_segments(target.path)[: self.url_depth]:
            prefix = f"{prefix}/{segment}"
            set_id = self.url.probe(prefix)
            if set_id >= 0:
                yield prefix, self.masks[set_id]
        for rest, category in self.queries.get(host, ()):
            request = ("" if target.path == "/" else target.path) + "?" + target.query
            if target.query and request.startswith(rest):
                yield host + rest, 1 << category

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
