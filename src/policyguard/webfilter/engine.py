"""The web filter: a snapshot and a compiled policy give a verdict for each request.

    web = WebFilter(Snapshot.open("vts.pgwf"))          # the policy stored in the snapshot
    verdict = web.decide("http://facebook.com/", client_ip="10.10.1.7", user="")
    verdict.outcome, verdict.category, verdict.entry, verdict.clauses

This is the helpers' hot path, so it stays plain Python (no pydantic) and caches what
repeats: host lookups, where a client is, and the rule profile of each audience, device
and set of open schedule windows. The order of precedence, strongest first:

1. ``always_block`` (illegal content): blocked for everyone; nothing overrides it;
2. the organisation's allow-list, then its deny-list;
3. filter-bypass tools (VPNs, proxies, DNS-over-HTTPS): blocked for everyone;
4. the first rule, in pack order, that names one of the URL's categories for this
   audience, device and time: block, warn or allow;
5. otherwise allowed.

:func:`policyguard.policy.verdicts.verdict_decision` turns a verdict into the core's
``Decision`` with its findings, evidence and actions.
"""

from __future__ import annotations

import ipaddress
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from policyguard.webfilter.errors import UrlError
from policyguard.webfilter.safesearch import engine_of, safe_search_rewrite
from policyguard.webfilter.searchterms import TermMatch, default_taxonomy, extract_search_term
from policyguard.webfilter.snapshot import URL_FLAG, Snapshot
from policyguard.webfilter.urls import Target, parse_target

__all__ = ["ORG_ALLOW", "ORG_DENY", "Verdict", "WebFilter", "expression_text"]

ORG_ALLOW = "org_allow"
ORG_DENY = "org_deny"
# Entries each cache may hold before it is emptied: enough for a busy proxy's working set,
# small enough that a helper stays within its memory budget.
_CACHE_LIMIT = 16384
# Verdict reasons that _classify still checks against category expressions.
_EXPRESSION_CHECKED = frozenset({"rule", "unlisted", "uncategorised"})


@dataclass(slots=True)
class Verdict:
    """What to do with one request, and why.

    ``outcome`` is ``allow``, ``warn`` or ``block``; ``reason`` is one of
    ``always_block``, ``allow_list``, ``deny_list``, ``bypass``, ``rule``, ``expression``,
    ``unlisted`` (categorised, but no rule names the category), ``uncategorised`` or
    ``unreadable`` (a URL no browser could mean: blocked, since it may be a trick).
    ``entry`` is the list entry (or expression) that matched; ``rule`` the index of the
    deciding rule under ``web.rules`` (-1 when no rule decided).
    """

    outcome: str
    reason: str
    url: str
    host: str = ""
    category: str = ""
    entry: str = ""
    clauses: tuple[str, ...] = ()
    rule: int = -1
    categories: tuple[str, ...] = ()
    audience: str = ""
    device: str = ""
    windows: tuple[str, ...] = ()
    rewrite: str = ""
    search: tuple[str, str] | None = None
    terms: tuple[TermMatch, ...] = ()


