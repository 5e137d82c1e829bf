from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from policyguard import Pack
from portal.consent.models import Behalf, Material
from portal.people.models import MEDIA_CHOICES, Person
from portal.people.picking import resolve_person

_DATE = forms.DateInput(attrs={"type": "date"})


class PersonField(forms.CharField):
    """A person typed or picked ("Name (id)"), resolved among the form's ``people``."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 300)
        attrs = {"list": "people-found", "data-pick": "people", "autocomplete": "off"}
        super().__init__(widget=forms.TextInput(attrs=attrs), **kwargs)


class _PeopleForm(forms.Form):
    person_fields: tuple[str, ...] = ()

    def __init__(self, *args: Any, people: QuerySet[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.people = people

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in self.person_fields:
            text = (data.get(name) or "").strip()
            data[name] = None
            if not text:
                continue
            try:
                data[name] = resolve_person(
                    self.people, text, otherwise="Check the spelling, or give their directory id."
                )
            except forms.ValidationError as error:
                self.add_error(name, error)
        return data


class ConsentForm(_PeopleForm):
    person_fields = ("person", "given_by_person")

    person = PersonField(label="Person shown", help_text="Type a name and choose.")
    given_by = forms.ChoiceField(
        label="Given by",
        choices=[
            ("parent", "a parent or carer"),
            ("self", "the person themselves"),
        ],
        widget=forms.RadioSelect,
        initial="parent",
    )
    given_by_person = PersonField(
        label="Parent or carer (optional)", required=False, help_text="If in the directory."
    )
    given_on = forms.DateField(label="Given on", widget=_DATE)
    covers = forms.MultipleChoiceField(
        label="Covers",
        choices=MEDIA_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        initial=[k for k, _ in MEDIA_CHOICES],
    )
    purposes = forms.MultipleChoiceField(
        label="For", choices=[], widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, pack: Pack, person: Person | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        purposes = self.fields["purposes"]
        assert isinstance(purposes, forms.MultipleChoiceField)
        purposes.choices = pack.purpose_choices()
        self.fixed_person = person
        if person is not None:
            del self.fields["person"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.fixed_person is not None:
            data["person"] = self.fixed_person
        elif not self.errors.get("person") and data.get("person") is None:
            self.add_error("person", "Choose the person.")
        return data


class WithdrawForm(forms.Form):
    withdrawn_on = forms.DateField(label="Withdrawn from", widget=_DATE, required=False)
    reason = forms.CharField(label="Reason", max_length=500, required=False)

    def clean_withdrawn_on(self) -> Any:
        return self.cleaned_data.get("withdrawn_on") or timezone.localdate()


class ImportConsentsForm(forms.Form):
    file = forms.FileField(label="Consents file (CSV, UTF-8)")


class PublicTakedownForm(forms.Form):
    requester_name = forms.CharField(label="Your name", max_length=200)
    requester_email = forms.EmailField(
        label="Your e-mail address", required=False, help_text="So we can tell you it is done."
    )
    on_behalf = forms.ChoiceField(
        label="Whom is it about?",
        choices=[
            (Behalf.SELF, "me"),
            (Behalf.CHILD, "my child (I am their parent or carer)"),
            (Behalf.OTHER, "someone else"),
        ],
        widget=forms.RadioSelect,
    )
    subject_name = forms.CharField(label="Their name", max_length=200)
    subject_date_of_birth = forms.DateField(
        label="Their date of birth (optional)",
        required=False,
        widget=_DATE,
        help_text="Helps us find the right person quickly.",
    )
    material = forms.ChoiceField(
        label="What should be removed?", choices=Material.choices, widget=forms.RadioSelect
    )
    where = forms.CharField(
        label="Where is it?",
        max_length=2000,
        help_text="The address of the post or page, or describe where you saw it.",
    )
    details = forms.CharField(
        label="Anything else (optional)",
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PortalTakedownForm(_PeopleForm):
    person_fields = ("subject",)

    on_behalf = forms.ChoiceField(
        label="Whom is it about?", choices=Behalf.choices, widget=forms.RadioSelect
    )
    subject = PersonField(
        label="The person (if you can find them)",
        required=False,
        help_text="Leave empty for yourself.",
    )
    subject_name = forms.CharField(label="Or their name", max_length=200, required=False)
    material = forms.ChoiceField(
        label="What should be removed?", choices=Material.choices, widget=forms.RadioSelect
    )
    where = forms.CharField(label="Where is it?", max_length=2000)
    details = forms.CharField(
        label="Anything else (optional)",
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ConfirmRemovalForm(_PeopleForm):
    person_fields = ("subject",)

    note = forms.CharField(
        label="What was taken down, and where",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    subject = PersonField(
        label="The person it is about (to withdraw their consent)",
        required=False,
        help_text="Leave empty if they are not in the directory.",
    )
    purpose = forms.ChoiceField(
        label="What it was published for",
        required=False,
        help_text="Only the consent for this purpose is withdrawn; leave it for every "
        "purpose. Only the kind of media asked about is withdrawn either way.",
    )
    removed = forms.BooleanField(label="I confirm it has been removed")

    def __init__(self, *args: Any, pack: Pack, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["purpose"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "every purpose"), *pack.purpose_choices()]


class LinkSubjectForm(_PeopleForm):
    person_fields = ("subject",)

    subject = PersonField(label="The person it is about", help_text="Type a name and choose.")
