"""What the backup and restore attack tests share: the command line, the kiosk they back up, and
ways to look into a database file."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import sys
from pathlib import Path

from kiosk.cli import main
from kiosk.demo.setup import DEMO_PASSWORD

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


def only_backup(target: Path) -> Path:
    copies = list(target.glob("kiosk-*.db"))
    assert len(copies) == 1
    return copies[0]


def audit_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def corrupt_middle_page(path: Path) -> None:
    """Overwrite most of one page in the middle of a database file."""
    size = path.stat().st_size
    page_size = 4096
    page = (size // page_size) // 2
    with open(path, "r+b") as db:
        db.seek(page * page_size + 8)
        db.write(b"\xa5" * (page_size - 16))
