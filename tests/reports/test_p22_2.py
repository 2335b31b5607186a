"""The central committee's report, Model P 22-2 with Bijlage 1 (kiosk.reports.p22_2).

The data is built as the CSB builds it: station results summed to totals, the contest made from
the candidates' totals, and the apportionment computed by ``kiosk.domain.seats.apportion``. Text
checks read the PDF with ``pdftotext`` (poppler-utils) and are skipped without it.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import replace
from datetime import datetime, timezone
from fractions import Fraction

import pytest

from kiosk.demo.results import consistent_results
from kiosk.domain.csb_result import GsbSheet, P22Data
from kiosk.domain.election import Candidate, Election, PartyList
from kiosk.domain.fields import candidate_code
from kiosk.domain.results import Results
from kiosk.domain.seats import Contest, ListVotes, apportion
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import sum_results
from kiosk.reports.p22_2 import render_p22_2
from tests.support.elections import KINDS, generated
from tests.support.pdftext import pdf_text

EML = hashlib.sha256(b"EML 520").hexdigest()
AUDIT = hashlib.sha256(b"audit row").hexdigest()
NUMBERS = hashlib.sha256(b"numbers of the Na 31-2").hexdigest()
PRODUCED = datetime(2026, 3, 20, 14, 5, tzinfo=timezone.utc)

#: Every heading of the model, in its order (a line that starts with it).
HEADINGS = (
    "Deel 1 - Verslag van de zitting",
    "1.1 Presentielijst",
    "1.2 Verslag van controlewerkzaamheden",
    "1.3 Bezwaren",
    "Deel 2 - Uitslag en zetelverdeling",
    "2.1 Aantal kiesgerechtigden",
    "2.2 Toegelaten kiezers",
    "2.3 Uitgebrachte stemmen",
    "2.4 Verschillen tussen aantal kiezers en uitgebrachte stemmen",
    "2.4.1 Is het aantal uitgebrachte stemmen",
    "2.4.2 In de stembureaus zijn in totaal méér",
    "2.4.3 In de stembureaus zijn in totaal minder",
    "2.5 Kiesdeler",
    "2.6 Aantal volle zetels per lijst",
    "2.7 Restzetels",
    "2.7.1 Berekening aantal restzetels",
    "2.7.2 Verdeling van de restzetels",
    "2.8 Verdeling van de zetels",
    "2.9 Toewijzing van zetels aan kandidaten",
    "2.10 Gekozen kandidaten in alfabetische volgorde",
    "2.11 Uitkomst controleprotocol",
    "2.11.1 Voer de controle uit",
    "2.11.2 Is voor de invoer gebruik gemaakt",
    "2.11.3 Heeft het gemeentelijk stembureau verschillen",
    "Deel 3 - Ondertekening",
    "Bijlage 1 - Stemmen per lijst en per kandidaat",
)


# -- test data ------------------------------------------------------------------------------------


def election(seats: int, sizes: tuple[int, ...] | None = None) -> Election:
    """The generated GR, with ``seats``; candidates get unique names and a locality. ``sizes``
    replaces its lists by lists of that many candidates."""
    base = generated(KINDS["GR"])
    if sizes is None:
        lists = tuple(replace(p, candidates=tuple(_named(c) for c in p.candidates)) for p in base.lists)
    else:
        lists = tuple(
            PartyList(
                n, f"Partij {n}", tuple(_named(Candidate(n, k, f"Kandidaat{k}", "K.")) for k in range(1, size + 1))
            )
            for n, size in enumerate(sizes, start=1)
        )
    return replace(base, number_of_seats=seats, subcategory="GR2" if seats >= 19 else "GR1", lists=lists)


def _named(c: Candidate) -> Candidate:
    return replace(c, last_name=f"{c.last_name}L{c.list_number}", locality=f"Dorp{c.list_number}")


def station_values(shape: ElectionShape, rng: random.Random, votes: dict[int, tuple[int, ...]] | None) -> dict:
    """A consistent station form; with ``votes`` (list -> candidate votes) exactly those votes."""
    values = consistent_results(shape, rng)
    if votes is None:
        return values
    total = 0
    for number in shape.list_numbers:
        counted = votes.get(number, ())
        counted = counted + (0,) * (shape.candidates(number) - len(counted))
        values.update({f"L{number}.{k}": v for k, v in enumerate(counted, start=1)})
        values[f"L{number}.T"] = values[f"E.{number}"] = sum(counted)
        total += sum(counted)
    values["E"], values["H"] = total, total + values["F"] + values["G"]
    values["D"] = values["H"]
    values["B"] = min(values["B"], values["D"])
    values["A"] = values["D"] - values["B"]
    return values


def p22(
    seats: int,
    sizes: tuple[int, ...] | None = None,
    votes: dict[int, tuple[int, ...]] | None = None,
    lots: tuple[int, ...] = (),
    deceased: frozenset[tuple[int, int]] = frozenset(),
    seed: int = 1,
    voters: int = 1500,
) -> P22Data:
    """P22Data as the CSB makes it; ``votes`` all in the first station, the others empty."""
    e = election(seats, sizes)
    shape = ElectionShape.from_election(e)
    rng = random.Random(seed)
    results = {}
    for k, station in enumerate(e.stations):
        forced = None if votes is None else (votes if k == 0 else {})
        values = station_values(shape, rng, forced) if forced is not None else consistent_results(shape, rng, voters)
        results[station.number] = Results.from_mapping(shape, values)
    totals = sum_results(shape, results)
    t = totals.as_dict()
    lists = tuple(
        ListVotes(p.number, tuple(t[candidate_code(p.number, c.position)] for c in p.candidates)) for p in e.lists
    )
    result = apportion(Contest(seats, lists, deceased), lots)
    sheet = GsbSheet(e.municipality_id, e.municipality_name, NUMBERS, by_digest=True)
    return P22Data(e, totals, result, (sheet,), EML, AUDIT, PRODUCED, 17, deceased, lots)


def text_of(data: P22Data) -> str:
    return pdf_text(render_p22_2(data))


def section(text: str, start: str, end: str) -> str:
    """The text from the heading ``start`` to the heading ``end``."""
    begin = _heading(text, start, 0)
    assert begin is not None, start
    finish = _heading(text, end, begin.end())
    return text[begin.start() : finish.start() if finish else len(text)]


def _heading(text: str, heading: str, pos: int) -> re.Match | None:
    pattern = r"^[ \t]*" + r"\s+".join(re.escape(word) for word in heading.split()) + r"(?=\s|$)"
    return re.compile(pattern, re.M).search(text, pos)


def missing_headings(text: str) -> list[str]:
    """The headings not found, each looked for after the one before."""
    missing, pos = [], 0
    for heading in HEADINGS:
        found = _heading(text, heading, pos)
        if found is None:
            missing.append(heading)
        else:
            pos = found.end()
    return missing


def mixed(votes: int, divisor: int) -> str:
    return f"{votes // divisor} {votes % divisor}/{divisor}"


def names_of(data: P22Data, list_number: int, candidates) -> list[str]:
    party = next(p for p in data.election.lists if p.number == list_number)
    return [party.candidates[c - 1].display_name for c in candidates]


# -- the tests ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small() -> tuple[P22Data, str]:
    data = p22(9)
    return data, text_of(data)


def test_every_heading_in_the_models_order(small):
    _, text = small
    assert missing_headings(text) == []
    # The check itself notices a heading that is gone.
    assert missing_headings(text.replace("2.6 Aantal volle zetels", "2.6 Iets anders")) == [HEADINGS[13]]
    assert missing_headings(re.sub(r"(?m)^\s*Deel 3 - Ondertekening", "", text)) == ["Deel 3 - Ondertekening"]


def test_quota_seats_and_elected_as_computed(small):
    data, text = small
    result = data.apportionment
    votes = data.totals["E"]
    assert result.quota == Fraction(votes, 9)
    assert re.search(rf"{votes}\s+÷\s+9\s+=\s+{re.escape(mixed(votes, 9))}", text)
    seats = section(text, "2.8 Verdeling van de zetels", "2.9 Toewijzing")
    for s in result.standings:
        name = next(p.name for p in data.election.lists if p.number == s.number)
        assert re.search(rf"(?m)^\s*{s.number}\s+{re.escape(name)}\s+{s.full}\s+{s.residual}\s+{s.total}\s*$", seats)
    assert re.search(r"Totaal\s+\d+\s+\d+\s+9\s*$", seats, re.M)
    alphabetical = section(text, "2.10 Gekozen kandidaten", "2.11 Uitkomst")
    elected = {n for number, chosen in result.elected.items() for n in names_of(data, number, chosen)}
    everyone = {c.display_name for p in data.election.lists for c in p.candidates}
    assert len(elected) == 9
    assert all(name in alphabetical for name in elected)
    assert not any(name in alphabetical for name in everyone - elected)
    assert "De voorkeursdrempel is 50% van de kiesdeler: " + mixed(votes, 18) in text


def test_below_19_seats_remainders_then_averages():
    votes = {1: (300, 100, 50, 30, 20), 2: (200, 50, 30, 20), 3: (40, 20), 4: (30, 30), 5: (35, 25)}
    data = p22(9, sizes=(6, 4, 3, 3, 3), votes=votes)
    methods = [s.method for s in data.apportionment.steps]
    assert methods == ["largest_remainder", "largest_remainder", "highest_average_one_per_list"]
    text = text_of(data)
    assert "minder dan 19 zetels" in text
    residual = section(text, "2.7 Restzetels", "2.8 Verdeling")
    assert _heading(residual, "2.7.3 Verdeling van de restzetels", 0)
    assert "Overschotten van de lijsten die ten minste 75% van de kiesdeler hebben behaald" in residual
    # Remainders over the seats (980 votes / 9 seats): list 2 has 300 - 2 * 980/9 = 740/9.
    assert re.search(r"(?m)^\s*2\s+Partij 2\s+2\s+82 2/9\s+1\s*$", residual)
    assert re.search(r"(?m)^\s*1\s+Grootste overschotten \(P 8\)\s+lijst 2\s+82 2/9", residual)
    # The averages of the one-per-list round: list 1 wins with 500/6.
    assert re.search(r"(?m)^\s*3\s+Grootste gemiddelden, één per lijst \(P 8\)\s+lijst 1\s+83 2/6", residual)
    assert re.search(r"✓ 83 2/6", residual)


def test_19_seats_or_more_by_highest_averages():
    data = p22(21, sizes=(12, 10, 8))
    assert data.apportionment.unassigned_seats == 0
    text = text_of(data)
    assert missing_headings(text) == []
    residual = section(text, "2.7 Restzetels", "2.8 Verdeling")
    assert "Grootste gemiddelden (P 7)" in residual
    assert "Overschotten van de lijsten" not in residual
    assert "De voorkeursdrempel is 25% van de kiesdeler: " + mixed(data.totals["E"], 84) in text
    steps = [s for s in data.apportionment.steps if s.method == "highest_average"]
    assert steps and all(re.search(rf"(?m)^\s*{s.seat}\s+Grootste gemiddelden", residual) for s in steps)


# Lists 2 and 3 tie on their remainders for the one residual seat; in list 1, candidates 2 and 3
# tie above the preference threshold for the list's second seat.
TIED = {1: (180, 110, 110), 2: (300,), 3: (300,)}


def test_lots_drawn_are_footnoted():
    data = p22(5, votes=TIED, lots=(3, 3))
    assert data.apportionment.steps[0].lot and data.apportionment.elected[1] == (1, 3)
    text = text_of(data)
    residual = section(text, "2.7 Restzetels", "2.8 Verdeling")
    assert "voetnoot I" in residual
    assert re.search(
        r"I\.\s+De lijsten Lijst 2 Lijst 2 GR en Lijst 3 Lijst 3 GR hebben gelijke\s+overschotten", residual
    )
    assert re.search(r"het lot viel op\s+Lijst 3 Lijst 3 GR", residual)
    candidates = section(text, "2.9 Toewijzing", "2.10 Gekozen")
    second, third = names_of(data, 1, (2, 3))
    assert re.search(rf"Lot 2: {re.escape(second)} en {re.escape(third)}\s+hadden evenveel", candidates)
    assert re.search(rf"heeft geloot:\s+{re.escape(third)}\s+kreeg de zetel", candidates)


def test_absolute_majority_and_exhausted_list_are_footnoted():
    majority = text_of(p22(10, votes={1: (300, 100, 60, 50), 2: (150, 100), 3: (140, 100)}))
    assert "Volstrekte meerderheid (P 9)" in majority
    assert re.search(r"heeft meer dan de helft van de stemmen behaald", majority)
    exhausted = text_of(p22(8, votes={1: (500, 100), 2: (90, 60, 50), 3: (80, 50, 40)}, sizes=(2, 4, 4)))
    assert "Lijstuitputting (P 10)" in exhausted
    assert re.search(r"Lijst 1 Partij 1 heeft niet voldoende kandidaten\s+beschikbaar", exhausted)


def test_a_deceased_candidate_is_not_elected_and_is_marked():
    votes = {1: (300, 40, 30), 2: (200, 20, 10), 3: (100, 90, 45)}
    data = p22(6, votes=votes, deceased=frozenset({(2, 1)}))
    assert 1 not in data.apportionment.elected[2]
    (dead,) = names_of(data, 2, (1,))
    text = text_of(data)
    assert dead not in section(text, "2.10 Gekozen kandidaten", "2.11 Uitkomst")
    candidates = section(text, "2.9 Toewijzing", "2.10 Gekozen")
    assert re.search(r"Overleden \(artikel P 19a Kieswet\)", candidates)
    assert f"{dead} (positie 1)" in candidates
    annex = section(text, "Bijlage 1 - Stemmen per lijst", "Niets hierna")
    assert re.search(rf"{re.escape(dead)} — overleden\s+200", annex)


def test_the_same_data_gives_the_same_bytes():
    first = render_p22_2(p22(5, votes=TIED, lots=(3, 3)))
    assert render_p22_2(p22(5, votes=TIED, lots=(3, 3))) == first
    assert first.startswith(b"%PDF-")


def test_every_page_has_its_number_and_both_hashes(small):
    data, text = small
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) >= 8
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
        assert "Model P 22-2" in page
        for digest in (data.eml_sha256, data.audit_head):
            groups = [digest[i : i + 4] for i in range(0, 64, 4)]
            assert re.search(r"\s+".join(groups), page), (number, digest)
    assert "Auditlog, zegel rij 17:" in pages[0]


def test_where_the_totals_came_from(small):
    _, text = small
    protocol = section(text, "2.11 Uitkomst controleprotocol", "Deel 3 - Ondertekening")
    groups = [NUMBERS[i : i + 4] for i in range(0, 64, 4)]
    assert re.search(r"\s+".join(groups[:8]), protocol)
    assert "0935 Maastricht" in protocol and "Eenmaal ingevoerd" in protocol


def test_lots_that_disagree_with_the_result_are_refused():
    data = p22(5, votes=TIED, lots=(3, 3))
    with pytest.raises(ValueError, match="lot"):
        render_p22_2(replace(data, lots=(2, 3)))


def test_45_seats_20_lists_of_50_candidates():
    data = p22(45, sizes=(50,) * 20, voters=6000, seed=2)
    text = text_of(data)
    pages = [page for page in text.split("\f") if page.strip()]
    assert 20 <= len(pages) <= 90, len(pages)
    assert missing_headings(text) == []
    annex = section(text, "Bijlage 1 - Stemmen per lijst", "Niets hierna")
    for party in data.election.lists:
        assert party.name in annex
        for candidate in party.candidates:
            assert candidate.display_name in annex, candidate
    assert f"pagina {len(pages)} van {len(pages)}" in pages[-1]
