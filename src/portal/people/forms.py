from __future__ import annotations

from django import forms


class ImportPeopleForm(forms.Form):
    file = forms.FileField(
        label="People file (CSV, UTF-8)",
        help_text="The first line names the columns; see the column list below.",
    )


class LeavingForm(forms.Form):
    leaving_date = forms.DateField(
        label="Leaving date",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Their last day is the day before; access to official accounts is then removed.",
    )
