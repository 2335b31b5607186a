"""Backups that never mislead (DESIGN §9): a backup that exists is whole and checked, and a failed one
leaves nothing behind; every refusal has its words."""

from __future__ import annotations

import errno
import os
import shutil
import string
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk import i18n
from kiosk.services import audit_log, backups
from kiosk.store import Store, audit, open_store
from kiosk.store import backup as store_backup
from kiosk.store.database import connect
from tests.attack.backup_support import (
    IMAGE,
    IMAGE_SHA,
    KIOSK,
    corrupt_middle_page,
    files_under,
    kiosk,
    only_backup,
    sha256,
)
from tests.support.refusals import coded_calls

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
