"""cv2.dnn reproduces the logits PyTorch computed at export time (ocr/digits/reference.json)."""

from __future__ import annotations

import base64
import hashlib
import json

import cv2
import numpy as np
import pytest

from ocr.digits import DigitClassifier, calibrated_threshold, default_model_path
from ocr.digits.classifier import FALLBACK_THRESHOLD
from ocr.fields import DEFAULT_THRESHOLD
from ocr.training.report import CALIBRATION_SILENT, choose_threshold

TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def reference() -> dict:
    return json.loads(default_model_path().with_name("reference.json").read_text())


@pytest.fixture(scope="module")
def inputs(reference) -> np.ndarray:
    raw = np.frombuffer(base64.b64decode(reference["inputs_base64"]), np.uint8)
    return raw.reshape(-1, 1, 28, 28).astype(np.float32) / 255


def test_reference_belongs_to_the_committed_model(reference):
    digest = hashlib.sha256(default_model_path().read_bytes()).hexdigest()
    assert digest == reference["model_sha256"], "reference.json is stale: re-run python -m ocr.training.train"


def test_dnn_matches_torch_one_by_one(reference, inputs):
    assert len(inputs) == len(reference["logits"]) == len(reference["names"]) >= 16
    net = cv2.dnn.readNetFromONNX(str(default_model_path()))
    for x, want, name in zip(inputs, reference["logits"], reference["names"]):
        net.setInput(x[None])  # the static 1×1×28×28 input
        got = net.forward()[0]
        assert np.abs(got - np.asarray(want)).max() <= TOLERANCE, name


def test_classifier_matches_torch_in_one_batch(reference, inputs):
    got = DigitClassifier().logits(inputs)
    assert np.abs(got - np.asarray(reference["logits"], np.float32)).max() <= TOLERANCE


def test_the_proposal_threshold_is_the_calibrated_one(reference):
    """The field threshold comes with the model: chosen by training from its calibration curve."""
    calibration = reference["calibration"]
    assert calibration["fields"] >= 1000 and calibration["max_silent"] == CALIBRATION_SILENT
    assert reference["threshold"] == choose_threshold(calibration["curve"], calibration["max_silent"])
    assert DEFAULT_THRESHOLD == calibrated_threshold() == reference["threshold"]
    chosen = next(row for row in calibration["curve"] if row["threshold"] == reference["threshold"])
    assert chosen["silent"] <= CALIBRATION_SILENT
    # what the kiosk runs (with the form's sums) is recorded beside it, threshold for threshold
    with_sums = calibration["with_sums"]
    assert [row["threshold"] for row in with_sums] == [row["threshold"] for row in calibration["curve"]]
    at_threshold = next(row for row in with_sums if row["threshold"] == reference["threshold"])
    assert at_threshold["silent"] <= CALIBRATION_SILENT


def test_calibrated_threshold_falls_back_without_a_calibration(tmp_path):
    model = tmp_path / "digits.onnx"
    assert calibrated_threshold(model) == FALLBACK_THRESHOLD  # no reference.json
    (tmp_path / "reference.json").write_text(json.dumps({"threshold": 0.997}))
    assert calibrated_threshold(model) == 0.997
    (tmp_path / "reference.json").write_text(json.dumps({"threshold": 1.5}))
    assert calibrated_threshold(model) == FALLBACK_THRESHOLD
