import sqlite3

import pytest

from kiosk.store import audit


def fill(store, n=5):
    for i in range(n):
        with store.transaction():
            store.audit(f"user{i % 2}", "test.event", {"i": i, "text": "é ü"})


def drop_triggers(store):
    for name in ("audit_log_no_update", "audit_log_no_delete", "audit_log_chain"):
        store.db.execute(f"DROP TRIGGER {name}")


def test_an_untouched_chain_verifies_and_reports_its_head(store):
    fill(store)
    result = audit.verify(store.db)
    assert result.ok and result.rows == 5
    assert result.head_hash == audit.head(store.db)[1]
    assert len(result.head_hash) == 64


def test_an_empty_log_verifies_with_the_genesis_hash(store):
    result = audit.verify(store.db)
    assert result.ok and result.rows == 0 and result.head_hash == audit.GENESIS_HASH


def test_hash_is_sha256_of_previous_hash_and_canonical_event(store):
    fill(store, 2)
    first, second = store.db.execute(
        "SELECT seq, at, actor, action, details, prev_hash, hash FROM audit_log ORDER BY seq"
    ).fetchall()
    import hashlib
    import json

    event = {"seq": 2, "at": second[1], "actor": second[2], "action": second[3], "details": json.loads(second[4])}
    canonical = json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert second[5] == first[6]
    assert second[6] == hashlib.sha256(first[6].encode() + canonical).hexdigest()


def test_triggers_refuse_update_and_delete(store):
    fill(store, 2)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("DELETE FROM audit_log WHERE seq = 2")
    assert audit.verify(store.db).ok


def test_trigger_refuses_a_row_that_does_not_continue_the_chain(store):
    fill(store, 1)
    with pytest.raises(sqlite3.IntegrityError, match="continue the chain"):
        store.db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (2, 'x', 'x', 'x', '{}', ?, ?)",
            ["0" * 64, "1" * 64],
        )


def test_append_outside_a_transaction_is_refused(store):
    with pytest.raises(RuntimeError, match="inside the transaction"):
        audit.append(store.db, "2026-03-18T21:00:00+00:00", "x", "x", {})


@pytest.mark.parametrize(
    "tamper, broken_seq",
    [
        ('UPDATE audit_log SET details = \'{"i":99,"text":"é ü"}\' WHERE seq = 3', 3),
        ("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", 2),
        ("UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 4", 4),
        ("DELETE FROM audit_log WHERE seq = 3", 4),
        ('UPDATE audit_log SET details = \'{"text": "é ü", "i": 2}\' WHERE seq = 3', 3),
    ],
    ids=["edit-details", "edit-actor", "edit-time", "delete-middle-row", "non-canonical-json"],
)
def test_tampering_with_triggers_dropped_is_detected(store, tamper, broken_seq):
    fill(store)
    drop_triggers(store)
    store.db.execute(tamper)
    result = audit.verify(store.db)
    assert not result.ok
    assert result.broken_seq == broken_seq


def test_reordering_rows_is_detected(store):
    fill(store)
    drop_triggers(store)
    # Swap the contents of rows 2 and 3, hashes included, as an attacker reordering events would.
    row2 = store.db.execute(
        "SELECT at, actor, action, details, prev_hash, hash FROM audit_log WHERE seq = 2"
    ).fetchone()
    row3 = store.db.execute(
        "SELECT at, actor, action, details, prev_hash, hash FROM audit_log WHERE seq = 3"
    ).fetchone()
    store.db.execute("DELETE FROM audit_log WHERE seq IN (2, 3)")
    for seq, row in ((2, row3), (3, row2)):
        store.db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [seq, *row],
        )
    result = audit.verify(store.db)
    assert not result.ok and result.broken_seq == 2


def test_a_forged_row_with_a_recomputed_hash_breaks_the_rows_after_it(store):
    fill(store)
    drop_triggers(store)
    prev = store.db.execute("SELECT hash FROM audit_log WHERE seq = 2").fetchone()[0]
    at, actor, action = "2026-03-18T21:00:03+00:00", "mallory", "test.event"
    details = {"i": 2, "text": "forged"}
    forged = audit.event_hash(prev, {"seq": 3, "at": at, "actor": actor, "action": action, "details": details})
    store.db.execute(
        "UPDATE audit_log SET at=?, actor=?, details=?, hash=? WHERE seq=3",
        [at, actor, audit.canonical_json(details).decode(), forged],
    )
    result = audit.verify(store.db)
    assert not result.ok and result.broken_seq == 4


def test_the_lean_audit_log_migration_keeps_every_row_and_the_chain(tmp_path):
    """m008 rebuilds audit_log (no UNIQUE on hash, a partial index on action): a log written
    under the old schema keeps every row byte for byte, verifies, and stays append-only."""
    import sqlite_utils

    from kiosk.store.migrations import migrate, migrations

    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "old.db", isolation_level=None))
    migrations.apply(db, stop_before="m008_audit_log_lean")
    assert "UNIQUE" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
    with db.conn:
        db.execute("BEGIN")
        for n in range(30):
            audit.append(
                db,
                f"2026-03-18T21:{n:02d}:00+00:00",
                "coordinator",
                "station.FieldConfirmed" if n % 3 else "login",
                {"n": n, "naam": "ë"},
            )
    before = db.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()

    migrate(db)
    assert db.execute("SELECT * FROM audit_log ORDER BY seq").fetchall() == before
    assert audit.verify(db).ok and audit.verify(db).rows == 30
    assert "UNIQUE" not in db.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
    assert audit.last_of(db, "login")["seq"] == 28
    for statement in ("UPDATE audit_log SET actor = 'x' WHERE seq = 1", "DELETE FROM audit_log WHERE seq = 30"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(statement)
    with pytest.raises(sqlite3.IntegrityError, match="continue the chain"):
        db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash)"
            " VALUES (31, 'x', 'x', 'x', '{}', ?, ?)",
            ["0" * 64, "1" * 64],
        )


def test_station_events_cannot_be_looked_up_by_action():
    """The index on action leaves the station events out: asking for them by action would read
    the whole log, so it is refused instead of slow."""
    with pytest.raises(ValueError, match="station events"):
        audit.last_of(None, "station.FieldConfirmed")
