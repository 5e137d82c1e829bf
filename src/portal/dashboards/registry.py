"""Work areas: what an app contributes to each member's dashboard and navigation.

An app registers its areas in its ``dashboards.py`` (imported at start-up)::

    from portal.dashboards.registry import Item, WorkArea, register

    register(WorkArea(
        key="cases.open",
        title="Open concerns",
        order=20,
        url=lambda access: reverse("cases:list", args=[access.organisation.slug]),
        applies=lambda user, access: may_see_cases(access),   # the page's own rule
        count=lambda user, access: open_cases_for(user, access).count(),
        items=lambda user, access: [
            Item(c.title, reverse("cases:detail", args=[...]), c.opened_at)
            for c in open_cases_for(user, access)[:5]
        ],
    ))

- ``applies`` is the linked page's access rule: an area is shown (in the navigation and
  on the dashboard) only to members who may open that page, so neither a link nor a
  count tells anyone about work they may not see;
- ``count`` (optional) is the number of things waiting for *this* member; the
  navigation shows it beside the title, the dashboard in the panel's heading;
- ``items`` (optional) are the few things the dashboard panel lists (five at most);
- ``urgent`` (optional) is the number among them that are late or high-severity,
  shown in the panel as a warning;
- ``charts`` (optional) are charts the panel shows, each a :class:`Chart`: the address of
  an SVG image drawn on the server (``portal.charts``) and its text alternative; the
  image's own view checks access again;
- ``order`` sorts the areas: the most urgent work first (alerts 10, duties 20,
  queues 30 to 50, directories and records 80 and on).

Nothing else is needed: no edit to this app, its templates or the base template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import ImproperlyConfigured

from portal.organisations.queries import Access
from portal.types import Viewer


@dataclass(frozen=True)
class Item:
    """One line of a dashboard panel: what, where, and when (for the reader's sense of age)."""

    title: str
    url: str
    at: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class Chart:
    """A chart in a dashboard panel: an SVG image's address and what it shows in words."""

    url: str
    title: str


@dataclass(frozen=True)
class WorkArea:
    key: str
    title: str
    url: Callable[[Access], str]
    applies: Callable[[Viewer, Access], bool]
    count: Callable[[Viewer, Access], int] | None = None
    items: Callable[[Viewer, Access], list[Item]] | None = None
    urgent: Callable[[Viewer, Access], int] | None = None
    charts: Callable[[Viewer, Access], list[Chart]] | None = None
    order: int = 100
    description: str = ""
    in_navigation: bool = True
    on_dashboard: bool = True
    extra: dict[str, str] = field(default_factory=dict)


_AREAS: dict[str, WorkArea] = {}


def register(area: WorkArea) -> WorkArea:
    existing = _AREAS.get(area.key)
    if existing is not None and existing != area:
        raise ImproperlyConfigured(f"work area {area.key} is registered twice")
    _AREAS[area.key] = area
    return area


def registered_areas() -> list[WorkArea]:
    return sorted(_AREAS.values(), key=lambda a: (a.order, a.key))