@dataclass(slots=True)
class _Profile:
    block: int = 0
    warn: int = 0
    allow: int = 0
    rule_of: dict[int, int] = field(default_factory=dict)
    expressions: re.Pattern[str] | None = None
    # WebFilter.host_shape's verdicts by category mask, with the deciding category's bit.
    shapes: dict[int, tuple[Verdict, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Rule:
    mask: int
    action: str
    audiences: frozenset[str]
    devices: frozenset[str]
    during: frozenset[str]
    outside: frozenset[str]
    clauses: tuple[str, ...]


class WebFilter:
    """Verdicts for requests under one organisation's lists and web policy."""

    def __init__(
        self,
        snapshot: Snapshot | None,
        policy: Mapping[str, Any] | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.policy: Mapping[str, Any] = policy or (snapshot.policy if snapshot else None) or {}
        self._index_categories()
        self._load_places()
        self._load_rules()
        self._hosts: dict[str, tuple[tuple[str, int], ...]] = {}
        self._mask_names: dict[int, tuple[str, ...]] = {}
        self._decided: dict[tuple[str, str, str, tuple[str, ...]], tuple[Any, ...]] = {}
        self._where: dict[tuple[str, str], tuple[str, str]] = {}
        self._profiles: dict[tuple[str, str, tuple[str, ...]], _Profile] = {}
        self._minute = -1
        self._open: tuple[str, ...] = ()

    # -- set-up ---------------------------------------------------------------------

    def _index_categories(self) -> None:
        if self.snapshot is not None:
            self.names = [c["name"] for c in self.snapshot.categories]
            tiers = [c["tier"] for c in self.snapshot.categories]
        else:  # categories given by name (WebRequestEvent.categories): index the policy's
            named = {"(urls)", ORG_ALLOW, ORG_DENY}
            others = sorted({c for c in self._policy_categories() if c not in named})
            self.names = ["(urls)", ORG_ALLOW, ORG_DENY, *others]
            tiers = ["internal", "allow", "deny"] + ["category"] * (len(self.names) - 3)
        self.index = {name: i for i, name in enumerate(self.names)}
        self.unknown_categories = sorted(
            c for c in self._policy_categories() if c not in self.index
        )
        always = self._part("always_block")
        self.always = self._mask(always.get("categories", ())) | self._tier_mask(
            tiers, "always_block"
        )
        self.allow = self._tier_mask(tiers, "allow")
        self.deny = self._tier_mask(tiers, "deny")
        self.bypass = self._mask(self._part("bypass").get("categories", ()))
        self._expressions: dict[int, list[str]] = {}
        if self.snapshot is not None:
            self._expressions = {int(k): v for k, v in self.snapshot.meta["expressions"].items()}

    def _part(self, name: str) -> Mapping[str, Any]:
        return self.policy.get(name) or {}

    def _policy_categories(self) -> list[str]:
        names = [c for rule in self.policy.get("rules", ()) for c in rule["categories"]]
        for part in ("always_block", "bypass"):
            names.extend(self._part(part).get("categories", ()))
        return names

    def _mask(self, names: Iterable[str]) -> int:
        mask = 0
        for name in names:
            if name in self.index:
                mask |= 1 << self.index[name]
        return mask

    @staticmethod
    def _tier_mask(tiers: Sequence[str], tier: str) -> int:
        return sum(1 << i for i, t in enumerate(tiers) if t == tier)

    def _load_places(self) -> None:
        devices = self.policy.get("devices", {})
        self._networks = sorted(
            (
                (ipaddress.ip_network(n, strict=False), name)
                for name, d in devices.items()
                for n in d["networks"]
            ),
            key=lambda pair: -pair[0].prefixlen,
        )
        self._device_audience = {name: d["audience"] for name, d in devices.items()}
        self._default_device = self.policy.get("default_device", "byod")
        self._users = [
            (re.compile(u["pattern"]), u["audience"]) for u in self.policy.get("users", ())
        ]
        self._tz = ZoneInfo(self.policy.get("timezone", "Europe/London"))
        self._schedules = {
            name: [(frozenset(w["days"]), w["start"], w["end"]) for w in windows]
            for name, windows in self.policy.get("schedules", {}).items()
        }

    def _load_rules(self) -> None:
        self._rules = [
            _Rule(
                self._mask(r["categories"]),
                r["action"],
                frozenset(r.get("audiences", ())),
                frozenset(r.get("devices", ())),
                frozenset(r.get("during", ())),
                frozenset(r.get("outside", ())),
                tuple(r["clauses"]),
            )
            for r in self.policy.get("rules", ())
        ]
        self._search_part = self._part("search_terms")
        engines = self._part("safe_search").get("engines", ())
        self._safe_engines = frozenset(engines) if self._part("safe_search") else frozenset()

    # -- where and when -------------------------------------------------------------

    def locate(self, client_ip: str, user: str) -> tuple[str, str]:
        """(device class, audience) of a request from ``client_ip`` by ``user``."""
        key = (client_ip, user)
        found = self._where.get(key)
        if found is not None:
            return found
        device = self._default_device
        try:
            address = ipaddress.ip_address(client_ip) if client_ip else None
        except ValueError:
            address = None
        if address is not None:
            for network, name in self._networks:
                if address in network:
                    device = name
                    break
        audience = self._device_audience.get(device, "guest")
        if user and user != "-":
            for pattern, mapped in self._users:
                if pattern.search(user):
                    audience = mapped
                    break
        if len(self._where) > _CACHE_LIMIT:
            self._where.clear()
        self._where[key] = (device, audience)
        return device, audience

    def open_windows(self, at: float | None = None) -> tuple[str, ...]:
        """Names of the schedules open at ``at`` (epoch seconds; now when None), to the minute."""
        now = time.time() if at is None else at
        minute = int(now // 60)
        if minute != self._minute:
            local = datetime.fromtimestamp(now, self._tz)
            day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[local.weekday()]
            clock = local.strftime("%H:%M:%S")
            self._open = tuple(
                name
                for name, windows in self._schedules.items()
                if any(day in days and start <= clock < end for days, start, end in windows)
            )
            self._minute = minute
        return self._open

    def _profile(self, device: str, audience: str, windows: tuple[str, ...]) -> _Profile:
        key = (device, audience, windows)
        profile = self._profiles.get(key)
        if profile is not None:
            return profile
        profile = _Profile()
        decided = 0
        open_now = frozenset(windows)
        for number, rule in enumerate(self._rules):
            if (rule.audiences and audience not in rule.audiences) or (
                rule.devices and device not in rule.devices
            ):
                continue
            if (rule.during and not rule.during & open_now) or rule.outside & open_now:
                continue
            new = rule.mask & ~decided
            decided |= new
            setattr(profile, rule.action, getattr(profile, rule.action) | new)
            for bit in _bits(new):
                profile.rule_of[bit] = number
        profile.expressions = self._expression_pattern(
            profile.block | self.always | self.deny | self.bypass
        )
        self._profiles[key] = profile
        return profile

    def _expression_pattern(self, mask: int) -> re.Pattern[str] | None:
        parts = [f"(?:{p})" for bit in _bits(mask) for p in self._expressions.get(bit, ())]
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    # -- deciding ---------------------------------------------------------------------

    def decide(
        self, url: str, *, client_ip: str = "", user: str = "", at: float | None = None
    ) -> Verdict:
        """The verdict for ``url`` requested from ``client_ip`` by ``user`` at ``at``."""
        try:
            target = parse_target(url)
        except UrlError as exc:
            device, audience = self.locate(client_ip, user)
            clauses = tuple(self._part("bypass").get("clauses", ()))
            return Verdict(
                "block",
                "unreadable",
                url,
                entry=str(exc),
                clauses=clauses,
                audience=audience,
                device=device,
            )
        return self.decide_target(target, url, client_ip=client_ip, user=user, at=at)

    def decide_target(
        self,
        target: Target,
        url: str,
        *,
        client_ip: str = "",
        user: str = "",
        at: float | None = None,
        categories: Iterable[str] = (),
        where: tuple[str, str] | None = None,
    ) -> Verdict:
        """As :meth:`decide` for a parsed URL; ``categories`` adds categories known by name,
        ``where`` gives (device class, audience) when the caller already knows them."""
        device, audience = where or self.locate(client_ip, user)
        windows = self.open_windows(at)
        key = (target.host, device, audience, windows)
        known = None if categories else self._decided.get(key)
        if known is not None:
            verdict = Verdict(*known)
        else:
            verdict = self._fresh(target, categories, device, audience, windows, key)
        verdict.url, verdict.host = url, target.host
        verdict.audience, verdict.device, verdict.windows = audience, device, windows
        if verdict.outcome != "block" and self._safe_engines:
            verdict.rewrite = safe_search_rewrite(url, target, self._safe_engines) or ""
        search = extract_search_term(url, target)
        if search is not None:
            verdict.search = search
            verdict.terms = tuple(default_taxonomy().match(search[1]))
        return verdict

    def _fresh(
        self,
        target: Target,
        categories: Iterable[str],
        device: str,
        audience: str,
        windows: tuple[str, ...],
        key: tuple[str, str, str, tuple[str, ...]],
    ) -> Verdict:
        found = self._matches(target)
        mask = self._mask(categories) if categories else 0
        for _, entry_mask in found:
            mask |= entry_mask
        profile = self._profile(device, audience, windows)
        verdict = self._classify(mask & ~URL_FLAG, found, profile, target)
        # The same host for the same people at the same time gets the same verdict, unless
        # its path matters (URL-prefix entries, expressions) or categories came from outside.
        if not categories and profile.expressions is None and not mask & URL_FLAG:
            if len(self._decided) > _CACHE_LIMIT:
                self._decided.clear()
            self._decided[key] = (
                verdict.outcome,
                verdict.reason,
                "",
                "",
                verdict.category,
                verdict.entry,
                verdict.clauses,
                verdict.rule,
                verdict.categories,
            )
        return verdict

    def host_verdict(
        self, host: str, device: str, audience: str, windows: tuple[str, ...]
    ) -> Verdict | None:
        """The verdict for every request to canonical ``host`` from ``device``/``audience``
        while ``windows`` are open, when nothing else about the request can change it; None
        when something can (URL-prefix entries under the host, category expressions, safe
        search on it), and then only :meth:`decide_target` with the whole URL can tell.

        Equal to ``decide_target`` for any URL on ``host`` (outcome, reason, category,
        entry, clauses, rule, categories) but with ``url``, ``rewrite`` and ``search``
        empty: the helper's fast path, which caches answers itself (nothing is cached here
        per host).
        """
        shape = self.host_shape(host, device, audience, windows)
        if shape is None or shape[2] is not None:
            return None
        template, entry, _ = shape
        return replace(template, host=host, entry=entry)

    def host_shape(
        self, host: str, device: str, audience: str, windows: tuple[str, ...]
    ) -> tuple[Verdict, str, re.Pattern[str] | None] | None:
        """As :meth:`host_verdict`, as (a verdict shared by every host in the same
        categories for these people then, *not to be changed*, with ``host`` and ``entry``
        empty; the list entry that matched; the category expressions that would block a URL
        on ``host`` instead, or None). With expressions, the verdict holds for a URL whose
        ``key`` (plus ``?`` and its query, if any) they do not match; one they match needs
        :meth:`decide_target`. Cheaper than host_verdict: no verdict is built per host."""
        if self.snapshot is None:
            return None
        found = self.snapshot.match_host(host)
        mask = 0
        for _, entry_mask in found:
            mask |= entry_mask
        if mask & URL_FLAG or (self._safe_engines and engine_of(host) in self._safe_engines):
            return None
        profile = self._profile(device, audience, windows)
        if mask & self.allow:  # allow-list hits are confirmed against this host's entries
            verdict = self._classify(mask, found, profile, None)
            entry, verdict.entry = verdict.entry, ""
            verdict.audience, verdict.device, verdict.windows = audience, device, windows
        else:
            shared = profile.shapes.get(mask)
            if shared is None:
                verdict = self._classify(mask, found, profile, None)
                verdict.entry = ""
                verdict.audience, verdict.device, verdict.windows = audience, device, windows
                bit = self.index[verdict.category] if verdict.category else -1
                if len(profile.shapes) > _CACHE_LIMIT:
                    profile.shapes.clear()
                shared = profile.shapes[mask] = (verdict, bit)
            verdict, bit = shared
            # The entry _listed reports: the first matched key in the deciding category.
            entry = ""
            if bit >= 0:
                for key, entry_mask in found:
                    if entry_mask >> bit & 1:
                        entry = key
                        break
        # _classify checks expressions only for what no list or blocking rule decided.
        checked = verdict.outcome != "block" and verdict.reason in _EXPRESSION_CHECKED
        return verdict, entry, profile.expressions if checked else None

    def _matches(self, target: Target) -> tuple[tuple[str, int], ...]:
        if self.snapshot is None:
            return ()
        found = self._hosts.get(target.host)
        if found is None:
            found = tuple(self.snapshot.match_host(target.host))
            if len(self._hosts) > _CACHE_LIMIT:
                self._hosts.clear()
            self._hosts[target.host] = found
        if (
            found
            and any(mask & URL_FLAG for _, mask in found)
            and (target.path != "/" or target.query)
        ):
            return tuple(self.snapshot.match(target))
        return found

    def _classify(
        self,
        mask: int,
        found: Sequence[tuple[str, int]],
        profile: _Profile,
        target: Target | None,
    ) -> Verdict:
        if mask & self.always:
            return self._listed("block", "always_block", mask & self.always, found, "always_block")
        if mask & self.allow and self._allow_confirmed(found):
            return self._listed("allow", "allow_list", mask & self.allow, found, "allow")
        if mask & self.deny:
            return self._listed("block", "deny_list", mask & self.deny, found, "deny")
        if mask & self.bypass:
            return self._listed("block", "bypass", mask & self.bypass, found, "bypass")
        for action in ("block", "warn", "allow"):
            hit = mask & getattr(profile, action)
            if hit:
                verdict = self._listed(action, "rule", hit, found, "")
                verdict.rule = profile.rule_of[_lowest(hit)]
                verdict.clauses = self._rules[verdict.rule].clauses
                if action == "block" or profile.expressions is None:
                    return verdict
                break
        else:
            verdict = Verdict("allow", "unlisted" if mask else "uncategorised", "")
            verdict.categories = self.category_names(mask)
        return self._expression_check(verdict, profile, target)

    def _expression_check(
        self, verdict: Verdict, profile: _Profile, target: Target | None
    ) -> Verdict:
        if profile.expressions is None or target is None:
            return verdict
        text = expression_text(target)
        found = profile.expressions.search(text)
        if found is None:
            return verdict
        bit = next(
            b
            for b in _bits(profile.block | self.always | self.deny | self.bypass)
            if any(re.search(p, text, re.IGNORECASE) for p in self._expressions.get(b, ()))
        )
        blocked = Verdict(
            "block",
            "expression",
            "",
            category=self.names[bit],
            entry=found.group(0),
            categories=(*verdict.categories, self.names[bit]),
        )
        if bit in profile.rule_of:
            blocked.rule = profile.rule_of[bit]
            blocked.clauses = self._rules[blocked.rule].clauses
        else:
            part = "always_block" if (1 << bit) & self.always else "bypass"
            blocked.clauses = tuple(self._part(part).get("clauses", ()))
        return blocked

    def _listed(
        self, outcome: str, reason: str, hit: int, found: Sequence[tuple[str, int]], part: str
    ) -> Verdict:
        bit = _lowest(hit)
        entry = next((key for key, mask in found if mask >> bit & 1), "")
        clauses = tuple(self._part(part).get("clauses", ())) if part else ()
        every = hit
        for _, mask in found:
            every |= mask
        all_names = self.category_names(every)
        return Verdict(
            outcome,
            reason,
            "",
            category=self.names[bit],
            entry=entry,
            clauses=clauses,
            categories=all_names,
        )

    def _allow_confirmed(self, found: Sequence[tuple[str, int]]) -> bool:
        # Hash hits on the allow-list are checked against the exact entries: a crafted
        # name that collides with an allowed one must not get through.
        keys = self.snapshot.allow_keys if self.snapshot is not None else frozenset()
        return self.snapshot is None or any(key in keys for key, mask in found if mask & self.allow)

    def category_action(self, name: str, device: str, audience: str, windows: Sequence[str]) -> str:
        """``block``, ``warn`` or ``allow``: what happens to category ``name`` for them then."""
        bit = self.index.get(name)
        if bit is None:
            return "allow"
        mask = 1 << bit
        if mask & (self.always | self.deny | self.bypass):
            return "block"
        if mask & self.allow:
            return "allow"
        profile = self._profile(device, audience, tuple(windows))
        for action in ("block", "warn", "allow"):
            if mask & getattr(profile, action):
                return action
        return "allow"

    def category_names(self, mask: int) -> tuple[str, ...]:
        """Names of the categories in ``mask`` (cached: few distinct masks occur)."""
        names = self._mask_names.get(mask)
        if names is None:
            names = tuple(self.names[bit] for bit in _bits(mask & ~URL_FLAG))
            if len(self._mask_names) > _CACHE_LIMIT:
                self._mask_names.clear()
            self._mask_names[mask] = names
        return names


def expression_text(target: Target) -> str:
    """What category expressions are matched against: ``key``, then ``?`` and the query."""
    return target.key + ("?" + target.query if target.query else "")


def _lowest(mask: int) -> int:
    return (mask & -mask).bit_length() - 1


def _bits(mask: int) -> list[int]:
    bits = []
    while mask:
        low = mask & -mask
        bits.append(low.bit_length() - 1)
        mask ^= low
    return bits
