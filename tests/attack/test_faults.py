"""Faults of the data directory and of the kiosk: a coded sentence, exit 2 (70 for a bug),
never a traceback, nothing half written."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest

from kiosk.services import auth
from kiosk.services.entry import EntryService
from kiosk.store import faults
from kiosk.store.faults import StoreFault
from tests.support.entry import VERIFIER_1


def sqlite_error(kind: type, message: str, code: int) -> sqlite3.Error:
    error = kind(message)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    "error, code",
    [
        (sqlite_error(sqlite3.OperationalError, "database is locked", 5), "store.busy"),
        (sqlite_error(sqlite3.OperationalError, "database or disk is full", 13), "store.full"),
        (sqlite_error(sqlite3.OperationalError, "attempt to write a readonly database", 8), "store.read_only"),
        (sqlite_error(sqlite3.DatabaseError, "file is not a database", 26), "store.not_a_database"),
        (sqlite_error(sqlite3.DatabaseError, "database disk image is malformed", 11), "store.corrupt"),
        (sqlite3.OperationalError("database or disk is full"), "store.full"),  # without an error code
        (OSError(28, "No space left on device", "/data/pages/x.png"), "store.full"),
        (OSError(30, "Read-only file system", "/data"), "store.read_only"),
    ],
)
def test_storage_errors_are_classified(error, code):
    fault = faults.classify(error)
    assert fault is not None and fault.code == code


def test_a_plain_bug_is_not_a_storage_fault():
    assert faults.classify(ValueError("boom")) is None
    assert faults.classify(sqlite3.ProgrammingError("closed")) is None


def test_a_file_that_is_not_a_database_is_refused_in_words(kiosk_home, kiosk):
    (kiosk_home / "kiosk.db").write_bytes(b"this is a spreadsheet, not a database" * 200)
    code, _, err = kiosk("audit", "verify")
    assert code == 2 and "is geen kioskdatabase" in err and "Traceback" not in err


def test_a_corrupted_page_is_found_when_the_database_is_opened(demo_home, kiosk):
    path = demo_home / "kiosk.db"
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    # A page the election's data lives on (a free page may hold anything: nothing reads it).
    page_number = db.execute(
        "SELECT max(pageno) FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf'"
    ).fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    start = (page_number - 1) * page_size
    data[start + 8 : start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    for command in (("audit", "verify"), ("totals",), ("users", "list")):
        code, _, err = kiosk(*command)
        assert code == 2 and "beschadigd" in err and "kiosk restore" in err and "Traceback" not in err


def test_a_full_disk_during_a_confirmation_writes_nothing_and_says_so(entries, monkeypatch):
    entries.claim(VERIFIER_1, 1, 1)
    before = entries.store.db["station_events"].count
    audit_rows = entries.store.db["audit_log"].count
    real = entries.store.db.conn

    class FullDisk:
        """The connection, except that the commit finds the disk full."""

        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, *args):
            if sql == "COMMIT":
                raise sqlite_error(sqlite3.OperationalError, "database or disk is full", 13)
            return real.execute(sql, *args)

    monkeypatch.setattr(entries.store.db, "conn", FullDisk())
    with pytest.raises(StoreFault) as refused:
        entries.confirm(VERIFIER_1, 1, 1, "A", 812)
    monkeypatch.undo()
    assert refused.value.code == "store.full"
    assert entries.store.db["station_events"].count == before and entries.store.db["audit_log"].count == audit_rows
    assert not real.in_transaction
    entries.confirm(VERIFIER_1, 1, 1, "A", 812)  # once there is room again, the same value goes in


def test_a_busy_database_waits_then_refuses_in_words(store, monkeypatch, tmp_path):
    from kiosk.store import database

    monkeypatch.setattr(database, "BUSY_RETRY_PAUSES", (0.01, 0.02))
    paused = []
    monkeypatch.setattr(database, "time", SimpleNamespace(sleep=paused.append))  # its only use of time
    other = sqlite3.connect(store.home / "kiosk.db", timeout=0)
    other.execute("BEGIN IMMEDIATE")
    store.db.conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(StoreFault) as refused:
        with store.transaction():
            pass
    other.rollback()
    other.close()
    assert refused.value.code == "store.busy"
    assert paused == [0.01, 0.02]  # it waited every pause, then refused (no endless wait)
    with store.transaction():  # free again: works
        pass


def test_an_unexpected_error_is_logged_and_exits_70(demo_home, kiosk, monkeypatch):
    from kiosk.cli import cmd_audit

    monkeypatch.setattr(cmd_audit.audit_log, "head", lambda store: 1 / 0)
    code, out, err = kiosk("audit", "head")
    assert code == 70 and "interne fout" in err and "Traceback" not in err + out
    log = demo_home / "logs" / "errors.log"
    assert "ZeroDivisionError" in log.read_text() and str(log) in err


def test_failed_logins_answer_slower_each_time(store, coordinator, monkeypatch):
    monkeypatch.setattr(auth, "FAILED_LOGIN_DELAYS", (0.5, 1.0, 2.0, 4.0))
    waits = []
    monkeypatch.setattr(auth.time, "sleep", waits.append)
    for _ in range(4):
        with pytest.raises(auth.AuthError):
            auth.login(store, coordinator.username, "not the password at all")
    assert waits == [0.5, 1.0, 2.0, 4.0]


def test_an_unknown_user_name_is_never_written_down(store, coordinator):
    typed = "Geheim-wachtwoord-2026"  # a password typed into the name field
    with pytest.raises(auth.AuthError):
        auth.login(store, typed, "x")
    row = store.db.execute("SELECT actor, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert typed not in row[0] + row[1] and row[0] == auth.UNKNOWN_ACTOR and "name_sha256" in row[1]


# -- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def coordinator(store):
    return auth.add_account(store, "anna", "coordinator", "lang genoeg wachtwoord", None)


@pytest.fixture
def kiosk_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def entries(demo_store):
    return EntryService(demo_store)
