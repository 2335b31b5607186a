"""The hand count of the list totals (DESIGN §7).

The per-list totals added up by hand are entered twice, by two different
people; the two entries must match each other, and then each list is compared
with the machine total. Where the hand total differs, the hand total counts,
and the difference must be found before the sheet is signed: the final sheet
is allowed only when every list agrees.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.domain.errors import DomainError
from kiosk.domain.shape import ElectionShape


class HandCountError(DomainError):
    """``handcount.unknown_list``, ``handcount.invalid_total``,
    ``handcount.not_agreed`` (params ``lists``)."""


class ListStatus(str, enum.Enum):
    AGREES = "agrees"  # both hand entries equal, and equal to the machine total
    NOT_ENTERED = "not_entered"  # one or both hand entries missing
    ENTRIES_DIFFER = "entries_differ"  # the two hand entries disagree
    DIFFERS_FROM_MACHINE = "differs_from_machine"


@dataclass(frozen=True)
class HandEntry:
    """One person's entry of the hand-counted totals: (list number, total) pairs."""

    account: str
    totals: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, account: str, totals: Mapping[int, int]) -> HandEntry:
        return cls(account, tuple(sorted(totals.items())))


@dataclass(frozen=True)
class ListCheck:
    list_number: int
    machine: int
    first: int | None
    second: int | None

    @property
    def hand(self) -> int | None:
        """The agreed hand total, once both entries are there and equal."""
        return self.first if self.first is not None and self.first == self.second else None

    @property
    def difference(self) -> int | None:
        """hand − machine, once the hand total is agreed."""
        return None if self.hand is None else self.hand - self.machine

    @property
    def status(self) -> ListStatus:
        if self.first is None or self.second is None:
            return ListStatus.NOT_ENTERED
        if self.first != self.second:
            return ListStatus.ENTRIES_DIFFER
        return ListStatus.AGREES if self.difference == 0 else ListStatus.DIFFERS_FROM_MACHINE


@dataclass(frozen=True)
class HandCountCheck:
    lists: tuple[ListCheck, ...]  # in list-number order

    @property
    def all_agree(self) -> bool:
        return all(check.status is ListStatus.AGREES for check in self.lists)

    def with_status(self, status: ListStatus) -> tuple[ListCheck, ...]:
        return tuple(check for check in self.lists if check.status is status)

    def differences(self) -> tuple[tuple[int, int], ...]:
        """(list number, hand − machine) for every list whose agreed hand total differs."""
        return tuple(
            (c.list_number, c.difference)
            for c in self.with_status(ListStatus.DIFFERS_FROM_MACHINE)
            if c.difference is not None
        )


def check_hand_count(
    shape: ElectionShape, machine: Mapping[int, int], first: HandEntry | None, second: HandEntry | None
) -> HandCountCheck:
    """Compare two hand entries with each other and with the machine totals
    (list number -> Σ E.l, e.g. from ``Totals.list_votes``)."""
    # The same coordinator may type both: the second typing catches typing
    # slips; the four eyes on the sums themselves are on paper.
    if set(machine) != set(shape.list_numbers):
        raise HandCountError("handcount.machine_lists", "the machine totals do not cover exactly this election's lists")
    hand = [_checked(shape, entry) for entry in (first, second)]
    return HandCountCheck(
        tuple(
            ListCheck(number, machine[number], hand[0].get(number), hand[1].get(number))
            for number in shape.list_numbers
        )
    )


@dataclass(frozen=True)
class ExplainedDifference:
    list_number: int
    machine: int
    hand: int
    explanation: str


@dataclass(frozen=True)
class DifferencesOutcome:
    """The controleprotocol's outcome "differences found" (Na 31-x 2.5): the hand-added totals,
    typed twice alike, still differ from the machine's after the entries were investigated.
    Recorded by one coordinator, confirmed by another (four eyes); only a confirmed outcome
    for exactly today's differences lets the sheet be made."""

    lists: tuple[ExplainedDifference, ...]
    recorded_by: str
    confirmed_by: str | None = None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_by is not None

    def covers(self, check: HandCountCheck) -> bool:
        """Whether it explains exactly the lists that differ now, with the same totals."""
        now = tuple((c.list_number, c.machine, c.hand) for c in check.with_status(ListStatus.DIFFERS_FROM_MACHINE))
        return now == tuple((d.list_number, d.machine, d.hand) for d in self.lists)

    def settles(self, check: HandCountCheck) -> bool:
        """Whether the sheet may be made on it: confirmed, and covering today's differences."""
        return self.confirmed and self.covers(check)


