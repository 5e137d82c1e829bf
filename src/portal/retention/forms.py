from __future__ import annotations

from typing import Any

from django import forms

from portal.retention.registry import registered_kinds


class LegalHoldForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label="Kinds of record",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave all unticked to hold every kind.",
    )
    subject = forms.CharField(
        label="About whom (optional)",
        required=False,
        max_length=255,
        help_text="A network user name or a directory id; empty: records about anyone.",
    )
    records_from = forms.DateField(
        label="Records from (optional)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    records_to = forms.DateField(
        label="Records to (optional)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    reason = forms.CharField(
        label="Why they must be kept", widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kinds"].choices = [(k.key, k.title) for k in registered_kinds()]  # type: ignore[attr-defined]


class ReleaseHoldForm(forms.Form):
    note = forms.CharField(label="Why it is released", max_length=4000)
