"""The difference between admitted voters (D) and votes cast (H): F.301-F.310.

Each function answers "does this rule fire?". All need D and H filled (without
them the comparison is unknown). Tick boxes left unread count as not ticked.
I and J are written only where D and H differ, so an empty I or J is "none":
it never fires a "must be 0" rule (F.305, F.307, F.309), and a rule that needs
the actual number (F.306, F.308) is skipped -- F.001 then reports the missing
I or J (see ``required``). Beside each rule, ``<rule>_fields`` names the fields
it compares, in the form's order (D, H, K.eq, K.gt, K.lt, I, J, K.yes, K.no).
"""

from __future__ import annotations

from kiosk.domain.results import Results
from kiosk.domain.validation.inputs import filled, optional, ticks


def _dh(results: Results) -> tuple[int, int] | None:
    values = filled(results, "D", "H")
    return None if values is None else (values[0], values[1])


def f301(results: Results) -> bool:
    """F.301: K.eq (D = H) ticked and D ≠ H."""
    dh = _dh(results)
    return dh is not None and results.ticked("K.eq") and dh[0] != dh[1]


def f301_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "K.eq")


def f302(results: Results) -> bool:
    """F.302: K.gt (H > D) ticked and H ≤ D."""
    dh = _dh(results)
    return dh is not None and results.ticked("K.gt") and dh[1] <= dh[0]


def f302_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "K.gt")


def f303(results: Results) -> bool:
    """F.303: K.lt (H < D) ticked and H ≥ D."""
    dh = _dh(results)
    return dh is not None and results.ticked("K.lt") and dh[1] >= dh[0]


def f303_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "K.lt")


def f304(results: Results) -> bool:
    """F.304: not exactly one of K.eq, K.gt, K.lt ticked. Needs no count, so it
    is evaluated even when D or H is empty."""
    return ticks(results, "K.eq", "K.gt", "K.lt") != 1


def f304_fields(results: Results) -> tuple[str, ...]:
    return ("K.eq", "K.gt", "K.lt")


def f305(results: Results) -> bool:
    """F.305: D = H and (I ≠ 0 or J ≠ 0). Empty I/J count as none."""
    dh = _dh(results)
    return dh is not None and dh[0] == dh[1] and (optional(results, "I") != 0 or optional(results, "J") != 0)


def f305_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "I", "J")


def f306(results: Results) -> bool:
    """F.306: H > D and I ≠ H − D. Skipped while I is empty (F.001 names it)."""
    dh = _dh(results)
    i = results.count("I")
    return dh is not None and i is not None and dh[1] > dh[0] and i != dh[1] - dh[0]


def f306_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "I")


def f307(results: Results) -> bool:
    """F.307: H > D and J ≠ 0. Empty J counts as none."""
    dh = _dh(results)
    return dh is not None and dh[1] > dh[0] and optional(results, "J") != 0


def f307_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "J")


def f308(results: Results) -> bool:
    """F.308: H < D and J ≠ D − H. Skipped while J is empty (F.001 names it)."""
    dh = _dh(results)
    j = results.count("J")
    return dh is not None and j is not None and dh[1] < dh[0] and j != dh[0] - dh[1]


def f308_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "J")


def f309(results: Results) -> bool:
    """F.309: H < D and I ≠ 0. Empty I counts as none."""
    dh = _dh(results)
    return dh is not None and dh[1] < dh[0] and optional(results, "I") != 0


def f309_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "I")


def f310(results: Results) -> bool:
    """F.310: D ≠ H and not exactly one of K.yes, K.no ticked."""
    dh = _dh(results)
    return dh is not None and dh[0] != dh[1] and ticks(results, "K.yes", "K.no") != 1


def f310_fields(results: Results) -> tuple[str, ...]:
    return ("D", "H", "K.yes", "K.no")
