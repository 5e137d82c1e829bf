"""``policyguard squid-helper --tls``: decide HTTPS connections by the server name they
ask for, at Squid's TLS step (peek and splice), as an ``external_acl_type`` helper.

An HTTPS connection names its server twice: in the ``CONNECT`` line (none when Squid
intercepts) and in the TLS client hello (SNI). A client can give a blocked name in one
and an allowed one in the other, so the connection is refused when either name is
blocked. Squid asks after peeking at the client hello (step 2) and then, as squid.conf
says, decrypts the connection to show the block page, or ends it::

    external_acl_type policyguard_tls ttl=0 negative_ttl=0 concurrency=64 children-max=4 \\
        %>a %un %ssl::>sni %>rd /opt/policyguard/bin/policyguard squid-helper --tls --snapshot ...
    acl tls_blocked external policyguard_tls
    acl step1 at_step SslBump1
    acl step2 at_step SslBump2
    ssl_bump peek step1
    ssl_bump bump step2 tls_blocked         # where the institution decrypts: the block page
    ssl_bump terminate step2 tls_blocked    # where it does not: the connection is refused
    ssl_bump splice all

Lines are ``[channel-ID] client-ip user server-name connect-host`` (``-`` for a value
Squid does not have; values %-encoded); answers ``ID OK message=<category>`` when the
connection is blocked (the ACL matches), ``ID ERR`` when it may go on. ``ttl=0`` keeps
Squid from caching answers across a lunch window's start. With ``--log`` blocks are
written as records, as the url_rewrite helper writes them (give it only where the
institution does not decrypt: where it does, the decrypted request's record is there).
"""

from __future__ import annotations

import re

from policyguard.webfilter.squid import Helper
from policyguard.webfilter.urls import unquote

__all__ = ["TlsAcl"]

# What may stand in a message=... value unquoted; anything else becomes "_".
_TOKEN = re.compile(r"[^A-Za-z0-9_.-]")


class TlsAcl(Helper):
    """Answers external_acl lines about TLS connections (see the module docstring)."""

    def answer(self, line: str) -> str:
        parts = line.split()
        channel = ""
        if parts and parts[0].isdigit():
            channel = parts.pop(0) + " "
        client, user, server_name, connect_host = (
            [_value(part) for part in parts[:4]] + ["", "", "", ""]
        )[:4]
        if not server_name and not connect_host:
            return f"{channel}ERR\n"  # nothing to decide on: the url_rewrite helper does
        now = self.clock()
        for name in dict.fromkeys(n for n in (server_name, connect_host) if n):
            verdict = self.web.decide(f"{name}:443", client_ip=client, user=user, at=now)
            if verdict.outcome == "block":
                if self.log is not None:
                    self.log.write(verdict, at=now, client_ip=client, user=user)
                category = _TOKEN.sub("_", verdict.category or verdict.reason)
                return f"{channel}OK message={category}\n"
        return f"{channel}ERR\n"


def _value(text: str) -> str:
    if text == "-":
        return ""
    return unquote(text) if "%" in text else text
