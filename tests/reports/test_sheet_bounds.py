"""The totals sheet at the size of a real Tweede Kamer election in the largest municipality: 26
lists (one of 80 candidates), list names of ~70 characters, candidates of ~60, and 450 stations
with their definitive results (Bijlage 1: one block per station), for central and decentral
counting.

Read back with pdftotext (skipped without poppler-utils): every list name, every candidate of the
list of 80 and a sample of the others with their totals, every station in 1.2 and in Bijlage 1,
"pagina x van y" on every page, and every word inside the page's margins at a readable size.
(Render time at this size, measured: about 1 s; tests/bench/bench_tally.py --case tk.)
"""

from __future__ import annotations

import random

import pytest

from kiosk.demo.results import consistent_results
from kiosk.domain.election import PollingStation
from kiosk.domain.form_model import CountingMethod
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import sum_results
from kiosk.reports.sheet_layout import LEFT, MIN_SIZE, PAGE_H, RIGHT
from kiosk.reports.totals_sheet import SheetData, render_totals_sheet
from tests.reports.test_totals_sheet import AUDIT_HEAD, EML_HASH, PRODUCED, agreed_check
from tests.support.elections import tk_election
from tests.support.pdftext import pdf_text, pdf_words

SIZES = (80, 50, 50, 50) + (30,) * 22
STATIONS = 450
#: Candidates checked on every list besides the list of 80, which is checked whole.
SAMPLE = (1, 2, 17, 30)


def sheet_of(method: CountingMethod) -> SheetData:
    stations = tuple(
        PollingStation(n, f"Openbare Basisschool De Regenboog {n}, Oosterdokskade", f"{1011 + n % 80} DL", 2000)
        for n in range(1, STATIONS + 1)
    )
    election = tk_election(SIZES, stations, method)
    shape = ElectionShape.from_election(election)
    rng = random.Random(2025)
    results = {
        s.number: Results.from_mapping(shape, consistent_results(shape, rng, 2000, rng.choice((0, 0, 0, 1, -2))))
        for s in election.stations
    }
    totals = sum_results(shape, results)
    return SheetData(election, totals, agreed_check(totals), EML_HASH, AUDIT_HEAD, PRODUCED, station_results=results)


@pytest.fixture(scope="module", params=[CountingMethod.DSO, CountingMethod.CSO], ids=["Na31-1", "Na31-2"])
def printed(request):
    data = sheet_of(request.param)
    pdf = render_totals_sheet(data)
    pages = pdf_text(pdf).split("\f")
    pages = pages[:-1] if not pages[-1].strip() else pages
    return data, pages, pdf_words(pdf)


def lines(pages: list[str]) -> set[str]:
    return {" ".join(line.split()) for page in pages for line in page.splitlines()}


def test_every_page_is_numbered_and_every_word_is_inside_the_margins(printed):
    _, pages, words = printed
    assert len(pages) == len(words) > 100  # 450 station blocks alone take over 100 pages
    slack = 0.3  # mm: glyph boxes reach a little beyond the advance widths the layout measures
    for number, (text, on_page) in enumerate(zip(pages, words), start=1):
        assert f"pagina {number} van {len(pages)}" in " ".join(text.split())
        assert on_page, number
        for x0, y0, x1, y1, word in on_page:
            assert LEFT - slack <= x0 and x1 <= RIGHT + slack, (number, word, x0, x1)
            assert 0 <= y0 and y1 <= PAGE_H, (number, word)
            # Canvas.text shrinks a too wide text to MIN_SIZE, then squeezes it: never smaller.
            assert (y1 - y0) * 72 / 25.4 >= MIN_SIZE, (number, word)


def test_every_list_name_and_the_candidates_with_their_votes(printed):
    data, pages, _ = printed
    printed_lines = lines(pages)
    totals = data.totals
    for party in data.election.lists:
        votes = totals.list_votes(party.number)
        assert f"E.{party.number} Totaal lijst {party.number} - {party.name} {votes}" in printed_lines  # 2.3
        assert f"Lijst {party.number} — {party.name}" in printed_lines  # 2.6, the list's table title
        assert f"Totaal lijst {party.number} {votes}" in printed_lines
        positions = range(1, len(party.candidates) + 1) if len(party.candidates) == 80 else SAMPLE
        for position in positions:
            name = party.candidates[position - 1].display_name
            assert f"{position} {name} {totals[f'L{party.number}.{position}']}" in printed_lines, (party.number, name)
    assert len(data.election.lists[0].candidates) == 80


def test_every_station_in_part_1_and_in_bijlage_1(printed):
    data, pages, _ = printed
    rows = "\n" + "\n".join(lines(pages)) + "\n"
    flat = " ".join(" ".join(page.split()) for page in pages)
    annex = flat[flat.index("Bijlage 1 - Telresultaten van alle stembureaus") :]
    for station in data.election.stations:
        # 1.2.1: number, name and postcode on one row (under central counting the investigation ticks follow)
        row = f"\n{station.number} {station.name} {station.postcode}"
        assert row + "\n" in rows or row + " " in rows, station.number
        # Bijlage 1: the station's block, with its counts
        title = f"Stembureau {station.number} — {station.name} ({station.postcode})"
        assert title in annex, station.number
    positions = [annex.index(f"Stembureau {s.number} — ") for s in data.election.stations]
    assert positions == sorted(positions)  # in station order