MAX_EXPLANATION = 2000


def differences_outcome(check: HandCountCheck, explanations: Mapping[int, str]) -> tuple[ExplainedDifference, ...]:
    """The outcome to record: an explanation for every list whose agreed hand total differs from
    the machine's, and for no other; refused while a hand total is missing or its typings differ."""
    unsettled = [c.list_number for c in check.lists if c.status in (ListStatus.NOT_ENTERED, ListStatus.ENTRIES_DIFFER)]
    if unsettled:
        raise HandCountError(
            "handcount.not_settled",
            f"the hand totals of list(s) {', '.join(map(str, unsettled))} are not typed twice alike",
            lists=", ".join(map(str, unsettled)),
        )
    differing = {c.list_number: c for c in check.with_status(ListStatus.DIFFERS_FROM_MACHINE)}
    if not differing:
        raise HandCountError("handcount.no_differences", "hand and machine totals agree: there is nothing to explain")
    if set(explanations) != set(differing):
        raise HandCountError(
            "handcount.explain_each",
            f"explain exactly the differing lists: {', '.join(map(str, sorted(differing)))}",
            lists=", ".join(map(str, sorted(differing))),
        )
    for number, text in explanations.items():
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_EXPLANATION:
            raise HandCountError(
                "handcount.bad_explanation",
                f"list {number}: an explanation of 1 to {MAX_EXPLANATION} characters",
                list=number,
                limit=MAX_EXPLANATION,
            )
    return tuple(
        ExplainedDifference(
            number, differing[number].machine, differing[number].hand or 0, explanations[number].strip()
        )
        for number in sorted(differing)
    )


def confirm_outcome(outcome: DifferencesOutcome | None, confirmer: str) -> None:
    """Refuse a confirmation of nothing, of an outcome confirmed already, or by the one who recorded it."""
    if outcome is None:
        raise HandCountError("handcount.no_outcome", "no outcome 'differences found' has been recorded")
    if outcome.confirmed:
        raise HandCountError("handcount.outcome_confirmed", "the outcome is confirmed already")
    if confirmer == outcome.recorded_by:
        raise HandCountError(
            "handcount.outcome_four_eyes",
            f"{confirmer} recorded the outcome; another coordinator confirms it",
            account=confirmer,
        )


def require_agreement(check: HandCountCheck, outcome: DifferencesOutcome | None = None) -> None:
    """Raise unless the final sheet may be made: every list's two hand entries agree with each
    other and with the machine total, or a confirmed outcome "differences found" explains
    exactly the lists that differ (their totals unchanged since)."""
    if outcome is not None and outcome.settles(check):
        settled = (ListStatus.AGREES, ListStatus.DIFFERS_FROM_MACHINE)
        if all(c.status in settled for c in check.lists):
            return
    if not check.all_agree:
        open_lists = tuple(c.list_number for c in check.lists if c.status is not ListStatus.AGREES)
        raise HandCountError(
            "handcount.not_agreed",
            f"hand and machine totals do not agree yet for list(s) {', '.join(map(str, open_lists))}",
            lists=open_lists,
        )


def _checked(shape: ElectionShape, entry: HandEntry | None) -> dict[int, int]:
    if entry is None:
        return {}
    totals: dict[int, int] = {}
    for number, total in entry.totals:
        if not shape.has_list(number):
            raise HandCountError("handcount.unknown_list", f"list {number} does not exist", list=number)
        if isinstance(total, bool) or not isinstance(total, int) or total < 0:
            raise HandCountError(
                "handcount.invalid_total",
                f"list {number}: a hand total is a whole number of votes, not {total!r}",
                list=number,
                value=repr(total),
            )
        totals[number] = total
    return totals
