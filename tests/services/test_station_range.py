"""A kiosk's own stations (kiosk.services.station_range), the scanning rules they make, and the partial
sheet sealed for them (kiosk.services.partial)."""

from __future__ import annotations

import shutil

import cv2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.station_range import StationRangeError, check_range, format_ranges, parse_ranges
from kiosk.services import counting_method, forms, station_range, transfer
from kiosk.services.auth import AuthError
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.partial import seal_partial
from kiosk.services.scanning import ScanService
from kiosk.store import audit
from ocr.forms.pdf import render_pdf
from ocr.synth.render import rasterize_pdf
from tests.support.elections import KINDS, generated, import_election
from tests.support.entry import CLERK, COORDINATOR, VERIFIER_1, make_definitive, paper

# -- the range as text ---------------------------------------------------------------------------


@given(st.sets(st.integers(1, 500), min_size=1, max_size=40))
def test_ranges_round_trip(numbers):
    text = format_ranges(numbers)
    assert parse_ranges(text) == tuple(sorted(numbers))
    assert " " not in text and text == format_ranges(parse_ranges(text))


@pytest.mark.parametrize("text", ["", " ", "a", "1-", "-3", "3-1", "1,,2", "0", "1.5", "1-2-3", "1000000"])
def test_malformed_ranges_are_refused(text):
    with pytest.raises(StationRangeError) as refused:
        parse_ranges(text)
    assert refused.value.code == "station_range.malformed"


def test_spaces_are_allowed():
    assert parse_ranges(" 1 - 3 , 7 ") == (1, 2, 3, 7)


def test_check_range():
    assert check_range(range(1, 7), (1, 2, 3), with_own_paper=(2,)) == (1, 2, 3)
    with pytest.raises(StationRangeError) as refused:
        check_range(range(1, 7), (1, 9, 10), ())
    assert refused.value.params["stations"] == "9-10"
    with pytest.raises(StationRangeError) as refused:
        check_range(range(1, 7), (1, 2), with_own_paper=(4, 5))
    assert (refused.value.code, refused.value.params["stations"]) == ("station_range.in_use", "4-5")


# -- the service ---------------------------------------------------------------------------------


@pytest.fixture
def entries(store):
    import_election(store, generated(KINDS["GR"]))  # stations 1-3
    counting_method.choose(store, COORDINATOR, "DSO")
    return EntryService(store)


def test_choose_show_and_clear(entries):
    assert station_range.own_stations(entries) is None
    assert station_range.choose(entries, COORDINATOR, "1-2") == (1, 2)
    assert station_range.own_stations(entries) == (1, 2)
    row = audit.last_of(entries.store.db, station_range.ACTION)
    assert row["details"] == {"election": entries.election.id, "stations": "1-2"}
    assert station_range.choose(entries, COORDINATOR, "alle") is None
    assert station_range.own_stations(entries) is None
    assert station_range.choose(entries, COORDINATOR, "1-3") is None  # every station: no range


def test_refusals(entries):
    with pytest.raises(AuthError):
        station_range.choose(entries, VERIFIER_1, "1")
    with pytest.raises(StationRangeError) as refused:
        station_range.choose(entries, COORDINATOR, "2-9")
    assert refused.value.code == "station_range.unknown_stations"
    make_definitive(entries, 3, paper(entries, 3))
    with pytest.raises(StationRangeError) as refused:
        station_range.choose(entries, COORDINATOR, "1-2")
    assert refused.value.params["stations"] == "3"
    assert station_range.own_stations(entries) is None  # nothing recorded


needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) needed")


def png(pdf: bytes) -> bytes:
    return cv2.imencode(".png", rasterize_pdf(pdf, dpi=200, last=1)[0])[1].tobytes()


@needs_pdftoppm
def test_a_page_is_taken_only_by_the_kiosk_whose_paper_it_is(entries):
    station_range.choose(entries, COORDINATOR, "1-2")
    scans = ScanService(entries)
    own_report_of_3 = png(forms.blank_pdf(entries.election, 3))
    refused = scans.ingest_bytes(CLERK, own_report_of_3, "sb3.png")
    assert (refused.status.value, refused.code) == ("refused", "outside_range")
    assert "andere kiosk" in refused.reason_text() and "1-2" in refused.reason_text()
    transfer_of_1 = png(render_pdf(transfer.template(entries.election, 1)))
    refused = scans.ingest_bytes(CLERK, transfer_of_1, "t1.png")
    assert (refused.status.value, refused.code) == ("refused", "transfer_own_station")
    transfer_of_3 = png(render_pdf(transfer.template(entries.election, 3)))
    accepted = scans.ingest_bytes(CLERK, transfer_of_3, "t3.png")
    assert accepted.status.value == "accepted" and entries.state(3).transfer
    own_report_of_1 = png(forms.blank_pdf(entries.election, 1))
    assert scans.ingest_bytes(CLERK, own_report_of_1, "sb1.png").status.value == "accepted"
    assert not entries.state(1).transfer


# -- the partial sheet ---------------------------------------------------------------------------


def test_the_partial_sheet_needs_a_range_and_definitive_stations(entries):
    with pytest.raises(EntryRefused) as refused:
        seal_partial(entries, "test")
    assert refused.value.code == "partial.no_range"
    station_range.choose(entries, COORDINATOR, "1-2")
    make_definitive(entries, 1, paper(entries, 1))
    with pytest.raises(EntryRefused) as refused:
        seal_partial(entries, "test")
    assert refused.value.code == "tabulation.not_ready" and refused.value.params["missing"] == (2,)


def test_sealed_once_and_the_same_bytes_when_made_again(entries):
    station_range.choose(entries, COORDINATOR, "2-3")
    for number in (2, 3):
        make_definitive(entries, number, paper(entries, number))
    first = seal_partial(entries, "test")
    again = seal_partial(entries, "test")
    assert len(audit.all_of(entries.store.db, "partial.sealed")) == 1
    assert first.sheet_pdf == again.sheet_pdf and first.annex_pdf(entries) == again.annex_pdf(entries)
    details = audit.last_of(entries.store.db, "partial.sealed")["details"]
    assert details["stations"] == "2-3" and details["numbers_sha256"] == first.data.numbers_sha256
    assert first.data.totals.stations == (2, 3)
