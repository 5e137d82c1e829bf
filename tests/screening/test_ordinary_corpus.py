"""Ordinary posts a college puts out (``bench/data/college_posts.txt``: 300 we wrote, a
third of them with words that are insults or alarms elsewhere): no pack blocks any of
them on an official account. Reviews are allowed (a person looks); the benchmark prints
how many there are."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyguard import load_bundled
from policyguard.policy.evaluate import evaluate
from policyguard.screening import TopicDetector

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "data" / "college_posts.txt"
POSTS = CORPUS.read_text(encoding="utf-8").splitlines()


def test_the_corpus_is_what_it_says() -> None:
    assert len(POSTS) == 300 and len(set(POSTS)) == 300
    assert all(60 <= len(post) <= 280 for post in POSTS)


@pytest.mark.parametrize("slug", ["vts", "learning-institute", "nclt", "wcuc", "qtsd"])
def test_no_ordinary_post_is_blocked(slug: str) -> None:
    pack = load_bundled(slug)
    blocked = []
    for post in POSTS:
        event = {
            "kind": "post",
            "at": "2026-11-18T10:00:00+00:00",
            "text": post,
            "account_type": "official",
        }
        decision = evaluate(pack, event)
        if decision.outcome == "block":
            blocked.append((post, decision.explain()))
    assert blocked == []


@pytest.mark.parametrize(
    ("text", "confidential"),
    [
        ("Confidential advice, no appointment needed, at the Wellbeing Hub", False),
        ("Talk to us in confidence about anything that worries you", False),
        ("Leaked: the confidential report on next year's budget", True),
        ("Strictly confidential: the new timetable", True),
    ],
)
def test_confidential_means_material_not_a_service(text: str, confidential: bool) -> None:
    found = {d.label for d in TopicDetector().detect(text)}
    assert ("confidential" in found) is confidential
