"""Screening benchmark: speed of the whole screen, abuse accuracy, personal-data recall.

Prints, in order:

1. throughput (posts/s on one core) and p50/p95 latency of the whole screen
   (every detector), and of ``evaluate`` on the WCUC pack (rules and decision too);
2. abuse macro-F1 beside alt-profanity-check's raw score (its verdicts as it ships, at
   0.5) on: OLID training data (the tuning set, so ours is reported as cross-validation:
   thresholds chosen on the other folds, and the nested cross-validation the training
   script ran, where our C, weights and threshold are all chosen on the other folds),
   HateXplain's official test split, and Davidson's test split (alt-profanity-check was
   trained on Davidson, so its figure there is flattered). "Clearly above" means a
   margin of at least +0.02 macro-F1. Stricter checks are printed beside, not counted:
   alt-profanity-check with a threshold tuned like ours (on the other OLID folds; on
   HateXplain's validation split), and, for scale, what a bag-of-words model trained
   on OLID itself reaches there (cross-validated, research use, nothing kept);
3. how many of 300 ordinary college posts we wrote wait for review, and that none is
   blocked (the abuse detector alone, and the WCUC pack's whole decision);
4. personal-data precision and recall on our generated UK set and on presidio-research's
   synthetic set (US-flavoured; its names stand in for a directory).

Data sets are read from ``../shared/data`` beside the repository; parts that need them
are skipped with a note when it is absent. Exit 1 when a target is missed.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from bench.screening_ukset import (
    COLLEGE_PHONE,
    OWN_CONTACTS,
    STUDENT_ID_FORMATS,
    generate,
    written,
)
from policyguard.screening import Screener, ScreenSettings
from policyguard.screening.base import Detection
from policyguard.screening.datasets import davidson, find_data_root, hatexplain, macro_f1, olid
from policyguard.screening.encoder import bundled_encoder

REPO = Path(__file__).resolve().parent.parent
SPEED_TARGET, P95_TARGET_MS, NAME_RECALL, NAME_PRECISION = 1000.0, 10.0, 0.98, 0.95
SPAN_PRECISION, SPAN_RECALL = 0.95, 0.95


def timed(run: Callable[[str], object], texts: Sequence[str]) -> tuple[float, float, float]:
    """(posts per second, p50 ms, p95 ms) of ``run`` over ``texts`` after a warm-up."""
    for text in texts[:50]:
        run(text)
    latencies = []
    started = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        run(text)
        latencies.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - started
    latencies.sort()
    return (
        len(texts) / elapsed,
        latencies[len(latencies) // 2],
        latencies[int(len(latencies) * 0.95)],
    )


def speed(screener: Screener, texts: list[str]) -> bool:
    from policyguard import load_bundled
    from policyguard.lookups import InMemoryLookups
    from policyguard.people import Person
    from policyguard.policy.evaluate import evaluate
    from policyguard.policy.events import PostEvent

    model = screener.abuse.model
    loaded = bundled_encoder() if model is not None and model.has_encoder else None
    # One core means one BLAS thread too (the second stage's matrix products).
    with threadpool_limits(1):
        rate, p50, p95 = timed(screener.screen, texts)
    print(
        f"whole screen (5 detectors): {rate:,.0f} posts/s on one core, "
        f"p50 {p50:.2f} ms, p95 {p95:.2f} ms over {len(texts)} posts"
    )
    if model is not None and loaded is not None:
        runs = [0]

        def counted(text: str) -> float:
            runs[0] += 1
            return loaded.logit(text)

        model.use_encoder(counted)
        for text in texts:
            screener.screen(text)
        model.use_encoder(loaded.logit)
        with threadpool_limits(1):
            _, e_p50, e_p95 = timed(loaded.logit, texts[:300])
        print(
            f"  abuse second stage (transformer, numpy) ran for {runs[0] / len(texts):.1%} "
            f"of posts; alone it takes p50 {e_p50:.1f} ms, p95 {e_p95:.1f} ms a post"
        )
    else:
        print("  abuse second stage not installed: first stage only")
    pack = load_bundled("wcuc")
    people = [Person(id=i, name=n) for i, n in generate(1)[0]]
    lookups = InMemoryLookups(people)

    def decide(text: str) -> object:
        event = PostEvent(at="2026-02-10T10:00:00+00:00", text=text)
        return evaluate(pack, event, lookups)

    d_rate, d_p50, d_p95 = timed(decide, texts)
    print(
        f"evaluate() on the WCUC pack, official post: {d_rate:,.0f} posts/s, "
        f"p50 {d_p50:.2f} ms, p95 {d_p95:.2f} ms"
    )
    ok = rate >= SPEED_TARGET and p95 <= P95_TARGET_MS
    print(
        f"  target >= {SPEED_TARGET:,.0f} posts/s and p95 <= {P95_TARGET_MS} ms: "
        f"{'met' if ok else 'MISSED'}"
    )
    return ok


def abuse_scores(screener: Screener, texts: list[str]) -> list[float]:
    return [max((d.score for d in screener.abuse.detect(t)), default=0.0) for t in texts]


CLEAR_MARGIN = 0.02  # "clearly above": at least two points of macro-F1


def best_threshold(scores: list[float], labels: list[int]) -> float:
    """The score threshold (0.02 to 0.98, steps of 0.01) with the best macro-F1."""
    return max(
        (step / 100 for step in range(2, 99)),
        key=lambda t: macro_f1(labels, [int(s >= t) for s in scores]),
    )


def cv_threshold_f1(scores: list[float], labels: list[int], folds: int = 5) -> float:
    """Macro-F1 when the score threshold is chosen on the other folds (5-fold CV; post i
    is in fold i % 5), from 0.02 to 0.98 in steps of 0.01."""
    predicted = [0] * len(scores)
    for fold in range(folds):
        train = [i for i in range(len(scores)) if i % folds != fold]
        best = best_threshold([scores[i] for i in train], [labels[i] for i in train])
        for i in range(fold, len(scores), folds):
            predicted[i] = int(scores[i] >= best)
    return macro_f1(labels, predicted)


def verdict(margin: float) -> str:
    return "met" if margin >= CLEAR_MARGIN else "not met"


def olid_in_domain_ceiling(texts: list[str], labels: list[int]) -> float:
    """What a bag-of-words model trained on OLID itself reaches there: 5-fold CV of a
    logistic regression over our features (vocabulary from the training folds), at its
    best threshold. A research-use measurement of how far such a model can go on that
    data; nothing from it is kept or shipped (OLID's licence forbids that)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    sys.path.insert(0, str(REPO / "scripts"))
    from train_abuse_model import build_vocabulary, matrix

    y = np.array(labels)
    index = np.arange(len(y))
    logits = np.zeros(len(y))
    for fold in range(5):
        train, test = index % 5 != fold, index % 5 == fold
        vocabulary = build_vocabulary([texts[i] for i in index[train]], 3)
        rows = matrix(texts, vocabulary)
        model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
        model.fit(rows[train], y[train])
        logits[test] = model.decision_function(rows[test])
    scores = [float(s) for s in 1 / (1 + np.exp(-logits))]
    threshold = best_threshold(scores, labels)
    return macro_f1(labels, [int(s >= threshold) for s in scores])


def abuse(screener: Screener, root: Path) -> bool:
    """The target compares with alt-profanity-check's raw score (the issue's words): its
    verdicts as it ships, at its own 0.5. Our figures must not be tuned on the data they
    are reported on: on OLID, the tuning set, ours is the nested cross-validation of
    the training script. Stricter checks, which also give alt-profanity-check a
    threshold tuned on the same data as ours, are printed beside, not counted."""
    from profanity_check import predict_prob  # type: ignore[import-untyped]

    model = screener.abuse.model
    nested = (model.provenance.get("olid_nested_cv_macro_f1") or {}) if model else {}
    print(
        f"abuse macro-F1, ours vs alt-profanity-check's raw score (as it ships, threshold "
        f"0.5); the target is 'clearly above' on sets outside alt-profanity-check's "
        f"training data (OLID, HateXplain): a margin of at least +{CLEAR_MARGIN:.2f}"
    )
    texts, labels = olid(root)
    ours = abuse_scores(screener, texts)
    theirs = [float(p) for p in predict_prob(texts)]
    f1 = macro_f1(labels, [int(s >= 0.5) for s in ours])
    baseline = macro_f1(labels, [int(p >= 0.5) for p in theirs])
    print(
        f"OLID train (the tuning set), n={len(texts)}: alt-profanity-check {baseline:.3f}; "
        f"ours at the shipped thresholds {f1:.3f} (tuned here, so not a measurement)"
    )
    cv_ours, cv_theirs = cv_threshold_f1(ours, labels), cv_threshold_f1(theirs, labels)
    print(
        f"  5-fold CV, thresholds chosen on the other folds: ours {cv_ours:.3f} "
        f"({cv_ours - baseline:+.3f}); stricter, alt-profanity-check's threshold chosen "
        f"the same way: {cv_theirs:.3f} ({cv_ours - cv_theirs:+.3f})"
    )
    if nested:
        figure = nested["ours"]
        print(
            f"  nested 5-fold CV from training (C, baseline, lexicon and encoder weights and "
            f"threshold all chosen on the other folds): ours {figure:.3f} "
            f"({figure - baseline:+.3f}): {verdict(figure - baseline)}; stricter, "
            f"alt-profanity-check's threshold chosen the same way: "
            f"{nested['alt_profanity_check']:.3f} "
            f"({figure - nested['alt_profanity_check']:+.3f}): "
            f"{verdict(figure - nested['alt_profanity_check'])}"
        )
    else:
        figure = cv_ours
    print(
        f"  for scale: a bag-of-words model trained on OLID itself (5-fold CV, research "
        f"use, not shipped) reaches {olid_in_domain_ceiling(texts, labels):.3f}"
    )
    ok = figure - baseline >= CLEAR_MARGIN
    sets = {
        "HateXplain official test split": (hatexplain(root, "test"), hatexplain(root, "val")),
        "Davidson test split (alt-profanity-check was trained on Davidson, so its figure is "
        "flattered; not a target)": (davidson(root, "test"), None),
    }
    for name, ((texts, labels), tuning) in sets.items():
        ours = abuse_scores(screener, texts)
        theirs = [float(p) for p in predict_prob(texts)]
        f1 = macro_f1(labels, [int(s >= 0.5) for s in ours])
        baseline = macro_f1(labels, [int(p >= 0.5) for p in theirs])
        line = (
            f"{name}: n={len(texts)}, macro-F1 ours {f1:.3f} vs alt-profanity-check "
            f"{baseline:.3f} ({f1 - baseline:+.3f})"
        )
        if tuning is not None:
            tuned = best_threshold([float(p) for p in predict_prob(tuning[0])], tuning[1])
            stricter = macro_f1(labels, [int(p >= tuned) for p in theirs])
            line += (
                f": {verdict(f1 - baseline)}; stricter, alt-profanity-check at the threshold "
                f"best on the validation split ({tuned:.2f}): {stricter:.3f} "
                f"({f1 - stricter:+.3f}): {verdict(f1 - stricter)}"
            )
            ok = ok and f1 - baseline >= CLEAR_MARGIN
        print(line)
    print(
        f"  target: clearly above (>= +{CLEAR_MARGIN:.2f}) alt-profanity-check's raw score "
        f"on every set outside its training data: {'met' if ok else 'not met'}"
    )
    return ok


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def precision_recall(
    gold: list[list[tuple[str, int, int]]], found: list[list[Detection]], labels: set[str]
) -> dict[str, tuple[float, float, int]]:
    """Per label (and ``all``): precision, recall, gold count; spans match on overlap."""
    table = {}
    for label in [*sorted(labels), "all"]:
        keep = labels if label == "all" else {label}
        tp_gold = fp = n_gold = 0
        for spans, detections in zip(gold, found, strict=True):
            mine = [(d.start, d.end) for d in detections if d.label in keep]
            theirs = [(s, e) for lab, s, e in spans if lab in keep]
            n_gold += len(theirs)
            tp_gold += sum(1 for g in theirs if any(overlaps(g, m) for m in mine))
            fp += sum(1 for m in mine if not any(overlaps(g, m) for g in theirs))
        predicted_ok = sum(
            1
            for spans, detections in zip(gold, found, strict=True)
            for d in detections
            if d.label in keep
            and any(overlaps((s, e), (d.start, d.end)) for lab, s, e in spans if lab in keep)
        )
        precision = predicted_ok / (predicted_ok + fp) if predicted_ok + fp else 1.0
        table[label] = (precision, tp_gold / n_gold if n_gold else 1.0, n_gold)
    return table


def personal_uk() -> bool:
    """Span precision and recall by kind on the UK set: 1,500 generated posts (with a
    directory) and the posts written from issue 18's finding list (no directory, the
    pack's student-number format and the college's own contact details)."""
    people, generated = generate()
    with_directory = Screener(ScreenSettings(allowed_contacts=(COLLEGE_PHONE,)), people)
    hand = written()
    without = Screener(
        ScreenSettings(allowed_contacts=OWN_CONTACTS, student_ids=STUDENT_ID_FORMATS)
    )

    def detect(screener: Screener, text: str) -> list[Detection]:
        result = screener.screen(text)
        names = [d for d in result["directory_names"] if d.score >= 0.5]
        return [*result["personal_data"], *names]

    gold = [p.gold for p in generated] + [p.gold for p in hand]
    found = [detect(with_directory, p.text) for p in generated]
    found += [detect(without, p.text) for p in hand]
    labels = {g[0] for spans in gold for g in spans}
    table = precision_recall(gold, found, labels)
    print(
        f"UK personal data ({len(generated)} generated posts with a directory of "
        f"{len(people)}, and {len(hand)} written from issue 18's findings); spans match on "
        f"overlap:"
    )
    for label, (precision, recall, n) in table.items():
        print(f"  {label:14} precision {precision:.3f} recall {recall:.3f} (gold {n})")
    hand_table = precision_recall(gold[len(generated) :], found[len(generated) :], labels)
    precision, recall, n = hand_table["all"]
    print(f"  of which the written cases: precision {precision:.3f} recall {recall:.3f} (gold {n})")
    ok = True
    for label, (precision, recall, _) in table.items():
        met = precision >= SPAN_PRECISION and recall >= SPAN_RECALL
        ok = ok and met
        if not met:
            print(f"  {label}: below {SPAN_PRECISION} / {SPAN_RECALL}")
    print(
        f"  target: span precision >= {SPAN_PRECISION} and recall >= {SPAN_RECALL} for every "
        f"kind: {'met' if ok else 'not met'}"
    )
    precision, recall, _ = table["person_name"]
    names_ok = recall >= NAME_RECALL and precision >= NAME_PRECISION
    print(
        f"  target: name recall >= {NAME_RECALL} at precision >= {NAME_PRECISION}: "
        f"{'met' if names_ok else 'not met'}"
    )
    return ok and names_ok


PRESIDIO_LABELS = {
    "PERSON": "person_name",
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "STREET_ADDRESS": "home_address",
    "IBAN_CODE": "bank_details",
    "CREDIT_CARD": "bank_details",
    "ZIP_CODE": "postcode",
}


def personal_presidio(root: Path) -> None:
    records = json.loads((root / "screening/presidio_research/synth_dataset_v2.json").read_text())
    people = sorted(
        {
            s["entity_value"]
            for r in records
            for s in r["spans"]
            if s["entity_type"] == "PERSON" and " " in s["entity_value"].strip()
        }
    )
    screener = Screener(people=[(f"p{i}", n) for i, n in enumerate(people)])
    gold, found = [], []
    for record in records:
        spans = [
            (PRESIDIO_LABELS[s["entity_type"]], s["start_position"], s["end_position"])
            for s in record["spans"]
            if s["entity_type"] in PRESIDIO_LABELS
        ]
        text = record["full_text"]
        detections = [
            *screener.personal.detect(text),
            *(d for d in screener.names.detect(text) if d.score >= 0.5),
        ]
        # Spans of types we do not map (dates, cities, organisations) are neither hits
        # nor misses: drop detections that fall on them.
        other = [
            (s["start_position"], s["end_position"])
            for s in record["spans"]
            if s["entity_type"] not in PRESIDIO_LABELS
        ]
        detections = [
            d for d in detections if not any(overlaps((d.start, d.end), o) for o in other)
        ]
        gold.append(spans)
        found.append(detections)
    table = precision_recall(gold, found, set(PRESIDIO_LABELS.values()))
    print(
        f"presidio-research synthetic set ({len(records)} sentences; US-flavoured; its "
        f"multi-word PERSON values stand in for a directory of {len(people)}):"
    )
    for label, (precision, recall, n) in table.items():
        print(f"  {label:14} precision {precision:.3f} recall {recall:.3f} (gold {n})")


def ordinary_posts(screener: Screener) -> bool:
    """How often ordinary college posts (``bench/data/college_posts.txt``, 300 we wrote,
    a third with words that are insults or alarms elsewhere) would wait for a person, and
    that none is blocked: by the abuse detector alone, and by every rule of the WCUC pack
    on an official account."""
    from policyguard import load_bundled
    from policyguard.policy.evaluate import evaluate

    posts = (REPO / "bench" / "data" / "college_posts.txt").read_text("utf-8").splitlines()
    scores = abuse_scores(screener, posts)
    reviewed = sum(1 for s in scores if 0.5 <= s < 0.9)
    blocked = sum(1 for s in scores if s >= 0.9)
    pack = load_bundled("wcuc")
    outcomes: dict[str, int] = {}
    for post in posts:
        event = {"kind": "post", "at": "2026-11-18T10:00:00+00:00", "text": post}
        outcome = evaluate(pack, event).outcome.value
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print(
        f"ordinary college posts (n={len(posts)}): abuse detector sends {reviewed} "
        f"({reviewed / len(posts):.1%}) to review and blocks {blocked}; the WCUC pack on an "
        f"official account: "
        + ", ".join(f"{k} {outcomes.get(k, 0)}" for k in ("allow", "review", "block"))
    )
    ok = blocked == 0 and outcomes.get("block", 0) == 0
    print(f"  target: no ordinary post blocked: {'met' if ok else 'not met'}")
    return ok


def speed_corpus() -> list[str]:
    _, posts = generate(1500, seed=5)
    extra = [
        "Vote Labour! 50% off at www.shop-example.com, share this with 10 friends",
        "you are a worthless piece of trash and everyone hates you",
        "Our colorful center organized a wonderful program for the students this week. " * 3,
    ]
    return [p.text for p in posts] + extra * 100


def main() -> int:
    root = find_data_root(REPO / "bench" / "x")
    people, _ = generate(1)
    screener = Screener(
        ScreenSettings(
            organisation_names=("Wiltshire College", "WCUC"), allowed_domains=("wiltshire.ac.uk",)
        ),
        people,
    )
    results = [speed(screener, speed_corpus())]
    if root is not None and (root / "screening").is_dir():
        results.append(abuse(screener, root))
    else:
        print("no ../shared/data/screening: skipping the abuse and presidio figures")
    results.append(ordinary_posts(screener))
    results.append(personal_uk())
    if root is not None and (root / "screening/presidio_research").is_dir():
        personal_presidio(root)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
