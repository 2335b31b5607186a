"""Fit a text into a box: shrink, wrap to more lines if allowed, truncate as a last resort.

Shared by the PDF and the cv2 renderer; each passes its own width measure.
"""

from __future__ import annotations

from typing import Callable

PT_MM = 25.4 / 72
LINE_FACTOR = 1.18
MIN_PT = 6.0
PAD_MM = 0.6

Measure = Callable[[str, float, bool], float]


def line_height(size_pt: float) -> float:
    return size_pt * PT_MM * LINE_FACTOR


def _wrap(text: str, width: float, size: float, bold: bool, measure: Measure) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and measure(trial, size, bold) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def _truncate(text: str, width: float, size: float, bold: bool, measure: Measure) -> str:
    if measure(text, size, bold) <= width:
        return text
    while text and measure(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_text(
    text: str, w: float, h: float, size: float, bold: bool, wrap: bool, measure: Measure
) -> tuple[float, list[str]]:
    """(font size, lines) so that every line fits in width w and all lines in height h."""
    width = max(1.0, w - 2 * PAD_MM)
    s = size
    while True:
        if measure(text, s, bold) <= width:
            return s, [text]
        if wrap:
            lines = _wrap(text, width, s, bold, measure)
            if len(lines) * line_height(s) <= h + 0.2 and all(measure(line, s, bold) <= width for line in lines):
                return s, lines
        if s <= MIN_PT:
            break
        s = max(MIN_PT, s - 0.5)
    if wrap:
        nmax = max(1, int((h + 0.2) // line_height(s)))
        lines = _wrap(text, width, s, bold, measure)
        if len(lines) > nmax:
            lines = lines[: nmax - 1] + [" ".join(lines[nmax - 1 :])]
        return s, [_truncate(line, width, s, bold, measure) for line in lines]
    return s, [_truncate(text, width, s, bold, measure)]


def place_lines(
    box: list[float], size: float, lines: list[str], align: str, bold: bool, measure: Measure, ascent: float = 0.76
) -> list[tuple[str, float, float]]:
    """(line, x, baseline y) in mm for each line, vertically centred in the box."""
    x, y, w, h = box
    lh = line_height(size)
    top = y + (h - len(lines) * lh) / 2
    out = []
    for i, line in enumerate(lines):
        lw = measure(line, size, bold)
        if align == "R":
            lx = x + w - PAD_MM - lw
        elif align == "C":
            lx = x + (w - lw) / 2
        else:
            lx = x + PAD_MM
        base = top + i * lh + (lh - size * PT_MM) / 2 + ascent * size * PT_MM
        out.append((line, lx, base))
    return out
