"""Screening benchmark: speed of the whole screen, abuse ranking and accuracy, false
alarms on ordinary posts, personal-data precision and recall.

Prints, in order, each figure with its target and met / not met:

1. speed: posts per CPU-second of the whole screen (every detector) on posts of about
   150 characters: our 300 ordinary college posts and, when ``../shared/data`` is
   there, as many Jigsaw comments of 100 to 200 characters from its held-out ``test``
   part (half of them toxic: a harder stream than a college's). CPU time
   (``time.process_time``), five runs, min and median; p95 latency; how often the
   transformer ran; and alt-profanity-check's rate on the same posts, as a yardstick
   for the machine (issue 18 measured it at 305 on its machine). What it leaves out:
   the rules and decision around the screen (``evaluate`` is printed beside it), and
   loading (once per process);
2. abuse: AUC (ranking, threshold-free) and macro-F1 (at the shipped threshold) beside
   alt-profanity-check as it ships (its own 0.5), on three sets neither our training nor
   our tuning read: OLID's training file (13,240 tweets; also with a threshold chosen on
   the other folds, 5-fold), HateXplain's official test split, and the held-out Jigsaw
   ``test`` part (Wikipedia talk-page comments; alt-profanity-check was trained on
   Wikipedia comments of this kind, so it is at home there). Targets: AUC above
   alt-profanity-check's, macro-F1 at least +0.03 over it. Also the share of non-toxic
   Jigsaw comments flagged by length quarter (the length calibration), the words the
   old model flagged for n-gram reasons, and aimed insults the lexicon missed;
3. evidence: where the model's finding points, on 60 abusive posts with the words that
   make them so marked by hand (``bench/data/abuse_evidence.txt``, written before either
   way of pointing was run on them): how often its span touches a marked run, and lies
   wholly in one, beside the n-gram part's strongest word (the way it pointed before).
   Target: touches a marked run for at least 80% of the posts it makes a finding for;
4. bullying in plain words (no slur, swear word or insult) and ordinary posts in the
   same words (``bench/data/bullying_plain.txt``), on the lines in view while the
   patterns were written and on the lines measured once: target at least 75% of the
   held bullying posts at the review line, at most 5% of the others;
5. ordinary college posts: how many the abuse detector and the WCUC pack send to review
   (target at most 5%) and block (target none);
6. personal data by kind, on the generated UK set and the cases written from issue
   18's findings (target precision and recall at least 0.95 for every kind), and on
   presidio-research's synthetic set for reference;
7. posts written by another hand (``bench/data/another_hand``): personal data by kind,
   ordinary posts sent to review and abusive comments caught, on a round read while
   mending and a round written after it (measured once, then looked at).

Exit 1 when a target is missed.
"""

from __future__ import annotations

import json
import random
import re
import statistics
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
from policyguard.screening.abuse import ngram_evidence
from policyguard.screening.base import Detection
from policyguard.screening.datasets import find_data_root, hatexplain, jigsaw, macro_f1, olid
from policyguard.screening.encoder import bundled_encoder

REPO = Path(__file__).resolve().parent.parent
SPEED_TARGET, NAME_RECALL, NAME_PRECISION = 1000.0, 0.98, 0.95
ISSUE_BASELINE_RATE = 305.0  # alt-profanity-check, posts/CPU-s, on issue 18's machine
SPAN_PRECISION, SPAN_RECALL = 0.95, 0.95
F1_MARGIN = 0.03  # macro-F1 at least this much over alt-profanity-check's
ORDINARY_REVIEW_SHARE = 0.05
RUNS = 5


def met(ok: bool) -> str:
    return "met" if ok else "not met"


def college_posts() -> list[str]:
    return (REPO / "bench" / "data" / "college_posts.txt").read_text("utf-8").splitlines()


def speed_posts(root: Path | None) -> list[str]:
    """Our 300 college posts, and as many held-out Jigsaw comments of 100-200 characters
    (a fixed draw) when the shared data is there."""
    posts = college_posts()
    if root is not None and (root / "screening" / "jigsaw-toxic").is_dir():
        comments = [t for t in jigsaw(root, "test")[0] if 100 <= len(t) <= 200]
        posts += random.Random(18).sample(comments, min(len(posts), len(comments)))
    return posts


def cpu_rate(
    run: Callable[[str], object], texts: Sequence[str], runs: int = RUNS, warm_up: bool = True
) -> list[float]:
    """Posts per CPU-second of ``run`` over ``texts``, once per run, after a warm-up
    (unless the caller has warmed ``run`` up already)."""
    for text in texts[:50] if warm_up else ():
        run(text)
    rates = []
    for _ in range(runs):
        started = time.process_time()
        for text in texts:
            run(text)
        rates.append(len(texts) / (time.process_time() - started))
    return rates


def p95_ms(run: Callable[[str], object], texts: Sequence[str]) -> float:
    latencies = []
    for text in texts:
        started = time.perf_counter()
        run(text)
        latencies.append((time.perf_counter() - started) * 1000)
    return sorted(latencies)[int(len(latencies) * 0.95)]


def speed(screener: Screener, root: Path | None) -> bool:
    from policyguard import InMemoryLookups, Person, PostEvent, evaluate, load_bundled

    texts = speed_posts(root)
    lengths = sorted(len(t) for t in texts)
    print(
        f"speed set: {len(texts)} posts, characters median {statistics.median(lengths):.0f}, "
        f"10th-90th percentile {lengths[len(lengths) // 10]}-{lengths[len(lengths) * 9 // 10]}"
        + ("" if len(texts) > 300 else " (no shared data: college posts only)")
    )
    model = screener.abuse.model
    encoder = bundled_encoder() if model is not None and model.has_encoder else None
    runs = [0]
    if model is not None and encoder is not None:

        def counted(text: str) -> float:
            runs[0] += 1
            return encoder.logit(text)

        model.use_encoder(counted)
        for text in texts:
            screener.screen(text)
        model.use_encoder(encoder.logit)
    try:
        from profanity_check import predict_prob  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        predict_prob = None
    # A yardstick for the machine: the issue measured alt-profanity-check, one post at a
    # time, at 305 posts per CPU-second on its machine. Each run times ours and then it,
    # back to back, so that a change in the machine's load touches both alike.
    rates, theirs, ratios = [], [], []
    with threadpool_limits(1):  # one core: one BLAS thread too (the transformer's products)
        for i in range(RUNS):  # each warmed up in the first run only
            rates.extend(cpu_rate(screener.screen, texts, runs=1, warm_up=i == 0))
            if predict_prob is not None:
                baseline = cpu_rate(lambda t: predict_prob([t]), texts[:200], 1, i == 0)
                theirs.extend(baseline)
                ratios.append(rates[-1] / theirs[-1])
        p95 = p95_ms(screener.screen, texts)
    low, middle = min(rates), statistics.median(rates)
    print(
        f"whole screen (5 detectors), one process: {middle:,.0f} posts per CPU-second "
        f"(median of {RUNS}; min {low:,.0f}), {middle / SPEED_TARGET:.2f}x the target; "
        f"p95 {p95:.2f} ms; the transformer ran for {runs[0] / len(texts):.1%} of posts"
        + (
            f" (in {encoder.engine})"
            if encoder is not None
            else " (not installed: first stage only)"
        )
    )
    if ratios:
        ratio = statistics.median(ratios)
        print(
            f"  alt-profanity-check on this machine, one post at a time: "
            f"{statistics.median(theirs):,.0f}/CPU-s (the issue's machine: "
            f"{ISSUE_BASELINE_RATE:,.0f}); ours is {ratio:.1f}x it (median of the runs' "
            f"ratios, {min(ratios):.1f}x-{max(ratios):.1f}x), so about "
            f"{ratio * ISSUE_BASELINE_RATE:,.0f}/CPU-s there"
        )
    pack = load_bundled("wcuc")
    lookups = InMemoryLookups([Person(id=i, name=n) for i, n in generate(1)[0]])

    def decide(text: str) -> object:
        event = PostEvent(at="2026-02-10T10:00:00+00:00", text=text)
        return evaluate(pack, event, lookups)

    with threadpool_limits(1):
        decided = statistics.median(cpu_rate(decide, texts[:300]))
    print(f"  evaluate() on the WCUC pack, official post, rules and decision: {decided:,.0f}/CPU-s")
    ok = middle >= SPEED_TARGET
    print(f"  target >= {SPEED_TARGET:,.0f} posts per CPU-second: {met(ok)}")
    return ok


def abuse_scores(screener: Screener, texts: Sequence[str]) -> list[float]:
    """Each post's abuse score as the detector rates it (its strongest finding's score,
    and the model's however low: a finding needs 0.3, a ranking does not)."""
    return [screener.abuse.rate(t) for t in texts]


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    from sklearn.metrics import roc_auc_score  # type: ignore[import-untyped]

    return float(roc_auc_score(labels, scores))


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


def flagged_by_length(scores: Sequence[float], labels: Sequence[int], texts: Sequence[str],
                      line: float) -> list[float]:  # fmt: skip
    """The share of label-0 texts at or over ``line``, per quarter of their lengths."""
    negatives = sorted((len(t), s) for t, s, y in zip(texts, scores, labels, strict=True) if not y)
    quarter = len(negatives) / 4
    shares = []
    for q in range(4):
        part = negatives[int(q * quarter) : int((q + 1) * quarter)]
        shares.append(sum(1 for _, s in part if s >= line) / len(part))
    return shares


ARTEFACTS = [
    "dey said the bus is late again",
    "por favor, the Spanish club meets on Thursday",
    "The witches in Macbeth open Act 1 tonight",
    "Career paths in engineering: come to the talk",
    "Chicken curry is on the menu in the refectory today",
    "Stop moaning about the rain and enjoy the trip!",
]
AIMED = [
    "you absolute doofus",
    "honestly, you are so dopey",
    "creeps like you should stay off this page",
    "PROVE IT THUG",
]


