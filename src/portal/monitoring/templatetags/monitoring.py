"""``{% monitoring_links access as links %}``: which monitoring pages a member may open,
so the organisation's home page can link them without knowing the rules."""

from __future__ import annotations

from django import template

from portal.monitoring.queries import monitoring_links as _links
from portal.organisations.queries import Access

register = template.Library()


@register.simple_tag
def monitoring_links(access: Access) -> dict[str, bool]:
    return _links(access)
