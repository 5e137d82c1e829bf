"""``policyguard squid-helper``: a Squid ``url_rewrite_program`` speaking the concurrent protocol.

Why url_rewrite and not external_acl: one helper call can block (a 302 to the portal's
block page carrying category, entry and clause), rewrite (safe search, on plain HTTP and
on HTTPS tunnels), or pass, and it sees every request including CONNECT. external_acl can
only allow or deny and caches answers by key, which would hide schedule changes (lunch
starts) until its TTL ran out. Squid configuration::

    url_rewrite_program /opt/policyguard/bin/policyguard squid-helper --snapshot /srv/org.pgwf
    url_rewrite_children 4 startup=1 idle=1 concurrency=64
    url_rewrite_extras "%>a/%>A %un %>rm"
    url_rewrite_bypass off          # no helper answer means no access, not open access

Input lines are ``[channel-ID] URL client-ip/client-fqdn user method [...]`` (the
channel-ID is there when ``concurrency`` > 0); each answer carries the same channel-ID:

- ``ID OK status=302 url=<block page>`` blocked (also for CONNECT: the browser shows an
  error, as no proxy can show a page inside a tunnel it does not decrypt);
- ``ID OK rewrite-url=<url>`` safe search (``host:443`` for a tunnel);
- ``ID ERR`` no change: allowed, or warned (warnings are logged, not shown).

Block page parameters (all percent-encoded; the portal renders the page):

==========  ===========================================================================
``url``     the request as Squid gave it (cut to 1,000 characters)
``outcome`` ``block``
``reason``  always_block, deny_list, bypass, rule, expression or unreadable
``category`` the category that decided (empty for unreadable URLs)
``entry``   the list entry or expression that matched
``clauses`` clause IDs, comma-separated (e.g. ``VTS-10``)
``rule``    index of the deciding rule under ``web.rules`` (empty when none)
``org``     organisation slug; ``audience`` and ``device`` as resolved; ``at`` UTC time
==========  ===========================================================================

Decisions other than plain allows, and every search, are written as JSON lines with the
DfE monitoring fields to ``--log`` (see :mod:`policyguard.webfilter.records`).
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable
from datetime import datetime
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from policyguard.caching import BoundedDict
from policyguard.webfilter.engine import Found, WebFilter
from policyguard.webfilter.errors import UrlError, WebFilterError
from policyguard.webfilter.expressions import Expressions
from policyguard.webfilter.profiles import Profile
from policyguard.webfilter.records import DecisionLog, record_head, record_tail
from policyguard.webfilter.searchterms import SEARCH_HINT as _SEARCH_HINT
from policyguard.webfilter.searchterms import search_paths
from policyguard.webfilter.snapshot import URL_FLAG, Snapshot
from policyguard.webfilter.urls import normalise_host
from policyguard.webfilter.verdict import Verdict

if TYPE_CHECKING:
    import argparse

__all__ = ["Helper", "block_page_url", "squid_helper_main"]

_URL_LIMIT = 1000
# Hosts the fast path keeps (with their list matches) in each of its two generations: a
# busy proxy's working set of hosts, within the helper's memory budget.
_KNOWN_LIMIT = 24576
# How often (at most) the helper looks for a changed overlay of the organisation's lists.
_REFRESH_SECONDS = 1.0

# The usual request line, read in one step: ``http(s)://`` + authority, then "/", "?", "#"
# or the end; or a CONNECT ``host:port``. The host is lower-case ASCII letters, digits,
# "-", "_" and "." only: anything else (capitals, "%", "@", "[", "\\", non-ASCII, other schemes)
# goes to the full parser. Group 1 or 2 is the authority as written: the fast path's key.
_PLAIN = re.compile(
    r"https?://([a-z0-9_.-]+(?::[0-9]{1,5})?)(?=[/?#]|\Z)|([a-z0-9_.-]+:[0-9]{1,5})\Z"
)
# A name normalise_host returns as it is when it is at most 63 characters and does not
# start with "www": lower-case labels, the last one starting with a letter (so not an IPv4
# number), no trailing dot.
_CANONICAL = re.compile(r"(?:[a-z0-9_-]+\.)*[a-z][a-z0-9_-]*")


# Kept as they are in a query value: letters, digits, "-._~" and "/:" (RFC 3986 allows
# both in a query). Everything else, "&", "=", "?", "#", "%" and "+" included, is escaped.
_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~/:]")


_ESCAPED: dict[str, str] = {}


def _escape(found: re.Match[str]) -> str:
    character = found.group(0)
    escaped = _ESCAPED.get(character)
    if escaped is None:
        escaped = "".join(f"%{byte:02X}" for byte in character.encode("utf-8", "surrogatepass"))
        if len(_ESCAPED) < 1024:
            _ESCAPED[character] = escaped
    return escaped


# Characters to escape other than the four most URLs have ("%", "?", "=" and "&").
_UNCOMMON = re.compile(r"[^A-Za-z0-9\-._~/:%?=&]")


def _quote(value: str) -> str:
    # Most URLs have only "?", "=", "&" (and "%") to escape: four replacements beat a
    # substitution calling back for each of them, which beats urllib's quote walking
    # every character.
    if _UNCOMMON.search(value) is None:
        return value.replace("%", "%25").replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    return _UNSAFE.sub(_escape, value)


def block_page_url(base: str, verdict: Verdict, *, organisation: str, at: float) -> str:
    """The portal block-page URL for a blocked ``verdict`` (parameters in the module docstring)."""
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))
    prefix = _block_page_prefix(base, verdict, organisation)
    return (
        f"{prefix}&entry={_quote(verdict.entry)}&url={_quote(verdict.url[:_URL_LIMIT])}&at={stamp}"
    )


def _block_page_prefix(base: str, verdict: Verdict, organisation: str) -> str:
    fields = (
        ("outcome", verdict.outcome),
        ("reason", verdict.reason),
        ("category", verdict.category),
        ("clauses", ",".join(verdict.clauses)),
        ("rule", "" if verdict.rule < 0 else str(verdict.rule)),
        ("org", organisation),
        ("audience", verdict.audience),
        ("device", verdict.device),
    )
    query = "&".join(f"{name}={_quote(value)}" for name, value in fields)
    return f"{base}{'&' if '?' in base else '?'}{query}"


class _Host(NamedTuple):
    """What the fast path keeps of a host as written: its canonical name, list matches,
    and the paths on it that may be searches (only when searches are logged)."""

    host: str
    found: Found
    mask: int
    searches: tuple[re.Pattern[str], ...]


class _Answer(NamedTuple):
    """The fast path's answer for one category set and one device class and audience."""

    verdict: Verdict  # without request fields
    bit: int  # the deciding category (its first matched key is the entry), or -1
    expressions: Expressions | None  # what would block a URL instead
    page: str  # the block page URL up to its entry (empty: not blocked)
    logged: bool  # a record is written for it (when there is a log)
    tail: tuple[str, str]  # its record after the url field, before and after the entry


