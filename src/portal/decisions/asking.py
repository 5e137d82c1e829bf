"""Guided questions: forms that build an event for the asker, instead of JSON.

Each question is a form whose ``event(asker=..., at=...)`` returns the event in the core's
JSON contract; the view records the decision with ``decide_event(asked_by=access)``,
which still refuses any id the asker may not name, so a form cannot widen what someone
sees. People are named with a search box (``portal.people`` ``pick``, limited to the
people the asker may name) and resolved here against the same list: an exact id, or a
name that only one of them has. Someone not found is described instead (who they are to
the college, when they left, how old), and goes into the event as an inline person
whose id can match nobody in the directory.

Questions: ``connection`` (may I connect with…), ``media`` (may this photo or video go
out…), ``profile`` (check my profile…), ``report`` (report a concern…).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django import forms
from django.db.models import QuerySet

from policyguard import ConnectionEvent, MediaEvent, Pack, ProfileEvent
from portal.decisions.choices import enum_choices
from portal.people.models import Person
from portal.people.picking import resolve_person

MAX_SHOWN = 20
BLANK = [("", "choose…")]
DESCRIBED_KINDS = [
    ("student", "a current student"),
    ("former_student", "a former student"),
    ("applicant", "an applicant"),
    ("staff", "a member of staff"),
    ("parent", "a parent or carer of a student"),
    ("none", "nobody connected with the college"),
]
RELATIONS = [
    ("", "none"),
    ("family_of", "we are family"),
    ("parent_of", "I am their parent"),
    ("guardian_of", "I am their guardian"),
    ("carer_of", "I am their carer"),
    ("family_friend_of", "I am a family friend"),
]
PLATFORMS = ["facebook", "instagram", "x", "tiktok", "linkedin", "snapchat", "whatsapp", "teams"]
TRI_STATE = [("", "not known"), ("yes", "yes"), ("no", "no")]


@dataclass(frozen=True)
class Asker:
    """Who asks: their directory id if they have one, else how to describe them."""

    person_id: str | None
    username: str
    is_student: bool

    def reference(self) -> str | dict[str, Any]:
        if self.person_id:
            return self.person_id
        kind = "student" if self.is_student else "staff"
        # Not an id of the directory: nobody can be matched by it.
        return {"id": f"portal-user:{self.username}", "affiliations": [{"kind": kind}]}

    @property
    def id(self) -> str:
        reference = self.reference()
        return reference if isinstance(reference, str) else str(reference["id"])


def _described(
    prefix: str, kind: str, left_on: date | None, born_on: date | None
) -> dict[str, Any]:
    """An inline person: who they are to the college, from the form's description."""
    person: dict[str, Any] = {"id": f"described:{prefix}"}
    if kind == "former_student":
        person["affiliations"] = [
            {"kind": "student", "end": left_on.isoformat() if left_on else None}
        ]
    elif kind != "none":
        person["affiliations"] = [{"kind": kind}]
    if born_on is not None:
        person["date_of_birth"] = born_on.isoformat()
    return person


