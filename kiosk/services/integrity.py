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


def import_digest(db, election_id: str, kind: str, version: int = IMPORT_CONTENT_VERSION) -> str:
    """SHA-256 of what an import of ``kind`` wrote for the election (as the tables hold it
    now), counted as an import event of ``version`` counts it (its ``content_version``; none: 1)."""
    return hashlib.sha256(canonical_json(rows.import_content(db, election_id, kind, version))).hexdigest()


def election_of(details: dict[str, Any], first_election: str | None) -> str | None:
    """The election an audit event is about. Events from before several elections could
    share a store (migration m011) name none: they are about the first (then only) one."""
    return details.get("election") or details.get("election_id") or first_election


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
    """Each election's rows against its import events and its counting-method choice."""
    ids = election_repo.election_ids(db)
    first = ids[0] if ids else None
    events: dict[tuple[str | None, str], dict[str, Any]] = {}
    for _, _, action, details in rows.audit_rows(db, actions=tuple(f"import.{k}" for k in IMPORT_KINDS)):
        events[(election_of(details, first), action.removeprefix("import."))] = details
    chosen: dict[str | None, str] = {}
    for _, _, _, details in rows.audit_rows(db, actions=("election.counting_method",)):
        chosen[election_of(details, first)] = details.get("method")
    out = []
    for election_id in [*ids, *sorted({e for e, _ in events if e not in ids}, key=str)]:
        recorded = rows.import_rows(db, election_id)
        for kind in IMPORT_KINDS:
            # Rows of its own tables only: the election row's columns exist before their import.
            content = rows.import_content(db, election_id, kind, version=1)
            event = events.get((election_id, kind))
            if event is None:
                if kind in recorded or any(content):
                    out.append(Finding("election", {"kind": kind, "what": "no_event"}))
                continue
            if recorded.get(kind) != (event.get("source"), event.get("sha256")):
                out.append(Finding("election", {"kind": kind, "what": "import_record"}))
            if event.get("content_sha256") != import_digest(db, election_id, kind, event.get("content_version", 1)):
                out.append(Finding("election", {"kind": kind, "what": "content"}))
        if election_repo.counting_method(db, election_id) != chosen.get(election_id):
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
    canonical JSON ``{"election": id, "event": <the row's event text>, "results_sha256": …,
    "station": n, "status": …}`` (events from before migration m011 lack the election and
    belong to the first election); only the first difference is kept (a tampered table
    differs in many rows)."""

    PREFIX = "station."

    def __init__(self, db) -> None:
        self._db = db
        self._rows = rows.station_event_rows(db)
        ids = election_repo.election_ids(db)
        self._first_election = ids[0] if ids else None
        self._prefixes: dict[str, str] = {}  # election id -> the details' text up to the event
        # (election, station) -> (status, last event id, digest)
        self._recorded: dict[tuple[str, int], tuple[str, int, str | None]] = {}
        self._finding: Finding | None = None
        self._tails: dict[str, tuple[int, str, str | None]] = {}  # the part after the event, parsed once

    def _prefix(self, details_text: str, election_id: str) -> str | None:
        """What the details must start with, up to the event text: the election's key, or
        (before m011) none for the first election."""
        prefix = self._prefixes.get(election_id)
        if prefix is None:
            prefix = '{"election":' + canonical_json(election_id).decode("utf-8") + ',"event":'
            self._prefixes[election_id] = prefix
        if details_text.startswith(prefix):
            return prefix
        if election_id == self._first_election and details_text.startswith(_EVENT_KEY):
            return _EVENT_KEY
        return None

    def see(self, seq: int, actor: str, action: str, details_text: str) -> None:
        if self._finding is not None:
            return
        row = next(self._rows, None)
        if row is None:
            self._finding = Finding(
                "station_events", {"station": _station_of(details_text), "seq": seq, "what": "missing"}
            )
            return
        row_id, election_id, station, kind, event_actor, text = row
        # String comparison, not a JSON parse: this runs once per confirmed field. The details
        # must start with exactly the row's event text; what follows repeats from row to row.
        prefix = self._prefix(details_text, election_id)
        end = len(prefix or "") + len(text)
        recorded = None
        if prefix is not None and details_text.startswith(text, len(prefix)) and details_text[end : end + 1] == ",":
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
        self._recorded[(election_id, station)] = (recorded[1], row_id, recorded[2])

    def finish(self) -> list[Finding]:
        """The findings, once the walk has seen every row of the log."""
        if self._finding is not None:
            return [self._finding]
        extra = next(self._rows, None)
        if extra is not None:
            return [Finding("station_events", {"station": extra[2], "row": extra[0], "what": "no_event"})]
        out = []
        for key, (status, last_id, results_text) in sorted(rows.station_status_rows(self._db).items()):
            station = key[1]
            if key not in self._recorded:
                out.append(Finding("station_status", {"station": station, "what": "no_events"}))
                continue
            digest = None if results_text is None else hashlib.sha256(results_text.encode("utf-8")).hexdigest()
            if (status, last_id, digest) != self._recorded[key]:
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
    shapes: dict[str, ElectionShape] = {}
    for election_id in election_repo.election_ids(db):
        election: Election = election_repo.load_election(db, election_id)
        shapes[election_id] = ElectionShape.from_election(election)
    stored = rows.station_status_rows(db)
    states: dict[tuple[str, int], Any] = {}
    last_ids: dict[tuple[str, int], int] = {}
    for row_id, election_id, station, _, _, text in rows.station_event_rows(db):
        key = (election_id, station)
        if election_id not in shapes:
            return [Finding("station_status", {"station": station, "what": "no_election"})]
        state = states.get(key) or new_station(station, shapes[election_id])
        try:
            states[key] = apply(state, event_codec.decode(json.loads(text)))
        except Exception:  # noqa: BLE001 - an event the domain refuses is itself the finding
            return [Finding("station_status", {"station": station, "row": row_id, "what": "replay"})]
        last_ids[key] = row_id
    out = []
    for key in sorted(set(states) | set(stored)):
        station = key[1]
        if key not in states:
            out.append(Finding("station_status", {"station": station, "what": "no_events"}))
            continue
        state = states[key]
        results = state.definitive_results
        want = (
            state.status.value,
            last_ids[key],
            None if results is None else canonical_json(results.to_dict()).decode("utf-8"),
        )
        if stored.get(key, want) != want:
            out.append(Finding("station_status", {"station": station, "what": "differs"}))
    return out


# -- hand counts and pages -------------------------------------------------------------


def _by_election(db, action: str) -> dict[str | None, list[tuple[int, str, str, dict[str, Any]]]]:
    """The audit rows of ``action``, per election they are about, in chain order."""
    ids = election_repo.election_ids(db)
    first = ids[0] if ids else None
    found: dict[str | None, list] = {election_id: [] for election_id in ids}
    for row in rows.audit_rows(db, actions=(action,)):
        found.setdefault(election_of(row[3], first), []).append(row)
    return found


def _hand_counts(db) -> list[Finding]:
    for election_id, events in _by_election(db, "handcount.enter").items():
        findings = _hand_counts_of(db, election_id, events)
        if findings:
            return findings
    return []


def _hand_counts_of(db, election_id: str | None, events: list) -> list[Finding]:
    stored = rows.hand_count_rows(db, election_id) if election_id is not None else []
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
    for election_id, rows_of in _by_election(db, "scan.accepted").items():
        events = [(d.get("sha256"), d.get("station"), d.get("page")) for *_, d in rows_of]
        findings = _pages_of(rows.page_rows(db, election_id) if election_id is not None else [], events)
        if findings:
            return findings
    return []


def _pages_of(stored: list, events: list) -> list[Finding]:
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