def abuse(screener: Screener, root: Path) -> bool:
    """AUC and macro-F1 beside alt-profanity-check on sets neither our training nor our
    tuning read (scripts/train_abuse_model.py never opens them)."""
    from profanity_check import predict_prob  # type: ignore[import-untyped,unused-ignore]

    sets = {
        "OLID training file (tweets)": olid(root),
        "HateXplain official test split": hatexplain(root, "test"),
        "Jigsaw held-out test part (Wikipedia talk-page comments)": jigsaw(root, "test"),
    }
    print(
        f"abuse, ours (as shipped) vs alt-profanity-check (as it ships, at 0.5); targets: AUC "
        f"above it, macro-F1 at least +{F1_MARGIN:.2f} over it"
    )
    ok = True
    for name, (texts, labels) in sets.items():
        ours = abuse_scores(screener, texts)
        theirs = [float(p) for p in predict_prob(texts)]
        a_ours, a_theirs = auc(ours, labels), auc(theirs, labels)
        f_ours = macro_f1(labels, [int(s >= 0.5) for s in ours])
        f_theirs = macro_f1(labels, [int(p >= 0.5) for p in theirs])
        ranks, beats = a_ours > a_theirs, f_ours - f_theirs >= F1_MARGIN
        ok = ok and ranks and beats
        print(
            f"{name}, n={len(texts)}:\n"
            f"  AUC ours {a_ours:.4f} vs {a_theirs:.4f} ({a_ours - a_theirs:+.4f}): {met(ranks)}\n"
            f"  macro-F1 ours {f_ours:.3f} vs {f_theirs:.3f} ({f_ours - f_theirs:+.3f}): "
            f"{met(beats)}"
        )
        if name.startswith("OLID"):
            cv_ours, cv_theirs = cv_threshold_f1(ours, labels), cv_threshold_f1(theirs, labels)
            margin = cv_ours - cv_theirs
            print(
                f"  5-fold CV, each threshold chosen on the other folds: ours {cv_ours:.3f} vs "
                f"{cv_theirs:.3f} ({margin:+.3f}): {met(margin >= F1_MARGIN)}"
            )
        if name.startswith("Jigsaw"):
            mine = flagged_by_length(ours, labels, texts, 0.5)
            other = flagged_by_length(theirs, labels, texts, 0.5)
            print(
                "  non-toxic comments flagged, shortest to longest quarter: ours "
                + " / ".join(f"{s:.0%}" for s in mine)
                + "; alt-profanity-check "
                + " / ".join(f"{s:.0%}" for s in other)
            )
    artefacts = abuse_scores(screener, ARTEFACTS)
    aimed = abuse_scores(screener, AIMED)
    clean = all(s < 0.5 for s in artefacts)
    caught = all(s >= 0.5 for s in aimed)
    print(
        "  words the old model flagged by n-gram (dey, por, witches, paths, chicken, "
        f"moaning), in ordinary sentences: highest score {max(artefacts):.2f}, "
        f"under the review line: {met(clean)}"
    )
    print(
        "  aimed insults the lexicon missed (doofus, dopey, creeps like you, PROVE IT "
        f"THUG): lowest score {min(aimed):.2f}, all at review or above: {met(caught)}"
    )
    return ok and clean and caught


