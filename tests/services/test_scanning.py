"""Scanned pages through the scan service: accepted, refused, twice, rescanned."""

from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk import i18n
from kiosk.domain.workflow import Status
from kiosk.services import forms
from kiosk.services.auth import Account
from kiosk.services.entry import EntryRefused
from kiosk.services.scanner_device import scan_with_device
from kiosk.services.scanning import PendingRead, ScanBatch, ScanOutcome, ScanService, ScanStatus
from kiosk.store import audit
from kiosk.store import pages as page_repo
from kiosk.tui.screens.audit_words import details_text
from tests.support.entry import CLERK, VERIFIER_1
from tests.support.scanner import fake_scanimage, page_image, png


@pytest.fixture
def scanner(entries):
    return ScanService(entries)


def snapshot(store):
    return store.db["pages"].count, store.db["station_events"].count


def test_an_accepted_page_is_stored_and_its_proposals_are_right(scanner, entries, demo_store):
    data, truth = page_image(entries, 2, 1)
    assert entries.incomplete_scans() == {}
    outcome = scanner.ingest_bytes(CLERK, data, "scan-0001.png")
    assert outcome.status == "accepted" and (outcome.station, outcome.page) == (2, 1)
    pages = forms.template(entries.election, 2)["page_count"]
    missing = entries.incomplete_scans()[2]  # the other pages can still be scanned
    assert (missing.present, missing.total, missing.missing) == (1, pages, tuple(range(2, pages + 1)))
    assert missing.ranges() == f"2–{pages}"
    state = entries.state(2)
    assert state.status is Status.SCANNED
    proposed = {code: state.proposals[code] for code in truth["values"] if state.proposals[code] is not None}
    assert outcome.proposals == len(proposed)
    wrong = {code: (value, truth["values"][code]) for code, value in proposed.items() if value != truth["values"][code]}
    assert wrong == {}, "OCR proposed a wrong value"
    stored = page_repo.current_pages(demo_store.db, "GR2026_Duinwijk", 2)[1]
    assert (demo_store.home / stored["file"]).read_bytes() == data
    assert audit.rows(demo_store.db, limit=1)[0]["action"] == "scan.accepted"


def test_a_page_scanned_twice_is_recognised(scanner, entries, demo_store):
    data, _ = page_image(entries, 3, 1)
    scanner.ingest_bytes(CLERK, data, "a.png")
    before = snapshot(demo_store)
    outcome = scanner.ingest_bytes(CLERK, data, "b.png")
    assert outcome.status == "duplicate" and "al gescand" in outcome.reason
    assert snapshot(demo_store) == before


def test_blank_paper_is_skipped_not_refused(scanner, demo_store):
    before, audited = snapshot(demo_store), demo_store.db["audit_log"].count
    outcome = scanner.ingest_bytes(CLERK, png(np.full((2339, 1654), 250, np.uint8)), "scan-0002.png")
    assert outcome.status == "skipped" and outcome.code == "blank_page" and "lege pagina" in outcome.reason
    assert snapshot(demo_store) == before and demo_store.db["audit_log"].count == audited


@pytest.mark.parametrize("kind", ["noise", "not-an-image", "other-election"])
def test_bad_pages_are_refused_with_a_reason_and_nothing_is_stored(scanner, entries, demo_store, kind):
    if kind == "noise":
        data = png(np.random.default_rng(1).integers(0, 255, (1400, 1000), dtype=np.uint8))
    elif kind == "not-an-image":
        data = b"%PDF-1.4 this is not an image"
    else:
        from dataclasses import replace

        other = replace(entries.election, id="GR2026_Elders")
        data, _ = page_image(entries, 2, 1, template=forms.template(other, 2))
    before = snapshot(demo_store)
    outcome = scanner.ingest_bytes(CLERK, data, f"{kind}.png")
    assert outcome.status == "refused" and outcome.reason
    assert snapshot(demo_store) == before
    assert not demo_store.pages_dir.exists() or not any(demo_store.pages_dir.rglob("*.png"))
    last = audit.rows(demo_store.db, limit=1)[0]
    assert last["action"] == "scan.refused" and last["details"]["reason"] == outcome.reason


