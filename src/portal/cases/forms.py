"""Forms: the guided "report a concern" form, and the case page's small forms."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from portal.cases.models import (
    Agency,
    Area,
    Category,
    ClosureReason,
    Involvement,
    OutcomeKind,
    Risk,
    Where,
)
from portal.people.models import Person
from portal.people.picking import resolve_person

BLANK = [("", "choose…")]
DESCRIBED = [
    ("", "I don't know, or nobody in particular"),
    ("student", "a student"),
    ("former_student", "a former student"),
    ("staff", "a member of staff"),
    ("parent", "a parent or carer"),
    ("contractor", "a contractor or visitor"),
    ("none", "someone outside the college"),
]


# A person field with the people picker (portal/pick.js over people:pick).
PICKER = {"autocomplete": "off", "list": "people-found", "data-pick": "people"}


class ReportForm(forms.Form):
    """Report a concern: what kind, about whom, what happened, when and where, links."""

    kind = forms.ChoiceField(label="What is it about?", choices=[])
    subject = forms.CharField(
        label="Who is it about? (optional)",
        required=False,
        max_length=300,
        help_text="Type a name or id to search the people you may name. If they are not "
        "listed, or you do not know them, leave this empty and say who below.",
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "list": "people-found", "data-pick": "people"}
        ),
    )
    subject_kind = forms.ChoiceField(
        label="If you did not name them: who are they?", choices=DESCRIBED, required=False
    )
    subject_description = forms.CharField(
        label="Who, in your own words (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    what = forms.CharField(
        label="What happened?",
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Say what you saw or were told, in your own words.",
    )
    happened_at = forms.DateTimeField(
        label="When did it happen? (optional)",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
    )
    where = forms.ChoiceField(label="Where?", choices=Where.choices, initial=Where.UNKNOWN)
    place = forms.CharField(
        label="Which site, app or place? (optional)",
        required=False,
        max_length=300,
        help_text="e.g. Instagram, a class group chat, the library",
    )
    link_url = forms.URLField(
        label="A link to it (optional)",
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text="The address of the post, message or page.",
    )

    def __init__(
        self, *args: Any, kinds: list[tuple[str, str]], nameable: QuerySet[Person], **kwargs: Any
    ) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.nameable = nameable
        field = self.fields["kind"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = BLANK + kinds

    def clean_happened_at(self) -> datetime | None:
        value: datetime | None = self.cleaned_data.get("happened_at")
        if value is not None and value > timezone.now():
            raise forms.ValidationError("That is in the future: when did it happen?")
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("subject"):
            try:
                data["subject_person"] = resolve_person(
                    self.nameable,
                    data["subject"],
                    otherwise="Check the spelling, or leave this empty and say who below.",
                )
            except forms.ValidationError as error:
                self.add_error("subject", error)
        return data


class OpenCaseForm(forms.Form):
    title = forms.CharField(label="Title", max_length=200)
    area = forms.ChoiceField(label="Area (decides who sees it)", choices=Area.choices)
    category = forms.ChoiceField(label="Category", choices=BLANK + Category.choices)
    risk = forms.ChoiceField(label="Risk level", choices=Risk.choices, initial=Risk.MEDIUM)


class ChangeCaseForm(forms.Form):
    area = forms.ChoiceField(label="Area (decides who sees it)", choices=Area.choices)
    category = forms.ChoiceField(label="Category", choices=Category.choices)
    risk = forms.ChoiceField(label="Risk level", choices=Risk.choices)


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Note", max_length=20_000, widget=forms.Textarea(attrs={"rows": 3})
    )
    at = forms.DateTimeField(
        label="When it happened (optional; now if empty)",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
    )


class PersonForm(forms.Form):
    person = forms.CharField(
        label="Person (name or id in the directory)",
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs=PICKER),
    )
    name = forms.CharField(label="Or describe them", required=False, max_length=200)
    involvement = forms.ChoiceField(label="Involvement", choices=Involvement.choices)


class ActionForm(forms.Form):
    title = forms.CharField(label="What must be done", max_length=150)
    person = forms.CharField(
        label="Who (a person: name or id in the directory)",
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs=PICKER),
    )
    role = forms.ChoiceField(label="Or a role", required=False, choices=[])
    due_on = forms.DateField(label="Due", widget=forms.DateInput(attrs={"type": "date"}))
    description = forms.CharField(
        label="Details for them (optional)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, roles: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["role"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "none"), *roles]


class ActionStatusForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("in_progress", "in progress"), ("done", "done"), ("not_needed", "not needed")]
    )
    note = forms.CharField(required=False, max_length=4000)


class ReferralForm(forms.Form):
    agency = forms.ChoiceField(label="Agency", choices=BLANK + Agency.choices)
    made_on = forms.DateField(label="Referred on", widget=forms.DateInput(attrs={"type": "date"}))
    reference = forms.CharField(label="Their reference", required=False, max_length=100)
    reason = forms.CharField(
        label="Why (optional)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReferralOutcomeForm(forms.Form):
    outcome = forms.CharField(
        label="Outcome", max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )
    outcome_on = forms.DateField(label="On", widget=forms.DateInput(attrs={"type": "date"}))


class OutcomeForm(forms.Form):
    kind = forms.ChoiceField(label="Outcome", choices=BLANK + OutcomeKind.choices)
    person = forms.CharField(
        label="Whose (name or id)",
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs=PICKER),
    )
    due_on = forms.DateField(label="Due", widget=forms.DateInput(attrs={"type": "date"}))
    detail = forms.CharField(
        label="Details (optional)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class CloseForm(forms.Form):
    reason = forms.ChoiceField(label="Why is it closing?", choices=BLANK + ClosureReason.choices)
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ConcernCloseForm(forms.Form):
    note = forms.CharField(
        label="How was it dealt with?", max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )


class DocumentForm(forms.Form):
    """A document for the chronology; what it is, is read from its bytes by the action."""

    file = forms.FileField(
        label="File",
        help_text="PDF, an image, plain text, an e-mail (.eml), Word (.docx) or .odt.",
    )
    description = forms.CharField(label="What it is", max_length=300, required=False)


class ReassignForm(forms.Form):
    """Hand the case to someone: picked from the directory (they need a portal login)."""

    person = forms.CharField(
        label="Hand it to",
        max_length=300,
        help_text="Type a name or id to search the directory.",
        widget=forms.TextInput(attrs=PICKER),
    )
    note = forms.CharField(
        label="What they need to know (optional)",
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
