"""A password check Django lacks: a common password with a year or digits added.

Django's ``CommonPasswordValidator`` knows 20,000 common passwords, but not
"Summer2026" or "Password1!": people meet a length rule by adding a year, a number or a
symbol to a common word. This validator takes those off and looks the rest up in the
same list.
"""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError

_PADDING = re.compile(r"^[\W\d_]+|[\W\d_]+$")


class CommonWordWithNumbersValidator:
    def __init__(self) -> None:
        self._common = CommonPasswordValidator()

    def validate(self, password: str, user: Any = None) -> None:
        core = _PADDING.sub("", password.lower().strip())
        if core != password.lower().strip() and len(core) >= 3 and core in self._common.passwords:
            raise ValidationError(
                "This password is a common word with numbers or symbols added; "
                "choose something less guessable, such as three unrelated words.",
                code="password_common_with_numbers",
            )

    def get_help_text(self) -> str:
        return "Your password can't be a common word with a year or numbers added."
