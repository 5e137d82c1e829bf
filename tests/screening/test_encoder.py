"""The abuse detector's second stage: tokenizer, weight files, network and gating."""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np
import pytest

from policyguard.screening.abuse import AbuseDetector
from policyguard.screening.abuse_model import AbuseModel, bundled_model
from policyguard.screening.encoder import (
    ENCODER_FILE,
    EncoderError,
    WordPiece,
    base_folder,
    bundled_encoder,
    read_adapter,
    read_safetensors,
)

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "you", "are", "an", "idiot", "!", "cafe", "un",
         "##believ", "##able", "東", ",", "'", "s"]  # fmt: skip


def ids(tokenizer: WordPiece, *tokens: str) -> list[int]:
    return [tokenizer.ids[t] for t in tokens]


# --- tokenizer ------------------------------------------------------------------------


def test_wordpiece_lowers_splits_punctuation_and_wraps_in_cls_sep() -> None:
    tokenizer = WordPiece(VOCAB)
    assert tokenizer.encode("You are an IDIOT!") == ids(
        tokenizer, "[CLS]", "you", "are", "an", "idiot", "!", "[SEP]"
    )


def test_wordpiece_strips_accents_and_takes_the_longest_pieces() -> None:
    tokenizer = WordPiece(VOCAB)
    assert tokenizer.encode("Café, unbelievable") == ids(
        tokenizer, "[CLS]", "cafe", ",", "un", "##believ", "##able", "[SEP]"
    )


def test_wordpiece_marks_unknown_and_overlong_words_and_spaces_out_cjk() -> None:
    tokenizer = WordPiece(VOCAB)
    assert tokenizer.encode("zzz 東you") == ids(tokenizer, "[CLS]", "[UNK]", "東", "you", "[SEP]")
    assert tokenizer.encode("you" * 40) == ids(tokenizer, "[CLS]", "[UNK]", "[SEP]")


def test_wordpiece_drops_control_characters_and_truncates() -> None:
    tokenizer = WordPiece(VOCAB, max_length=5)
    assert tokenizer.encode("you\x00\u200b are") == ids(tokenizer, "[CLS]", "you", "are", "[SEP]")
    long = tokenizer.encode("you " * 20)
    assert len(long) == 5 and long[0] == tokenizer.cls and long[-1] == tokenizer.sep


# --- files ----------------------------------------------------------------------------


def write_safetensors(path: Path, tensors: dict[str, np.ndarray], header_extra: str = "") -> None:
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    blobs, offset = [], 0
    for name, array in tensors.items():
        blob = array.tobytes()
        dtype = {"float32": "F32", "float16": "F16"}[str(array.dtype)]
        header[name] = {"dtype": dtype, "shape": list(array.shape),
                        "data_offsets": [offset, offset + len(blob)]}  # fmt: skip
        blobs.append(blob)
        offset += len(blob)
    raw = (json.dumps(header) + header_extra).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"".join(blobs))


