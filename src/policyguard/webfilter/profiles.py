"""Who asks and when, and what the policy's rules then do with each category.

:class:`Places` answers "which device class and audience is this request from" (the
client's address against ``web.devices``, the user name against ``web.users``) and
"which schedule windows are open now". :class:`Profile` is the policy for one device
class, audience and set of open windows: for each category, block, warn or allow and the
rule that says so; the category expressions that can still block; and, kept as they are
asked for, the verdict of each category set (:class:`Shape`). A busy proxy sees a handful
of profiles, so everything that depends only on them is worked out once.
"""

from __future__ import annotations

import re
import time
from _socket import AF_INET, inet_pton  # the C module under socket: no enums to build
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from policyguard.caching import BoundedDict
from policyguard.webfilter.expressions import Expressions
from policyguard.webfilter.verdict import Verdict

__all__ = ["Places", "Profile", "Rule", "Shape", "bits", "lowest_bit"]

# Entries a cache may hold before it is emptied: a busy proxy's working set, within the
# helper's memory budget.
CACHE_LIMIT = 16384
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Rule(NamedTuple):
    """One rule of ``web.rules``, compiled: its categories as a mask."""

    mask: int
    action: str
    audiences: frozenset[str]
    devices: frozenset[str]
    during: frozenset[str]
    outside: frozenset[str]
    clauses: tuple[str, ...]

    def applies(self, device: str, audience: str, open_now: frozenset[str]) -> bool:
        if (self.audiences and audience not in self.audiences) or (
            self.devices and device not in self.devices
        ):
            return False
        return not ((self.during and not self.during & open_now) or self.outside & open_now)


class Shape(NamedTuple):
    """The verdict for every request in one category set, for one profile.

    ``verdict`` has no request fields (url, host, entry are empty); ``bit`` is the
    deciding category's index (-1 when none), whose first matched list key is the entry;
    ``expressions`` are the category expressions that would block a URL instead (None
    when nothing can change the verdict).
    """

    verdict: Verdict
    bit: int
    expressions: Expressions | None


class Profile:
    """The rules as they stand for one device class, audience and set of open windows."""

    __slots__ = ("allow", "audience", "block", "device", "expressions", "rule_of", "shapes", "warn")

    def __init__(self, device: str, audience: str) -> None:
        self.device, self.audience = device, audience
        self.block = self.warn = self.allow = 0
        self.rule_of: dict[int, int] = {}
        self.expressions: Expressions | None = None
        self.shapes = BoundedDict[int, Shape](CACHE_LIMIT)

    def action_mask(self, action: str) -> int:
        return {"block": self.block, "warn": self.warn, "allow": self.allow}[action]

    def add(self, action: str, mask: int) -> None:
        if action == "block":
            self.block |= mask
        elif action == "warn":
            self.warn |= mask
        else:
            self.allow |= mask


def build_profile(
    rules: Sequence[Rule],
    device: str,
    audience: str,
    windows: tuple[str, ...],
    expressions: Mapping[int, Sequence[str]],
    blocked_everywhere: int,
) -> Profile:
    """The profile of ``rules`` for them then: the first rule naming a category decides it."""
    profile = Profile(device, audience)
    decided = 0
    open_now = frozenset(windows)
    for number, rule in enumerate(rules):
        if not rule.applies(device, audience, open_now):
            continue
        new = rule.mask & ~decided
        decided |= new
        profile.add(rule.action, new)
        for bit in bits(new):
            profile.rule_of[bit] = number
    blocking = profile.block | blocked_everywhere
    chosen = Expressions((bit, expressions.get(bit, ())) for bit in bits(blocking))
    profile.expressions = chosen if chosen else None
    return profile


