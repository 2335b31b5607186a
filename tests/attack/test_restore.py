"""Restores that never mislead (DESIGN §9): never a stale WAL beside the restored file, never recorded
work thrown away without a reason, never a damaged or tampered file restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.services import audit_log, backups
from kiosk.services import restore as restore_service
from kiosk.store import audit, open_store
from tests.attack.backup_support import (
    IMAGE,
    IMAGE_SHA,
    KIOSK,
    audit_rows,
    corrupt_middle_page,
    everything,
    kiosk,
    only_backup,
    restore_as_coordinator,
    sha256,
)

# -- restore ------------------------------------------------------------------------------------

CRASHING_WRITER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from kiosk.services.auth import Account
    from kiosk.domain.fields import field_codes, is_count
    from kiosk.services.entry import EntryService
    from kiosk.store import open_store

    service = EntryService(open_store(Path(sys.argv[1])))
    verifier = Account("invoerder1", "verifier")
    service.claim(verifier, 2, 1)
    # Enough values that the file grows: the WAL then holds page 1 (the header records the size).
    for code in [code for code in field_codes(service.shape) if is_count(code)][:40]:
        service.confirm(verifier, 2, 1, code, 7)
    os._exit(0)  # killed: no close, no checkpoint; the work is in kiosk.db-wal only
    """
)


def crash_while_writing(home: Path) -> None:
    subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(home)],
        check=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(KIOSK.parent)},
    )
    assert (home / "kiosk.db-wal").stat().st_size > 0


