"""The transformer's student: its inputs, its network, its place in the first stage."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from policyguard.screening.abuse_model import AbuseModel, attach_student, bundled_model
from policyguard.screening.encoder import HIDDEN, EncoderError, base_folder, bundled_encoder
from policyguard.screening.student import (
    INPUTS,
    StaticVectors,
    Student,
    fold_standardisation,
    static_vectors,
)

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "you", "idiot", "##s", "hello", "!"]


@pytest.fixture()
def vectors() -> StaticVectors:
    word = np.random.default_rng(3).normal(size=(len(VOCABULARY), HIDDEN)).astype(np.float32)
    return StaticVectors(word, VOCABULARY)


def test_the_inputs_are_the_mean_and_max_of_the_piece_vectors(vectors: StaticVectors) -> None:
    x = vectors.features("You idiots!")
    pieces = vectors.word[[4, 5, 6, 8]]  # you, idiot, ##s, ! (no [CLS] or [SEP])
    assert x.shape == (INPUTS,)
    assert x[:HIDDEN] == pytest.approx(pieces.mean(0), abs=1e-6)
    assert x[HIDDEN : 2 * HIDDEN] == pytest.approx(pieces.max(0))
    assert x[-1] == pytest.approx(math.log1p(4))


def test_a_post_without_pieces_has_zero_inputs(vectors: StaticVectors) -> None:
    assert not vectors.features("").any()
    assert not vectors.features("   ").any()
    assert vectors.matrix([]).shape == (0, INPUTS)


def test_word_vectors_that_do_not_fit_the_vocabulary_are_refused() -> None:
    with pytest.raises(EncoderError, match="vocabulary"):
        StaticVectors(np.zeros((3, HIDDEN), dtype=np.float32), VOCABULARY)
    with pytest.raises(EncoderError, match="vocabulary"):
        StaticVectors(np.zeros((len(VOCABULARY), 10), dtype=np.float32), VOCABULARY)


def test_the_student_is_one_hidden_layer_of_rectified_units(vectors: StaticVectors) -> None:
    rng = np.random.default_rng(4)
    w1, b1, w2 = rng.normal(size=(INPUTS, 6)), rng.normal(size=6), rng.normal(size=6)
    student = Student(vectors, {"w1": w1.tolist(), "b1": b1.tolist(), "w2": w2.tolist(),
                                "b2": 0.5})  # fmt: skip
    x = vectors.features("hello you")
    assert student.logit("hello you") == pytest.approx(
        float(np.maximum(x @ w1 + b1, 0) @ w2 + 0.5), rel=1e-4
    )


def test_student_weights_of_the_wrong_shape_are_refused(vectors: StaticVectors) -> None:
    with pytest.raises(EncoderError, match="student weights"):
        Student(vectors, {"w1": [[0.0] * 3] * 10, "b1": [0.0] * 3, "w2": [0.0] * 3, "b2": 0})


def test_the_standardisation_folds_into_the_first_layer() -> None:
    rng = np.random.default_rng(6)
    x, mean, scale = rng.normal(size=(5, 4)), rng.normal(size=4), rng.random(4) + 0.5
    w1, b1 = rng.normal(size=(4, 3)), rng.normal(size=3)
    folded, bias = fold_standardisation(mean, scale, w1, b1)
    assert x @ folded + bias == pytest.approx((x - mean) / scale @ w1 + b1)


def test_the_student_adds_its_clipped_logit_and_its_default_stands_in_without_it() -> None:
    model = AbuseModel({"weights": {}, "bias": -1.0, "threshold": 0.5, "student_weight": 0.5,
                        "student_clip": 3.0, "student_default": -2.0})  # fmt: skip
    assert model.first_stage_logit("anything") == pytest.approx(-1.0 + 0.5 * -2.0)
    model.use_student(lambda text: 10.0 if "idiot" in text else 1.0)
    assert model.has_student
    assert model.first_stage_logit("hello") == pytest.approx(-1.0 + 0.5 * 1.0)
    assert model.first_stage_logit("idiot") == pytest.approx(-1.0 + 0.5 * 3.0)


def test_without_the_base_the_students_default_stands_in_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = AbuseModel({"weights": {}, "bias": 0.0, "threshold": 0.5, "student_weight": 1.0,
                        "student": {"w1": [], "b1": [], "w2": [], "b2": 0.0}})  # fmt: skip
    monkeypatch.setattr("policyguard.screening.encoder.bundled_encoder", lambda: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        attach_student(model)
    assert not model.has_student
    assert any("student" in str(w.message) for w in caught)


@pytest.mark.skipif(base_folder() is None, reason="the base package is not installed")
def test_the_bundled_model_has_a_student_that_learnt_from_the_transformer() -> None:
    model = bundled_model()
    assert model is not None and model.has_student and model.student_weight > 0
    assert static_vectors() is not None
    encoder = bundled_encoder()
    assert encoder is not None
    posts = [
        "I hate you so much you moron",
        "shut up you stupid cow, nobody wants you here",
        "Congratulations to all our students on their results!",
        "Open evening on Thursday 6pm, all welcome",
    ]
    student = [model.student_logit(p) for p in posts]
    teacher = encoder.logits(posts)
    assert min(student[:2]) > max(student[2:])
    assert all((s > 0) == (t > 0) for s, t in zip(student, teacher, strict=True))
