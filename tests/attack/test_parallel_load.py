"""Election night at its busiest: three verifiers confirming, people logging in, a backup and
an audit verify, all at once in separate processes on one data directory. No process may
see a traceback, and no confirmed value may be lost."""

from __future__ import annotations

import multiprocessing
import traceback
from pathlib import Path

import pytest

from kiosk.demo import setup
from kiosk.domain.fields import field_codes
from kiosk.services import audit_log, auth, backups
from kiosk.services.auth import Account
from kiosk.services.entry import EntryService
from kiosk.store import audit, open_store
from tests.support.entry import paper

WRITERS = (("invoerder1", "verifier", 1), ("invoerder2", "verifier", 2), ("coordinator", "coordinator", 3))


def _writer(home: Path, name: str, role: str, station: int) -> None:
    store = open_store(home)
    entries = EntryService(store)
    account = Account(name, role)
    values = paper(entries, station)
    entries.claim(account, station, 1)
    for code in field_codes(entries.shape):
        entries.confirm(account, station, 1, code, values.get(code))


def _logins(home: Path) -> None:
    from argon2 import PasswordHasher

    # Real Argon2 here: the slow hashing that once ran inside the write lock.
    auth.hasher = PasswordHasher()
    store = open_store(home)
    for round_ in range(8):
        for name in ("invoerder1", "scanner"):
            auth.login(store, name, setup.DEMO_PASSWORD)
        with pytest.raises(auth.AuthError):
            auth.login(store, "scanner", f"wrong password {round_}")
        auth.login(store, "scanner", setup.DEMO_PASSWORD)  # resets the failures before a lock-out


def _backups(home: Path, target: Path) -> None:
    store = open_store(home)
    for _ in range(2):
        backups.make_backup(store, target, actor="coordinator")
        target = target.with_name(target.name + "-next")  # a new folder: same-second names never clash


def _verify(home: Path) -> None:
    store = open_store(home)
    for _ in range(8):  # each one a consistent snapshot while the writers go on
        report = audit_log.verify(store)
        assert report.ok, report.problem


def _run(queue, function, *args) -> None:
    try:
        function(*args)
    except BaseException:  # noqa: BLE001 - the parent asserts on it
        queue.put(traceback.format_exc())
    else:
        queue.put(None)


@pytest.mark.slow  # six processes, real Argon2: about 5 s alone, more beside other tests
def test_writers_logins_backup_and_verify_at_once_lose_nothing(tmp_path):
    home = tmp_path / "home"
    store = open_store(home)
    setup.set_up(store)
    store.close()
    context = multiprocessing.get_context("fork")  # keeps the tests' fast password hashing
    queue = context.Queue()
    jobs = [(_writer, home, *writer) for writer in WRITERS]
    jobs += [(_logins, home), (_backups, home, tmp_path / "usb"), (_verify, home)]
    processes = [context.Process(target=_run, args=(queue, *job)) for job in jobs]
    for process in processes:
        process.start()
    outcomes = [queue.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    assert [o for o in outcomes if o is not None] == []

    store = open_store(home)
    entries = EntryService(store)
    codes = field_codes(entries.shape)
    for name, _, station in WRITERS:
        entry = entries.state(station).first
        values = paper(entries, station)
        assert [c.code for c in entry.confirmations] == list(codes)
        assert all(entry.values[code] == values.get(code) for code in codes)
        assert {c.account for c in entry.confirmations} == {name}
    report = audit_log.verify(store)
    assert report.ok, report.problem
    logins = [r for r in audit.rows(store.db) if r["action"] in ("login", "login.failed")]
    assert (
        sum(r["action"] == "login" for r in logins) == 8 * 3 and sum(r["action"] == "login.failed" for r in logins) == 8
    )
    backed_up = sorted(tmp_path.glob("usb*/kiosk-*.db"))
    assert len(backed_up) == 2
    store.close()
