"""Scans for tests: a station's page as a scanner delivers it, and a stand-in for SANE's scanimage."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import cv2
import numpy as np

from kiosk.services import forms
from ocr.synth import FontDigits, synth_page
from tests.support.entry import paper

DPI = 200


def png(image) -> bytes:
    ok, data = cv2.imencode(".png", image)
    assert ok
    return data.tobytes()


def page_image(entries, station: int, page: int, seed: int = 0, template: dict | None = None) -> tuple[bytes, dict]:
    """(PNG bytes, truth) of one page of ``station``'s PV filled in with its test paper values, printed
    digits, scanned slightly turned at DPI; ``template`` may be another election's form."""
    template = template or forms.template(entries.election, station)
    image, truth = synth_page(
        template,
        page,
        paper(entries, station),
        FontDigits(),
        np.random.default_rng(seed),
        dpi=DPI,
        degrade_args={"rotation_deg": 1.5, "noise": 3, "dpi": DPI},
    )
    return png(image), truth


def fake_scanimage(
    folder: Path,
    pages: list[Path],
    monkeypatch,
    *,
    exit_code: int = 7,
    message: str = "scanimage: sane_start: Document feeder out of documents",
) -> Path:
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
