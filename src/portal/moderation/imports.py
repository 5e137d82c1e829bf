"""Reading comments made to official accounts from JSON lines or an RSS/Atom feed.

No database here. :func:`read` returns the comments that are fine *and* every problem
found, each with its line (JSON lines) or entry number (feeds), so that one bad line
never keeps the others out; it raises :class:`portal.errors.Rejected` only when the file
as a whole cannot be read (not a feed, too many comments). :func:`parse`,
:func:`parse_jsonl` and :func:`parse_feed` are the strict forms: any problem rejects the
file.

JSON lines: one object per line, blank lines ignored::

    {"id": "c-1001", "account": "@OakfieldCollege", "author": "A Parent",
     "text": "Well done to the team!", "published_at": "2026-11-20T18:05:00+00:00"}

``id`` and ``text`` are required; ``account`` names one of the organisation's official
accounts (otherwise the import's account is used); ``published_at`` (or ``published``)
is ISO 8601 with a UTC offset. Other keys are ignored.

Feeds: each entry's id (or link), author, content (or summary, or title; HTML is reduced
to its text) and published (or updated) time. A feed names no account, so the import
gives one.
"""

from __future__ import annotations

import calendar
import html
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from django.utils.html import strip_tags

from policyguard import clean_text, clean_tree, happened_time_problem
from portal.errors import Problem, Rejected

MAX_COMMENTS = 50_000
MAX_FILE_BYTES = 20 * 1024 * 1024  # an upload; the command reads any size
MAX_TEXT = 10_000
Format = Literal["jsonl", "feed"]
_FEED_SUFFIXES = (".xml", ".rss", ".atom")


@dataclass(frozen=True)
class Comment:
    external_id: str
    text: str
    author_name: str = ""
    account: str = ""  # empty: the import's account
    published_at: datetime | None = None
    line: int = 0
    unit: str = "line"


def detect_format(data: bytes, source: str) -> Format:
    name = source.lower()
    if name.endswith(".jsonl") or name.endswith(".ndjson"):
        return "jsonl"
    if name.endswith(_FEED_SUFFIXES):
        return "feed"
    return "feed" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") else "jsonl"


@dataclass(frozen=True)
class Read:
    """What a file held: the comments that are fine, and a problem for each that is not."""

    comments: list[Comment]
    problems: list[Problem]
    units: int  # lines or entries read (blank lines not counted)


def read(data: bytes, *, source: str = "", fmt: Format | None = None) -> Read:
    """Every good comment of the file and every problem (see the module docstring)."""
    fmt = fmt or detect_format(data, source)
    return read_feed(data) if fmt == "feed" else read_jsonl(data)


def _strict(found: Read) -> list[Comment]:
    if found.problems:
        raise Rejected(problems=found.problems, code="invalid_file")
    return found.comments


def parse(data: bytes, *, source: str = "", fmt: Format | None = None) -> list[Comment]:
    return _strict(read(data, source=source, fmt=fmt))


def _aware(value: Any, problems: list[Problem], line: int) -> datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        problems.append(Problem(line, "published_at", "give the time as an ISO 8601 string"))
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        problems.append(
            Problem(
                line,
                "published_at",
                f"{value!r} is not an ISO 8601 time, e.g. 2026-11-20T18:05:00+00:00",
            )
        )
        return None
    if moment.tzinfo is None:
        problems.append(
            Problem(line, "published_at", f"{value!r} has no UTC offset; add one (+00:00)")
        )
        return None
    out_of_range = happened_time_problem(moment)
    if out_of_range:
        problems.append(Problem(line, "published_at", out_of_range))
        return None
    return moment


def _text_field(row: dict[str, Any], key: str, line: int, problems: list[Problem]) -> str:
    value = row.get(key, "")
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        value = str(value)
    if not isinstance(value, str):
        problems.append(Problem(line, key, "must be a string"))
        return ""
    return value.strip()


