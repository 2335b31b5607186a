"""The results on paper and in files: the totals sheet printed through CUPS (`lp`),
and the documents kept in the data directory's ``out/`` folder.

Without a printing system the sheet is still written, and the result says where
it is kept (DESIGN §7). Printing is refused while a network is present (§10)
when a network guard is given. A printed sheet is recorded in the audit log with
the hashes that identify it; so is a sheet that could not be printed, with the
coded reason and what lp said.

What lp (CUPS) answers is English (lp runs in the C locale, so that its words are
the same on every machine) and is never shown as such: a failure becomes one of
a few coded reasons (``REASONS``), worded in the operator's language
(``print.reason.<code>``); lp's own text goes to the audit log only.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.i18n import refusal_text, t
from kiosk.services import results_documents
from kiosk.services.entry import EntryRefused
from kiosk.services.totals import TotalsService
from kiosk.store import Store
from kiosk.store.files import write_durably

OUT_DIR_NAME = "sheets"
LP_TIMEOUT_SECONDS = 60.0

PRINTED = "printed"
NO_PRINTING_SYSTEM = "no_lp"
FAILED = "failed"
NETWORK_PRESENT = "network_present"

#: Why printing failed, as a code (words: ``print.reason.<code>``), recognised in what lp said
#: (CUPS's messages in the C locale), the first that matches; anything else is ``other``.
NO_PRINTER = "no_printer"
NO_DEFAULT = "no_default"
NOT_RUNNING = "not_running"
NOT_ACCEPTING = "not_accepting"
TIMED_OUT = "timed_out"
OTHER = "other"
REASONS = (
    (OTHER, re.compile(r"unable to access", re.I)),  # a file lp cannot read: not the printer's fault
    (NO_DEFAULT, re.compile(r"no default destination|no default printer", re.I)),
    (NOT_ACCEPTING, re.compile(r"not accepting jobs", re.I)),
    (NO_PRINTER, re.compile(r"printer or class does not exist|unknown (printer|destination)", re.I)),
    (
        NOT_RUNNING,
        re.compile(r"scheduler not responding|unable to connect|connection refused|no such file or directory", re.I),
    ),
)
#: The job id in lp's answer: "request id is gsb-a4-7 (2 file(s))".
JOB_ID = re.compile(r"request id is (\S+)")
#: lp's words are the same everywhere (and can be recognised) in the C locale.
LP_LOCALE = {"LC_ALL": "C", "LANG": "C", "LANGUAGE": ""}


# -- files in sheets/ ------------------------------------------------------------------


def out_dir(store: Store) -> Path:
    """Where the kiosk keeps the documents it made: ``<data dir>/sheets``."""
    return store.home / OUT_DIR_NAME


#: Sheets and exports are written durably: never half a sheet under its final name.
keep = write_durably


@dataclass(frozen=True)
class SheetFile:
    """A totals sheet written to disk, and what identifies it."""

    path: Path
    eml_sha256: str
    audit_head: str  # the hash of the seal's audit row
    pdf_sha256: str
    audit_seq: int = 0  # the seal's audit row
    version: int = 1
    #: The transfer pages of the sheet's totals, for the CSB (printed with the sheet), and their hash.
    transfer_path: Path | None = None
    transfer_sha256: str = ""


def sheet_name(eml_sha256: str) -> str:
    return f"totals-{eml_sha256[:16]}.pdf"


def transfer_name(sheet: Path) -> Path:
    """Where the transfer pages of a sheet's totals are kept: beside it, ``<sheet>-overdracht.pdf``."""
    return sheet.with_name(f"{sheet.stem}-overdracht{sheet.suffix or '.pdf'}")


def write_totals_sheet(totals: TotalsService, folder: Path | None = None, actor: str = "kiosk") -> SheetFile:
    """Seal the checked totals (or take their seal) and keep the sheet as ``totals-<EML hash prefix>.pdf``.

    Refuses (EntryRefused) while it may not be made yet; SealRefused when the
    database or audit log does not verify; OSError when the file cannot be written."""
    documents = results_documents.sealed(totals, actor)
    pdf, seal, pages = documents.sheet_pdf, documents.seal, documents.transfer_pdf
    path = keep((folder or out_dir(totals.store)) / sheet_name(seal.eml_sha256), pdf)
    transfer = keep(transfer_name(path), pages)
    return SheetFile(
        path,
        seal.eml_sha256,
        seal.hash,
        hashlib.sha256(pdf).hexdigest(),
        seal.seq,
        seal.version,
        transfer,
        hashlib.sha256(pages).hexdigest(),
    )


@dataclass(frozen=True)
class ExportFile:
    path: Path
    sha256: str  # of the file itself
    eml_sha256: str  # of the EML 510b of the same totals (names the file)


def write_export(totals: TotalsService, kind: str, folder: Path | None = None, actor: str = "kiosk") -> ExportFile:
    """Write the EML 510b (``kind="eml510"``) or CSV (``kind="csv"``) export of the sealed
    totals as ``totals-<EML hash prefix>.eml.xml|.csv``; refuses as ``write_totals_sheet``."""
    if kind not in ("eml510", "csv"):
        raise ValueError(f"unknown export {kind!r}: eml510 or csv")
    documents = results_documents.sealed(totals, actor)
    eml_sha256 = documents.seal.eml_sha256
    data = documents.eml_510b if kind == "eml510" else documents.csv
    suffix = ".eml.xml" if kind == "eml510" else ".csv"
    path = keep((folder or out_dir(totals.store)) / f"totals-{eml_sha256[:16]}{suffix}", data)
    return ExportFile(path, hashlib.sha256(data).hexdigest(), eml_sha256)


