"""Handwritten digit classifier for the digit boxes: preprocessing, the ONNX model via cv2.dnn.

Run time needs only numpy and cv2. The model file `digits.onnx` and its `reference.json` are made by
`python -m ocr.training.train` (the `train` extra); nothing here imports `ocr.training`.
The box → 28×28 functions live in `ocr.digits.preprocess` (not re-exported here, so that the name
`ocr.digits.preprocess` stays the module).
"""

from .classifier import (
    BoxReading,
    DigitClassifier,
    DigitModelError,
    calibrated_threshold,
    default_classifier,
    default_model_path,
)
from .labels import BLANK, NAMES, NUM_CLASSES, OTHER
from .preprocess import ink_fraction

__all__ = [
    "BLANK",
    "NAMES",
    "NUM_CLASSES",
    "OTHER",
    "BoxReading",
    "DigitClassifier",
    "DigitModelError",
    "calibrated_threshold",
    "default_classifier",
    "default_model_path",
    "ink_fraction",
]
