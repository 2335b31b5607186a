"""Helpers shared by the tests in tests/ocr (importable by name: this folder is on sys.path)."""

from __future__ import annotations

import numpy as np

from ocr.forms import FormSpec
from ocr.forms import geometry as g

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


def official_spec(
    model: str, lists: int = 2, candidates: int | None = None, has_c: bool = False, version: str = "n10-1.2"
) -> FormSpec:
    """A station form of an official model (N10-1, N10-2, Na31-2-B1): `lists` lists of `candidates`
    candidates each (default 3 and 11 alternating)."""
    return FormSpec(
        election_id="GR2026_Juinen",
        election_name="Gemeenteraadsverkiezingen 18 maart 2026 — gemeente Juinen",
        has_C=has_c,
        lists=[
            (
                n,
                f"Partij nummer {n}",
                [f"Kandidaat {n}.{c}, A.B." for c in range(1, (candidates or (3, 11)[(n - 1) % 2]) + 1)],
            )
            for n in range(1, lists + 1)
        ],
        station_number=3,
        station_name="Gemeentehuis Juinen, Raadzaal",
        template_version=version,
        model=model,
        municipality="Juinen",
        election_date="2026-03-18",
        station_postcode="1234 AB",
    )


def headings(template: dict) -> list[str]:
    """The printed part, section and sub-section headings in paper order (a heading repeated on the
    next page, like 2.4 on every list page, once)."""
    out: list[str] = []
    for p in template["pages"]:
        for t in p["texts"]:
            if t["role"] in ("part", "section", "subsection") and (not out or out[-1] != t["text"]):
                out.append(t["text"])
    return out


def overlaps(a: np.ndarray, b: np.ndarray, gap: float = 0.0) -> np.ndarray:
    """Pairwise: do boxes a[i] and b[j] (x, y, w, h) come closer than gap?"""
    ax0, ay0 = a[:, 0:1], a[:, 1:2]
    ax1, ay1 = ax0 + a[:, 2:3], ay0 + a[:, 3:4]
    bx0, by0 = b[:, 0], b[:, 1]
    bx1, by1 = bx0 + b[:, 2], by0 + b[:, 3]
    return (ax0 < bx1 + gap) & (bx0 < ax1 + gap) & (ay0 < by1 + gap) & (by0 < ay1 + gap)


EPS = 1e-3  # mm: boxes that only touch do not overlap


def _arr(boxes) -> np.ndarray:
    return np.array(list(boxes) or np.zeros((0, 4)), float).reshape(-1, 4)


def check_geometry(t: dict) -> None:
    """Every box inside the printable area; fields, areas, texts and the fixed marks do not overlap."""
    px0, py0, pw, ph = g.PRINTABLE_MM
    fixed = _arr([m["box_mm"] for m in t["markers_mm"]] + [t["qr_mm"]])
    for p in t["pages"]:
        fields = _arr(b for f in p["fields"] for b in f["boxes_mm"])
        areas = _arr(a["box_mm"] for a in p.get("areas", ()))
        texts = _arr(x["box_mm"] for x in p["texts"] + p["header"])
        rects = _arr(r["box_mm"] for r in p["rects"])
        for a, b, gap in ((fields, fields, 1.5), (areas, areas, -EPS), (texts, texts, -EPS)):
            near = overlaps(a, b, gap)
            np.fill_diagonal(near, False)
            assert not near.any(), (p["page"], np.argwhere(near)[:3])
        for a, b in ((fields, areas), (fields, texts), (areas, texts), (fields, fixed), (areas, fixed), (texts, fixed)):
            assert not overlaps(a, b, -EPS).any(), p["page"]
        every = np.concatenate([fields, areas, texts, rects, fixed])
        assert (every[:, 0] >= px0).all() and (every[:, 1] >= py0).all(), p["page"]
        assert (every[:, 0] + every[:, 2] <= px0 + pw).all() and (every[:, 1] + every[:, 3] <= py0 + ph).all()
