"""The abuse detector's second stage: tokenizer, weight files, network and gating."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import random
import struct
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from policyguard.screening.abuse import AbuseDetector
from policyguard.screening.abuse_model import (
    MODEL_SCORE_CAP,
    MODEL_SCORE_KNEE,
    AbuseModel,
    bundled_model,
)
from policyguard.screening.encoder import (
    ENCODER_FILE,
    EncoderError,
    WordPiece,
    _erf,
    _shipped_file,
    base_folder,
    bundled_encoder,
    load_encoder,
    read_adapter,
    read_safetensors,
    sha256,
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


# Ids from Hugging Face's tokenizers (0.23) reading the base's tokenizer.json, truncation
# at 64: ours must give the same, or the network reads different input than it learned.
GOLDEN = [
    (
        "Congratulations to Year 12 on their A-level results!",
        [101, 23156, 2000, 2095, 2260, 2006, 2037, 1037, 1011, 2504, 3463, 999, 102],
    ),
    (
        "Don't post pupils' photos without consent (GDPR).",
        [101, 2123, 1005, 1056, 2695, 7391, 1005, 7760, 2302, 9619, 1006, 14230, 2099, 1007,
         1012, 102],
    ),
    (
        "Caf\u00e9 cr\u00e8me \u00e0 3\u20ac \u2014 na\u00efve fa\u00e7ade",
        [101, 7668, 13675, 21382, 1037, 1017, 30102, 1517, 15743, 8508, 102],
    ),
    (
        "@USER u r a f*cking idiooot lol \U0001f602 #fail http://t.co/x",
        [101, 1030, 5310, 1057, 1054, 1037, 1042, 1008, 23616, 2075, 8909, 3695, 17206, 8840,
         2140, 100, 1001, 8246, 8299, 1024, 1013, 1013, 1056, 1012, 2522, 1013, 1060, 102],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ids"), GOLDEN)
def test_wordpiece_gives_the_ids_hugging_face_gives(text: str, ids: list[int]) -> None:
    folder = base_folder()
    assert folder is not None
    vocab = (folder / "vocab.txt").read_text("utf-8").splitlines()
    assert WordPiece(vocab, 64).encode(text) == ids


def test_the_ascii_short_cut_reads_text_as_the_full_tokenizer_does() -> None:
    # ASCII text skips the Unicode clean-up and the character-by-character split; both
    # ways must give the same ids, control characters and every punctuation mark included.
    folder = base_folder()
    assert folder is not None
    tokenizer = WordPiece((folder / "vocab.txt").read_text("utf-8").splitlines(), 512)
    alphabet = "".join(map(chr, range(128))) + "aaeeiioouu  etnrs"
    rng = random.Random(18)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(500)]
    texts += ["You're a F*CKING idiot!!!", "tab\tline\nend\r\x0bvt\x7fdel", "a_b-c@d.e"]
    for text in texts:
        assert text.isascii()
        words = tokenizer.words(tokenizer.normalise(text))
        slow = [tokenizer.cls, *[i for w in words for i in tokenizer.pieces(w)], tokenizer.sep]
        assert tokenizer.encode(text) == slow, text
        assert tokenizer.encode(text) == slow, text  # again, from the cache of pieces


def _bert_clean_up(text: str) -> str:
    """BERT's uncased clean-up, one character at a time, as its reference reads it."""
    out = []
    for char in text:
        cp = ord(char)
        category = unicodedata.category(char)
        if cp in (0, 0xFFFD):
            continue
        if char in "\t\n\r" or category == "Zs":
            out.append(" ")
        elif category.startswith("C"):
            continue
        elif 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF:
            out.append(f" {char} ")
        else:
            out.append(char)
    decomposed = unicodedata.normalize("NFD", "".join(out))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def _bert_words(text: str) -> list[str]:
    words: list[str] = []
    for chunk in text.split():
        current = ""
        for char in chunk:
            if unicodedata.category(char).startswith("P") or (
                char.isascii() and not char.isalnum() and not char.isspace()
            ):
                words.extend([current, char] if current else [char])
                current = ""
            else:
                current += char
        if current:
            words.append(current)
    return words


