"""``{% monitoring_links access as links %}``: which monitoring pages a member may open,
so the organisation's home page can link them without knowing the rules."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import template
from django.utils import timezone

from portal.monitoring.queries import monitoring_links as _links
from portal.organisations.queries import Access

register = template.Library()


@register.simple_tag
def monitoring_links(access: Access) -> dict[str, bool]:
    return _links(access)


@register.filter
def minutes(value: float | None) -> str:
    """Minutes as people read them: '45 min', '3 h 10 min', '2 days 4 h'; '-' for none."""
    if value is None:
        return "-"
    total = round(float(value))
    if total < 60:
        return f"{total} min"
    hours, mins = divmod(total, 60)
    if hours < 48:
        return f"{hours} h {mins} min" if mins else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} days {hours} h" if hours else f"{days} days"


@register.filter
def isodate(value: str) -> str:
    """An ISO date of the report's figures as '21 Nov 2026 (Sat)'."""
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{day:%-d %b %Y} ({day:%a})"


@register.filter
def isodatetime(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{timezone.localtime(moment):%-d %b %Y %H:%M}"


@register.filter
def audience_unknown(row: dict[str, Any]) -> Any:
    """A figures row's count for records of no known audience (its key is '')."""
    return row.get("", 0)