class _Unreadable(NamedTuple):
    """A host no browser could mean: every URL on it is blocked with this reason."""

    message: str  # what is wrong with it, as the URL parser says


_FULL = _Host("", (), 0, ())  # only the full path answers for this host
_UNANSWERED = _Answer(Verdict("", ""), -1, None, "", False, ("", ""))  # not yet worked out


class _Who:
    """A device class and audience in the current minute: their profile and answers."""

    __slots__ = ("answers", "audience", "device", "profile")

    def __init__(self, profile: Profile, device: str, audience: str) -> None:
        self.profile, self.device, self.audience = profile, device, audience
        self.answers: dict[int, _Answer | None] = {}


class Helper:
    """Answers url_rewrite lines. ``answer`` is the whole protocol; ``serve`` the I/O loop."""

    def __init__(
        self,
        web: WebFilter,
        *,
        log: DecisionLog | None = None,
        clock: Callable[[], float] = time.time,
        fast: bool = True,
    ) -> None:
        """``fast=False`` sends every line through :meth:`WebFilter.decide` (the reference
        the fast path is tested against)."""
        self.web = web
        self.log = log
        self.clock = clock
        policy = web.policy
        self.block_page = policy.get("block_page", "http://policyguard.invalid/blocked")
        self.organisation = policy.get("organisation", "")
        self.log_all = bool((policy.get("logging") or {}).get("log_all"))
        self._unreadable_clauses = tuple((policy.get("bypass") or {}).get("clauses", ()))
        self._prefixes = BoundedDict[tuple[object, ...], str](65536)
        self._second, self._stamp = -1, ""
        # Every line goes through WebFilter.decide when each needs its own log record.
        self._fast = fast and web.snapshot is not None and not (log is not None and self.log_all)
        # Two generations: a host is looked for in the young one, then the old one (and
        # moved to the young one); when the young one is full it becomes the old one. So
        # hosts in use stay, and memory stays within two generations.
        self._hosts: dict[str, _Host | _Unreadable | str] = {}
        self._older: dict[str, _Host | _Unreadable | str] = {}
        self._who: dict[tuple[str, str], _Who] = {}
        self._locate = web.places.locate
        snapshot = web.snapshot
        self._match_host = snapshot.match_host if snapshot is not None else lambda host: []
        self._minute = -1.0
        self._windows: tuple[str, ...] = ()
        self.fast_answers = 0  # lines the fast path answered (for tests and benchmarks)

    def answer(self, line: str) -> str:
        """The reply line (with newline) for one request line."""
        # Only the first fields are read: the channel-ID, URL, client and user.
        parts = line.split(None, 4)
        if not parts:
            return "ERR\n"
        url = parts[0]
        channel = ""
        if url.isdigit():
            channel = url + " "
            del parts[0]
            if not parts:
                return f"{channel}ERR\n"
            url = parts[0]
        count = len(parts)
        client, _, fqdn = parts[1].partition("/") if count > 1 else ("", "", "")
        user = parts[2] if count > 2 else ""
        now = self.clock()
        if self._fast:
            plain = _PLAIN.match(url)
            if plain is not None:
                reply = self._fast_answer(url, plain, client, fqdn, user, now)
                if reply is not None:
                    self.fast_answers += 1
                    return channel + reply
        verdict = self.web.decide(url, client_ip=client, user=user, at=now)
        return channel + self._reply(verdict, client, fqdn, user, now)

    def _reply(self, verdict: Verdict, client: str, fqdn: str, user: str, now: float) -> str:
        """The reply for ``verdict`` (without channel-ID), its record written when due."""
        if self.log is not None and (verdict.outcome != "allow" or verdict.search or self.log_all):
            self.log.write(verdict, at=now, client_ip=client, device_id=fqdn, user=user)
        if verdict.outcome == "block":
            return f"OK status=302 url={self._block_page(verdict, now)}\n"
        notes = "".join(f" {name}={value}" for name, value in verdict.notes)
        if verdict.rewrite:
            return f"OK rewrite-url={verdict.rewrite}{notes}\n"
        if notes:
            return f"OK{notes}\n"
        return "ERR\n"

    # -- the fast path ------------------------------------------------------------------
    # A plain URL's answer depends on its host's list matches, on who asks and on the open
    # schedule windows, and on its path only through URL-prefix entries under the host,
    # category expressions and, on search sites, searches: the matches are kept per host
    # as written, and the answer per category set for each device class and audience, so
    # a repeated host costs two dictionary look-ups and a new one a host look-up without
    # the general URL parser. Paths are read here only when they need none of the
    # parser's rules; unusual spellings (see _PLAIN and _plain_rest), safe-search hosts,
    # URLs that may be searches (when searches are logged) and allow-list hits take the
    # full path. Returns None for the full path.

    def _fast_answer(
        self, url: str, plain: re.Match[str], client: str, fqdn: str, user: str, now: float
    ) -> str | None:
        if now // 60 != self._minute:
            self._new_minute(now)
        where = self._locate(client, user)
        who = self._who.get(where)
        if who is None:
            who = self._who[where] = _Who(self.web.profile(*where, self._windows), *where)
        authority = plain[1] or plain[2]
        known = self._hosts.get(authority) or self._learn(authority)
        found: Found
        searches: tuple[re.Pattern[str], ...]
        if type(known) is str:  # an unlisted host that is no search site: its name
            host, found, mask, searches = known, (), 0, ()
        elif type(known) is _Host:
            if known is _FULL:
                return None
            host, found, mask, searches = known
        else:
            assert isinstance(known, _Unreadable)
            return self._unreadable(known, who, url, client, fqdn, user, now)
        rest = url[plain.end() :]
        path = query = ""
        if rest and rest != "/":
            parsed = _plain_rest(rest)
            if parsed is None:
                return None
            path, query = parsed
            if searches:
                for pattern in searches:
                    if pattern.fullmatch(path):
                        return None  # a search: the full path reads and logs its term
            if mask & URL_FLAG:
                extra = self.web.path_matches(found, path, query)
                if extra:
                    found = found + extra
                    for _, entry_mask in extra:
                        mask |= entry_mask
        mask &= ~URL_FLAG
        answer = who.answers.get(mask, _UNANSWERED)
        if answer is _UNANSWERED:
            answer = self._answer_for(who, mask)
        if answer is None:
            return None
        expressions = answer.expressions
        if expressions is not None:
            text = host if not path or path == "/" else host + path
            if query:
                text = f"{text}?{query}"
            matched = expressions.search_canonical(text)
            if matched is not None:  # blocked: the verdict says by which expression
                verdict = self.web.expression_verdict(
                    answer.verdict, who.profile, expressions, text, matched[0]
                )
                return self._request_reply(verdict, who, url, host, client, fqdn, user, now)
        if answer.page or (answer.logged and self.log is not None):
            return self._listed(answer, who, found, url, client, fqdn, user, now)
        return "ERR\n"

    def _listed(
        self,
        answer: _Answer,
        who: _Who,
        found: Found,
        url: str,
        client: str,
        fqdn: str,
        user: str,
        now: float,
    ) -> str:
        """The fast path's reply for an answer that blocks or is logged: its entry is the
        first match in the deciding category."""
        entry = ""
        bit = answer.bit
        if bit >= 0:
            for key, entry_mask in found:
                if entry_mask >> bit & 1:
                    entry = key
                    break
        stamp = self._stamp if int(now) == self._second else self._stamp_of(now)
        if answer.logged and self.log is not None:
            head = record_head(stamp, who.device, fqdn, client, user, who.audience, url)
            before, after = answer.tail
            self.log.write_text(f"{head}{before}{encode_basestring(entry)}{after}")
        if answer.page:
            return (
                f"OK status=302 url={answer.page}&entry={_quote(entry)}"
                f"&url={_quote(url[:_URL_LIMIT])}&at={stamp}\n"
            )
        return "ERR\n"

    def _unreadable(
        self,
        known: _Unreadable,
        who: _Who,
        url: str,
        client: str,
        fqdn: str,
        user: str,
        now: float,
    ) -> str:
        verdict = Verdict(
            "block",
            "unreadable",
            url,
            entry=known.message,
            clauses=self._unreadable_clauses,
            audience=who.audience,
            device=who.device,
        )
        return self._reply(verdict, client, fqdn, user, now)

    def _request_reply(
        self,
        verdict: Verdict,
        who: _Who,
        url: str,
        host: str,
        client: str,
        fqdn: str,
        user: str,
        now: float,
    ) -> str:
        """:meth:`_reply` for a ``verdict`` without the request's fields, as the full path
        would have given it."""
        verdict = verdict._replace(
            url=url, host=host, audience=who.audience, device=who.device, windows=self._windows
        )
        return self._reply(verdict, client, fqdn, user, now)

    def _new_minute(self, now: float) -> None:
        self._minute = now // 60
        windows = self.web.open_windows(now)
        if windows != self._windows:
            self._windows = windows
            self._who.clear()

    def _learn(self, authority: str) -> _Host | _Unreadable | str:
        """What the fast path keeps of ``authority``, now in the young generation: its
        canonical name when it is unlisted and no search site, else a :class:`_Host`
        (:data:`_FULL` when only the full path can answer for it)."""
        known = self._older.get(authority)
        if known is None:
            name, colon, port = authority.partition(":")
            if not colon:
                known = self._host_of(name)
            elif int(port) > 65535:
                known = _FULL  # the full parser says why the URL is unreadable
            else:  # "host:443" has the matches of "host", which may be known already
                known = self._hosts.get(name) or self._older.get(name) or self._host_of(name)
        if len(self._hosts) >= _KNOWN_LIMIT:
            self._older, self._hosts = self._hosts, {}
        self._hosts[authority] = known
        return known

    def _host_of(self, name: str) -> _Host | _Unreadable | str:
        if len(name) <= 63 and not name.startswith("www") and _CANONICAL.fullmatch(name):
            host = name  # what normalise_host gives for it, checked more cheaply
        else:
            try:
                host = normalise_host(name)
            except UrlError as exc:
                return _Unreadable(str(exc))
        searches: tuple[re.Pattern[str], ...] = ()
        if _SEARCH_HINT.search(host):  # every safe-search host is a search site too
            if self.web.is_safe_search_host(host):
                return _FULL  # rewritten: the full path knows how
            if self.log is not None:
                searches = search_paths(host)
        found = self._match_host(host)
        if not found:
            return _Host(host, (), 0, searches) if searches else host
        mask = 0
        for _, entry_mask in found:
            mask |= entry_mask
        return _Host(host, tuple(found), mask, searches)

    def _answer_for(self, who: _Who, mask: int) -> _Answer | None:
        shape = self.web.shape(mask, who.profile)
        answer = None
        if shape is not None:
            verdict = shape.verdict._replace(audience=who.audience, device=who.device)
            page = ""
            if verdict.outcome == "block":
                page = self._prefix(verdict)
            logged = verdict.outcome != "allow"
            tail = record_tail(verdict)
            answer = _Answer(verdict, shape.bit, shape.expressions, page, logged, tail)
        who.answers[mask] = answer
        return answer

    def _prefix(self, verdict: Verdict) -> str:
        # The part that depends on the category, rule and person repeats: build it once.
        key = (
            verdict.reason,
            verdict.category,
            verdict.clauses,
            verdict.rule,
            verdict.audience,
            verdict.device,
        )
        prefix = self._prefixes.get(key)
        if prefix is None:
            prefix = self._prefixes.remember(
                key, _block_page_prefix(self.block_page, verdict, self.organisation)
            )
        return prefix

    def _stamp_of(self, now: float) -> str:
        second = int(now)
        if second != self._second:
            self._second = second
            self._stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))
        return self._stamp

    def _block_page(self, verdict: Verdict, now: float) -> str:
        prefix, stamp = self._prefix(verdict), self._stamp_of(now)
        entry, url = _quote(verdict.entry), _quote(verdict.url[:_URL_LIMIT])
        return f"{prefix}&entry={entry}&url={url}&at={stamp}"

    def refresh(self) -> bool:
        """Take up a changed overlay of the organisation's lists (:meth:`WebFilter.refresh`),
        forgetting every host matched before; True when the lists changed."""
        if not self.web.refresh():
            return False
        self._hosts.clear()
        self._older.clear()
        return True

    def serve(self, stdin: BinaryIO, stdout: BinaryIO) -> int:
        """Answer lines until end of input. Replies to everything read so far are written
        together, so a busy proxy gets batched writes and an idle one gets answers at once.
        Before a batch, at most once a second, the overlay of the organisation's lists is
        looked at, so a change made in the portal is answered within a second of it."""
        input_fd, output_fd = stdin.fileno(), stdout.fileno()
        answer = self.answer
        pending = b""
        checked = time.monotonic()
        while True:
            chunk = os.read(input_fd, 1 << 16)
            if not chunk:
                break
            if time.monotonic() - checked >= _REFRESH_SECONDS:
                checked = time.monotonic()
                self.refresh()
            end = chunk.rfind(b"\n")
            if end < 0:
                pending += chunk
                continue
            # One decode for all complete lines: a newline is never part of a UTF-8
            # sequence, so this reads each line exactly as decoding it alone would.
            text = (pending + chunk[:end] if pending else chunk[:end]).decode("utf-8", "replace")
            pending = chunk[end + 1 :]
            _write_all(output_fd, "".join(map(answer, text.split("\n"))).encode())
            if self.log is not None:
                self.log.flush()
        if pending.strip():
            _write_all(output_fd, self.answer(pending.decode("utf-8", "replace")).encode())
        return 0


