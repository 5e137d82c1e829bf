"""Text that every store can keep: control characters out, lone surrogates replaced.

PostgreSQL refuses NUL in text and ``\\u0000`` in JSON, and no UTF-8 encoder takes a
lone surrogate (JSON's ``"\\ud800"``). One such character from a search box, a proxy log
or an API body would otherwise fail the write of a whole batch. Every boundary (the
Squid helper's log, log ingestion, events, the API) passes text through here, so what
reaches the rules and the database is text a person could have typed.

    clean_text("kms\\x00now")    # 'kmsnow'
    clean_tree({"a": ["b\\x07"]})  # {'a': ['b']}

Tab, newline and carriage return stay; every other C0 control, DEL and the C1 controls
go; each lone surrogate becomes U+FFFD.
"""

from __future__ import annotations

import re
from typing import Any

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without control characters (tab, newline, return kept); lone surrogates
    become U+FFFD."""
    if text.isprintable():  # the common case, and cheaper than two searches
        return text
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def clean_tree(value: Any) -> Any:
    """``value`` (decoded JSON: dicts, lists, strings, numbers) with every string, keys
    included, passed through :func:`clean_text`."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        # Printable strings (most keys and values) are kept without a call each.
        return {
            (k if k.__class__ is str and k.isprintable() else clean_tree(k)): (
                v if v.__class__ is str and v.isprintable() else clean_tree(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [clean_tree(item) for item in value]
    return value
