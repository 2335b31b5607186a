"""Training samples cut by the real pipeline: synthetic filled forms → registration → box crops.

The augmented MNIST boxes of `ocr.training.augment` are drawn directly as box images; the kiosk's
classifier, however, sees boxes cut out of a registered scan by `ocr.fields` (printed border
remnants at the crop edge, digits clipped where they run over the box, the writer's pen width and
slant, the page's blur, noise and JPEG). This module makes training samples exactly that way:

    render a blank page → handwrite values with TRAINING digits → degrade like a scan
    → `ocr.register.register` → `ocr.fields.analyse_digit_box` (border erased at its known place)
    → label each box (the digit written in it, or BLANK) → the run-time `preprocess`.

Only digits of the training split are used (`TrainingDigits` is built from the indices the trainer
passes in); the held-out digits that `ocr.synth.MnistDigits` writes for the benchmark never appear.
Boxes the run-time ink test would call empty paper (`ocr.fields.BLANK_INK`) never reach the model;
most of them are left out. Deterministic for a given generator state.
"""

from __future__ import annotations

import numpy as np

from ocr.digits.labels import BLANK
from ocr.fields import BLANK_INK, analyse_digit_box, read_fields
from ocr.forms import FormSpec, build_template
from ocr.register import register
from ocr.synth import random_values, render_blank, synth_page
from ocr.synth.fill import digit_slots

from . import augment

#: Source resolution of the synthetic pages (the benchmark's scans are 300 dpi; some pages are
#: resampled to a coarser scan by the degradation).
SRC_DPI = 300
#: Share of the boxes that the ink test calls empty which are still kept (as BLANK samples).
KEEP_INKLESS = 0.03


def training_specs() -> list[FormSpec]:
    """Forms with many count fields per page (more boxes per rendered page), with and without C."""
    out = []
    for station, (has_c, sizes) in enumerate(((False, (40, 30, 22, 12, 6)), (True, (36, 28, 18, 10, 8, 4))), start=1):
        lists = [
            (n, f"Partij {n}", [f"Kandidaat {c}, T." for c in range(1, size + 1)])
            for n, size in enumerate(sizes, start=1)
        ]
        out.append(FormSpec("TRAIN_Digits", "Training", has_c, lists, station, f"Oefenbureau {station}"))
    return out


class TrainingDigits:
    """A `ocr.synth.DigitSource` over MNIST digits of the TRAINING split only (white on black uint8),
    each glyph a random digit of its class, elastically distorted half of the time."""

    def __init__(self, images: np.ndarray, labels: np.ndarray) -> None:
        self.images = images
        self.by_class = {d: np.nonzero(labels == d)[0] for d in range(10)}

    def glyph(self, digit: int, writer: int, rng: np.random.Generator) -> np.ndarray:
        pool = self.by_class[int(digit)]
        src = self.images[pool[rng.integers(len(pool))]].astype(np.float32) / 255.0
        if digit == 7 and rng.random() < 0.3:
            src = augment.crossbar7(src, rng)
        if digit == 1 and rng.random() < 0.3:
            src = augment.flag1(src, rng)
        if rng.random() < 0.5:
            src = augment.elastic(src, rng, alpha=(6.0, 24.0))
        return np.clip(src, 0.0, 1.0)


def training_values(template: dict, page: int, rng: np.random.Generator) -> dict:
    """Random counts for the count fields of one page: every length 1..6, all digits equally likely,
    now and then a field left empty."""
    values = {}
    for f in template["pages"][page - 1]["fields"]:
        if f["kind"] != "count":
            continue
        if rng.random() < 0.08:
            values[f["code"]] = None
            continue
        length = int(rng.choice(6, p=(0.34, 0.26, 0.18, 0.1, 0.07, 0.05))) + 1
        length = min(length, len(f["boxes_mm"]))
        low = 0 if length == 1 else 10 ** (length - 1)
        values[f["code"]] = int(rng.integers(low, 10**length))
    return values