def marked_posts() -> list[tuple[str, list[tuple[int, int]]]]:
    """The posts of ``bench/data/abuse_evidence.txt``, each with its marked runs (start,
    end) once the brackets are taken out."""
    posts = []
    for line in (REPO / "bench/data/abuse_evidence.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, marks = "", []
        for part in re.split(r"(\[[^\]]*\])", line):
            if part.startswith("["):
                marks.append((len(text), len(text) + len(part) - 2))
                part = part[1:-1]
            text += part
        posts.append((text, marks))
    return posts


def evidence(screener: Screener) -> bool:
    """Where the model's abuse finding points, on posts with their abusive words marked,
    beside where the n-gram part's strongest word would have pointed."""
    posts = marked_posts()
    model = screener.abuse.model
    counts = {"finding": [0, 0, 0], "n-gram word": [0, 0, 0]}
    for text, marks in posts:
        found = [d for d in screener.screen(text)["abuse"] if d.label == "abusive_language"]
        spans: dict[str, tuple[int, int] | None] = {
            "finding": (found[0].start, found[0].end) if found else None,
            "n-gram word": None,
        }
        if model is not None:
            spans["n-gram word"] = ngram_evidence(model, text)
        for name, span in spans.items():
            if span is None:
                continue
            touched = any(overlaps(span, mark) for mark in marks)
            within = touched and all(
                any(a <= i < b for a, b in marks) for i in range(*span) if text[i].isalnum()
            )
            counts[name][0] += 1
            counts[name][1] += touched
            counts[name][2] += within
    print(f"evidence: where the abuse model's finding points (n={len(posts)} marked posts)")
    for name, (pointed, touches, inside) in counts.items():
        print(
            f"  {name:12} points for {pointed}: touches a marked run {touches} "
            f"({touches / max(1, pointed):.0%}), wholly inside one {inside}"
        )
    pointed, touches, _ = counts["finding"]
    ok = pointed > 0 and touches >= 0.8 * pointed
    print(f"  target: touches a marked run for at least 80% of its findings: {met(ok)}")
    return ok


def plain_bullying(screener: Screener) -> bool:
    """Bullying in plain words (``bench/data/bullying_plain.txt``: being shut out, laughed
    at, told to go) and ordinary posts in the same words: how many of each reach the
    review line, on the lines in view while the patterns were written and on the rest."""
    rows = [
        line.split("\t")
        for line in (REPO / "bench/data/bullying_plain.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    print("bullying in plain words, and the same words said kindly (reach the review line)")
    ok = True
    for part in ("dev", "held"):
        bullying = [t for tag, t in rows if tag == f"{part} bully"]
        kindly = [t for tag, t in rows if tag == f"{part} fine"]
        caught = sum(s >= 0.5 for s in abuse_scores(screener, bullying))
        flagged = sum(s >= 0.5 for s in abuse_scores(screener, kindly))
        print(f"  {part:4}: bullying {caught} of {len(bullying)}, said kindly {flagged} of "
              f"{len(kindly)}")  # fmt: skip
        if part == "held":
            ok = caught >= 0.75 * len(bullying) and flagged <= 0.05 * len(kindly)
    print(f"  target (held): at least 75% of the bullying, at most 5% of the rest: {met(ok)}")
    return ok


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def said_again(text: str, spans: list[tuple[str, int, int]], keep: set[str]) -> set[str]:
    """What names a gold span's person or place again: its own spelling, and for a person
    each word of their name of three letters or more ("Iqbal" after "Mohammed Iqbal
    Chaudhry")."""
    spelt = {text[s:e] for lab, s, e in spans if lab in keep}
    spelt |= {
        word
        for lab, s, e in spans
        if lab in keep and lab == "person_name"
        for word in text[s:e].split()
        if len(word) >= 3
    }
    return spelt


def precision_recall(
    gold: list[list[tuple[str, int, int]]],
    found: list[list[Detection]],
    labels: set[str],
    texts: Sequence[str] | None = None,
) -> dict[str, tuple[float, float, int]]:
    """Per label (and ``all``): precision, recall, gold count; spans match on overlap. A
    postcode labelled on its own is found when a found home address holds it (the
    detector reports an address with its postcode as one span; some writers label the
    two apart). With the posts' ``texts``, a finding that names a gold span's person or
    place again (:func:`said_again`: "Hamza wins ... Hamza Siddiqui, Level 3" with "Hamza"
    labelled, "Iqbal always had a smile" after "Mohammed Iqbal Chaudhry") is no false hit:
    the writers label each spelling once, at its first occurrence, and seldom a later
    mention by part of the name (from the thirtieth session; recall is unchanged by it)."""
    table = {}
    for label in [*sorted(labels), "all"]:
        keep = labels if label == "all" else {label}
        tp_gold = fp = n_gold = predicted_ok = 0
        for i, (spans, detections) in enumerate(zip(gold, found, strict=True)):
            mine = [(d.start, d.end) for d in detections if d.label in keep]
            homes = [
                (d.start, d.end)
                for d in detections
                if label == "postcode" and d.label == "home_address"
            ]
            theirs = [(s, e) for lab, s, e in spans if lab in keep]
            n_gold += len(theirs)
            tp_gold += sum(
                1
                for g in theirs
                if any(overlaps(g, m) for m in mine)
                or any(s <= g[0] and g[1] <= e for s, e in homes)
            )
            spelt = said_again(texts[i], spans, keep) if texts is not None else set()
            for d in detections:
                if d.label not in keep:
                    continue
                if any(overlaps(g, (d.start, d.end)) for g in theirs) or d.match in spelt:
                    predicted_ok += 1
                else:
                    fp += 1
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
    texts = [p.text for p in generated] + [p.text for p in hand]
    table = precision_recall(gold, found, labels, texts)
    print(
        f"UK personal data ({len(generated)} generated posts with a directory of "
        f"{len(people)}, and {len(hand)} written from issue 18's findings); spans match on "
        f"overlap:"
    )
    for label, (precision, recall, n) in table.items():
        print(f"  {label:14} precision {precision:.3f} recall {recall:.3f} (gold {n})")
    n = len(generated)
    hand_table = precision_recall(gold[n:], found[n:], labels, texts[n:])
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


def pack_outcomes(posts: Sequence[str]) -> dict[str, int]:
    """How many of ``posts`` the whole WCUC pack allows, reviews and blocks on an official
    account."""
    from policyguard import evaluate, load_bundled

    pack = load_bundled("wcuc")
    outcomes: dict[str, int] = {}
    for post in posts:
        event = {"kind": "post", "at": "2026-11-18T10:00:00+00:00", "text": post}
        outcome = evaluate(pack, event).outcome.value
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


def ordinary_posts(screener: Screener) -> bool:
    """How often ordinary college posts (``bench/data/college_posts.txt``, 300 we wrote,
    a third with words that are insults or alarms elsewhere) would wait for a person, and
    that none is blocked: by the abuse detector alone, and by every rule of the WCUC pack
    on an official account."""
    posts = college_posts()
    scores = abuse_scores(screener, posts)
    reviewed = sum(1 for s in scores if 0.5 <= s < 0.9)
    blocked = sum(1 for s in scores if s >= 0.9)
    outcomes = pack_outcomes(posts)
    print(
        f"ordinary college posts (n={len(posts)}): the abuse detector sends {reviewed} "
        f"({reviewed / len(posts):.1%}) to review and blocks {blocked}; the whole WCUC pack "
        f"on an official account: "
        + ", ".join(f"{k} {outcomes.get(k, 0)}" for k in ("allow", "review", "block"))
    )
    share = max(reviewed, outcomes.get("review", 0)) / len(posts)
    ok = blocked == 0 and outcomes.get("block", 0) == 0 and share <= ORDINARY_REVIEW_SHARE
    print(f"  target: at most {ORDINARY_REVIEW_SHARE:.0%} to review and none blocked: {met(ok)}")
    return ok


ANOTHER_HAND = REPO / "bench" / "data" / "another_hand"


def another_hand() -> bool:
    """Posts written by another hand (``bench/data/another_hand``: helpers who read none
    of the detectors' code or data, from a brief of the kinds to cover), in three rounds:
    ``round1`` was read while mending what it showed; ``round2`` was written after those
    mends and measured once (personal data all 0.911 / 0.953, names 0.947 / 1.000;
    ordinary posts 2 of 120 to review and 1 blocked; abusive comments 30 of 60), and
    then its three false alarms were looked at and two mended (a dyke in a landscape,
    cigarette butts), so it is no longer unseen; ``round3`` (130 / 120 / 70) was written
    after all of that, by new helpers, and measured once on main at 2e70517 (personal
    data all 0.881 / 0.881, names 0.744 / 0.667, addresses 0.875 / 0.583, postcodes
    0.667 / 1.000; ordinary posts 12 of 120 to review and 1 blocked; abusive comments
    24 of 70) before anything was read; ``round4`` (100 / 100 / 50, a West Yorkshire
    training provider's posts, with its own contact details and learner-number format)
    was written by new helpers during the session that mended round 3's read half and
    measured once, on main before that session (2e70517: personal data 0.879 / 0.882,
    names 0.811 / 0.750; ordinary 3 of 100 to review, none blocked; abusive 18 of 50) and
    after its mends (b0b3174: 0.925 / 0.922, names 0.895 / 0.850; 3 and 0; 18 of 50);
    ``round5`` (100 / 120, a Midlands college's, no abusive comments) was written at the
    end of that session and only measured, never read: on the code at the session's start
    (2e70517) personal data 0.895 / 0.821, names 0.724 / 0.600, ordinary posts 6 of 120
    to review; at its end (9c84fb4) 0.935 / 0.902, names 0.824 / 0.800, 3 of 120; it was
    read, and mended, only after ``round6`` had been written. ``round6`` (110 / 120 / 60,
    a Cornwall and Devon college's, with its own contact details and P9999999 numbers)
    was written by new helpers at the start of the next session and measured once on main
    (d5fb4df: personal data 0.948 / 0.820, names 0.963 / 0.542; ordinary 4 of 120 to
    review, none blocked; abusive 31 of 60) and once after round 5's mends (0.949 / 0.835,
    names 0.964 / 0.562). It is printed by halves like round 3: only its odd lines are
    read while mending. ``round7`` (100 / 120 / 60, a Kent, Sussex and Hampshire
    college's, WS999999) was written by new helpers at that session's end and only
    measured, never read: on d5fb4df personal data 0.938 / 0.832, names 0.943 / 0.660,
    ordinary 4 of 120 to review, abusive 23 of 60; at the session's end 0.959 / 0.920,
    names 0.952 / 0.800, 3 of 120, 29 of 60; the next session read it whole, once
    ``round8`` had been written. ``round8`` (110 / 120 / 60, a North East and Cumbria
    college's, TE9999999) was written by new helpers at that session's start and measured
    once on main before anything was read (47bbc3b: personal data 0.918 / 0.779, names
    0.929 / 0.675; ordinary 5 of 120 to review and 3 blocked; abusive 30 of 60). It is read
    by halves like rounds 3 and 6: only its odd lines are read while mending. One of its NI
    numbers is written with QQ, the prefix HMRC's examples use and never issues (the
    writers' brief gave it as the shape), so the detector rightly passes over it.
    ``round9`` (110 / 120 / 60, an East London and Essex college's, LV9999999) was written
    by new helpers near that session's end and only measured, never read: on the code at
    the session's start (47bbc3b) personal data 0.950 / 0.844, names 0.949 / 0.649,
    student numbers 0.929 / 0.929; ordinary posts 5 of 120 to review and 1 blocked;
    abusive comments 26 of 60; at its end, 0.951 / 0.872, names 0.952 / 0.702, student
    numbers 0.933 / 1.000, the same ordinary posts, abusive comments 34 of 60 (all eight
    from the retrained model: the plain-words families written that session from rounds
    7 and 8 caught none of them). The next session read it by halves like rounds 3, 6 and
    8 (only its odd lines), once ``round10`` had been written. ``round10`` (110 / 120 / 60,
    a Greater Manchester and north Cheshire college's, IM9999999) was written by new
    helpers at that session's start and measured once on main before anything was read
    (f5654a5: personal data 0.976 / 0.771, names 1.000 / 0.520; ordinary posts 0 of 120
    to review and 1 blocked; abusive comments 37 of 60). The next session read it by
    halves like rounds 3, 6, 8 and 9 (only its odd lines), once ``round11`` had been
    written. ``round11`` (110 / 120 / 60, a South Wales bilingual college's, CT999999) was
    written by new helpers at that session's start and measured once on main before
    anything was read (927b9c3: personal data 0.955 / 0.850, names 0.952 / 0.702; ordinary
    posts 8 of 120 to review and none blocked; abusive comments 44 of 60); it is only
    measured, never read: the unseen set for the session after (the texts of eight of its
    ordinary posts, those sent to review, were seen once by a script's mistake; nothing was
    changed from them). The next session read it by halves (only its odd lines), once
    ``round12`` had been written. ``round12`` (110 / 120 / 60, a Northern Ireland
    college's, B99999999) was written by new helpers at that session's start and measured
    once on main before anything was read (d6c181d: personal data 0.935 / 0.854, names
    0.857 / 0.710; ordinary posts 1 of 120 to review and none blocked; abusive comments 52
    of 60) and at its end (11bc1f5: the same personal data, ordinary posts and names;
    abusive comments 53 of 60); the next session read it by halves (only its odd lines),
    once ``round13`` had been written. ``round13`` (110 / 120 / 60, a west of Scotland
    college's, CA9999999) was written by new helpers at that session's start and measured
    once on main before anything was read (8b23d93: personal data 0.923 / 0.826, names
    0.878 / 0.705, student numbers 1.000 / 0.615; ordinary posts 6 of 120 to review and 1
    blocked; abusive comments 41 of 60); its student numbers were mended in the same
    session from its brief's description of how people write them (not from its posts),
    and its odd lines were read later that session, once ``round14`` had been written.
    ``round14`` (110 / 120 / 60, a Merseyside and Lancashire college's, MR999999) was
    written by new helpers in that session, after its mends of names, and measured once on
    the session's start (8b23d93: personal data 0.922 / 0.878, names 0.850 / 0.773,
    student numbers 1.000 / 0.778; ordinary posts 8 of 120 to review and 3 blocked;
    abusive comments 42 of 60) and on the session's code at the time (59ef191: 0.926 /
    0.932, names 0.864 / 0.864, student numbers 1.000 / 1.000; the same ordinary and
    abusive counts); the next session read it by halves (only its odd lines), once
    ``round15`` had been written. ``round15`` (110 / 120 / 60, an East Midlands college's,
    99TS9999: two digits of the year, then TS) was written by new helpers at that
    session's start and measured once on main before anything was read (70603ee: personal
    data 0.936 / 0.943, names 0.855 / 0.964, student numbers 1.000 / 0.714; ordinary posts
    6 of 120 to review and none blocked; abusive comments 36 of 60); its student numbers
    were mended in the same session from its brief's description of how people write them
    (not from its posts: 0.714 -> 0.929 recall); it is only measured, never read: the
    unseen set for the session after, to be read by halves once ``round16`` is written.
    ``round16`` (110 / 120 / 60, a South Yorkshire and Humber college's, 999999-SY) was
    written by new helpers at that session's end and measured once on main (c4c4c07:
    personal data 0.949 / 0.926, names 0.909 / 0.923, student numbers 1.000 / 0.500;
    ordinary posts 5 of 120 to review and 1 blocked; abusive comments 47 of 60); its
    student numbers were then mended from its brief (a format's own hyphen may be left
    out: 0.500 -> 0.900). It is only measured, never read, until ``round17`` is written:
    the next session read it by halves. ``round17`` (110 / 120 / 60, a Bristol, Bath and
    Gloucestershire college's, AV99999A: the letters AV, five digits and a check letter)
    was written by new helpers at the start of the session that read ``round15``'s odd
    lines, and measured once on the session's start (5cdd875: personal data 0.991 /
    0.892, names 1.000 / 0.953, student numbers 1.000 / 0.267; ordinary posts 2 of 120
    to review and 1 blocked; abusive comments 45 of 60); its student numbers were mended
    from its brief (a format may name the letter A itself, ``\\AV99999A``, and a check
    letter may stand apart or be left off: 0.267 -> 0.800). The next session read it by
    halves (only its odd lines), once ``round18`` had been written. ``round18`` (110 / 120
    / 60, a Berkshire and Oxfordshire college's, student numbers of seven digits alone)
    was written by new helpers at that session's start and measured once on the session's
    start (ec808c1: personal data 0.935 / 0.935, names 0.875 / 0.891, student numbers 0.929
    / 0.867; ordinary posts 6 of 120 to review and 1 blocked; abusive comments 41 of 60);
    a student number said to be one's own after it ("2317745 is my student number", as
    its brief says people write it) then raised its student numbers to 0.933 / 0.933. The
    same session read it by halves (only its odd lines), once ``round19`` had been
    written. ``round19`` (110 / 120 / 60, a Norfolk and Suffolk college's, FB/99/9999) was
    written by new helpers in that session and measured once on its start (ec808c1) and on
    its code at the time (b083b1e), the same: personal data 0.962 / 0.870, names 0.933 /
    0.848, student numbers 1.000 / 0.812; ordinary posts 2 of 120 to review and none
    blocked; abusive comments 46 of 60. Its student numbers were then mended from its
    brief (the digits alone in the format's groups: 0.812 -> 1.000 recall). The next
    session read it by halves (only its odd lines), once ``round20`` had been written.
    ``round20`` (110 / 120 / 60, a North Wales and west Cheshire college's, DC/999999) was
    written by new helpers at that session's start and measured once on the session's
    start (e7ffdb1: personal data 0.953 / 0.939, names 0.857 / 0.941, student numbers
    1.000 / 0.833; ordinary posts 4 of 120 to review and 1 blocked; abusive comments 50 of
    60) and on its code at the time (ec102c7: 0.954 / 0.959, 0.860 / 0.961, 1.000 / 0.944
    after the digit groups were mended from its brief; the same ordinary posts; 51 of 60).
    The same session read it by halves (only its odd lines), once ``round21`` had been
    written. ``round21`` (110 / 120 / 60, a Bedfordshire, Luton and Milton Keynes
    college's, 99-99999: a year and then a number) was written by new helpers in that
    session and measured once on its start (e7ffdb1: personal data 0.942 / 0.916, names
    0.931 / 0.885, student numbers 0.938 / 0.833; ordinary posts 2 of 120 to review and
    none blocked; abusive comments 40 of 60) and on its code at the time, after its
    student numbers were mended from its brief and before its posts were measured
    (cca64b4: 0.943 / 0.923, 0.931 / 0.885, 0.941 / 0.889; the same ordinary posts; 41 of
    60). The next session read it by halves (only its odd lines), once ``round22`` had
    been written. ``round22`` (110 / 120 / 60, a Stoke-on-Trent and Staffordshire
    college's, PT-99-9999: its letters, a year and a number) was written by new helpers at
    that session's start and measured once on its start (f8f803c: personal data 0.962 /
    0.919, names 0.881 / 0.841, student numbers 1.000 / 0.867; ordinary posts 2 of 120 to
    review and none blocked; abusive comments 45 of 60); its student numbers were then
    mended from its brief (the last digits with the letters and year in brackets after
    them, "0817 (PT24)": 0.867 -> 0.933 recall). The next session read it by halves (only
    its odd lines), once ``round23`` had been written. ``round23`` (110 / 120 / 60, a
    Shropshire, Telford and Herefordshire college's, MW9999-9999: its letters, a
    four-figure year and a number) was written by new helpers at that session's start and
    measured once on its start (b50e5cc: personal data 0.975 / 0.957, names 0.948 / 0.982,
    student numbers 0.944 / 0.850; ordinary posts 3 of 120 to review and none blocked;
    abusive comments 44 of 60); its student numbers were then mended from its brief (the
    year cut to two digits, the letters and year in brackets after the digits, the digits
    alone: 0.850 -> 1.000 recall). The next session read it by halves (only its odd
    lines), once ``round24`` had been written. ``round24`` (110 / 120 / 60, a Highlands,
    Moray and Islands college's, HM 99 9999 A: its letters, a year, a number and a check
    letter) was written by new helpers at that session's start and measured once on its
    start (4af9d53: personal data 0.946 / 0.933, names 0.869 / 0.883, student numbers
    1.000 / 0.562; ordinary posts 8 of 120 to review and 2 blocked; abusive comments 47 of
    60); its student numbers were then mended from its brief (the check letter after the
    format's own separator, left off or not, in brackets after the digits, and the digits
    alone after a cue: 0.562 -> 0.688 recall). The next session read it by halves (only its
    odd lines), once ``round25`` had been written. ``round25`` (110 / 120 / 60, a south
    London and north Surrey college's, TSW9999999: its letters and seven digits) was
    written by new helpers at that session's start and measured once on its start
    (19e8da0: personal data 0.961 / 0.961, names 0.895 / 0.944, student numbers 1.000 /
    0.889; ordinary posts 5 of 120 to review and none blocked; abusive comments 45 of 60);
    its student numbers were then mended from its brief (the digits with the letters in
    brackets after them: 0.889 -> 0.944 recall). The next session read it by halves (only
    its odd lines), once ``round26`` had been written. ``round26`` (110 / 120 / 60, a Tees
    Valley and Yorkshire coast college's, TV99/99999: its letters, a year, a slash and
    five digits) was written by new helpers at that session's start and measured once on
    its start (c6d668f: personal data 0.964 / 0.914, names 0.923 / 0.882, student numbers
    1.000 / 0.684; ordinary posts 6 of 120 to review and 1 blocked; abusive comments 40 of
    60); its student numbers were then mended from its brief (the number without its year
    after a cue: 0.684 -> 0.947 recall). The next session read it by halves (only its odd
    lines), once ``round27`` had been written. ``round27`` (110 / 120 / 60, a Peterborough,
    fens and Lincolnshire college's, student numbers its learners' ten-digit ULNs) was
    written by new helpers at that session's start and measured once on its start
    (1e1a45e: personal data 0.980 / 0.896, names 0.951 / 0.906, student numbers 1.000 /
    0.308; ordinary posts 4 of 120 to review and none blocked; abusive comments 45 of 60);
    its student numbers were then mended from its brief (an all-digit format in groups
    after a cue, "ULN" and "stu" as cues, the last digits after "ending": 0.308 -> 1.000
    recall). The same session read it by halves (only its odd lines), once ``round28`` had
    been written. ``round28`` (110 / 120 / 60, a north London and Hertfordshire college's,
    NL/9999/9999: its letters, a four-figure year and four digits) was written by new
    helpers in that session and measured once on its start (1e1a45e: personal data 0.957 /
    0.927, names 0.897 / 0.929, student numbers 1.000 / 0.857; ordinary posts 1 of 120 to
    review and 1 blocked; abusive comments 48 of 60); its student numbers were then mended
    from its brief (the last digits with the year of entry after them, "just 0871 from
    2024": 0.857 -> 0.905 recall). The next session read it by halves (only its odd
    lines), once ``round29`` had been written. ``round29`` (110 / 120 / 60, a Northern
    Ireland college's, \\C9999999A: the letter C, seven digits and a check letter) was
    written by new helpers in that session and measured once on its start (7959e56:
    personal data 1.000 / 0.948 over all kinds, names 1.000 / 0.959, student numbers
    1.000 / 0.812; ordinary posts 4 of 120 to review and none blocked; abusive comments
    47 of 60); its student numbers were then mended from its brief (the last digits with
    the check letter after "number ends", a number after "username": 0.812 -> 0.875
    recall). The same session read it by halves (only its odd lines), once ``round30``
    had been written. ``round30`` (110 / 120 / 60, a Somerset and Dorset college's,
    9999-\\W\\V-999: a year, the letters WV and three digits) was written by new helpers
    in that session and measured once on its start (7959e56: personal data 0.967 / 0.907
    over all kinds, names 0.918 / 0.903, student numbers 1.000 / 0.588; ordinary posts 4
    of 120 to review and none blocked; abusive comments 46 of 60); its student numbers
    were then mended from its brief (the year cut short or in brackets after, the letters
    and digits after a cue, the digits "from" the year: 0.588 -> 0.824 recall). The next
    session read it by halves (only its odd lines), once ``round31`` had been written.
    ``round31`` (110 / 120 / 60, an Edinburgh, West Lothian and Fife college's,
    FL99999-99: the letters FL, five digits and a two-digit year) was written by new
    helpers in that session and measured once on its start (099ead9: personal data 0.952
    / 0.925 over all kinds, names 0.902 / 0.948, student numbers 1.000 / 0.600; ordinary
    posts 7 of 120 to review and 3 blocked; abusive comments 51 of 60); its student numbers
    were then mended from its brief (slashes between the parts, the year in brackets, the
    letters and digits without the year, the digits "from" the year: 0.600 -> 0.933
    recall). The next session read it by halves (only its odd lines), once ``round32`` had
    been written. ``round32`` (110 / 120 / 60, a Dundee, Angus, Perth and Aberdeenshire
    college's, 99TD9999A: a two-digit year, the letters TD, four digits and a check
    letter) was written by new helpers in that session and measured once on its start
    (321edbf: personal data 0.950 / 0.862 over all kinds, names 0.889 / 0.959, student
    numbers 1.000 / 0.000; ordinary posts 3 of 120 to review and 1 blocked; abusive
    comments 49 of 60); its student numbers were then mended from its brief (the check
    letter apart or left off, the year in brackets, the letters and digits after a cue,
    the digits "from" the year, the digits and check letter after a cue: 0.000 -> 0.875
    recall). The next session read it by halves (only its odd lines), once ``round33``
    had been written. ``round33`` (110 / 120 / 60, a Cumbria, Furness and Hexham
    college's, the campus's two letters, a hyphen and six digits: CA-481207, WO-, BA-,
    KE-, HX-) was written by new helpers in that session and measured once on arrival
    (57aa385: personal data 0.963 / 0.940 over all kinds, names 0.902 / 0.917, student
    numbers 1.000 / 0.818; ordinary posts 5 of 120 to review and none blocked; abusive
    comments 46 of 60); its student numbers were then mended from its brief (the digits
    with the campus's letters straight after, or with a campus's name in brackets after
    or before "no": 0.818 -> 0.955 recall). The next session read it by halves (only its
    odd lines), once ``round34`` had been written. ``round34`` (110 / 120 / 60, a Black
    Country and north Birmingham college's, the letters TS, six digits, a slash and the
    year: TS481207/25) was written by new helpers in that session and measured once on
    arrival (91b0828: personal data 0.947 / 0.926 over all kinds, names 0.872 / 0.973,
    student numbers 1.000 / 0.708; ordinary posts 5 of 120 to review and none blocked;
    abusive comments 43 of 60); its student numbers were then mended from its brief (the
    digits alone or in groups after a cue, with the year after them, the letters after
    the digits: 0.708 -> 0.917 recall). The next session read it by halves (only its odd
    lines), once ``round35`` had been written. ``round35`` (110 / 120 / 60, a South Wales
    valleys college's, the letters CT, a dot, the year, a dot and five digits:
    CT.25.04817) was written by new helpers in that session and measured once on arrival
    (fc28613: personal data 0.984 / 0.940 over all kinds, names 0.976 / 0.976, homes
    1.000 / 0.750, student numbers 1.000 / 0.875; ordinary posts 3 of 120 to review and
    none blocked; abusive comments 46 of 60). The next session read it by halves (only
    its odd lines), once ``round36`` had been written. ``round36`` (110 / 120 / 60, a north
    Greater Manchester college's, the year, the letters IR and five digits: 25IR04817) was
    written by new helpers in that session and measured once on arrival (2111f32: personal
    data 0.925 / 0.925 over all kinds, names 0.857 / 0.913, homes 1.000 / 0.875, student
    numbers recall 0.733; ordinary posts 6 of 120 to review and 3 blocked; abusive
    comments 55 of 60); its student numbers were then mended from its brief (0.733 ->
    0.933 recall). The next session read it by halves (only its odd lines), once
    ``round37`` had been written. ``round37`` (110 / 120 / 60, an east London and south
    Essex college's, the letters TG, the year, a campus letter and four digits:
    TG26B4817) was written by new helpers in that session and measured once on arrival
    (891cc28: personal data 0.949 / 0.906 over all kinds, names 0.887 / 0.947, homes
    1.000 / 0.773, postcodes 0.455 / 0.833, student numbers 1.000 / 0.444; ordinary posts
    3 of 120 to review and 1 blocked; abusive comments 40 of 60); its student numbers
    were then mended from its brief (the parts apart, the year and campus letter without
    the college's letters, the letter and digits after a cue: 0.444 -> 1.000 recall). The
    next session read it by halves (only its odd lines), once ``round38`` had been
    written. ``round38`` (110 / 120 / 60, a Tyneside and Wearside college's, the year,
    four digits and the letters TW last: 260815TW) was written by new helpers in that
    session and measured once on arrival (uncommitted work on 80dd3c4, committed as
    c3f0a52: personal data 0.939 / 0.928 over all kinds, names 0.870 / 0.952, homes 1.000
    / 0.914, postcodes 0.750 / 1.000, student numbers 1.000 / 0.588; ordinary posts 5 of
    120 to review and none blocked; abusive comments 44 of 60); its student numbers were
    then mended from its brief (the parts apart, the letters first, the last four digits
    with the letters after a cue: 0.588 -> 0.941 recall). The next session read it by
    halves (only its odd lines), once ``round39`` had been written. ``round39`` (110 / 120
    / 60, a Solent and Isle of Wight college's, the letters SOL, the year and four digits:
    SOL260481) was written by new helpers in that session and measured once on arrival
    (2ddd06e: personal data 0.981 / 0.915 over all kinds, names 0.948 / 0.859, homes 1.000
    / 0.931, postcodes 0.667 / 0.800, student numbers 1.000 / 0.833; ordinary posts 4 of
    120 to review and none blocked; abusive comments 42 of 60); its student numbers were
    then mended from its brief (slashes or dots between the parts, a zero for the O, the
    last four digits straight after a student's cue: 0.833 -> 1.000 recall). The next
    session read it by halves (only its odd lines), once ``round40`` had been written.
    ``round40`` (110 / 120 / 60, a Kent and Medway college's, the letter M, the year, five
    digits and the letter K: M2604815K) was written by new helpers in that session and
    measured once on arrival (c43ff73: personal data 0.964 / 0.914 over all kinds, names
    0.925 / 0.952, homes 1.000 / 0.867, postcodes 0.750 / 1.000, student numbers 1.000 /
    0.654; ordinary posts 6 of 120 to review and none blocked; abusive comments 44 of 60);
    its student numbers were then mended from its brief (slashes or dots between the parts,
    either end's letter left off, the last digits and letter after "ends": 0.654 -> 0.808
    recall). The next session read it by halves (only its odd lines), once ``round41`` had
    been written. ``round41`` (110 / 120 / 60, a West Yorkshire college's, the letters AC,
    the year, a hyphen, four digits and a check letter: AC26-4815T) was written by new
    helpers in that session and measured once on arrival (b0ba824: personal data 0.980 /
    0.920 over all kinds, names 0.936 / 0.917, homes 1.000 / 0.800, postcodes 0.800 /
    1.000, student numbers 1.000 / 0.789; ordinary posts 9 of 120 to review and none
    blocked; abusive comments 51 of 60); its student numbers were then mended from its
    brief (a check letter after a slash or a dot, an I for a one, swapped letters after a
    cue: 0.789 -> 0.842 recall). The next session read it by halves (only its odd lines),
    once ``round42`` had been written. ``round42`` (110 / 120 / 60, a Devon and Cornwall
    college's, the letters TX, six digits, a hyphen and a check digit: TX260481-7) was
    written by new helpers in that session and measured once on arrival (53639f9:
    personal data 0.951 / 0.798 over all kinds, names 0.852 / 0.885, homes 1.000 / 0.741,
    postcodes 0.778 / 1.000, student numbers 1.000 / 0.087; ordinary posts 6 of 120 to
    review and none blocked; abusive comments 44 of 60); its student numbers were then
    mended from its brief (a check digit after the format's own mark, apart or left off,
    the digits alone, the last four and the check digit: 0.087 -> 1.000 recall). The next
    session read it by halves (only its odd lines), once ``round43`` had been written.
    ``round43`` (110 / 120 / 60, a Sussex college's, the letters AR, the four-digit year, a
    hyphen and four digits: AR2026-4815) was written by new helpers in that session and
    measured once on arrival (9036965: personal data 0.945 / 0.961 over all kinds, names
    0.891 / 0.942, homes 1.000 / 0.872, postcodes 0.556 / 1.000, student numbers 0.957 /
    0.880; ordinary posts 8 of 120 to review and 1 blocked; abusive comments 52 of 60); its
    student numbers were then mended from its brief (a character at a time with the
    format's mark between, an S for a five: 0.880 -> 0.920 recall). The next session read
    it by halves (only its odd lines), once ``round44`` had been written. ``round44`` (110 /
    120 / 60, a college where Surrey, north Hampshire and Berkshire meet, the letters BW,
    the two-digit year, a slash and five digits: BW26/04815) was written by new helpers in
    that session and measured once on arrival (db9718f: personal data 0.967 / 0.931 over
    all kinds, names 0.929 / 0.945, homes 1.000 / 0.767, postcodes 0.714 / 1.000, student
    numbers 1.000 / 0.909; ordinary posts 5 of 120 to review and 1 blocked; abusive
    comments 46 of 60). It is only measured, never read. Last, all that was never read
    (the held-out halves and round 44) is pooled, since a kind's figure on one round rests
    on a handful of spans.
    Personal data by kind (the college's student-number format and own contact details,
    no directory), and how many ordinary
    posts and abusive comments the abuse detector sends to review. Targets on rounds 2
    to 5: personal data as for the UK set, ordinary posts as for ours."""
    screener = Screener(
        ScreenSettings(allowed_contacts=OWN_CONTACTS, student_ids=STUDENT_ID_FORMATS)
    )
    # Rounds 4 to 40 are other institutions': their own switchboards, campus postcodes
    # and learner-number formats (a West Yorkshire training provider, a Midlands college,
    # a Cornwall and Devon college, a Kent, Sussex and Hampshire college, a North East and
    # Cumbria college, an East London and Essex college, a Greater Manchester college, a
    # South Wales college, a Northern Ireland college, a west of Scotland college, a
    # Merseyside and Lancashire college, an East Midlands college, a South Yorkshire and
    # Humber college, a Bristol, Bath and Gloucestershire college, a Berkshire and
    # Oxfordshire college whose student numbers are seven digits alone, a Norfolk and
    # Suffolk college, a North Wales and west Cheshire college, a Bedfordshire, Luton and
    # Milton Keynes college, a Stoke-on-Trent and Staffordshire college, a Shropshire,
    # Telford and Herefordshire college, a Highlands, Moray and Islands college, a south
    # London and north Surrey college, a Tees Valley and Yorkshire coast college, a
    # Peterborough, fens and Lincolnshire college whose student numbers are ten-digit ULNs,
    # a north London and Hertfordshire college, a Belfast and mid-Ulster college, a
    # Somerset and Dorset college, an Edinburgh, West Lothian and Fife college, a Dundee,
    # Angus, Perth and Aberdeenshire college, a Cumbria, Furness and Hexham college, a Black
    # Country and north Birmingham college, a South Wales valleys college, a north Greater
    # Manchester college, an east London and south Essex college, a Tyneside and Wearside
    # college, a Solent and Isle of Wight college, a Kent and Medway college).
    own = {
        "round4": (("0113 496 0000", "LS1 4AP", "BD1 1HY"), ("LRN9999999",)),
        "round5": (("0121 496 0000", "B4 7XG", "CV1 2JG"), ("BC999999",)),
        "round6": (
            ("01632 960000", "TR1 3XX", "PL4 8AA", "enquiries@tkc.ac.uk"),
            ("P9999999",),
        ),
        "round7": (
            ("023 8049 6000", "ME14 2AB", "BN1 4GH", "SO14 0YN", "hello@wealdsolent.ac.uk"),
            ("WS999999",),
        ),
        "round8": (
            ("0191 498 0000", "NE1 8ST", "SR1 3SD", "CA1 2HG", "info@tyneeden.ac.uk"),
            ("TE9999999",),
        ),
        "round9": (
            ("020 7946 0000", "E15 4HT", "IG1 1BD", "IG11 8TQ", "hello@lvtc.ac.uk"),
            ("LV9999999",),
        ),
        "round10": (
            ("0161 496 0000", "M50 3UB", "OL1 1NL", "SK1 3XE", "info@irwellmersey.ac.uk"),
            ("IM9999999",),
        ),
        "round11": (
            ("029 2018 0000", "CF10 4GA", "NP20 2BP", "CF47 8AN", "croeso@tafwysg.ac.uk"),
            ("CT999999",),
        ),
        "round12": (
            ("028 9649 6000", "BT3 9DT", "BT48 7AL", "BT35 8DN", "hello@laganfoyle.ac.uk"),
            ("B99999999",),
        ),
        "round13": (
            ("0141 496 0000", "G4 0ES", "PA1 1TJ", "KA8 0EU", "hello@clydeayr.ac.uk"),
            ("CA9999999",),
        ),
        "round14": (
            ("0151 496 0000", "L3 5TQ", "WA10 1PP", "PR1 2XQ", "hello@merseyribble.ac.uk"),
            ("MR999999",),
        ),
        "round15": (
            ("0115 496 0000", "NG1 5AW", "LE1 6WL", "DE1 2JE", "hello@trentsoar.ac.uk"),
            ("99TS9999",),
        ),
        "round16": (
            ("0114 496 0000", "S1 2BP", "DN1 3EX", "HU1 3DT", "hello@donhumber.ac.uk"),
            ("999999-SY",),
        ),
        "round17": (
            ("0117 496 0000", "BS1 5TR", "BA1 1UA", "GL1 2LY", "hello@avonvale.ac.uk"),
            (r"\AV99999A",),
        ),
        "round18": (
            ("0118 496 0000", "RG1 4QD", "OX4 1RE", "OX16 5AA", "hello@kennetcherwell.ac.uk"),
            ("9999999",),
        ),
        "round19": (
            ("01632 960 400", "NR2 2LJ", "IP1 3SQ", "PE30 2QW", "hello@fensbroads.ac.uk"),
            ("FB/99/9999",),
        ),
        "round20": (
            ("01632 960 700", "LL11 2AW", "LL57 2TP", "CH1 4BJ", "helo@deeconwy.ac.uk"),
            ("DC/999999",),
        ),
        "round21": (
            ("01632 960 800", "LU1 3JU", "MK42 9AH", "MK9 3HS", "hello@ouselea.ac.uk"),
            ("99-99999",),
        ),
        "round22": (
            ("01632 960 900", "ST4 2DG", "ST16 2QR", "DE14 3RL", "hello@potteriestrent.ac.uk"),
            ("PT-99-9999",),
        ),
        "round23": (
            ("01632 960 300", "TF3 4BL", "SY1 2QE", "HR1 2JD", "hello@marcheswrekin.ac.uk"),
            ("MW9999-9999",),
        ),
        "round24": (
            (
                "01632 960 400",
                "IV2 3XN",
                "IV30 1JJ",
                "KW14 7EE",
                "HS1 2BL",
                "enquiries@hmicollege.ac.uk",
            ),
            ("HM 99 9999 A",),
        ),
        "round25": (
            (
                "020 7946 0300",
                "CR0 1DX",
                "SE13 6LQ",
                "KT1 2AQ",
                "SM1 1EA",
                "info@thamessouth.ac.uk",
            ),
            ("TSW9999999",),
        ),
        "round26": (
            (
                "01632 960 500",
                "TS1 2AP",
                "DL1 1JX",
                "TS24 7NT",
                "YO11 2HJ",
                "hello@teesyorkcoast.ac.uk",
            ),
            ("TV99/99999",),
        ),
        "round27": (
            (
                "01632 960 274",
                "PE1 4DZ",
                "PE13 2JE",
                "PE21 6JF",
                "LN2 5HQ",
                "info@nenewitham.ac.uk",
            ),
            ("9999999999",),
        ),
        "round28": (
            (
                "020 7946 0618",
                "EN3 4SA",
                "N17 8DB",
                "EN5 4AZ",
                "WD17 2BN",
                "enquiries@nlhcollege.ac.uk",
            ),
            ("NL/9999/9999",),
        ),
        "round29": (
            (
                "028 9649 6210",
                "BT12 5GH",
                "BT28 1XP",
                "BT62 3LQ",
                "BT35 6DW",
                "info@laganbann.ac.uk",
            ),
            ("\\C9999999A",),
        ),
        "round30": (
            (
                "01632 960 815",
                "TA1 5AX",
                "TA6 4PZ",
                "BA21 4DR",
                "DT1 2JY",
                "hello@wessexvale.ac.uk",
            ),
            ("9999-\\W\\V-999",),
        ),
        "round31": (
            (
                "0131 496 0742",
                "EH11 4DE",
                "EH54 7EG",
                "KY1 1EX",
                "KY11 8DY",
                "info@forthlothian.ac.uk",
            ),
            ("FL99999-99",),
        ),
        "round32": (
            (
                "03069 990 418",
                "DD3 8LE",
                "DD11 1AB",
                "PH1 2NX",
                "AB25 1BN",
                "AB43 9GA",
                "hello@taydee.ac.uk",
            ),
            ("99TD9999A",),
        ),
        "round33": (
            (
                "01632 960 372",
                "CA1 2HG",
                "CA14 4JN",
                "LA14 2PJ",
                "LA9 4AR",
                "NE46 3PD",
                "hello@solwaytyne.ac.uk",
            ),
            ("\\C\\A-999999", "\\W\\O-999999", "\\B\\A-999999", "\\K\\E-999999", "\\H\\X-999999"),
        ),
        "round34": (
            (
                "0121 496 0583",
                "DY1 4AS",
                "WS2 8ES",
                "B70 7PG",
                "WV1 1RL",
                "B72 1AB",
                "hello@tamestour.ac.uk",
            ),
            ("\\T\\S999999/99",),
        ),
        "round35": (
            (
                "029 2018 0457",
                "CF37 1DL",
                "CF47 8AN",
                "CF44 8ST",
                "CF83 2WT",
                "NP23 6GL",
                "croeso@cwmtafrhymni.ac.uk",
            ),
            ("\\C\\T.99.99999",),
        ),
        "round36": (
            (
                "0161 496 0734",
                "M6 5BX",
                "BL3 6HQ",
                "OL12 0NB",
                "OL9 6DW",
                "WN1 1SD",
                "hello@irwellroch.ac.uk",
            ),
            ("99\\I\\R99999",),
        ),
        "round37": (
            (
                "020 7946 0392",
                "E15 4HT",
                "IG11 8QS",
                "RM1 3AR",
                "RM17 5TD",
                "SS14 1EZ",
                "SS1 1ND",
                "hello@gatewayroding.ac.uk",
            ),
            ("\\T\\G99A9999",),
        ),
        "round38": (
            (
                "0191 498 0526",
                "NE4 7SA",
                "NE8 3BE",
                "NE28 8UQ",
                "NE34 6ET",
                "SR1 3SD",
                "NE38 7AB",
                "hello@tynewearriverside.ac.uk",
            ),
            ("999999\\T\\W",),
        ),
        "round39": (
            (
                "023 8049 6214",
                "SO14 1AR",
                "SO50 5PB",
                "PO2 8QL",
                "PO9 1QF",
                "PO14 1NH",
                "PO30 5TS",
                "hello@solentwight.ac.uk",
            ),
            ("\\S\\O\\L999999",),
        ),
        "round40": (
            (
                "01632 960417",
                "ME4 4QF",
                "ME14 2LP",
                "CT1 3RA",
                "CT9 1XZ",
                "CT20 1HS",
                "TN23 1PJ",
                "enquiries@medwaystour.ac.uk",
            ),
            ("\\M9999999\\K",),
        ),
        "round41": (
            (
                "0113 496 0372",
                "LS3 1QX",
                "BD7 1AY",
                "WF1 2DH",
                "HD1 3LD",
                "HX1 5QW",
                "BD21 4HQ",
                "hello@airecalder.ac.uk",
            ),
            ("\\A\\C99-9999A",),
        ),
        "round42": (
            (
                "01632 960558",
                "PL1 5QG",
                "EX4 3SR",
                "TR1 3XX",
                "TR14 0PT",
                "EX31 2BQ",
                "TQ1 3HZ",
                "TR7 2LZ",
                "hello@tamarexe.ac.uk",
            ),
            ("\\T\\X999999-9",),
        ),
        "round43": (
            (
                "01632 960247",
                "BN2 4GJ",
                "BN12 6NU",
                "RH10 1NR",
                "BN21 2UF",
                "TN34 1BA",
                "PO19 1SB",
                "RH12 1HL",
                "hello@adurrother.ac.uk",
            ),
            ("\\A\\R9999-9999",),
        ),
        "round44": (
            (
                "01632 960683",
                "GU11 1XA",
                "GU14 6SB",
                "GU1 1EZ",
                "GU21 6HT",
                "GU15 3QD",
                "RG21 7NL",
                "GU9 7DS",
                "hello@blackwaterwey.ac.uk",
            ),
            ("\\B\\W99/99999",),
        ),
    }
    others = {
        name: Screener(ScreenSettings(allowed_contacts=contacts, student_ids=formats))
        for name, (contacts, formats) in own.items()
    }
    ok = True
    # Rounds 3, 6 and 8 to 43 by halves, every other line:
    # the first (lines 1, 3, 5...) is read while mending, the second is held out until a
    # session's end and only measured.
    parts = [
        ("round1", "round1", slice(None)),
        ("round2", "round2", slice(None)),
        ("round3, read half", "round3", slice(0, None, 2)),
        ("round3, held-out half", "round3", slice(1, None, 2)),
        ("round3", "round3", slice(None)),
        ("round4", "round4", slice(None)),
        ("round5", "round5", slice(None)),
        ("round6, read half", "round6", slice(0, None, 2)),
        ("round6, held-out half", "round6", slice(1, None, 2)),
        ("round6", "round6", slice(None)),
        ("round7", "round7", slice(None)),
        ("round8, read half", "round8", slice(0, None, 2)),
        ("round8, held-out half", "round8", slice(1, None, 2)),
        ("round8", "round8", slice(None)),
        ("round9, read half", "round9", slice(0, None, 2)),
        ("round9, held-out half", "round9", slice(1, None, 2)),
        ("round9", "round9", slice(None)),
        ("round10, read half", "round10", slice(0, None, 2)),
        ("round10, held-out half", "round10", slice(1, None, 2)),
        ("round10", "round10", slice(None)),
        ("round11, read half", "round11", slice(0, None, 2)),
        ("round11, held-out half", "round11", slice(1, None, 2)),
        ("round11", "round11", slice(None)),
        ("round12, read half", "round12", slice(0, None, 2)),
        ("round12, held-out half", "round12", slice(1, None, 2)),
        ("round12", "round12", slice(None)),
        ("round13, read half", "round13", slice(0, None, 2)),
        ("round13, held-out half", "round13", slice(1, None, 2)),
        ("round13", "round13", slice(None)),
        ("round14, read half", "round14", slice(0, None, 2)),
        ("round14, held-out half", "round14", slice(1, None, 2)),
        ("round14", "round14", slice(None)),
        ("round15, read half", "round15", slice(0, None, 2)),
        ("round15, held-out half", "round15", slice(1, None, 2)),
        ("round15", "round15", slice(None)),
        ("round16, read half", "round16", slice(0, None, 2)),
        ("round16, held-out half", "round16", slice(1, None, 2)),
        ("round16", "round16", slice(None)),
        ("round17, read half", "round17", slice(0, None, 2)),
        ("round17, held-out half", "round17", slice(1, None, 2)),
        ("round17", "round17", slice(None)),
        ("round18, read half", "round18", slice(0, None, 2)),
        ("round18, held-out half", "round18", slice(1, None, 2)),
        ("round18", "round18", slice(None)),
        ("round19, read half", "round19", slice(0, None, 2)),
        ("round19, held-out half", "round19", slice(1, None, 2)),
        ("round19", "round19", slice(None)),
        ("round20, read half", "round20", slice(0, None, 2)),
        ("round20, held-out half", "round20", slice(1, None, 2)),
        ("round20", "round20", slice(None)),
        ("round21, read half", "round21", slice(0, None, 2)),
        ("round21, held-out half", "round21", slice(1, None, 2)),
        ("round21", "round21", slice(None)),
        ("round22, read half", "round22", slice(0, None, 2)),
        ("round22, held-out half", "round22", slice(1, None, 2)),
        ("round22", "round22", slice(None)),
        ("round23, read half", "round23", slice(0, None, 2)),
        ("round23, held-out half", "round23", slice(1, None, 2)),
        ("round23", "round23", slice(None)),
        ("round24, read half", "round24", slice(0, None, 2)),
        ("round24, held-out half", "round24", slice(1, None, 2)),
        ("round24", "round24", slice(None)),
        ("round25, read half", "round25", slice(0, None, 2)),
        ("round25, held-out half", "round25", slice(1, None, 2)),
        ("round25", "round25", slice(None)),
        ("round26, read half", "round26", slice(0, None, 2)),
        ("round26, held-out half", "round26", slice(1, None, 2)),
        ("round26", "round26", slice(None)),
        ("round27, read half", "round27", slice(0, None, 2)),
        ("round27, held-out half", "round27", slice(1, None, 2)),
        ("round27", "round27", slice(None)),
        ("round28, read half", "round28", slice(0, None, 2)),
        ("round28, held-out half", "round28", slice(1, None, 2)),
        ("round28", "round28", slice(None)),
        ("round29, read half", "round29", slice(0, None, 2)),
        ("round29, held-out half", "round29", slice(1, None, 2)),
        ("round29", "round29", slice(None)),
        ("round30, read half", "round30", slice(0, None, 2)),
        ("round30, held-out half", "round30", slice(1, None, 2)),
        ("round30", "round30", slice(None)),
        ("round31, read half", "round31", slice(0, None, 2)),
        ("round31, held-out half", "round31", slice(1, None, 2)),
        ("round31", "round31", slice(None)),
        ("round32, read half", "round32", slice(0, None, 2)),
        ("round32, held-out half", "round32", slice(1, None, 2)),
        ("round32", "round32", slice(None)),
        ("round33, read half", "round33", slice(0, None, 2)),
        ("round33, held-out half", "round33", slice(1, None, 2)),
        ("round33", "round33", slice(None)),
        ("round34, read half", "round34", slice(0, None, 2)),
        ("round34, held-out half", "round34", slice(1, None, 2)),
        ("round34", "round34", slice(None)),
        ("round35, read half", "round35", slice(0, None, 2)),
        ("round35, held-out half", "round35", slice(1, None, 2)),
        ("round35", "round35", slice(None)),
        ("round36, read half", "round36", slice(0, None, 2)),
        ("round36, held-out half", "round36", slice(1, None, 2)),
        ("round36", "round36", slice(None)),
        ("round37, read half", "round37", slice(0, None, 2)),
        ("round37, held-out half", "round37", slice(1, None, 2)),
        ("round37", "round37", slice(None)),
        ("round38, read half", "round38", slice(0, None, 2)),
        ("round38, held-out half", "round38", slice(1, None, 2)),
        ("round38", "round38", slice(None)),
        ("round39, read half", "round39", slice(0, None, 2)),
        ("round39, held-out half", "round39", slice(1, None, 2)),
        ("round39", "round39", slice(None)),
        ("round40, read half", "round40", slice(0, None, 2)),
        ("round40, held-out half", "round40", slice(1, None, 2)),
        ("round40", "round40", slice(None)),
        ("round41, read half", "round41", slice(0, None, 2)),
        ("round41, held-out half", "round41", slice(1, None, 2)),
        ("round41", "round41", slice(None)),
        ("round42, read half", "round42", slice(0, None, 2)),
        ("round42, held-out half", "round42", slice(1, None, 2)),
        ("round42", "round42", slice(None)),
        ("round43, read half", "round43", slice(0, None, 2)),
        ("round43, held-out half", "round43", slice(1, None, 2)),
        ("round43", "round43", slice(None)),
        ("round44", "round44", slice(None)),
    ]
    # Everything never read while mending, pooled: the held-out halves and the rounds
    # only measured (a kind's figure on one round rests on a handful of spans).
    unread = ("round44",)
    pooled_gold: list[list[tuple[str, int, int]]] = []
    pooled_found: list[list[Detection]] = []
    pooled_texts: list[str] = []
    pooled_calm = pooled_harsh = 0
    pooled_reviewed = pooled_blocked = pooled_caught = 0
    for part, name, half in parts:
        if not (ANOTHER_HAND / f"personal_{name}.jsonl").is_file():
            continue
        screen = others.get(name, screener)
        lines = (ANOTHER_HAND / f"personal_{name}.jsonl").read_text("utf-8").splitlines()
        rows = [json.loads(line) for line in lines[half]]
        gold, found = [], []
        for row in rows:
            text = row["text"]
            spans = []
            for label, piece in row["spans"]:
                start = text.index(piece)
                spans.append((label, start, start + len(piece)))
            result = screen.screen(text)
            gold.append(spans)
            found.append([*result["personal_data"], *result["directory_names"]])
        labels = {g[0] for spans in gold for g in spans}
        texts = [row["text"] for row in rows]
        table = precision_recall(gold, found, labels, texts)
        print(
            f"personal data written by another hand, {part} (n={len(rows)}; spans match on "
            "overlap):"
        )
        short = []
        for label, (precision, recall, n) in table.items():
            print(f"  {label:14} precision {precision:.3f} recall {recall:.3f} (gold {n})")
            if label != "all" and (precision < SPAN_PRECISION or recall < SPAN_RECALL):
                short.append(label)
        ordinary = (ANOTHER_HAND / f"ordinary_{name}.txt").read_text("utf-8").splitlines()[half]
        abusive_file = ANOTHER_HAND / f"abusive_{name}.txt"
        abusive = (
            abusive_file.read_text("utf-8").splitlines()[half] if abusive_file.is_file() else []
        )
        calm = abuse_scores(screen, ordinary)
        harsh = abuse_scores(screen, abusive)
        reviewed = sum(1 for x in calm if 0.5 <= x < 0.9)
        blocked = sum(1 for x in calm if x >= 0.9)
        caught = sum(1 for x in harsh if x >= 0.5)
        if "held-out" in part or name in unread:
            pooled_gold += gold
            pooled_found += found
            pooled_texts += texts
            pooled_calm, pooled_harsh = pooled_calm + len(calm), pooled_harsh + len(harsh)
            pooled_reviewed, pooled_blocked = pooled_reviewed + reviewed, pooled_blocked + blocked
            pooled_caught += caught
        print(
            f"  ordinary posts: {reviewed} of {len(calm)} to review, {blocked} blocked; abusive "
            + (
                f"comments: {caught} of {len(harsh)} ({caught / len(harsh):.0%}) at review or above"
                if harsh
                else "comments: none in this round"
            )
        )
        if name != "round1" and "half" not in part:
            fine = blocked == 0 and reviewed <= ORDINARY_REVIEW_SHARE * len(calm)
            print(
                f"  target ({part}): personal data >= {SPAN_PRECISION} / {SPAN_RECALL} for every "
                f"kind: {met(not short)}"
                + (f" ({', '.join(short)} short)" if short else "")
                + f"; ordinary posts at most {ORDINARY_REVIEW_SHARE:.0%} to review and none "
                f"blocked: {met(fine)}; abusive comments: no target set"
            )
            ok = ok and not short and fine
    if pooled_gold:
        labels = {g[0] for spans in pooled_gold for g in spans}
        table = precision_recall(pooled_gold, pooled_found, labels, pooled_texts)
        print(
            f"personal data written by another hand, never read (the held-out halves and "
            f"{', '.join(unread)}), pooled (n={len(pooled_gold)}):"
        )
        short = []
        for label, (precision, recall, n) in table.items():
            print(f"  {label:14} precision {precision:.3f} recall {recall:.3f} (gold {n})")
            if label != "all" and (precision < SPAN_PRECISION or recall < SPAN_RECALL):
                short.append(label)
        calm_fine = pooled_blocked == 0 and pooled_reviewed <= ORDINARY_REVIEW_SHARE * pooled_calm
        print(
            f"  ordinary posts: {pooled_reviewed} of {pooled_calm} "
            f"({pooled_reviewed / pooled_calm:.1%}) to review, {pooled_blocked} blocked; abusive "
            f"comments: {pooled_caught} of {pooled_harsh} ({pooled_caught / pooled_harsh:.0%}) "
            "at review or above"
        )
        print(
            f"  target (pooled): personal data >= {SPAN_PRECISION} / {SPAN_RECALL} for every "
            f"kind: {met(not short)}"
            + (f" ({', '.join(short)} short)" if short else "")
            + f"; ordinary posts at most {ORDINARY_REVIEW_SHARE:.0%} to review and none "
            f"blocked: {met(calm_fine)}"
        )
    return ok


PROBES = ANOTHER_HAND / "probes"


def abuse_probes(screener: Screener) -> None:
    """Abuse by family, written by helpers who never saw the code or any benchmark post
    (``bench/data/another_hand/probes/``, see its README): harmful comments at review or
    above and harmless posts in the same words sent to review. Probes 24, 25, 27 and 28
    were read while mending (their posts the screen gets right are tests); probe 26 is held
    out and only counted, in ten families of 20 (insults, calm bullying, threats, sexual
    remarks, self-harm urged, hatred of a group, homophobia and transphobia, exposing and
    pile-ons, ableism, sarcasm and football). Probes 29, 30 and 31 are ordinary posts
    only, every one in a word of abuse's used harmlessly (places, dialect, food, trades,
    set texts, campaigns that name the words they oppose): 29 and 31 were read while
    mending, 30 is held out; 44 (the same brief, the twenty-fourth session), 57, 62, 72
    and 85 (the twenty-fifth to twenty-ninth) and 95 (the thirtieth) were read and mended,
    56, 67, 75, 90 and 99 are held out. Probes 101 and 103 (read) and 102 (held out) are
    ordinary posts that quote abuse in order to oppose it
    (``brief_counter_speech_probes.md``). Probe 63
    (the twenty-sixth) is harmful comments alone, read and mended; 66, the same brief
    after 63's mends, is held out. No target: a measure
    of how far the rules written from the read probes carry."""
    print("abuse probes by family, written by another hand (review line 0.5)")
    for name in ("probe24", "probe25", "probe27", "probe28", "probe26_held"):
        harmful = (PROBES / f"harmful_{name}.txt").read_text("utf-8").splitlines()
        harmless = (PROBES / f"harmless_{name}.txt").read_text("utf-8").splitlines()
        caught = [s >= 0.5 for s in abuse_scores(screener, harmful)]
        flagged = sum(s >= 0.5 for s in abuse_scores(screener, harmless))
        line = f"  {name:13} harmful {sum(caught)} of {len(harmful)}, harmless {flagged} of "
        line += f"{len(harmless)} to review"
        if name.endswith("_held"):
            families = [sum(caught[i : i + 20]) for i in range(0, len(caught), 20)]
            line += f"; harmful by family of 20: {', '.join(map(str, families))}"
        print(line)
    # Harmful comments alone (the twenty-sixth session's probe 63: calm bullying, veiled
    # threats, disguised spelling, hatred of a group; read and mended; probe 66, the same
    # brief written after 63's mends, held out and only counted; probe 70, the same brief
    # in the twenty-seventh session, read and mended; probe 76, the same brief written
    # after 70's mends, held out and only counted).
    for name in ("probe63", "probe70", "probe66_held", "probe76_held"):
        harmful = (PROBES / f"harmful_{name}.txt").read_text("utf-8").splitlines()
        caught_n = sum(s >= 0.5 for s in abuse_scores(screener, harmful))
        print(f"  {name:13} harmful {caught_n} of {len(harmful)}")
    # Ordinary posts in the words of abuse (the twenty-second session): 29 and 31 read and
    # mended, 30 held out and only counted; later rounds alike (108, read, in the
    # thirty-first session).
    for name in (
        "probe29",
        "probe31",
        "probe44",
        "probe57",
        "probe62",
        "probe72",
        "probe85",
        "probe95",
        "probe30_held",
        "probe56_held",
        "probe67_held",
        "probe75_held",
        "probe90_held",
        "probe99_held",
        "probe101",
        "probe103",
        "probe102_held",
        "probe108",
        "probe117",
        "probe139_held",
        "probe150",
        "probe157",
        "probe164",
        "probe165_held",
        "probe172",
        "probe177",
        "probe178_held",
        "probe183",
        "probe186_held",
        "probe191",
        "probe196_held",
        "probe199",
        "probe206",
        "probe211",
        "probe212_held",
        "probe217",
        "probe222",
        "probe227_held",
        "probe232",
        "probe237",
        "probe242",
        "probe247",
        "probe252",
        "probe257",
        "probe262",
        "probe267",
        "probe272",
        "probe277",
        "probe282",
        "probe287",
        "probe292",
    ):
        harmless = (PROBES / f"harmless_{name}.txt").read_text("utf-8").splitlines()
        scores = abuse_scores(screener, harmless)
        reviewed = sum(0.5 <= s < 0.9 for s in scores)
        blocked = sum(s >= 0.9 for s in scores)
        print(
            f"  {name:13} ordinary posts in abuse's words: {reviewed} of {len(harmless)} to "
            f"review, {blocked} blocked"
        )


def details_probes() -> None:
    """Ordinary posts full of public details (venues' addresses and postcodes, offices'
    lines and mailboxes, historic and famous births, organisations' accounts, identifiers
    of other kinds), written by helpers who never saw the code (the twenty-ninth session;
    brief in ``probes/brief_ordinary_details_probes.md``): probe 86 read while mending
    (20 to review and 8 blocked on arrival), probe 87 held out and only counted (22 and
    2 on arrival); probe 93 read in the thirtieth, 98 held out (written after 93's mends);
    112 read in the thirty-first.
    Every rule of the WCUC pack on an official account, as in :func:`ordinary_posts`;
    none of these posts should be blocked or reviewed. No target."""
    print("ordinary posts full of public details, written by another hand (the WCUC pack)")
    for name in ("probe86", "probe93", "probe112", "probe128", "probe87_held", "probe98_held"):
        path = PROBES / f"harmless_{name}.txt"
        if not path.is_file():
            continue
        posts = path.read_text("utf-8").splitlines()
        outcomes = pack_outcomes(posts)
        print(
            f"  {name:13} of {len(posts)}: review {outcomes.get('review', 0)}, "
            f"blocked {outcomes.get('block', 0)}"
        )


def names_probes() -> None:
    """Names of private people among traps (public figures, characters, places, words that
    are names), written by helpers who never saw the code (the twenty-second session):
    probe 32 read while mending, probe 33 held out and only measured; probes 36 (read)
    and 37 (held out) the same in the twenty-third session, probes 40 (read) and 41 (held
    out) in the twenty-fourth, 45 and 47 (read) after 40's mends and 48 (held out) after
    45's, and 51 (read) at the session's end; 52 and 58 (read) and 54 (held out, written
    after 52's mends) in the twenty-fifth; 60 and 64 (read) and 68 (held out, written after
    60's and 64's mends) in the twenty-sixth; 71, 77 and 79 (read) and 74 (held out,
    written after 71's mends) in the twenty-seventh; 81 (read) and 83 (held out) in the
    twenty-eighth; 88 (read) in the twenty-ninth; 91 and 96 (read) and 94 (held out) in
    the thirtieth; 104 and 109 (read) and 105 and 110 (held out, written at the same
    time as 104 and 109) in the thirty-first. Every name
    found counts, hints at 0.45 too; no target."""
    screener = Screener(ScreenSettings())
    print("names probes, written by another hand (every name found, hints included)")
    for name in (
        "probe32",
        "probe33_held",
        "probe36",
        "probe37_held",
        "probe40",
        "probe41_held",
        "probe45",
        "probe47",
        "probe48_held",
        "probe51",
        "probe52",
        "probe58",
        "probe60",
        "probe64",
        "probe71",
        "probe77",
        "probe79",
        "probe81",
        "probe88",
        "probe91",
        "probe96",
        "probe104",
        "probe109",
        "probe113",
        "probe118",
        "probe121",
        "probe125",
        "probe131",
        "probe135",
        "probe140",
        "probe144",
        "probe146",
        "probe151",
        "probe155",
        "probe162",
        "probe166",
        "probe168",
        "probe173",
        "probe179",
        "probe184",
        "probe187",
        "probe192",
        "probe197",
        "probe202",
        "probe207",
        "probe213",
        "probe218",
        "probe223",
        "probe228",
        "probe233",
        "probe238",
        "probe243",
        "probe248",
        "probe253",
        "probe258",
        "probe263",
        "probe268",
        "probe273",
        "probe278",
        "probe283",
        "probe288",
        "probe54_held",
        "probe68_held",
        "probe74_held",
        "probe83_held",
        "probe94_held",
        "probe105_held",
        "probe110_held",
        "probe114_held",
        "probe119_held",
        "probe122_held",
        "probe126_held",
        "probe132_held",
        "probe137_held",
        "probe142_held",
        "probe148_held",
        "probe152_held",
        "probe158_held",
        "probe163_held",
        "probe169_held",
        "probe174_held",
        "probe180_held",
        "probe188_held",
        "probe193_held",
        "probe200_held",
        "probe203_held",
        "probe208_held",
        "probe214_held",
        "probe219_held",
        "probe224_held",
        "probe229_held",
        "probe234_held",
        "probe239_held",
        "probe244_held",
        "probe249_held",
        "probe254_held",
        "probe259_held",
        "probe264_held",
        "probe269_held",
        "probe274_held",
        "probe279_held",
        "probe284_held",
        "probe289_held",
    ):
        rows = [
            json.loads(line)
            for line in (PROBES / f"names_{name}.jsonl").read_text("utf-8").splitlines()
        ]
        gold, found = [], []
        for row in rows:
            text = row["text"]
            spans = []
            for piece in row["names"]:
                start = text.find(piece)
                if start >= 0:
                    spans.append(("person_name", start, start + len(piece)))
            result = screener.screen(text)
            gold.append(spans)
            found.append(
                [
                    d
                    for d in [*result["personal_data"], *result["directory_names"]]
                    if d.label == "person_name"
                ]
            )
        texts = [row["text"] for row in rows]
        table = precision_recall(gold, found, {"person_name"}, texts)
        precision, recall, n = table["person_name"]
        print(f"  {name:13} precision {precision:.3f} recall {recall:.3f} (gold {n})")


def addresses_probes() -> None:
    """Home addresses and postcodes of private people among traps (public venues, famous
    and example addresses, workplaces), written by helpers who never saw the code (the
    twenty-third session): probes 34 and 38 read while mending, probes 35 and 39 held out
    and only measured; probes 42 (read) and 43 (held out) the same in the twenty-fourth,
    46 (read) after 42's mends, 49 (held out) after 46's and 50 (read) at the end; 53
    and 59 (read) and 55 (held out, written after 53's mends) in the twenty-fifth; 61
    (read) in the twenty-sixth; 69, 78 and 80 (read) and 73 (held out, written after 69's
    mends) in the twenty-seventh; 82 (read) and 84 (held out) in the twenty-eighth; 89
    (read) in the twenty-ninth; 92 and 100 (read) and 97 (held out, written after 92's
    mends) in the thirtieth; 106 and 111 (read) and 107 (held out, written at the same
    time as 106) in the thirty-first. Every
    finding counts,
    hints at 0.45 too; no target."""
    screener = Screener(ScreenSettings())
    print("addresses probes, written by another hand (every finding counts, hints included)")
    labels = {"home_address", "postcode"}
    for name in (
        "probe34",
        "probe35_held",
        "probe38",
        "probe39_held",
        "probe42",
        "probe43_held",
        "probe46",
        "probe49_held",
        "probe50",
        "probe53",
        "probe59",
        "probe61",
        "probe69",
        "probe78",
        "probe80",
        "probe82",
        "probe89",
        "probe92",
        "probe100",
        "probe106",
        "probe111",
        "probe115",
        "probe120",
        "probe123",
        "probe127",
        "probe133",
        "probe136",
        "probe141",
        "probe145",
        "probe147",
        "probe153",
        "probe156",
        "probe160",
        "probe167",
        "probe170",
        "probe175",
        "probe181",
        "probe185",
        "probe189",
        "probe194",
        "probe198",
        "probe204",
        "probe209",
        "probe215",
        "probe220",
        "probe225",
        "probe230",
        "probe235",
        "probe240",
        "probe245",
        "probe250",
        "probe255",
        "probe260",
        "probe265",
        "probe270",
        "probe275",
        "probe280",
        "probe285",
        "probe290",
        "probe55_held",
        "probe73_held",
        "probe84_held",
        "probe97_held",
        "probe107_held",
        "probe116_held",
        "probe124_held",
        "probe134_held",
        "probe138_held",
        "probe143_held",
        "probe149_held",
        "probe154_held",
        "probe159_held",
        "probe161_held",
        "probe171_held",
        "probe176_held",
        "probe182_held",
        "probe190_held",
        "probe195_held",
        "probe201_held",
        "probe205_held",
        "probe210_held",
        "probe216_held",
        "probe221_held",
        "probe226_held",
        "probe231_held",
        "probe236_held",
        "probe241_held",
        "probe246_held",
        "probe251_held",
        "probe256_held",
        "probe261_held",
        "probe266_held",
        "probe271_held",
        "probe276_held",
        "probe281_held",
        "probe286_held",
        "probe291_held",
    ):
        if not (PROBES / f"addresses_{name}.jsonl").is_file():
            continue
        gold, found, texts = [], [], []
        for line in (PROBES / f"addresses_{name}.jsonl").read_text("utf-8").splitlines():
            row = json.loads(line)
            text = row["text"]
            texts.append(text)
            spans = []
            for label, piece in row["spans"]:
                start = text.index(piece)
                spans.append((label, start, start + len(piece)))
            gold.append(spans)
            found.append([d for d in screener.screen(text)["personal_data"] if d.label in labels])
        table = precision_recall(gold, found, labels, texts)
        print(
            f"  {name:13} "
            + "; ".join(f"{k} {p:.3f} / {r:.3f} (gold {n})" for k, (p, r, n) in table.items())
        )


def student_ids_probes() -> None:
    """Student numbers as people write them, among numbers of the same shape that are no
    one's, written by a helper who never saw the code (the thirty-third session; brief in
    ``brief_student_ids_probes.md``): four invented colleges, each with its own format (the
    file's college lines), 30 posts each; probe 129 (two colleges) read while mending,
    probe 130 (the other two) held out and only measured. Every finding counts; no
    target."""
    print("student-number probes, written by another hand (each college's own format)")
    for name in ("probe129", "probe130_held"):
        path = PROBES / f"student_ids_{name}.jsonl"
        if not path.is_file():
            continue
        colleges: list[tuple[str, str, list[dict[str, object]]]] = []
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            if "college" in row:
                colleges.append((row["college"], row["format"], []))
            else:
                colleges[-1][2].append(row)
        for college, template, rows in colleges:
            screener = Screener(ScreenSettings(student_ids=(template,)))
            gold: list[list[tuple[str, int, int]]] = []
            found: list[list[Detection]] = []
            texts: list[str] = []
            for row in rows:
                text = str(row["text"])
                texts.append(text)
                spans = []
                for label, piece in row["spans"]:  # type: ignore[attr-defined]
                    start = text.index(piece)
                    spans.append((label, start, start + len(piece)))
                gold.append(spans)
                found.append(
                    [d for d in screener.screen(text)["personal_data"] if d.label == "student_id"]
                )
            p, r, n = precision_recall(gold, found, {"student_id"}, texts)["student_id"]
            print(f"  {name:13} {college:22} precision {p:.3f} recall {r:.3f} (gold {n})")


def main() -> int:
    root = find_data_root(REPO / "bench" / "x")
    has_data = root is not None and (root / "screening").is_dir()
    people, _ = generate(1)
    screener = Screener(
        ScreenSettings(
            organisation_names=("Wiltshire College", "WCUC"), allowed_domains=("wiltshire.ac.uk",)
        ),
        people,
    )
    results = [speed(screener, root if has_data else None)]
    if has_data:
        assert root is not None
        results.append(abuse(screener, root))
    else:
        print("no ../shared/data/screening: skipping the abuse and presidio figures")
    results.append(evidence(screener))
    results.append(plain_bullying(screener))
    results.append(ordinary_posts(screener))
    results.append(personal_uk())
    results.append(another_hand())
    abuse_probes(screener)
    details_probes()
    names_probes()
    addresses_probes()
    student_ids_probes()
    if has_data and root is not None and (root / "screening/presidio_research").is_dir():
        personal_presidio(root)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
