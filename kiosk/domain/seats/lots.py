"""Ties that only a lot can break: asked for, never decided silently.

The law lets the lot decide where values are equal and not every tied list (or candidate) can
have a seat (P 7, P 8, P 9 and P 15: "beslist zo nodig het lot"). The kiosk never draws: the
central committee draws in its session and records the outcome. ``Draws`` hands out those
recorded outcomes in order, one per tie that needs a lot; when none is left it raises
``LotNeeded`` with what the tie is about, and the computation stops there and says so.

A recorded outcome that is not among the tied is refused (``SeatsRefused``): it belongs to
another tie, or it was typed wrong. Outcomes left over at the end are refused too: a lot
recorded for a tie that never came means the record and the count disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from kiosk.domain.seats.errors import SeatsRefused
from kiosk.domain.seats.methods import ABSOLUTE_MAJORITY, ARTICLE, BY_REMAINDER
from kiosk.domain.seats.steps import fraction_text


@dataclass(frozen=True)
class ResidualSeatLot:
    """Lists tied for residual seat ``seat`` (P 7/P 8): the drawn list gets it."""

    seat: int
    method: str
    value: Fraction
    options: tuple[int, ...]

    between = "lists"

    def to_json(self) -> dict[str, Any]:
        key = "remainder" if self.method in BY_REMAINDER else "average"
        return {
            "between": self.between,
            "for": "residual_seat",
            "article": ARTICLE[self.method],
            "seat": self.seat,
            "method": self.method,
            key: fraction_text(self.value),
            "options": list(self.options),
        }


@dataclass(frozen=True)
class MajorityLot:
    """Lists that won the last residual seats with the same value (P 9): the drawn list gives
    up its residual seat to ``to_list``."""

    to_list: int
    options: tuple[int, ...]

    between = "lists"

    def to_json(self) -> dict[str, Any]:
        return {
            "between": self.between,
            "for": "absolute_majority",
            "article": ARTICLE[ABSOLUTE_MAJORITY],
            "to_list": self.to_list,
            "options": list(self.options),
        }


@dataclass(frozen=True)
class CandidateLot:
    """Candidates of ``list`` with the same number of preference votes (P 15) for its seat
    ``seat`` (the list's seats counted from 1): the drawn candidate is elected."""

    list: int
    seat: int
    votes: int
    options: tuple[int, ...]

    between = "candidates"

    def to_json(self) -> dict[str, Any]:
        return {
            "between": self.between,
            "for": "preference_seat",
            "article": "P 15",
            "list": self.list,
            "seat": self.seat,
            "votes": self.votes,
            "options": list(self.options),
        }


LotRequest = ResidualSeatLot | MajorityLot | CandidateLot


class LotNeeded(Exception):
    """A tie needs a lot and none is recorded: control flow inside the computation, caught by
    ``apportion`` (never an error of the input)."""

    def __init__(self, request: LotRequest):
        super().__init__(request)
        self.request = request


class Draws:
    """The recorded outcomes of the lots (``lots`` of the input), handed out in order."""

    def __init__(self, outcomes: Sequence[int] = ()):
        self._outcomes = tuple(outcomes)
        self.used = 0

    def draw(self, request: LotRequest) -> int:
        """The next recorded outcome for this tie; LotNeeded when there is none,
        SeatsRefused when it is not one of ``request.options``."""
        if self.used == len(self._outcomes):
            raise LotNeeded(request)
        index, drawn = self.used, self._outcomes[self.used]
        if drawn not in request.options:
            if isinstance(request, CandidateLot):
                raise SeatsRefused(
                    "seats.lot_not_tied_candidate",
                    f"lot {index} names candidate {drawn}, not one of the tied candidates of list {request.list}",
                    path=f"lots[{index}]",
                    drawn=drawn,
                    list=request.list,
                    options=list(request.options),
                )
            raise SeatsRefused(
                "seats.lot_not_tied_list",
                f"lot {index} names list {drawn}, not one of the tied lists",
                path=f"lots[{index}]",
                drawn=drawn,
                options=list(request.options),
            )
        self.used += 1
        return drawn

    def check_all_used(self) -> None:
        """Refuse outcomes that no tie asked for."""
        unused = len(self._outcomes) - self.used
        if unused:
            raise SeatsRefused(
                "seats.lots_unused",
                f"{unused} recorded lot(s) left over: only {self.used} tie(s) needed a lot",
                path=f"lots[{self.used}]",
                unused=unused,
                used=self.used,
            )