def test_a_folder_lists_the_files_it_does_not_read(scanner, entries, demo_store, tmp_path):
    data, _ = page_image(entries, 2, 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "scan-0001.png").write_bytes(data)
    (stick / "copier.pdf").write_bytes(b"%PDF-1.4 three scanned pages")
    (stick / "README").write_text("scans of 25 November")
    (stick / "._scan-0001.png").write_bytes(b"\x00\x05\x16\x07")  # macOS metadata: hidden, left out
    (stick / "sub").mkdir()
    audited = demo_store.db["audit_log"].count
    outcomes = scanner.ingest_folder(CLERK, stick)
    assert [(Path(o.source).name, o.status) for o in outcomes] == [
        ("README", "skipped"),
        ("copier.pdf", "skipped"),
        ("scan-0001.png", "accepted"),
        ("sub", "skipped"),
    ]
    assert "een map" in outcomes[3].reason
    assert "PDF" in outcomes[1].reason and "PNG, JPEG of TIFF" in outcomes[1].reason
    assert "zonder extensie" in outcomes[0].reason and outcomes[0].code == "no_extension"
    assert outcomes[1].code == "pdf" and outcomes[3].code == "folder"
    # The screens and `kiosk scan` say it in the chosen language; the record keeps the Dutch words.
    i18n.set_language("en")
    try:
        assert outcomes[1].reason_text() == "a PDF, not an image: not read; scan the pages as PNG, JPEG or TIFF"
        assert (
            outcomes[1]
            .line()
            .endswith("copier.pdf: a PDF, not an image: not read; scan the pages as PNG, JPEG or TIFF")
        )
        assert (
            outcomes[2]
            .line()
            .endswith(
                "scan-0001.png: polling station 2 page 1 read "
                f"({outcomes[2].proposals} of {outcomes[2].fields} fields proposed)"
            )
        )
        assert "PDF, geen afbeelding" in outcomes[1].reason
    finally:
        i18n.set_language("nl")
    assert demo_store.db["pages"].count == 1  # only the image
    new = audit.rows(demo_store.db, limit=demo_store.db["audit_log"].count - audited)
    assert "scan.accepted" in [r["action"] for r in new]
    assert not [r for r in new if r["action"].startswith("scan.") and r["details"].get("source") != "scan-0001.png"]


def test_a_file_that_cannot_be_read_is_refused_and_audited(scanner, demo_store, tmp_path):
    before = snapshot(demo_store)
    outcome = scanner.ingest_file(CLERK, tmp_path / "gone.png")  # taken away between listing and reading
    assert outcome.status == "refused" and outcome.code == "unreadable" and "niet te lezen" in outcome.reason
    assert snapshot(demo_store) == before
    last = audit.rows(demo_store.db, limit=1)[0]
    assert last["action"] == "scan.refused" and last["details"]["reason"] == outcome.reason


def test_a_multi_page_tiff_is_refused_not_cut_to_its_first_page(scanner, entries, demo_store, tmp_path):
    first, _ = page_image(entries, 2, 1)
    second, _ = page_image(entries, 2, 2)
    pages = [cv2.imdecode(np.frombuffer(d, np.uint8), cv2.IMREAD_GRAYSCALE) for d in (first, second)]
    assert cv2.imwritemulti(str(tmp_path / "batch.tif"), pages)
    before = snapshot(demo_store)
    outcome = scanner.ingest_file(CLERK, tmp_path / "batch.tif")
    assert outcome.status == "refused" and outcome.code == "multi_page"
    assert "2 pagina's" in outcome.reason and "eigen bestand" in outcome.reason
    assert snapshot(demo_store) == before
    last = audit.rows(demo_store.db, limit=1)[0]
    assert last["action"] == "scan.refused" and last["details"]["reason"] == outcome.reason
    # The log keeps the refusal as data: its words can be made again, in either language.
    assert last["details"]["code"] == "multi_page" and last["details"]["params"] == dict(outcome.params)
    assert "2 pagina's" in details_text("scan.refused", last["details"])
    i18n.set_language("en")
    try:
        english = details_text("scan.refused", last["details"])
    finally:
        i18n.set_language("nl")
    assert "2 pages" in english and "pagina" not in english, english
    # One page per TIFF is read like any image.
    assert cv2.imwrite(str(tmp_path / "single.tif"), pages[0])
    assert scanner.ingest_file(CLERK, tmp_path / "single.tif").status == "accepted"


def test_a_rescan_replaces_a_page_until_the_first_entry_starts(scanner, entries, demo_store):
    first, _ = page_image(entries, 4, 1, seed=1)
    second, _ = page_image(entries, 4, 1, seed=2)
    assert scanner.ingest_bytes(CLERK, first, "first.png").replaced is False
    outcome = scanner.ingest_bytes(CLERK, second, "rescan.png")
    assert outcome.status == "accepted" and outcome.replaced and "vervangt de eerdere scan" in outcome.line()
    import hashlib

    logged = audit.rows(demo_store.db, limit=5)
    accepted = next(r for r in logged if r["action"] == "scan.accepted")
    assert accepted["details"]["replaces"] == hashlib.sha256(first).hexdigest()
    current = page_repo.current_pages(demo_store.db, "GR2026_Duinwijk", 4)[1]
    assert current["sha256"] == hashlib.sha256(second).hexdigest()
    assert demo_store.db["pages"].count == 2  # the first scan stays, for history
    entries.claim(VERIFIER_1, 4, 1)
    third, _ = page_image(entries, 4, 1, seed=3)
    outcome = scanner.ingest_bytes(CLERK, third, "late.png")
    assert outcome.status == "refused" and outcome.code == "entry_started"


