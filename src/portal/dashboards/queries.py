"""The work areas a member sees, with their counts, for the navigation and dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field

from portal.dashboards.registry import Chart, Item, WorkArea, registered_areas
from portal.organisations.queries import Access
from portal.types import Viewer

PANEL_ITEMS = 5


@dataclass(frozen=True)
class AreaView:
    area: WorkArea
    url: str
    count: int | None
    urgent: int = 0
    items: list[Item] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.area.title


# What one request has worked out already: area key → (applies, count). The dashboard
# page asks for both the panels and the navigation; each area is counted once.
Counted = dict[str, tuple[bool, int | None]]


def _applies_and_count(
    area: WorkArea, user: Viewer, access: Access, counted: Counted | None
) -> tuple[bool, int | None]:
    if counted is not None and area.key in counted:
        return counted[area.key]
    applies = area.applies(user, access)
    found = (applies, area.count(user, access) if applies and area.count else None)
    if counted is not None:
        counted[area.key] = found
    return found


def navigation_for(user: Viewer, access: Access, counted: Counted | None = None) -> list[AreaView]:
    """Areas for the navigation: those the member may open, each with its count."""
    views = []
    for area in registered_areas():
        if not area.in_navigation:
            continue
        applies, count = _applies_and_count(area, user, access, counted)
        if applies:
            views.append(AreaView(area, area.url(access), count))
    return views


def dashboard_for(user: Viewer, access: Access, counted: Counted | None = None) -> list[AreaView]:
    """Panels for the dashboard: the areas the member may open, with counts and items;
    areas with something waiting first (in their order), then the rest."""
    views = []
    for area in registered_areas():
        if not area.on_dashboard:
            continue
        applies, count = _applies_and_count(area, user, access, counted)
        if not applies:
            continue
        urgent = area.urgent(user, access) if area.urgent and count else 0
        wanted = area.items is not None and (count is None or count > 0)
        items = area.items(user, access)[:PANEL_ITEMS] if area.items and wanted else []
        charts = area.charts(user, access) if area.charts else []
        views.append(AreaView(area, area.url(access), count, urgent, items, charts))
    return sorted(views, key=lambda v: (not v.count, v.area.order, v.area.key))
