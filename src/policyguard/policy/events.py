"""Events: the things a policy has an opinion on.

An event arrives as JSON (CLI, API) or is built in code. People are referred to by
directory id (a string) or described inline (a ``Person`` object). Times must carry a
timezone; dates for age and window rules are taken in the pack's timezone.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter

from policyguard.people import Person

FIRST_YEAR = 1970
LAST_YEAR = 2100


def _plausible_time(value: datetime) -> datetime:
    # Year 1 or 9999 with an offset overflows as soon as it is turned into UTC or a local
    # day; the year is checked first because comparing such a time overflows too.
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(
            f"{value.isoformat()} is out of range: give a time from {FIRST_YEAR} to {LAST_YEAR}"
        )
    return value


EventTime = Annotated[AwareDatetime, AfterValidator(_plausible_time)]
"""A time with its offset, between 1970 and 2100."""

PersonRef = Annotated[
    str | Person,
    Field(description="A directory id, or a person described inline."),
]


class EventKind(StrEnum):
    POST = "post"
    PROFILE = "profile"
    CONNECTION = "connection"
    MEDIA = "media"
    WEB_REQUEST = "web_request"
    ACCOUNT_CHANGE = "account_change"
    REPORT = "report"
    TAKEDOWN = "takedown"


class AccountType(StrEnum):
    PERSONAL = "personal"
    PROFESSIONAL = "professional"  # a personal professional-network profile (LinkedIn)
    OFFICIAL = "official"
    DEPARTMENTAL = "departmental"  # an approved departmental / academic account
    GROUP = "group"


class AccountPurpose(StrEnum):
    """What an institution's departmental or group account was made for (NCLT-17 allows
    students to befriend only a departmental account made solely for academic purposes)."""

    ACADEMIC = "academic"  # solely for teaching and study
    PROMOTIONAL = "promotional"  # promoting a department, its courses and events
    GENERAL = "general"  # several purposes, or none stated when it was approved


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    at: EventTime = Field(description="When it happens (ISO 8601 with an offset).")


class ConnectionAction(StrEnum):
    FRIEND_REQUEST = "friend_request"
    ACCEPT_REQUEST = "accept_request"
    FOLLOW = "follow"
    INVITE = "invite"
    MESSAGE = "message"


FRIENDING = frozenset(
    {ConnectionAction.FRIEND_REQUEST, ConnectionAction.ACCEPT_REQUEST, ConnectionAction.INVITE}
)


class ConnectionEvent(_Event):
    """May ``actor`` befriend, follow, invite or message ``target``?"""

    kind: Literal["connection"] = "connection"
    actor: PersonRef
    target: PersonRef
    action: ConnectionAction
    platform: str = Field(min_length=1, description="e.g. facebook, instagram, teams.")
    account_type: AccountType = Field(
        default=AccountType.PERSONAL, description="The kind of account the actor uses."
    )
    account_purpose: AccountPurpose | None = Field(
        default=None, description="For a departmental or group account: what it was made for."
    )
    account_id: str | None = Field(default=None, description="Register id of that account.")
    target_account_type: AccountType = Field(
        default=AccountType.PERSONAL,
        description="The kind of account on the target's side: the one befriended, "
        "followed or messaged.",
    )
    target_account_purpose: AccountPurpose | None = Field(
        default=None, description="For a departmental or group target account: its purpose."
    )
    business: bool | None = Field(
        default=None,
        description="The contact is about the institution's business (null: not stated).",
    )
    stated_reason: str | None = Field(
        default=None, description="The actor's own reason, e.g. 'family friend'."
    )
    manager_agreed: bool = Field(
        default=False, description="A manager agreed this contact for teaching purposes."
    )


class MediaType(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    LESSON_RECORDING = "lesson_recording"


class MediaEvent(_Event):
    """Publishing an image or video that shows people."""

    kind: Literal["media"] = "media"
    author: PersonRef
    media_type: MediaType
    account_type: AccountType
    platform: str = ""
    people_shown: list[PersonRef] = Field(default_factory=list)
    on_premises: bool = False
    shared_from_official: bool = Field(
        default=False, description="A share of a post from the institution's own account."
    )
    teacher_permission: bool | None = Field(
        default=None, description="For lesson recordings: the teacher agreed."
    )
    purpose: str = Field(
        default="",
        description="Why it is published: a key of the pack's purposes (e.g. "
        "educational_activity); empty when not stated.",
    )
    caption: str = ""


class ProfileEvent(_Event):
    """A social-media profile, checked against the rules for personal and official profiles."""

    kind: Literal["profile"] = "profile"
    owner: PersonRef
    platform: str = Field(min_length=1)
    account_type: AccountType = AccountType.PERSONAL
    handle: str = ""
    display_name: str = ""
    bio: str = ""
    email: str = ""
    employer: str = Field(default="", description="Employer or college named on the profile.")
    is_private: bool | None = None
    business_style: bool = Field(
        default=False, description="Laid out like a business or organisation page."
    )


class AccountChange(StrEnum):
    CREATE = "create"
    LEAVER = "leaver"
    ACTIVITY_CHECK = "activity_check"


class AccountInfo(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = ""
    name: str = ""
    platform: str = ""
    account_type: AccountType = AccountType.OFFICIAL
    purpose: str = ""
    area: str = Field(default="", description="The department or area it serves.")
    owners: list[str] = Field(
        default_factory=list,
        description="Directory ids of the people who maintain it and answer for it.",
    )
    approval_document: bool = Field(
        default=False, description="The approver's written permission is on file."
    )
    last_activity_at: EventTime | None = None


class AccountChangeEvent(_Event):
    """An official account is requested, loses a person with access, or is checked for use."""

    kind: Literal["account_change"] = "account_change"
    change: AccountChange
    account: AccountInfo | None = None
    requested_by: PersonRef | None = None
    approved_by: PersonRef | None = None
    person: PersonRef | None = Field(default=None, description="For a leaver: who leaves.")
    accounts_with_access: list[AccountInfo] = Field(
        default_factory=list, description="For a leaver: accounts they could use."
    )


class Audience(StrEnum):
    LEARNER = "learner"
    STAFF = "staff"
    GUEST = "guest"


class WebRequestEvent(_Event):
    """A request through the institution's network or devices."""

    kind: Literal["web_request"] = "web_request"
    url: str = Field(min_length=1)
    audience: Audience
    user: PersonRef | None = None
    device: str = Field(default="", description="Device class, e.g. learner_pc, staff_laptop.")
    device_id: str = ""
    client_ip: str = ""
    categories: list[str] = Field(
        default_factory=list, description="Categories already known for the URL."
    )
    purpose: Literal["personal", "work", "study", "recruitment", "unknown"] = Field(
        default="unknown",
        description="What the user says the visit is for; recruitment: looking at a "
        "candidate while recruiting.",
    )
    on_duty: bool | None = Field(
        default=None,
        description="The user is (true) or is not (false) on duty now; null: judged by the "
        "pack's working hours.",
    )
    travelling: bool = Field(
        default=False, description="The user is travelling between appointments."
    )


