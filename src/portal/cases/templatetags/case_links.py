"""``{% case_buttons alert=alert %}`` (or ``decision=``, ``post=``): "Open a case" and
"Add to a case" for an item, shown only to those who open cases, and the cases it is in
already, those the viewer may see. ``{% alert_learner alert %}``: who made the alert's
search, their tutor and history, for a viewer who may see them. The pages that show
alerts, decisions and findings load these without knowing the rules of cases."""

from __future__ import annotations

from typing import Any

from django import template

from portal.accounts.secondfactor import has_second_factor
from portal.cases.queries import case_choices, learner_of_alert
from portal.monitoring.models import SafeguardingAlert

register = template.Library()


@register.inclusion_tag("cases/_case_buttons.html", takes_context=True)
def case_buttons(context: template.Context, **item: Any) -> dict[str, Any]:
    request = context["request"]
    access = context["access"]
    ((name, value),) = item.items()
    choices = case_choices(
        request.user, access, verified=has_second_factor(request), **{name: value}
    )
    return {
        "organisation": access.organisation,
        "choices": choices,
        "name": name,
        "value": value.pk,
        "verified": has_second_factor(request),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("cases/_alert_learner.html", takes_context=True)
def alert_learner(context: template.Context, alert: SafeguardingAlert) -> dict[str, Any]:
    request = context["request"]
    access = context["access"]
    return {
        "organisation": access.organisation,
        "alert": alert,
        "learner": learner_of_alert(request.user, access, alert),
    }
