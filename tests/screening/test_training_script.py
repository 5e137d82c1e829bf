"""The pure parts of scripts/train_abuse_model.py: weights, the blend, the band, the budget."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from policyguard.screening.abuse import AbuseDetector
from policyguard.screening.abuse_model import AbuseModel

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_abuse_model.py"


@pytest.fixture(scope="module")
def train() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_abuse_model", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_balance_gives_each_class_equal_weight(train: ModuleType) -> None:
    weights = train.balance([1, 1, 1, 0])
    assert list(weights) == pytest.approx([2 / 3, 2 / 3, 2 / 3, 2.0])
    assert weights.sum() == pytest.approx(4)


def test_balance_by_length_makes_length_say_nothing_of_the_class(train: ModuleType) -> None:
    # Toxic posts short, others long: as in the Jigsaw subset.
    labels = [1] * 6 + [0] * 2 + [1] * 2 + [0] * 6
    lengths = [10] * 8 + [500] * 8
    weights = train.balance(labels, lengths)
    y, n = np.array(labels), np.array(lengths)
    for length in (10, 500):
        toxic = weights[(n == length) & (y == 1)].sum()
        other = weights[(n == length) & (y == 0)].sum()
        assert toxic == pytest.approx(other)
    assert weights.sum() == pytest.approx(16)


def rows(train: ModuleType, **columns: list[float]) -> object:
    size = len(next(iter(columns.values())))
    full = {c: np.array(columns.get(c, [0.0] * size)) for c in train.COLUMNS}
    return train.Rows(full, np.zeros(size), np.zeros(size, dtype=int))


def test_the_scripts_logit_is_the_models(train: ModuleType) -> None:
    """What the script tunes is what the detector computes from the file it writes."""
    text = "you idiot"
    model = AbuseModel(
        {
            "weights": {"w:idiot": 2.0},
            "bias": -1.0,
            "threshold": 0.5,
            "lexicon_weight": -0.5,
            "student_weight": 0.4,
            "student_clip": train.STUDENT_CLIP,
            "length_weight": 0.3,
            "encoder_weight": 0.4,
            "encoder_clip": train.ENCODER_CLIP,
            "encoder_replaces_student": True,
            "encoder_band": 10.0,
        }
    )
    model.use_encoder(lambda _: 9.0)  # clipped to the clip
    model.use_student(lambda _: 1.5)
    own = model.own_logit(text) - model.bias
    coef = np.array([1.0, 0.0, -0.5, 0.4, 0.3, 0.4])
    r = rows(
        train, own=[own], lexicon=[0.8], student=[1.5], length=[math.log1p(len(text))],
        encoder=[train.ENCODER_CLIP - 1.5],
    )  # fmt: skip
    first, final, _ = train.detector_scores(r, coef, -1.0, 10.0, 0.5)
    assert first[0] == pytest.approx(model.first_stage_logit(text, 0.8))
    assert final[0] == pytest.approx(model.logit(text, 0.8)[0])
    assert model.reach == pytest.approx(train.reach(coef))


def test_the_transformer_counts_only_within_the_band(train: ModuleType) -> None:
    coef = np.array([1.0, 0.0, 0.0, 0.0, 0.0, 1.0])
    r = rows(train, own=[-0.5, -3.0, 2.5], encoder=[2.0, 2.0, -2.0])
    first, final, _ = train.detector_scores(r, coef, 0.0, 1.0, 0.5)  # line at logit 0
    assert list(final) == pytest.approx([1.5, -3.0, 2.5])
    assert train.stage_two_share(first, 0.5, 1.0) == pytest.approx(1 / 3)


def test_the_widest_band_keeps_within_the_budget(train: ModuleType) -> None:
    coef = np.array([1.0, 0.0, 0.0, 0.0, 0.0, 1.0])  # reach: the clip, 4
    own = np.linspace(-20, 20, 401)  # one post every 0.1 logit
    band = train.widest_band(rows(train, own=list(own)), coef, 0.0, 0.5)
    share = train.stage_two_share(own, 0.5, band)
    assert share <= train.STAGE_TWO_BUDGET
    assert train.stage_two_share(own, 0.5, band + 0.1) > train.STAGE_TWO_BUDGET


def test_where_the_transformer_runs_it_replaces_its_student(train: ModuleType) -> None:
    """The blend's transformer column is its clipped logit less the student's clipped
    logit, weighed as the student: so where it runs, the student's guess is gone."""
    r = train.blend_inputs(
        ["a", "b"], [0, 1], np.zeros(2), AbuseModel({"weights": {}, "bias": 0.0,
        "threshold": 0.5}), AbuseDetector(model=False), np.array([9.0, -1.0]),
        np.array([2.0, -20.0]),
    )  # fmt: skip
    clip_e, clip_s = train.ENCODER_CLIP, train.STUDENT_CLIP
    assert list(r.columns["encoder"]) == pytest.approx([clip_e - 2.0, -1.0 + clip_s])
    coef = np.array([0.0, 0.0, 0.0, 0.7, 0.0, 0.7])
    assert train.reach(coef) == pytest.approx(0.7 * (clip_e + clip_s))
    first, final, _ = train.detector_scores(r, coef, 0.0, 100.0, 0.5)
    assert list(first) == pytest.approx([0.7 * 2.0, 0.7 * -clip_s])
    assert list(final) == pytest.approx([0.7 * clip_e, 0.7 * -1.0])