class AttachedMedia(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    media_type: MediaType = MediaType.IMAGE
    people_shown: list[PersonRef] = Field(default_factory=list)
    on_premises: bool = False


class PostEvent(_Event):
    """A post (or comment) for, on or to a social-media account."""

    kind: Literal["post"] = "post"
    text: str
    author: PersonRef | None = None
    account_type: AccountType = AccountType.OFFICIAL
    account_id: str | None = None
    platform: str = ""
    direction: Literal["outgoing", "incoming"] = "outgoing"
    on_account_type: AccountType | None = Field(
        default=None,
        description="For a comment or reply: the kind of account whose page it goes on "
        "(the college's Facebook page: official); null for a post on the account's own page.",
    )
    media: list[AttachedMedia] = Field(
        default_factory=list,
        description="Images or video the post carries: the media rules decide on each kind "
        "as a media event by the post's author, with the post's purpose.",
    )
    purpose: str = Field(
        default="",
        description="Why its media are published: a key of the pack's purposes; empty when "
        "not stated.",
    )


class ReportEvent(_Event):
    """A concern or breach reported by anyone."""

    kind: Literal["report"] = "report"
    reporter: PersonRef | None = None
    subject: PersonRef | None = Field(default=None, description="Whom the concern is about.")
    concern: str = Field(min_length=1, description="e.g. safeguarding, staff_conduct, breach.")
    text: str = ""


class TakedownMaterial(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    INFORMATION = "information"


class TakedownEvent(_Event):
    """Someone asks for an image, a video or information about a person to be taken down."""

    kind: Literal["takedown"] = "takedown"
    requester: PersonRef | None = Field(
        default=None, description="Who asks (null: someone the directory does not know)."
    )
    subject: PersonRef | None = Field(
        default=None, description="Whom the material shows or is about."
    )
    on_behalf: Literal["self", "child", "colleague", "other"] = Field(
        default="self",
        description="Whose material it is, seen from the requester: their own, their "
        "child's (a parent or carer asking), a colleague's, or someone else's.",
    )
    material: TakedownMaterial = TakedownMaterial.IMAGE
    account_type: AccountType = Field(
        default=AccountType.OFFICIAL, description="The kind of account it was published on."
    )
    where: str = Field(default="", description="Where it is: an address or a description.")


Event = Annotated[
    ConnectionEvent
    | MediaEvent
    | ProfileEvent
    | AccountChangeEvent
    | WebRequestEvent
    | PostEvent
    | ReportEvent
    | TakedownEvent,
    Field(discriminator="kind"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)
