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
    election_id: str  # the election the file defines (110a) or belongs to (230b, 110b)
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
    """Parse and check one file against what is already imported. Writes nothing.

    A 110a adds an election (several may share the data folder); a 230b or 110b
    goes to the election its ElectionIdentifier names, which must be imported."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused("import.too_large", source=source, size=len(data), limit=MAX_FILE_BYTES)
    try:
        kind = eml.detect_kind(data, source)
    except eml.EmlError as error:
        raise ImportRefused.of(error) from None
    if kind not in IMPORT_ORDER:
        raise ImportRefused("import.unsupported_kind", source=source, kind=kind)
    belonging: tuple = ()
    try:
        if kind == "110a":
            document = eml.read_election_definition(data, source)
            election_id = document.id
        else:
            document = (eml.read_candidate_lists if kind == "230b" else eml.read_polling_stations)(data, source)
            election_id = document.election.id
    except eml.EmlError as error:
        raise ImportRefused.of(error) from None
    election = repo.load_election(store.db, election_id)
    if election is None and kind != "110a":
        known = ", ".join(repo.election_ids(store.db)) or "-"
        raise ImportRefused("import.no_definition", source=source, kind=kind, election=election_id, known=known)
    done = repo.imported_kinds(store.db, election_id)
    if kind in done:
        raise ImportRefused("import.already_imported", source=source, kind=kind, previous=done[kind]["source_name"])
    for earlier in IMPORT_ORDER[: IMPORT_ORDER.index(kind)]:
        if earlier not in done:
            raise ImportRefused("import.wrong_order", source=source, kind=kind, expected_kind=earlier)
    if election is not None:
        try:
            belonging = eml.check_belongs_to(election, document, source)
        except eml.EmlError as error:
            raise ImportRefused.of(error) from None
    warnings = (*(getattr(document, "warnings", ()) or ()), *belonging)
    return PreparedImport(source, kind, hashlib.sha256(data).hexdigest(), document, election_id, warnings)


def commit(store: Store, prepared: PreparedImport, actor: str) -> dict[str, Any]:
    """Write a prepared import and its audit event in one transaction."""
    election_id = prepared.election_id
    with store.transaction() as db:
        # Checked again inside the write lock: another process may have imported meanwhile.
        if prepared.kind in repo.imported_kinds(db, election_id):
            raise ImportRefused("import.already_imported", source=prepared.source, kind=prepared.kind, previous="?")
        summary = _write(db, prepared)
        repo.record_import(
            db, election_id, prepared.kind, Path(prepared.source).name, prepared.sha256, store.now(), actor
        )
        store.audit(
            actor,
            f"import.{prepared.kind}",
            {
                "election": election_id,
                "source": Path(prepared.source).name,
                "sha256": prepared.sha256,
                # What was written, so `kiosk audit verify` can prove the election tables.
                "content_sha256": integrity.import_digest(db, election_id, prepared.kind),
                "content_version": integrity.IMPORT_CONTENT_VERSION,
                **summary,
            },
        )
    return summary


def _write(db, prepared: PreparedImport) -> dict[str, Any]:
    document, election_id = prepared.document, prepared.election_id
    if prepared.kind == "110a":
        election: Election = replace(document, lists=(), stations=())
        repo.insert_election(db, election)
        return {"election_id": election.id, "category": election.category}
    if prepared.kind == "230b":
        repo.insert_lists(db, election_id, document.lists)
        repo.set_contest(db, election_id, document.contest_id, document.contest_name)
        return {
            "lists": len(document.lists),
            "candidates": sum(len(pl.candidates) for pl in document.lists),
            "contest": document.contest_id,
        }
    repo.insert_stations(db, election_id, document.stations)
    repo.set_authority(db, election_id, document.authority_id, document.authority_name, document.number_of_voters)
    return {"stations": len(document.stations), "authority": document.authority_id}


def import_with_hash(store: Store, data: bytes, source: str, full_hash: str, actor: str) -> dict[str, Any]:
    """For scripts: prepare, compare the full SHA-256 given, commit."""
    prepared = prepare(store, data, source)
    if not hashcheck.same_hash(prepared.sha256, full_hash):
        raise ImportRefused("import.hash_mismatch", source=source)
    return commit(store, prepared, actor)


def imported_election(store: Store, election_id: str | None = None):
    """The imported election (with its stations once the 110b is in); without an id the
    only one. None before the 110a (or, without an id, when several are imported)."""
    return repo.load_election(store.db, election_id)


def imported_elections(store: Store) -> list[Election]:
    """Every imported election, in the order they were imported."""
    return [repo.load_election(store.db, election_id) for election_id in repo.election_ids(store.db)]


def election_loaded(store: Store) -> bool:
    """True once an election definition (EML 110a) has been imported."""
    return bool(repo.election_ids(store.db))
