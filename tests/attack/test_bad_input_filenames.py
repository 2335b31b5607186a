"""File names that are not UTF-8 or hide characters, and FIFOs and devices in a scan folder: shown
neutralised, never opened when they are no regular file, and one bad file never stops the rest."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.i18n.untrusted import neutralise, shown_path, unsafe_position
from kiosk.services import forms
from kiosk.services.scan_files import folder_files
from kiosk.services.scanning import ScanService
from kiosk.store import audit
from tests.conftest import SHARED_EML
from tests.support.entry import CLERK
from tests.support.scanner import page_image

LATIN1 = b"caf\xe9"  # "café" written by a Latin-1 system: not UTF-8


def bytes_name(folder: Path, name: bytes) -> Path:
    """A path in ``folder`` whose name is these bytes (str with surrogates, as os.listdir gives it)."""
    return Path(os.fsdecode(os.fsencode(folder) + b"/" + name))


# -- neutralise --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("gewoon.png", "gewoon.png"),
        ("a b\u00a0c é ß 日本", "a b\u00a0c é ß 日本"),  # ordinary and no-break space, letters of any script
        ("lijst\u202egnp.exe", "lijst<U+202E>gnp.exe"),
        ("\u2066x\u2069", "<U+2066>x<U+2069>"),
        ("zero\u200bwidth\u200d\ufeff\u2060", "zero<U+200B>width<U+200D><U+FEFF><U+2060>"),
        ("esc\x1b[2J\x00\x7f\x85\x9b", "esc<U+001B>[2J<U+0000><U+007F><U+0085><U+009B>"),
        ("tab\tnew\nline\u2028para\u2029", "tab<U+0009>new<U+000A>line<U+2028>para<U+2029>"),
        ("private\ue000\U000f0000", "private<U+E000><U+F0000>"),
        ("caf\udce9.png", "caf<U+DCE9>.png"),
    ],
)
def test_neutralise_makes_every_hidden_character_visible(text, shown):
    assert neutralise(text) == shown
    assert neutralise(shown) == shown  # idempotent
    neutralise(text).encode("utf-8")  # always valid UTF-8


def test_neutralise_can_keep_the_lines_of_a_message():
    assert neutralise("a\u202e\nb", keep_newlines=True) == "a<U+202E>\nb"
    assert unsafe_position("ab\u200bc") == 3 and unsafe_position("abc") is None
    assert unsafe_position("a\tb", allowed="\t") is None
    assert shown_path(b"/stick/" + LATIN1 + b".png") == "/stick/caf<U+DCE9>.png"


# -- kiosk scan --dir ---------------------------------------------------------------------------


@pytest.fixture
def scanner(entries):
    return ScanService(entries)


def test_a_scan_folder_with_a_latin1_name_a_fifo_and_a_device(scanner, entries, demo_store, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    bytes_name(stick, b"a-" + LATIN1 + b".png").write_bytes(page_image(entries, 2, 1)[0])
    os.mkfifo(stick / "b-pijp.png")  # opening it would block until someone writes
    os.symlink("/dev/zero", stick / "c-apparaat.png")  # reading it would never end
    (stick / "d-lijst\u202egnp.exe.png").write_bytes(b"not an image")
    outcomes = scanner.ingest_folder(CLERK, stick)
    assert [(Path(o.source).name[:6], o.status, o.code) for o in outcomes] == [
        ("a-caf\udce9", "accepted", None),
        ("b-pijp", "skipped", "special_file"),
        ("c-appa", "skipped", "special_file"),
        ("d-lijs", "refused", "undecodable"),
    ]
    assert outcomes[0].line().startswith(f"{stick}/a-caf<U+DCE9>.png: stembureau 2 pagina 1 ingelezen")
    assert "geen gewoon bestand" in outcomes[1].line()
    assert "d-lijst<U+202E>gnp.exe.png: " in outcomes[3].line()
    recorded = [row["details"].get("source") for row in audit.rows(demo_store.db, limit=10)]
    assert "a-caf<U+DCE9>.png" in recorded and "d-lijst<U+202E>gnp.exe.png" in recorded
    stored = [p for p in demo_store.pages_dir.rglob("*") if p.is_file()]
    assert len(stored) == 1 == demo_store.db["pages"].count


def test_folder_files_lists_fifos_but_never_opens_them(tmp_path):
    os.mkfifo(tmp_path / "pijp")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in folder_files(tmp_path)] == ["pijp", "sub"]


def test_a_page_whose_record_fails_leaves_no_orphan_image(scanner, entries, demo_store, monkeypatch):
    data, _ = page_image(entries, 3, 1)

    def broken_audit(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo_store, "audit", broken_audit)
    with pytest.raises(OSError):
        scanner.ingest_bytes(CLERK, data, "scan-0001.png")
    assert demo_store.db["pages"].count == 0
    assert not any(p.is_file() for p in demo_store.pages_dir.rglob("*"))


def test_kiosk_scan_with_a_latin1_name_reads_the_whole_folder(kiosk, demo_home, tmp_path):
    import cv2
    import numpy as np

    from kiosk.services.entry import EntryService
    from kiosk.store import open_store

    store = open_store(demo_home)
    try:
        page = page_image(EntryService(store), 2, 1)[0]
    finally:
        store.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    bytes_name(stick, b"a-" + LATIN1 + b".png").write_bytes(page)
    os.mkfifo(stick / "b.png")
    cv2.imwrite(str(stick / "c.png"), np.full((1170, 827), 248, np.uint8))  # read after the others
    code, out, err = kiosk("scan", "--dir", str(stick), "--by", "scanner", stdin=f"{DEMO_PASSWORD}\n")
    assert code == 0, err
    assert "a-caf<U+DCE9>.png: stembureau 2 pagina 1 ingelezen" in out
    assert "b.png: geen gewoon bestand" in out
    assert "c.png: lege pagina" in out
    assert "\udce9" not in out


# -- kiosk import --------------------------------------------------------------------------------


def test_kiosk_import_of_a_latin1_file_name_is_recorded_neutralised(kiosk, tmp_path):
    if not SHARED_EML.is_dir():
        pytest.skip("shared EML examples absent")
    data = (SHARED_EML / "examples" / "eml110a_test.eml.xml").read_bytes()
    path = bytes_name(tmp_path, LATIN1 + b".eml.xml")
    path.write_bytes(data)
    code, out, err = kiosk("import", str(path), "--hash", hashlib.sha256(data).hexdigest())
    assert code == 0, err
    assert "caf<U+DCE9>.eml.xml" in out and "\udce9" not in out
    from kiosk.store import open_store

    store = open_store(kiosk.home)
    try:
        assert audit.rows(store.db, limit=1)[0]["details"]["source"] == "caf<U+DCE9>.eml.xml"
    finally:
        store.close()


def test_kiosk_import_refusal_names_a_hostile_file_name_neutralised(kiosk, tmp_path):
    path = bytes_name(tmp_path, b"\x1b[2J" + LATIN1 + b".xml")
    path.write_bytes(b"")
    code, _, err = kiosk("import", str(path), "--hash", "0" * 64)
    assert code == 2
    assert "<U+001B>[2Jcaf<U+DCE9>.xml" in err and "\x1b" not in err


# -- what is printed -----------------------------------------------------------------------------


def test_names_reach_the_paper_form_neutralised(demo_store):
    from dataclasses import replace

    from kiosk.store import elections as repo

    election = repo.load_election(demo_store.db)
    party = replace(election.lists[0], name="Duinwijk\u202e Vooruit")
    station = replace(election.stations[0], name="Stad\u200bhuis")
    hostile = replace(
        election, name="Verkiezing\x1b", lists=(party, *election.lists[1:]), stations=(station, *election.stations[1:])
    )
    spec = forms.form_spec(hostile, station)
    assert spec.election_name == "Verkiezing<U+001B>" and spec.station_name == "Stad<U+200B>huis"
    assert spec.lists[0].name == "Duinwijk<U+202E> Vooruit"
    template = json.dumps(forms.template(hostile, station.number), ensure_ascii=False)
    assert "\u202e" not in template and "\u200b" not in template and "Stad<U+200B>huis" in template


def test_ocr_forms_neutralise_on_their_own():
    from ocr.forms import FormSpec

    spec = FormSpec("GR2026_X", "Naam\u202e", False, [(1, "Partij\u2066", ["Jansen\u200b, A."])], 1, "Stad\x85huis")
    assert (spec.election_name, spec.station_name) == ("Naam<U+202E>", "Stad<U+0085>huis")
    assert spec.lists[0].name == "Partij<U+2066>" and spec.lists[0].candidates == ("Jansen<U+200B>, A.",)
    with pytest.raises(ValueError):
        FormSpec("GR2026_X", "Naam", False, [(1, "P", ["J"])], 10**7, "S")  # beyond the page code's six digits


def test_the_totals_sheet_canvas_draws_hidden_characters_visibly():
    from datetime import datetime, timezone

    from kiosk.reports.sheet_layout import Canvas

    canvas = Canvas(datetime(2026, 3, 19, tzinfo=timezone.utc), "Gemeente\u202e")
    assert canvas.width("Lijst\u202e") == canvas.width("Lijst<U+202E>")
    assert canvas.wrap("Partij\u2028voor\u200bde", 500) == ["Partij<U+2028>voor<U+200B>de"]
    canvas.pdf.add_page()
    canvas.text(20, 20, "Jan\x1bJansen\udce9")  # drawn without an error: markers are in the font
    assert canvas.output().startswith(b"%PDF")
