"""Building a snapshot (:mod:`policyguard.webfilter.snapshot` describes the file).

Lists are read a line at a time and each key is kept as one 64-bit number (its bucket,
fingerprint and category index), so five million entries take some 40 MB while they are
sorted, with numpy, in place. Keys listed in several categories meet after the sort and
get the set of all of them.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zlib import adler32, crc32

from policyguard.webfilter.errors import ListProblem, SnapshotError, UrlError
from policyguard.webfilter.lists import Source, Tier, entry_key, read_entries
from policyguard.webfilter.snapshot import (
    BLOCK_BITS,
    ESCAPE,
    FORMAT,
    HEADER,
    M32,
    MAGIC,
    MIX,
    fingerprint,
)

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["BuildReport", "build_snapshot"]

_FINGERPRINT_BITS = 32
MAX_CATEGORIES = 4094


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
    bits: int
    category_bits: int
    host: array[int] = field(default_factory=lambda: array("Q"))
    url: list[tuple[str, int]] = field(default_factory=list)  # hashed once their count is known
    queries: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    allow_keys: list[str] = field(default_factory=list)
    depth: int = 0
    fewest: int = 255
    most: int = 0


def bits_for(count: int) -> int:
    """Bucket bits for ``count`` keys: two to four keys a bucket, so a probe compares a
    handful of fingerprints at most."""
    return max(4, min(30, (max(count, 1) // 3).bit_length()))


def build_snapshot(
    sources: Sequence[Source],
    output: Path,
    *,
    policy: dict[str, Any] | None = None,
    problems: list[ListProblem] | None = None,
    lists_version: int = 0,
    overlay: Mapping[str, Any] | None = None,
) -> BuildReport:
    """Compile ``sources`` (and an optional compiled web policy) into ``output``.

    The file is written beside ``output`` and renamed over it only when complete, so a
    helper never opens a half-written snapshot. Bad list lines go to ``problems``.
    ``lists_version`` says which state of the organisation's own lists it holds (an
    overlay applies only over a snapshot of an older state); ``overlay`` marks the file
    as an overlay (:mod:`policyguard.webfilter.overlay`, which writes it).
    """
    started = time.perf_counter()
    problems = problems if problems is not None else []
    if len(sources) > MAX_CATEGORIES:
        raise SnapshotError(f"at most {MAX_CATEGORIES} categories fit in a snapshot")
    names = [s.category.name for s in sources]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise SnapshotError(f"categories named twice: {', '.join(repeated)}")
    estimate = sum(_count_lines(path) for s in sources for path, _ in s.files)
    bits = bits_for(estimate + sum(len(s.entries) for s in sources))
    collected = _Collected(bits, max(1, len(sources).bit_length()))
    if bits + _FINGERPRINT_BITS + collected.category_bits > 64:
        raise SnapshotError(
            f"{estimate:,} entries in {len(sources)} categories do not fit one snapshot"
        )
    for index, source in enumerate(sources, 1):
        _collect(collected, _source_keys(source, problems), index, source.category.tier)
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
        "labels": [collected.fewest, collected.most],
        "queries": collected.queries,
        "allow_keys": sorted(set(collected.allow_keys)),
        "policy": policy,
        "problems": len(problems),
        "lists_version": lists_version,
        "overlay": dict(overlay) if overlay is not None else None,
    }
    report = _write(output, collected, meta)
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
            yield entry_key(entry.strip())
        except UrlError as exc:
            problems.append(ListProblem(label, number, entry, str(exc)))


def _collect(collected: _Collected, keys: Iterator[str], category: int, tier: Tier) -> None:
    """Hash every key of one category into ``collected`` (the loop of a build: kept tight)."""
    bits, shift = collected.bits, collected.category_bits
    bucket_mask = (1 << bits) - 1
    append = collected.host.append
    allow = tier is Tier.ALLOW
    fewest, most = collected.fewest, collected.most
    for key in keys:
        if "/" in key or "?" in key:
            fewest, most = _collect_url(collected, key, category, fewest, most)
            continue
        if not (key[-1:].isdigit() or ":" in key):  # IP literals are probed exactly, apart
            labels = key.count(".") + 1
            if labels < fewest:
                fewest = labels
            if labels > most:
                most = labels
        if allow:
            collected.allow_keys.append(key)
        data = key.encode()
        h = crc32(data)
        value = (h & bucket_mask) << 32 | ((adler32(data) + (h >> bits) * MIX) & M32)
        append(value << shift | category)
    collected.fewest, collected.most = fewest, most


def _collect_url(
    collected: _Collected, key: str, category: int, fewest: int, most: int
) -> tuple[int, int]:
    cut = min(at for at in (key.find("/"), key.find("?"), len(key)) if at >= 0)
    host = key[:cut]
    if not (host[-1:].isdigit() or ":" in host):
        labels = host.count(".") + 1
        fewest, most = min(fewest, labels), max(most, labels)
    bucket, print_ = fingerprint(host.encode(), collected.bits)
    collected.host.append((bucket << 32 | print_) << collected.category_bits)  # the URL mark
    if "?" in key:
        collected.queries.setdefault(host, []).append((key[cut:], category))
    else:
        collected.depth = max(collected.depth, key.count("/"))
        collected.url.append((key, category))
    return fewest, most


class _Sets:
    """Category sets (bit masks) met while grouping keys: provisional codes, then final ids
    by frequency, so the commonest 255 fit in one byte."""

    def __init__(self) -> None:
        self.masks: dict[int, int] = {}  # mask -> provisional code (codes >= 4096 are sets)
        self.counts: Counter[int] = Counter()

    def code(self, mask: int) -> int:
        if mask & (mask - 1) == 0:
            return mask.bit_length() - 1  # a single category: its index
        code = self.masks.get(mask)
        if code is None:
            if len(self.masks) >= 0xFFFF - 4096:
                raise SnapshotError("more than 61439 different category combinations")
            code = self.masks[mask] = 4096 + len(self.masks)
        return code

    def final(self) -> tuple[list[int], dict[int, int]]:
        """(masks by final id, provisional code -> final id)."""
        by_code = {code: mask for mask, code in self.masks.items()}
        order = sorted(self.counts, key=lambda code: (-self.counts[code], code))
        ids = {code: number for number, code in enumerate(order)}
        masks = [by_code.get(code, 1 << code if code < 4096 else 0) for code in order]
        return masks, ids


class _Grouped:
    def __init__(self, fingerprints: NDArray[np.uint32], buckets: NDArray[np.uint32]) -> None:
        self.fingerprints = fingerprints
        self.buckets = buckets
        self.codes: NDArray[np.uint16] | None = None


def _group(values: NDArray[np.uint64], shift: int, sets: _Sets) -> _Grouped:
    """Sort keys (bucket, fingerprint, category) and merge the categories of equal keys.

    Sorts ``values`` in place; every other array is a quarter or half its size, so a
    build of five million keys stays within some 150 MB."""
    import numpy as np

    values.sort()
    # Casts keep the low bits: the category index, then (after the shift) the fingerprint.
    categories = values.astype(np.uint16) & np.uint16((1 << shift) - 1)
    values >>= np.uint64(shift)
    first = np.empty(len(values), dtype=bool)
    if len(values):
        first[0] = True
        np.not_equal(values[1:], values[:-1], out=first[1:])
    codes = categories[first]
    repeated = np.flatnonzero(~first)
    if len(repeated):
        # The same key in several categories (or twice in one): merge into one set.
        runs = (np.cumsum(first, dtype=np.uint32) - np.uint32(1))[repeated]
        merged: dict[int, int] = {}
        for run, category in zip(runs.tolist(), categories[repeated].tolist(), strict=True):
            merged[run] = merged.get(run, 1 << int(codes[run])) | 1 << category
        for run, mask in merged.items():
            codes[run] = sets.code(mask)
        del runs
    del categories, repeated
    counts = np.bincount(codes)
    for code in np.flatnonzero(counts).tolist():
        sets.counts[code] += int(counts[code])
    fingerprints = values.astype(np.uint32)[first]
    values >>= np.uint64(32)
    buckets = values.astype(np.uint32)[first]
    grouped = _Grouped(fingerprints, buckets)
    grouped.codes = codes
    return grouped


def _table_arrays(grouped: _Grouped, bits: int, ids: dict[int, int]) -> dict[str, Any]:
    import numpy as np

    assert grouped.codes is not None
    buckets = 1 << bits
    counts = np.bincount(grouped.buckets, minlength=buckets)
    offsets = np.zeros(buckets + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    bases = offsets[:: 1 << BLOCK_BITS].copy()
    relative = offsets - np.repeat(bases, 1 << BLOCK_BITS)[: buckets + 1]
    if len(relative) and int(relative.max()) > 0xFFFF:
        raise SnapshotError("a block of buckets holds more than 65535 keys; report this")
    lookup = np.zeros(max(ids, default=0) + 1, dtype=np.int32)
    for code, number in ids.items():
        lookup[code] = number
    final = lookup[grouped.codes]
    overflow = np.flatnonzero(final >= ESCAPE)
    return {
        "count": len(grouped.fingerprints),
        "bases": bases.astype("<u4"),
        "offsets": relative.astype("<u2"),
        "fingerprints": grouped.fingerprints.astype("<u4", copy=False),
        "sets": np.minimum(final, ESCAPE).astype("u1"),
        "overflow": overflow.astype("<u4"),
        "overflow_sets": final[overflow].astype("<u2"),
    }


def _write(output: Path, collected: _Collected, meta: dict[str, Any]) -> BuildReport:
    import numpy as np

    sets = _Sets()
    shift = collected.category_bits
    host_values = np.frombuffer(collected.host, dtype=np.uint64) if collected.host else None
    host = _group(host_values if host_values is not None else np.zeros(0, np.uint64), shift, sets)
    del host_values
    collected.host = array("Q")  # the 64-bit keys are no longer needed
    url_bits = bits_for(len(collected.url))
    url_values = np.zeros(len(collected.url), dtype=np.uint64)
    for number, (key, category) in enumerate(collected.url):
        bucket, print_ = fingerprint(key.encode(), url_bits)
        url_values[number] = (bucket << 32 | print_) << shift | category
    url = _group(url_values, shift, sets)
    masks, ids = sets.final()
    if len(masks) > 0xFFFF:
        raise SnapshotError("more than 65535 different category combinations")
    tables = {
        "host": (collected.bits, _table_arrays(host, collected.bits, ids)),
        "url": (url_bits, _table_arrays(url, url_bits, ids)),
    }
    del host, url
    output.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=output.parent, prefix=".snapshot-", delete=False)  # noqa: SIM115 - renamed into place below
    try:
        with handle:
            handle.write(bytes(HEADER.size))
            for name, (table_bits, arrays) in tables.items():
                spec: dict[str, int] = {"bits": table_bits, "count": arrays.pop("count")}
                spec["overflow_count"] = len(arrays["overflow"])
                for part, data in arrays.items():
                    handle.write(bytes(-handle.tell() % 8))
                    spec[part] = handle.tell()
                    handle.write(data.tobytes())
                meta[name] = spec
            meta["sets"] = [format(mask, "x") for mask in masks]
            blob = json.dumps(meta, separators=(",", ":")).encode()
            offset = handle.tell()
            handle.write(blob)
            handle.seek(0)
            handle.write(HEADER.pack(MAGIC, FORMAT, 0, offset, len(blob)))
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
