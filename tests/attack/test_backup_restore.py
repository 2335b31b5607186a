"""Backup and restore that never mislead (DESIGN §9): a backup that exists is whole and checked, a
failed one leaves nothing behind, and a restore never leaves a stale WAL beside the restored file,
never throws recorded work away without a reason, and never restores a damaged or tampered file."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import sqlite3
import string
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk import i18n
from kiosk.cli import main
from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.services import audit_log, backups
from kiosk.services import restore as restore_service
from kiosk.store import Store, audit, open_store
from kiosk.store import backup as store_backup
from kiosk.store import pages as page_files
from kiosk.store.database import connect
from tests.support.entry import make_definitive, paper
from tests.support.refusals import coded_calls

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
IMAGE = b"\x89PNG\r\n\x1a\n" + b"a scanned page" * 50
IMAGE_SHA = hashlib.sha256(IMAGE).hexdigest()


# -- helpers ------------------------------------------------------------------------------------


def kiosk(home: Path, *argv: str, stdin: str = "", monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def restore_as_coordinator(home: Path, backup, *options: str, monkeypatch, capsys) -> tuple[int, str, str]:
    """``kiosk restore --from BACKUP --by coordinator [options]`` with the demo password typed."""
    return kiosk(
        home,
        "restore",
        "--from",
        str(backup),
        "--by",
        "coordinator",
        *options,
        stdin=f"{DEMO_PASSWORD}\n",
        monkeypatch=monkeypatch,
        capsys=capsys,
    )


def everything(path: Path) -> dict[str, list]:
    """Every row of every table of the database file ``path`` (read-only)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def files_under(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*")) if path.exists() else []


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def kiosk_home(demo_store, entries):
    """A kiosk with the demo election, one definitive station and one page image."""
    make_definitive(entries, 1, paper(entries, 1))
    page_files.write_image(demo_store.pages_dir, IMAGE_SHA, ".png", IMAGE)
    return demo_store


def only_backup(target: Path) -> Path:
    copies = list(target.glob("kiosk-*.db"))
    assert len(copies) == 1
    return copies[0]


# -- backup: a backup that exists is checked ----------------------------------------------------


def test_backup_is_named_after_both_checks_and_the_event_matches_the_file(kiosk_home, tmp_path):
    target = tmp_path / "disk" / "backup"
    head_before = audit.head(kiosk_home.db)
    result = backups.make_backup(kiosk_home, target, "coordinator")
    copy = only_backup(target)
    assert result.database == copy and result.integrity == "ok"
    assert files_under(target) == sorted(
        [copy.name, "pages", f"pages/{IMAGE_SHA[:2]}", f"pages/{IMAGE_SHA[:2]}/{IMAGE_SHA}.png"]
    )  # no temporary files
    assert (target / "pages" / IMAGE_SHA[:2] / f"{IMAGE_SHA}.png").read_bytes() == IMAGE
    event = audit.rows(kiosk_home.db, limit=1)[0]
    assert event["action"] == "backup"
    assert event["details"]["file"] == copy.name
    assert event["details"]["sha256"] == sha256(copy) == result.sha256
    assert (event["details"]["audit_seq"], event["details"]["audit_hash"]) == head_before
    (tmp_path / "look").mkdir()
    shutil.copy(copy, tmp_path / "look" / "kiosk.db")
    look = open_store(tmp_path / "look", create=False)
    assert audit_log.verify(look).ok and audit.head(look.db) == head_before
    look.close()


def test_a_second_backup_into_the_same_folder_copies_no_page_twice(kiosk_home, tmp_path):
    first = backups.make_backup(kiosk_home, tmp_path / "b", "coordinator")
    second = backups.make_backup(kiosk_home, tmp_path / "b", "coordinator")
    assert (first.pages_copied, second.pages_copied) == (1, 0) and second.pages_total == 1
    assert first.database != second.database


def full_disk_database_copy(monkeypatch):
    """SQLite's own 'database or disk is full' half-way through the copy (a page limit on the copy)."""
    real = store_backup._sqlite_backup

    def limited(source, destination):
        destination.execute("PRAGMA max_page_count = 3")
        real(source, destination)

    monkeypatch.setattr(store_backup, "_sqlite_backup", limited)


def test_full_disk_during_the_database_copy_leaves_nothing(kiosk_home, tmp_path, monkeypatch):
    full_disk_database_copy(monkeypatch)
    target = tmp_path / "disk" / "backup"
    (tmp_path / "disk").mkdir()
    events = audit.head(kiosk_home.db)
    with pytest.raises(backups.BackupRefused) as refused:
        backups.make_backup(kiosk_home, target, "coordinator")
    assert refused.value.code == "backup.disk_full"
    assert files_under(tmp_path / "disk") == []  # not even the folder it made, let alone a 0-byte kiosk-*.db
    assert audit.head(kiosk_home.db) == events
    assert "schijf is vol" in i18n.refusal_text(refused.value)


def test_full_disk_while_copying_page_images_leaves_nothing(kiosk_home, tmp_path, monkeypatch):
    real_fsync = os.fsync

    def fsync(fd):
        if "/pages/" in os.readlink(f"/proc/self/fd/{fd}") and ".partial" in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "backup"
    target.mkdir()
    with pytest.raises(backups.BackupRefused) as refused:
        backups.make_backup(kiosk_home, target, "coordinator")
    assert refused.value.code == "backup.disk_full" and refused.value.params["path"] == str(target)
    assert files_under(target) == []


def test_full_disk_on_the_command_line_is_exit_2_naming_the_folder(kiosk_home, tmp_path, monkeypatch, capsys):
    full_disk_database_copy(monkeypatch)
    home = kiosk_home.home
    kiosk_home.close()
    code, out, err = kiosk(home, "backup", "--to", str(tmp_path / "full"), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and out == ""
    assert str(tmp_path / "full") in err and "de schijf is vol" in err and "Traceback" not in err
    assert not (tmp_path / "full").exists()


def read_only(monkeypatch, target: Path, error: int = errno.EROFS):
    """Every file created under ``target`` fails as on a read-only (or foreign) disk."""
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if flags & os.O_CREAT and str(path).startswith(str(target)):
            raise OSError(error, os.strerror(error), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)


@pytest.mark.parametrize(
    ("error", "code", "words"),
    [
        (errno.EROFS, "backup.read_only", "alleen-lezen"),
        (errno.EACCES, "backup.not_writable", "geen toestemming"),
    ],
)
def test_read_only_or_forbidden_target_is_a_coded_refusal(
    kiosk_home, tmp_path, monkeypatch, capsys, error, code, words
):
    target = tmp_path / "mounted"
    target.mkdir()
    read_only(monkeypatch, target, error)
    with pytest.raises(backups.BackupRefused) as refused:
        backups.make_backup(kiosk_home, target, "coordinator")
    assert refused.value.code == code
    home = kiosk_home.home
    kiosk_home.close()
    exit_code, _, err = kiosk(home, "backup", "--to", str(target), monkeypatch=monkeypatch, capsys=capsys)
    assert exit_code == 2 and words in err and str(target) in err
    assert files_under(target) == []


def corrupt_middle_page(path: Path) -> None:
    """Overwrite most of one page in the middle of a database file."""
    size = path.stat().st_size
    page_size = 4096
    page = (size // page_size) // 2
    with open(path, "r+b") as db:
        db.seek(page * page_size + 8)
        db.write(b"\xa5" * (page_size - 16))


def test_corrupted_source_database_is_refused_and_leaves_nothing(kiosk_home, tmp_path, monkeypatch, capsys):
    home = kiosk_home.home
    kiosk_home.close()
    damaged = tmp_path / "damaged"
    shutil.copytree(home, damaged)
    corrupt_middle_page(damaged / "kiosk.db")
    store = Store(damaged, connect(damaged / "kiosk.db"))  # opened before the damage (open_store checks)
    with pytest.raises(backups.BackupRefused) as refused:
        backups.make_backup(store, tmp_path / "b", "coordinator")
    store.close()
    assert refused.value.code == "backup.source_corrupt"
    assert refused.value.params["path"] == str(damaged / "kiosk.db")
    assert not (tmp_path / "b").exists()
    code, _, err = kiosk(damaged, "backup", "--to", str(tmp_path / "b"), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "is beschadigd" in err and str(damaged / "kiosk.db") in err
    # a database SQLite cannot even open: the same refusal, not a traceback
    with open(damaged / "kiosk.db", "r+b") as db:
        db.write(b"\0" * 100)
    code, _, err = kiosk(damaged, "backup", "--to", str(tmp_path / "b"), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "is beschadigd" in err and not (tmp_path / "b").exists()


def test_backup_name_that_exists_is_refused_and_not_overwritten(kiosk_home, tmp_path):
    target = tmp_path / "b"
    target.mkdir()
    next_stamp = (kiosk_home.clock.current + timedelta(seconds=1)).strftime("%Y%m%dT%H%M%SZ")  # FakeClock
    existing = target / f"kiosk-{next_stamp}.db"
    existing.write_bytes(b"an earlier backup")
    with pytest.raises(backups.BackupRefused) as refused:
        backups.make_backup(kiosk_home, target, "coordinator")
    assert refused.value.code == "backup.exists" and refused.value.params["path"] == str(existing)
    assert existing.read_bytes() == b"an earlier backup" and files_under(target) == [existing.name]


def test_broken_audit_chain_or_damaged_page_image_is_refused(kiosk_home, tmp_path):
    image = kiosk_home.pages_dir / IMAGE_SHA[:2] / f"{IMAGE_SHA}.png"
    image.write_bytes(IMAGE + b"!")
    with pytest.raises(backups.BackupRefused) as refused:
        backups.make_backup(kiosk_home, tmp_path / "b", "coordinator")
    assert refused.value.code == "backup.page_corrupt" and refused.value.params["path"] == str(image)
    assert not (tmp_path / "b").exists()
    image.write_bytes(IMAGE)
    kiosk_home.db.execute("DROP TRIGGER audit_log_no_update")
    kiosk_home.db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
    with pytest.raises(backups.BackupRefused) as refused:
        backups.make_backup(kiosk_home, tmp_path / "b", "coordinator")
    assert refused.value.code == "backup.audit_broken" and refused.value.params["seq"] == 3
    assert not (tmp_path / "b").exists()


def test_the_backup_screen_shows_a_refusal_in_words(demo_store, tmp_path, monkeypatch):
    from kiosk.tui.screens.backup import BackupScreen
    from tests.tui.admin_support import fill, log_in, message, open_with, tool_app, until
    from tests.tui.conftest import run

    full_disk_database_copy(monkeypatch)
    target = tmp_path / "full-disk"

    async def scenario(pilot):

        await log_in(pilot)
        screen = await open_with(pilot, "f8", BackupScreen)
        await fill(pilot, "#backup-target", str(demo_store.home / "inside"))
        await until(pilot, lambda: not screen.busy and "buiten de gegevensmap" in message(screen))
        await fill(pilot, "#backup-target", str(target))
        await until(pilot, lambda: not screen.busy and "mislukt" in message(screen))
        assert "de schijf is vol" in message(screen) and screen.result is None

    run(tool_app(demo_store), scenario)
    assert not target.exists()


# -- restore ------------------------------------------------------------------------------------

CRASHING_WRITER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from kiosk.services.auth import Account
    from kiosk.domain.fields import field_codes
    from kiosk.services.entry import EntryService
    from kiosk.store import open_store

    service = EntryService(open_store(Path(sys.argv[1])))
    verifier = Account("invoerder1", "verifier")
    service.claim(verifier, 2, 1)
    for code in field_codes(service.shape)[:5]:
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


def audit_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


# -- words --------------------------------------------------------------------------------------

OS_CODES = {
    f"{area}.{kind}": {"path"} | ({"error"} if kind == "failed" else set())
    for area in ("backup", "restore")
    for kind in ("disk_full", "read_only", "not_writable", "failed")
}


def refusal_codes() -> dict[str, list[set[str]]]:
    found = coded_calls(KIOSK, lambda name, code: name in ("BackupRefused", "RestoreRefused"))
    for code, passed in OS_CODES.items():
        found.setdefault(code, []).append(passed)
    return found


def test_every_backup_and_restore_refusal_has_dutch_and_english_words_with_its_parameters():
    codes = refusal_codes()
    assert len(codes) >= 20
    catalogue = i18n.catalogue()
    for code, calls in codes.items():
        texts = catalogue.get(f"refusal.{code}")
        assert texts is not None, code
        for language, text in texts.items():
            needed = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            for passed in calls:
                assert needed <= passed, f"{code} ({language}) needs {needed - passed}"
