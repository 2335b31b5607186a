"""`kiosk csb ...`: the demo GR's central committee, from the GSB's printed sheet to the P 22-2 and
a valid EML 520, on the command line."""

from __future__ import annotations

import json
import re

from lxml import etree

from kiosk.demo import setup
from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.eml.schema import schema_for
from kiosk.services.entry import EntryService
from kiosk.store import audit, open_store
from tests.support.entry import count_everything
from tests.support.pdftext import pdf_text

PASSWORD = f"{DEMO_PASSWORD}\n"


def counted_gsb(home) -> dict:
    """The demo's GSB with every station entered twice and the hand count agreed; the totals."""
    store = open_store(home)
    try:
        return dict(count_everything(EntryService(store)).totals().counts)
    finally:
        store.close()


def test_the_demo_csb_session_from_the_gsb_sheet(kiosk, demo_home, tmp_path):
    values = counted_gsb(demo_home)
    code, out, err = kiosk("totals", "--out", str(tmp_path / "na31.pdf"))
    assert code == 0, err
    text = pdf_text((tmp_path / "na31.pdf").read_bytes())
    printed = re.search(r"Vingerafdruk cijfers:\s+((?:[0-9a-f]{4}\s+){15}[0-9a-f]{4})", text).group(1)

    csb_home = tmp_path / "csb"
    store = open_store(csb_home)
    setup.set_up(store)
    store.close()
    kiosk.home = csb_home
    typed = tmp_path / "gsb.json"
    code, _, err = kiosk("csb", "result")
    assert code == 2 and "nog niet definitief" in err
    typed.write_text(json.dumps(dict(values, A=values["A"] + 1)))  # a typo: the sheet's sums catch it
    code, _, err = kiosk(
        "csb",
        "totals",
        "--entry",
        "1",
        "--stations",
        "1-12",
        "--file",
        str(typed),
        "--by",
        "invoerder1",
        stdin=PASSWORD,
    )
    assert code == 2 and "A+B=D" in err
    typed.write_text(json.dumps(values))
    code, out, err = kiosk(
        "csb",
        "totals",
        "--entry",
        "1",
        "--stations",
        "1-12",
        "--file",
        str(typed),
        "--by",
        "invoerder1",
        stdin=PASSWORD,
    )
    assert code == 0 and "Invoer 1" in out, err
    code, _, err = kiosk("csb", "digest", "--by", "invoerder2", "--digest", "0" * 64, stdin=PASSWORD)
    assert code == 2 and "tweede invoer" in err
    code, out, err = kiosk("csb", "digest", "--by", "invoerder2", "--digest", printed, stdin=PASSWORD)
    assert code == 0 and "definitief" in out, err

    code, _, err = kiosk("csb", "deceased", "9", "1", "--by", "coordinator", stdin=PASSWORD)
    assert code == 2 and "lijst 9" in err
    code, out, _ = kiosk("csb", "deceased", "1", "1", "--by", "coordinator", stdin=PASSWORD)
    assert code == 0 and "overleden" in out
    code, out, _ = kiosk("csb", "result")
    result = json.loads(out.split("\n\n")[0] if "\n\n" in out else out)
    assert code == 0 and sum(result["total_seats"].values()) == 27 and 1 not in result["elected"].get("1", [])
    code, _, err = kiosk("csb", "lot", "1", "--by", "coordinator", stdin=PASSWORD)
    assert code == 2 and "niet geloot" in err

    code, out, err = kiosk("csb", "documents", "--out", str(tmp_path / "csb-out"))
    assert code == 0, err
    eml = (tmp_path / "csb-out" / "Resultaat-GR2026_Duinwijk.eml.xml").read_bytes()
    assert schema_for("520").validate(etree.fromstring(eml))
    p22 = " ".join(pdf_text((tmp_path / "csb-out" / "P22-2-GR2026_Duinwijk.pdf").read_bytes()).split())
    assert "Model P 22-2" in p22 and "Duinwijk" in p22