def degradation(rng: np.random.Generator) -> dict:
    """Scan and photo effects, somewhat wider than the benchmark's, sometimes at a coarser resolution."""
    return {
        "rotation_deg": float(rng.uniform(-5, 5)),
        "scale": float(rng.uniform(0.96, 1.04)),
        "perspective": float(rng.uniform(0, 0.012)),
        "blur": float(rng.uniform(0, 0.15)),
        "noise": float(rng.uniform(0, 8)),
        "uneven_light": float(rng.uniform(0, 0.3)),
        "jpeg_quality": int(rng.integers(50, 96)) if rng.random() < 0.5 else None,
        "dpi": float(rng.choice([200, 250])) if rng.random() < 0.3 else None,
    }


_BLANKS: dict = {}


def _blank(template: dict, page: int) -> np.ndarray:
    key = (template["station"], page)
    if key not in _BLANKS:
        _BLANKS[key] = render_blank(template, page, SRC_DPI)
    return _BLANKS[key]


_TEMPLATES: list[dict] = []


def templates() -> list[dict]:
    if not _TEMPLATES:
        _TEMPLATES.extend(build_template(s) for s in training_specs())
    return _TEMPLATES


def page_choices() -> list[tuple[int, int]]:
    """(template index, page) of every training page with count fields."""
    return [
        (i, p["page"])
        for i, t in enumerate(templates())
        for p in t["pages"]
        if any(f["kind"] == "count" for f in p["fields"])
    ]


def _written_and_registered(template: dict, page: int, values: dict, digits, rng: np.random.Generator):
    """One page filled in with ``values`` by a random writer, degraded as a scanner would, registered."""
    image, _ = synth_page(
        template,
        page,
        values,
        digits,
        rng,
        dpi=SRC_DPI,
        writer_id=int(rng.integers(0, 1_000_000)),
        degrade_args=degradation(rng),
        blank=_blank(template, page),
    )
    return register(image, template)


def page_samples(
    template: dict, page: int, digits: TrainingDigits, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Preprocessed box samples (n, 28, 28) and labels (n,) from one synthetic, degraded, registered page."""
    values = training_values(template, page, rng)
    registration = _written_and_registered(template, page, values, digits, rng)
    xs, ys = [], []
    if not registration.accepted:
        return np.zeros((0, 28, 28), np.float32), np.zeros(0, np.int64)
    for f in registration.page["fields"]:
        if f["kind"] != "count":
            continue
        value = values.get(f["code"])
        slots = digit_slots(value, len(f["boxes_mm"])) if value is not None else [None] * len(f["boxes_mm"])
        for box_mm, ch in zip(f["boxes_mm"], slots):
            box = analyse_digit_box(registration, box_mm)
            inked = box.ink >= BLANK_INK
            if not inked and (ch is not None or rng.random() >= KEEP_INKLESS):
                continue  # the run-time ink test calls it empty paper: the model never sees it
            xs.append(box.image)
            ys.append(BLANK if ch is None else int(ch))
    if not xs:
        return np.zeros((0, 28, 28), np.float32), np.zeros(0, np.int64)
    return np.stack(xs), np.asarray(ys, np.int64)


class WriterDigits:
    """A `ocr.synth.DigitSource` like `ocr.synth.MnistDigits` (plain glyphs; writer w owns a fixed,
    disjoint subset per class) over any set of MNIST digits: the trainer's calibration digits."""

    def __init__(self, images: np.ndarray, labels: np.ndarray, per_writer: int = 4, seed: int = 2027) -> None:
        rng = np.random.default_rng(seed)
        self.images = images
        self.order = {d: rng.permutation(np.nonzero(labels == d)[0]) for d in range(10)}
        self.per_writer = per_writer
        self.writers = max(1, min(len(v) for v in self.order.values()) // per_writer)

    def glyph(self, digit: int, writer: int, rng: np.random.Generator) -> np.ndarray:
        w = writer % self.writers
        pool = self.order[int(digit)][w * self.per_writer : (w + 1) * self.per_writer]
        return self.images[pool[rng.integers(len(pool))]].astype(np.float32) / 255.0


def calibration_page(template: dict, page: int, digits, classifier, rng: np.random.Generator) -> list:
    """[(true value or None, FieldReading at threshold 0)] for the count fields of one synthetic page
    with plausible, consistent values (`ocr.synth.random_values`), read by the run-time `read_fields`."""
    values = random_values(template, rng)
    registration = _written_and_registered(template, page, values, digits, rng)
    if not registration.accepted:
        return []
    readings = read_fields(registration, classifier, threshold=0.0)
    return [(values.get(code), r) for code, r in readings.items() if r.kind == "count"]
