from __future__ import annotations

import re
from typing import Any

from django import forms

from portal.monitoring.models import AlertStatus, EntryKind, Tier

# A log uploaded on the ingest page; the command ingest_weblog reads any size.
MAX_LOG_BYTES = 50 * 1024 * 1024


class UnblockRequestForm(forms.Form):
    """The block page's "ask for a review" form. The blocked page's details travel as
    hidden fields: they are what the person saw, and are stored as such."""

    org = forms.CharField(max_length=64, widget=forms.HiddenInput)
    url = forms.CharField(max_length=2000, widget=forms.HiddenInput)
    category = forms.CharField(max_length=100, required=False, widget=forms.HiddenInput)
    entry = forms.CharField(max_length=1000, required=False, widget=forms.HiddenInput)
    reason = forms.CharField(max_length=32, required=False, widget=forms.HiddenInput)
    clauses = forms.CharField(max_length=200, required=False, widget=forms.HiddenInput)
    message = forms.CharField(
        label="Why do you need this page?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text="For example: it is a source for my coursework on…",
    )
    requester_name = forms.CharField(label="Your name (optional)", max_length=200, required=False)
    requester_email = forms.EmailField(
        label="Your e-mail address (optional)",
        required=False,
        help_text="Only if you would like to hear the answer.",
    )


class DecideUnblockForm(forms.Form):
    verdict = forms.ChoiceField(
        choices=[("approve", "Approve"), ("refuse", "Refuse")], widget=forms.RadioSelect
    )
    note = forms.CharField(
        label="Note", max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    allow_kind = forms.ChoiceField(
        label="On approval, add to the allow-list",
        choices=[("", "nothing (approve without a list change)"), *EntryKind.choices],
        required=False,
    )
    allow_value = forms.CharField(
        label="Entry to allow",
        max_length=2000,
        required=False,
        help_text="A domain (example.com) or URL prefix (example.com/page).",
    )


class ListEntryForm(forms.Form):
    tier = forms.ChoiceField(choices=Tier.choices)
    kind = forms.ChoiceField(choices=EntryKind.choices)
    value = forms.CharField(
        max_length=2000, help_text="A domain (example.com) or URL prefix (example.com/page)."
    )
    category = forms.CharField(max_length=100, required=False, help_text="e.g. iwf, gambling")
    note = forms.CharField(max_length=500, required=False)


class HandleAlertForm(forms.Form):
    status = forms.ChoiceField(
        choices=[
            (AlertStatus.ACKNOWLEDGED.value, "Acknowledge (I am dealing with it)"),
            (AlertStatus.CLOSED.value, "Close"),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label="Note", max_length=5000, widget=forms.Textarea(attrs={"rows": 3, "cols": 60})
    )


_ENTRY_KEY = re.compile(r"[0-9a-f]{64}")


class MarkReviewedForm(forms.Form):
    learner = forms.CharField(max_length=255)
    day = forms.DateField()
    entries = forms.CharField(
        required=False,
        max_length=20_000,
        help_text="The keys of the entries the page showed, comma-separated; empty: all.",
    )
    next = forms.CharField(required=False, max_length=2000)

    def clean_entries(self) -> list[str] | None:
        raw = self.cleaned_data["entries"].strip()
        if not raw:
            return None
        keys = [part.strip().lower() for part in raw.split(",") if part.strip()]
        if not all(_ENTRY_KEY.fullmatch(key) for key in keys):
            raise forms.ValidationError(
                "entries are the entries' keys (64 hexadecimal digits) separated by commas"
            )
        return keys


class UrlCheckForm(forms.Form):
    """The "test a URL" page: a URL, and who asks it where and when."""

    url = forms.CharField(
        label="URL",
        max_length=2000,
        help_text="As typed in a browser (https://example.com/page) or a host name.",
    )
    audience = forms.ChoiceField(label="Who asks")
    device = forms.ChoiceField(label="On which device")
    at = forms.DateTimeField(
        label="When",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text="In the organisation's time zone.",
    )

    def __init__(self, *args: Any, audiences: list[str], devices: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = [(a, a) for a in audiences]  # type: ignore[attr-defined]
        self.fields["device"].choices = [(d, d.replace("_", " ")) for d in devices]  # type: ignore[attr-defined]


class ReportChoiceForm(forms.Form):
    """A report reader's e-mails: the weekly report and the daily digest."""

    weekly = forms.BooleanField(label="E-mail me the weekly report (Mondays)", required=False)
    daily = forms.BooleanField(
        label="E-mail me a daily digest (yesterday's figures)", required=False
    )


class IngestLogForm(forms.Form):
    file = forms.FileField(
        label="Web filter log",
        help_text=(
            "The decision log the Squid helper writes (--log): JSON lines, one record a "
            "line. At most 50 MB a file; the command ingest_weblog takes any size."
        ),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_LOG_BYTES:
            raise forms.ValidationError(
                f"The file is {upload.size / 1e6:.1f} MB; the most is "
                f"{MAX_LOG_BYTES / 1e6:.0f} MB. Split it (the lines are independent) and "
                "upload each part."
            )
        return upload
