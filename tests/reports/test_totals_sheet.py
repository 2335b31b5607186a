"""The checked municipal totals sheet (kiosk.reports.totals_sheet, DESIGN §7).

Text checks use ``pdftotext`` (poppler-utils) and are skipped without it. The
big case (450 stations × 40 lists × 50 candidates) is checked for its contents here;
its render time is measured by tests/bench/bench_tally.py, not asserted in the suite.

Run as a script (``python tests/reports/test_totals_sheet.py``) it prints the
SHA-256 of the demo-sized sheet: the subprocess half of the determinism test.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk import i18n
from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.domain.handcount import HandEntry, check_hand_count
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import Totals, sum_results, summed_codes
from kiosk.reports.sheet_text import grouped
from kiosk.reports.totals_sheet import SheetData, SheetError, Signatory, render_totals_sheet

EML_HASH = hashlib.sha256(b"EML 510b export").hexdigest()
AUDIT_HEAD = hashlib.sha256(b"audit head").hexdigest()
PRODUCED = datetime(2026, 3, 18, 21, 47, 12, tzinfo=timezone.utc)  # 22:47 Dutch time

PEOPLE = (
    ("", "Çelik", "Z.", "Zoë"),
    ("", "Müller", "F.", "Françoise"),
    ("van der", "Meer", "J.", "Jan"),
    ("", "Brontë", "E.", "Emily"),
    ("de", "Vries", "Ü.", "Ümit"),
    ("", "Østergård", "S.", "Søren"),
    ("", "Jansen", "A.B.C.", "Annemieke"),
    ("", "El Idrissi", "N.", "Noor"),
)


# -- test data -------------------------------------------------------------------


def make_election(category: str = "GR", lists: int = 4, candidates: int = 6, stations: int = 5) -> Election:
    parties = tuple(
        PartyList(
            number,
            f"Partij {number} — Lijst Ëën voor Dorp & Stad",
            tuple(Candidate(number, position, *_person(number, position)) for position in range(1, candidates + 1)),
        )
        for number in range(1, lists + 1)
    )
    return Election(
        id=f"{category}2026_Duinwijk",
        name=f"Verkiezing {category} 2026",
        category=category,
        subcategory=category,
        domain_id="9999",
        domain_name="Duinwijk",
        election_date=date(2026, 3, 18),
        lists=parties,
        stations=tuple(PollingStation(n, f"Buurthuis De Ëikenhorst {n}") for n in range(1, stations + 1)),
    )


def _person(number: int, position: int) -> tuple[str, str, str, str]:
    prefix, last, initials, first = PEOPLE[(number * 7 + position) % len(PEOPLE)]
    return f"{last}{position}", initials, first, prefix  # last_name, initials, first_name, prefix


def station_values(election: Election, rng: random.Random) -> dict[str, object]:
    """One station's consistent form: every F rule holds."""
    values: dict[str, object] = {}
    e_total = 0
    for party in election.lists:
        votes = [rng.randrange(0, 400) for _ in party.candidates]
        for position, count in enumerate(votes, start=1):
            values[f"L{party.number}.{position}"] = count
        values[f"L{party.number}.T"] = values[f"E.{party.number}"] = sum(votes)
        e_total += sum(votes)
    f, g = rng.randrange(0, 20), rng.randrange(0, 20)
    h = e_total + f + g
    d = h + rng.choice((0, 0, 1, 3, -2))
    values.update(E=e_total, F=f, G=g, H=h, D=d, I=max(0, h - d), J=max(0, d - h))
    values["B"] = rng.randrange(0, 30)
    values["C"] = rng.randrange(0, 30) if election.has_voter_cards else None
    values["A"] = d - values["B"] - (values["C"] or 0)
    if not election.has_voter_cards:
        del values["C"]
    values.update({"K.eq": d == h, "K.gt": h > d, "K.lt": h < d, "K.yes": d != h, "K.no": False})
    return values


def agreed_check(totals: Totals, hand: dict[int, int] | None = None, second: dict[int, int] | None = None):
    machine = totals.list_totals()
    first = machine if hand is None else hand
    return check_hand_count(
        totals.shape, machine, HandEntry.of("anna", first), HandEntry.of("bram", first if second is None else second)
    )


def sheet_data(election: Election | None = None, seed: int = 1, **extra) -> SheetData:
    election = election or make_election()
    rng = random.Random(seed)
    shape = ElectionShape.from_election(election)
    totals = sum_results(
        shape, {s.number: Results.from_mapping(shape, station_values(election, rng)) for s in election.stations}
    )
    return SheetData(election, totals, agreed_check(totals), EML_HASH, AUDIT_HEAD, PRODUCED, **extra)


