"""Reading the fields of a registered page: digit boxes, tick boxes and signature boxes → proposals.

A proposal is only made when every box of the field is understood and the
product of the box confidences reaches the threshold; otherwise the field gets
``no_proposal`` and the verifier types it. Rules that protect against a wrong
number being proposed:

- digits must be right-aligned and contiguous: a blank box between digits, or
  after the last digit, means the reading is uncertain (a faint last digit
  would otherwise turn 812 into 81);
- a box classified as "other" (crossed out, scribble, two digits) blocks the field;
- a digit box is cut with a margin around it and its printed border erased at
  the known place (`digit_frame`, `ocr.digits.preprocess.erase_border`), so a
  digit written over the box edge keeps its strokes; a box that lost a stroke
  written along the border line (erased with it) blocks the field: a 7 without
  its bar reads as a 1;
- the form's own arithmetic is never used to fill a value in; `ocr.consistency.propose` uses it only to
  decide which readings are proposed (read them here at threshold 0 for that).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ocr.areas import ink_mm2
from ocr.digits import BLANK, OTHER, BoxReading, DigitClassifier, calibrated_threshold, default_classifier
from ocr.digits.preprocess import BoxAnalysis, analyse_framed, erase_border, ink_fraction

#: Field confidence (product of box confidences) needed for a proposal. Calibrated when the model is
#: trained (python -m ocr.training.train; stored with the model in ocr/digits/reference.json): the lowest
#: threshold whose silent-error rate stays within 0.05 % on synthetic pages written with digits that
#: were neither trained on nor used by the benchmark. tests/bench/bench_ocr.py shows the whole curve.
DEFAULT_THRESHOLD = calibrated_threshold()
#: Below this ink fraction a digit box is empty paper without asking the model.
BLANK_INK = 0.004
#: A digit box that lost more ink than this (relative to the ink kept) when its printed border was
#: erased is not trusted: a digit stroke along the box line went with it (see erase_border).
MAX_STROKE_LOSS = 0.1
#: Tick boxes: below EMPTY_TICK unticked, above TICKED ticked, in between unsure.
EMPTY_TICK = 0.012
TICKED = 0.035
#: A tick box below EMPTY_TICK is still ticked with this much faint ink (mm², `ocr.areas.ink_mm2`: a
#: light pen on a blurred scan), unsure from EMPTY_TICK_MM2; an empty box measures 0.
FAINT_TICK_MM2 = 1.2
EMPTY_TICK_MM2 = 0.4
#: Straight runs this long (mm) in a tick-box crop are border remnants, not a tick.
TICK_RULE_MM = 3.5
#: Inner margin (mm) so the printed tick-box border stays out of the crop.
TICK_MARGIN_MM = 0.8
#: Signature boxes: ink (mm², `ocr.areas.ink_mm2`) below EMPTY_SIGNATURE_MM2 is an empty box, at or above
#: SIGNED_MM2 a signature, in between no proposal. Calibrated on synthetic degraded pages
#: (tests/ocr/test_ocr_signatures.py): a short faint scribble has about 6 mm², scanner noise under 0.3.
EMPTY_SIGNATURE_MM2 = 0.8
SIGNED_MM2 = 2.0
#: Inner margin (mm) of a signature box crop (its printed border stays out).
SIGNATURE_MARGIN_MM = 1.0
#: A straight run this long (mm) in a signature box is no signature (a border remnant).
SIGNATURE_RULE_MM = 30.0
#: Digit boxes are cut this much (mm) larger than the box on every side, so a digit written over the
#: box edge keeps its strokes; the printed border is erased at its known position (`digit_crop`).
DIGIT_OUTSIDE_MM = 1.0
#: Half-width (mm) of the band around the printed line's centre that is erased, beyond half the line
#: width: scan blur and registration error.
BORDER_SLACK_MM = 0.2
#: Printed digit-box line width when the template does not give one.
BOX_LINE_MM = 0.3

PROPOSED, NO_PROPOSAL, EMPTY = "proposed", "no_proposal", "blank"


@dataclass(frozen=True)
class FieldReading:
    code: str
    kind: str  # "count" | "tick" | "signature" | "printed" (a machine-printed count, ocr.printed_fields)
    value: int | bool | None  # only set when status is "proposed" (True/False for ticks and signatures)
    confidence: float
    status: str  # proposed | no_proposal | blank
    boxes: tuple[str, ...] = ()  # per box: "0".."9", "blank", "other" (for diagnosis)
    #: per box: the classifier's 12 class probabilities, None for empty paper (ocr.consistency weighs
    #: which field explains a sum that fails)
    box_probabilities: tuple[tuple[float, ...] | None, ...] = ()
    #: why a proposal (or "blank") stands: "confidence" (its own, at the threshold), "sum" (a sum of the
    #: form that adds up vouches for it, ocr.consistency), "ink" (a tick or signature box), "print" (a
    #: machine-printed number read and checked, ocr.printed_fields); None without one
    basis: str | None = None

    def to_json(self) -> dict:
        return {
            "value": self.value,
            "confidence": round(self.confidence, 4),
            "status": self.status,
            "basis": self.basis,
        }


def read_fields(
    registration, classifier: DigitClassifier | None = None, threshold: float = DEFAULT_THRESHOLD
) -> dict[str, FieldReading]:
    """All fields of an accepted page, in the template's order, except machine-printed ones (kind
    "printed": ocr.printed_fields.read_printed_fields; ocr.read.read_page reads both)."""
    if not registration.accepted:
        raise ValueError("the page was refused; there are no fields to read")
    classifier = classifier or default_classifier()
    fields = registration.page["fields"]
    # Cut and analyse every digit box first, then classify the inked ones in one batch.
    boxes = []
    inked: list[int] = []
    layout: list[tuple[dict, list[int] | None, float | None]] = []
    for field in fields:
        if field["kind"] == "printed":  # machine print: ocr.printed_fields (read_page routes it there)
            continue
        if field["kind"] == "tick":
            tick = registration.cut(field["boxes_mm"][0], TICK_MARGIN_MM)
            fraction = ink_fraction(tick)
            # A faint tick (light pen, blurred scan) can fall below the tick threshold: ask the
            # sensitive measure (local paper level, noise smoothed) before calling the box empty.
            faint = ink_mm2(tick, registration.dpi, TICK_RULE_MM) if fraction < EMPTY_TICK else 0.0
            layout.append((field, None, (fraction, faint)))
            continue
        if field["kind"] == "signature":
            crop = registration.cut(field["boxes_mm"][0], SIGNATURE_MARGIN_MM)
            layout.append((field, None, ink_mm2(crop, registration.dpi, SIGNATURE_RULE_MM)))
            continue
        indexes = []
        for box_mm in field["boxes_mm"]:
            box = analyse_digit_box(registration, box_mm)
            indexes.append(len(boxes))
            if box.ink >= BLANK_INK:
                inked.append(len(boxes))
            boxes.append(box)
        layout.append((field, indexes, None))
    inputs = np.stack([boxes[i].image for i in inked]) if inked else np.zeros((0, 28, 28), np.float32)
    readings: dict[int, BoxReading] = dict(zip(inked, classifier.classify_preprocessed(inputs)))
    for i in inked:
        # A stroke along the box edge may have been removed as border: never propose that box's digit.
        if readings[i].label < 10 and boxes[i].stroke_loss > MAX_STROKE_LOSS:
            readings[i] = BoxReading(OTHER, 0.0, readings[i].probabilities)
    out: dict[str, FieldReading] = {}
    for field, indexes, tick_ink in layout:
        if field["kind"] == "signature":
            out[field["code"]] = read_signature(field["code"], tick_ink)
        elif indexes is None:
            out[field["code"]] = read_tick(field["code"], *tick_ink)
        else:
            out[field["code"]] = combine_digits(field["code"], [readings.get(i) for i in indexes], threshold)
    return out


def digit_frame(registration, box_mm) -> tuple[np.ndarray, tuple[float, float, float, float], float]:
    """The digit box plus `DIGIT_OUTSIDE_MM` around it → (crop, the printed border's centre lines in
    crop pixels (left, top, right, bottom), half-width in px of the band the border can occupy)."""
    crop = registration.cut(box_mm, -DIGIT_OUTSIDE_MM)
    x, y, w, h = (float(v) for v in box_mm)
    s = registration.dpi / 25.4
    x0 = max(0, int(round((x - DIGIT_OUTSIDE_MM) * s)))
    y0 = max(0, int(round((y - DIGIT_OUTSIDE_MM) * s)))
    line = float(((registration.template or {}).get("digit_box_mm") or {}).get("line", BOX_LINE_MM))
    rect = (x * s - 0.5 - x0, y * s - 0.5 - y0, (x + w) * s - 0.5 - x0, (y + h) * s - 0.5 - y0)
    return crop, rect, (line / 2 + BORDER_SLACK_MM) * s


def digit_crop(registration, box_mm) -> np.ndarray:
    """The digit box as the kiosk reads it: with a margin around it and the printed border erased."""
    crop, rect, half = digit_frame(registration, box_mm)
    return erase_border(crop, rect, half)[0]


def analyse_digit_box(registration, box_mm) -> BoxAnalysis:
    """One digit box of a registered page → classifier input, ink fraction (of the box area), stroke loss."""
    return analyse_framed(*digit_frame(registration, box_mm))


def read_tick(code: str, ink: float, faint_mm2: float = 0.0) -> FieldReading:
    """ink: the box's ink fraction (`ink_fraction`); faint_mm2: its ink by the sensitive measure
    (`ocr.areas.ink_mm2`), asked only when ink is below EMPTY_TICK."""
    if ink < EMPTY_TICK:
        if faint_mm2 >= FAINT_TICK_MM2:
            return FieldReading(code, "tick", True, 1.0, PROPOSED, basis="ink")
        if faint_mm2 >= EMPTY_TICK_MM2:
            return FieldReading(code, "tick", None, 0.5, NO_PROPOSAL)
        return FieldReading(code, "tick", False, 1.0, PROPOSED, basis="ink")
    if ink > TICKED:
        return FieldReading(code, "tick", True, 1.0, PROPOSED, basis="ink")
    return FieldReading(code, "tick", None, 0.5, NO_PROPOSAL)


def read_signature(code: str, ink_mm2_: float) -> FieldReading:
    """A signature box: signed (True), clearly empty (False), or in between (no proposal)."""
    if ink_mm2_ < EMPTY_SIGNATURE_MM2:
        return FieldReading(code, "signature", False, 1.0, PROPOSED, basis="ink")
    if ink_mm2_ >= SIGNED_MM2:
        return FieldReading(code, "signature", True, 1.0, PROPOSED, basis="ink")
    return FieldReading(code, "signature", None, 0.5, NO_PROPOSAL)


def combine_digits(code: str, boxes: list[BoxReading | None], threshold: float) -> FieldReading:
    """Box readings (None = empty paper) left to right → the field's reading."""
    labels = [BLANK if b is None else b.label for b in boxes]
    confidence = float(np.prod([1.0 if b is None else b.confidence for b in boxes]))
    names = tuple("blank" if label == BLANK else "other" if label == OTHER else str(label) for label in labels)
    probabilities = tuple(None if b is None else b.probabilities for b in boxes)
    if all(label == BLANK for label in labels):
        status = EMPTY if confidence >= threshold else NO_PROPOSAL
        return FieldReading(
            code, "count", None, confidence, status, names, probabilities, "confidence" if status == EMPTY else None
        )
    first = next(i for i, label in enumerate(labels) if label != BLANK)
    written = labels[first:]
    if any(label >= 10 for label in written) or confidence < threshold:
        return FieldReading(code, "count", None, confidence, NO_PROPOSAL, names, probabilities)
    value = int("".join(str(label) for label in written))
    return FieldReading(code, "count", value, confidence, PROPOSED, names, probabilities, "confidence")
