"""Canonical forms of URLs and host names, so that no spelling of a URL escapes its entry.

Two spellings that reach the same server get the same canonical form, and list entries
go through the very same functions as requests, so a match never depends on how either
was written. The forms handled (each one a known way past older filters):

- case (``EXAMPLE.com``), trailing dots (``example.com.``), a leading ``www``/``www2``
  label, ports, userinfo (``user:pw@host``), percent-encoding in host and path,
  Unicode full stops, IDN in Unicode or punycode (always stored as punycode);
- IPv4 literals in decimal (``3232235777``), hex (``0xc0a80101``), octal (``0300.0250.1.1``)
  and short forms (``192.168.257``), read as browsers read them (the WHATWG URL
  standard); IPv6 literals, with IPv4-mapped ones read as IPv4;
- paths: percent-decoded once, lower-cased (URL lists are case-blind, as squidGuard's
  are), backslashes read as slashes, empty and ``.`` segments dropped, ``..`` resolved.

    >>> parse_target("HTTP://User@WWW.Example.COM.:8080/A/./b/../c?x=1#top").key
    'example.com/a/c'
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policyguard.webfilter.errors import UrlError

__all__ = ["Target", "normalise_host", "normalise_path", "parse_target", "split_segments"]

_WWW = re.compile(r"www\d{0,3}")
_HOST = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*")
_HEX = re.compile(r"0x[0-9a-f]*")
# Unicode full stops that IDNA reads as label separators (RFC 3490 section 3.1).
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
_DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21, "ws": 80, "wss": 443}
_AUTHORITY_END = re.compile(r"[/?#\\]")


class Target(NamedTuple):
    """A request target in canonical form.

    ``host`` is lower-case ASCII (punycode for IDN), without port, trailing dot or a
    leading ``www`` label; an IP literal is in its usual text form. ``path`` starts with
    ``/`` and has no trailing slash except for the root. ``scheme`` is empty for a bare
    ``host:port`` (a CONNECT request) or a list entry written without one.
    """

    scheme: str
    host: str
    port: int | None
    path: str
    query: str

    @property
    def key(self) -> str:
        """``host`` + ``path`` as URL-prefix entries are stored (root path left off)."""
        return self.host if self.path == "/" else self.host + self.path


def normalise_host(text: str) -> str:
    """The canonical form of a host name or IP literal. Raises UrlError if it is not one."""
    if text.isascii() and "%" not in text and ":" not in text:
        # Fast path for the usual plain ASCII name: the same result as the general path.
        host = text.lower().rstrip(".")
        # A last label starting with a letter is never an IPv4 number (those start 0-9).
        if host[host.rfind(".") + 1 :][:1].isalpha() and _HOST.fullmatch(host) and len(host) <= 63:
            return _strip_www(host) if host.startswith("www") else host
    host = text
    if "%" in host:
        try:
            host = unquote(host, errors="strict")
        except UnicodeDecodeError:
            raise UrlError(f"{text!r}: percent-encoding in the host is not UTF-8") from None
    host = host.strip().translate(_DOTS).lower().rstrip(".")
    if not host:
        raise UrlError(f"{text!r}: empty host name")
    if host.startswith("[") or ":" in host:
        return _ipv6(text, host.strip("[]"))
    if not host.isascii():
        host = _to_ascii(text, host)
    last = host.rpartition(".")[2]
    if last.isdigit() or _HEX.fullmatch(last):
        return _ipv4(text, host)
    if not _HOST.fullmatch(host):
        raise UrlError(f"{text!r}: a host name has only letters, digits, '-', '_' and dots")
    if len(host) > 253 or any(len(label) > 63 for label in host.split(".")):
        raise UrlError(f"{text!r}: too long for a host name (253 in all, 63 a label)")
    return _strip_www(host)


def unquote(text: str, errors: str = "replace") -> str:
    """``urllib.parse.unquote``, imported on first use: the module imports ipaddress, and a
    helper that never meets a percent sign starts without both."""
    from urllib.parse import unquote as _unquote

    return _unquote(text, errors=errors)


def _strip_www(host: str) -> str:
    first, dot, rest = host.partition(".")
    if dot and "." in rest and _WWW.fullmatch(first):
        return rest
    return host


def _to_ascii(text: str, host: str) -> str:
    from encodings import idna as _idna  # rare: a helper starts without it (and unicodedata)

    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(_idna.ToASCII(label).decode("ascii"))
        except UnicodeError as exc:
            raise UrlError(f"{text!r}: not a valid international name ({exc})") from None
    return ".".join(labels).lower()


def _ipv6(text: str, host: str) -> str:
    import ipaddress  # rare in requests: a helper starts without it

    try:
        address = ipaddress.IPv6Address(host)
    except ValueError:
        raise UrlError(f"{text!r}: not a host name or an IPv6 address") from None
    mapped = address.ipv4_mapped
    return str(mapped) if mapped is not None else address.compressed


def _ipv4(text: str, host: str) -> str:
    # Browsers read 1 to 4 numbers, each decimal, 0x-hex or 0-octal; the last fills
    # the remaining bytes (WHATWG URL standard, "IPv4 parser").
    parts = host.split(".")
    if len(parts) > 4:
        raise UrlError(f"{text!r}: an IPv4 address has at most four parts")
    numbers = [_ipv4_number(text, part) for part in parts]
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        raise UrlError(f"{text!r}: IPv4 address out of range")
    value = numbers[-1]
    for index, number in enumerate(numbers[:-1]):
        value += number << (8 * (3 - index))
    return ".".join(str(value >> shift & 0xFF) for shift in (24, 16, 8, 0))


def _ipv4_number(text: str, part: str) -> int:
    try:
        if part.startswith("0x"):
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part.startswith("0"):
            return int(part, 8)
        return int(part, 10)
    except ValueError:
        raise UrlError(f"{text!r}: {part!r} is not a number of an IPv4 address") from None


def normalise_path(path: str) -> str:
    """The canonical form of a URL path (no query): see the module docstring."""
    if "%" in path:
        path = unquote(path, errors="replace")
    path = path.replace("\\", "/").lower()
    if "//" not in path and "/." not in path and not path.endswith("/"):
        return path if path.startswith("/") else "/" + path
    segments: list[str] = []
    for segment in path.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
            continue
        segments.append(segment)
    return "/" + "/".join(segments)


def split_segments(path: str) -> list[str]:
    """The segments of a canonical path: ``/a/b`` gives ``["a", "b"]``, ``/`` gives []."""
    return path[1:].split("/") if len(path) > 1 else []


def parse_target(url: str) -> Target:
    """Read ``url`` (absolute, ``host:port`` as in CONNECT, or a bare ``host/path``).

    Raises UrlError naming the part that cannot be read.
    """
    text = url.strip()
    scheme, sep, rest = text.partition("://")
    if not sep:
        scheme, rest = "", text
    elif not scheme.isalnum():
        raise UrlError(f"{url!r}: the scheme must be letters, e.g. http://")
    scheme = scheme.lower()
    end = _AUTHORITY_END.search(rest)
    authority, tail = (rest[: end.start()], rest[end.start() :]) if end else (rest, "")
    authority = authority.rpartition("@")[2]
    host, port = _split_port(url, authority)
    tail = tail.partition("#")[0]
    raw_path, _, query = tail.partition("?")
    if query:
        query = unquote(query, errors="replace").lower()
    if port is not None and _DEFAULT_PORTS.get(scheme) == port:
        port = None
    return Target(scheme, normalise_host(host), port, normalise_path(raw_path), query)


def _split_port(url: str, authority: str) -> tuple[str, int | None]:
    if authority.startswith("["):
        host, _, after = authority.partition("]")
        host += "]"
        port_text = after[1:] if after.startswith(":") else ""
    elif authority.count(":") == 1:
        host, _, port_text = authority.partition(":")
    else:
        host, port_text = authority, ""
    if not port_text:
        return host, None
    if not port_text.isdigit() or int(port_text) > 65535:
        raise UrlError(f"{url!r}: port {port_text!r} is not a number from 0 to 65535")
    return host, int(port_text)
