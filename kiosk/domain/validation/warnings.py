"""Implausible but possible: W.201-W.204 (DESIGN §5). Integer arithmetic only,
so a boundary never depends on floating-point rounding. Beside each rule,
``<rule>_fields`` names the fields it compares, in the form's order."""

from __future__ import annotations

from kiosk.domain.results import Results
from kiosk.domain.validation.inputs import filled


def three_percent(h: int) -> int:
    """⌈3% × H⌉ = ⌈3H / 100⌉, in integers."""
    return (3 * h + 99) // 100


def _share_too_high(part: int, h: int) -> bool:
    return not (part == 0 and h == 0) and part >= three_percent(h)


def w201(results: Results) -> bool:
    """W.201: F ≥ ⌈3% × H⌉, except when F = H = 0. Skipped while F or H is empty."""
    values = filled(results, "F", "H")
    return values is not None and _share_too_high(*values)


def w201_fields(results: Results) -> tuple[str, ...]:
    return ("F", "H")


def w202(results: Results) -> bool:
    """W.202: G ≥ ⌈3% × H⌉, except when G = H = 0. Skipped while G or H is empty."""
    values = filled(results, "G", "H")
    return values is not None and _share_too_high(*values)


def w202_fields(results: Results) -> tuple[str, ...]:
    return ("G", "H")


def w203(results: Results) -> bool:
    """W.203: |D − H| ≥ 15, or H > 0 and |D − H| / H ≥ 2% (as |D − H|·100 ≥ 2·H),
    or H = 0 and D > 0. Skipped while D or H is empty."""
    values = filled(results, "D", "H")
    if values is None:
        return False
    d, h = values
    gap = abs(d - h)
    if h == 0:
        return d > 0
    return gap >= 15 or gap * 100 >= 2 * h


def w203_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H")


def w204(results: Results) -> bool:
    """W.204: H = 0 (no votes cast at all). Skipped while H is empty."""
    return results.count("H") == 0


def w204_fields(results: Results) -> tuple[str, ...]:
    return ("H",)