class Places:
    """Device classes by address, audiences by user name, and schedule windows by time."""

    def __init__(self, policy: Mapping[str, Any]) -> None:
        devices: Mapping[str, Any] = policy.get("devices", {})
        # (prefix length, network as an integer or an ipaddress network, device), longest
        # first; IPv4 ranges also by prefix length, one dictionary probe a length.
        networks = sorted(
            ((*_network(n), name) for name, d in devices.items() for n in d["networks"]),
            key=lambda item: -item[0],
        )
        self._networks = [(network, name) for _, network, name in networks]
        by_length: dict[int, dict[int, str]] = {}
        for length, network, name in networks:
            if isinstance(network, int):
                by_length.setdefault(length, {}).setdefault(network >> (32 - length), name)
        self._v4 = sorted(by_length.items(), reverse=True)
        self._device_audience = {name: d["audience"] for name, d in devices.items()}
        self.default_device: str = policy.get("default_device", "byod")
        self._users = [(re.compile(u["pattern"]), u["audience"]) for u in policy.get("users", ())]
        self._timezone: str = policy.get("timezone", "Europe/London")
        self._tz: Any = None
        self._schedules = {
            name: [(frozenset(w["days"]), w["start"], w["end"]) for w in windows]
            for name, windows in policy.get("schedules", {}).items()
        }
        self._user_audiences = BoundedDict[str, str | None](CACHE_LIMIT)
        self._minute = -1
        self._open: tuple[str, ...] = ()

    def locate(self, client_ip: str, user: str) -> tuple[str, str]:
        """(device class, audience) of a request from ``client_ip`` by ``user``: the
        device by the longest network that holds the address (``default_device`` when
        none does); the audience by the first ``users`` pattern the user name matches,
        else the device's own."""
        try:  # device_of, inlined: this runs for every request the helper answers
            value = int.from_bytes(inet_pton(AF_INET, client_ip), "big")
        except (OSError, ValueError, TypeError):
            device = self._other_device(client_ip)
        else:
            for length, table in self._v4:
                found = table.get(value >> (32 - length))
                if found is not None:
                    device = found
                    break
            else:
                device = self.default_device
        if user and user != "-":
            audience = self._user_audiences.get(user, "")
            if audience == "":
                audience = self._user_audience(user)
            if audience is not None:
                return device, audience
        return device, self._device_audience.get(device, "guest")

    def device_of(self, client_ip: str) -> str:
        """The device class of ``client_ip``: the longest network that holds it."""
        try:
            # Dotted IPv4 as ipaddress reads it (no leading zeros), in one C call: the
            # helper asks this for every line, so the ipaddress module is kept for IPv6.
            value = int.from_bytes(inet_pton(AF_INET, client_ip), "big")
        except (OSError, ValueError, TypeError):
            return self._other_device(client_ip)
        for length, table in self._v4:
            name = table.get(value >> (32 - length))
            if name is not None:
                return name
        return self.default_device

    def _other_device(self, client_ip: str) -> str:
        import ipaddress  # IPv6 clients only: a helper starts without it

        try:
            address = ipaddress.ip_address(client_ip) if client_ip else None
        except ValueError:
            address = None
        if address is not None:
            for network, name in self._networks:
                if not isinstance(network, int) and address in network:
                    return name
        return self.default_device

    def _user_audience(self, user: str) -> str | None:
        found = None
        for pattern, mapped in self._users:
            if pattern.search(user):
                found = mapped
                break
        return self._user_audiences.remember(user, found)

    def open_windows(self, at: float | None = None) -> tuple[str, ...]:
        """Names of the schedules open at ``at`` (epoch seconds; now when None), to the minute."""
        if not self._schedules:
            return ()
        now = time.time() if at is None else at
        minute = int(now // 60)
        if minute != self._minute:
            if self._tz is None:
                from zoneinfo import ZoneInfo  # only with schedules: a helper may start without

                self._tz = ZoneInfo(self._timezone)
            local = datetime.fromtimestamp(now, self._tz)
            day = _DAYS[local.weekday()]
            clock = local.strftime("%H:%M:%S")
            self._open = tuple(
                name
                for name, windows in self._schedules.items()
                if any(day in days and start <= clock < end for days, start, end in windows)
            )
            self._minute = minute
        return self._open


def _network(text: str) -> tuple[int, Any]:
    """(prefix length, network) of a CIDR range: IPv4 as the integer of its first address
    (host bits cleared, as ``ip_network(strict=False)`` does), IPv6 as an ipaddress network."""
    address, _, length = text.strip().partition("/")
    if ":" not in address:
        try:
            value = int.from_bytes(inet_pton(AF_INET, address), "big")
            bits = int(length) if length else 32
            if 0 <= bits <= 32:
                return bits, value >> (32 - bits) << (32 - bits) if bits else 0
        except (OSError, ValueError):
            pass
    import ipaddress

    network = ipaddress.ip_network(text, strict=False)
    if network.version == 4:
        return network.prefixlen, int(network.network_address)
    return network.prefixlen, network


def compile_rules(policy: Mapping[str, Any], mask_of: Any) -> list[Rule]:
    """``web.rules`` of a compiled policy, with ``mask_of(names)`` giving category masks."""
    return [
        Rule(
            mask_of(r["categories"]),
            r["action"],
            frozenset(r.get("audiences", ())),
            frozenset(r.get("devices", ())),
            frozenset(r.get("during", ())),
            frozenset(r.get("outside", ())),
            tuple(r["clauses"]),
        )
        for r in policy.get("rules", ())
    ]


def lowest_bit(mask: int) -> int:
    return (mask & -mask).bit_length() - 1


def bits(mask: int) -> list[int]:
    """The indexes of the set bits of ``mask``, lowest first."""
    found = []
    while mask:
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    return found