def test_restore_after_a_crash_with_a_stale_wal(kiosk_home, tmp_path, monkeypatch, capsys):
    home = kiosk_home.home
    backups.make_backup(kiosk_home, tmp_path / "usb", "coordinator")
    copy = only_backup(tmp_path / "usb")
    kiosk_home.close()
    in_backup = everything(copy)
    crash_while_writing(home)
    with open(home / "kiosk.db", "r+b") as db:  # then the disk damages the database file's first page
        db.write(b"\xff" * 4096)
    # The WAL still holds page 1 and the chain can be read: longer than the backup's, so not without a reason.
    code, _, err = restore_as_coordinator(home, str(copy), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "meer auditregels" in err
    assert (home / "kiosk.db-wal").stat().st_size > 0 and list(home.glob("replaced-*")) == []
    with open(home / "kiosk.db", "r+b") as db:  # the whole file: the chain cannot be read at all (the crash case)
        db.write(b"\xff" * (home / "kiosk.db").stat().st_size)
    damaged_before = (home / "kiosk.db").read_bytes()
    wal_before = (home / "kiosk.db-wal").read_bytes()
    shutil.rmtree(home / "pages")  # and the scans are gone too

    code, out, err = restore_as_coordinator(home, str(copy), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    assert copy.name in out and "1 ontbrekende scanbeelden teruggezet" in out

    # nothing stale beside the restored file; the replaced files are kept as they were
    assert not (home / "kiosk.db-wal").exists() and not (home / "kiosk.db-shm").exists()
    assert [p.name for p in home.iterdir() if p.name.startswith(".")] == []
    (replaced,) = home.glob("replaced-*")
    assert (replaced / "kiosk.db-wal").read_bytes() == wal_before
    assert (replaced / "kiosk.db").read_bytes() == damaged_before
    assert (home / "pages" / IMAGE_SHA[:2] / f"{IMAGE_SHA}.png").read_bytes() == IMAGE

    restored = everything(home / "kiosk.db")
    for table, rows in in_backup.items():
        if table == "audit_log":
            assert restored[table][: len(rows)] == rows
        else:
            assert restored[table] == rows, table
    store = open_store(home, create=False)
    verification = audit_log.verify(store)
    assert verification.ok
    last = audit.rows(store.db, limit=1)[0]
    assert last["action"] == "restore" and last["actor"] == "coordinator"
    assert last["details"]["backup"] == copy.name and last["details"]["sha256"] == sha256(copy)
    assert last["details"]["previous"]["readable"] is False and last["details"]["forced"] is False
    assert last["details"]["replaced"] == replaced.name
    assert f"nieuwe laatste auditregel {last['seq']}, hash: {last['hash']}" in out
    assert verification.head_hash == last["hash"]
    store.close()


def test_restore_over_a_longer_chain_needs_force_and_a_reason(kiosk_home, tmp_path, monkeypatch, capsys):
    home = kiosk_home.home
    backups.make_backup(kiosk_home, tmp_path / "usb", "coordinator")  # the backup event makes the chain longer
    copy = only_backup(tmp_path / "usb")
    head = audit.head(kiosk_home.db)
    kiosk_home.close()
    before = sha256(home / "kiosk.db")

    code, _, err = restore_as_coordinator(home, str(copy), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "meer auditregels" in err and "--force" in err and str(copy) in err
    assert sha256(home / "kiosk.db") == before and list(home.glob("replaced-*")) == []
    assert [p.name for p in home.iterdir() if p.name.startswith(".")] == []

    code, _, err = restore_as_coordinator(home, str(copy), "--force", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "--reason" in err

    code, out, err = restore_as_coordinator(
        home, str(copy), "--force", "--reason", "wrong entries after the backup", monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 0, err
    store = open_store(home, create=False)
    assert audit_log.verify(store).ok
    event = audit.rows(store.db, limit=1)[0]["details"]
    assert event["forced"] is True and event["reason"] == "wrong entries after the backup"
    assert event["previous"] == {"readable": True, "seq": head[0], "hash": head[1]}
    store.close()
    (replaced,) = home.glob("replaced-*")
    assert sha256(replaced / "kiosk.db") == before


def test_restore_of_a_tampered_or_damaged_backup_is_refused(kiosk_home, tmp_path, monkeypatch, capsys):
    home = kiosk_home.home
    backups.make_backup(kiosk_home, tmp_path / "usb", "coordinator")
    copy = only_backup(tmp_path / "usb")
    kiosk_home.close()
    before = sha256(home / "kiosk.db")

    tampered = tmp_path / "tampered.db"
    shutil.copy(copy, tampered)
    with sqlite3.connect(tampered) as db:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET details = json_set(details, '$.role', 'coordinator') WHERE seq = 2")
    db.close()
    code, _, err = restore_as_coordinator(
        home, str(tampered), "--force", "--reason", "x", monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 2 and "auditlog van deze back-up" in err and "rij 2" in err and str(tampered) in err

    damaged = tmp_path / "damaged.db"
    shutil.copy(copy, damaged)
    corrupt_middle_page(damaged)
    code, _, err = restore_as_coordinator(
        home, str(damaged), "--force", "--reason", "x", monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 2 and "beschadigd" in err and str(damaged) in err

    code, _, err = restore_as_coordinator(home, str(tmp_path / "nothing.db"), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and str(tmp_path / "nothing.db") in err

    with pytest.raises(restore_service.RestoreRefused) as refused:
        restore_service.restore(home, home / "kiosk.db", "coordinator", DEMO_PASSWORD)
    assert refused.value.code == "restore.same_file"

    assert sha256(home / "kiosk.db") == before and list(home.glob("replaced-*")) == []
    assert [p.name for p in home.iterdir() if p.name.startswith(".")] == []


def test_restore_checks_a_coordinator_of_the_backup(kiosk_home, tmp_path, monkeypatch, capsys):
    home = kiosk_home.home
    backups.make_backup(kiosk_home, tmp_path / "usb", "coordinator")
    copy = only_backup(tmp_path / "usb")
    kiosk_home.close()
    (home / "kiosk.db").write_bytes(b"not a database any more")  # the current accounts are unreadable
    code, _, err = kiosk(
        home,
        "restore",
        "--from",
        str(copy),
        "--by",
        "coordinator",
        stdin="wrong password!!\n",
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 2 and "onjuist wachtwoord" in err and str(copy) in err
    code, _, err = kiosk(
        home,
        "restore",
        "--from",
        str(copy),
        "--by",
        "invoerder1",
        stdin=f"{DEMO_PASSWORD}\n",
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 2 and "coördinator" in err
    assert (home / "kiosk.db").read_bytes() == b"not a database any more"
    code, _, err = restore_as_coordinator(home, str(copy), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err


def test_restore_of_another_history_is_refused_without_force(demo_store, tmp_path, monkeypatch, capsys):
    home = demo_store.home
    demo_store.close()
    other = open_store(tmp_path / "other")
    from kiosk.demo import setup

    setup.set_up(other)
    backups.make_backup(other, tmp_path / "usb", "coordinator")
    other.close()
    copy = only_backup(tmp_path / "usb")
    # the current chain is shorter than the backup's but is not its beginning: other times, other hashes
    conn = sqlite3.connect(home / "kiosk.db")
    current_rows = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.close()
    assert current_rows <= audit_rows(copy)
    code, _, err = restore_as_coordinator(home, str(copy), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "geen voortzetting" in err
