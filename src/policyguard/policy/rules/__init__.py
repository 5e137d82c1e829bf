"""Built-in rules, one module per concern. Importing this package registers them all."""

from policyguard.policy.rules import (
    accounts,
    contact,
    content,
    media,
    posts,
    profile,
    reports,
    takedown,
    web,
    web_filter,
)

__all__ = [
    "accounts",
    "contact",
    "content",
    "media",
    "posts",
    "profile",
    "reports",
    "takedown",
    "web",
    "web_filter",
]
