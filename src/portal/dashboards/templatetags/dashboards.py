"""``{% work_navigation %}``: the organisation's navigation with the member's work areas."""

from __future__ import annotations

from typing import Any

from django import template

from portal.dashboards.queries import navigation_for

register = template.Library()


@register.inclusion_tag("dashboards/_navigation.html", takes_context=True)
def work_navigation(context: dict[str, Any]) -> dict[str, Any]:
    access = context.get("access")
    organisation = context.get("organisation")
    request = context.get("request")
    areas = []
    if access is not None and request is not None:
        areas = navigation_for(request.user, access, context.get("work_counts"))
    return {"organisation": organisation, "areas": areas, "request": request}
