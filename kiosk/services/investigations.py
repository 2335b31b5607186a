"""Investigations of a station's count by the committee, and the correction rounds they open.

Each step is one audit event (``investigation.opened``, ``.findings``, ``.concluded``) with
the election in its details; the investigations are rebuilt from them by the domain
(``kiosk.domain.investigation.replay``), so the chain proves them by construction. A
conclusion "results corrected" of a definitive station also records the workflow's
``CorrectionOpened`` in the same transaction: the station's next round of two blind entries
begins, and its earlier round stays in the history (``history``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain import investigation as rules
from kiosk.domain.election import Election
from kiosk.domain.form_model import CountingMethod
from kiosk.domain.investigation import Investigation
from kiosk.domain.results import Results, Value
from kiosk.domain.workflow import CorrectionOpened, Status
from kiosk.domain.workflow.roles import Capability
from kiosk.reports.corrigendum import CorrigendumData, render_corrigendum
from kiosk.services.auth import Account, AuthError
from kiosk.services.entry import EntryService, actor_of
from kiosk.store import audit

ACTIONS = (rules.OPENED, rules.FINDINGS, rules.CONCLUDED)


@dataclass(frozen=True)
class RoundView:
    """One round of a station as the history shows it."""

    number: int
    status: str  # the round's status: "definitive" for a closed round
    entered_by: tuple[str, ...]  # who finished its entries
    results: Results | None
    changes: tuple[tuple[str, Value, Value], ...]  # (field, before, after) against the round before
    closed_by: str | None = None
    closed_at: datetime | None = None
    investigation: int | None = None


class InvestigationService:
    """The investigations of one election (``entries``' election)."""

    def __init__(self, entries: EntryService) -> None:
        self.entries = entries
        self.store = entries.store
        self.election_id = entries.election.id

    def all(self) -> dict[int, Investigation]:
        """Number -> investigation, as the audit log records them."""
        records = [
            (row["action"], row["actor"], datetime.fromisoformat(row["at"]), row["details"])
            for row in audit.all_of(self.store.db, *ACTIONS, election=self.election_id)
        ]
        return rules.replay(records)

    def open(self, account: Account, station: int, reason: str, explanation: str = "") -> Investigation:
        self._require_coordinator(account)
        with self.store.transaction():
            details = rules.open_investigation(self.all(), self.entries.station_numbers, station, reason, explanation)
            self.store.audit(account.username, rules.OPENED, {"election": self.election_id, **details})
        return self.all()[details["number"]]

    def add_findings(self, account: Account, number: int, text: str) -> Investigation:
        self._require_coordinator(account)
        with self.store.transaction():
            details = rules.record_findings(self.all(), number, text)
            self.store.audit(account.username, rules.FINDINGS, {"election": self.election_id, **details})
        return self.all()[number]

    def conclude(self, account: Account, number: int, recounted: bool, corrected: bool) -> Investigation:
        """Record the conclusion; "corrected" reopens the definitive station for a new round."""
        self._require_coordinator(account)
        with self.store.transaction():
            existing = self.all()
            station = existing[number].station if number in existing else None
            definitive = station is not None and self.entries.statuses()[station] is Status.DEFINITIVE
            details = rules.conclude(existing, number, recounted, corrected, definitive)
            self.store.audit(account.username, rules.CONCLUDED, {"election": self.election_id, **details})
            if corrected:
                event = CorrectionOpened(actor=actor_of(account), at=self.store.clock(), investigation=number)
                self.entries.record(station, event)
        return self.all()[number]

    def corrigendum(self, number: int) -> bytes:
        """The corrigendum (Na 14-1 or Na 14-2 Bijlage 1) of corrected investigation ``number``, as PDF
        bytes; refused unless it concluded "corrected" and its correction round is definitive."""
        investigation = self.all().get(number)
        if investigation is None:
            raise rules.InvestigationError("investigation.unknown", f"no investigation {number}", number=number)
        if not investigation.corrected:
            raise rules.InvestigationError(
                "investigation.no_correction", f"investigation {number} corrected nothing", number=number
            )
        state = self.entries.state(investigation.station)
        rounds = list(state.rounds)
        closed = next(i for i, r in enumerate(rounds) if r.investigation == number)
        corrected = rounds[closed + 1].results if closed + 1 < len(rounds) else state.definitive_results
        if corrected is None:
            raise rules.InvestigationError(
                "investigation.correction_open",
                f"the corrected results of station {investigation.station} are not definitive yet",
                station=investigation.station,
            )
        _, head = audit.head(self.store.db)
        return render_corrigendum(
            CorrigendumData(
                self.entries.election,
                investigation.station,
                investigation,
                rounds[closed].results,
                corrected,
                self.store.clock(),
                head,
            )
        )

    def require_none_open(self) -> None:
        rules.require_none_open(self.all())

    def history(self, station: int) -> list[RoundView]:
        """Every round of ``station``, oldest first, each with what it changed against the one before."""
        state = self.entries.state(station)
        views: list[RoundView] = []
        before: Results | None = None
        for closed in state.rounds:
            entered = tuple(e.finished_by for e in (closed.first, closed.second) if e is not None and e.finished_by)
            views.append(
                RoundView(
                    closed.number,
                    Status.DEFINITIVE.value,
                    entered,
                    closed.results,
                    _changes(before, closed.results),
                    closed.closed_by,
                    closed.closed_at,
                    closed.investigation,
                )
            )
            before = closed.results
        current = state.definitive_results
        entered = tuple(e.finished_by for e in (state.first, state.second) if e is not None and e.finished_by)
        views.append(RoundView(state.round, state.status.value, entered, current, _changes(before, current)))
        return views

    @staticmethod
    def _require_coordinator(account: Account) -> None:
        if not account.may(Capability.COORDINATE):
            raise AuthError("auth.not_coordinator", name=account.username)


def eml_investigations(election: Election, station_results: Mapping[int, Results], investigations) -> dict:
    """Per station, the 510b's kr:Investigation elements (kiosk.domain.investigation.eml_investigations)."""
    central = election.counting_method is CountingMethod.CSO
    by_station: dict[int, list[Investigation]] = {}
    for investigation in investigations:
        by_station.setdefault(investigation.station, []).append(investigation)
    found = {
        number: rules.eml_investigations(results, by_station.get(number, ()), central)
        for number, results in station_results.items()
    }
    return {number: elements for number, elements in found.items() if elements}


def _changes(before: Results | None, after: Results | None) -> tuple[tuple[str, Value, Value], ...]:
    if before is None or after is None:
        return ()
    old, new = before.to_dict(), after.to_dict()
    return tuple((code, old[code], new[code]) for code in old if old[code] != new.get(code))
