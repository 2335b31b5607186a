"""A batch scan on a SANE document scanner (``scanimage``): the page files it wrote, in order.

The scan service (``kiosk.services.scanning``) then reads them like any folder of images.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.entry import EntryRefused

SCANIMAGE_OPTIONS = ("--batch-print", "--format=png", "--resolution", "300", "--mode", "Gray")


@dataclass(frozen=True)
class ScannerBatch:
    """What a batch scan delivered: the page files in order, and why the scanner stopped when it was not
    simply an empty feeder (a paper jam, a cover opened): the pages after that were not scanned."""

    files: list[Path]
    stopped: str | None = None


def scan_with_device(device: str, out_dir: Path, timeout: float = 600) -> ScannerBatch:
    """Run a SANE batch scan into ``out_dir``."""
    scanimage = shutil.which("scanimage")
    if scanimage is None:
        raise EntryRefused(
            "scan.no_sane", "scanimage not found (apt-get install sane-utils); import files with --dir instead"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    command = [scanimage, "-d", device, f"--batch={out_dir}/scan-%04d.png", *SCANIMAGE_OPTIONS]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise EntryRefused(
            "scan.timeout", f"the scanner did not finish within {timeout:.0f} s", device=device, seconds=round(timeout)
        ) from None
    files = [f for f in (Path(line.strip()) for line in done.stdout.splitlines() if line.strip()) if f.is_file()]
    # scanimage ends a batch with "out of documents" (exit 7) when the feeder is empty: normal.
    if done.returncode in (0, 7):
        return ScannerBatch(files)
    problem = f"scanner {device}: {done.stderr.strip() or f'exit code {done.returncode}'}"
    if not files:
        raise EntryRefused("scan.failed", problem, problem=problem)
    return ScannerBatch(files, problem)
