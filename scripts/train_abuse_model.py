"""Rebuild ``src/policyguard/screening/data/abuse_model.json.gz`` from the shared data.

    .venv/bin/python scripts/train_abuse_model.py [--data ../shared/data] [--out PATH]

What it does, deterministically (same data, same file, byte for byte):

1. trains a logistic regression on the MIT-licensed training data only: Davidson et al.
   2017 (its four-fifths ``train`` split, see ``policyguard.screening.datasets``) and
   HateXplain's official ``train`` split; features are those of
   ``policyguard.screening.abuse_model.features``;
2. reads alt-profanity-check's installed model (MIT) out into one linear function over
   its words, to add to ours (see ``policyguard.screening.abuse_model``);
3. picks the regularisation C, the weight of alt-profanity-check's logit and the
   decision threshold for the best mean macro-F1 of the whole detector (lexicon and
   model together) on the tuning sets: HateXplain ``val`` and the OLID training file
   (research use: tuning only, never trained on);
4. keeps the strongest weights (``--keep``) and writes the file with its provenance.

The test splits (Davidson ``test``, HateXplain ``test``) are never read here; the
benchmark (``bench/bench_screening.py``) reports them. Takes a minute or two on one core.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from policyguard.screening import datasets
from policyguard.screening.abuse import AbuseDetector
from policyguard.screening.abuse_model import MODEL_FILE, AbuseModel, features

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "policyguard" / "screening" / "data" / MODEL_FILE


def matrix(texts: list[str], vocabulary: dict[str, int]) -> csr_matrix:
    """Rows of binary features scaled by 1/sqrt(all features of the text)."""
    indptr, indices, values = [0], [], []
    for text in texts:
        found = features(text)
        scale = 1 / math.sqrt(len(found)) if found else 0.0
        columns = sorted(vocabulary[f] for f in found if f in vocabulary)
        indices.extend(columns)
        values.extend([scale] * len(columns))
        indptr.append(len(indices))
    return csr_matrix((values, indices, indptr), shape=(len(texts), len(vocabulary)))


def build_vocabulary(texts: list[str], min_df: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        for feature in features(text):
            counts[feature] = counts.get(feature, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= min_df)
    return {f: i for i, f in enumerate(kept)}


def best_setting(
    sets: list[tuple[list[float], np.ndarray, np.ndarray, list[int]]],
) -> tuple[float, float, float]:
    """The baseline weight and threshold with the best mean macro-F1 over ``sets`` of
    (lexicon scores, own logits, baseline logits, labels): (weight, threshold, F1)."""
    best = (0.0, 0.5, -1.0)
    for weight in (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0):
        probabilities = [
            1 / (1 + np.exp(-(own + weight * np.clip(base, -8, 8)))) for _, own, base, _ in sets
        ]
        for step in range(5, 96):
            threshold = step / 100
            f1s = [
                datasets.macro_f1(
                    labels,
                    [int(lx >= 0.5 or p >= threshold) for lx, p in zip(lex, probs, strict=True)],
                )
                for (lex, _, _, labels), probs in zip(sets, probabilities, strict=True)
            ]
            mean = sum(f1s) / len(f1s)
            if mean > best[2]:
                best = (weight, threshold, mean)
    return best


def baseline() -> dict[str, object]:
    """alt-profanity-check's model as one linear function: the mean logit of its
    calibrated linear SVMs over its TF-IDF words (``terms``: word -> [weight, idf])."""
    from importlib import resources

    import joblib

    folder = resources.files("profanity_check") / "data"
    vectorizer = joblib.load(folder / "vectorizer.joblib")
    calibrated = joblib.load(folder / "model.joblib").calibrated_classifiers_
    weights = np.zeros(len(vectorizer.idf_))
    bias = 0.0
    for member in calibrated:
        svm, sigmoid = member.estimator, member.calibrators[0]
        # The calibrated probability is 1 / (1 + exp(a * f + b)), so its logit is -(a f + b).
        weights -= sigmoid.a_ * svm.coef_[0]
        bias -= sigmoid.a_ * svm.intercept_[0] + sigmoid.b_
    weights /= len(calibrated)
    terms = {
        str(term): [round(float(w), 5), round(float(idf), 5)]
        for term, w, idf in zip(
            vectorizer.get_feature_names_out(), weights, vectorizer.idf_, strict=True
        )
    }
    return {"bias": round(float(bias / len(calibrated)), 6), "terms": dict(sorted(terms.items()))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=datasets.find_data_root(REPO / "x"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--keep", type=int, default=60_000, help="weights to keep")
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--c", type=float, nargs="*", default=[0.5, 1.0, 2.0])
    args = parser.parse_args(argv)
    if args.data is None or not (args.data / "screening").is_dir():
        print("no data: pass --data pointing at shared/data", file=sys.stderr)
        return 2
    started = time.perf_counter()
    d_texts, d_labels = datasets.davidson(args.data, "train")
    h_texts, h_labels = datasets.hatexplain(args.data, "train")
    texts, labels = d_texts + h_texts, d_labels + h_labels
    vocabulary = build_vocabulary(texts, args.min_df)
    train = matrix(texts, vocabulary)
    base = baseline()
    base_model = AbuseModel({"weights": {}, "bias": 0.0, "threshold": 0.5, "baseline": base})
    lexicon = AbuseDetector(model=False)
    tuning = {
        "hatexplain_val": datasets.hatexplain(args.data, "val"),
        "olid_train": datasets.olid(args.data),
    }
    rows = {
        name: (
            matrix(t, vocabulary),
            [max((d.score for d in lexicon.detect(x)), default=0.0) for x in t],
            np.array([base_model.baseline_logit(x) for x in t]),
            y,
        )
        for name, (t, y) in tuning.items()
    }
    print(
        f"{len(texts)} training posts, {len(vocabulary)} features "
        f"({time.perf_counter() - started:.0f} s)"
    )
    chosen: tuple[float, float, float, float, LogisticRegression] | None = None
    for c in args.c:
        model = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
        model.fit(train, np.array(labels))
        sets = [(lex, model.decision_function(x), b, y) for x, lex, b, y in rows.values()]
        weight, threshold, f1 = best_setting(sets)
        print(
            f"C={c}: tuning macro-F1 {f1:.4f} with baseline weight {weight} "
            f"at threshold {threshold:.2f}"
        )
        if chosen is None or f1 > chosen[3]:
            chosen = (c, weight, threshold, f1, model)
    assert chosen is not None
    c, weight, threshold, f1, model = chosen
    write_model(
        args.out,
        vocabulary,
        model,
        threshold,
        args.keep,
        {
            "baseline": base,
            "baseline_weight": weight,
            "provenance": {
                "trained_on": {"davidson_train": len(d_texts), "hatexplain_train": len(h_texts)},
                "tuned_on": {name: len(y) for name, (_, y) in tuning.items()},
                "C": c,
                "min_df": args.min_df,
                "tuning_macro_f1": round(f1, 4),
                "script": "scripts/train_abuse_model.py",
                "licences": "Davidson et al. 2017 (MIT); HateXplain (MIT); alt-profanity-check "
                "model (MIT). OLID used for tuning only.",
            },
        },
    )
    print(
        f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) with C={c}, baseline "
        f"weight {weight}, threshold {threshold:.2f} in {time.perf_counter() - started:.0f} s"
    )
    return 0


def write_model(
    out: Path,
    vocabulary: dict[str, int],
    model: LogisticRegression,
    threshold: float,
    keep: int,
    extra: dict[str, object],
) -> None:
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    weights = model.coef_[0]
    order = np.argsort(-np.abs(weights), kind="stable")[:keep]
    kept = {names[i]: round(float(weights[i]), 4) for i in sorted(order)}
    data = {
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "weights": dict(sorted(kept.items())),
        **extra,
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    # mtime=0 keeps the gzip header, and so the file, the same from run to run.
    with (
        out.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle,
    ):
        handle.write(payload)


if __name__ == "__main__":
    sys.exit(main())
