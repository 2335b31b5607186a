"""A stand-in for SANE's scanimage: tests of batch scanning without a scanner."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def fake_scanimage(folder: Path, pages: list[Path], monkeypatch, *, exit_code: int = 7,
                   message: str = "scanimage: sane_start: Document feeder out of documents") -> Path:
    """Put a ``scanimage`` on PATH that copies ``pages`` where ``--batch=`` says, prints each file name
    as ``--batch-print`` does, writes ``message`` to stderr and exits with ``exit_code`` (7: the
    feeder ran empty, what a normal batch ends with)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["#!/bin/sh", 'for a in "$@"; do case "$a" in --batch=*) pattern="${a#--batch=}";; esac; done']
    for number, page in enumerate(pages, start=1):
        lines += [f'out=$(printf "$pattern" {number})', f'cp "{page}" "$out"', 'echo "$out"']
    lines += [f'echo "{message}" >&2', f"exit {exit_code}"]
    script = folder / "scanimage"
    script.write_text("\n".join(lines) + "\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return script
