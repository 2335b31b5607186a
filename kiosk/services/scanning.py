"""Scanned pages in: store, register, read, attach to the station with OCR proposals.

A page is identified by its QR code, aligned on its markers and checked (the
quality gate in ``ocr.register``); a refused page is only recorded in the audit
log, with its reason. A file in a scan folder that is not an image (a PDF from a
copier, a text file, a FIFO or a device) is skipped and reported, never read (and never
opened: a FIFO would block); so is blank paper (the back of a sheet scanned on both sides).
An image whose header claims more than ``ocr.imagesize.MAX_PIXELS`` pixels is refused
before it is decoded. One bad file never stops the rest of a folder, and a file name that
is not UTF-8 is shown and recorded neutralised (``kiosk.i18n.untrusted``). An accepted page's image is stored content-addressed
(SHA-256) next to the database, and the station gets the page's proposals:
one value per field where OCR is sure, none where it is not.
"""

from __future__ import annotations

import enum
import hashlib
import stat
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import cv2

from kiosk.domain.workflow import Capability, Status
from kiosk.i18n import t, text_in
from kiosk.i18n.scan_words import reason_text, reason_text_or
from kiosk.i18n.untrusted import neutralise
from kiosk.services import forms, transfer
from kiosk.services.auth import Account
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.scan_files import NotRegular, TooLarge, folder_files, read_regular
from kiosk.store import elections as election_repo
from kiosk.store import pages as page_repo
from ocr.imagesize import page_count
from ocr.read import PageResult, decode_image, multi_page_refusal, read_page

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pnm", ".pgm")
MAX_IMAGE_BYTES = 60 * 1024 * 1024


class ScanStatus(str, enum.Enum):
    """What became of one file (a str: compares equal to its value, as stored and tested)."""

    ACCEPTED = "accepted"  # attached to its station (or replacing an earlier scan of the page)
    DUPLICATE = "duplicate"  # the same bytes were attached before
    REFUSED = "refused"  # audited with its reason: scan it again or check it
    SKIPPED = "skipped"  # no page (a folder, a special file, not an image, blank paper): not stored or audited


@dataclass(frozen=True)
class ScanOutcome:
    source: str
    status: ScanStatus
    reason: str | None = None
    code: str | None = None
    station: int | None = None
    page: int | None = None
    proposals: int = 0  # fields with a proposal
    fields: int = 0
    replaced: bool = False  # an earlier scan of the same page was replaced (before the first entry)
    election: str | None = None  # the election an accepted page went to, when the scanner takes several
    params: dict = field(default_factory=dict)  # what the reason's words are filled in with

    def reason_text(self) -> str:
        """Why, in the UI's language (``scan.reason.<code>``); the recorded Dutch words for a code without an entry."""
        if self.code:
            return reason_text_or(self.code, self.params, self.reason or "")
        return self.reason or ""

    @property
    def shown_source(self) -> str:
        """The file as it may be shown: a name that is not UTF-8, or holds control or bidi
        characters, with visible ``<U+XXXX>`` markers."""
        return neutralise(self.source)

    def line(self) -> str:
        if self.status == "accepted":
            # Among several elections the page says which one it went to.
            source = self.shown_source if self.election is None else f"{self.shown_source} [{self.election}]"
            return t(
                "scan.line.replaced" if self.replaced else "scan.line.accepted",
                source=source,
                station=self.station,
                page=self.page,
                proposals=self.proposals,
                fields=self.fields,
            )
        return f"{self.shown_source}: {self.reason_text()}"


def outcome(source: str, status: str, code: str, **params: object) -> ScanOutcome:
    """A file not attached, for one of the scan service's own reasons (``scan.reason.<code>``); the
    outcome keeps the Dutch words for the audit log."""
    return ScanOutcome(source, ScanStatus(status), text_in("nl", f"scan.reason.{code}", **params), code, params=params)


def reader_outcome(source: str, status: str, result: PageResult) -> ScanOutcome:
    """A file not attached because the page reader refused it (``ocr.register.REFUSALS``: a code and its
    parameters); the outcome keeps the Dutch words for the audit log."""
    return ScanOutcome(
        source,
        ScanStatus(status),
        reason_text(result.refusal_code, result.refusal_params, "nl"),
        result.refusal_code,
        params=result.refusal_params,
    )


