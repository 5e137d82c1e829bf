from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet

from portal.moderation.actions import ModerationVerdict, verdicts_for
from portal.moderation.imports import MAX_FILE_BYTES
from portal.moderation.models import Post
from portal.moderation.queries import accounts_of
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.people.picking import resolve_person
from portal.people.queries import people_in

MAX_TEXT = 10_000
MAX_SHOWN = 50


MAX_FILES = 4


def _names(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class DraftForm(forms.Form):
    """A draft: its account and text, up to ``MAX_FILES`` images or videos each with the
    people it shows (``people_fields`` names those boxes), and their purpose. Cleaned,
    ``files`` holds (upload, the people it shows) for each file given, in order."""

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
    purpose = forms.ChoiceField(
        label="What are the images or video for?", choices=[], required=False
    )

    def __init__(
        self,
        *args: Any,
        organisation: Organisation,
        nameable: QuerySet[Person] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["account"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = accounts_of(organisation)
        purpose = self.fields["purpose"]
        assert isinstance(purpose, forms.ChoiceField)
        # The pack's own purposes: the media rule decides on them, never on free text.
        purpose.choices = [("", "not said"), *organisation.pack().purpose_choices()]
        self.nameable = nameable if nameable is not None else people_in(organisation)
        self.people_fields: list[str] = []
        for number in range(1, MAX_FILES + 1):
            self.fields[f"file_{number}"] = forms.FileField(
                label=f"Image or video {number} (optional)",
                required=False,
                widget=forms.ClearableFileInput(attrs={"accept": "image/*,video/mp4,video/webm"}),
                help_text="JPEG, PNG, GIF, WebP, MP4 or WebM; checked by its content."
                if number == 1
                else "",
            )
            self.fields[f"people_{number}"] = forms.CharField(
                label=f"Who is in image or video {number}",
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text=f"One person a line, by name or id (up to {MAX_SHOWN}); the "
                "search box below adds them.",
            )
            self.people_fields.append(f"people_{number}")
        # The purpose after the files it is about.
        self.order_fields(["account", "text", *self._slot_names(), "purpose"])

    @staticmethod
    def _slot_names() -> list[str]:
        return [f"{kind}_{n}" for n in range(1, MAX_FILES + 1) for kind in ("file", "people")]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        files: list[tuple[Any, list[Person]]] = []
        for number in range(1, MAX_FILES + 1):
            box = f"people_{number}"
            names = _names(data.get(box) or "")
            found: list[Person] = []
            if len(names) > MAX_SHOWN:
                self.add_error(box, f"At most {MAX_SHOWN} people.")
                names = []
            for name in names:
                try:
                    found.append(resolve_person(self.nameable, name))
                except forms.ValidationError as error:
                    self.add_error(box, error)
            upload = data.get(f"file_{number}")
            if upload:
                files.append((upload, found))
            elif found:
                self.add_error(box, f"Attach image or video {number} that they are in.")
        data["files"] = files
        return data


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

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                f"The file is {upload.size / 1e6:.1f} MB; the most is "
                f"{MAX_FILE_BYTES / 1e6:.0f} MB. Split it and import each part."
            )
        return upload
