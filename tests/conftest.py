"""Fixtures shared by all tests, and the order they run in.

The suite is hermetic: nothing is downloaded while it runs. The MNIST digits of the synthetic scans
are put in the cache at install time (`bash deploy/dev.sh install` runs `python -m ocr.training.mnist
fetch`); a test that needs them and finds no cache fails, saying what to run (`mnist_digits`). Tests
run in parallel workers (`bash deploy/dev.sh test` passes `-n`): each works in its own tmp_path, and no
test reads or writes the user's real data directory (`no_real_data_directory`).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk import i18n
from kiosk.demo import setup
from kiosk.services import auth
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


def pytest_collection_modifyitems(config, items):
    """Tests marked `slow` go first (otherwise in the collected order): with parallel workers, a
    minute-long test started last would leave the other workers idle while it runs."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True, scope="session")
def no_real_data_directory(tmp_path_factory):
    """$KIOSK_HOME unset and $XDG_DATA_HOME in a temporary folder: a command run without --home
    lands there, never in the developer's ~/.local/share/stemkiosk."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("KIOSK_HOME", raising=False)
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
        yield


@pytest.fixture(scope="session")
def mnist_digits():
    """The synthetic scans' MNIST handwriting (`ocr.synth.MnistDigits`) from the cache that
    `bash deploy/dev.sh install` fills. Never fetched here: without the cache (or with a damaged
    one) the tests that need it fail and say what to run."""
    from ocr.synth.digits import MnistDigits
    from ocr.synth.mnist_data import MnistCorrupt, MnistMissing

    try:
        return MnistDigits()
    except (MnistMissing, MnistCorrupt) as error:
        problem = str(error)
    pytest.fail(
        f"this test needs the MNIST digits, fetched at install time and never by a test: {problem}", pytrace=False
    )


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
    """A store with the demo election imported, the demo accounts, and counting method DSO."""
    setup.set_up(store)
    return store


@pytest.fixture
def undecided_store(store):
    """The demo election and accounts, its counting method not chosen yet."""
    setup.set_up(store, counting_method=None)
    return store


@pytest.fixture
def entries(demo_store):
    return EntryService(demo_store)
