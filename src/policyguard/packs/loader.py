"""Read pack YAML into a :class:`Pack`, reporting every problem with its file, line and field.

    pack, lines = read_pack(text, "my-college.yaml")   # PackError lists each problem
    text, source = bundled_pack_text("wcuc")           # one of the five bundled packs

This checks the pack's own structure. Binding its rules to the rule registry happens one
layer up, in :mod:`policyguard.policy.binding`, whose ``parse_pack`` and ``load_*``
functions are the public way to load a pack.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from policyguard.errors import PackError, PackNotFound, Problem
from policyguard.packs.compliance import compliance_reference_problems
from policyguard.packs.reports import report_reference_problems
from policyguard.packs.schema import Pack
from policyguard.packs.yaml_lines import Loc, load_yaml, located_problem, validation_problems

__all__ = ["bundled_pack_text", "bundled_slugs", "read_pack", "read_pack_file"]


def read_pack(text: str, source: str = "<pack>") -> tuple[Pack, dict[Loc, int]]:
    """The pack in ``text`` and the line of each of its parts. Raises PackError."""
    data, lines = load_yaml(text, source)
    if not isinstance(data, dict):
        raise PackError(
            problems=[Problem("", "a pack is a YAML mapping of sections", line=1)], source=source
        )
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        raise PackError(problems=validation_problems(exc, (), lines), source=source) from None
    found = [
        *report_reference_problems(
            pack.reports,
            roles={key: role.relative for key, role in pack.roles.items()},
            clauses={c.id for c in pack.clauses},
        ),
        *compliance_reference_problems(pack),
    ]
    problems = [located_problem(loc, message, lines) for loc, message in found]
    if problems:
        raise PackError(problems=problems, source=source)
    return pack, lines


def read_pack_file(path: str | Path) -> tuple[str, str]:
    """The text of the pack file at ``path`` and its name for messages."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackNotFound(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise PackError(
            problems=[Problem("", f"not UTF-8 text ({exc.reason} at byte {exc.start})")],
            source=str(path),
        ) from None
    return text, str(path)


def bundled_slugs() -> list[str]:
    """The slugs of the packs that ship with policyguard."""
    folder = resources.files("policyguard.packs") / "bundled"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def bundled_pack_text(slug: str) -> tuple[str, str]:
    """The text of a bundled pack (``vts``, ``learning-institute``, ...) and its name."""
    resource = resources.files("policyguard.packs") / "bundled" / f"{slug}.yaml"
    if not resource.is_file():
        known = ", ".join(bundled_slugs())
        raise PackNotFound(f"no bundled pack {slug!r}; bundled packs: {known}")
    return resource.read_text(encoding="utf-8"), f"bundled/{slug}.yaml"