def demo_sized() -> SheetData:
    """About the demo: 12 stations, 8 lists, up to 25 candidates."""
    return sheet_data(make_election("GR", lists=8, candidates=25, stations=12), kiosk_id="kiosk-1")


def big_data(stations: int = 450, lists: int = 40, candidates: int = 50) -> SheetData:
    """The largest municipality at a TK-sized election. Totals are built directly
    (summing 450 full forms would only time the test data)."""
    rng = random.Random(7)
    election = make_election("TK", lists, candidates, stations)
    t: dict[str, int] = {}
    for party in election.lists:
        votes = [rng.randrange(0, 120_000) for _ in party.candidates]
        t.update({f"L{party.number}.{c}": v for c, v in enumerate(votes, start=1)})
        t[f"L{party.number}.T"] = t[f"E.{party.number}"] = sum(votes)
    t["E"] = sum(t[f"E.{party.number}"] for party in election.lists)
    t["F"], t["G"] = 1234, 2345
    t["H"] = t["E"] + t["F"] + t["G"]
    more = tuple((n, 1 + n % 3) for n in range(1, stations + 1, 4))
    fewer = tuple((n, 1 + n % 2) for n in range(3, stations + 1, 7))
    t["I"], t["J"] = sum(v for _, v in more), sum(v for _, v in fewer)
    t["D"] = t["H"] - t["I"] + t["J"]
    t["B"], t["C"] = 5000, 3000
    t["A"] = t["D"] - 8000
    shape = ElectionShape.from_election(election)
    totals = Totals(
        shape,
        tuple(range(1, stations + 1)),
        tuple((code, t[code]) for code in summed_codes(shape)),
        (("I", more), ("J", fewer)),
    )
    return SheetData(election, totals, agreed_check(totals), EML_HASH, AUDIT_HEAD, PRODUCED)


# -- PDF text ------------------------------------------------------------------------


def pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of every page (pdftotext -layout), or skip without poppler-utils."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def lines(pages: list[str]) -> list[str]:
    return [" ".join(line.split()) for page in pages for line in page.splitlines()]


# -- determinism ---------------------------------------------------------------------


def test_same_data_gives_the_same_bytes():
    first, second = render_totals_sheet(demo_sized()), render_totals_sheet(demo_sized())
    assert first[:5] == b"%PDF-" and first == second
    assert b"/CreationDate (D:20260318214712Z" in first or b"/CreationDate (D:20260318214712+00'00'" in first
    later = render_totals_sheet(replace(demo_sized(), produced_at=PRODUCED + timedelta(minutes=1)))
    assert later != first


def test_same_bytes_in_separate_processes():
    in_process = hashlib.sha256(render_totals_sheet(demo_sized())).hexdigest()
    digests = set()
    for seed in ("1", "2"):  # different str hashing: no dependence on set or dict order
        root = str(Path(__file__).resolve().parents[2])
        env = dict(
            os.environ,
            PYTHONHASHSEED=seed,
            PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))),
        )
        done = subprocess.run([sys.executable, __file__], env=env, capture_output=True, text=True, check=True, cwd=root)
        digests.add(done.stdout.strip())
    assert digests == {in_process}


def test_the_sheet_is_dutch_whatever_the_screen_language():
    dutch = render_totals_sheet(demo_sized())
    i18n.set_language("en")
    assert render_totals_sheet(demo_sized()) == dutch


# -- contents ------------------------------------------------------------------------


