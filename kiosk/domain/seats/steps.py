"""The steps of the residual-seat assignment, as a central committee writes them down.

Full seats are not steps (they are one division per list); every residual seat given, taken
back for an absolute majority (P 9) or withdrawn from an exhausted list (P 10) is one step,
in the order it happened. ``tied`` names every list that shared the deciding value, so a
reader sees at once whether a lot was drawn (``lot``) or the tie fitted in the seats left.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from kiosk.domain.seats.methods import ABSOLUTE_MAJORITY, ARTICLE, BY_REMAINDER


def fraction_text(value: Fraction) -> str:
    """``"numerator/denominator"`` in lowest terms, also for whole numbers (``"80/1"``)."""
    return f"{value.numerator}/{value.denominator}"


@dataclass(frozen=True)
class Assignment:
    """Residual seat ``seat`` went to ``list`` by ``method`` with ``value`` (its remainder or
    its average after the seat); ``tied`` are the lists that had the same value."""

    method: str
    seat: int
    list: int
    value: Fraction
    tied: tuple[int, ...]
    lot: bool = False

    def to_json(self) -> dict[str, Any]:
        key = "remainder" if self.method in BY_REMAINDER else "average"
        return {
            "step": self.method,
            "article": ARTICLE[self.method],
            "seat": self.seat,
            "list": self.list,
            key: fraction_text(self.value),
            "tied": list(self.tied),
            "lot": self.lot,
        }


@dataclass(frozen=True)
class MajorityCorrection:
    """P 9: ``from_list`` gave up the last residual seat to ``to_list``, which had more than
    half of the votes but not more than half of the seats. ``tied`` are the lists that won the
    last residual seats with the same value (a lot chose among them when there were several)."""

    from_list: int
    to_list: int
    tied: tuple[int, ...]
    lot: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "step": ABSOLUTE_MAJORITY,
            "article": ARTICLE[ABSOLUTE_MAJORITY],
            "from_list": self.from_list,
            "to_list": self.to_list,
            "tied": list(self.tied),
            "lot": self.lot,
        }


@dataclass(frozen=True)
class ExhaustionRemoval:
    """P 10: ``list`` has fewer candidates than seats; one seat (a residual one while it had
    any, else a full one) is withdrawn, to be given to another list."""

    list: int
    full_seat: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "step": "list_exhaustion",
            "article": "P 10",
            "list": self.list,
            "seat": "full" if self.full_seat else "residual",
        }


Step = Assignment | MajorityCorrection | ExhaustionRemoval