# -- printing -------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintResult:
    status: str  # printed | no_lp | failed | network_present
    path: Path  # the PDF, kept whatever happened
    printer: str = ""  # the CUPS queue asked for; "" is the system default
    detail: str = ""  # lp's own answer (the job id, or its error, in English): for the audit log, never the screen
    reason: str = ""  # why it failed, coded (REASONS): its words are print.reason.<reason>
    refusal: Exception | None = field(default=None, compare=False)  # why printing was refused (a network)

    @property
    def printed(self) -> bool:
        return self.status == PRINTED

    def why(self) -> str:
        """In the active language and a few words, never lp's own: the print job of a printed
        document, or why it was not printed."""
        printer = self.printer or t("print.default_printer")
        if self.status == PRINTED:
            found = JOB_ID.search(self.detail)
            return t("print.job", job=found.group(1)).strip(" ()") if found else ""
        if self.status == NETWORK_PRESENT:
            return refusal_text(self.refusal) if self.refusal is not None else self.detail
        reason = self.reason or (NO_PRINTING_SYSTEM if self.status == NO_PRINTING_SYSTEM else OTHER)
        return t(f"print.reason.{reason}", printer=printer, seconds=int(LP_TIMEOUT_SECONDS))

    def text(self) -> str:
        """What the screen says, in the active language: never lp's own (English) words."""
        printer = self.printer or t("print.default_printer")
        if self.status == PRINTED:
            found = JOB_ID.search(self.detail)
            job = t("print.job", job=found.group(1)) if found else ""
            return t("print.printed", path=self.path, printer=printer, job=job)
        if self.status == FAILED:
            why = t(f"print.reason.{self.reason or OTHER}", printer=printer, seconds=int(LP_TIMEOUT_SECONDS))
            return t("print.failed", path=self.path, printer=printer, reason=why)
        if self.status == NETWORK_PRESENT:
            reason = refusal_text(self.refusal) if self.refusal is not None else self.detail
            return t("print.network_present", path=self.path, reason=reason)
        return t(f"print.{self.status}", path=self.path, printer=printer)


def failure_reason(said: str) -> str:
    """The coded reason of a failed lp run, from what it said (``OTHER`` when not recognised)."""
    for reason, pattern in REASONS:
        if pattern.search(said):
            return reason
    return OTHER


def print_pdf(
    path: Path, printer: str = "", *, timeout: float = LP_TIMEOUT_SECONDS, also: tuple[Path, ...] = ()
) -> PrintResult:
    """Send the PDF at ``path`` (and the files ``also``, in the same job) to CUPS with ``lp`` (queue
    ``printer``, else the default). A failure comes back with its coded reason and lp's own words."""
    path = Path(path)
    lp = shutil.which("lp")
    if lp is None:
        return PrintResult(NO_PRINTING_SYSTEM, path, printer, "lp not found")
    command = [lp, *(["-d", printer] if printer else []), "--", str(path), *(str(p) for p in also)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env={**os.environ, **LP_LOCALE})
    except subprocess.TimeoutExpired as error:
        return PrintResult(FAILED, path, printer, str(error), TIMED_OUT)
    except OSError as error:
        return PrintResult(FAILED, path, printer, str(error), OTHER)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip() or f"lp exit code {done.returncode}"
        return PrintResult(FAILED, path, printer, said, failure_reason(said))
    return PrintResult(PRINTED, path, printer, done.stdout.strip())


def record_printed(store: Store, actor: str, sheet: SheetFile, printer: str) -> None:
    """The audit event of a sheet that went to the printer."""
    with store.transaction():
        store.audit(
            actor,
            "totals.printed",
            {
                "eml_sha256": sheet.eml_sha256,
                "pdf_sha256": sheet.pdf_sha256,
                "seal": sheet.audit_seq,
                "printer": printer or "(default)",
            }
            | ({"transfer_pdf_sha256": sheet.transfer_sha256} if sheet.transfer_sha256 else {}),
        )


def record_print_failed(store: Store, actor: str, sheet: SheetFile, result: PrintResult) -> None:
    """The audit event of a sheet that did not reach the printer: the coded reason, and lp's own words."""
    with store.transaction():
        store.audit(
            actor,
            "totals.print_failed",
            {
                "eml_sha256": sheet.eml_sha256,
                "pdf_sha256": sheet.pdf_sha256,
                "seal": sheet.audit_seq,
                "printer": result.printer or "(default)",
                "reason": result.reason or result.status,
                "detail": result.detail,
            },
        )


def print_totals_sheet(
    totals: TotalsService, actor: str, printer: str = "", *, guard=None, folder: Path | None = None
) -> tuple[SheetFile, PrintResult]:
    """Write the sheet (kept in any case), then print it and record that it was printed.

    ``guard`` (a ``kiosk.services.network.NetworkGuard``) refuses printing while a
    network is present; it is checked only when there is a printing system at all.
    Refusals to make the sheet raise as in ``write_totals_sheet``."""
    sheet = write_totals_sheet(totals, folder, actor)
    if shutil.which("lp") is None:
        result = PrintResult(NO_PRINTING_SYSTEM, sheet.path, printer, "lp not found", NO_PRINTING_SYSTEM)
        record_print_failed(totals.store, actor, sheet, result)
        return sheet, result
    if guard is not None:
        guard.check()
        try:
            guard.require_offline("print")
        except EntryRefused as error:  # the guard records the network itself
            return sheet, PrintResult(NETWORK_PRESENT, sheet.path, printer, str(error), refusal=error)
    # The transfer pages go with the sheet: the CSB scans them (kiosk csb scan).
    result = print_pdf(sheet.path, printer, also=(sheet.transfer_path,) if sheet.transfer_path else ())
    if result.printed:
        record_printed(totals.store, actor, sheet, printer)
    else:
        record_print_failed(totals.store, actor, sheet, result)
    return sheet, result
