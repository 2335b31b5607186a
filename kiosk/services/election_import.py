"""Importing the election definition from EML_NL files, one file per call.

Order: 110a (election) first, then 230b (candidate lists), then 110b (polling
stations). A file is parsed and checked completely, and the operator confirms
its SHA-256 against the separately delivered hash, before anything is written;
the rows and their audit event are then written in one transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk import eml
from kiosk.domain.election import Election
from kiosk.eml import hashcheck
from kiosk.i18n import t
from kiosk.services import integrity
from kiosk.store import Store
from kiosk.store import elections as repo

IMPORT_ORDER = ("110a", "230b", "110b")
MAX_FILE_BYTES = 20 * 1024 * 1024


class ImportRefused(Exception):
    """The file cannot be imported; nothing was written. ``str()`` names file and problem."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PreparedImport:
    """A parsed and checked file, waiting for the hash confirmation."""

    source: str
    kind: str
    sha256: str
    document: Any
    warnings: tuple[str, ...] = ()

    @property
    def groups(self) -> list[str]:
        return hashcheck.sha256_groups_of_hex(self.sha256)


def read_file(path: Path) -> bytes:
    """The file's bytes, or ImportRefused with a message naming the file."""
    source = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportRefused(t("import.not_a_file", source=source, problem=t("import.not_regular")), "not_a_file")
        if size > MAX_FILE_BYTES:
            raise ImportRefused(t("import.too_large", source=source, size=size, limit=MAX_FILE_BYTES), "too_large")
        return path.read_bytes()
    except OSError as error:
        raise ImportRefused(t("import.not_a_file", source=source, problem=error.strerror or str(error)), "not_a_file") from None


def prepare(store: Store, data: bytes, source: str) -> PreparedImport:
    """Parse and check one file against what is already imported. Writes nothing."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(t("import.too_large", source=source, size=len(data), limit=MAX_FILE_BYTES), "too_large")
    try:
        kind = eml.detect_kind(data, source)
    except eml.EmlError as error:
        raise ImportRefused(str(error), error.code) from None
    if kind not in IMPORT_ORDER:
        raise ImportRefused(t("import.unsupported_kind", source=source, kind=kind), "unsupported_kind")
    done = repo.imported_kinds(store.db)
    if kind in done:
        raise ImportRefused(
            t("import.already_imported", source=source, what=t(f"import.kind_{kind}"), previous=done[kind]["source_name"]),
            "already_imported",
        )
    for earlier in IMPORT_ORDER[: IMPORT_ORDER.index(kind)]:
        if earlier not in done:
            raise ImportRefused(t("import.needs_first", source=source, what=t(f"import.kind_{earlier}")), "wrong_order")
    election = repo.load_election(store.db)
    belonging: tuple = ()
    try:
        if kind == "110a":
            document = eml.read_election_definition(data, source)
        elif kind == "230b":
            document = eml.read_candidate_lists(data, source)
            belonging = eml.check_belongs_to(election, document, source)
        else:
            document = eml.read_polling_stations(data, source)
            belonging = eml.check_belongs_to(election, document, source)
    except eml.EmlError as error:
        raise ImportRefused(str(error), error.code) from None
    warnings = tuple(str(w) for w in (*(getattr(document, "warnings", ()) or ()), *belonging))
    return PreparedImport(source, kind, hashlib.sha256(data).hexdigest(), document, warnings)


def commit(store: Store, prepared: PreparedImport, actor: str) -> dict[str, Any]:
    """Write a prepared import and its audit event in one transaction."""
    with store.transaction() as db:
        # Checked again inside the write lock: another process may have imported meanwhile.
        if prepared.kind in repo.imported_kinds(db):
            raise ImportRefused(
                t("import.already_imported", source=prepared.source, what=t(f"import.kind_{prepared.kind}"), previous="?"),
                "already_imported",
            )
        summary = _write(db, prepared)
        repo.record_import(db, prepared.kind, Path(prepared.source).name, prepared.sha256, store.now(), actor)
        store.audit(
            actor,
            f"import.{prepared.kind}",
            {"source": Path(prepared.source).name, "sha256": prepared.sha256,
             # What was written, so `kiosk audit verify` can prove the election tables.
             "content_sha256": integrity.import_digest(db, prepared.kind), **summary},
        )
    return summary


def _write(db, prepared: PreparedImport) -> dict[str, Any]:
    document = prepared.document
    if prepared.kind == "110a":
        election: Election = replace(document, lists=(), stations=())
        repo.insert_election(db, election)
        return {"election_id": election.id, "category": election.category}
    if prepared.kind == "230b":
        repo.insert_lists(db, document.lists)
        return {"lists": len(document.lists), "candidates": sum(len(pl.candidates) for pl in document.lists)}
    repo.insert_stations(db, document.stations)
    return {"stations": len(document.stations)}


def import_with_hash(store: Store, data: bytes, source: str, full_hash: str, actor: str) -> dict[str, Any]:
    """For scripts: prepare, compare the full SHA-256 given, commit."""
    prepared = prepare(store, data, source)
    if not hashcheck.same_hash(prepared.sha256, full_hash):
        raise ImportRefused(t("import.hash_mismatch", source=source), "hash_mismatch")
    return commit(store, prepared, actor)


def election_loaded(store: Store) -> bool:
    """True once the election definition (EML 110a) has been imported."""
    return repo.load_election(store.db) is not None
