"""`kiosk election stations`, `kiosk partial` and `kiosk reentry`: a partial sheet from the command line."""

from __future__ import annotations

import re
import shutil

import cv2
import pytest

from kiosk.demo import setup
from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.domain.fields import field_codes
from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryService
from kiosk.store import open_store
from ocr.synth.render import rasterize_pdf
from tests.support.entry import VERIFIER_1, make_definitive, paper, type_entry

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("tesseract") is None,
    reason="pdftoppm (poppler-utils) and tesseract-ocr are needed",
)
PASSWORD = f"{DEMO_PASSWORD}\n"


def test_a_partial_sheet_travels_to_the_main_kiosk(kiosk, demo_home, tmp_path, monkeypatch, capsys):
    code, out, _ = kiosk("election", "stations")
    assert code == 0 and "alle stembureaus" in out
    code, _, err = kiosk("partial", "--out", str(tmp_path / "deel.pdf"))
    assert code == 2 and "geen reeks" in err and "Traceback" not in err
    code, _, err = kiosk("election", "stations", "1-2,99", "--by", "coordinator", stdin=PASSWORD)
    assert code == 2 and "99" in err
    code, out, _ = kiosk("election", "stations", "1-2", "--by", "coordinator", stdin=PASSWORD)
    assert code == 0 and "1-2" in out
    code, _, err = kiosk("partial", "--out", str(tmp_path / "deel.pdf"))
    assert code == 2 and "1, 2" in err  # not definitive yet: names the stations

    store = open_store(demo_home)
    entries = EntryService(store)
    for number in (1, 2):
        make_definitive(entries, number, paper(entries, number))
    store.close()
    code, out, _ = kiosk("partial", "--out", str(tmp_path / "deel.pdf"))
    assert code == 0, out
    digest = re.search(r"Vingerafdruk cijfers: ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", out).group(1)
    assert (tmp_path / "deel.pdf").is_file() and (tmp_path / "deel-bijlage.pdf").is_file()

    # The main kiosk: the demo election, no range; the annex scanned with `kiosk scan`.
    main_home = tmp_path / "main"
    main = open_store(main_home)
    setup.set_up(main)
    main.close()
    pages = tmp_path / "pages"
    pages.mkdir()
    for k, image in enumerate(rasterize_pdf((tmp_path / "deel-bijlage.pdf").read_bytes(), dpi=300), start=1):
        cv2.imwrite(str(pages / f"bijlage-{k:02d}.png"), image)
    kiosk.home = main_home
    code, out, _ = kiosk("scan", "--dir", str(pages), "--by", "scanner", stdin=PASSWORD)
    assert code == 0 and "4 pagina's: 4 ingelezen" in out and "0 geweigerd" in out, out
    proposed = re.findall(r"\((\d+) van (\d+) velden voorgesteld\)", out)
    assert len(proposed) == 4 and all(a == b for a, b in proposed)  # every printed field proposed

    main = open_store(main_home)
    entries = EntryService(main)
    for number in (1, 2):
        proposals = entries.state(number).proposals
        type_entry(entries, VERIFIER_1, number, 1, {c: proposals[c] for c in field_codes(entries.shape)})
    main.close()
    wrong = "0000 " * 16
    code, _, err = kiosk("reentry", "1-2", "--by", "invoerder2", "--digest", wrong, stdin=PASSWORD)
    assert code == 2 and "tweede, blinde invoer" in err
    code, out, _ = kiosk("reentry", "1-2", "--by", "invoerder2", "--digest", digest, stdin=PASSWORD)
    assert code == 0 and "definitief" in out
    main = open_store(main_home)
    assert {EntryService(main).state(n).status for n in (1, 2)} == {Status.DEFINITIVE}
    main.close()


def test_reentry_refuses_stations_not_entered_from_transfer_pages(kiosk, demo_home):
    code, _, err = kiosk("reentry", "3-4", "--by", "invoerder1", "--digest", "0" * 64, stdin=PASSWORD)
    assert code == 2 and "3-4" in err and "Traceback" not in err
    code, _, err = kiosk("reentry", "3-x", "--by", "invoerder1", "--digest", "0" * 64, stdin=PASSWORD)
    assert code == 2 and "3-x" in err


def test_the_range_chosen_at_import(kiosk, tmp_path):
    import hashlib

    from kiosk.demo.setup import write_eml_files

    files = dict(write_eml_files(tmp_path / "eml"))
    code, _, err = kiosk("users", "add", "coordinator", "--role", "coordinator", stdin=PASSWORD * 2)
    assert code == 0, err

    def digest(kind: str) -> str:
        return hashlib.sha256(files[kind].read_bytes()).hexdigest()

    for kind in ("110a", "230b"):
        assert kiosk("import", str(files[kind]), "--hash", digest(kind))[0] == 0
    code, _, err = kiosk(
        "import", str(files["110b"]), "--hash", digest("110b"), "--stations", "7-", "--by", "coordinator"
    )
    assert code == 2 and "7-" in err  # refused before anything is written
    code, _, err = kiosk("import", str(files["110b"]), "--hash", digest("110b"), "--stations", "1-6")
    assert code == 2 and "--by" in err
    code, out, err = kiosk(
        "import",
        str(files["110b"]),
        "--hash",
        digest("110b"),
        "--stations",
        "1-6",
        "--by",
        "coordinator",
        stdin=PASSWORD,
    )
    assert code == 0 and "1-6" in out, err
    code, out, _ = kiosk("election", "stations")
    assert code == 0 and "stembureaus 1-6 in" in out
