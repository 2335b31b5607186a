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
from kiosk.domain.refusal import Refusal
from kiosk.eml import hashcheck
from kiosk.eml.errors import EmlWarning
from kiosk.i18n import EnglishStr
from kiosk.services import integrity
from kiosk.store import Store
from kiosk.store import elections as repo

IMPORT_ORDER = ("110a", "230b", "110b")
MAX_FILE_BYTES = 20 * 1024 * 1024


class ImportRefused(EnglishStr, Refusal):
    """The file cannot be imported; nothing was written. ``ImportRefused("import.<name>", source=..., ...)``,
    or the ``eml.<name>`` refusal of the file itself (``of``); its words name the file (``source``)."""

    @classmethod
    def of(cls, error: eml.EmlError) -> ImportRefused:
        return cls(error.code, **error.params)


@dataclass(frozen=True)
class PreparedImport:
    """A parsed and checked file, waiting for the hash confirmation."""

    source: str
    kind: str
    sha256: str
    document: Any
    warnings: tuple[EmlWarning, ...] = ()  # worded at the edge: kiosk.i18n.warning_text

    @property
    def groups(self) -> list[str]:
        return hashcheck.sha256_groups_of_hex(self.sha256)


def read_file(path: Path) -> bytes:
    """The file's bytes, or ImportRefused naming the file."""
    source = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportRefused("import.not_regular_file", source=source)
        if size > MAX_FILE_BYTES:
            raise ImportRefused("import.too_large", source=source, size=size, limit=MAX_FILE_BYTES)
        return path.read_bytes()
    except OSError as error:
        raise ImportRefused("import.not_a_file", source=source, problem=error.strerror or str(error)) from None


def prepare(store: Store, data: bytes, source: str) -> PreparedImport:
    """Parse and check one file against what is already imported. Writes nothing."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused("import.too_large", source=source, size=len(data), limit=MAX_FILE_BYTES)
    try:
        kind = eml.detect_kind(data, source)
    except eml.EmlError as error:
        raise ImportRefused.of(error) from None
    if kind not in IMPORT_ORDER:
        raise ImportRefused("import.unsupported_kind", source=source, kind=kind)
    done = repo.imported_kinds(store.db)
    if kind in done:
        raise ImportRefused("import.already_imported", source=source, kind=kind, previous=done[kind]["source_name"])
    for earlier in IMPORT_ORDER[: IMPORT_ORDER.index(kind)]:
        if earlier not in done:
            raise ImportRefused("import.wrong_order", source=source, kind=kind, expected_kind=earlier)
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
        raise ImportRefused.of(error) from None
    warnings = (*(getattr(document, "warnings", ()) or ()), *belonging)
    return PreparedImport(source, kind, hashlib.sha256(data).hexdigest(), document, warnings)


def commit(store: Store, prepared: PreparedImport, actor: str) -> dict[str, Any]:
    """Write a prepared import and its audit event in one transaction."""
    with store.transaction() as db:
        # Checked again inside the write lock: another process may have imported meanwhile.
        if prepared.kind in repo.imported_kinds(db):
            raise ImportRefused("import.already_imported", source=prepared.source, kind=prepared.kind, previous="?")
        summary = _write(db, prepared)
        repo.record_import(db, prepared.kind, Path(prepared.source).name, prepared.sha256, store.now(), actor)
        store.audit(
            actor,
            f"import.{prepared.kind}",
            {
                "source": Path(prepared.source).name,
                "sha256": prepared.sha256,
                # What was written, so `kiosk audit verify` can prove the election tables.
                "content_sha256": integrity.import_digest(db, prepared.kind),
                "content_version": integrity.IMPORT_CONTENT_VERSION,
                **summary,
            },
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
        repo.set_contest(db, document.contest_id, document.contest_name)
        return {
            "lists": len(document.lists),
            "candidates": sum(len(pl.candidates) for pl in document.lists),
            "contest": document.contest_id,
        }
    repo.insert_stations(db, document.stations)
    repo.set_authority(db, document.authority_id, document.authority_name, document.number_of_voters)
    return {"stations": len(document.stations), "authority": document.authority_id}


def import_with_hash(store: Store, data: bytes, source: str, full_hash: str, actor: str) -> dict[str, Any]:
    """For scripts: prepare, compare the full SHA-256 given, commit."""
    prepared = prepare(store, data, source)
    if not hashcheck.same_hash(prepared.sha256, full_hash):
        raise ImportRefused("import.hash_mismatch", source=source)
    return commit(store, prepared, actor)


def imported_election(store: Store):
    """The imported election (with its stations once the 110b is in), or None before the 110a."""
    return repo.load_election(store.db)


def election_loaded(store: Store) -> bool:
    """True once the election definition (EML 110a) has been imported."""
    return repo.load_election(store.db) is not None
