"""The transformer's student: its network, its file, its place in the first stage."""

from __future__ import annotations

import json
import math
import warnings
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyguard.screening.abuse import AbuseDetector
from policyguard.screening.abuse_model import AbuseModel, attach_student, bundled_model
from policyguard.screening.encoder import (
    ENCODER_FILE,
    HIDDEN,
    EncoderError,
    base_folder,
    bundled_encoder,
    sha256,
)
from policyguard.screening.student import (
    ARRAYS,
    Student,
    bundled_student,
    load_student,
    read_student_file,
    shipped_student_file,
)

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "you", "idiot", "##s", "hello", "!"]
PROJECTED, FILTERS, UNITS, WINDOW = 5, 4, 3, 3


def arrays(seed: int = 3) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    shapes = {
        "proj_w": (HIDDEN, PROJECTED),
        "proj_b": (PROJECTED,),
        "conv_w": (WINDOW * PROJECTED, FILTERS),
        "conv_b": (FILTERS,),
        "hidden_w": (2 * FILTERS + 1, UNITS),
        "hidden_b": (UNITS,),
        "out_w": (UNITS,),
        "out_b": (1,),
    }
    return {name: rng.normal(size=shape).astype(np.float32) for name, shape in shapes.items()}


@pytest.fixture()
def word() -> np.ndarray:
    return np.random.default_rng(4).normal(size=(len(VOCABULARY), HIDDEN)).astype(np.float32)


def student(word: np.ndarray, weights: dict[str, np.ndarray] | None = None) -> Student:
    return Student(word, VOCABULARY, weights or arrays(), {"max_length": 16, "window": WINDOW})


def by_hand(word: np.ndarray, a: dict[str, np.ndarray], ids: list[int]) -> float:
    """The network written out piece by piece, as a second opinion on the student's."""
    projected = [word[i] @ a["proj_w"] + a["proj_b"] for i in ids]
    zero = np.zeros(PROJECTED, dtype=np.float32)
    filters = []
    for t in range(len(ids)):
        window = [projected[t + j - 1] if 0 <= t + j - 1 < len(ids) else zero for j in range(3)]
        filters.append(np.maximum(np.concatenate(window) @ a["conv_w"] + a["conv_b"], 0))
    stacked = np.array(filters)
    pooled = np.concatenate([stacked.max(0), stacked.mean(0), [math.log1p(len(ids))]])
    hidden = np.maximum(pooled @ a["hidden_w"] + a["hidden_b"], 0)
    return float(hidden @ a["out_w"] + a["out_b"][0])


def test_the_student_reads_runs_of_three_pieces_in_order(word: np.ndarray) -> None:
    weights = arrays()
    network = student(word, weights)
    assert network.pieces("You idiots!") == [4, 5, 6, 8]  # no [CLS] or [SEP]
    assert network.logit("You idiots!") == pytest.approx(
        by_hand(word, weights, [4, 5, 6, 8]), rel=1e-4
    )
    # Order matters to a window of three: the same pieces, another order, another logit.
    assert network.logit("idiots you!") != pytest.approx(network.logit("You idiots!"))


def test_a_post_without_pieces_is_read_as_one_padding_piece(word: np.ndarray) -> None:
    weights = arrays()
    network = student(word, weights)
    assert network.pieces("   ") == [0]
    assert network.logit("") == pytest.approx(by_hand(word, weights, [0]), rel=1e-4)
    assert network.logits(["", "hello"]) == [network.logit(""), network.logit("hello")]


def test_weights_of_the_wrong_shape_or_missing_are_refused(word: np.ndarray) -> None:
    bad = arrays()
    bad["conv_w"] = bad["conv_w"][:-1]
    with pytest.raises(EncoderError, match="conv_w has shape"):
        student(word, bad)
    missing = arrays()
    del missing["hidden_b"]
    with pytest.raises(EncoderError, match="missing hidden_b"):
        student(word, missing)
    with pytest.raises(EncoderError, match="vocabulary"):
        Student(word[:3], VOCABULARY, arrays(), {"max_length": 16, "window": 3})


def test_a_damaged_student_file_is_refused_by_name(tmp_path: Path) -> None:
    broken = tmp_path / "abuse_student.npz"
    broken.write_bytes(b"not a zip")
    with pytest.raises(EncoderError, match="not a student file"):
        read_student_file(broken)
    no_window = tmp_path / "no_window.npz"
    np.savez(no_window, meta=np.array(json.dumps({"max_length": 16})), **arrays())
    with pytest.raises(EncoderError, match=r"meta\.window"):
        read_student_file(no_window)


