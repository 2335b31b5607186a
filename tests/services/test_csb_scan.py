"""The CSB reads the GSB's totals from the transfer pages printed with its sheet (issue 20 item 3:
"the CSB for municipal sheets scans these pages").

The GSB's kiosk seals its totals and prints them on transfer pages; the CSB's kiosk scans them at
300 dpi, the printed-number reader proposes every total, the verifier confirms, and the digest
printed on the sheet makes the entry definitive. A number changed with a pen gets no proposal and
is caught by the digest; pages that are missing, doubled, of a station or of another
municipality are refused by name, and nothing is recorded.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace

import cv2
import numpy as np
import pytest

from kiosk.domain.sheet_digest import groups
from kiosk.services import counting_method, forms, results_documents, transfer
from kiosk.services.csb import CsbService
from kiosk.services.csb_scan import CsbScanService
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.scanning import ScanService
from kiosk.store import audit, open_store
from ocr.forms.pdf import render_pdf, render_pdfs
from ocr.synth.render import rasterize_pdf
from tests.conftest import FakeClock
from tests.support.elections import KINDS, generated, import_election
from tests.support.entry import CLERK, COORDINATOR, VERIFIER_1, VERIFIER_2, count_everything
from tests.support.pdftext import pdf_text

pytestmark = pytest.mark.skipif(
    not shutil.which("pdftoppm") or not shutil.which("tesseract"), reason="needs poppler-utils and tesseract-ocr"
)

ELECTION = replace(generated(KINDS["GR"]), number_of_seats=9, subcategory="GR1")
DPI = 300


@pytest.fixture(scope="module")
def gsb(tmp_path_factory):
    """The GSB's sealed totals, the digest its sheet prints, and its transfer pages as scans."""
    home = tmp_path_factory.mktemp("gsb")
    store = open_store(home, clock=FakeClock())
    import_election(store, ELECTION)
    counting_method.choose(store, COORDINATOR, "DSO")
    documents = results_documents.sealed(count_everything(EntryService(store)))
    sheet = pdf_text(documents.sheet_pdf)
    digest = re.search(r"Vingerafdruk cijfers:\s+((?:[0-9a-f]{4}\s+){15}[0-9a-f]{4})", sheet).group(1)
    pages_text = pdf_text(documents.transfer_pdf)
    assert digest in pages_text  # the transfer pages print the sheet's digest
    scans = []
    for k, image in enumerate(rasterize_pdf(documents.transfer_pdf, dpi=DPI), start=1):
        path = home / f"overdracht-{k}.png"
        cv2.imwrite(str(path), image)
        scans.append(path)
    yield {
        "totals": dict(documents.ready.totals.counts),
        "digest": "".join(digest.split()),
        "scans": scans,
        "store": store,
    }
    store.close()


def csb_kiosk(tmp_path) -> CsbService:
    store = open_store(tmp_path / "csb", clock=FakeClock())
    import_election(store, ELECTION)
    counting_method.choose(store, COORDINATOR, "DSO")
    return CsbService(EntryService(store))


def prove(service: CsbService, digest: str):
    challenge = service.digest_challenge()
    return service.confirm_digest(VERIFIER_1, challenge, tuple(groups(digest)[i] for i in challenge.blanked))


def test_every_total_is_proposed_exactly_and_the_digest_makes_the_entry_definitive(tmp_path, gsb):
    service = csb_kiosk(tmp_path)
    scanner = CsbScanService.with_header_check(service)
    sheet = scanner.read_sheet(gsb["scans"], service.stations("1-3"))
    assert sheet.problems() == []
    proposals = sheet.proposals()
    assert len(proposals) == len(gsb["totals"]) > 20
    assert proposals == gsb["totals"]  # every total read, none wrong

    state = scanner.record(VERIFIER_1, 1, "1-3", proposals, sheet)
    assert state.first is not None and state.definitive_by is None
    assert prove(service, gsb["digest"]).definitive_by == "digest"
    entry = audit.last_of(service.store.db, "csb.entry")["details"]
    assert entry["scan"]["confirmed"] == len(proposals) and entry["scan"]["changed"] == entry["scan"]["typed"] == []
    kept = [p["sha256"] for p in entry["scan"]["pages"]]
    assert len(kept) == len(gsb["scans"])
    assert all(list(service.store.pages_dir.rglob(f"{sha}.png")) for sha in kept)  # the images are kept
    assert sum(service.result().total_seats.values()) == 9


def pen_stroke(path, code: str, out):
    """Strike through the printed number of ``code`` with a pen and write the new figure beside it."""
    template = transfer.totals_template(ELECTION, (1, 2, 3))
    for page in template["pages"]:
        for field in page["fields"]:
            if field["code"] == code:
                x, y, w, h = (v * DPI / 25.4 for v in field["boxes_mm"][0])
                image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
                for dy in (-3, 0, 3):
                    cv2.line(image, (int(x + 4), int(y + h / 2 + dy)), (int(x + w - 4), int(y + h / 2 + dy)), 40, 3)
                cv2.imwrite(str(out), image)
                return page["page"]
    raise AssertionError(code)