def test_the_clean_up_and_split_read_any_text_as_bert_does() -> None:
    # normalise and words are str.translate passes over tables filled in as characters
    # are met; the character-by-character reading above is the reference.
    rng = random.Random(7)
    ranges = [(0, 0x250), (0x300, 0x370), (0x370, 0x600), (0x2000, 0x2070),
              (0x3000, 0x3040), (0x4E00, 0x4E40), (0xD800, 0xD810), (0xFFF0, 0x10000),
              (0x1F600, 0x1F650)]  # fmt: skip
    for _ in range(3000):
        text = "".join(chr(rng.randrange(*rng.choice(ranges))) for _ in range(rng.randint(0, 40)))
        cleaned = WordPiece.normalise(text)
        assert cleaned == _bert_clean_up(text), ascii(text)
        assert WordPiece.words(cleaned) == _bert_words(cleaned), ascii(text)
    assert WordPiece.normalise("Caf\u00e9\u00a0\u6771\x00ok\ufffd") == "cafe  \u6771 ok"


def test_the_gelu_error_function_is_within_its_stated_error() -> None:
    x = np.linspace(-6, 6, 24_001, dtype=np.float32)
    ours = _erf(x)
    assert ours.dtype == np.float32
    assert max(abs(float(o) - math.erf(float(v))) for o, v in zip(ours, x, strict=True)) < 1e-6
    assert np.array_equal(_erf(-x), -ours)  # odd
    assert np.array_equal(x, np.linspace(-6, 6, 24_001, dtype=np.float32))  # input kept


def test_a_very_long_post_is_cut_before_it_is_read() -> None:
    tokenizer = WordPiece(VOCAB, max_length=8)
    assert tokenizer.encode("you " * 1_000_000) == ids(tokenizer, "[CLS]", *["you"] * 6, "[SEP]")


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


@pytest.mark.parametrize(
    "header",
    [
        {"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 1e400]}},
        {"w": {"dtype": "F32", "shape": [-1, -1], "data_offsets": [0, 4]}},
        {"w": {"dtype": "F32", "shape": ["1"], "data_offsets": [0, 4]}},
        {"w": {"dtype": "F32", "shape": [True], "data_offsets": [0, 4]}},
        {"w": "F32"},
    ],
)
def test_malformed_tensor_entries_are_refused_by_name(tmp_path: Path, header: object) -> None:
    path = tmp_path / "m.safetensors"
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + bytes(16))
    with pytest.raises(EncoderError, match=r"m\.safetensors: w:"):
        read_safetensors(path)


def test_a_deeply_nested_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.safetensors"
    raw = b"[" * 100_000 + b"]" * 100_000
    path.write_bytes(struct.pack("<Q", len(raw)) + raw)
    with pytest.raises(EncoderError, match="header is not JSON"):
        read_safetensors(path)


def _adapter(path: Path, meta: object, **arrays: np.ndarray) -> Path:
    np.savez(path, meta=np.array(json.dumps(meta)), **arrays)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"not a zip") and p, "not an encoder file"),
        (lambda p: p.write_bytes(b"PK\x03\x04" + bytes(100)) and p, "not an encoder file"),
        (lambda p: np.save(p.with_suffix(".npy"), np.zeros(3)) or p.with_suffix(".npy"),
         "not an encoder file"),
        (lambda p: _adapter(p, ["not", "a", "dict"]), "meta is not a JSON object"),
        (lambda p: _adapter(p, {"lora_scale": 2.0}), "meta.max_length"),
        (lambda p: _adapter(p, {"lora_scale": 2.0, "max_length": 10_000}), "between 3 and 512"),
    ],
)  # fmt: skip
def test_an_adapter_that_is_not_one_is_refused(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path / "x.npz")
    with pytest.raises(EncoderError, match=message) as caught:
        read_adapter(path)
    assert path.name in str(caught.value)


def test_an_adapter_of_the_wrong_shape_is_refused_before_any_post(tmp_path: Path) -> None:
    shipped = read_adapter(_shipped_file())
    arrays = {k: v for k, v in shipped.items() if k != "meta"}
    arrays["encoder.layer.3.output.dense.lora_B"] = np.zeros((10, 8), dtype=np.float16)
    path = _adapter(tmp_path / "bad.npz", shipped["meta"], **arrays)
    with pytest.raises(EncoderError, match=r"layer\.3\.output\.dense\.lora_B: shape"):
        load_encoder(path)


