"""Choices for forms and filters, read from the core's public event models (so a new
event kind or a new connection action shows up here without a change)."""

from __future__ import annotations

from enum import Enum
from typing import get_args

from pydantic import BaseModel

from policyguard import (
    AccountChangeEvent,
    ConnectionEvent,
    MediaEvent,
    PostEvent,
    ProfileEvent,
    ReportEvent,
    WebRequestEvent,
)

EVENT_MODELS: tuple[type[BaseModel], ...] = (
    ConnectionEvent,
    MediaEvent,
    ProfileEvent,
    AccountChangeEvent,
    WebRequestEvent,
    PostEvent,
    ReportEvent,
)


def label(value: str) -> str:
    return value.replace("_", " ")


def event_kind_choices() -> list[tuple[str, str]]:
    kinds = [str(model.model_fields["kind"].default) for model in EVENT_MODELS]
    return [(kind, label(kind)) for kind in kinds]


def enum_choices(model: type[BaseModel], field: str) -> list[tuple[str, str]]:
    """The values of the enum that types ``model.field`` (optional or not)."""
    annotation = model.model_fields[field].annotation
    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return [(str(member.value), label(str(member.value))) for member in candidate]
    raise TypeError(f"{model.__name__}.{field} is not an enum")
