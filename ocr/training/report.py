"""Validation metrics of the digit model, from logits (numpy only; used by the training script)."""

from __future__ import annotations

import numpy as np

from ocr.digits.labels import BLANK, NAMES, NUM_CLASSES, OTHER

THRESHOLDS = (0.9, 0.99, 0.999)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits.astype(np.float64) - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def confusion(truth: np.ndarray, pred: np.ndarray) -> np.ndarray:
    m = np.zeros((NUM_CLASSES, NUM_CLASSES), np.int64)
    np.add.at(m, (truth, pred), 1)
    return m


def summary(truth: np.ndarray, logits: np.ndarray) -> dict:
    """Accuracy (overall, per class), confusion matrix and the confidence/silent-error table."""
    p = softmax(logits)
    pred, conf = p.argmax(axis=1), p.max(axis=1)
    digit = truth < 10
    wrong_digit = digit & (pred < 10) & (pred != truth)  # a different digit: the silent-error risk
    out = {
        "n": int(truth.size),
        "accuracy": float((pred == truth).mean()),
        "per_class": {
            NAMES[c]: float((pred[truth == c] == c).mean()) for c in range(NUM_CLASSES) if (truth == c).any()
        },
        "confusion": confusion(truth, pred).tolist(),
        "confidence": {},
    }
    for t in THRESHOLDS:
        sure = conf >= t
        out["confidence"][str(t)] = {
            "digits_correct_and_sure": float((digit & sure & (pred == truth)).sum() / max(digit.sum(), 1)),
            "digits_wrong_digit_and_sure": int((wrong_digit & sure).sum()),
            "nondigits_read_as_digit_and_sure": int((~digit & (pred < 10) & sure).sum()),
        }
    out["wrong_digit"] = int(wrong_digit.sum())
    out["digit_to_blank"] = int((digit & (pred == BLANK)).sum())
    out["digit_to_other"] = int((digit & (pred == OTHER)).sum())
    return out


def format_summary(title: str, s: dict) -> str:
    lines = [f"== {title}: n={s['n']} accuracy={s['accuracy']:.4f}"]
    lines.append("   per class: " + "  ".join(f"{k}:{v:.3f}" for k, v in s["per_class"].items()))
    lines.append(
        f"   digit read as another digit: {s['wrong_digit']}, as blank: {s['digit_to_blank']}, as other: {s['digit_to_other']}"
    )
    for t, c in s["confidence"].items():
        lines.append(
            f"   conf>={t}: digits correct&sure {c['digits_correct_and_sure']:.4f}; "
            f"wrong digit&sure {c['digits_wrong_digit_and_sure']}; non-digit read as digit&sure {c['nondigits_read_as_digit_and_sure']}"
        )
    present = [c for c in range(NUM_CLASSES) if any(s["confusion"][c]) or any(r[c] for r in s["confusion"])]
    lines.append("   confusion (rows truth, cols predicted):")
    lines.append("          " + "".join(f"{NAMES[c]:>6}" for c in present))
    for r in present:
        lines.append(f"   {NAMES[r]:>6} " + "".join(f"{s['confusion'][r][c]:6d}" for c in present))
    return "\n".join(lines)


#: Candidate proposal thresholds (field confidence) the calibration evaluates, lowest first.
CALIBRATION_GRID = (0.5, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9998, 0.9999)
#: The calibrated threshold keeps wrong proposals / proposals at or below this on the calibration pages
#: (half of the 0.1 % the kiosk promises, as a margin for data the calibration did not see).
CALIBRATION_SILENT = 0.0005


def threshold_curve(fields, grid=CALIBRATION_GRID) -> list[dict]:
    """fields: [(true value or None, status at threshold 0, proposed value or None, confidence)] of count
    fields → per threshold: proposals, wrong proposals, coverage (proposals / fields with a number)
    and silent-error rate (wrong / proposals)."""
    written = sum(1 for truth, *_ in fields if truth is not None)
    return [
        _tally(
            t, written, [(truth, value) for truth, status, value, conf in fields if status == "proposed" and conf >= t]
        )
        for t in grid
    ]


def _tally(threshold: float, written: int, proposed: list[tuple]) -> dict:
    """One row of a threshold curve from the (truth, value) pairs proposed at that threshold."""
    wrong = sum(1 for truth, value in proposed if value != truth)
    return {
        "threshold": threshold,
        "proposed": len(proposed),
        "wrong": wrong,
        "coverage": len(proposed) / max(written, 1),
        "silent": wrong / max(len(proposed), 1),
    }


def choose_threshold(curve: list[dict], silent: float = CALIBRATION_SILENT) -> float:
    """The lowest threshold from which on every higher one keeps the silent-error rate ≤ `silent`
    (the highest candidate when none does)."""
    best = curve[-1]["threshold"]
    for row in reversed(curve):
        if row["silent"] > silent:
            break
        best = row["threshold"]
    return best


def arithmetic_curve(rows, grid=CALIBRATION_GRID) -> list[dict]:
    """rows: [(threshold, true value or None, status, value)] of count fields after
    `ocr.consistency.propose` at that threshold → the same per-threshold table as `threshold_curve`."""
    out = []
    for t in grid:
        at = [(truth, status, value) for threshold, truth, status, value in rows if threshold == t]
        written = sum(1 for truth, _, _ in at if truth is not None)
        out.append(_tally(t, written, [(truth, value) for truth, status, value in at if status == "proposed"]))
    return out