@dataclass(frozen=True)
class PageReading:
    """One image as read, before anything is stored (``result`` None: a page already known)."""

    source: str
    data: bytes
    suffix: str
    sha256: str
    result: PageResult | None


class ScanService:
    """Pages in, each to its election and station. ``entries`` is the election the kiosk
    works on; ``also`` the other elections of the data folder, so that one mixed stack of
    paper (PS and AB on one day) is scanned in one go: every page's QR says its election."""

    def __init__(self, entries: EntryService, *, header_check=None, also: tuple[EntryService, ...] = ()):
        self.entries = entries
        self.store = entries.store
        self.election = entries.election
        self.header_check = header_check
        self._entries_of = {e.election.id: e for e in (entries, *also)}

        @lru_cache(maxsize=64)
        def template_of(election_id: str, station: int, transfer_page: bool) -> dict | None:
            election = self._entries_of[election_id].election
            try:
                return transfer.template(election, station) if transfer_page else forms.template(election, station)
            except forms.FormsRefused:
                return None

        # Templates are built on demand: 450 stations' layouts are not needed for one page. A page's
        # template version says whether it is the station's own report or a transfer page.
        self._lookup = lambda identity: (
            template_of(identity.election_id, identity.station, transfer.is_transfer_page(identity))
            if identity.election_id in self._entries_of and not transfer.is_municipal_page(identity)
            else None
        )

    @classmethod
    def for_store(cls, store, *, header_check: bool = False, network_guard=None) -> ScanService:
        """For every election in the store that has its polling stations (a mixed stack);
        ``header_check``: with the printed header's cross-check (``with_header_check``)."""
        entries = [
            EntryService(store, election_id, network_guard=network_guard)
            for election_id in election_repo.election_ids(store.db)
            if election_repo.imported_kinds(store.db, election_id).get("110b") is not None
        ]
        if not entries:
            entries = [EntryService(store, network_guard=network_guard)]  # refuses, saying why
        if header_check:
            return cls.with_header_check(entries[0], also=tuple(entries[1:]))
        return cls(entries[0], also=tuple(entries[1:]))

    @classmethod
    def with_header_check(cls, entries: EntryService, also: tuple[EntryService, ...] = ()) -> ScanService:
        """With the cross-check of the printed header: compared with its expected rendering
        (Tesseract only reads a header that differs, to say what it says, where installed)."""
        from ocr.printed import make_header_check

        return cls(entries, header_check=make_header_check(), also=also)

    @property
    def elections(self) -> tuple[str, ...]:
        """The ids of the elections whose pages this service takes."""
        return tuple(self._entries_of)

    def entries_for(self, election_id: str) -> EntryService:
        return self._entries_of[election_id]

    def ingest_file(self, account: Account, path: Path) -> ScanOutcome:
        self._require_scanner(account)
        loaded = self.load_file(path)
        if isinstance(loaded, ScanOutcome):
            return self.refuse_unreadable(account, loaded)
        data, suffix = loaded
        return self.ingest_bytes(account, data, str(path), suffix)

    def load_file(self, path: Path) -> tuple[bytes, str] | ScanOutcome:
        """The file's bytes and suffix, or why it is not read: skipped (a folder, a FIFO or device,
        not an image), or a refusal (not yet audited, see ``refuse_unreadable``)."""
        source = str(path)
        try:
            mode = path.stat().st_mode
        except OSError as error:
            return outcome(source, "refused", "unreadable", error=error.strerror or str(error))
        if stat.S_ISDIR(mode):
            return outcome(source, "skipped", "folder")
        if not stat.S_ISREG(mode):  # a FIFO, a device, a socket: opening it could block forever
            return outcome(source, "skipped", "special_file")
        suffix = path.suffix.lower()
        if suffix not in IMAGE_SUFFIXES:
            return not_an_image(source, suffix)
        try:
            data = read_regular(path, MAX_IMAGE_BYTES)
        except NotRegular:
            return outcome(source, "skipped", "special_file")
        except TooLarge as error:
            return outcome(source, "refused", "too_large", size=error.size)
        except OSError as error:
            return outcome(source, "refused", "unreadable", error=error.strerror or str(error))
        pages = page_count(data) if suffix in (".tif", ".tiff") else 1
        if pages > 1:  # an image decoder reads only the first page: the others would go unnoticed
            return reader_outcome(source, "refused", multi_page_refusal(source, pages))
        return data, suffix

    def ingest_bytes(self, account: Account, data: bytes, source: str, suffix: str = ".png") -> ScanOutcome:
        self._require_scanner(account)
        known = self.known_page(hashlib.sha256(data).hexdigest())
        if known is not None:  # recognised before spending time on reading it
            return self.attach(account, PageReading(source, data, suffix, known, None))
        return self.attach(account, self.read(data, source, suffix))

    def read(self, data: bytes, source: str, suffix: str = ".png") -> PageReading:
        """Register and read one image. Touches no database, so a worker thread may
        do it (one at a time: the digit classifier is shared); ``attach`` then keeps it."""
        sha = hashlib.sha256(data).hexdigest()
        try:
            decoded = decode_image(data, source)  # the size is checked on the header, before decoding
            if isinstance(decoded, PageResult):
                return PageReading(source, data, suffix, sha, decoded)
            # One election: a page of another is refused as "wrong election" by the reader itself.
            expected = self.election.id if len(self._entries_of) == 1 else None
            result = read_page(
                decoded, source, self._lookup, expected_election_id=expected, header_check=self.header_check
            )
        except (cv2.error, ValueError, ArithmeticError, MemoryError):  # an image the decoder or reader chokes on
            result = PageResult(source, None, refusal_code="undecodable")
        return PageReading(source, data, suffix, sha, result)

    def attach(self, account: Account, reading: PageReading) -> ScanOutcome:
        """Attach a read page to its station, or record why not (on the store's thread)."""
        self._require_scanner(account)
        source, data, suffix, sha, result = reading.source, reading.data, reading.suffix, reading.sha256, reading.result
        known = page_repo.get(self.store.db, sha)
        if known is not None:
            with self.store.transaction():
                self.store.audit(account.username, "scan.duplicate", {"source": recorded_name(source), "sha256": sha})
            return replace(
                outcome(source, "duplicate", "duplicate", station=known["station"], page=known["page"]),
                station=known["station"],
                page=known["page"],
            )
        if result is None:  # only a known page comes without a reading
            raise ValueError(f"{source}: page was not read")
        if not result.accepted:
            if result.refusal_code == "blank_page":  # the back of a sheet: no PV page, nothing to scan again
                return reader_outcome(source, "skipped", result)
            return self._refuse(account, self._refusal_of(source, result), sha)
        identity = result.registration.identity
        entries = self._entries_of[identity.election_id]
        status = entries.statuses()[identity.station]
        if status not in (Status.EMPTY, Status.SCANNED):
            return self._refuse(account, outcome(source, "refused", "entry_started", station=identity.station), sha)
        if paper_refusal := transfer.paper_refusal(entries, identity):
            code, params = paper_refusal
            return self._refuse(account, outcome(source, "refused", code, **params), sha)
        proposals = {code: r.value if r.status == "proposed" else None for code, r in result.fields.items()}
        readings = {code: r.to_json() | {"boxes": list(r.boxes)} for code, r in result.fields.items()}
        earlier = page_repo.current_page(self.store.db, identity.election_id, identity.station, identity.page)
        stored_before = page_repo.image_path(self.store.pages_dir, sha, suffix).exists()
        path = page_repo.write_image(self.store.pages_dir, sha, suffix, data)
        try:
            self._keep(account, result, source, sha, path, proposals, readings, earlier)
        except BaseException:
            if not stored_before:  # the row was not committed: no image without its row
                page_repo.remove_image(self.store.pages_dir, sha, suffix)
            raise
        return ScanOutcome(
            source,
            ScanStatus.ACCEPTED,
            election=identity.election_id if len(self._entries_of) > 1 else None,
            station=identity.station,
            page=identity.page,
            proposals=sum(1 for v in proposals.values() if v is not None),
            fields=len(proposals),
            replaced=earlier is not None,
        )

    def _keep(
        self,
        account: Account,
        result: PageResult,
        source: str,
        sha: str,
        path: Path,
        proposals: dict,
        readings: dict,
        earlier: dict | None,
    ) -> None:
        """The page's row, the station's proposals and the audit event, in one transaction."""
        identity = result.registration.identity
        entries = self._entries_of[identity.election_id]
        with self.store.transaction() as db:
            page_repo.insert(
                db,
                identity.election_id,
                sha,
                identity.station,
                identity.page,
                identity.page_count,
                str(path.relative_to(self.store.home)),
                self.store.now(),
                account.username,
                result.registration.summary(),
                readings,
            )
            proposals = self._proposals_for(db, identity.station, proposals)
            entries.attach_scan(
                account, identity.station, (sha,), proposals, transfer=transfer.is_transfer_page(identity)
            )
            details = {
                "election": identity.election_id,
                "source": recorded_name(source),
                "sha256": sha,
                "station": identity.station,
                "page": identity.page,
            }
            if earlier is not None:  # a rescan: the earlier image stays stored, for history
                details["replaces"] = earlier["sha256"]
            self.store.audit(account.username, "scan.accepted", details)

    def _refusal_of(self, source: str, result: PageResult) -> ScanOutcome:
        """The reader's refusal; a page of another paper model of this kiosk says which one: under
        central counting the station's N 10-2 is kept on paper, the Bijlage 1 is what is entered.
        A page of an election that is not imported says so (among several, the reader cannot)."""
        named = result.refusal_params.get("election")
        identity = result.registration.identity if result.registration is not None else None
        if identity is not None and transfer.is_municipal_page(identity):  # the CSB's paper
            return outcome(source, "refused", "municipal_totals_page")
        if result.refusal_code == "unknown_template" and named not in self._entries_of:
            return outcome(source, "refused", "wrong_election", got=named, expected=", ".join(self._entries_of))
        if result.refusal_code == "template_version":
            printed = {version: model for model, version in forms.TEMPLATE_VERSIONS.items()}
            model = printed.get(str(result.refusal_params.get("got")))
            identity = result.registration.identity if result.registration is not None else None
            own = self._entries_of.get(identity.election_id) if identity is not None else None
            election = own.election if own is not None else self.election
            if model is not None and model != forms.entered_model(election):
                return outcome(
                    source,
                    "refused",
                    "other_model",
                    model=forms.MODEL_NAMES[model],
                    entered=forms.MODEL_NAMES[forms.entered_model(election)],
                    station=identity.station if identity is not None else "?",
                )
        return reader_outcome(source, "refused", result)

    def refuse_unreadable(self, account: Account, refused: ScanOutcome) -> ScanOutcome:
        """Audit a file that was refused before reading (see ``load_file``); a skipped one is no page."""
        if refused.status == "refused":
            return self._refuse(account, refused, None)
        return refused

    def known_page(self, sha: str) -> str | None:
        """``sha`` when a page with these bytes was stored before, else None."""
        return sha if page_repo.get(self.store.db, sha) is not None else None

    @staticmethod
    def _require_scanner(account: Account) -> None:
        if not account.may(Capability.SCAN):
            raise EntryRefused("workflow.role_not_allowed", "only a clerk or a coordinator attaches scans")

    def ingest_folder(self, account: Account, folder: Path) -> list[ScanOutcome]:
        if not folder.is_dir():
            raise EntryRefused("scan.no_folder", f"{folder}: not a folder", folder=folder)
        return self.ingest_files(account, folder_files(folder))

    def ingest_files(self, account: Account, files: list[Path]) -> list[ScanOutcome]:
        """Every file, in order, through one ``ScanBatch`` (as the kiosk screen does, on one thread)."""
        batch = ScanBatch(self, account, files)
        while (step := batch.prepare()) is not None:
            if isinstance(step, PendingRead):
                batch.attach(batch.read(step))
        return batch.outcomes

    def _proposals_for(self, db, station: int, proposals: dict) -> dict:
        """The proposals attached for a page: what OCR read. Only the rehearsal
        drill (``kiosk.services.rehearsal_scans``) overrides this, inside the same transaction."""
        return proposals

    def _refuse(self, account: Account, refused: ScanOutcome, sha: str | None) -> ScanOutcome:
        with self.store.transaction():
            self.store.audit(
                account.username,
                "scan.refused",
                {
                    "source": recorded_name(refused.source),
                    "sha256": sha,
                    "code": refused.code,
                    # The refusal as data (its words are made where it is shown, in that language);
                    # the Dutch sentence beside it for a reader of the raw log.
                    "params": _plain(refused.params),
                    "reason": neutralise(refused.reason or ""),
                },
            )
        return refused


