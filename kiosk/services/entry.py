"""The entry workflow of the polling stations, persisted one event at a time.

Each action (scan attached, claim, one confirmed field, an acknowledgement, a
finish, a resolution) is checked by the domain's state machine and, only if
accepted, stored with its audit event in one transaction: a confirmed value is
on disk the moment ``confirm`` returns. A refused action writes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from kiosk.domain.election import Election
from kiosk.domain.errors import DomainError, Refusal
from kiosk.domain.fields import is_count
from kiosk.domain.results import Results, Value, check_value
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation.messages import Message
from kiosk.domain.workflow import (
    Actor,
    ClaimReleased,
    Consequence,
    CoordinatorView,
    DifferencesResolved,
    EntryClaimed,
    EntryFinished,
    EntryView,
    ErrorResolution,
    ErrorSent,
    ErrorsResolved,
    FieldConfirmed,
    Resolution,
    Role,
    ScanAttached,
    StationState,
    Status,
    WarningAcknowledged,
    apply,
    consequence,
    coordinator_view,
    entry_view,
    new_station,
)
from kiosk.services.auth import Account
from kiosk.store import Store, station_events
from kiosk.store import elections as election_repo
from kiosk.store import pages as page_repo


class EntryRefused(Refusal):
    """An action the kiosk does not allow; nothing was written: ``EntryRefused(code, "English", **params)``."""


def actor_of(account: Account) -> Actor:
    return Actor(account.username, Role(account.role))


def parse_typed(code: str, text: str) -> Value:
    """What a person typed for a field, as a value; empty text is an empty box.

    Counts: digits only (spaces ignored, no signs, separators or decimals);
    tick boxes: j/ja/x/1 or n/nee/0."""
    cleaned = text.strip().replace(" ", "")
    if cleaned == "":
        return None
    if not is_count(code):
        lowered = cleaned.lower()
        if lowered in ("j", "ja", "x", "1", "true", "y", "yes"):
            return True
        if lowered in ("n", "nee", "0", "false", "no"):
            return False
        raise EntryRefused(
            "not_a_tick", f"{code}: '{text}' is not a tick (j = ticked, n = not ticked)", field=code, text=text
        )
    if not cleaned.isascii() or not cleaned.isdigit():
        raise EntryRefused(
            "not_a_number",
            f"{code}: '{text}' is not a whole number; copy the digits from the paper",
            field=code,
            text=text,
        )
    try:
        return check_value(code, int(cleaned))
    except DomainError as error:
        raise EntryRefused(error.code, f"{code}: {error}", **dict(error.params)) from None


def chosen_election(store: Store, election_id: str | None = None) -> Election:
    """The election ``election_id``, or without it the only one imported; EntryRefused
    ``no_election`` before any import, ``unknown_election`` for an id not imported, and
    ``choose_election`` when several are imported and none was named."""
    if election_id is not None:
        election = election_repo.load_election(store.db, election_id)
        if election is None:
            known = ", ".join(election_repo.election_ids(store.db)) or "-"
            raise EntryRefused(
                "unknown_election", f"election {election_id} is not imported", election=election_id, known=known
            )
        return election
    ids = election_repo.election_ids(store.db)
    if not ids:
        raise EntryRefused("no_election", "no election has been imported yet")
    if len(ids) > 1:
        known = ", ".join(ids)
        raise EntryRefused("choose_election", f"several elections are imported ({known}); name one", known=known)
    return election_repo.load_election(store.db, ids[0])


@dataclass(frozen=True)
class MissingPages:
    """A station whose form is partly scanned: how many pages are in, of how many, and which are not."""

    present: int
    total: int
    missing: tuple[int, ...]

    def ranges(self) -> str:
        """The missing page numbers, runs joined with a dash: "3, 7–10"."""
        runs: list[list[int]] = []
        for page in self.missing:
            if runs and page == runs[-1][-1] + 1:
                runs[-1].append(page)
            else:
                runs.append([page])
        return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


class EntryService:
    """All stations of the election in one store. States are cached per station
    and refreshed from the event log whenever another process wrote to it."""

    def __init__(self, store: Store, election_id: str | None = None, *, network_guard: Any = None):
        """The entries of election ``election_id``; without it, of the only election in the store."""
        self.store = store
        self.network_guard = network_guard  # a kiosk.services.network.NetworkGuard: no entry while networked
        self.election: Election = chosen_election(store, election_id)
        self.shape = ElectionShape.from_election(self.election)
        self.station_numbers = tuple(s.number for s in self.election.stations)
        self._cache: dict[int, tuple[int, StationState]] = {}
        self._heal_statuses()

    # -- reading -------------------------------------------------------------

    def state(self, station: int) -> StationState:
        self._require_station(station)
        last_seen, state = self._cache.get(station, (0, new_station(station, self.shape)))
        for row_id, event in station_events.events(self.store.db, self.election.id, station, after_id=last_seen):
            state = apply(state, event)
            last_seen = row_id
        self._cache[station] = (last_seen, state)
        return state

    def states(self) -> dict[int, StationState]:
        """Every station's full state: replays events; prefer ``statuses`` where it will do."""
        return {number: self.state(number) for number in self.station_numbers}

    def statuses(self) -> dict[int, Status]:
        """Every station's status, from the status table (no replay)."""
        self._heal_statuses()
        stored = station_events.statuses(self.store.db, self.election.id)
        return {n: Status(stored[n][0]) if n in stored else Status.EMPTY for n in self.station_numbers}

    def definitive_results(self) -> dict[int, Results]:
        """Station -> its definitive results, for the definitive stations only (no replay)."""
        self._heal_statuses()
        return {
            station: Results.from_mapping(self.shape, results)
            for station, (_, _, results) in station_events.statuses(self.store.db, self.election.id).items()
            if results is not None
        }

    def entry_view(self, account: Account, station: int, entry: int) -> EntryView:
        return self._domain(lambda: entry_view(self.state(station), entry, actor_of(account)))

    def coordinator_view(self, account: Account, station: int) -> CoordinatorView:
        return self._domain(lambda: coordinator_view(self.state(station), actor_of(account)))

    def resolution_consequence(
        self, account: Account, station: int, choice: Resolution | ErrorResolution
    ) -> Consequence:
        """What ``choice`` would do to ``station`` (who must do what next, how many fields),
        for the coordinator to read before deciding. Decides nothing."""
        view = self.coordinator_view(account, station)
        try:
            return consequence(view, choice)
        except ValueError as error:
            raise EntryRefused("workflow.wrong_state", str(error), status=view.status.value, action="resolve") from None

    def incomplete_scans(self) -> dict[int, MissingPages]:
        """Stations with some pages scanned but not all. Until the first entry starts the missing pages
        can still be scanned (their fields then get proposals)."""
        out = {}
        for station, (pages, total) in page_repo.scanned_pages(self.store.db, self.election.id).items():
            missing = tuple(p for p in range(1, total + 1) if p not in pages)
            if missing:
                out[station] = MissingPages(total - len(missing), total, missing)
        return out

    # -- actions -------------------------------------------------------------

    def attach_scan(
        self,
        account: Account,
        station: int,
        pages: tuple[str, ...],
        proposals: dict[str, Value],
        *,
        transfer: bool = False,
    ) -> StationState:
        """``transfer``: the pages are another kiosk's transfer pages of the station (re-entry)."""
        return self.record(
            station,
            ScanAttached(
                actor=actor_of(account),
                at=self.store.clock(),
                pages=pages,
                proposals=ScanAttached.proposing(proposals),
                transfer=transfer,
            ),
        )

    def claim(self, account: Account, station: int, entry: int) -> StationState:
        self._require_offline("claim")
        return self.record(station, EntryClaimed(actor=actor_of(account), at=self.store.clock(), entry=entry))

    def release(self, account: Account, station: int, entry: int) -> StationState:
        return self.record(station, ClaimReleased(actor=actor_of(account), at=self.store.clock(), entry=entry))

    def confirm(self, account: Account, station: int, entry: int, code: str, value: Value) -> StationState:
        self._require_offline("confirm")
        return self.record(
            station, FieldConfirmed(actor=actor_of(account), at=self.store.clock(), entry=entry, code=code, value=value)
        )

    def acknowledge(self, account: Account, station: int, entry: int, message: Message) -> StationState:
        self._require_offline("acknowledge")
        event_type = ErrorSent if message.is_error else WarningAcknowledged
        return self.record(
            station, event_type(actor=actor_of(account), at=self.store.clock(), entry=entry, message=message)
        )

    def finish(self, account: Account, station: int, entry: int) -> StationState:
        self._require_offline("finish")
        return self.record(station, EntryFinished(actor=actor_of(account), at=self.store.clock(), entry=entry))

    def resolve_differences(self, account: Account, station: int, resolution: Resolution | str) -> StationState:
        self._require_offline("resolve_differences")
        return self.record(
            station,
            DifferencesResolved(actor=actor_of(account), at=self.store.clock(), resolution=Resolution(resolution)),
        )

    def resolve_errors(self, account: Account, station: int, resolution: ErrorResolution | str) -> StationState:
        self._require_offline("resolve_errors")
        return self.record(
            station,
            ErrorsResolved(actor=actor_of(account), at=self.store.clock(), resolution=ErrorResolution(resolution)),
        )

    def record(self, station: int, event: Any) -> StationState:
        """Check ``event`` against the current state and store it with its audit row."""
        self._require_station(station)
        nested = self.store.db.conn.in_transaction  # the caller's transaction may still roll back
        with self.store.transaction() as db:
            current = self.state(station)  # inside the write lock: nobody else can append now
            new_state = self._domain(lambda: apply(current, event))
            row_id, encoded = station_events.append(db, self.election.id, station, event)
            results_text = self._save_status(station, row_id, new_state)
            # The whole event as stored, and the status it led to: `kiosk audit verify` proves the
            # event table and the status table (definitive results included) from these rows.
            details = {
                "election": self.election.id,
                "station": station,
                "event": encoded,
                "status": new_state.status.value,
            }
            if results_text is not None:
                details["results_sha256"] = hashlib.sha256(results_text.encode("utf-8")).hexdigest()
            self.store.audit(event.actor.account, f"station.{encoded['type']}", details)
        if nested:
            self._cache.pop(station, None)
        else:
            self._cache[station] = (row_id, new_state)
        return new_state

    # -- helpers -------------------------------------------------------------

    def _save_status(self, station: int, last_event_id: int, state: StationState) -> str | None:
        """Write the station's status row; returns the definitive results as stored (text), if any."""
        results = state.definitive_results
        return station_events.save_status(
            self.store.db,
            self.election.id,
            station,
            state.status.value,
            last_event_id,
            None if results is None else results.to_dict(),
        )

    def _heal_statuses(self) -> None:
        """Rebuild status rows that lag the event log (e.g. written before the table existed)."""
        stored = station_events.statuses(self.store.db, self.election.id)
        lagging = [
            n
            for n, last in station_events.last_ids(self.store.db, self.election.id).items()
            if stored.get(n, (None, 0))[1] != last
        ]
        for station in lagging:
            with self.store.transaction():
                state = self.state(station)
                self._save_status(station, self._cache[station][0], state)

    def _require_offline(self, action: str) -> None:
        if self.network_guard is not None:
            self.network_guard.require_offline(action)

    def _require_station(self, station: int) -> None:
        if station not in self.station_numbers:
            raise EntryRefused("unknown_station", f"station {station} is not a polling station of this election")

    @staticmethod
    def _domain(action):
        try:
            return action()
        except DomainError as error:
            raise EntryRefused(error.code, str(error), **dict(error.params)) from None
