"""Is everything the sheet, the tabulation and the login trust proven by the audit chain?

The chain (``kiosk.store.audit``) proves its own rows. The other tables are either
copies of what chained events carry, or derived from them; this module checks each
against the chain, so editing any of them with an SQLite shell is found:

- ``station_events``: row by row equal to the ``station.*`` audit events (in order);
- ``station_status``: the status and the digest of the definitive results that the
  station's last event recorded in the chain (``deep=True`` also replays every event
  through the domain's state machine);
- ``accounts``: the replay of the account events (role, lock, failures, password hash);
- ``election``, ``lists``, ``candidates``, ``polling_stations``, ``eml_imports``: the
  digest each import event recorded of what it wrote;
- ``hand_counts`` and ``pages``: row by row equal to their audit events;
- the schema (the append-only triggers above all) equal to a freshly migrated one;
- ``PRAGMA integrity_check``.

Each finding is a code with parameters; the words are in ``kiosk/i18n/catalog_integrity.py``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from kiosk.domain.election import Election
from kiosk.domain.shape import ElectionShape
from kiosk.domain.workflow import apply, new_station
from kiosk.store import Store, event_codec
from kiosk.store import audit as chain
from kiosk.store import elections as election_repo
from kiosk.store import integrity as rows
from kiosk.store.audit import Verification, canonical_json

IMPORT_KINDS = ("110a", "230b", "110b")


@dataclass(frozen=True)
class Finding:
    """One thing that does not agree with the chain. ``code`` names the table or check
    (``integrity.<code>`` has its words); ``params`` say where."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return f"{self.code} {json.dumps(self.params, ensure_ascii=False, sort_keys=True, default=str)}"


@dataclass(frozen=True)
class IntegrityReport:
    """The chain's verification and every finding beyond it. ``ok`` only when both are clean;
    ``rows``, ``head_hash``, ``broken_seq`` and ``problem`` read like a chain Verification."""

    chain: Verification
    findings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.findings

    @property
    def rows(self) -> int:
        return self.chain.rows

    @property
    def head_hash(self) -> str:
        return self.chain.head_hash

    @property
    def broken_seq(self) -> int | None:
        return self.chain.broken_seq

    @property
    def problem(self) -> str | None:
        if not self.chain.ok:
            return self.chain.problem
        return self.findings[0].english() if self.findings else None


IMPORT_CONTENT_VERSION = rows.IMPORT_CONTENT_VERSION


def import_digest(db, kind: str, version: int = IMPORT_CONTENT_VERSION) -> str:
    """SHA-256 of what an import of ``kind`` wrote (as the tables hold it now), counted
    as an import event of ``version`` counts it (its ``content_version``; none: 1)."""
    return hashlib.sha256(canonical_json(rows.import_content(db, kind, version))).hexdigest()


def check(store: Store, anchor: tuple[int, str] | None = None, *, deep: bool = False) -> IntegrityReport:
    """The whole check: database file, schema, chain (with ``anchor``), and every table
    against the chain. Reads only; the findings are listed in a fixed order, the first
    one of each kind (a tampered table usually differs in many rows)."""
    # Every table from the same snapshot, however many kiosk processes write meanwhile.
    with store.snapshot() as db:
        return _check(db, anchor, deep)


def _check(db, anchor: tuple[int, str] | None, deep: bool) -> IntegrityReport:
    findings: list[Finding] = []
    damage = rows.integrity_check(db)
    if damage != ["ok"]:
        findings.append(Finding("database", {"detail": "; ".join(damage[:3])}))
        # A damaged file can make every later read fail or lie: stop here.
        return IntegrityReport(
            chain.verify(db, anchor) if rows.audit_log_readable(db) else _unreadable(), tuple(findings)
        )
    stations = StationEventsCheck(db)
    verification = chain.verify(db, anchor, watch=(StationEventsCheck.PREFIX, stations.see))
    findings.extend(_schema(db))
    if verification.ok:
        findings.extend(_election(db))
        findings.extend(_accounts(db))
        findings.extend(stations.finish())
        if deep:
            findings.extend(replay_statuses(db))
        findings.extend(_hand_counts(db))
        findings.extend(_pages(db))
    return IntegrityReport(verification, tuple(findings))


def _unreadable() -> Verification:
    return Verification(False, 0, chain.GENESIS_HASH, None, "the audit log cannot be read", "unreadable")


# -- schema ----------------------------------------------------------------------------


def _schema(db) -> list[Finding]:
    expected = rows.reference_schema()
    actual = rows.schema(db)
    out = []
    for (kind, name), sql in sorted(expected.items()):
        if (kind, name) not in actual:
            out.append(Finding("schema_missing", {"kind": kind, "name": name}))
        elif actual[(kind, name)] != sql:
            out.append(Finding("schema_changed", {"kind": kind, "name": name}))
    for kind, name in sorted(set(actual) - set(expected)):
        out.append(Finding("schema_extra", {"kind": kind, "name": name}))
    return out


# -- the election ----------------------------------------------------------------------


