from __future__ import annotations

from django import forms


class ImportPeopleForm(forms.Form):
    file = forms.FileField(
        label="People file (CSV, UTF-8)",
        help_text="The first line names the columns; see the column list below.",
    )