def test_a_different_base_leaves_the_first_stage_to_decide(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from policyguard.screening import abuse_model, encoder, student

    # Both networks read the base: each finds it is not the one it was trained on.
    for module in (encoder, student):
        monkeypatch.setattr(module, "sha256", lambda path: "0" * 64)
    caches = (abuse_model.bundled_model, encoder.bundled_encoder, student.bundled_student)
    for cached in caches:
        cached.cache_clear()
    try:
        with pytest.warns(RuntimeWarning) as caught:
            model = abuse_model.bundled_model()
        said = " | ".join(str(w.message) for w in caught)
        assert f"not the base {ENCODER_FILE} was trained on" in said
        assert "not the base abuse_student.npz was trained on" in said
        assert model is not None and not model.has_encoder and not model.has_student
        detector = AbuseDetector(model=model)
        assert detector.detect("you are a disgusting waste of space")  # still screens
    finally:
        for cached in caches:
            cached.cache_clear()


# --- the shipped network --------------------------------------------------------------


def test_the_base_model_is_installed() -> None:
    assert base_folder() is not None, "make install installs deps/pip-no-deps.txt"


def test_numpy_forward_pass_matches_the_pytorch_reference_logits() -> None:
    encoder = load_encoder(_shipped_file(), engine="numpy")
    reference = encoder.meta["reference"]
    ours = encoder.logits(reference["texts"])
    assert ours == pytest.approx(reference["logits"], abs=2e-3)
    # Batched and one at a time agree (padding is masked out).
    assert [encoder.logit(t) for t in reference["texts"]] == pytest.approx(ours, abs=1e-4)


def test_onnx_runtime_and_numpy_give_the_same_logits() -> None:
    fast = load_encoder(_shipped_file(), engine="onnxruntime")
    assert fast.engine == "onnxruntime", "make install installs onnxruntime (screening extra)"
    reference = load_encoder(_shipped_file(), engine="numpy")
    assert reference.engine == "numpy" and reference.layers
    texts = [
        *fast.meta["reference"]["texts"],
        "",  # [CLS] [SEP] alone
        "You absolute muppet!!! 😡 " * 30,  # cut at the sequence limit
        "Ça va? 東京 — naïve café, ¡olé!",
        "ok",
    ]
    one_at_a_time = [fast.logit(t) for t in texts]
    assert one_at_a_time == pytest.approx([reference.logit(t) for t in texts], abs=1e-4)
    # Batches of mixed lengths: padding is masked out in both.
    assert fast.logits(texts) == pytest.approx(reference.logits(texts), abs=1e-4)
    assert fast.logits(texts) == pytest.approx(one_at_a_time, abs=1e-4)


def test_the_shipped_encoder_runs_in_8_bits_close_to_the_reference() -> None:
    fast = bundled_encoder()
    assert fast is not None and fast.engine == "onnxruntime-int8"
    reference = load_encoder(_shipped_file(), engine="onnxruntime")
    texts = [
        *reference.meta["reference"]["texts"],
        "Congratulations to our Level 3 plumbers on their results!",
        "nobody in this class likes you, just leave",
        "You absolute muppet!!! 😡 " * 30,
    ]
    exact = reference.logits(texts)
    quick = fast.logits(texts)
    assert quick == pytest.approx([fast.logit(t) for t in texts], abs=1e-4)
    assert all(abs(q - e) < 0.75 for q, e in zip(quick, exact, strict=True))
    assert all((q > 0) == (e > 0) for q, e in zip(quick, exact, strict=True) if abs(e) > 0.75)
    assert quick != pytest.approx(exact, abs=1e-4)  # it is the 8-bit graph that ran


def test_a_runtime_without_8_bit_products_runs_the_32_bit_graph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from policyguard.screening import onnx_engine

    real = onnx_engine.OnnxLayers

    def no_int8(*args: Any, int8: bool = False, **kwargs: Any) -> object:
        if int8:
            raise onnx_engine.OnnxUnusable("ONNX Runtime 1.x: no DynamicQuantizeMatMul")
        return real(*args, **kwargs)

    monkeypatch.setattr(onnx_engine, "OnnxLayers", no_int8)
    assert load_encoder(_shipped_file()).engine == "onnxruntime"
    with pytest.raises(EncoderError, match=r"engine onnxruntime-int8: .*DynamicQuantizeMatMul"):
        load_encoder(_shipped_file(), engine="onnxruntime-int8")


def test_8_bit_layers_that_stray_from_numpy_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A runtime or a CPU whose 8-bit products go wrong (one that adds them up in 16 bits
    and overflows, say) gives wrong logits, not an error: the encoder checks a few texts
    against numpy's and runs the 32-bit graph instead."""
    from policyguard.screening import onnx_engine

    real = onnx_engine.OnnxLayers

    class Overflowing:
        def __init__(self, *args: Any, int8: bool = False, **kwargs: Any) -> None:
            self.layers = real(*args, int8=int8, **kwargs)
            self.int8 = int8

        def __call__(self, x: np.ndarray, blocked: np.ndarray) -> np.ndarray:
            y = self.layers(x, blocked)
            return y * 3.0 if self.int8 else y

    monkeypatch.setattr(onnx_engine, "OnnxLayers", Overflowing)
    assert load_encoder(_shipped_file()).engine == "onnxruntime"
    with pytest.raises(EncoderError, match=r"engine onnxruntime-int8: 8-bit logits stray"):
        load_encoder(_shipped_file(), engine="onnxruntime-int8")


def test_threads_may_share_the_encoder() -> None:
    """A portal process screens in several threads with one encoder (and one session)."""
    from concurrent.futures import ThreadPoolExecutor

    encoder = bundled_encoder()
    assert encoder is not None
    texts = [
        f"post {i}: " + ("you clown " * (i % 7)) + "see you at the open day" for i in range(48)
    ]
    alone = [encoder.logit(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(encoder.logit, texts))
    assert together == pytest.approx(alone, abs=1e-5)


def test_the_engine_is_chosen_or_refused_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from policyguard.screening import onnx_engine

    with pytest.raises(
        EncoderError, match="engine must be one of auto, onnxruntime-int8, onnxruntime, numpy"
    ):
        load_encoder(_shipped_file(), engine="torch")
    monkeypatch.setattr(onnx_engine, "available", lambda: False)
    with pytest.raises(EncoderError, match="pip install onnx onnxruntime"):
        load_encoder(_shipped_file(), engine="onnxruntime")
    assert load_encoder(_shipped_file()).engine == "numpy"  # auto: numpy without it


def test_a_runtime_that_cannot_run_the_graph_leaves_it_to_numpy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import onnxruntime

    class Refuses:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("opset 17 is not supported")  # as an old runtime says it

    monkeypatch.setattr(onnxruntime, "InferenceSession", Refuses)
    with pytest.warns(RuntimeWarning, match="opset 17 is not supported; running in numpy"):
        fallback = load_encoder(_shipped_file())
    assert fallback.engine == "numpy"
    assert fallback.logit("you are a disgusting waste of space") > 0
    with pytest.raises(EncoderError, match=r"engine onnxruntime: ONNX Runtime .*opset 17"):
        load_encoder(_shipped_file(), engine="onnxruntime")


def test_an_onnx_too_old_to_build_the_graph_leaves_it_to_numpy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from onnx import helper

    monkeypatch.delattr(helper, "np_dtype_to_tensor_dtype")  # as in onnx before 1.13
    with pytest.warns(RuntimeWarning, match="np_dtype_to_tensor_dtype.*; running in numpy"):
        assert load_encoder(_shipped_file()).engine == "numpy"


def test_a_runtime_that_will_not_import_leaves_it_to_numpy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from policyguard.screening import onnx_engine

    # Installed (as far as its files go), but its import fails, as a broken install's does.
    monkeypatch.setattr(onnx_engine, "available", lambda: True)
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.warns(RuntimeWarning, match=r"ONNX Runtime \(not importable\): .*running in numpy"):
        assert load_encoder(_shipped_file()).engine == "numpy"


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
            "weights": {"w:idiot": 2.5, "w:lovely": -3.0},
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
    """At the review line, gated and always-run agree; the block line is out of reach."""
    texts = ["idiot", "lovely", "you idiot", "lovely idiot", "hello", "idiot idiot lovely",
             "idiot idiot idiot idiot", "lovely lovely"]  # fmt: skip
    for value in (-100.0, -3.0, -1.0, 0.0, 1.0, 3.0, 100.0):
        for threshold in (0.05, 0.2, 0.5, 0.8):
            gated = small_model(threshold)
            gated.use_encoder(CountingEncoder(value))
            line = gated.logit_at(0.5)
            for text in texts:
                always = gated.first_stage_logit(text) + 0.5 * max(-4.0, min(4.0, value))
                logit = gated.logit(text)[0]
                assert (logit >= line) == (always >= line), (text, value, threshold)
                assert gated.score(1 / (1 + math.exp(-logit))) <= MODEL_SCORE_CAP < 0.9


def test_the_model_alone_never_blocks() -> None:
    model = small_model()
    model.weights["w:idiot"] = 500.0
    assert MODEL_SCORE_KNEE < model.score(model.probability("idiot idiot idiot")) < 0.85
    found = AbuseDetector(model=model).detect("idiot idiot idiot")
    assert max(d.score for d in found if d.label == "abusive_language") < 0.9


def test_the_models_scores_bend_under_the_cap_and_keep_their_order() -> None:
    model = small_model(0.3)
    probabilities = [i / 2000 for i in range(2001)]
    scores = [model.score(p) for p in probabilities]
    assert all(a < b for a, b in itertools.pairwise(scores))  # no two alike
    assert max(scores) < MODEL_SCORE_CAP
    below = [p for p in probabilities if p**model._exponent <= MODEL_SCORE_KNEE]
    assert all(model.score(p) == p**model._exponent for p in below)  # unchanged there
    knee = max(below)
    step = probabilities[1]
    assert model.score(knee + step) - model.score(knee) < 2 * (
        model.score(knee) - model.score(knee - step)
    )


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


@pytest.mark.parametrize(("opinion", "held"), [(-2.0, True), (2.0, False), (None, False)])
def test_counter_speech_is_held_under_review_only_when_the_second_stage_agrees(
    opinion: float | None, held: bool
) -> None:
    model = small_model()
    model.weights["w:racist"] = 40.0  # the word alone would ask for review
    if opinion is not None:
        model.use_encoder(CountingEncoder(opinion))
    text = "racist abuse has no place here"
    hit = next(d for d in AbuseDetector(model=model).detect(text) if d.label == "abusive_language")
    assert (hit.score < 0.5) == held
    assert ("counter_speech" in hit.detail) == held


def test_a_band_narrower_than_the_reach_runs_the_transformer_near_the_line_only() -> None:
    """A cascade: full vote within the band, the first stage alone outside it."""
    data = {
        "weights": {"w:idiot": 2.5, "w:lovely": -3.0},
        "bias": 0.0,
        "threshold": 0.5,
        "encoder_weight": 0.5,
        "encoder_clip": 4.0,
        "encoder_band": 1.0,
    }
    model = AbuseModel(data)
    encoder = CountingEncoder(-100.0)
    model.use_encoder(encoder)
    assert model.reach == 2.0 and model.encoder_band == 1.0
    near = model.first_stage_logit("idiot lovely idiot")  # 3 - 3 + 3, scaled: within 1.0
    assert abs(near) <= 1.0
    assert model.logit("idiot lovely idiot") == (pytest.approx(near - 2.0), True)
    outside = model.first_stage_logit("idiot")
    assert 1.0 < outside < 2.0  # within reach, outside the band: the first stage decides
    assert model.logit("idiot") == (outside, False)
    assert encoder.calls == 1
    # A band wider than the reach is the reach.
    assert AbuseModel({**data, "encoder_band": 9.0}).encoder_band == 2.0


def test_a_files_digest_is_read_again_once_the_file_changes(tmp_path: Path) -> None:
    """The digest is kept while the file's size and time stand, never past a change."""
    path = tmp_path / "weights.bin"
    path.write_bytes(b"first")
    first = sha256(path)
    assert first == hashlib.sha256(b"first").hexdigest() == sha256(path)
    path.write_bytes(b"second, longer")
    assert sha256(path) == hashlib.sha256(b"second, longer").hexdigest()
