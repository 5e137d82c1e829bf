from __future__ import annotations

from typing import Any

from django import forms

from portal.moderation.actions import ModerationVerdict, verdicts_for
from portal.moderation.models import Post
from portal.moderation.queries import accounts_of
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation

MAX_TEXT = 10_000


class DraftForm(forms.Form):
    account = forms.ModelChoiceField(
        queryset=OfficialAccount.objects.none(),
        label="Official account",
        empty_label=None,
    )
    text = forms.CharField(
        label="Post text",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6, "cols": 70}),
        help_text="It is screened against the policy as soon as you submit it.",
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["account"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = accounts_of(organisation)


class EditDraftForm(forms.Form):
    text = forms.CharField(
        label="Changed text",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6, "cols": 70}),
        help_text="Submitting screens the text again and puts it back in the queue.",
    )


VERDICT_LABELS = {
    ModerationVerdict.APPROVE: "Approve",
    ModerationVerdict.REQUEST_CHANGES: "Ask for changes",
    ModerationVerdict.REJECT: "Reject",
}


class ModerateForm(forms.Form):
    """Only the verdicts the post allows are offered (see ``verdicts_for``)."""

    verdict = forms.ChoiceField(label="Decision", widget=forms.RadioSelect)
    note = forms.CharField(
        label="Note to the author",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 70}),
        help_text="Needed when you ask for changes; the author sees it.",
    )
    decision_id = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, post: Post, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["verdict"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(v.value, VERDICT_LABELS[v]) for v in verdicts_for(post)]


class ImportCommentsForm(forms.Form):
    file = forms.FileField(
        label="Comments file",
        help_text=(
            "JSON lines (.jsonl: one comment per line with id, account, author, text, "
            "published_at) or an RSS/Atom feed (.xml, .rss, .atom)."
        ),
    )
    account = forms.ModelChoiceField(
        queryset=OfficialAccount.objects.none(),
        label="Official account",
        required=False,
        help_text="Needed for a feed; for JSON lines, used where a line names no account.",
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["account"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = accounts_of(organisation)