def _plain_rest(rest: str) -> tuple[str, str] | None:
    """The canonical path and query of what follows a plain URL's authority, when reading
    them needs none of the URL parser's rules (no percent-encoding, backslash, fragment,
    empty or dot segment, or non-ASCII); None otherwise. Equal to parse_target's."""
    if "%" in rest or "\\" in rest or "#" in rest or not rest.isascii():
        return None
    path, _, query = rest.partition("?")
    if "//" in path or "/." in path:
        return None
    if len(path) <= 1:
        return "/", query.lower()
    if path[-1] == "/":
        path = path[:-1]
    return path.lower(), query.lower()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


_OPTIONS = ("--snapshot", "--log", "--at")
_FLAGS = ("--tls",)


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="policyguard squid-helper", description=__doc__.split("\n")[0]
    )
    add_helper_arguments(parser)
    return parser


def add_helper_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--snapshot", required=True, help="compiled snapshot (webfilter compile)")
    parser.add_argument("--log", help="append decision records (JSON lines) to this file")
    parser.add_argument("--at", help="decide as if at this ISO 8601 time (tests, replays)")
    parser.add_argument(
        "--tls",
        action="store_true",
        help="decide TLS connections by server name, as Squid's external_acl_type helper "
        "(policyguard.webfilter.tlsacl)",
    )


