"""Let Django classes that django-stubs types as generic be subscripted at run time.

mypy (strict, with django-stubs) wants ``admin.ModelAdmin[Person]``; Django's own classes
do not accept the subscript. Giving them a ``__class_getitem__`` that returns the class
itself is all that is needed, and spares a run-time dependency for one small shim.
"""

from __future__ import annotations

from typing import Any


def allow_subscripting() -> None:
    from django.contrib.admin import ModelAdmin, StackedInline, TabularInline
    from django.contrib.admin.options import BaseModelAdmin, InlineModelAdmin
    from django.db.models import Manager, QuerySet
    from django.db.models.fields.json import JSONField

    def _same_class(cls: type, *_: Any) -> type:
        return cls

    for cls in (
        BaseModelAdmin,
        ModelAdmin,
        InlineModelAdmin,
        TabularInline,
        StackedInline,
        JSONField,
        QuerySet,
        Manager,
    ):
        if "__class_getitem__" not in cls.__dict__:
            setattr(cls, "__class_getitem__", classmethod(_same_class))  # noqa: B010
