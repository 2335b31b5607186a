"""Fixtures shared by all tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk import auth, i18n
from kiosk.demo import setup
from kiosk.services.entry import EntryService
from kiosk.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED_EML = REPO.parent / "shared" / "eml"


class FakeClock:
    """A clock that moves one second per reading, so audit times are predictable."""

    def __init__(self, start: datetime = datetime(2026, 3, 18, 21, 0, tzinfo=timezone.utc)):
        self.current = start

    def __call__(self) -> datetime:
        self.current += timedelta(seconds=1)
        return self.current


@pytest.fixture(autouse=True)
def dutch():
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """Argon2id with tiny parameters: the real cost belongs to production, not to tests."""
    monkeypatch.setattr(auth, "hasher", PasswordHasher(time_cost=1, memory_cost=256, parallelism=1))


@pytest.fixture(autouse=True)
def no_failed_login_delay(monkeypatch):
    """The growing wait after a failed login is tested on its own (tests/attack); elsewhere it only slows."""
    monkeypatch.setattr(auth, "FAILED_LOGIN_DELAYS", (0.0,))


@pytest.fixture(autouse=True)
def faults_fail_tests(monkeypatch):
    """The kiosk shows a fault screen for any error; in tests an error must fail the test
    (tests/attack turns the screen back on where the screen is the subject)."""
    from kiosk.tui.app import KioskApp

    monkeypatch.setattr(KioskApp, "SHOW_FAULTS", False)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path / "home", clock=FakeClock())
    yield opened
    opened.close()


@pytest.fixture
def shared_eml() -> Path:
    if not SHARED_EML.is_dir():
        pytest.skip(f"{SHARED_EML} is absent (the shared/ folder sits beside the repository)")
    return SHARED_EML


@pytest.fixture
def demo_store(store):
    """A store with the demo election imported and the demo accounts."""
    setup.set_up(store)
    return store


@pytest.fixture
def entries(demo_store):
    return EntryService(demo_store)