def _options(argv: list[str]) -> dict[str, str] | None:
    """``--name value`` and ``--name=value`` pairs of the helper's options, or None for
    anything else (then argparse reads the line and says what is wrong): argparse itself
    costs more to import than the rest of a start."""
    found: dict[str, str] = {}
    words = iter(argv)
    for word in words:
        if word in _FLAGS and word not in found:
            found[word] = "yes"
            continue
        name, equals, value = word.partition("=")
        if name not in _OPTIONS or name in found:
            return None
        if not equals:
            value = next(words, "")
            if not value or value.startswith("--"):
                return None
        found[name] = value
    return found if "--snapshot" in found else None


def squid_helper_main(argv: list[str]) -> int:
    """Run the helper on stdin/stdout. Exit 2 when the snapshot or arguments are bad."""
    options = _options(argv)
    if options is None:
        args = _parser().parse_args(argv)  # exits with argparse's message
        options = {"--snapshot": args.snapshot, "--log": args.log, "--at": args.at}
        if args.tls:
            options["--tls"] = "yes"
    return run_helper(
        options["--snapshot"],
        log_path=options.get("--log"),
        at=options.get("--at"),
        tls="--tls" in options,
    )


def run_helper(
    snapshot_path: str, *, log_path: str | None, at: str | None, tls: bool = False
) -> int:
    """Serve Squid on stdin/stdout: url_rewrite lines, or with ``tls`` external_acl lines
    about TLS connections (:mod:`policyguard.webfilter.tlsacl`)."""
    clock: Callable[[], float] = time.time
    if at:
        try:
            fixed = datetime.fromisoformat(at).timestamp()
        except ValueError:
            print(f"squid-helper: --at {at!r} is not an ISO 8601 time", file=sys.stderr)
            return 2
        clock = lambda: fixed  # noqa: E731 - a fixed clock for tests and replays
    try:
        snapshot = Snapshot.open(snapshot_path)
        log = DecisionLog.open(log_path) if log_path else None
    except (WebFilterError, OSError) as exc:
        print(f"squid-helper: {exc}", file=sys.stderr)
        return 2
    helper_class = Helper
    if tls:
        from policyguard.webfilter.tlsacl import TlsAcl

        helper_class = TlsAcl
    helper = helper_class(WebFilter(snapshot), log=log, clock=clock)
    try:
        return helper.serve(sys.stdin.buffer, sys.stdout.buffer)
    finally:
        if log is not None:
            log.close()


if __name__ == "__main__":
    sys.exit(squid_helper_main(sys.argv[1:]))