def test_every_page_has_page_x_of_y_and_both_hashes(tmp_path):
    pages = pdf_pages(render_totals_sheet(demo_sized()), tmp_path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"pagina {number} van {len(pages)}" in flat
        assert grouped(EML_HASH) in flat and grouped(AUDIT_HEAD) in flat
    assert len(grouped(EML_HASH).split()) == 16 and all(len(g) == 4 for g in grouped(EML_HASH).split())


def test_every_total_and_every_candidate_is_printed(tmp_path):
    data = demo_sized()
    totals, text = data.totals, lines(pdf_pages(render_totals_sheet(data), tmp_path))
    for code, label in (
        ("A", "Stempassen"),
        ("B", "Volmachtbewijzen (schriftelijk of via ingevulde achterkant stempas)"),
        ("D", "Totaal toegelaten kiezers (A+B)"),
        ("E", "Totaal stemmen op kandidaten (tel E.1 t/m E.8 op)"),
        ("F", "Blanco stemmen"),
        ("G", "Ongeldige stemmen"),
        ("H", "Totaal uitgebrachte stemmen (E+F+G)"),
        ("I", "Totaal aantal méér getelde stemmen"),
        ("J", "Totaal aantal minder getelde stemmen"),
    ):
        assert f"{code} {label} {totals[code]}" in text
    for party in data.election.lists:
        votes = totals.list_votes(party.number)
        assert f"E.{party.number} Totaal lijst {party.number} - {party.name} {votes}" in text
        assert f"{party.number} {party.name} {votes} {votes} komt overeen" in text  # hand-count table
        assert f"Totaal lijst {party.number} {votes}" in text  # under the candidates
        for candidate in party.candidates:
            row = f"{candidate.position} {candidate.display_name} {totals[f'L{party.number}.{candidate.position}']}"
            assert row in text, row
    for station in data.election.stations:
        assert any(re.search(rf"(^| ){station.number} {re.escape(station.name)}( |$)", line) for line in text)


def test_i_and_j_name_the_stations_that_contributed(tmp_path):
    data = demo_sized()
    text = lines(pdf_pages(render_totals_sheet(data), tmp_path))
    names = {s.number: s.name for s in data.election.stations}
    flat = " ".join(text)
    for code, which in (("I", "méér"), ("J", "minder")):
        found = data.totals.contributing(code)
        assert found, "the test data should have stations with I and J"
        numbers = ", ".join(str(n) for n, _ in found)
        assert f"Voor de stembureaus met de nummers {numbers} zijn er {which} uitgebrachte stemmen" in flat
        for number, value in found:
            assert any(f"{number} {names[number]} {value}" in line for line in text)


def test_gr_has_no_c_row_and_tk_has_one(tmp_path):
    gr = " ".join(lines(pdf_pages(render_totals_sheet(sheet_data(make_election("GR"))), tmp_path)))
    assert "kiezerspassen" not in gr
    tk_data = sheet_data(make_election("TK"))
    tk = lines(pdf_pages(render_totals_sheet(tk_data), tmp_path))
    assert f"C Kiezerspassen {tk_data.totals['C']}" in tk


def test_names_with_diacritics_render(tmp_path):
    text = " ".join(lines(pdf_pages(render_totals_sheet(demo_sized()), tmp_path)))
    for name in ("Çelik", "Zoë", "Müller", "Françoise", "Brontë", "Østergård", "Ümit", "Ëikenhorst", "méér"):
        assert name in text, name


def test_long_tables_repeat_their_headings_on_every_page(tmp_path):
    data = sheet_data(make_election("TK", lists=3, candidates=80, stations=120))
    pages = pdf_pages(render_totals_sheet(data), tmp_path)
    continued = [page for page in pages if "(vervolg)" in page]
    assert len(continued) >= 3
    for page in continued:
        flat = " ".join(page.split())
        assert "Nr." in flat and ("Naam kandidaat Stemmen" in flat or "Nr. Naam" in flat)


def test_title_block_signatures_and_partial_count(tmp_path):
    election = make_election()
    data = sheet_data(
        election,
        note="Stembureau 3 is herteld.",
        signatories=(Signatory("Voorzitter", "Zoë Çelik"), Signatory("Lid", "Jan van der Meer")),
    )
    text = " ".join(lines(pdf_pages(render_totals_sheet(data), tmp_path)))
    for expected in (
        "Gemeente Duinwijk",
        "Verkiezing GR 2026 — verkiezingsdatum 18-03-2026",
        "Verslag en telresultaten per lijst en kandidaat – Model Na 31-1",
        "Proces-verbaal van een gemeentelijk stembureau – Model Na 31-1 decentrale stemopneming",
        "Aangemaakt op 18-03-2026 om 22:47 (UTC+01:00)",
        "Geteld: alle 5 stembureaus",
        "Opmerking: Stembureau 3 is herteld.",
        "Voorzitter Zoë Çelik",
        "Lid Jan van der Meer",
        "Plaats:",
        "Datum en tijd:",
        "Handtekening",
    ):
        assert expected in text, expected
    # Two of five stations, as when several kiosks split a municipality.
    shape = ElectionShape.from_election(election)
    rng = random.Random(3)
    part = sum_results(shape, {n: Results.from_mapping(shape, station_values(election, rng)) for n in (2, 4)})
    partial = SheetData(election, part, agreed_check(part), EML_HASH, AUDIT_HEAD, PRODUCED)
    assert "Deeltelling: 2 van de 5 stembureaus" in " ".join(lines(pdf_pages(render_totals_sheet(partial), tmp_path)))


# -- refusals ------------------------------------------------------------------------


def test_refuses_when_a_hand_total_differs_or_is_missing():
    good = demo_sized()
    machine = good.totals.list_totals()
    hand = dict(machine)
    hand[2] += 3  # both people typed the same wrong sum: agreed, but not the machine's
    second = dict(hand)
    del second[5]  # list 5 typed only once
    with pytest.raises(SheetError) as caught:
        replace(good, hand_check=agreed_check(good.totals, hand, second))
    error = caught.value
    assert error.code == "sheet.error.hand_count_not_agreed"
    assert error.params["lists"] == (2, 5)
    assert "2, 5" in str(error) and "+3" in str(error) and "not entered" in str(error)
    assert "lijst 2, 5" in i18n.refusal_text(error)


def test_refuses_when_the_two_hand_entries_differ():
    good = demo_sized()
    machine = good.totals.list_totals()
    with pytest.raises(SheetError) as caught:
        replace(good, hand_check=agreed_check(good.totals, machine, {**machine, 7: machine[7] + 1}))
    assert caught.value.params["lists"] == (7,) and "differ" in str(caught.value)


def test_refuses_a_hand_check_made_against_other_totals():
    good = demo_sized()
    other = sheet_data(good.election, seed=99)
    with pytest.raises(SheetError) as caught:
        replace(good, hand_check=other.hand_check)
    assert caught.value.code == "sheet.error.hand_check_stale"


@pytest.mark.parametrize(
    "change, code",
    [
        ({"eml_sha256": "abc"}, "sheet.error.bad_hash"),
        ({"audit_head": "g" * 64}, "sheet.error.bad_hash"),
        ({"produced_at": datetime(2026, 3, 18, 22, 0)}, "sheet.error.naive_time"),
        ({"election": make_election("TK", lists=8, candidates=25, stations=12)}, "sheet.error.wrong_election"),
        ({"election": make_election("GR", lists=8, candidates=25, stations=3)}, "sheet.error.unknown_stations"),
    ],
)
def test_refuses_data_that_does_not_fit(change, code):
    with pytest.raises(SheetError) as caught:
        replace(demo_sized(), **change)
    assert caught.value.code == code
    assert i18n.refusal_text(caught.value)  # the words exist and its parameters fill them (strict under tests)


def test_refuses_totals_that_do_not_add_up():
    good = demo_sized()
    counts = tuple((code, value + 1 if code == "L3.2" else value) for code, value in good.totals.counts)
    broken = replace(good.totals, counts=counts)
    with pytest.raises(SheetError) as caught:
        SheetData(good.election, broken, agreed_check(broken), EML_HASH, AUDIT_HEAD, PRODUCED)
    assert caught.value.code == "sheet.error.inconsistent" and "list 3" in str(caught.value)


def test_hashes_are_normalised_to_lower_case():
    data = replace(demo_sized(), eml_sha256=EML_HASH.upper())
    assert data.eml_sha256 == EML_HASH


# -- the largest case --------------------------------------------------------------


def test_the_largest_case_prints_every_candidate_on_numbered_pages(tmp_path):
    """450 stations × 40 lists × 50 candidates (its render time: tests/bench/bench_tally.py)."""
    data = big_data()
    pages = pdf_pages(render_totals_sheet(data), tmp_path)
    assert len(pages) > 40
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in " ".join(page.split())
    text = lines(pages)
    printed = set(text)
    totals = data.totals
    for party in data.election.lists:
        votes = totals.list_votes(party.number)
        assert f"Totaal lijst {party.number} {votes}" in printed
        missing = [
            candidate.position
            for candidate in party.candidates
            if f"{candidate.position} {candidate.display_name} {totals[f'L{party.number}.{candidate.position}']}"
            not in printed
        ]
        assert not missing, f"list {party.number}: candidates {missing} not printed"
    names = {s.number: s.name for s in data.election.stations}
    flat = " ".join(text)
    for code in ("I", "J"):
        found = data.totals.contributing(code)
        assert f"Voor de stembureaus met de nummers {', '.join(str(n) for n, _ in found)} zijn er" in flat
        assert all(any(f"{number} {names[number]} {value}" in line for line in text) for number, value in found)


if __name__ == "__main__":
    sys.stdout.write(hashlib.sha256(render_totals_sheet(demo_sized())).hexdigest() + "\n")
