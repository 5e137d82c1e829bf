"""``policyguard squid-helper``: a Squid ``url_rewrite_program`` speaking the concurrent protocol.

Why url_rewrite and not external_acl: one helper call can block (a 302 to the portal's
block page carrying category, entry and clause), rewrite (safe search, on plain HTTP and
on HTTPS tunnels), or pass, and it sees every request including CONNECT. external_acl can
only allow or deny and caches answers by key, which would hide schedule changes (lunch
starts) until its TTL ran out. Squid configuration::

    url_rewrite_program /path/to/policyguard squid-helper --snapshot /var/lib/policyguard/org.pgwf
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

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import BinaryIO
from urllib.parse import quote

from policyguard.webfilter.engine import Verdict, WebFilter, expression_text
from policyguard.webfilter.errors import UrlError, WebFilterError
from policyguard.webfilter.records import DecisionLog
from policyguard.webfilter.searchterms import may_search
from policyguard.webfilter.snapshot import Snapshot
from policyguard.webfilter.urls import normalise_host, parse_target

__all__ = ["Helper", "block_page_url", "squid_helper_main"]

_URL_LIMIT = 1000
# Answers the fast path may keep (all audiences and times together) before it forgets
# them all: a busy proxy's working set of hosts, within the helper's memory budget.
_KNOWN_LIMIT = 16384

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
# A fast-path answer: False when only the full path can answer; "" for ERR; the block
# page URL up to its "&url=" parameter; or the category expressions that, matching the
# URL, leave the answer to the full path (otherwise ERR).
_Known = str | bool | re.Pattern[str]
# (minute, answers, (device, audience), open windows) for a client and user.
_Whom = tuple[int, dict[str, _Known], tuple[str, str], tuple[str, ...]]


# Kept as they are in a query value: letters, digits, "-._~" and "/:" (RFC 3986 allows
# both in a query). Everything else, "&", "=", "?", "#", "%" and "+" included, is escaped.
_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~/:]")


def _escape(found: re.Match[str]) -> str:
    return quote(found.group(0), safe="")


def _quote(value: str) -> str:
    # Most URLs have only a few characters to escape: a regular expression finds them
    # several times faster than urllib's quote walks every character.
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
        self._prefixes: dict[tuple[object, ...], str] = {}
        self._second, self._stamp = -1, ""
        # Every line goes through WebFilter.decide when each needs its own log record.
        self._fast = fast and web.snapshot is not None and not (log is not None and self.log_all)
        self._tables: dict[tuple[tuple[str, str], tuple[str, ...]], dict[str, _Known]] = {}
        self._clients: dict[tuple[str, str], _Whom] = {}
        self._pages: dict[int, tuple[Verdict, str]] = {}
        self._count = 0

    def answer(self, line: str) -> str:
        """The reply line (with newline) for one request line."""
        parts = line.split()
        channel = ""
        if parts and parts[0].isdigit():
            channel = parts[0] + " "
            del parts[0]
        if not parts:
            return f"{channel}ERR\n"
        url = parts[0]
        client, _, fqdn = parts[1].partition("/") if len(parts) > 1 else ("", "", "")
        user = parts[2] if len(parts) > 2 else ""
        now = self.clock()
        if self._fast:
            plain = _PLAIN.match(url)
            if plain is not None:
                # Who the client is and which windows are open change at most once a minute.
                minute = int(now // 60)
                mine = self._clients.get((client, user))
                if mine is None or mine[0] != minute:
                    mine = self._whom(client, user, now, minute)
                authority = plain[1] or plain[2]
                known = mine[1].get(authority)
                if known is None:
                    known = self._remember(authority, mine)
                if isinstance(known, str):
                    if not known:
                        return f"{channel}ERR\n"
                    url = _UNSAFE.sub(_escape, url[:_URL_LIMIT])  # as _quote, one call less
                    return (
                        f"{channel}OK status=302 url={known}&url={url}&at={self._stamp_of(now)}\n"
                    )
                # Category expressions: ERR unless they match (then the full path says why).
                if isinstance(known, re.Pattern) and not _expressed(known, url):
                    return f"{channel}ERR\n"
        verdict = self.web.decide(url, client_ip=client, user=user, at=now)
        if self.log is not None and (verdict.outcome != "allow" or verdict.search or self.log_all):
            self.log.write(verdict, at=now, client_ip=client, device_id=fqdn, user=user)
        if verdict.outcome == "block":
            return f"{channel}OK status=302 url={self._block_page(verdict, now)}\n"
        if verdict.rewrite:
            return f"{channel}OK rewrite-url={verdict.rewrite}\n"
        return f"{channel}ERR\n"

    # -- the fast path ------------------------------------------------------------------
    # A plain URL's answer depends on its host, on who asks and on the open schedule
    # windows, and on nothing else unless the engine says so (URL-prefix entries under
    # the host, safe search on it; category expressions, matched on each URL): those
    # answers are kept per (device, audience, windows) and per authority as written, so a
    # repeated host costs a dictionary look-up and a new one a host look-up without the
    # general URL parser. Unusual spellings (see _PLAIN) always take the full path.

    def _remember(self, authority: str, mine: _Whom) -> _Known:
        """The answer for ``authority`` to the people of ``mine`` then, now kept."""
        self._count += 1
        if self._count > _KNOWN_LIMIT:
            for other in self._tables.values():
                other.clear()
            self._count = 1
        known = mine[1][authority] = self._learn(authority, mine[2], mine[3])
        return known

    def _whom(self, client: str, user: str, now: float, minute: int) -> _Whom:
        where = self.web.locate(client, user)
        windows = self.web.open_windows(now)
        table = self._tables.get((where, windows))
        if table is None:
            table = self._tables[(where, windows)] = {}
        if len(self._clients) > _KNOWN_LIMIT:
            self._clients.clear()
        mine = self._clients[(client, user)] = (minute, table, where, windows)
        return mine

    def _learn(self, authority: str, where: tuple[str, str], windows: tuple[str, ...]) -> _Known:
        name, _, port = authority.partition(":")
        if port and int(port) > 65535:
            return False  # the full parser says why the URL is unreadable
        if len(name) <= 63 and _CANONICAL.fullmatch(name) and not name.startswith("www"):
            host = name  # what normalise_host gives for it, checked more cheaply
        else:
            try:
                host = normalise_host(name)
            except UrlError:
                return False
        device, audience = where
        shape = self.web.host_shape(host, device, audience, windows)
        if shape is None:
            return False
        verdict, entry, expressions = shape
        if self.log is not None and (verdict.outcome != "allow" or may_search(host)):
            return False  # logged: the full path writes the record
        if expressions is not None:
            return expressions
        if verdict.outcome != "block":
            return ""
        # Shared verdicts repeat: their block-page prefix is kept beside them (the verdict
        # is held too, so its id cannot be reused while the entry is here).
        page = self._pages.get(id(verdict))
        if page is None or page[0] is not verdict:
            if len(self._pages) > _KNOWN_LIMIT:
                self._pages.clear()
            page = self._pages[id(verdict)] = (verdict, self._prefix(verdict))
        return f"{page[1]}&entry={_quote(entry)}"

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
            if len(self._prefixes) > 65536:
                self._prefixes.clear()
            prefix = _block_page_prefix(self.block_page, verdict, self.organisation)
            self._prefixes[key] = prefix
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

    def serve(self, stdin: BinaryIO, stdout: BinaryIO) -> int:
        """Answer lines until end of input. Replies to everything read so far are written
        together, so a busy proxy gets batched writes and an idle one gets answers at once."""
        input_fd, output_fd = stdin.fileno(), stdout.fileno()
        answer = self.answer
        pending = b""
        while True:
            chunk = os.read(input_fd, 1 << 16)
            if not chunk:
                break
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


def _expressed(expressions: re.Pattern[str], url: str) -> bool:
    """True when category ``expressions`` match ``url`` as WebFilter matches them (or when
    it cannot be read here, for the full path to say why)."""
    try:
        target = parse_target(url)
    except UrlError:
        return True
    return expressions.search(expression_text(target)) is not None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policyguard squid-helper", description=__doc__.split("\n")[0]
    )
    add_helper_arguments(parser)
    return parser


def add_helper_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--snapshot", required=True, help="compiled snapshot (webfilter compile)")
    parser.add_argument("--log", help="append decision records (JSON lines) to this file")
    parser.add_argument("--at", help="decide as if at this ISO 8601 time (tests, replays)")


def squid_helper_main(argv: list[str]) -> int:
    """Run the helper on stdin/stdout. Exit 2 when the snapshot or arguments are bad."""
    args = _parser().parse_args(argv)
    return run_helper(args.snapshot, log_path=args.log, at=args.at)


def run_helper(snapshot_path: str, *, log_path: str | None, at: str | None) -> int:
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
    helper = Helper(WebFilter(snapshot), log=log, clock=clock)
    try:
        return helper.serve(sys.stdin.buffer, sys.stdout.buffer)
    finally:
        if log is not None:
            log.close()


if __name__ == "__main__":
    sys.exit(squid_helper_main(sys.argv[1:]))
