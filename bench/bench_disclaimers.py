"""Personal-views statements in profiles: false accepts and false rejects of the detector
(``policyguard.policy.statements``) against the phrase list it replaced (the anchor).

Sets (``tests/fixtures/disclaimers``, our own bios, labelled by hand):

- ``dev``, ``heldout``: written with the detector and in view while it was written;
- ``fresh``: written after it, measured once (the errors it showed were then fixed and
  the set is no longer unseen);
- ``fresh2``: written after those fixes, measured once, never tuned on: the figure that
  counts. Target there: false accepts at most 5 %, false rejects at most 20 %.

Left out: bios in other languages, statements split across the bio and the display name,
and posts (LI-16 allows the statement in posts too; only profiles are checked).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from policyguard.policy.statements import find_personal_views

SETS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "disclaimers"
# The phrase list profile.personal_views_statement used before the detector (the anchor).
PHRASE_LIST = [
    r"\bviews?\b[^.]{0,40}\b(?:are|is)\s+(?:my|our)\s+own\b",
    r"\bopinions?\b[^.]{0,40}\b(?:are|is)\s+(?:my|our)\s+own\b",
    r"\b(?:my\s+)?(?:own\s+)?personal\s+(?:views|opinions)\b",
    r"\bviews?\s+(?:expressed\s+)?(?:here\s+)?(?:are\s+)?(?:mine|personal)\b",
    r"\bdo(?:es)?\s+not\s+(?:necessarily\s+)?(?:represent|reflect)\b",
    r"\bnot\s+(?:the\s+)?views?\s+of\b",
]
MAX_FALSE_ACCEPTS, MAX_FALSE_REJECTS = 0.05, 0.20


def _phrases(text: str) -> bool:
    return any(re.search(p, text, re.IGNORECASE) for p in PHRASE_LIST)


def _detector(text: str) -> bool:
    return find_personal_views(text) is not None


def read_set(name: str) -> list[tuple[bool, str]]:
    rows = []
    for line in (SETS / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            label, text = line.split("\t", 1)
            rows.append((label == "1", text))
    return rows


def rates(rows: list[tuple[bool, str]], accepts: Callable[[str], bool]) -> tuple[float, float]:
    """(false accepts / negatives, false rejects / positives)."""
    negatives = [t for y, t in rows if not y]
    positives = [t for y, t in rows if y]
    false_accepts = sum(accepts(t) for t in negatives) / len(negatives)
    false_rejects = sum(not accepts(t) for t in positives) / len(positives)
    return false_accepts, false_rejects


def main() -> int:
    print(f"{'set':<8} {'bios':>4}  {'phrase list FA/FR':>18}  {'detector FA/FR':>15}")
    for name in ("dev", "heldout", "fresh", "fresh2"):
        rows = read_set(name)
        old = rates(rows, _phrases)
        new = rates(rows, _detector)
        print(
            f"{name:<8} {len(rows):>4}  {old[0]:>8.0%} / {old[1]:>6.0%}  "
            f"{new[0]:>6.0%} / {new[1]:>5.0%}"
        )
    held_out = rates(read_set("fresh2"), _detector)
    anchor = rates(read_set("fresh2"), _phrases)
    recall, anchor_recall = 1 - held_out[1], 1 - anchor[1]
    print(
        f"held out (fresh2): statements recognised {recall:.0%} vs {anchor_recall:.0%} for the "
        f"phrase list (x{recall / anchor_recall:.1f}); false accepts {held_out[0]:.0%}"
    )
    met = held_out[0] <= MAX_FALSE_ACCEPTS and held_out[1] <= MAX_FALSE_REJECTS
    print(
        f"target: false accepts <= {MAX_FALSE_ACCEPTS:.0%}, false rejects <= "
        f"{MAX_FALSE_REJECTS:.0%} on fresh2: {'met' if met else 'not met'}"
    )
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
