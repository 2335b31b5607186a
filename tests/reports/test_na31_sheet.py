"""The totals sheet as the complete official Model Na 31-2 (CSO) / Na 31-1 (DSO), read back
section by section with pdftotext (skipped without poppler-utils)."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

import pytest

from kiosk import i18n
from kiosk.demo.results import consistent_results
from kiosk.domain.election import Election, PollingStation
from kiosk.domain.form_model import CountingMethod
from kiosk.domain.results import Results
from kiosk.domain.session import Attendee, CommitteeRole, SessionDetails
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import sum_results
from kiosk.reports.totals_sheet import SheetData, SheetError, render_totals_sheet
from tests.reports.test_totals_sheet import AUDIT_HEAD, EML_HASH, PRODUCED, agreed_check, make_election, pdf_pages

CSO, DSO = CountingMethod.CSO, CountingMethod.DSO

SESSION = SessionDetails(
    "Stadhuis Duinwijk",
    date(2026, 3, 19),
    "09:00",
    (
        Attendee("A.B.", "Jansen", CommitteeRole.CHAIR, "09:00"),
        Attendee("C.", "de Vries", CommitteeRole.MEMBER, "09:00", "12:30"),
        Attendee("Z.", "Çelik", CommitteeRole.DEPUTY_CHAIR, "09:15"),
    ),
)

HEADINGS = (
    "Details van het gemeentelijk stembureau",
    "Proces-verbaal",
    "Inhoudsopgave",
    "Deel 1 - Verslag van de zitting",
    "1.1 Presentielijst",
    "1.1.1 Aanwezige leden van het gemeentelijk stembureau",
    "1.2 Getelde stembureaus",
    "1.2.1 De resultaten van onderstaande stembureaus",
    "1.2.2 Voor de stembureaus waar onderzoek naar is gedaan",
    "1.3 Tijdens de zitting",
    "1.3.1 Schrijf alle bezwaren van aanwezigen op.",
    "1.3.2 Andere bijzonderheden",
    "Deel 2 - Telresultaten van de gemeente",
    "2.1 Aantal kiesgerechtigden",
    "2.2 Toegelaten kiezers",
    "2.3 Uitgebrachte stemmen",
    "2.4 Verschillen tussen aantal kiezers en uitgebrachte stemmen",
    "2.4.1 Is bij alle afzonderlijke stembureaus",
    "2.4.2 ",
    "2.4.3 ",
    "2.5 Uitkomst controleprotocol",
    "2.5.1 Kruis aan wat van toepassing is:",
    "2.6 Stemmen per lijst en per kandidaat",
    "Deel 3 - Ondertekening",
    "3.1 Voorzitter en",
    "3.2 Ondertekening door andere aanwezige leden",
    "Bijlage 1 - Telresultaten van alle stembureaus in de gemeente",
)


# -- test data -------------------------------------------------------------------------------


def election_of(
    method: CountingMethod | None, category: str = "GR", voters: bool = True, stations: int = 6
) -> Election:
    base = make_election(category, lists=3, candidates=5, stations=stations)
    numbered = tuple(
        PollingStation(s.number, s.name, f"{2190 + s.number} AB", 1000 + 10 * s.number if voters else None)
        for s in base.stations
    )
    return replace(base, stations=numbered, counting_method=method)


def station_results(election: Election, changes: dict[int, dict] | None = None, seed: int = 4) -> dict[int, Results]:
    """Consistent results per station; stations 3 and 5 have a difference (H − D = +2, −1)."""
    shape = ElectionShape.from_election(election)
    rng = random.Random(seed)
    results = {}
    for station in election.stations:
        difference = {3: 2, 5: -1}.get(station.number, 0)
        values = consistent_results(shape, rng, station.number_of_voters or 1200, difference)
        values.update((changes or {}).get(station.number, {}))
        results[station.number] = Results.from_mapping(shape, values)
    return results


def sheet(election: Election, results: dict[int, Results] | None = None, **extra) -> SheetData:
    results = station_results(election) if results is None else results
    totals = sum_results(ElectionShape.from_election(election), results)
    return SheetData(
        election, totals, agreed_check(totals), EML_HASH, AUDIT_HEAD, PRODUCED, station_results=results, **extra
    )


def text_lines(data: SheetData, tmp_path) -> list[str]:
    return [
        " ".join(line.split()) for page in pdf_pages(render_totals_sheet(data), tmp_path) for line in page.split("\n")
    ]


def section(lines: list[str], start: str, end: str) -> list[str]:
    """The lines from the heading starting with ``start`` up to the one starting with ``end``."""
    first = next(k for k, line in enumerate(lines) if line.startswith(start))
    last = next(k for k, line in enumerate(lines) if k > first and line.startswith(end))
    return lines[first:last]


def yes_no(answer: bool) -> dict[str, bool]:
    return {"yes": answer, "no": not answer}


def b1(question: str, answer: bool) -> dict[str, bool]:
    return {f"B1.{question}.{k}": v for k, v in yes_no(answer).items()}


# -- structure ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", [CSO, DSO, None])
def test_every_heading_of_the_model_in_order(method, tmp_path):
    lines = text_lines(sheet(election_of(method), session=SESSION), tmp_path)
    at = -1
    for heading in HEADINGS:
        found = next((k for k, line in enumerate(lines) if k > at and line.startswith(heading)), None)
        assert found is not None, f"{heading!r} missing or out of order"
        at = found
    flat = " ".join(lines)
    assert ("vastgesteld?" in flat and "herteld?" in flat) is (method is CSO)  # 1.2.1's investigation columns


@pytest.mark.parametrize(
    "method, model, counting", [(CSO, "Na 31-2", "centrale"), (DSO, "Na 31-1", "decentrale"), (None, "Na 31-1", "")]
)
def test_the_model_is_named_in_the_title_and_on_every_page(method, model, counting, tmp_path):
    pages = pdf_pages(render_totals_sheet(sheet(election_of(method))), tmp_path)
    flat = " ".join(pages[0].split())
    assert f"Verslag en telresultaten per lijst en kandidaat – Model {model}" in flat
    for number, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"Model {model}" in flat and f"pagina {number} van {len(pages)}" in flat
        assert f"Proces-verbaal van een gemeentelijk stembureau · Model {model} " in flat
        if counting:
            assert f"Model {model} {counting} stemopneming" in flat


# -- Deel 1 ------------------------------------------------------------------------------------


def test_the_session_and_its_attendees_are_printed(tmp_path):
    lines = text_lines(sheet(election_of(DSO), session=SESSION), tmp_path)
    flat = " ".join(lines)
    assert "Plaats: Stadhuis Duinwijk Datum: 19-03-2026 Aanvang: 09:00" in flat
    attendance = " ".join(section(lines, "1.1 Presentielijst", "1.2 Getelde"))
    assert "A.B. Jansen voorzitter 09:00 – Stadhuis Duinwijk" in attendance
    assert "C. de Vries lid 09:00 – 12:30 Stadhuis Duinwijk" in attendance
    assert "Z. Çelik plaatsvervangend voorzitter 09:15 – Stadhuis Duinwijk" in attendance
    signatures = " ".join(section(lines, "Deel 3", "Bijlage 1"))
    assert "Voorzitter A.B. Jansen" in signatures and "Lid C. de Vries" in signatures
    assert "Plaats: Stadhuis Duinwijk" in signatures


def test_without_a_session_there_are_lines_to_write_on(tmp_path):
    lines = text_lines(sheet(election_of(DSO)), tmp_path)
    assert any(line == "Plaats: Datum: Aanvang:" for line in lines)
    assert "Stadhuis Duinwijk" not in " ".join(lines) and "Voorzitter" in lines


def test_cso_stations_are_ticked_from_their_bijlage(tmp_path):
    election = election_of(CSO)
    changes = {
        1: b1("sb_explained", False) | b1("extra", True) | b1("recount", True),  # all three: the reference row
        2: b1("extra", True),  # column 2
        3: b1("recount", True),  # column 3 (station 3 has H − D = +2, explained)
        4: b1("lists_differ", True),  # column 1
        5: {"K.yes": False, "K.no": True},  # column 1: B1-3.3.2 not explained
    }
    pages = pdf_pages(render_totals_sheet(sheet(election, station_results(election, changes))), tmp_path)
    rows = {}
    for line in (line for page in pages for line in page.split("\n")):
        match = re.match(r"\s*(\d+)\s+Buurthuis De Ëikenhorst \1\s+\d{4} AB", line)
        if match and int(match[1]) not in rows:
            rows[int(match[1])] = [m.start() for m in re.finditer(r"\bX\b", line)]
    assert sorted(rows) == [1, 2, 3, 4, 5, 6]
    columns = rows[1]
    assert len(columns) == 3

    def ticked(n: int) -> list[int]:
        return [min(range(3), key=lambda k: abs(columns[k] - x)) + 1 for x in rows[n]]

    assert (ticked(2), ticked(3), ticked(4), ticked(5), ticked(6)) == ([2], [3], [1], [1], [])


def test_the_stations_whose_pv_reports_objections_are_named(tmp_path):
    election = election_of(DSO)
    changes = {
        2: {f"R.obj_vote.{k}": v for k, v in yes_no(True).items()},
        4: {f"R.obj_count.{k}": v for k, v in yes_no(True).items()},
    }
    lines = text_lines(sheet(election, station_results(election, changes)), tmp_path)
    flat = " ".join(lines)
    assert "volgens hun proces-verbaal zijn bezwaren gemaakt bij stembureau 2, 4." in flat
    marked = [line for line in lines if line.startswith("Stembureau ") and "BEZWAREN in proces-verbaal" in line]
    assert [line.split()[1] for line in marked] == ["2", "4"]
    none = " ".join(text_lines(sheet(election), tmp_path))
    assert "geen enkel proces-verbaal van een stembureau vermeldt bezwaren" in none
    cso = " ".join(text_lines(sheet(election_of(CSO)), tmp_path))
    assert "die staan in de processen-verbaal van de stembureaus (Model N 10-2)" in cso


# -- Deel 2 ------------------------------------------------------------------------------------


def test_z_is_printed_when_every_station_has_a_number_of_voters(tmp_path):
    election = election_of(CSO)
    lines = text_lines(sheet(election), tmp_path)
    z = sum(s.number_of_voters for s in election.stations)
    assert f"Z Kiesgerechtigden {z}" in lines
    unknown = election_of(CSO, voters=False)
    unknown = replace(unknown, stations=(replace(unknown.stations[0], number_of_voters=900),) + unknown.stations[1:])
    lines = text_lines(sheet(unknown, station_results(election)), tmp_path)
    assert "Z Kiesgerechtigden" in lines  # an empty box to write in
    assert "vul Z met de hand in" in " ".join(lines)


def test_c_is_absent_for_gr_and_present_for_ps(tmp_path):
    gr = text_lines(sheet(election_of(DSO, "GR")), tmp_path)
    assert not any(line.startswith("C Kiezerspassen") for line in gr)
    assert "Totaal toegelaten kiezers (A+B) " in " ".join(gr)
    data = sheet(election_of(DSO, "PS"))
    ps = text_lines(data, tmp_path)
    assert f"C Kiezerspassen {data.totals['C']}" in ps
    assert "Totaal toegelaten kiezers (A+B+C) " in " ".join(ps)


def test_differences_and_the_check_by_hand(tmp_path):
    data = sheet(election_of(DSO))
    lines = text_lines(data, tmp_path)
    flat = " ".join(lines)
    assert "X Nee, er zijn stembureaus met een verschil" in lines and "Ja" in lines
    assert "Voor de stembureaus met de nummers 3 zijn er méér uitgebrachte stemmen" in flat
    assert "Voor de stembureaus met de nummers 5 zijn er minder uitgebrachte stemmen" in flat
    assert f"I Totaal aantal méér getelde stemmen {data.totals['I']}" in lines
    assert f"J Totaal aantal minder getelde stemmen {data.totals['J']}" in lines
    assert "X Er zijn geen verschillen geconstateerd." in lines
    election = election_of(DSO)
    equal = station_results(election)
    equal = {
        n: r.with_values(
            {"D": r["H"], "A": r["H"] - r["B"], "I": 0, "J": 0, "K.eq": True, "K.gt": False, "K.lt": False}
        )
        for n, r in equal.items()
    }
    lines = text_lines(sheet(election, equal), tmp_path)
    assert "X Ja" in lines
    assert "In geen van de stembureaus zijn er méér uitgebrachte stemmen" in " ".join(lines)


# -- Deel 3 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("category, members, extra, minimum", [("GR", 2, 3, 3), ("PS", 4, 1, 5), ("AB", 4, 1, 5)])
def test_signature_blocks_by_election_type(category, members, extra, minimum, tmp_path):
    lines = text_lines(sheet(election_of(DSO, category)), tmp_path)
    part3 = section(lines, "Deel 3", "Bijlage 1")
    assert f"Bij een gemeentelijk stembureau zijn dit er minimaal {minimum}." in " ".join(part3)
    first = section(part3 + ["3.2 "], "3.1 Voorzitter en", "3.2 ")
    assert first[0].startswith(f"3.1 Voorzitter en {'twee' if members == 2 else 'vier'} leden")
    assert sum(line == "Voorzitter" for line in first) == 1
    assert sum(line == "Lid" for line in first) == members
    second = section(part3 + ["END"], "3.2 ", "END")
    assert sum(line == "Lid" for line in second) == extra


# -- Bijlage 1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", [CSO, DSO])
def test_bijlage_1_has_a_block_per_station(method, tmp_path):
    election = election_of(method, "PS")
    changes = {2: b1("extra", True)} if method is CSO else {}
    data = sheet(election, station_results(election, changes))
    lines = text_lines(data, tmp_path)
    annex = section(lines + ["END"], "Bijlage 1 - ", "END")
    starts = [k for k, line in enumerate(annex) if line.startswith("Stembureau ")]
    assert len(starts) == len(election.stations)
    for station, start, end in zip(election.stations, starts, starts[1:] + [len(annex)]):
        block = " ".join(annex[start:end])
        results = data.station_results[station.number]
        assert block.startswith(f"Stembureau {station.number} — {station.name} ({station.postcode})")
        for code in ("A", "B", "C", "D", "E.1", "E.2", "E.3", "E", "F", "G", "H", "I", "J"):
            assert re.search(rf"(^| ){re.escape(code)} {results[code] or 0}( |$)", block), (station.number, code)
        if method is CSO:
            extra = "Ja" if station.number == 2 else "Nee"
            assert f"B1-1 Extra onderzoek gedaan: {extra} · stembiljetten (deels) herteld: Nee" in block
            assert "B1-2.1 Verschil stembureau volledig verklaard: Ja" in block
        else:
            assert "Proces-verbaal stembureau: 1.2.1 Bezwaren stemming: Nee" in block
            signed = sum(results.signed(f"S.{k}") for k in range(1, 8))
            assert f"ondertekend door {signed} leden" in block


def test_without_station_results_the_bijlage_points_to_the_eml(tmp_path):
    data = replace(sheet(election_of(CSO)), station_results={})
    lines = text_lines(data, tmp_path)
    assert "Bijlage 1 - Telresultaten van alle stembureaus in de gemeente" in lines
    assert "staan in de EML 510b-export" in " ".join(lines)


# -- determinism and refusals ------------------------------------------------------------------


def test_the_same_data_gives_the_same_bytes():
    def make() -> bytes:
        return render_totals_sheet(sheet(election_of(CSO, "PS"), session=SESSION, kiosk_id="kiosk-1"))

    first = make()
    assert first.startswith(b"%PDF-") and first == make()


def test_refuses_station_results_of_other_stations():
    data = sheet(election_of(CSO))
    missing = {n: r for n, r in data.station_results.items() if n != 4}
    with pytest.raises(SheetError) as caught:
        replace(data, station_results=missing)
    assert caught.value.code == "sheet.error.station_results_stations"
    assert caught.value.params["missing"] == "4" and caught.value.params["extra"] == "-"
    assert "ontbreken: 4" in i18n.refusal_text(caught.value)
    partial = sum_results(data.totals.shape, missing)  # totals of 5 stations, results of 6
    with pytest.raises(SheetError) as caught:
        SheetData(
            data.election,
            partial,
            agreed_check(partial),
            EML_HASH,
            AUDIT_HEAD,
            PRODUCED,
            station_results=data.station_results,
        )
    assert caught.value.code == "sheet.error.station_results_stations" and caught.value.params["extra"] == "4"


def test_refuses_station_results_that_do_not_make_the_totals():
    data = sheet(election_of(CSO))
    changed = dict(data.station_results)
    changed[2] = changed[2].with_values({"F": changed[2]["F"] + 1, "H": changed[2]["H"] + 1, "D": changed[2]["D"] + 1})
    with pytest.raises(SheetError) as caught:
        replace(data, station_results=changed)
    assert caught.value.code == "sheet.error.station_results_totals"
    assert i18n.refusal_text(caught.value)
    other = station_results(election_of(DSO))  # another paper model: another shape
    with pytest.raises(SheetError) as caught:
        replace(data, station_results=other)
    assert caught.value.code == "sheet.error.station_results_totals"
