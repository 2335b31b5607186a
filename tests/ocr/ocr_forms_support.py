"""Helpers shared by the tests in tests/ocr (importable by name: this folder is on sys.path)."""

from __future__ import annotations

import numpy as np

from ocr.forms import FormSpec

SRC_DPI = 300


def small_spec(
    station: int = 3, election_id: str = "GR2026_Juinen", version: str = "1", has_c: bool = False
) -> FormSpec:
    return FormSpec(
        election_id=election_id,
        election_name="Gemeenteraadsverkiezingen 18 maart 2026 — gemeente Juinen",
        has_C=has_c,
        lists=[
            (1, "Partij voor de Toekomst", ["Jansen, A.B.C. (Annemieke)", "El Amrani, Y.", "de Vries, P."]),
            (2, "Christen-Democratisch Appèl", [f"Kandidaat {i}, X." for i in range(1, 12)]),
        ],
        station_number=station,
        station_name="Gemeentehuis Juinen, Raadzaal",
        template_version=version,
    )


def border_offsets(warped: np.ndarray, boxes_mm, dpi: float, search_mm: float = 1.2) -> np.ndarray:
    """For every box edge: distance (mm) from where the template puts it to the darkest line nearby.

    Rows/columns are averaged over the middle of the edge, so handwriting touching a border
    does not move the printed line.
    """
    s = dpi / 25.4
    out = []
    r = int(round(search_mm * s))
    for x, y, w, h in boxes_mm:
        ys = slice(int(round((y + 1.5) * s)), int(round((y + h - 1.5) * s)))
        xs = slice(int(round((x + 1.5) * s)), int(round((x + w - 1.5) * s)))
        for edge in (x, x + w):
            c = edge * s - 0.5
            cols = np.arange(int(round(c)) - r, int(round(c)) + r + 1)
            prof = warped[ys, cols[0] : cols[-1] + 1].astype(float).mean(axis=0)
            out.append(abs(_subpixel_min(prof, cols) - c) / s)
        for edge in (y, y + h):
            c = edge * s - 0.5
            rows = np.arange(int(round(c)) - r, int(round(c)) + r + 1)
            prof = warped[rows[0] : rows[-1] + 1, xs].astype(float).mean(axis=1)
            out.append(abs(_subpixel_min(prof, rows) - c) / s)
    return np.array(out)


def _subpixel_min(prof: np.ndarray, pos: np.ndarray) -> float:
    weights = np.clip(prof.max() - prof, 0, None)
    i = int(np.argmin(prof))
    lo, hi = max(0, i - 2), min(len(prof), i + 3)
    wsum = weights[lo:hi].sum()
    return float((weights[lo:hi] * pos[lo:hi]).sum() / wsum) if wsum > 0 else float(pos[i])