def test_safetensors_round_trip(tmp_path: Path) -> None:
    weights = np.arange(6, dtype=np.float32).reshape(2, 3)
    half = np.array([0.5, -1.5], dtype=np.float16)
    write_safetensors(tmp_path / "m.safetensors", {"w": weights, "h": half})
    read = read_safetensors(tmp_path / "m.safetensors")
    assert np.array_equal(read["w"], weights) and read["w"].shape == (2, 3)
    assert np.array_equal(read["h"], half)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"abc", "too short"),
        (struct.pack("<Q", 10**9) + b"{}", "past the end"),
        (struct.pack("<Q", 5) + b"nope!", "not JSON"),
    ],
)
def test_damaged_safetensors_are_refused_by_name(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.safetensors"
    path.write_bytes(content)
    with pytest.raises(EncoderError, match=message) as caught:
        read_safetensors(path)
    assert "bad.safetensors" in str(caught.value)


def test_a_tensor_with_an_unknown_dtype_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.safetensors"
    write_safetensors(path, {"w": np.zeros(4, dtype=np.float32)})
    path.write_bytes(path.read_bytes().replace(b'"F32"', b'"Q99"'))
    with pytest.raises(EncoderError, match="w: needs a known dtype"):
        read_safetensors(path)


def test_a_tensor_whose_bytes_do_not_fit_its_shape_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.safetensors"
    write_safetensors(path, {"w": np.zeros(4, dtype=np.float32)})
    raw = path.read_bytes().replace(b"[4]", b"[9]")
    path.write_bytes(raw)
    with pytest.raises(EncoderError, match="w: byte range"):
        read_safetensors(path)


def test_an_adapter_that_is_not_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.npz"
    path.write_bytes(b"not a zip")
    with pytest.raises(EncoderError, match=r"x\.npz: not an encoder file"):
        read_adapter(path)


# --- the shipped network --------------------------------------------------------------


def test_the_base_model_is_installed() -> None:
    assert base_folder() is not None, "make install installs deps/pip-no-deps.txt"


def test_numpy_forward_pass_matches_the_pytorch_reference_logits() -> None:
    encoder = bundled_encoder()
    assert encoder is not None, f"{ENCODER_FILE} is shipped"
    reference = encoder.meta["reference"]
    ours = encoder.logits(reference["texts"])
    assert ours == pytest.approx(reference["logits"], abs=2e-3)
    # Batched and one at a time agree (padding is masked out).
    assert [encoder.logit(t) for t in reference["texts"]] == pytest.approx(ours, abs=1e-4)


def test_the_encoder_reads_abuse_as_abuse() -> None:
    encoder = bundled_encoder()
    assert encoder is not None
    nasty, kind = encoder.logits(
        ["you are a disgusting waste of space", "Well done to our netball team this weekend"]
    )
    assert nasty > 0 > kind


def test_the_bundled_model_uses_the_second_stage() -> None:
    model = bundled_model()
    assert model is not None and model.has_encoder
    assert model.reach > 0


# --- gating ---------------------------------------------------------------------------


class CountingEncoder:
    """Stands in for the network in gating tests: a fixed logit, and a count of calls."""

    def __init__(self, value: float) -> None:
        self.value = value
        self.calls = 0

    def __call__(self, text: str) -> float:
        self.calls += 1
        return self.value


def small_model(threshold: float = 0.5) -> AbuseModel:
    return AbuseModel(
        {
            "weights": {"w:idiot": 3.0, "w:lovely": -3.0},
            "bias": 0.0,
            "threshold": threshold,
            "encoder_weight": 0.5,
            "encoder_clip": 4.0,
        }
    )


def test_the_second_stage_runs_only_where_it_could_change_the_outcome() -> None:
    model = small_model()
    encoder = CountingEncoder(100.0)
    model.use_encoder(encoder)
    assert model.reach == 2.0
    # "idiot" alone: a first-stage logit within reach (2.0) of the threshold's (0.0).
    near = model.first_stage_logit("idiot")
    assert 0 < near < 2.0
    logit, ran = model.logit("idiot")
    assert ran and encoder.calls == 1
    assert logit == pytest.approx(near + 0.5 * 4.0)  # the encoder's 100 clipped to 4
    # Far below the threshold: not run, and nothing it could say would flip the outcome.
    model.weights["w:lovely"] = -30.0
    far = model.first_stage_logit("lovely")
    assert far < -model.reach
    assert model.logit("lovely") == (far, False)
    assert encoder.calls == 1


def test_gating_never_changes_an_outcome() -> None:
    texts = ["idiot", "lovely", "you idiot", "lovely idiot", "hello", "idiot idiot lovely"]
    for value in (-100.0, -1.0, 0.0, 1.0, 100.0):
        for threshold in (0.2, 0.5, 0.8):
            gated = small_model(threshold)
            gated.use_encoder(CountingEncoder(value))
            for text in texts:
                always = gated.first_stage_logit(text) + 0.5 * max(-4.0, min(4.0, value))
                cut = math.log(threshold / (1 - threshold))
                assert (gated.logit(text)[0] >= cut) == (always >= cut), (text, value, threshold)


def test_without_an_encoder_the_first_stage_decides() -> None:
    model = small_model()
    assert not model.has_encoder
    assert model.logit("idiot") == (model.first_stage_logit("idiot"), False)


def test_the_detector_says_when_the_second_stage_ran() -> None:
    model = small_model()
    model.use_encoder(CountingEncoder(4.0))
    found = AbuseDetector(model=model).detect("idiot")
    hit = next(d for d in found if d.label == "abusive_language")
    assert hit.detail["source"] == "model and encoder"
