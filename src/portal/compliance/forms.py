from __future__ import annotations

from django import forms

from portal.compliance.models import CheckResult, ReviewOutcome


class PublishForm(forms.Form):
    text = forms.CharField(
        label="The new pack (YAML)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false"}),
        help_text="Paste the whole pack, or choose its file below.",
    )
    file = forms.FileField(label="Or the pack file", required=False)

    def pack_text(self) -> str:
        upload = self.cleaned_data.get("file")
        if upload is not None:
            data: bytes = upload.read(1_000_001)
            try:
                return data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError("The file is not UTF-8 text.") from None
        return str(self.cleaned_data.get("text") or "")


class PolicyReviewForm(forms.Form):
    outcome = forms.ChoiceField(label="Outcome", choices=ReviewOutcome.choices)
    reviewed_on = forms.DateField(
        label="Reviewed on", widget=forms.DateInput(attrs={"type": "date"})
    )
    notes = forms.CharField(label="What the review found", widget=forms.Textarea(attrs={"rows": 4}))


class ImpactForm(forms.Form):
    data_protection = forms.CharField(
        label="Data protection: risks to people's data and the steps taken",
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    equality_impact = forms.CharField(
        label="Equality: who could be affected differently, and how",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    conclusion = forms.CharField(label="Conclusion", widget=forms.Textarea(attrs={"rows": 2}))


class FilteringReviewForm(forms.Form):
    roles_confirmed = forms.BooleanField(
        label="The roles are named, and the people holding them know their part", required=False
    )
    roles_note = forms.CharField(
        label="Notes on the roles", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    checks_note = forms.CharField(
        label="Notes on the checks (what failed and what was done)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    lists_reviewed = forms.BooleanField(
        label="The block and allow lists were reviewed with their reasons", required=False
    )
    lists_note = forms.CharField(
        label="Notes on the lists", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    reports_reviewed = forms.BooleanField(
        label="Unblock requests and safeguarding alerts were acted on", required=False
    )
    reports_note = forms.CharField(
        label="Notes on the reports", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    conclusion = forms.CharField(
        label="Conclusion of the review", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class DeviceCheckForm(forms.Form):
    device = forms.CharField(label="Device (asset tag or computer name)", max_length=100)
    checked_on = forms.DateField(label="Checked on", widget=forms.DateInput(attrs={"type": "date"}))
    result = forms.ChoiceField(label="Result", choices=CheckResult.choices)
    detail = forms.CharField(
        label="Detail (optional: product and version)", required=False, max_length=300
    )


class DeviceFileForm(forms.Form):
    file = forms.FileField(
        label="Checks file (CSV)", help_text="Columns: device, date, result, detail, location."
    )
