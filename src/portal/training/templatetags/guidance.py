"""``{% guidance_for organisation "profile" %}``: the pack's guidance for the moment a
page serves (a guided question's or a decision's kind, or "draft"), cited by clause."""

from __future__ import annotations

from typing import Any

from django import template

from policyguard import PackError
from portal.organisations.models import Organisation
from portal.training.policypage import MOMENTS, guidance_for

register = template.Library()


@register.inclusion_tag("training/_guidance.html")
def guidance_for_moment(organisation: Organisation, kind: str) -> dict[str, Any]:
    moment = MOMENTS.get(kind)
    if moment is None:
        return {"clauses": []}
    try:
        pack = organisation.pack()
    except PackError:
        return {"clauses": []}
    return {"clauses": guidance_for(pack, moment), "organisation": organisation}