class QuestionForm(forms.Form):
    """A guided question; subclasses add fields and build the event."""

    kind = ""
    title = ""
    summary = ""

    def __init__(self, *args: Any, nameable: QuerySet[Person], pack: Pack, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")  # the labels are questions or names
        super().__init__(*args, **kwargs)
        self.nameable = nameable
        self.pack = pack

    def _choices(self, name: str, choices: list[tuple[str, str]]) -> None:
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices

    def event(self, *, asker: Asker, at: datetime) -> dict[str, Any]:
        raise NotImplementedError


class ConnectionForm(QuestionForm):
    kind = "connection"
    title = "May I connect with someone?"
    summary = "A friend request, a follow, an invitation or a message on social media."

    target = forms.CharField(
        label="Who",
        required=False,
        max_length=300,
        help_text="Type a name or id to search the people you may see. If they are not "
        "listed, leave this empty and describe them below.",
        widget=forms.TextInput(
            attrs={"list": "people-found", "autocomplete": "off", "data-pick": "people"}
        ),
    )
    target_kind = forms.ChoiceField(
        label="If they are not listed: who are they to the college?",
        choices=BLANK + DESCRIBED_KINDS,
        required=False,
    )
    target_left_on = forms.DateField(
        label="When did they leave? (former students)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    target_born_on = forms.DateField(
        label="Their date of birth, if you know it",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    relation = forms.ChoiceField(label="Are you related?", choices=RELATIONS, required=False)
    action = forms.ChoiceField(
        label="What do you want to do?", choices=enum_choices(ConnectionEvent, "action")
    )
    platform = forms.CharField(
        label="Where",
        max_length=64,
        help_text="e.g. facebook, instagram, teams",
        widget=forms.TextInput(attrs={"list": "platforms"}),
    )
    account_type = forms.ChoiceField(
        label="From which kind of account?", choices=enum_choices(ConnectionEvent, "account_type")
    )
    stated_reason = forms.CharField(label="Why (optional)", max_length=500, required=False)
    manager_agreed = forms.BooleanField(
        label="My manager agreed this contact for teaching", required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("target"):
            try:
                data["target_person"] = resolve_person(
                    self.nameable,
                    data["target"],
                    otherwise="Check the spelling, or describe them below instead.",
                )
            except forms.ValidationError as error:
                self.add_error("target", error)
        elif not data.get("target_kind"):
            self.add_error("target", "Choose who, or describe them below.")
        if data.get("target_kind") == "former_student" and not data.get("target_left_on"):
            self.add_error("target_left_on", "Give the date they left (an estimate will do).")
        return data

    def event(self, *, asker: Asker, at: datetime) -> dict[str, Any]:
        data = self.cleaned_data
        target: str | dict[str, Any]
        if data.get("target_person") is not None:
            target = data["target_person"].external_id
        else:
            target = _described(
                "target", data["target_kind"], data["target_left_on"], data["target_born_on"]
            )
            if data["relation"]:
                target["relations"] = [{"kind": data["relation"], "person_id": asker.id}]
        event: dict[str, Any] = {
            "kind": "connection",
            "at": at.isoformat(),
            "actor": asker.reference(),
            "target": target,
            "action": data["action"],
            "platform": data["platform"].strip().lower(),
            "account_type": data["account_type"],
            "manager_agreed": data["manager_agreed"],
        }
        if data["stated_reason"]:
            event["stated_reason"] = data["stated_reason"]
        return event


class MediaForm(QuestionForm):
    kind = "media"
    title = "May this photo or video go out?"
    summary = "Publishing an image, a video or a lesson recording that shows people."

    media_type = forms.ChoiceField(
        label="What is it?", choices=enum_choices(MediaEvent, "media_type")
    )
    account_type = forms.ChoiceField(
        label="Which kind of account will publish it?",
        choices=enum_choices(MediaEvent, "account_type"),
    )
    platform = forms.CharField(
        label="Where",
        max_length=64,
        required=False,
        widget=forms.TextInput(attrs={"list": "platforms"}),
    )
    people_shown = forms.CharField(
        label="Who is in it",
        required=False,
        max_length=5000,
        help_text=f"One person a line, by name or id (up to {MAX_SHOWN}); the search box "
        "below adds them.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    others_shown = forms.ChoiceField(
        label="Does it also show people you could not find?",
        choices=[
            ("", "no"),
            ("student", "students"),
            ("staff", "staff"),
            ("none", "members of the public"),
        ],
        required=False,
    )
    others_under_18 = forms.BooleanField(label="Some of them are under 18", required=False)
    on_premises = forms.BooleanField(label="Taken at the college", required=False)
    shared_from_official = forms.BooleanField(
        label="A share of the college's own post", required=False
    )
    teacher_permission = forms.ChoiceField(
        label="For a lesson recording: did the teacher agree?", choices=TRI_STATE, required=False
    )
    purpose = forms.ChoiceField(label="What is it for?", choices=[], required=False)
    caption = forms.CharField(
        label="Caption (optional)",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The pack's own purposes (a media event may name only those).
        self._choices("purpose", [("", "not said"), *self.pack.purpose_choices()])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        names = [
            line.strip() for line in (data.get("people_shown") or "").splitlines() if line.strip()
        ]
        if len(names) > MAX_SHOWN:
            self.add_error(
                "people_shown", f"At most {MAX_SHOWN} people; describe the rest as a group."
            )
            return data
        found: list[Person] = []
        for name in names:
            try:
                found.append(resolve_person(self.nameable, name))
            except forms.ValidationError as error:
                self.add_error("people_shown", error)
        data["people_found"] = found
        return data

    def event(self, *, asker: Asker, at: datetime) -> dict[str, Any]:
        data = self.cleaned_data
        shown: list[str | dict[str, Any]] = [p.external_id for p in data["people_found"]]
        if data["others_shown"]:
            # Under 18: described as 16 today, which every age rule reads as a minor.
            day = at.date()
            born = (
                day.replace(year=day.year - 16, day=min(day.day, 28))
                if data["others_under_18"]
                else None
            )
            shown.append(_described("others", data["others_shown"], None, born))
        event: dict[str, Any] = {
            "kind": "media",
            "at": at.isoformat(),
            "author": asker.reference(),
            "media_type": data["media_type"],
            "account_type": data["account_type"],
            "platform": data["platform"].strip().lower(),
            "people_shown": shown,
            "on_premises": data["on_premises"],
            "shared_from_official": data["shared_from_official"],
            "purpose": data["purpose"],
            "caption": data["caption"],
        }
        if data["teacher_permission"]:
            event["teacher_permission"] = data["teacher_permission"] == "yes"
        return event


class ProfileForm(QuestionForm):
    kind = "profile"
    title = "Check my profile"
    summary = "Does a social-media profile of yours follow the policy?"

    platform = forms.CharField(
        label="Where", max_length=64, widget=forms.TextInput(attrs={"list": "platforms"})
    )
    account_type = forms.ChoiceField(
        label="Kind of account", choices=enum_choices(ProfileEvent, "account_type")
    )
    handle = forms.CharField(
        label="Handle", max_length=200, required=False, help_text="e.g. @sam_jones"
    )
    display_name = forms.CharField(label="Display name", max_length=200, required=False)
    bio = forms.CharField(
        label="Bio", max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    email = forms.CharField(label="E-mail address shown", max_length=200, required=False)
    employer = forms.CharField(label="Employer or college named", max_length=200, required=False)
    is_private = forms.ChoiceField(label="Is it private?", choices=TRI_STATE, required=False)
    business_style = forms.BooleanField(
        label="Laid out like a business or organisation page", required=False
    )

    def event(self, *, asker: Asker, at: datetime) -> dict[str, Any]:
        data = self.cleaned_data
        event: dict[str, Any] = {
            "kind": "profile",
            "at": at.isoformat(),
            "owner": asker.reference(),
            **{
                name: data[name]
                for name in (
                    "account_type",
                    "handle",
                    "display_name",
                    "bio",
                    "email",
                    "employer",
                    "business_style",
                )
            },
            "platform": data["platform"].strip().lower(),
        }
        if data["is_private"]:
            event["is_private"] = data["is_private"] == "yes"
        return event


class ReportForm(QuestionForm):
    kind = "report"
    title = "Report a concern"
    summary = (
        "Something you saw or were told that worries you. It goes to the people the policy names."
    )

    concern = forms.ChoiceField(label="What is it about?", choices=[])
    subject = forms.CharField(
        label="Whom is it about (optional)",
        required=False,
        max_length=300,
        help_text="Type a name or id to search the people you may see, or leave it empty "
        "and say who in your own words below.",
        widget=forms.TextInput(
            attrs={"list": "people-found", "autocomplete": "off", "data-pick": "people"}
        ),
    )
    text = forms.CharField(
        label="What happened", max_length=10_000, widget=forms.Textarea(attrs={"rows": 6})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The kinds of concern the pack routes to someone.
        choices = [(c, c.replace("_", " ")) for c in sorted(self.pack.reports)]
        self._choices("concern", BLANK + (choices or [("other", "something else")]))

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

    def event(self, *, asker: Asker, at: datetime) -> dict[str, Any]:
        data = self.cleaned_data
        event: dict[str, Any] = {
            "kind": "report",
            "at": at.isoformat(),
            "reporter": asker.reference(),
            "concern": data["concern"],
            "text": data["text"],
        }
        if data.get("subject_person") is not None:
            event["subject"] = data["subject_person"].external_id
        return event


QUESTIONS: dict[str, type[QuestionForm]] = {
    form.kind: form for form in (ConnectionForm, MediaForm, ProfileForm)
}
# "Report a concern" is the cases app's form (portal.cases): a report there is routed,
# acknowledged and followed to closure, not only decided.
