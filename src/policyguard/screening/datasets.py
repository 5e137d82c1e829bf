"""Readers for the measurement data sets in ``../shared/data/screening`` (never shipped).

Every reader returns ``(texts, labels)`` with label 1 for abusive (offensive or hateful)
and 0 for neither, for one named split. Splits are fixed so that training, tuning and
testing never share a post:

- Davidson et al. 2017 has no official split: a post is in ``test`` when the SHA-1 of
  its row number falls in the first fifth, else in ``train``. Hate and offensive are 1.
- HateXplain: the official ``train`` / ``val`` / ``test`` ids of
  ``post_id_divisions.json``; hate and offensive majority labels are 1, normal 0, posts
  with no majority are left out.
- OLID (OffensEval 2019) training file, subtask A: ``OFF`` is 1. Research use only: for
  tuning and cross-validation, never for a shipped model's training or a test figure.
- The project's own college comments (``scripts/training_data``, written for this
  project by people who read none of the benchmark's posts): ``train`` and ``tune``.
- Jigsaw toxic comments (the 12,180-comment balanced subset of the competition's test
  split; labels CC0, text CC BY-SA 3.0 by Wikipedia contributors): by the SHA-1 of the
  row id, half is ``train``, a fifth ``tune`` (thresholds and blend weights) and the
  rest ``test``, which only the benchmark reads.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

Labelled = tuple[list[str], list[int]]


def find_data_root(start: Path | None = None) -> Path | None:
    """``shared/data`` beside the repository that holds ``start`` (default: here), or
    beside a folder above it (a worktree under ``wt/``)."""
    here = (start or Path(__file__)).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists():
            for above in parent.parents:
                candidate = above / "shared" / "data"
                if candidate.is_dir():
                    return candidate
            return None
    return None


def _in_test_fifth(key: str) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0


def davidson(root: Path, split: str) -> Labelled:
    """Davidson ``train`` (four fifths) or ``test`` (one fifth)."""
    texts, labels = [], []
    path = root / "screening" / "davidson" / "labeled_data.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if _in_test_fifth(row[""]) == (split == "test"):
                texts.append(row["tweet"])
                labels.append(1 if row["class"] in ("0", "1") else 0)
    return texts, labels


def hatexplain(root: Path, split: str) -> Labelled:
    """HateXplain official ``train``, ``val`` or ``test`` split."""
    folder = root / "screening" / "hatexplain"
    ids = set(json.loads((folder / "post_id_divisions.json").read_text("utf-8"))[split])
    texts, labels = [], []
    with (folder / "092-HateXplain.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row[""] not in ids or row["category"] == "3":
                continue
            texts.append(row["text"])
            labels.append(1 if row["category"] in ("1", "2") else 0)
    return texts, labels


def jigsaw_part(key: str) -> str:
    """Which part of the Jigsaw subset the row ``key`` is in: train, tune or test."""
    bucket = int(hashlib.sha1(f"jigsaw:{key}".encode()).hexdigest(), 16) % 10
    return "train" if bucket < 5 else "tune" if bucket < 7 else "test"


def jigsaw(root: Path, split: str) -> Labelled:
    """Jigsaw toxic comments, ``train`` (half), ``tune`` (a fifth) or ``test`` (the rest)."""
    texts, labels = [], []
    path = root / "screening" / "jigsaw-toxic" / "jigsaw_toxic_robtest.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if jigsaw_part(row["id"]) == split:
                texts.append(row["text"])
                labels.append(int(row["label"]))
    return texts, labels


def college(folder: Path, split: str) -> Labelled:
    """The project's own college comments (``scripts/training_data``: written for this
    project, one a line): ``college_abusive.txt`` is 1, ``college_ordinary.txt`` 0. By the
    SHA-1 of the text, a fifth is ``tune`` and the rest ``train``."""
    if split not in ("train", "tune"):
        raise ValueError(f"college comments: no split {split!r} (train or tune)")
    texts, labels = [], []
    for name, label in (("college_abusive.txt", 1), ("college_ordinary.txt", 0)):
        for line in (folder / name).read_text("utf-8").splitlines():
            text = line.strip()
            if (
                text
                and not text.startswith("#")
                and _in_test_fifth(f"college:{text}") == (split == "tune")
            ):
                texts.append(text)
                labels.append(label)
    return texts, labels


def olid(root: Path) -> Labelled:
    """OLID training file, subtask A (for tuning and cross-validation only)."""
    texts, labels = [], []
    path = root / "screening" / "olid-train" / "olid-training-v1.0.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(row["tweet"])
            labels.append(1 if row["subtask_a"] == "OFF" else 0)
    return texts, labels


def macro_f1(labels: list[int], predicted: list[int]) -> float:
    """Mean of the F1 of class 1 and class 0."""
    scores = []
    for positive in (1, 0):
        tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y == p == positive)
        fp = sum(1 for y, p in zip(labels, predicted, strict=True) if p == positive != y)
        fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y == positive != p)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2