def test_length_flags_are_the_flagged_share_of_negatives_by_length_quarter(
    train: ModuleType,
) -> None:
    texts = ["x" * n for n in (10, 20, 30, 40, 50, 60, 70, 80, 5, 500)]
    score = np.array([0.9, 0.1, 0.6, 0.6, 0.1, 0.1, 0.5, 0.2, 0.9, 0.9])
    r = train.Rows({}, np.zeros(10), np.array([0] * 8 + [1, 1]))  # the last two: toxic
    assert train.length_flags(r, texts, score) == pytest.approx([0.5, 1.0, 0.0, 0.5])


def test_the_college_comments_split_into_train_and_tune_without_sharing_a_post(
    train: ModuleType, tmp_path: Path
) -> None:
    from policyguard.screening.datasets import college

    (tmp_path / "college_abusive.txt").write_text(
        "# a comment line\n" + "\n".join(f"nobody would miss you {i}" for i in range(50)) + "\n\n"
    )
    (tmp_path / "college_ordinary.txt").write_text(
        "\n".join(f"open evening on the {i}th" for i in range(50))
    )
    fit, tune = college(tmp_path, "train"), college(tmp_path, "tune")
    assert len(fit[0]) + len(tune[0]) == 100
    assert not set(fit[0]) & set(tune[0])
    assert 5 <= len(tune[0]) <= 40
    assert all(label == t.startswith("nobody") for t, label in zip(*fit, strict=True))
    # the shipped files: read whole, with a fifth or so held for tuning
    shipped = college(train.TRAINING_DATA, "train"), college(train.TRAINING_DATA, "tune")
    assert sum(len(texts) for texts, _ in shipped) == 1640
    assert set(shipped[0][1]) == set(shipped[1][1]) == {0, 1}


def test_the_posts_read_by_another_hand_hold_nothing_held_out(train: ModuleType) -> None:
    """What ``--read-weight`` trains on is only what the benchmark counts as read: no line
    of a held-out half, of the never-read round or of a held-out probe (unless the same
    words also stand on a read line)."""
    texts, labels = train.read_by_another_hand()
    assert texts and set(labels) == {0, 1}
    folder = train.ANOTHER_HAND
    read = set(texts)
    held: set[str] = set()
    for path in folder.glob("*_round*.txt"):
        number = int(path.stem.rsplit("round", 1)[1])
        lines = [x.strip() for x in path.read_text("utf-8").splitlines()]
        if number in train.READ_BY_HALVES:
            held |= set(lines[1::2]) - set(lines[0::2])
        elif number not in train.READ_WHOLE:
            held |= set(lines)
    for path in (folder / "probes").glob("*_held.txt"):
        held |= {x.strip() for x in path.read_text("utf-8").splitlines()}
    assert held, "the held-out material is where the benchmark keeps it"
    assert not (held - {""}) & read
