import pytest

from kiosk.store import open_store, resolve_home
from kiosk.store.database import connect
from kiosk.store.home import DATABASE_NAME, default_home


def pragmas(db):
    return {
        name: db.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


def test_every_connection_gets_wal_full_sync_foreign_keys_and_busy_timeout(tmp_path):
    open_store(tmp_path).close()
    for _ in range(2):  # a second, independent connection gets the same settings
        db = connect(tmp_path / DATABASE_NAME)
        assert pragmas(db) == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}
        db.conn.close()


def test_migrations_are_applied_once_and_reopening_keeps_data(tmp_path):
    store = open_store(tmp_path)
    tables = set(store.db.table_names())
    assert {"election", "lists", "candidates", "polling_stations", "accounts", "audit_log"} <= tables
    with store.transaction():
        store.audit("tester", "test.event", {"n": 1})
    store.close()
    again = open_store(tmp_path)
    assert set(again.db.table_names()) == tables
    assert again.db["audit_log"].count == 1
    from kiosk.store.migrations import migrations

    assert again.db["_sqlite_migrations"].count == len(migrations.applied(again.db)) >= 1
    assert migrations.pending(again.db) == []


def test_open_without_create_refuses_a_missing_database(tmp_path):
    with pytest.raises(FileNotFoundError, match="no kiosk database"):
        open_store(tmp_path / "nothing", create=False)
    assert not (tmp_path / "nothing").exists()


def test_foreign_keys_are_enforced(store):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as db:
            db.execute("INSERT INTO candidates (list_number, position, last_name) VALUES (7, 1, 'X')")


def test_a_failed_transaction_leaves_nothing_behind(store):
    before = store.db["audit_log"].count
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.audit("tester", "test.event", {})
            raise RuntimeError("power cut in the middle")
    assert store.db["audit_log"].count == before
    assert not store.db.conn.in_transaction


def test_home_is_option_then_environment_then_per_user_default(monkeypatch, tmp_path):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "env"))
    assert resolve_home(str(tmp_path / "opt")) == tmp_path / "opt"
    assert resolve_home(None) == tmp_path / "env"
    monkeypatch.delenv("KIOSK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_home(None) == tmp_path / "xdg" / "stemkiosk" == default_home()
