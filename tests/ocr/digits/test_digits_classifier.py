"""The run-time classifier: loading, outputs, and smoke checks on drawn boxes."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from ocr.digits import (
    BLANK,
    OTHER,
    BoxReading,
    DigitClassifier,
    DigitModelError,
    default_classifier,
    default_model_path,
)
from ocr.digits.preprocess import preprocess_batch


@pytest.fixture(scope="module")
def clf() -> DigitClassifier:
    return default_classifier()


def test_model_is_packaged_small_and_plain():
    path = default_model_path()
    assert path.name == "digits.onnx" and path.is_file()
    assert path.stat().st_size < 2 * 1024 * 1024
    net = cv2.dnn.readNetFromONNX(str(path))
    kinds = {net.getLayer(name).type for name in net.getLayerNames()}
    assert kinds <= {"Convolution", "ReLU", "Pooling", "Flatten", "Gemm", "InnerProduct", "Identity"}, kinds


def test_loaded_once_and_shared():
    assert default_classifier() is default_classifier()


def test_reading_fields(clf, boxes):
    (r,) = clf.classify([boxes.printed("3")])
    assert isinstance(r, BoxReading)
    assert 0 <= r.label <= 11 and len(r.probabilities) == 12
    assert sum(r.probabilities) == pytest.approx(1.0, abs=1e-9)
    assert r.confidence == max(r.probabilities) == r.probabilities[r.label]
    assert r.is_digit == (r.label < 10)


def test_empty_batch(clf):
    assert clf.classify([]) == []


def test_batch_equals_one_by_one(clf, boxes):
    items = [boxes.printed(d, angle=a) for d in "0123456789" for a in (-5, 5)] + [boxes.blank()]
    together = clf.classify(items)
    for box, r in zip(items, together):
        (alone,) = clf.classify([box])
        assert alone.label == r.label
        assert np.allclose(alone.probabilities, r.probabilities, atol=1e-6)
    many = clf.logits(np.repeat(preprocess_batch(items[:1]), 300, axis=0))  # more than one chunk
    assert many.shape == (300, 12) and np.allclose(many, many[0], atol=1e-5)


def test_logits_input_shape_is_checked(clf):
    with pytest.raises(ValueError):
        clf.logits(np.zeros((2, 28, 27), np.float32))


def test_printed_digits_smoke(clf, boxes):
    """Hershey-font digits, slightly rotated: not handwriting, but the model must read them."""
    items, truth = [], []
    for font in boxes.FONTS.values():
        for angle in (-6.0, 0.0, 6.0):
            for d in range(10):
                items.append(boxes.printed(str(d), font, angle))
                truth.append(d)
    readings = clf.classify(items)
    correct = sum(r.label == t for r, t in zip(readings, truth))
    assert correct / len(truth) >= 0.90, [(t, r.label) for r, t in zip(readings, truth) if r.label != t]


def test_blank_boxes_are_blank(clf, boxes):
    plain = boxes.blank(seed=1)
    framed = boxes.with_lines(boxes.blank(seed=2), ("top", "left"), thickness=2)
    for r in clf.classify([plain, framed, np.full((50, 40), 250, np.uint8)]):
        assert r.label == BLANK and r.confidence > 0.9


def test_scribbled_box_is_other_or_unsure(clf, boxes):
    box = boxes.printed("8")
    h, w = box.shape
    cv2.line(box, (4, 4), (w - 5, h - 5), 20, 6)
    cv2.line(box, (4, h - 5), (w - 5, 4), 20, 6)
    zigzag = np.array([[6 + (i % 2) * (w - 12), 6 + i * (h - 12) // 7] for i in range(8)], np.int32)
    cv2.polylines(box, [zigzag], False, 20, 3)
    (r,) = clf.classify([box])
    assert r.label == OTHER or r.confidence < 0.5, r


def test_missing_model_names_the_file(tmp_path):
    path = tmp_path / "nope" / "digits.onnx"
    with pytest.raises(DigitModelError, match="nope/digits.onnx"):
        DigitClassifier(path)


@pytest.mark.parametrize("content", [b"", b"this is not an onnx model\n" * 10, "truncated"])
def test_corrupt_model_names_the_file(tmp_path, content):
    path = tmp_path / "broken.onnx"
    if content == "truncated":
        content = default_model_path().read_bytes()[:5000]
    path.write_bytes(content)
    with pytest.raises(DigitModelError, match="broken.onnx"):
        DigitClassifier(path)
