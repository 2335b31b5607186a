"""The numbers digest printed on every page of the totals sheet can be recomputed from the paper.

These tests do what the README tells an observer to do: read the sheet (here: its text, as
pdftotext lays it out), write the canonical text of the numbers it shows, hash it, and compare
with the 16 groups in every page's footer. They use only what is printed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from kiosk.domain.sheet_digest import numbers_digest, station_ranges
from kiosk.reports.totals_sheet import render_totals_sheet
from tests.reports.test_totals_sheet import make_election, sheet_data
from tests.support.pdftext import pdf_text

TOTAL_ROW = re.compile(r"^\s+(A|B|C|D|E\.\d+|E|F|G|H|I|J)\s{2,}.*?\s(\d+)$")
LIST_HEAD = re.compile(r"^Lijst (\d+) — ")
CANDIDATE_ROW = re.compile(r"^\s+(\d+) \S.*?\s(\d+)$")
LIST_TOTAL = re.compile(r"^\s+Totaal lijst (\d+)\s+(\d+)$")
STATION_ROW = re.compile(r"^ (\d+)\s{2,}\S")
DIGEST_ROW = re.compile(r"^Vingerafdruk cijfers:\s+((?:[0-9a-f]{4}\s*){16})$")


def text_from_paper(pages: list[str]) -> tuple[str, set[str]]:
    """The canonical text written from the printed sheet, and the digests its footers print."""
    everything = "\n".join(pages)
    election = re.search(r"Verkiezing: (\S+)", everything).group(1)
    municipality = re.search(r"^Gemeente (\d{4}) ", everything, re.M).group(1)
    stations, totals, candidates, digests = [], [], [], set()
    section, current_list = "", None
    for line in everything.splitlines():
        if found := DIGEST_ROW.match(line):
            digests.add("".join(found.group(1).split()))
            continue
        heading = re.match(r"^(\d\.\d(?:\.\d)?) ", line)
        if heading:
            section = heading.group(1)
        if section == "1.2.1" and (found := STATION_ROW.match(line)):
            stations.append(int(found.group(1)))
        elif section.startswith("2.") and section != "2.5" and (found := TOTAL_ROW.match(line)):
            totals.append(f"{found.group(1)} {found.group(2)}")
        if section == "2.6":
            if found := LIST_HEAD.match(line):
                current_list = int(found.group(1))
            elif found := LIST_TOTAL.match(line):
                candidates.append(f"L{found.group(1)}.T {found.group(2)}")
            elif current_list is not None and (found := CANDIDATE_ROW.match(line)):
                candidates.append(f"L{current_list}.{found.group(1)} {found.group(2)}")
    lines = ["stemkiosk-cijfers/1", f"verkiezing {election}", f"gemeente {municipality}"]
    lines.append(f"stembureaus {station_ranges(stations)}")
    return "".join(line + "\n" for line in lines + totals + candidates), digests


def test_the_digest_on_every_page_is_that_of_the_numbers_printed():
    data = sheet_data(make_election("GR", lists=3, candidates=4, stations=4), seed=7)
    pages = pdf_text(render_totals_sheet(data)).split("\f")
    pages = [p for p in pages if p.strip()]
    text, digests = text_from_paper(pages)
    assert sum(1 for p in pages if "Vingerafdruk cijfers:" in p) == len(pages)
    assert digests == {hashlib.sha256(text.encode()).hexdigest()}
    assert digests == {numbers_digest(data.election.id, data.election.municipality_id, data.totals)}
    assert len(text.splitlines()) == 4 + len(data.totals.counts)  # every total was found on the paper


def test_a_tk_sheet_with_voter_cards_also_recomputes():
    election = replace(
        make_election("TK", lists=2, candidates=3, stations=2), authority_id="0999", authority_name="Duinwijk"
    )
    data = sheet_data(election, seed=3)
    pages = [p for p in pdf_text(render_totals_sheet(data)).split("\f") if p.strip()]
    text, digests = text_from_paper(pages)
    assert "\nC " in text
    assert digests == {hashlib.sha256(text.encode()).hexdigest()}


def test_other_numbers_print_another_digest():
    first = sheet_data(make_election("GR", lists=2, candidates=3, stations=3), seed=5)
    second = sheet_data(make_election("GR", lists=2, candidates=3, stations=3), seed=6)
    printed = []
    for data in (first, second):
        _, digests = text_from_paper([p for p in pdf_text(render_totals_sheet(data)).split("\f") if p.strip()])
        printed.append(digests)
    assert printed == [{first.numbers_sha256}, {second.numbers_sha256}]
    assert first.numbers_sha256 != second.numbers_sha256
