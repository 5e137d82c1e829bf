"""The snapshot: every list of an organisation compiled into one memory-mapped file.

One request costs one hash probe per host suffix, whatever the number of categories:
each stored key maps to a *category set* (a bit mask over every category), so ten
categories or a hundred cost the same. Helpers open the file with ``mmap``, so any number
of helper processes on a proxy share one copy of it in the page cache, and opening it
reads only the small metadata block (start-up does not grow with the list size).

File layout (format 2, little-endian, arrays 8-byte aligned)::

    header   8s magic "PGWFSNP1" | u32 format | u32 0 | u64 metadata offset | u64 length
    tables   per table (``host``, ``url``), with B = 2**bits buckets:
               bases u32[B/1024 + 1]  offset of the first key of each block of 1024 buckets
               offsets u16[B + 1]     offset of each bucket's first key within its block
               fingerprints u32[n]    the keys of bucket b are fingerprints[start(b):start(b+1)]
               sets u8[n]             category set id; 255: see the overflow arrays
               overflow u32[m], overflow_sets u16[m]   key positions (sorted) and set ids
                                      of the keys whose set is not among the 255 commonest
    metadata JSON: categories, category sets, table positions, label bounds, the
             compiled web policy, expressions, build facts

About 5.8 bytes a key (5.1 million keys take 30 MB), which matters because every page a
helper touches counts in its resident memory.

A key (canonical host, or ``host/path`` for URL-prefix entries) is hashed with CRC-32
(its low ``bits`` choose the bucket) and Adler-32 (mixed with the rest of the CRC into a
32-bit fingerprint), about 53 bits in all: a false match is about one in 10^9 per probe
on a 5-million-key table and can only wrongly *block*; allow-list hits are confirmed
against the exact keys. Category index 0 is reserved: it marks hosts that have
URL-prefix entries, so paths are looked at only for those hosts.

Building (:func:`build_snapshot`) lives in :mod:`policyguard.webfilter.snapshot_build`,
so that a helper never imports what only a build needs.

A change to the organisation's own lists (allow, deny, always-block, edited in the
portal) does not rebuild the whole file: a small *overlay*, a snapshot of those lists
alone, is written beside it (``vts.pgwf.overlay``, :mod:`policyguard.webfilter.overlay`)
and replaces those categories of the big one. :meth:`Snapshot.refresh` reads it again
when its file changes, so running helpers pick a change up without a restart.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
from bisect import bisect_left
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zlib import adler32, crc32

from policyguard.webfilter.errors import SnapshotError
from policyguard.webfilter.urls import Target, split_segments

if TYPE_CHECKING:
    from policyguard.webfilter.snapshot_build import BuildReport, build_snapshot

__all__ = ["BuildReport", "Snapshot", "build_snapshot", "overlay_path"]

MAGIC = b"PGWFSNP1"
FORMAT = 2
HEADER = struct.Struct("<8sIIQQ")
MIX = 0x9E3779B1
M32 = 0xFFFFFFFF
BLOCK_BITS = 10  # buckets per block of the two-level offsets: 1024
ESCAPE = 255  # a set id of 255 means "look in the overflow arrays"
URL_FLAG = 1  # mask bit of category index 0


OVERLAY_SUFFIX = ".overlay"


def overlay_path(snapshot: Path) -> Path:
    """The overlay of the snapshot at ``snapshot``: the same name with ``.overlay`` added."""
    return snapshot.with_name(snapshot.name + OVERLAY_SUFFIX)


def fingerprint(data: bytes, bits: int) -> tuple[int, int]:
    """(bucket, fingerprint) of an encoded key in a table of ``2**bits`` buckets."""
    h = crc32(data)
    return h & ((1 << bits) - 1), (adler32(data) + (h >> bits) * MIX) & M32


def __getattr__(name: str) -> Any:
    # The builder is imported only when asked for (helpers never need it).
    if name in ("BuildReport", "build_snapshot"):
        from policyguard.webfilter import snapshot_build

        return getattr(snapshot_build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Table:
    __slots__ = (
        "bases",
        "bits",
        "count",
        "fingerprints",
        "mask",
        "offsets",
        "overflow",
        "overflow_sets",
        "sets",
    )

    def __init__(self, view: memoryview, spec: dict[str, int]) -> None:
        self.bits = spec["bits"]
        self.count = spec["count"]
        self.mask = (1 << self.bits) - 1
        buckets = 1 << self.bits
        self.bases = _array(view, spec["bases"], (buckets >> BLOCK_BITS) + 1, "I")
        self.offsets = _array(view, spec["offsets"], buckets + 1, "H")
        self.fingerprints = _array(view, spec["fingerprints"], self.count, "I")
        self.sets = _array(view, spec["sets"], self.count, "B")
        self.overflow = _array(view, spec["overflow"], spec["overflow_count"], "I")
        self.overflow_sets = _array(view, spec["overflow_sets"], spec["overflow_count"], "H")

    def set_at(self, index: int) -> int:
        set_id = int(self.sets[index])
        if set_id == ESCAPE:
            set_id = int(self.overflow_sets[bisect_left(self.overflow, index)])
        return set_id

    def probe(self, key: str) -> int:
        """The category set id of ``key``, or -1."""
        data = key.encode()
        h = crc32(data)
        bucket = h & self.mask
        bases, offsets = self.bases, self.offsets
        low = bases[bucket >> BLOCK_BITS] + offsets[bucket]
        high = bases[(bucket + 1) >> BLOCK_BITS] + offsets[bucket + 1]
        if low != high:
            wanted = (adler32(data) + (h >> self.bits) * MIX) & M32
            fingerprints = self.fingerprints
            for index in range(low, high):
                if fingerprints[index] == wanted:
                    return self.set_at(index)
        return -1

    def release(self) -> None:
        for view in (
            self.bases,
            self.offsets,
            self.fingerprints,
            self.sets,
            self.overflow,
            self.overflow_sets,
        ):
            view.release()


def _array(
    view: memoryview, offset: int, count: int, code: Literal["B", "H", "I"]
) -> memoryview[int]:
    size = struct.calcsize(code)
    if offset + size * count > len(view):
        raise SnapshotError("an array runs past the end of the file")
    return view[offset : offset + size * count].cast(code)


class Snapshot:
    """An open snapshot. ``match`` is the one lookup a request needs.

    snapshot = Snapshot.open(path)
    for key, mask in snapshot.match(parse_target(url)): ...
    snapshot.close()
    """

    def __init__(self, path: Path, mapped: mmap.mmap) -> None:
        self.path = path
        self._mmap = mapped
        magic, fmt, _, offset, length = HEADER.unpack_from(mapped, 0)
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
            self.host.bases,
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
        self.allow_keys = self._own_allow_keys = frozenset(self.meta["allow_keys"])
        self.policy: dict[str, Any] | None = self.meta["policy"]
        self.lists_version = int(self.meta.get("lists_version") or 0)
        self.is_overlay = self.meta.get("overlay") is not None
        # The overlay beside this snapshot (see refresh), and the category bits of this
        # snapshot's own matches that stay when one is in use (those it replaces go).
        self.overlay: Snapshot | None = None
        self.overlay_problem = ""
        self.generation = 0
        self._keep = -1
        self._overlay_stamp: tuple[int, int, int] | None = None

    @property
    def overlay_path(self) -> Path:
        """Where the overlay of this snapshot's organisation lists is looked for."""
        return overlay_path(self.path)

    @classmethod
    def open(cls, path: str | Path) -> Snapshot:
        path = Path(path)
        try:
            with path.open("rb") as handle:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as exc:
            raise SnapshotError(f"{path}: cannot open the snapshot ({exc})") from None
        if len(mapped) < HEADER.size:
            raise SnapshotError(f"{path}: truncated snapshot; rebuild it")
        if hasattr(mapped, "madvise") and hasattr(mmap, "MADV_RANDOM"):
            # Probes land anywhere: read ahead nothing, so only pages used are resident.
            mapped.madvise(mmap.MADV_RANDOM)
        try:
            snapshot = cls(path, mapped)
        except SnapshotError as exc:
            raise SnapshotError(f"{path}: damaged snapshot ({exc}); rebuild it") from None
        except (KeyError, ValueError, TypeError, struct.error) as exc:
            raise SnapshotError(f"{path}: damaged snapshot ({exc}); rebuild it") from None
        if not snapshot.is_overlay:
            snapshot.refresh()
        return snapshot

    def refresh(self) -> bool:
        """Read the overlay beside this snapshot (:func:`overlay_path`) again if its file
        changed since it was last read; True when what the snapshot matches changed (and
        ``generation`` with it: caches of its matches must then be emptied).

        The overlay holds the organisation's own lists as they are now, edited in the
        portal since this snapshot was built; it replaces those categories of this
        snapshot, and is used only while it is of a newer state of those lists
        (``lists_version``). An overlay that cannot be used leaves the last good one in
        place and says why in ``overlay_problem``.
        """
        if self.is_overlay:
            return False
        try:
            stat = os.stat(self.overlay_path)
        except OSError:
            stamp = None
        else:
            stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if stamp == self._overlay_stamp:
            return False
        self._overlay_stamp = stamp
        overlay = None
        keep = -1
        if stamp is not None:
            try:
                overlay = Snapshot.open(self.overlay_path)
                keep = self._adopt(overlay)
            except SnapshotError as exc:
                if overlay is not None:
                    overlay.close()
                self.overlay_problem = f"the overlay is not used: {exc}"
                return False
            if overlay.lists_version <= self.lists_version:  # this snapshot is newer
                overlay.close()
                overlay, keep = None, -1
        self.overlay_problem = ""
        self._use(overlay, keep)
        return True

    def _adopt(self, overlay: Snapshot) -> int:
        """Give ``overlay``'s matches this snapshot's category bits; return the bits of
        this snapshot's own matches that stay beside it."""
        about = overlay.meta.get("overlay") or {}
        mine = (self.policy or {}).get("organisation")
        if not overlay.is_overlay:
            raise SnapshotError(f"{overlay.path.name} is a snapshot, not an overlay")
        if mine and about.get("organisation") not in (None, mine):
            raise SnapshotError(f"it was written for {about.get('organisation')}, not {mine}")
        bits = [0]
        for category in overlay.categories[1:]:
            index = self.index.get(category["name"])
            if index is None or self.categories[index]["tier"] != category["tier"]:
                raise SnapshotError(
                    f"this snapshot has no {category['tier']} category {category['name']!r}: "
                    "rebuild it"
                )
            bits.append(index)
        masks = []
        for mask in overlay.masks:
            mapped = 0
            while mask:
                low = mask & -mask
                mapped |= 1 << bits[low.bit_length() - 1]
                mask ^= low
            masks.append(mapped)
        overlay.masks[:] = masks  # match_host's locals hold this very list
        overlay.queries = {
            host: [[rest, bits[category]] for rest, category in entries]
            for host, entries in overlay.queries.items()
        }
        replaced = 0
        for index in bits[1:]:
            replaced |= 1 << index
        return ~replaced

    def _use(self, overlay: Snapshot | None, keep: int) -> None:
        if self.overlay is not None:
            self.overlay.close()
        self.overlay = overlay
        self._keep = keep
        self.allow_keys = self._own_allow_keys | (overlay.allow_keys if overlay else frozenset())
        self.generation += 1

    def close(self) -> None:
        if self.overlay is not None:
            self.overlay.close()
            self.overlay = None
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
        """(matched key, category mask) for every suffix of ``host`` that is listed,
        longest first."""
        found = self._match_host(host)
        if self.overlay is None:
            return found
        return self._merged(found, self.overlay._match_host(host))

    def _merged(
        self, found: list[tuple[str, int]], extra: list[tuple[str, int]]
    ) -> list[tuple[str, int]]:
        """Own matches without the categories the overlay replaces, and the overlay's."""
        keep = self._keep
        merged: dict[str, int] = {}
        for key, mask in found:
            if mask & keep:
                merged[key] = mask & keep
        for key, mask in extra:
            merged[key] = merged.get(key, 0) | mask
        return sorted(merged.items(), key=lambda item: -len(item[0]))

    def _match_host(self, host: str) -> list[tuple[str, int]]:
        found: list[tuple[str, int]] = []
        if host[-1:].isdigit() or ":" in host:  # IP literals match exactly
            if self.host.count:
                set_id = self.host.probe(host)
                if set_id >= 0:
                    found.append((host, self.masks[set_id]))
            return found
        # The probe is inlined, with everything it reads in locals: this runs for every
        # request the helper has not seen, once a suffix.
        bases, offsets, fingerprints, sets, bits, bucket_mask, masks, fewest, most = self._names
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
            low = bases[bucket >> 10] + offsets[bucket]
            high = bases[(bucket + 1) >> 10] + offsets[bucket + 1]
            if low != high:
                wanted = (adler32(key) + (h >> bits) * MIX) & M32
                for index in range(low, high):
                    if fingerprints[index] == wanted:
                        set_id = sets[index]
                        if set_id == ESCAPE:
                            set_id = self.host.set_at(index)
                        found.append((host[start:], masks[set_id]))
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
                found.extend(self.match_paths(host, target.path, target.query))
        return found

    def match_paths(self, host: str, path: str, query: str) -> list[tuple[str, int]]:
        """URL entries under listed ``host`` matched by a canonical ``path`` and ``query``."""
        found = []
        prefix = host
        for segment in split_segments(path)[: self.url_depth]:
            prefix = f"{prefix}/{segment}"
            set_id = self.url.probe(prefix)
            if set_id >= 0:
                found.append((prefix, self.masks[set_id]))
        if query:
            request = ("" if path == "/" else path) + "?" + query
            for rest, category in self.queries.get(host, ()):
                if request.startswith(rest):
                    found.append((host + rest, 1 << category))
        if self.overlay is not None:
            keep = self._keep
            found = [(key, mask & keep) for key, mask in found if mask & keep]
            found.extend(self.overlay.match_paths(host, path, query))
        return found

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