@dataclass(frozen=True)
class PendingRead:
    """A file loaded and not seen before: it must be read (``ScanBatch.read``) before it is attached."""

    source: str
    data: bytes
    suffix: str


class ScanBatch:
    """A folder or a scanner's run, one file at a time, in three steps so a screen can keep drawing:

    ``prepare`` (the store's thread) loads the next file and settles what needs no reading (skipped,
    refused before reading, a page seen before); ``read`` (any one thread at a time: no database)
    registers and reads the image; ``attach`` (the store's thread) keeps it. ``outcomes`` grows as
    files are done; ``stop`` drops the files not begun. A refusal of the whole batch (no account
    allowed to scan, a fault of the store) is raised as ``EntryRefused`` and ends it."""

    def __init__(self, scans: ScanService, account: Account, files: list[Path]) -> None:
        ScanService._require_scanner(account)
        self.scans = scans
        self.account = account
        self.queue = list(files)
        self.outcomes: list[ScanOutcome] = []

    @property
    def done(self) -> bool:
        return not self.queue

    def stop(self) -> None:
        self.queue.clear()

    def prepare(self) -> ScanOutcome | PendingRead | None:
        """The next file's outcome when no reading is needed, else what to read; None when the batch is done."""
        if not self.queue:
            return None
        path = self.queue.pop(0)
        try:
            loaded = self.scans.load_file(path)
            if isinstance(loaded, ScanOutcome):
                return self._done(self.scans.refuse_unreadable(self.account, loaded))
            data, suffix = loaded
            known = self.scans.known_page(hashlib.sha256(data).hexdigest())
            if known is not None:  # recognised before spending time on reading it
                return self._done(self.scans.attach(self.account, PageReading(str(path), data, suffix, known, None)))
        except (OSError, ValueError, UnicodeError) as error:
            problem = error.strerror if isinstance(error, OSError) and error.strerror else type(error).__name__
            return self._done(
                self.scans.refuse_unreadable(self.account, outcome(str(path), "refused", "unreadable", error=problem))
            )
        return PendingRead(str(path), data, suffix)

    def read(self, pending: PendingRead) -> PageReading:
        """Register and read the image (no database: a worker thread may do this)."""
        return self.scans.read(pending.data, pending.source, pending.suffix)

    def attach(self, reading: PageReading) -> ScanOutcome:
        """Keep a read page, or record why not (on the store's thread)."""
        return self._done(self.scans.attach(self.account, reading))

    def _done(self, result: ScanOutcome) -> ScanOutcome:
        self.outcomes.append(result)
        return result


def _plain(params: dict) -> dict:
    """Refusal parameters as JSON can hold them (numbers, text, truth values; anything else as text)."""
    return {
        str(k): v if isinstance(v, (int, float, str, bool)) or v is None else neutralise(str(v))
        for k, v in params.items()
    }


def recorded_name(source: str) -> str:
    """The file name as the audit log records it: neutralised, so it is always valid UTF-8."""
    return neutralise(Path(source).name)


def not_an_image(source: str, suffix: str) -> ScanOutcome:
    """A file skipped because it is no image, saying what to do instead."""
    if suffix == ".pdf":
        return outcome(source, "skipped", "pdf")
    if not suffix:
        return outcome(source, "skipped", "no_extension")
    return outcome(source, "skipped", "not_an_image", suffix=suffix)
