import io
import sys

import pytest

from kiosk.cli import main
from kiosk.demo import setup
from kiosk.store import open_store


class Kiosk:
    """Runs `kiosk --home HOME ...` in-process with answers on stdin."""

    def __init__(self, home, capsys, monkeypatch):
        self.home = home
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *argv, stdin: str = ""):
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--home", str(self.home), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def kiosk(tmp_path, capsys, monkeypatch):
    return Kiosk(tmp_path / "home", capsys, monkeypatch)


@pytest.fixture
def demo_home(tmp_path):
    """The `kiosk` fixture's home with the demo election set up (accounts, no scans)."""
    store = open_store(tmp_path / "home")
    setup.set_up(store)
    store.close()
    return tmp_path / "home"


@pytest.fixture
def undecided_home(tmp_path):
    """As ``demo_home``, with the counting method not chosen yet."""
    store = open_store(tmp_path / "home")
    setup.set_up(store, counting_method=None)
    store.close()
    return tmp_path / "home"
