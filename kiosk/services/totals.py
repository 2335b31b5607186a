"""Tabulation, the hand-count check, and what the final sheet is made from."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.errors import DomainError
from kiosk.domain.handcount import (
    DifferencesOutcome,
    ExplainedDifference,
    HandCountCheck,
    HandEntry,
    check_hand_count,
    confirm_outcome,
    differences_outcome,
    require_agreement,
)
from kiosk.domain.investigation import Investigation
from kiosk.domain.session import SessionDetails
from kiosk.domain.tabulation import Totals, check_ready, sum_results
from kiosk.services import session
from kiosk.services.auth import Account
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.investigations import InvestigationService
from kiosk.store import audit, hand_counts

DIFFERENCES, CONFIRMED = "handcount.differences", "handcount.differences_confirmed"


@dataclass(frozen=True)
class TotalsReady:
    totals: Totals
    station_results: dict
    hand_check: HandCountCheck
    session: SessionDetails | None = None  # the GSB session the sheet reports on (services.session)
    investigations: tuple[Investigation, ...] = ()  # every investigation of the election, concluded
    differences: DifferencesOutcome | None = None  # the confirmed outcome "differences found", if used


class TotalsService:
    def __init__(self, entries: EntryService):
        self.entries = entries
        self.store = entries.store

    def totals(self) -> Totals:
        """The machine totals; refuses (naming the stations) while any is not definitive."""
        try:
            check_ready(self.entries.station_numbers, self.entries.statuses())
            return sum_results(self.entries.shape, self.entries.definitive_results())
        except DomainError as error:
            raise EntryRefused(error.code, str(error), **dict(error.params)) from None

    def station_results(self) -> dict:
        return self.entries.definitive_results()

    def enter_hand_count(self, account: Account, slot: int, totals: dict[int, int]) -> HandCountCheck:
        """Store one typing (slot 1 or 2) of the hand-added list totals."""
        if not account.is_coordinator:
            raise EntryRefused("auth.not_coordinator", "only a coordinator enters the hand-counted totals")
        if slot not in (1, 2):
            raise EntryRefused("handcount.bad_slot", "the hand count is typed twice: slot 1 or 2")
        # Validate the typing before anything is written (unknown list, negative, ...).
        try:
            check_hand_count(self.entries.shape, self._machine_or_zero(), HandEntry.of(account.username, totals), None)
        except DomainError as error:
            raise EntryRefused(error.code, str(error), **dict(error.params)) from None
        with self.store.transaction() as db:
            hand_counts.insert(db, self.entries.election.id, slot, account.username, self.store.now(), totals)
            self.store.audit(
                account.username,
                "handcount.enter",
                {
                    "election": self.entries.election.id,
                    "slot": slot,
                    "totals": {str(k): v for k, v in sorted(totals.items())},
                },
            )
        return self.hand_check()

    def hand_check(self) -> HandCountCheck:
        entries = hand_counts.current(self.store.db, self.entries.election.id)
        first = HandEntry.of(*entries[1]) if 1 in entries else None
        second = HandEntry.of(*entries[2]) if 2 in entries else None
        try:
            return check_hand_count(self.entries.shape, self.totals().list_totals(), first, second)
        except DomainError as error:
            raise EntryRefused(error.code, str(error), **dict(error.params)) from None

    def ready_for_sheet(self) -> TotalsReady:
        """Everything the final sheet needs, or EntryRefused saying what is missing (an open
        investigation first: the count is not final while it lasts)."""
        investigations = InvestigationService(self.entries)
        try:
            investigations.require_none_open()
        except DomainError as error:
            raise EntryRefused(error.code, str(error), **dict(error.params)) from None
        totals = self.totals()
        check = self.hand_check()
        outcome = None if check.all_agree else self.differences_outcome()
        try:
            require_agreement(check, outcome)
        except DomainError as error:
            raise EntryRefused(error.code, str(error), **dict(error.params)) from None
        return TotalsReady(
            totals,
            self.station_results(),
            check,
            session.current(self.store, self.entries.election.id),
            tuple(investigations.all().values()),
            outcome,
        )

    # -- the outcome "differences found" (2.5), four eyes --------------------------------------

    def record_differences(self, account: Account, explanations: dict[int, str]) -> DifferencesOutcome:
        """Record that the hand totals (typed twice alike) still differ, with an explanation per list;
        a second coordinator must confirm it before the sheet can be made."""
        self._require_coordinator(account)
        with self.store.transaction():
            try:
                lists = differences_outcome(self.hand_check(), explanations)
            except DomainError as error:
                raise EntryRefused(error.code, str(error), **dict(error.params)) from None
            details = {
                "election": self.entries.election.id,
                "lists": [[d.list_number, d.machine, d.hand, d.explanation] for d in lists],
            }
            self.store.audit(account.username, DIFFERENCES, details)
        return self.differences_outcome()

    def confirm_differences(self, account: Account) -> DifferencesOutcome:
        self._require_coordinator(account)
        with self.store.transaction():
            current = self.differences_outcome()
            try:
                confirm_outcome(current, account.username)
            except DomainError as error:
                raise EntryRefused(error.code, str(error), **dict(error.params)) from None
            seq = self._last_recording()["seq"]
            self.store.audit(account.username, CONFIRMED, {"election": self.entries.election.id, "recorded": seq})
        return self.differences_outcome()

    def differences_outcome(self) -> DifferencesOutcome | None:
        """The newest recorded outcome, confirmed when a confirmation names that recording."""
        recorded = self._last_recording()
        if recorded is None:
            return None
        lists = tuple(ExplainedDifference(*item) for item in recorded["details"]["lists"])
        confirmation = audit.last_of(self.store.db, CONFIRMED, election=self.entries.election.id)
        confirmed_by = None
        if confirmation is not None and confirmation["details"].get("recorded") == recorded["seq"]:
            confirmed_by = confirmation["actor"]
        return DifferencesOutcome(lists, recorded["actor"], confirmed_by)

    def _last_recording(self):
        return audit.last_of(self.store.db, DIFFERENCES, election=self.entries.election.id)

    @staticmethod
    def _require_coordinator(account: Account) -> None:
        if not account.is_coordinator:
            raise EntryRefused("auth.not_coordinator", "only a coordinator records the hand count's outcome")

    def _machine_or_zero(self) -> dict[int, int]:
        return {number: 0 for number in self.entries.shape.list_numbers}
