"""A sealed election on disk, and the `kiosk` command run in-process on it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.demo import setup
from kiosk.services.entry import EntryService
from kiosk.store import open_store
from kiosk.store import pages as page_files
from tests.attack.backup_support import IMAGE, IMAGE_SHA
from tests.cli.conftest import Kiosk as CliKiosk
from tests.cli.conftest import demo_home, kiosk  # noqa: F401 - the same fixtures here
from tests.conftest import FakeClock
from tests.support.entry import count_everything, make_definitive, paper


class Kiosk(CliKiosk):
    """`kiosk --home HOME ...` in-process (tests/cli's), and an attacker's SQLite shell."""

    def sql(self, *statements: str) -> None:
        """What an attacker with the file and an SQLite shell does."""
        db = sqlite3.connect(self.home / "kiosk.db")
        for statement in statements:
            db.execute(statement)
        db.commit()
        db.close()


def counted_home(home: Path) -> Path:
    """The demo election with every station definitive and the hand count agreeing."""
    store = open_store(home, clock=FakeClock())
    setup.set_up(store)
    count_everything(EntryService(store))
    store.close()
    return home


@pytest.fixture(scope="session")
def counted_template(tmp_path_factory) -> Path:
    return counted_home(tmp_path_factory.mktemp("counted") / "home")


@pytest.fixture
def counted(tmp_path, counted_template, capsys, monkeypatch) -> Kiosk:
    """A fresh copy of the counted election for each test."""
    home = tmp_path / "home"
    home.mkdir()
    source = sqlite3.connect(counted_template / "kiosk.db")
    target = sqlite3.connect(home / "kiosk.db")
    source.backup(target)
    source.close()
    target.close()
    return Kiosk(home, capsys, monkeypatch)


@pytest.fixture
def kiosk_home(demo_store, entries):
    """A kiosk with the demo election, one definitive station and one page image."""
    make_definitive(entries, 1, paper(entries, 1))
    page_files.write_image(demo_store.pages_dir, IMAGE_SHA, ".png", IMAGE)
    return demo_store
