"""The CSB reads the municipality's totals from the transfer pages printed beside its sheet.

The municipality's kiosk prints, with its Na 31, the sheet's totals on transfer pages
(``kiosk.services.transfer.totals_template``: markers, QR page identity, printed header, every
number in a printed cell, the sheet's numbers digest at the bottom). The central stembureau scans
them: each page is registered and read like any form, the printed header compared with its
rendering, each number read by the printed-number reader (a pen stroke or a changed digit gets no
proposal). ``read_sheet`` touches nothing; the verifier then confirms every total against the
paper (``kiosk csb scan``), and ``record`` keeps the page images and records what was confirmed as
an entry of the GSB's totals (``CsbService.enter_totals``), naming the pages. The digest printed
on the sheet then proves that entry (``CsbService.confirm_digest``), or a second, typed entry by
another person is needed, as for a sheet from any other system.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import cv2

from kiosk.domain.tabulation import summed_codes
from kiosk.services import transfer
from kiosk.services.auth import Account
from kiosk.services.csb import CsbService
from kiosk.services.entry import EntryRefused
from kiosk.services.scanning import ScanOutcome, ScanService, outcome, reader_outcome
from kiosk.store import pages as page_repo
from ocr.forms.totals_transfer import is_municipal_version, municipality_number
from ocr.read import PageResult, decode_image, read_page


@dataclass(frozen=True)
class PageRead:
    """One file as read: the page it is, or why it is not taken (``refused``)."""

    source: str
    data: bytes
    suffix: str
    sha256: str
    page: int | None = None
    proposals: Mapping[str, int | None] | None = None  # every field of the page, None: no proposal
    refused: ScanOutcome | None = None


@dataclass(frozen=True)
class SheetRead:
    """Every file of one scan of the transfer pages, and the proposals of the complete sheet."""

    files: tuple[PageRead, ...]
    page_count: int
    codes: tuple[str, ...]
    labels: Mapping[str, str]  # per total, its words on the transfer page (to find it on the paper)

    @property
    def pages(self) -> dict[int, PageRead]:
        return {f.page: f for f in self.files if f.refused is None and f.page is not None}

    def problems(self) -> list[tuple[str, dict]]:
        """Why the sheet cannot be confirmed yet (refusal codes ``csb.scan.*`` with their parameters):
        a refused file, a page given twice with other bytes, a page missing."""
        found: list[tuple[str, dict]] = []
        for f in self.files:
            if f.refused is not None:
                found.append(("csb.scan.page_refused", {"source": f.source, "reason": f.refused.reason_text()}))
        seen: dict[int, str] = {}
        for f in self.files:
            if f.refused is None and f.page is not None:
                if f.page in seen and seen[f.page] != f.sha256:
                    found.append(("csb.scan.page_twice", {"page": f.page}))
                seen[f.page] = f.sha256
        missing = [p for p in range(1, self.page_count + 1) if p not in seen]
        if missing:
            pages = ", ".join(str(p) for p in missing)
            found.append(("csb.scan.pages_missing", {"pages": pages, "count": self.page_count}))
        return found

    def proposals(self) -> dict[str, int | None]:
        """Per total (in the paper's order) the value read, None where the reader proposes none."""
        read: dict[str, int | None] = {}
        for page in self.pages.values():
            read.update(page.proposals or {})
        return {code: read.get(code) for code in self.codes}


class CsbScanService:
    def __init__(self, csb: CsbService, *, header_check=None) -> None:
        self.csb = csb
        self.election = csb.election
        self.store = csb.store
        self.header_check = header_check
        self.number = municipality_number(self.election.municipality_id)

    @classmethod
    def with_header_check(cls, csb: CsbService) -> CsbScanService:
        """With the printed header compared with its expected rendering (as the kiosk's scanning)."""
        from ocr.printed import make_header_check

        return cls(csb, header_check=make_header_check())

    def template(self, stations: Iterable[int]) -> dict:
        return transfer.totals_template(self.election, stations)

    def read_sheet(self, paths: Iterable[Path], stations: Iterable[int]) -> SheetRead:
        """Read every file (a folder: its images, in name order); nothing is stored."""
        template = self.template(stations)
        loader = ScanService(self.csb.entries)
        files = []
        for path in _expand(paths):
            loaded = loader.load_file(path)
            if isinstance(loaded, ScanOutcome):
                if loaded.status == "refused":
                    files.append(PageRead(str(path), b"", path.suffix, "", refused=loaded))
                continue  # skipped: not a page (a folder, a PDF, a text file)
            files.append(self._read(template, *loaded, str(path)))
        labels = {f["code"]: f["label"] for page in template["pages"] for f in page["fields"]}
        return SheetRead(tuple(files), len(template["pages"]), summed_codes(self.csb.shape), labels)

    def _read(self, template: dict, data: bytes, suffix: str, source: str) -> PageRead:
        sha = hashlib.sha256(data).hexdigest()

        def lookup(identity):
            return template if is_municipal_version(identity.template_version) else None

        try:
            decoded = decode_image(data, source)
            result = decoded
            if not isinstance(decoded, PageResult):
                result = read_page(
                    decoded,
                    source,
                    lookup,
                    expected_election_id=self.election.id,
                    expected_station=self.number,
                    header_check=self.header_check,
                )
        except (cv2.error, ValueError, ArithmeticError, MemoryError):
            result = PageResult(source, None, refusal_code="undecodable")
        if not result.accepted:
            return PageRead(source, data, suffix, sha, refused=self._refusal(source, result))
        proposals = {code: r.value if r.status == "proposed" else None for code, r in result.fields.items()}
        return PageRead(source, data, suffix, sha, result.registration.identity.page, proposals)

    def _refusal(self, source: str, result: PageResult) -> ScanOutcome:
        """The reader's refusal; a page of a station's paper says that it is one."""
        identity = result.registration.identity if result.registration is not None else None
        if identity is not None and not is_municipal_version(identity.template_version):
            return outcome(source, "refused", "not_municipal_page", station=identity.station)
        if identity is not None and identity.station != self.number:
            return outcome(source, "refused", "other_municipality", got=f"{identity.station:04d}")
        return reader_outcome(source, "refused", result)

    def record(
        self,
        account: Account,
        entry: int,
        stations: str,
        values: Mapping[str, object],
        sheet: SheetRead,
    ):
        """Keep the page images and record the confirmed totals as entry ``entry``; refused
        (``csb.scan.*``) while the sheet is incomplete, or as ``CsbService.enter_totals``."""
        problems = sheet.problems()
        if problems:
            code, params = problems[0]
            raise EntryRefused(code, **params)
        proposals = sheet.proposals()
        pages = sheet.pages
        details = {
            "pages": [{"page": n, "sha256": pages[n].sha256} for n in sorted(pages)],
            "confirmed": sum(1 for c, v in proposals.items() if v is not None and values.get(c) == v),
            "changed": [c for c, v in proposals.items() if v is not None and values.get(c) != v],
            "typed": [c for c, v in proposals.items() if v is None],
        }
        written = []
        for n in sorted(pages):
            page = pages[n]
            if not page_repo.image_path(self.store.pages_dir, page.sha256, page.suffix).exists():
                written.append(page)
            page_repo.write_image(self.store.pages_dir, page.sha256, page.suffix, page.data)
        try:
            return self.csb.enter_totals(account, entry, stations, dict(values), scan=details)
        except BaseException:
            for page in written:  # not recorded: no image without the event that names it
                page_repo.remove_image(self.store.pages_dir, page.sha256, page.suffix)
            raise


def _expand(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        out.extend(sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path])
    return out
