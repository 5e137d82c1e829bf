"""The pure parts of scripts/train_abuse_model.py: weights, decision lines, the budget."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from policyguard.screening.abuse_model import AbuseModel

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_abuse_model.py"


@pytest.fixture(scope="module")
def train() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_abuse_model", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_balance_gives_each_sets_classes_equal_weight(train: ModuleType) -> None:
    weights = train.balance([1, 1, 1, 0], [0, 1])
    assert list(weights[:4]) == pytest.approx([2 / 3, 2 / 3, 2 / 3, 2.0])
    assert list(weights[4:]) == pytest.approx([1.0, 1.0])
    # Within each set, both classes now weigh half the set.
    assert weights[:3].sum() == pytest.approx(weights[3]) == pytest.approx(2.0)


@pytest.mark.parametrize("threshold", [0.03, 0.06, 0.2, 0.5])
def test_the_scripts_decision_lines_are_the_models(train: ModuleType, threshold: float) -> None:
    model = AbuseModel({"weights": {}, "bias": 0.0, "threshold": threshold})
    assert train.line_logits(threshold) == pytest.approx(
        [model.logit_at(s) for s in model.decision_scores]
    )
    assert train.line_logits(threshold)[0] == pytest.approx(math.log(threshold / (1 - threshold)))


def test_the_budget_counts_the_posts_within_reach_of_a_line(train: ModuleType) -> None:
    line = train.line_logits(0.5)[0]  # 0.0
    own = np.array([line - 3.0, line - 0.2, line + 0.4, line + 2.0])
    zeros = np.zeros(4)
    ordinary = (zeros, own, zeros, zeros, zeros)
    weights = (0.0, 0.0, 1.0, 0.5)  # encoder weight 1, clip 0.5: reach 0.5
    assert train.stage_two_share(ordinary, weights, 0.5) == 0.5
    assert train.stage_two_share(ordinary, (0.0, 0.0, 0.0, 0.0), 0.5) == 0.0


def test_combined_is_the_models_logit(train: ModuleType) -> None:
    lexicon, own, base, encoder = (np.array([v]) for v in (0.8, -1.0, 12.0, -3.0))
    weights = (1.5, 4.0, 2.0, 0.5)
    logit = train.combined((lexicon, own, base, np.zeros(1), encoder), weights)
    # baseline clipped to 8, encoder clipped to -0.5
    assert logit[0] == pytest.approx(-1.0 + 1.5 * 8 + 4.0 * 0.8 + 2.0 * -0.5)