def test_the_csb_demo_prints_the_gsb_sheet_and_the_session_runs_as_it_says(kiosk):
    code, out, err = kiosk("demo", "--csb")
    assert code == 0, err
    digest = re.search(r"vingerafdruk cijfers: ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", out).group(1)
    totals = re.search(r"--file (\S+)", out).group(1)
    sheet = kiosk.home / "papier" / "na31-gsb.pdf"
    assert digest.replace(" ", "") in pdf_text(sheet.read_bytes()).replace(" ", "")
    for argv in (
        ("csb", "totals", "--entry", "1", "--stations", "1-12", "--file", totals, "--by", "invoerder1"),
        ("csb", "digest", "--by", "invoerder2", "--digest", digest),
        ("csb", "documents", "--out", str(kiosk.home / "uitslag")),
    ):
        code, _, err = kiosk(*argv, stdin=PASSWORD)
        assert code == 0, (argv, err)
    assert (kiosk.home / "uitslag" / "P22-2-GR2026_Duinwijk.pdf").is_file()
    code, out, _ = kiosk("demo", "--csb")  # again: the counted GSB is reused
    assert code == 0 and digest in out


def test_printing_the_p22_2_without_a_printing_system_keeps_it_and_says_so(kiosk, monkeypatch):
    import shutil as shell

    code, out, err = kiosk("demo", "--csb")
    totals = re.search(r"--file (\S+)", out).group(1)
    digest = re.search(r"vingerafdruk cijfers: ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", out).group(1)
    kiosk("csb", "totals", "--entry", "1", "--stations", "1-12", "--file", totals, "--by", "invoerder1", stdin=PASSWORD)
    kiosk("csb", "digest", "--by", "invoerder2", "--digest", digest, stdin=PASSWORD)
    real_which = shell.which
    monkeypatch.setattr(shell, "which", lambda name, *a, **k: None if name == "lp" else real_which(name, *a, **k))
    code, _, err = kiosk("csb", "documents", "--out", str(kiosk.home / "uitslag"), "--print")
    assert code == 2 and "niet afgedrukt" in err and "P22-2-GR2026_Duinwijk.pdf" in err and "Traceback" not in err
    assert "geen afdruksysteem (lp ontbreekt)" in err and "lp not found" not in err  # the reason, in Dutch
    store = open_store(kiosk.home)
    try:
        failed = audit.last_of(store.db, "csb.print_failed")["details"]
    finally:
        store.close()
    assert failed["reason"] == "no_lp" and failed["detail"] == "lp not found"  # lp's words: the log only


def test_the_csb_demo_session_from_the_scanned_transfer_pages(kiosk):
    """`kiosk csb scan`: each total proposed, Enter confirms, a typed number replaces; a word is asked
    again; then the digest. What the demo prints is what a clerk runs."""
    code, out, err = kiosk("demo", "--csb")
    assert code == 0, err
    digest = re.search(r"vingerafdruk cijfers: ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", out).group(1)
    scans = re.search(r"csb scan (\S+) --stations 1-12 --by invoerder1", out).group(1)
    assert sorted(p.name for p in (kiosk.home / "papier" / "overdracht-scans").iterdir()) == [
        "overdracht-01.png",
        "overdracht-02.png",
    ]
    argv = ("csb", "scan", scans, "--stations", "1-12", "--by", "invoerder1", "--digest", digest)
    # The wrong digest: entry 1 is kept, and a second entry is needed.
    code, out, err = kiosk(*argv[:-1], "0" * 64, stdin=PASSWORD + "\n" * 200)
    assert code == 2 and "tweede invoer" in err and "pagina 2 van 2" in out, err
    state = _gsb_state(kiosk.home)
    assert state.first is not None and state.definitive_by is None
    # Scanned again and confirmed: a word is asked again; typing the number read is the same as Enter.
    code, out, err = kiosk(*argv, stdin=PASSWORD + "elf\n\u00b2\n11005\n" + "\n" * 200)
    assert code == 0 and "definitief" in out, err
    assert "'elf' is geen aantal" in out and "'\u00b2' is geen aantal" in out
    state = _gsb_state(kiosk.home)
    assert state.definitive_by == "digest" and state.first.as_dict()["A"] == 11005


def test_csb_scan_of_an_incomplete_stack_names_the_missing_page_and_records_nothing(kiosk):
    code, out, _ = kiosk("demo", "--csb")
    scans = kiosk.home / "papier" / "overdracht-scans"
    code, out, err = kiosk(
        "csb", "scan", str(scans / "overdracht-01.png"), "--stations", "1-12", "--by", "invoerder1", stdin=PASSWORD
    )
    assert code == 2 and "nog niet gescand: pagina 2 van 2" in err and "Traceback" not in err
    assert _gsb_state(kiosk.home).first is None


def _gsb_state(home):
    from kiosk.services.csb import CsbService

    store = open_store(home)
    try:
        return CsbService(EntryService(store)).gsb_state()
    finally:
        store.close()
