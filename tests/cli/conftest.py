import io
import sys

import pytest

from kiosk.cli import main


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
