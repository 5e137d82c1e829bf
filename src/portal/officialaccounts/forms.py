from __future__ import annotations

from typing import Any

from django import forms

from portal.officialaccounts.models import AccountKind, AccountPurpose, CredentialKind
from portal.people.models import Person


class RequestAccountForm(forms.Form):
    name = forms.CharField(label="Handle or page name", max_length=200)
    platform = forms.CharField(label="Platform", max_length=64, help_text="e.g. instagram, x")
    account_type = forms.ChoiceField(label="Kind of account", choices=AccountKind.choices)
    area = forms.CharField(label="Area or department", max_length=200, required=False)
    purpose = forms.ChoiceField(label="Purpose", choices=AccountPurpose.choices)
    description = forms.CharField(
        label="What it is for",
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        max_length=2000,
    )
    owners = forms.CharField(
        label="Owners (directory ids)",
        max_length=500,
        help_text="The people who will maintain it, by their ids, separated by commas.",
    )

    def __init__(self, *args: Any, people: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.people = people

    def clean_owners(self) -> list[Person]:
        ids = [i.strip() for i in self.cleaned_data["owners"].split(",") if i.strip()]
        found = {p.external_id: p for p in self.people.filter(external_id__in=ids)}
        missing = [i for i in ids if i not in found]
        if missing or not ids:
            raise forms.ValidationError(
                f"Not in the directory (or not yours to name): {', '.join(missing)}"
                if missing
                else "Name at least one owner."
            )
        return [found[i] for i in ids]


class ApproveForm(forms.Form):
    document = forms.FileField(
        label="Signed approval (PDF or image)",
        required=False,
        help_text="Needed where the policy asks for permission in writing.",
    )
    note = forms.CharField(
        label="Note", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label="Why it is refused", max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class CredentialForm(forms.Form):
    kind = forms.ChoiceField(label="What", choices=CredentialKind.choices)
    secret = forms.CharField(
        label="Password or recovery codes",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off"}),
    )


class GrantAccessForm(forms.Form):
    person = forms.CharField(label="Directory id", max_length=64)


class NoteForm(forms.Form):
    note = forms.CharField(label="Note", required=False, max_length=300)


class ActivityImportForm(forms.Form):
    file = forms.FileField(
        label="Activity file (CSV)",
        help_text="Columns: account (its handle), at (date and time), and optionally id, note.",
    )