def _jsonl_line(raw: bytes, number: int, problems: list[Problem]) -> Comment | None:
    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(number, "", "not UTF-8; save the file as UTF-8"))
        return None
    if not text.strip():
        return None
    try:
        # Control characters out of every string: a NUL fails the write on PostgreSQL.
        row = clean_tree(json.loads(text))
    except RecursionError:
        problems.append(Problem(number, "", "not valid JSON (nested too deeply)"))
        return None
    except json.JSONDecodeError as exc:
        problems.append(Problem(number, "", f"not valid JSON ({exc.msg}, column {exc.colno})"))
        return None
    if not isinstance(row, dict):
        problems.append(Problem(number, "", "each line must be one JSON object"))
        return None
    before = len(problems)
    external_id = _text_field(row, "id", number, problems)
    body = _text_field(row, "text", number, problems)
    author = _text_field(row, "author", number, problems)
    account = _text_field(row, "account", number, problems)
    published = _aware(row.get("published_at", row.get("published")), problems, number)
    if len(problems) == before:
        if not external_id or len(external_id) > 255:
            problems.append(Problem(number, "id", "give the comment's id (1-255 characters)"))
        if not body:
            problems.append(Problem(number, "text", "the comment has no text"))
        elif len(body) > MAX_TEXT:
            problems.append(Problem(number, "text", f"longer than {MAX_TEXT} characters"))
    if len(problems) != before:
        return None
    return Comment(external_id, body, author[:200], account, published, number)


def _too_many(count: int) -> None:
    if count > MAX_COMMENTS:
        message = f"{count} comments, more than {MAX_COMMENTS}; split the file"
        raise Rejected(message, problems=[Problem(None, "file", message)], code="invalid_file")


def read_jsonl(data: bytes) -> Read:
    problems: list[Problem] = []
    comments: list[Comment] = []
    units = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.rstrip(b"\r")
        if line.strip():
            units += 1
        comment = _jsonl_line(line, number, problems)
        if comment is not None:
            comments.append(comment)
        _too_many(len(comments))
    return Read(comments, problems, units)


def parse_jsonl(data: bytes) -> list[Comment]:
    return _strict(read_jsonl(data))


def _plain(markup: str) -> str:
    return " ".join(clean_text(html.unescape(strip_tags(markup))).split())


def _entry_time(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    moment = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    return None if happened_time_problem(moment) else moment


def parse_feed(data: bytes) -> list[Comment]:
    return _strict(read_feed(data))


def read_feed(data: bytes) -> Read:
    import feedparser  # type: ignore[import-untyped]

    feed = feedparser.parse(data)
    if not feed.get("version") and not feed.entries:
        error = feed.get("bozo_exception")
        line = error.getLineNumber() if hasattr(error, "getLineNumber") else 0
        reason = f" ({error})" if error else ""
        raise Rejected(
            problems=[Problem(line, "", f"not an RSS or Atom feed{reason}")], code="invalid_file"
        )
    _too_many(len(feed.entries))
    problems: list[Problem] = []
    comments: list[Comment] = []
    for number, entry in enumerate(feed.entries, start=1):
        external_id = clean_text(str(entry.get("id") or entry.get("link") or "")).strip()
        content = entry.get("content") or []
        markup = content[0].get("value", "") if content else ""
        body = _plain(markup or entry.get("summary", "") or entry.get("title", ""))
        if not external_id:
            problems.append(Problem(number, "id", "the entry has no id or link", "entry"))
        if not body:
            problems.append(Problem(number, "text", "the entry has no text", "entry"))
        if external_id and body:
            comments.append(
                Comment(
                    external_id[:255],
                    body[:MAX_TEXT],
                    _plain(str(entry.get("author", "")))[:200],
                    "",
                    _entry_time(entry),
                    number,
                    "entry",
                )
            )
    return Read(comments, problems, len(feed.entries))