def _election(db) -> list[Finding]:
    events: dict[str, dict[str, Any]] = {}
    for _, _, action, details in rows.audit_rows(db, actions=tuple(f"import.{k}" for k in IMPORT_KINDS)):
        events[action.removeprefix("import.")] = details
    recorded = rows.import_rows(db)
    out = []
    for kind in IMPORT_KINDS:
        # Rows of its own tables only: the election row's columns exist before their import.
        content = rows.import_content(db, kind, version=1)
        event = events.get(kind)
        if event is None:
            if kind in recorded or any(content):
                out.append(Finding("election", {"kind": kind, "what": "no_event"}))
            continue
        if recorded.get(kind) != (event.get("source"), event.get("sha256")):
            out.append(Finding("election", {"kind": kind, "what": "import_record"}))
        if event.get("content_sha256") != import_digest(db, kind, event.get("content_version", 1)):
            out.append(Finding("election", {"kind": kind, "what": "content"}))
    chosen = [details.get("method") for _, _, _, details in rows.audit_rows(db, actions=("election.counting_method",))]
    if election_repo.counting_method(db) != (chosen[-1] if chosen else None):
        out.append(Finding("counting_method", {"what": "content"}))
    return out


# -- accounts --------------------------------------------------------------------------


def expected_accounts(db, username: str | None = None) -> dict[str, dict[str, Any]]:
    """The accounts as the chain says they must be: replay of the account events
    (of ``username`` only, when given)."""
    accounts: dict[str, dict[str, Any]] = {}
    for _, actor, action, details in rows.account_events(db, username):
        if action == "account.add":
            accounts[details["username"]] = {
                "role": details["role"],
                "failures": 0,
                "locked": False,
                "password_sha256": details.get("password_sha256"),
            }
            continue
        name = details["username"] if action == "account.unlock" else actor
        account = accounts.get(name)
        if account is None:
            continue  # e.g. a failed login with an unknown name
        if action == "account.locked":
            account["locked"] = True
        elif action == "account.unlock":
            account["failures"], account["locked"] = 0, False
        elif action == "login":
            account["failures"] = 0
            account["password_sha256"] = details.get("password_sha256", account["password_sha256"])
        elif action == "login.failed" and details.get("reason") == "wrong_password":
            account["failures"] = details["failed_attempts"]
        elif action == "password.change":
            account["password_sha256"] = details.get("password_sha256")
    return accounts


def account_agrees(db, username: str, role: str, password_hash: str) -> bool:
    """Does the account row a login is about to trust (role, password hash) agree with the chain?"""
    want = expected_accounts(db, username).get(username)
    return (
        want is not None
        and want["role"] == role
        and want["password_sha256"] == hashlib.sha256(password_hash.encode("utf-8")).hexdigest()
    )


def _accounts(db) -> list[Finding]:
    expected = expected_accounts(db)
    actual = rows.account_rows(db)
    out = []
    for name in sorted(set(expected) | set(actual)):
        if name not in actual:
            out.append(Finding("accounts", {"username": name, "what": "missing"}))
            continue
        if name not in expected:
            out.append(Finding("accounts", {"username": name, "what": "no_event"}))
            continue
        role, password_hash, failures, locked = actual[name]
        want = expected[name]
        if role != want["role"]:
            out.append(Finding("accounts", {"username": name, "what": "role"}))
        if hashlib.sha256(password_hash.encode("utf-8")).hexdigest() != want["password_sha256"]:
            out.append(Finding("accounts", {"username": name, "what": "password"}))
        if locked != want["locked"] or failures != want["failures"]:
            out.append(Finding("accounts", {"username": name, "what": "lock"}))
    return out


# -- station events and status ---------------------------------------------------------


class StationEventsCheck:
    """The event table row by row against its audit rows, then each station's status row
    against the status (and results digest) its last audited event recorded.

    Fed by the chain's walk (``see`` for every ``station.*`` row, in order), so the log is
    read once for both checks. Compared as text: each audit row's details are the
    canonical JSON ``{"event": <the row's event text>, "results_sha256": …, "station": n,
    "status": …}``; only the first difference is kept (a tampered table differs in many rows)."""

    PREFIX = "station."

    def __init__(self, db) -> None:
        self._db = db
        self._rows = rows.station_event_rows(db)
        self._recorded: dict[int, tuple[str, int, str | None]] = {}  # station -> (status, last event id, digest)
        self._finding: Finding | None = None
        self._tails: dict[str, tuple[int, str, str | None]] = {}  # the part after the event, parsed once

    def see(self, seq: int, actor: str, action: str, details_text: str) -> None:
        if self._finding is not None:
            return
        row = next(self._rows, None)
        if row is None:
            self._finding = Finding(
                "station_events", {"station": _station_of(details_text), "seq": seq, "what": "missing"}
            )
            return
        row_id, station, kind, event_actor, text = row
        # String comparison, not a JSON parse: this runs once per confirmed field. The details
        # must start with exactly the row's event text; what follows repeats from row to row.
        end = len(_EVENT_KEY) + len(text)
        recorded = None
        if (
            details_text.startswith(_EVENT_KEY)
            and details_text.startswith(text, len(_EVENT_KEY))
            and details_text[end : end + 1] == ","
        ):
            tail = details_text[end + 1 :]
            recorded = self._tails.get(tail)
            if recorded is None:
                recorded = _parse_tail(tail)
                if recorded is not None and recorded[2] is None:
                    self._tails[tail] = recorded
        if recorded is None or recorded[0] != station or action != f"station.{kind}" or actor != event_actor:
            self._finding = Finding(
                "station_events", {"station": station, "row": row_id, "seq": seq, "what": "differs"}
            )
            return
        self._recorded[station] = (recorded[1], row_id, recorded[2])

    def finish(self) -> list[Finding]:
        """The findings, once the walk has seen every row of the log."""
        if self._finding is not None:
            return [self._finding]
        extra = next(self._rows, None)
        if extra is not None:
            return [Finding("station_events", {"station": extra[1], "row": extra[0], "what": "no_event"})]
        out = []
        for station, (status, last_id, results_text) in sorted(rows.station_status_rows(self._db).items()):
            if station not in self._recorded:
                out.append(Finding("station_status", {"station": station, "what": "no_events"}))
                continue
            digest = None if results_text is None else hashlib.sha256(results_text.encode("utf-8")).hexdigest()
            if (status, last_id, digest) != self._recorded[station]:
                out.append(Finding("station_status", {"station": station, "what": "differs"}))
        return out


