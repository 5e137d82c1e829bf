"""Picking people in a form: find those the asker may name, and resolve what they typed
(an id, a name, or the picker's "Name (id)") to one of them. Every message names only
people the asker may name."""

from __future__ import annotations

from django import forms
from django.db.models import Q, QuerySet

from portal.people.models import Person


def find_people(nameable: QuerySet[Person], text: str, *, limit: int = 10) -> list[Person]:
    """People among ``nameable`` whose id or name contains ``text``, by name."""
    text = text.strip()
    if not text:
        return []
    return list(
        nameable.filter(Q(name__icontains=text) | Q(external_id__iexact=text)).order_by(
            "name", "external_id"
        )[:limit]
    )


def resolve_person(
    nameable: QuerySet[Person],
    text: str,
    *,
    otherwise: str = "Check the spelling, or give their directory id.",
) -> Person:
    """The one person ``text`` names (an id, a name, or the picker's "Name (id)"), or a
    ValidationError that lists the candidates, all of them people the asker may name
    (``otherwise``: what to do when nobody matches, as the form allows)."""
    text = text.strip()
    if text.endswith(")") and " (" in text:
        text = text.rsplit(" (", 1)[1][:-1]  # the picker's suggestion: "Name (id)"
    exact = nameable.filter(external_id=text).first()
    if exact is not None:
        return exact
    named = list(nameable.filter(name__iexact=text)[:10]) or find_people(nameable, text)
    if len(named) == 1:
        return named[0]
    if not named:
        raise forms.ValidationError(f"Nobody you may name matches {text!r}. {otherwise}")
    listed = "; ".join(f"{p.name} ({p.external_id})" for p in named[:10])
    raise forms.ValidationError(f"Several people match {text!r}: choose one of {listed}.")