def test_missing_pages_are_named_in_runs():
    from kiosk.services.entry import MissingPages

    assert MissingPages(6, 10, (3, 7, 8, 9, 10)).ranges() == "3, 7–10"
    assert MissingPages(9, 10, (1,)).ranges() == "1"
    assert MissingPages(7, 10, (2, 4, 5)).ranges() == "2, 4–5"


def test_only_clerks_and_coordinators_scan(scanner, entries):
    data, _ = page_image(entries, 5, 1)
    with pytest.raises(EntryRefused):
        scanner.ingest_bytes(Account("invoerder1", "verifier"), data, "x.png")


def test_a_batch_from_the_scanner_is_read_from_scanimage_output(tmp_path, monkeypatch, entries):
    data, _ = page_image(entries, 6, 1)
    source = tmp_path / "page.png"
    source.write_bytes(data)
    fake_scanimage(tmp_path / "bin", [source], monkeypatch)
    batch = scan_with_device("fake:0", tmp_path / "out")
    assert [f.read_bytes() for f in batch.files] == [data] and batch.stopped is None  # exit 7: the feeder ran empty


def test_a_scanner_that_stops_halfway_keeps_its_pages_and_says_why(tmp_path, monkeypatch):
    source = tmp_path / "page.png"
    source.write_bytes(b"page")
    fake_scanimage(
        tmp_path / "bin", [source], monkeypatch, exit_code=9, message="scanimage: sane_read: Document feeder jammed"
    )
    batch = scan_with_device("fake:0", tmp_path / "out")
    assert [f.name for f in batch.files] == ["scan-0001.png"]
    assert "Document feeder jammed" in batch.stopped and "fake:0" in batch.stopped


def test_without_sane_the_message_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EntryRefused, match="sane-utils"):
        scan_with_device("any", tmp_path / "out")


def test_reading_touches_no_database_so_a_worker_thread_may_do_it(scanner, entries, demo_store):
    """The UI reads pages in a worker thread: SQLite would refuse any use of the
    store's connection there, so this fails if ``read`` ever touches it."""
    import threading

    data, _ = page_image(entries, 3, 1)
    before = snapshot(demo_store)
    readings, errors = [], []

    def work():
        try:
            readings.append(scanner.read(data, "scan-3.png"))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == [] and readings[0].result.accepted
    assert snapshot(demo_store) == before  # reading wrote nothing
    outcome = scanner.attach(CLERK, readings[0])
    assert outcome.status == "accepted" and outcome.station == 3
    again = scanner.attach(CLERK, scanner.read(data, "scan-3-again.png"))
    assert again.status == "duplicate"


def test_a_batch_settles_what_needs_no_reading_and_reads_the_rest_in_three_steps(scanner, entries, tmp_path):
    first, _ = page_image(entries, 2, 1)
    second, _ = page_image(entries, 2, 2)
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.png").write_bytes(first)
    (folder / "b.txt").write_text("not a page")
    (folder / "c.png").write_bytes(first)  # the same page again
    (folder / "d.png").write_bytes(second)
    batch = ScanBatch(scanner, CLERK, sorted(folder.iterdir()))
    pending = batch.prepare()
    assert isinstance(pending, PendingRead) and pending.source.endswith("a.png")
    assert batch.attach(batch.read(pending)).status is ScanStatus.ACCEPTED
    skipped = batch.prepare()  # settled without reading
    assert isinstance(skipped, ScanOutcome) and skipped.status is ScanStatus.SKIPPED
    known = batch.prepare()  # seen before: recognised before any reading
    assert isinstance(known, ScanOutcome) and known.status is ScanStatus.DUPLICATE and known.station == 2
    batch.stop()  # Esc: the rest stays in the folder
    assert batch.done and batch.prepare() is None
    assert [o.status for o in batch.outcomes] == ["accepted", "skipped", "duplicate"]
    assert entries.incomplete_scans()[2].present == 1


def test_a_batch_is_refused_to_an_account_that_may_not_scan(scanner, tmp_path):
    with pytest.raises(EntryRefused) as refused:
        ScanBatch(scanner, VERIFIER_1, [tmp_path / "a.png"])
    assert refused.value.code == "workflow.role_not_allowed"
