"""Demo posts for ``load_demo``: an official account, drafts and comments in the queue.

Called once per demo organisation; does nothing where the organisation already has an
official account, so loading the demo twice adds nothing.
"""

from __future__ import annotations

import json
from datetime import timedelta

from django.utils import timezone

from portal.moderation.actions import add_official_account, submit_draft
from portal.moderation.incoming import import_comments
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.types import User

_DRAFTS = (
    "Open evening is on Thursday from five until eight. Come and meet the tutors!",
    "Any questions about the trip? Text me on 07700 900123 tonight.",
)
_COMMENTS = (
    ("Parent of a Year 12", "Brilliant results this year, well done everyone."),
    ("Anonymous", "Your teachers are useless idiots and should be sacked."),
)


def load_demo_posts(organisation: Organisation) -> None:
    if OfficialAccount.objects.filter(organisation=organisation).exists():
        return
    short = organisation.pack().organisation.short_name or organisation.name
    account = add_official_account(
        organisation=organisation,
        name=f"@{short.replace(' ', '')}",
        platform="x",
        acting_user=None,
    )
    author = User.objects.filter(username=f"{organisation.slug}-staff").first()
    if author is not None:
        for text in _DRAFTS:
            submit_draft(account=account, text=text, acting_user=author)
    published = timezone.now() - timedelta(hours=3)
    lines = [
        json.dumps(
            {
                "id": f"demo-{number}",
                "author": name,
                "text": text,
                "published_at": (published + timedelta(minutes=number)).isoformat(),
            }
        )
        for number, (name, text) in enumerate(_COMMENTS, start=1)
    ]
    import_comments(
        organisation=organisation,
        data="\n".join(lines).encode(),
        source="demo comments",
        account=account,
        acting_user=None,
        channel="task",
    )