def warnings_attaching(model: AbuseModel) -> list[str]:
    """What :func:`attach_student` warned of, attaching the shipped student to ``model``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        attach_student(model)
    return [str(w.message) for w in caught]


def test_the_student_adds_its_clipped_logit_and_its_default_stands_in_without_it() -> None:
    model = AbuseModel({"weights": {}, "bias": -1.0, "threshold": 0.5, "student_weight": 0.5,
                        "student_clip": 3.0, "student_default": -2.0})  # fmt: skip
    assert model.first_stage_logit("anything") == pytest.approx(-1.0 + 0.5 * -2.0)
    model.use_student(lambda text: 10.0 if "idiot" in text else 1.0)
    assert model.has_student
    assert model.first_stage_logit("hello") == pytest.approx(-1.0 + 0.5 * 1.0)
    assert model.first_stage_logit("idiot") == pytest.approx(-1.0 + 0.5 * 3.0)


def test_without_the_student_its_default_stands_in_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = AbuseModel({"weights": {}, "bias": 0.0, "threshold": 0.5, "student_weight": 1.0})
    monkeypatch.setattr("policyguard.screening.student.bundled_student", lambda: None)
    said = warnings_attaching(model)
    assert not model.has_student
    assert any("student or its base is not installed" in message for message in said)


@pytest.mark.skipif(base_folder() is None, reason="the base package is not installed")
def test_a_student_file_other_than_the_blends_is_not_used() -> None:
    model = AbuseModel({"weights": {}, "bias": 0.0, "threshold": 0.5, "student_weight": 1.0,
                        "student_sha256": "0" * 64})  # fmt: skip
    said = warnings_attaching(model)
    assert not model.has_student
    assert any("not the one the blend was fitted with" in message for message in said)


@pytest.mark.skipif(base_folder() is None, reason="the base package is not installed")
def test_the_shipped_student_gives_the_logits_pytorch_gave_when_it_was_trained() -> None:
    shipped = bundled_student()
    assert shipped is not None
    reference = shipped.meta["reference"]
    assert shipped.logits(reference["texts"]) == pytest.approx(reference["logits"], abs=2e-4)
    assert set(read_student_file(shipped_student_file())[0]) == set(ARRAYS)
    assert load_student(shipped_student_file()).logit("hello") == shipped.logit("hello")


@pytest.mark.skipif(base_folder() is None, reason="the base package is not installed")
def test_the_bundled_model_has_a_student_that_learnt_from_the_transformer() -> None:
    model = bundled_model()
    assert model is not None and model.has_student and model.student_weight > 0
    encoder = bundled_encoder()
    assert encoder is not None
    shipped = bundled_student()
    assert shipped is not None
    # Distilled from the transformer that ships beside it.
    teacher = Path(str(resources.files("policyguard.screening.data").joinpath(ENCODER_FILE)))
    assert shipped.meta["teacher"]["sha256"] == sha256(teacher)
    posts = [
        "I hate you so much you moron",
        "shut up you stupid cow, nobody wants you here",
        "Congratulations to all our students on their results!",
        "Open evening on Thursday 6pm, all welcome",
    ]
    student_logits = [model.student_logit(p) for p in posts]
    teacher_logits = encoder.logits(posts)
    assert min(student_logits[:2]) > max(student_logits[2:])
    assert all((s > 0) == (t > 0) for s, t in zip(student_logits, teacher_logits, strict=True))


def test_each_pieces_weight_is_the_logits_gradient_times_that_piece(word: np.ndarray) -> None:
    weights = arrays(seed=5)
    weights["proj_b"][:] = 0  # so that scaling a word's vector scales its projected vector
    network = student(word, weights)
    ids = [4, 5, 6, 7, 8]  # each piece once, so scaling a row moves one piece alone
    found = network.piece_weights(ids)
    assert found.shape == (len(ids),)
    step = 1e-3
    for place, piece in enumerate(ids):
        scaled = word.copy()
        scaled[piece] *= 1 + step
        moved = student(scaled, weights)._forward(ids)[-1] - network._forward(ids)[-1]
        assert found[place] == pytest.approx(moved / step, rel=0.02, abs=1e-3)
    # With no biases anywhere, the pieces' weights add up to the logit itself.
    for name in ("conv_b", "hidden_b", "out_b"):
        weights[name][:] = 0
    unbiased = student(word, weights)
    log_length = math.log1p(len(ids))
    active = unbiased._forward(ids)[2] > 0
    from_length = log_length * float(weights["hidden_w"][-1, active] @ weights["out_w"][active])
    assert unbiased.piece_weights(ids).sum() + from_length == pytest.approx(
        unbiased.logit("you idiots hello!"), rel=1e-4
    )


@pytest.mark.parametrize(
    "text",
    [
        "Plain words, with punctuation: here!",
        "tabs\tand\nlines\r\nand\x01control",
        "Café naïve résumé",
        "中文 mixed with English",
        "a line\u2028separator and a\u00a0no-break space",
        "   ",
        "well done Zoë 🎉🎉 \u201cbest\u201d student\u2019s award!!  see you   soon\u2026",
        "ur a 🤡 and a 🐍,we all know it",
        "🏳️\u200d🌈 week: Ciamar a tha thu? Mòran taing, a ghràidh",
        "x\u200by\ufeffz-Ω≈ç√∫~!@#$%^&*()_+{}|:<>?",
    ],
)
def test_word_spans_are_the_words_the_tokenizer_reads_and_where_they_lie(text: str) -> None:
    folder = base_folder()
    if folder is None:
        pytest.skip("the base package is not installed")
    from policyguard.screening.encoder import WordPiece

    tokenizer = WordPiece((folder / "vocab.txt").read_text("utf-8").splitlines(), 64)
    spans = tokenizer.word_spans(text)
    pieces = [p for word, _, _ in spans for p in tokenizer.pieces(word)]
    assert tokenizer.encode(text)[1:-1] == pieces
    for word, start, end in spans:
        assert tokenizer.normalise(text[start:end]).strip() == word


@pytest.mark.skipif(base_folder() is None, reason="the base package is not installed")
def test_the_student_points_at_the_words_its_logit_rests_on() -> None:
    shipped = bundled_student()
    assert shipped is not None
    post = "The drama group are a bunch of talentless clowns, avoid their show"
    start, end = shipped.evidence(post) or (0, 0)
    assert "clowns" in post[start:end] and "drama" not in post[start:end]
    post = "Imagine being this stupid"
    assert shipped.evidence(post) == (post.index("stupid"), len(post))
    assert shipped.evidence("") is None
    # A run of words no longer than asked for, and a mark is never the evidence alone.
    post = "You weirdo, stop messaging me"
    start, end = shipped.evidence(post, most_words=1) or (0, 0)
    assert post[start:end] in post.replace(",", "").split()


@pytest.mark.skipif(base_folder() is None, reason="the base package is not installed")
def test_the_abuse_finding_points_where_the_student_does_and_else_at_the_ngram_word() -> None:
    model = bundled_model()
    assert model is not None
    post = "Our maths tutor is a brain dead dinosaur who should have retired years ago"
    found = [d for d in AbuseDetector(model=model).detect(post) if d.label == "abusive_language"]
    assert [d.match for d in found] == ["brain dead"]
    # Without a student, the word that weighs most in the n-gram part; with one, its run.
    small = AbuseModel({"weights": {"w:dinosaur": 8.0}, "bias": -1.0, "threshold": 0.5})
    found = [d for d in AbuseDetector(model=small).detect(post) if d.label == "abusive_language"]
    assert [d.match for d in found] == ["dinosaur"]
    small.use_student(lambda _: 0.0, lambda text: (text.index("maths"), text.index(" tutor")))
    found = [d for d in AbuseDetector(model=small).detect(post) if d.label == "abusive_language"]
    assert [d.match for d in found] == ["maths"]
    small.use_student(None, lambda _: (0, 3))
    assert small.student_evidence(post) is None  # no evidence without the student


@pytest.mark.skipif(base_folder() is None, reason="the base package is not installed")
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab é,!中 \t\n\x01", "idiot", "you", "Σ"])).map("".join))
def test_the_evidence_is_a_span_of_the_text_whatever_the_text(text: str) -> None:
    shipped = bundled_student()
    assert shipped is not None
    span = shipped.evidence(text)
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


@pytest.mark.skipif(base_folder() is None, reason="the base package is not installed")
@pytest.mark.parametrize("text", ["idiot", "idiot!", "!", "you", "a b", "x" * 5000])
def test_the_evidence_of_a_one_word_or_overlong_post(text: str) -> None:
    shipped = bundled_student()
    assert shipped is not None
    span = shipped.evidence(text)
    assert span is None or 0 <= span[0] < span[1] <= len(text)
    found = [d for d in AbuseDetector().detect(text) if d.label == "abusive_language"]
    assert all(0 <= d.start < d.end <= len(text) for d in found)
