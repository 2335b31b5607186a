"""Make the README's pictures of the paper: one page of each official model the kiosk prints.

Run:  .venv/bin/python docs/images/make.py    (needs pdftoppm from poppler-utils)
Writes docs/images/*.png from the demo election (a DSO and a CSO copy in a temporary folder).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.demo import setup  # noqa: E402
from kiosk.demo.scans import demo_paper  # noqa: E402
from kiosk.domain.form_model import CountingMethod  # noqa: E402
from kiosk.domain.session import Attendee, CommitteeRole, SessionDetails  # noqa: E402
from kiosk.services import forms, results_documents, session  # noqa: E402
from kiosk.services.entry import EntryService  # noqa: E402
from kiosk.services.totals import TotalsService  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from tests.support.entry import COORDINATOR, make_definitive  # noqa: E402

HERE = Path(__file__).resolve().parent
DPI = 45


def png(pdf: bytes, page: int, name: str, folder: Path) -> None:
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), "-singlefile", source, HERE / name],
        check=True,
    )
    print(HERE / f"{name}.png")


def counted(home: Path, method: CountingMethod):
    store = open_store(home)
    setup.set_up(store, method)
    entries = EntryService(store)
    for number in entries.station_numbers:
        make_definitive(entries, number, demo_paper(entries, number))
    people = (
        Attendee("A.B.", "Jansen", CommitteeRole.CHAIR, "09:00"),
        Attendee("C.", "de Vries", CommitteeRole.MEMBER, "09:00"),
        Attendee("D.", "Bakker", CommitteeRole.MEMBER, "09:00", "12:30"),
    )
    session.record(
        store, COORDINATOR, SessionDetails("Stadhuis Duinwijk", entries.election.election_date, "09:00", people)
    )
    totals = TotalsService(entries)
    hand = totals.totals().list_totals()
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)
    return entries, totals


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dso, dso_totals = counted(folder / "dso", CountingMethod.DSO)
        png(forms.blank_pdf(dso.election, 3), 1, "n10-1-page-1", folder)
        png(forms.blank_pdf(dso.election, 3), 3, "n10-1-page-3", folder)
        cso, cso_totals = counted(folder / "cso", CountingMethod.CSO)
        printed = dict(forms.blank_pdfs(cso.election, 3))
        png(printed["N10-2"], 3, "n10-2-page-3", folder)
        png(printed["Na31-2-B1"], 1, "na31-2-bijlage1-page-1", folder)
        png(results_documents.sealed(cso_totals).sheet_pdf, 5, "na31-2-page-5", folder)


if __name__ == "__main__":
    main()
