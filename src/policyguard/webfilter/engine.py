"""The web filter: a snapshot and a compiled policy give a verdict for each request.

    web = WebFilter(Snapshot.open("vts.pgwf"))          # the policy stored in the snapshot
    verdict = web.decide("http://facebook.com/", client_ip="10.10.1.7", user="")
    verdict.outcome, verdict.category, verdict.entry, verdict.clauses

This is the helpers' hot path, so it stays plain Python (no pydantic) and keeps what
repeats: where a client is, and the profile of each audience, device and set of open
schedule windows with the verdict of each category set (:mod:`.profiles`). The order of
precedence, strongest first:

1. ``always_block`` (illegal content): blocked for everyone; nothing overrides it;
2. the organisation's allow-list, then its deny-list;
3. filter-bypass tools (VPNs, proxies, DNS-over-HTTPS): blocked for everyone;
4. the first rule, in pack order, that names one of the URL's categories for this
   audience, device and time: block, warn or allow;
5. category expressions of a category that would be blocked, matched on the whole URL;
6. otherwise allowed.

:func:`policyguard.policy.verdicts.verdict_decision` turns a verdict into the core's
``Decision`` with its findings, evidence and actions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from policyguard.caching import BoundedDict
from policyguard.webfilter.errors import UrlError
from policyguard.webfilter.expressions import Expressions
from policyguard.webfilter.profiles import (
    CACHE_LIMIT,
    Places,
    Profile,
    Shape,
    bits,
    build_profile,
    compile_rules,
    lowest_bit,
)
from policyguard.webfilter.safesearch import engine_of, safe_search_rewrite, youtube_restriction
from policyguard.webfilter.searchterms import default_taxonomy, extract_search_term
from policyguard.webfilter.snapshot import URL_FLAG, Snapshot
from policyguard.webfilter.urls import Target, parse_target
from policyguard.webfilter.verdict import (
    ORG_ALLOW,
    ORG_DENY,
    Verdict,
    expression_text,
)

__all__ = ["ORG_ALLOW", "ORG_DENY", "Verdict", "WebFilter", "expression_text"]

Found = tuple[tuple[str, int], ...]


class WebFilter:
    """Verdicts for requests under one organisation's lists and web policy."""

    def __init__(self, snapshot: Snapshot | None, policy: Mapping[str, Any] | None = None) -> None:
        self.snapshot = snapshot
        self.policy: Mapping[str, Any] = policy or (snapshot.policy if snapshot else None) or {}
        self._index_categories()
        self.places = Places(self.policy)
        self._rules = compile_rules(self.policy, self._mask)
        self._search_part = self._part("search_terms")
        engines = self._part("safe_search").get("engines", ())
        self.safe_engines = frozenset(engines) if self._part("safe_search") else frozenset()
        # YouTube's restricted mode per audience (strict where the pack says nothing).
        self.youtube_modes: Mapping[str, str] = self._part("safe_search").get("youtube") or {}
        self._hosts = BoundedDict[str, Found](CACHE_LIMIT)
        self._generation = snapshot.generation if snapshot is not None else 0
        self._mask_names = BoundedDict[int, tuple[str, ...]](CACHE_LIMIT)
        self._profiles: dict[tuple[str, str, tuple[str, ...]], Profile] = {}

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
        self.always = self._mask(always.get("categories", ())) | _tier_mask(tiers, "always_block")
        self.allow = _tier_mask(tiers, "allow")
        self.deny = _tier_mask(tiers, "deny")
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

    # -- where and when -------------------------------------------------------------

    def locate(self, client_ip: str, user: str) -> tuple[str, str]:
        """(device class, audience) of a request from ``client_ip`` by ``user``."""
        return self.places.locate(client_ip, user)

    def open_windows(self, at: float | None = None) -> tuple[str, ...]:
        """Names of the schedules open at ``at`` (epoch seconds; now when None), to the minute."""
        return self.places.open_windows(at)

    def profile(self, device: str, audience: str, windows: tuple[str, ...]) -> Profile:
        """The rules as they stand for ``device``, ``audience`` while ``windows`` are open."""
        key = (device, audience, windows)
        profile = self._profiles.get(key)
        if profile is None:
            profile = build_profile(
                self._rules,
                device,
                audience,
                windows,
                self._expressions,
                self.always | self.deny | self.bypass,
            )
            self._profiles[key] = profile
        return profile

    # -- deciding ---------------------------------------------------------------------

    def decide(
        self, url: str, *, client_ip: str = "", user: str = "", at: float | None = None
    ) -> Verdict:
        """The verdict for ``url`` requested from ``client_ip`` by ``user`` at ``at``."""
        try:
            target = parse_target(url)
        except UrlError as exc:
            device, audience = self.locate(client_ip, user)
            return Verdict(
                "block",
                "unreadable",
                url,
                entry=str(exc),
                clauses=tuple(self._part("bypass").get("clauses", ())),
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
        found = self.matches(target)
        mask = self._mask(categories) if categories else 0
        for _, entry_mask in found:
            mask |= entry_mask
        profile = self.profile(device, audience, windows)
        verdict = self.classify(mask & ~URL_FLAG, found, profile, expression_text(target))
        rewrite = ""
        notes: tuple[tuple[str, str], ...] = ()
        if verdict.outcome != "block" and self.safe_engines:
            youtube = self.youtube_modes.get(audience, "strict")
            rewrite = safe_search_rewrite(url, target, self.safe_engines, youtube) or ""
            restrict = youtube_restriction(target, self.safe_engines, youtube)
            if restrict:
                notes = (("youtube-restrict", restrict),)
        search = extract_search_term(url, target)
        terms = tuple(default_taxonomy().match(search[1])) if search is not None else ()
        return verdict._replace(
            url=url,
            host=target.host,
            audience=audience,
            device=device,
            windows=windows,
            rewrite=rewrite,
            search=search,
            terms=terms,
            notes=notes,
        )

    def host_facts(self, host: str) -> Found:
        """(matched key, category mask) of every listed suffix of canonical ``host``."""
        if self.snapshot is None:
            return ()
        return tuple(self.snapshot.match_host(host))

    def refresh(self) -> bool:
        """Read the snapshot's overlay again if it changed (:meth:`Snapshot.refresh`);
        True when the lists changed, and with them any match kept from before."""
        if self.snapshot is None:
            return False
        changed = self.snapshot.refresh()
        if self.snapshot.generation != self._generation:
            self._generation = self.snapshot.generation
            self._hosts.clear()
            changed = True
        return changed

    def matches(self, target: Target) -> Found:
        """The list keys ``target`` matches: host suffixes, and URL prefixes under them."""
        if self.snapshot is None:
            return ()
        if self.snapshot.generation != self._generation:  # refreshed by another holder
            self._generation = self.snapshot.generation
            self._hosts.clear()
        found = self._hosts.get(target.host)
        if found is None:
            found = self._hosts.remember(target.host, self.host_facts(target.host))
        if found and (target.path != "/" or target.query):
            return found + self.path_matches(found, target.path, target.query)
        return found

    def path_matches(self, found: Found, path: str, query: str) -> Found:
        """URL-prefix entries matched by canonical ``path`` and ``query`` under the listed
        host suffixes ``found`` that have some (the others are passed over)."""
        assert self.snapshot is not None
        extra: list[tuple[str, int]] = []
        for host, mask in found:
            if mask & URL_FLAG:
                extra.extend(self.snapshot.match_paths(host, path, query))
        return tuple(extra)

    def is_safe_search_host(self, host: str) -> bool:
        return bool(self.safe_engines) and engine_of(host) in self.safe_engines

    def classify(self, mask: int, found: Found, profile: Profile, text: str | None) -> Verdict:
        """The verdict (without request fields other than ``entry``) for a request in
        the categories of ``mask`` whose list matches are ``found``, for ``profile``;
        ``text`` is its :func:`expression_text` (None: expressions are not matched)."""
        if mask & self.allow:  # allow-list hits are confirmed against the exact entries
            shape = self._shape(mask, profile, self._allow_confirmed(found))
        else:
            shape = self._kept_shape(mask, profile)
        verdict, bit, expressions = shape
        if expressions is not None and text is not None:
            matched = expressions.search(text)
            if matched is not None:
                return self.expression_verdict(verdict, profile, expressions, text, matched[0])
        entry = first_entry(found, bit)
        return verdict._replace(entry=entry) if entry else verdict

    def shape(self, mask: int, profile: Profile) -> Shape | None:
        """The profile's :class:`Shape` for category set ``mask``, or None when the list
        entries themselves must be looked at (allow-list hits)."""
        if mask & self.allow:
            return None
        return self._kept_shape(mask, profile)

    def _kept_shape(self, mask: int, profile: Profile) -> Shape:
        shape = profile.shapes.get(mask)
        if shape is None:
            shape = profile.shapes.remember(mask, self._shape(mask, profile, False))
        return shape

    def _shape(self, mask: int, profile: Profile, allowed: bool) -> Shape:
        names = self.category_names(mask)
        if mask & self.always:
            return self._listed("block", "always_block", mask & self.always, names, "always_block")
        if allowed:
            return self._listed("allow", "allow_list", mask & self.allow, names, "allow")
        if mask & self.deny:
            return self._listed("block", "deny_list", mask & self.deny, names, "deny")
        if mask & self.bypass:
            return self._listed("block", "bypass", mask & self.bypass, names, "bypass")
        for action in ("block", "warn", "allow"):
            hit = mask & profile.action_mask(action)
            if hit:
                bit = lowest_bit(hit)
                number = profile.rule_of[bit]
                verdict = Verdict(
                    action,
                    "rule",
                    category=self.names[bit],
                    clauses=self._rules[number].clauses,
                    rule=number,
                    categories=names,
                )
                if action == "block":
                    return Shape(verdict, bit, None)
                return Shape(verdict, bit, profile.expressions)
        reason = "unlisted" if mask else "uncategorised"
        return Shape(Verdict("allow", reason, categories=names), -1, profile.expressions)

    def _listed(
        self, outcome: str, reason: str, hit: int, names: tuple[str, ...], part: str
    ) -> Shape:
        bit = lowest_bit(hit)
        clauses = tuple(self._part(part).get("clauses", ()))
        verdict = Verdict(
            outcome, reason, category=self.names[bit], clauses=clauses, categories=names
        )
        return Shape(verdict, bit, None)

    def expression_verdict(
        self,
        verdict: Verdict,
        profile: Profile,
        expressions: Expressions,
        text: str,
        matched: str,
    ) -> Verdict:
        """The block for ``text``, on which ``expressions`` (the category expressions of
        ``verdict``'s shape) found ``matched``: the category is the lowest whose own
        expressions match, with the rule or list that blocks it."""
        bit = expressions.category_of(text)
        name = self.names[bit]
        if bit in profile.rule_of and (1 << bit) & profile.block:
            rule = profile.rule_of[bit]
            clauses = self._rules[rule].clauses
        else:
            rule = -1
            part = "always_block" if (1 << bit) & self.always else "bypass"
            if (1 << bit) & self.deny:
                part = "deny"
            clauses = tuple(self._part(part).get("clauses", ()))
        categories = verdict.categories
        if name not in categories:
            categories = (*categories, name)
        return Verdict(
            "block",
            "expression",
            category=name,
            entry=matched,
            clauses=clauses,
            rule=rule,
            categories=categories,
        )

    def _allow_confirmed(self, found: Sequence[tuple[str, int]]) -> bool:
        # Hash hits on the allow-list are checked against the exact entries: a crafted
        # name that collides with an allowed one must not get through.
        if self.snapshot is None:
            return True
        keys = self.snapshot.allow_keys
        return any(key in keys for key, mask in found if mask & self.allow)

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
        profile = self.profile(device, audience, tuple(windows))
        for action in ("block", "warn", "allow"):
            if mask & profile.action_mask(action):
                return action
        return "allow"

    def category_names(self, mask: int) -> tuple[str, ...]:
        """Names of the categories in ``mask`` (cached: few distinct masks occur)."""
        names = self._mask_names.get(mask)
        if names is None:
            names = self._mask_names.remember(
                mask, tuple(self.names[bit] for bit in bits(mask & ~URL_FLAG))
            )
        return names


def first_entry(found: Found, bit: int) -> str:
    """The first matched key in category ``bit`` (the entry a verdict reports)."""
    if bit >= 0:
        for key, mask in found:
            if mask >> bit & 1:
                return key
    return ""


def _tier_mask(tiers: Sequence[str], tier: str) -> int:
    return sum(1 << i for i, t in enumerate(tiers) if t == tier)
