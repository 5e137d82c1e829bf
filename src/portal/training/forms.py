from __future__ import annotations

from typing import Any

from django import forms

from portal.training.models import AttendanceStatus
from portal.types import User


class SessionForm(forms.Form):
    course = forms.ChoiceField(label="Course")
    title = forms.CharField(
        label="Title (optional)", required=False, max_length=200, help_text="Default: the course's."
    )
    held_on = forms.DateField(label="Held on", widget=forms.DateInput(attrs={"type": "date"}))
    tutor = forms.ChoiceField(label="Tutor", required=False, help_text="Who ran it.")
    location = forms.CharField(label="Where (optional)", required=False, max_length=200)

    def __init__(
        self, *args: Any, courses: list[tuple[str, str]], tutors: list[User], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = courses  # type: ignore[attr-defined]
        self.fields["tutor"].choices = [("", "(nobody named)")] + [  # type: ignore[attr-defined]
            (str(u.pk), u.get_username()) for u in tutors
        ]
        self._tutors = {str(u.pk): u for u in tutors}

    def chosen_tutor(self, value: str) -> User | None:
        """The member chosen as tutor (the choices are the organisation's members)."""
        return self._tutors.get(value)


class RegisterForm(forms.Form):
    people = forms.CharField(
        label="Directory ids",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One per line (or separated by commas), as on the register.",
    )
    status = forms.ChoiceField(label="Mark them", choices=AttendanceStatus.choices)

    def ids(self) -> list[str]:
        raw = self.cleaned_data["people"].replace(",", "\n")
        return [line.strip() for line in raw.splitlines() if line.strip()]


class AttendanceFileForm(forms.Form):
    file = forms.FileField(label="Attendance file (CSV)", help_text="Columns: id, status, note.")
