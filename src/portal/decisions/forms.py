from __future__ import annotations

from django import forms


class EventForm(forms.Form):
    event = forms.CharField(
        label="Event (JSON)",
        widget=forms.Textarea(attrs={"rows": 12, "cols": 80, "spellcheck": "false"}),
        help_text="One event as JSON, as `policyguard decide` reads it. People may be "
        "directory ids of this organisation.",
        max_length=100_000,
    )
