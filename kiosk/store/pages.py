"""Scanned page images (content-addressed files) and their rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.store.audit import canonical_json
from kiosk.store.files import write_durably


def image_path(pages_dir: Path, sha256: str, suffix: str) -> Path:
    return pages_dir / sha256[:2] / f"{sha256}{suffix}"


def write_image(pages_dir: Path, sha256: str, suffix: str, data: bytes) -> Path:
    """Write the image durably (fsync) before its row is committed; idempotent."""
    path = image_path(pages_dir, sha256, suffix)
    if path.exists():
        return path
    return write_durably(path, data)


def remove_image(pages_dir: Path, sha256: str, suffix: str) -> None:
    """Remove an image whose row was never committed (the transaction failed), so no orphan stays."""
    image_path(pages_dir, sha256, suffix).unlink(missing_ok=True)


def get(db: sqlite_utils.Database, sha256: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT sha256, station, page, page_count, file, election_id FROM pages WHERE sha256 = ?", [sha256]
    ).fetchone()
    if row is None:
        return None
    return {
        "sha256": row[0],
        "station": row[1],
        "page": row[2],
        "page_count": row[3],
        "file": row[4],
        "election_id": row[5],
    }


def insert(
    db: sqlite_utils.Database,
    election_id: str,
    sha256: str,
    station: int,
    page: int,
    page_count: int,
    file: str,
    at: str,
    by: str,
    registration: dict,
    readings: dict,
) -> None:
    db.execute(
        "INSERT INTO pages (election_id, sha256, station, page, page_count, file, scanned_at, scanned_by,"
        " registration, readings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            election_id,
            sha256,
            station,
            page,
            page_count,
            file,
            at,
            by,
            canonical_json(registration).decode(),
            canonical_json(readings).decode(),
        ],
    )


def current_pages(db: sqlite_utils.Database, election_id: str, station: int) -> dict[int, dict[str, Any]]:
    """Page number -> the newest scan of that page of ``station``."""
    found: dict[int, dict[str, Any]] = {}
    for sha, page, count, file, readings in db.execute(
        "SELECT sha256, page, page_count, file, readings FROM pages WHERE election_id = ? AND station = ?"
        " ORDER BY rowid",
        [election_id, station],
    ):
        found[page] = {"sha256": sha, "page": page, "page_count": count, "file": file, "readings": json.loads(readings)}
    return found


def current_page(db: sqlite_utils.Database, election_id: str, station: int, page: int) -> dict[str, Any] | None:
    """The newest scan of one page of ``station`` (without its readings), or None."""
    row = db.execute(
        "SELECT sha256, page_count, file FROM pages WHERE election_id = ? AND station = ? AND page = ?"
        " ORDER BY rowid DESC LIMIT 1",
        [election_id, station, page],
    ).fetchone()
    if row is None:
        return None
    return {"sha256": row[0], "page": page, "page_count": row[1], "file": row[2]}


def scanned_pages(db: sqlite_utils.Database, election_id: str) -> dict[int, tuple[frozenset[int], int]]:
    """Station -> (the page numbers with a scan, how many pages its form has), for every station with
    at least one scanned page."""
    found: dict[int, tuple[set[int], int]] = {}
    for station, page, count in db.execute(
        "SELECT station, page, page_count FROM pages WHERE election_id = ? ORDER BY station, page", [election_id]
    ):
        pages, total = found.get(station, (set(), 0))
        pages.add(page)
        found[station] = (pages, max(total, count))
    return {station: (frozenset(pages), total) for station, (pages, total) in found.items()}


def any_scanned(db: sqlite_utils.Database, election_id: str) -> bool:
    """Has any page of the election been scanned into this store?"""
    return db.execute("SELECT 1 FROM pages WHERE election_id = ? LIMIT 1", [election_id]).fetchone() is not None
