"""`kiosk scan --dir`: every file in the folder is accounted for."""

import re

import cv2
import numpy as np

from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.services.entry import EntryService
from kiosk.store import open_store
from tests.support.scanner import fake_scanimage, page_image


def page_png(home, station: int, page: int) -> bytes:
    store = open_store(home)
    try:
        return page_image(EntryService(store), station, page)[0]
    finally:
        store.close()


def test_a_folder_with_a_page_a_pdf_and_other_files(kiosk, demo_home, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "sb02-p01.png").write_bytes(page_png(demo_home, 2, 1))
    (folder / "copier.pdf").write_bytes(b"%PDF-1.4 scanned pages")
    (folder / "notes.txt").write_text("second batch tomorrow")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    cv2.imwrite(str(folder / "sb02-p01-back.png"), np.full((1170, 827), 248, np.uint8))  # the back of the sheet
    code, out, _ = kiosk("scan", "--dir", str(folder), "--by", "scanner", stdin=f"{DEMO_PASSWORD}\n")
    assert code == 0, out  # nothing refused: the skipped files are no pages
    assert "sb02-p01.png: stembureau 2 pagina 1 ingelezen" in out
    assert "copier.pdf: een PDF, geen afbeelding: niet ingelezen" in out
    assert "notes.txt: een .txt-bestand, geen afbeelding" in out
    assert "sb02-p01-back.png: lege pagina" in out
    assert ".DS_Store" not in out
    assert (
        "1 pagina's: 1 ingelezen of al bekend, 0 geweigerd; 3 overgeslagen (geen pagina van een proces-verbaal)" in out
    )
    assert re.search(r"nog niet alle pagina's gescand: stembureau 2 \(ontbreekt: pagina 2–(\d+) van \1\)", out)


def test_a_refused_page_makes_the_exit_code_2(kiosk, demo_home, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    cv2.imwrite(str(folder / "photo.png"), np.random.default_rng(1).integers(0, 256, (600, 420), dtype=np.uint8))
    code, out, _ = kiosk("scan", "--dir", str(folder), "--by", "scanner", stdin=f"{DEMO_PASSWORD}\n")
    assert code == 2
    assert "photo.png: geen markeringen gevonden" in out and "1 pagina's: 0 ingelezen of al bekend, 1 geweigerd" in out


def test_a_scanner_jam_is_reported_after_the_pages_it_delivered(kiosk, demo_home, tmp_path, monkeypatch):
    page = tmp_path / "page.png"
    page.write_bytes(page_png(demo_home, 3, 1))
    fake_scanimage(
        tmp_path / "bin", [page], monkeypatch, exit_code=9, message="scanimage: sane_read: Document feeder jammed"
    )
    code, out, _ = kiosk("scan", "--device", "fake:0", "--by", "scanner", stdin=f"{DEMO_PASSWORD}\n")
    assert code == 2
    assert "stembureau 3 pagina 1 ingelezen" in out
    assert "de scanner stopte voordat de invoerlade leeg was" in out and "Document feeder jammed" in out