def _station_of(details_text: str) -> Any:
    try:
        return json.loads(details_text).get("station")
    except (TypeError, ValueError, AttributeError):
        return None


_EVENT_KEY = '{"event":'


def _parse_tail(tail: str) -> tuple[int, str, str | None] | None:
    """(station, status, results digest or None) from what follows the event in an audit
    row's details (``"station":n,"status":"s"}``, a digest first when there is one); None
    when it is anything else."""
    try:
        recorded = json.loads("{" + tail)
    except ValueError:
        return None
    if not isinstance(recorded, dict) or set(recorded) - {"results_sha256"} != {"station", "status"}:
        return None
    station, status, digest = recorded["station"], recorded["status"], recorded.get("results_sha256")
    if not isinstance(station, int) or not isinstance(status, str) or not isinstance(digest, (str, type(None))):
        return None
    return station, status, digest


def replay_statuses(db) -> list[Finding]:
    """The slow, deep check: replay every station's events through the domain and compare the
    status table with the result (``kiosk audit verify --deep``). The normal check trusts the
    status each event recorded in the chain when it was written."""
    election: Election | None = election_repo.load_election(db)
    stored = rows.station_status_rows(db)
    if election is None:
        return [Finding("station_status", {"station": s, "what": "no_election"}) for s in sorted(stored)[:1]]
    shape = ElectionShape.from_election(election)
    states: dict[int, Any] = {}
    last_ids: dict[int, int] = {}
    for row_id, station, _, _, text in rows.station_event_rows(db):
        state = states.get(station) or new_station(station, shape)
        try:
            states[station] = apply(state, event_codec.decode(json.loads(text)))
        except Exception:  # noqa: BLE001 - an event the domain refuses is itself the finding
            return [Finding("station_status", {"station": station, "row": row_id, "what": "replay"})]
        last_ids[station] = row_id
    out = []
    for station in sorted(set(states) | set(stored)):
        if station not in states:
            out.append(Finding("station_status", {"station": station, "what": "no_events"}))
            continue
        state = states[station]
        results = state.definitive_results
        want = (
            state.status.value,
            last_ids[station],
            None if results is None else canonical_json(results.to_dict()).decode("utf-8"),
        )
        if stored.get(station, want) != want:
            out.append(Finding("station_status", {"station": station, "what": "differs"}))
    return out


# -- hand counts and pages -------------------------------------------------------------


def _hand_counts(db) -> list[Finding]:
    events = list(rows.audit_rows(db, actions=("handcount.enter",)))
    stored = rows.hand_count_rows(db)
    for index, (slot, account, text) in enumerate(stored):
        if index >= len(events):
            return [Finding("hand_counts", {"row": index + 1, "what": "no_event"})]
        _, actor, _, details = events[index]
        if (slot, account, text) != (details.get("slot"), actor, canonical_json(details.get("totals")).decode("utf-8")):
            return [Finding("hand_counts", {"row": index + 1, "what": "differs"})]
    if len(events) > len(stored):
        return [Finding("hand_counts", {"row": len(stored) + 1, "what": "missing"})]
    return []


def _pages(db) -> list[Finding]:
    events = [
        (d.get("sha256"), d.get("station"), d.get("page")) for *_, d in rows.audit_rows(db, actions=("scan.accepted",))
    ]
    stored = rows.page_rows(db)
    if stored == events:
        return []
    for page_row, event in zip(stored, events, strict=False):  # the longer one is reported below
        if page_row != event:
            return [Finding("pages", {"station": page_row[1], "page": page_row[2], "what": "differs"})]
    if len(stored) > len(events):
        return [
            Finding("pages", {"station": stored[len(events)][1], "page": stored[len(events)][2], "what": "no_event"})
        ]
    return [Finding("pages", {"station": events[len(stored)][1], "page": events[len(stored)][2], "what": "missing"})]
