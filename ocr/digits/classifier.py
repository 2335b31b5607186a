"""Run-time digit classifier: the committed ONNX model through cv2.dnn (no torch, no onnxruntime).

    clf = DigitClassifier()                    # loads ocr/digits/digits.onnx once
    readings = clf.classify([box1, box2, ...])  # one forward pass for the lot (and one for the unsure boxes)
    readings[0].label, readings[0].confidence   # 0–9, BLANK (10) or OTHER (11); probability of the top class

The classifier proposes; it never decides a value. Confidence is the model's softmax probability of its
top class; for a box it is unsure of, over a few views of the box (`ocr.digits.second_look`). See README
(Digit model) for how often a wrong digit still gets a high confidence.
"""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import cv2
import numpy as np

from . import second_look
from .labels import BLANK, NAMES, NUM_CLASSES, OTHER
from .preprocess import SIZE, preprocess_batch

__all__ = [
    "BLANK",
    "OTHER",
    "BoxReading",
    "DigitClassifier",
    "DigitModelError",
    "calibrated_threshold",
    "default_classifier",
    "default_model_path",
]

MODEL_FILE = "digits.onnx"
CHUNK = 256  # boxes per forward pass


class DigitModelError(RuntimeError):
    """The digit model file is missing or unusable; the message names the file."""


@dataclass(frozen=True)
class BoxReading:
    label: int  # 0–9 a digit, BLANK (10), OTHER (11)
    confidence: float  # softmax probability of `label`
    probabilities: tuple[float, ...]  # all 12 class probabilities, indexed by label

    @property
    def is_digit(self) -> bool:
        return self.label < 10

    @property
    def name(self) -> str:
        return NAMES[self.label]


def default_model_path() -> Path:
    return Path(str(resources.files(__package__).joinpath(MODEL_FILE)))


#: Used when the packaged reference holds no calibrated threshold.
FALLBACK_THRESHOLD = 0.99


def calibrated_threshold(model_path: str | Path | None = None) -> float:
    """The field-confidence threshold calibrated for the model when it was trained (its reference.json,
    key "threshold"; see ocr/training/train.py), else FALLBACK_THRESHOLD."""
    path = (Path(model_path) if model_path is not None else default_model_path()).with_name("reference.json")
    try:
        value = json.loads(path.read_text())["threshold"]
    except (OSError, ValueError, KeyError, TypeError):
        return FALLBACK_THRESHOLD
    return float(value) if isinstance(value, (int, float)) and 0.0 < value < 1.0 else FALLBACK_THRESHOLD


class DigitClassifier:
    """Loads the ONNX model once; `classify` is thread-safe (one forward pass at a time).

    ``second_look=False`` classifies every box once (the benchmark's baseline; see `ocr.digits.second_look`)."""

    def __init__(self, model_path: str | Path | None = None, *, second_look: bool = True) -> None:
        self.second_look = second_look
        self.model_path = Path(model_path) if model_path is not None else default_model_path()
        try:
            data = self.model_path.read_bytes()
        except FileNotFoundError:
            raise DigitModelError(f"digit model not found: {self.model_path}") from None
        except OSError as e:
            raise DigitModelError(f"cannot read digit model {self.model_path}: {e.strerror or e}") from None
        if not data:
            raise DigitModelError(f"digit model is empty: {self.model_path}")
        try:
            net = cv2.dnn.readNetFromONNX(np.frombuffer(data, np.uint8))
            net.setPreferableBackend(cv2.dnn.DNN_BACKEND_OPENCV)
            net.setPreferableTarget(cv2.dnn.DNN_TARGET_CPU)
            net.setInput(np.zeros((1, 1, SIZE, SIZE), np.float32))
            shape = net.forward().shape
        except cv2.error as e:
            first = str(e).strip().splitlines()[-1] if str(e).strip() else "cv2.dnn error"
            raise DigitModelError(f"digit model {self.model_path} is not a usable ONNX model: {first}") from None
        if shape != (1, NUM_CLASSES):
            raise DigitModelError(f"digit model {self.model_path} gives output {shape}, expected (1, {NUM_CLASSES})")
        self._net = net
        self._lock = threading.Lock()

    def logits(self, inputs: np.ndarray) -> np.ndarray:
        """Preprocessed inputs (N, 28, 28) or (N, 1, 28, 28), float32 0..1 → raw model logits (N, 12)."""
        x = np.asarray(inputs, np.float32)
        if x.ndim == 3:
            x = x[:, None]
        if x.ndim != 4 or x.shape[1:] != (1, SIZE, SIZE):
            raise ValueError(f"expected inputs of shape (N, 1, {SIZE}, {SIZE}), got {np.shape(inputs)}")
        out = np.zeros((len(x), NUM_CLASSES), np.float32)
        with self._lock:
            for s in range(0, len(x), CHUNK):
                self._net.setInput(np.ascontiguousarray(x[s : s + CHUNK]))
                out[s : s + CHUNK] = self._net.forward()
        return out

    def probabilities(self, inputs: np.ndarray) -> np.ndarray:
        """Preprocessed inputs → (N, 12) class probabilities; unsure boxes get the second look."""
        log_p = second_look.log_softmax(self.logits(inputs))
        p = np.exp(log_p)
        unsure = np.nonzero(p.max(axis=1) < second_look.SECOND_LOOK_BELOW)[0] if self.second_look else []
        if len(unsure):
            x = np.asarray(inputs, np.float32)[unsure]
            views = second_look.views(x)  # (V, n, 28, 28), classified in one go
            seen = second_look.log_softmax(self.logits(views.reshape(-1, *views.shape[2:])))
            p[unsure] = second_look.combine(
                np.concatenate([log_p[unsure][None], seen.reshape(len(views), len(unsure), -1)])
            )
        return p

    def classify_preprocessed(self, inputs: np.ndarray) -> list[BoxReading]:
        if len(inputs) == 0:
            return []
        p = self.probabilities(inputs)
        top = p.argmax(axis=1)
        return [BoxReading(int(k), float(row[k]), tuple(float(v) for v in row)) for k, row in zip(top, p)]

    def classify(self, box_images: Sequence[np.ndarray] | Iterable[np.ndarray]) -> list[BoxReading]:
        """Box images (grayscale uint8, dark ink on light paper) → one reading per box, in order."""
        return self.classify_preprocessed(preprocess_batch(box_images))


@functools.lru_cache(maxsize=1)
def default_classifier() -> DigitClassifier:
    """The classifier with the packaged model, loaded on first use and shared."""
    return DigitClassifier()