def test_a_total_changed_with_a_pen_gets_no_proposal_and_the_digest_catches_it(tmp_path, gsb):
    service = csb_kiosk(tmp_path)
    scanner = CsbScanService.with_header_check(service)
    scans = list(gsb["scans"])
    page = pen_stroke(scans[0], "L1.1", tmp_path / "pen.png")
    scans[page - 1] = tmp_path / "pen.png"
    sheet = scanner.read_sheet(scans, service.stations("1-3"))
    proposals = sheet.proposals()
    assert proposals["L1.1"] is None  # a stroke through a printed number: no proposal
    assert {c: v for c, v in proposals.items() if c != "L1.1"} == {
        c: v for c, v in gsb["totals"].items() if c != "L1.1"
    }
    # The pen wrote 10 more for candidate 1 (and 10 fewer for candidate 2, so the page still adds
    # up); the verifier confirms what the paper now says.
    values = dict(proposals, **{"L1.1": gsb["totals"]["L1.1"] + 10, "L1.2": gsb["totals"]["L1.2"] - 10})
    scanner.record(VERIFIER_1, 1, "1-3", values, sheet)
    with pytest.raises(Exception) as refused:
        prove(service, gsb["digest"])
    assert refused.value.code == "csb.digest_mismatch"
    assert service.gsb_state().definitive_by is None
    details = audit.last_of(service.store.db, "csb.entry")["details"]["scan"]
    assert details["typed"] == ["L1.1"] and details["changed"] == ["L1.2"]
    # As for a sheet of any other system: a second, blind entry by another person decides.
    state = service.enter_totals(VERIFIER_2, 2, "1-3", gsb["totals"])
    assert state.differing() == ("L1.1", "L1.2")


def refused_codes(sheet) -> list[str]:
    return [code for code, _ in sheet.problems()]


def nothing_recorded(service: CsbService) -> bool:
    return audit.last_of(service.store.db, "csb.entry") is None and not list(service.store.pages_dir.rglob("*.png"))


def test_a_missing_page_is_named_and_nothing_is_recorded(tmp_path, gsb):
    service = csb_kiosk(tmp_path)
    scanner = CsbScanService(service)
    count = len(gsb["scans"])
    sheet = scanner.read_sheet(gsb["scans"][:-1], service.stations("1-3"))
    assert sheet.problems() == [("csb.scan.pages_missing", {"pages": str(count), "count": count})]
    with pytest.raises(EntryRefused) as refused:
        scanner.record(VERIFIER_1, 1, "1-3", sheet.proposals(), sheet)
    assert refused.value.code == "csb.scan.pages_missing"
    assert nothing_recorded(service)


def test_a_page_twice_with_other_images_is_refused(tmp_path, gsb):
    service = csb_kiosk(tmp_path)
    other = tmp_path / "again.png"
    image = cv2.imread(str(gsb["scans"][0]), cv2.IMREAD_GRAYSCALE)
    cv2.imwrite(str(other), np.clip(image.astype(int) - 8, 0, 255).astype(np.uint8))  # scanned again, darker
    sheet = CsbScanService(service).read_sheet([*gsb["scans"], other], service.stations("1-3"))
    assert refused_codes(sheet) == ["csb.scan.page_twice"]
    # The very same file twice is the same page.
    assert CsbScanService(service).read_sheet([*gsb["scans"], gsb["scans"][0]], (1, 2, 3)).problems() == []


def test_a_station_report_and_another_municipality_s_pages_are_refused_by_name(tmp_path, gsb):
    service = csb_kiosk(tmp_path)
    report = rasterize_pdf(render_pdf(forms.template(ELECTION, 2), [1]), dpi=DPI)[0]
    cv2.imwrite(str(tmp_path / "pv.png"), report)
    elsewhere = replace(ELECTION, authority_id="0999", authority_name="Elders")
    pages = rasterize_pdf(render_pdfs([(transfer.totals_template(elsewhere, (1, 2, 3)), None, ())], title="x"), dpi=DPI)
    cv2.imwrite(str(tmp_path / "elders.png"), pages[0])
    (tmp_path / "notes.txt").write_text("not a page")
    sheet = CsbScanService(service).read_sheet(
        [*gsb["scans"], tmp_path / "pv.png", tmp_path / "elders.png", tmp_path / "notes.txt"], (1, 2, 3)
    )
    refused = {f.source.rsplit("/", 1)[-1]: f.refused for f in sheet.files if f.refused is not None}
    assert set(refused) == {"pv.png", "elders.png"}  # the text file is skipped: no page
    assert refused["pv.png"].code == "not_municipal_page" and "stembureau 2" in refused["pv.png"].reason
    assert refused["elders.png"].code == "other_municipality" and "0999" in refused["elders.png"].reason
    assert refused_codes(sheet) == ["csb.scan.page_refused", "csb.scan.page_refused"]


def test_the_gsb_kiosk_refuses_its_own_totals_pages_saying_whose_they_are(gsb):
    entries = EntryService(gsb["store"])
    outcome = ScanService(entries).ingest_file(CLERK, gsb["scans"][0])
    assert outcome.status == "refused" and outcome.code == "municipal_totals_page"
    assert "kiosk csb scan" in outcome.reason
