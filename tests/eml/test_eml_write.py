"""Writers: schema-valid, deterministic, and read back to the same election."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime

import pytest
from eml_support import (
    CREATED,
    LAST_NAMES,
    LIST_WORDS,
    PLACES,
    largest_election,
    random_candidate,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.eml import check_belongs_to, read_candidate_lists, read_election_definition, read_polling_stations
from kiosk.eml.schema import schema_for
from kiosk.eml.write import write_candidate_lists, write_election_definition, write_polling_stations

WRITERS = (write_election_definition, write_candidate_lists, write_polling_stations)


def round_trip(election: Election, authority_id: str | None = None) -> None:
    """Write all three documents, read them back, and compare with the original."""
    definition = read_election_definition(write_election_definition(election, created=CREATED), "110a.xml")
    # The 110a carries the election; the 230b its contest, the 110b the counting municipality.
    assert (
        definition
        == replace(
            election, lists=(), stations=(), authority_id="", authority_name="", contest_id="geen", contest_name=""
        )
        and definition.number_of_voters is None
    )
    lists = read_candidate_lists(write_candidate_lists(election, created=CREATED), "230b.xml")
    assert lists.lists == election.lists
    assert (lists.contest_id, lists.contest_name) == (election.contest_id, election.contest_name)
    assert check_belongs_to(definition, lists) == ()
    stations = read_polling_stations(
        write_polling_stations(election, created=CREATED, authority_id=authority_id), "110b.xml"
    )
    expected = tuple(replace(s, number_of_voters=s.number_of_voters or None) for s in election.stations)
    assert stations.stations == expected
    assert stations.authority_id == (authority_id or election.municipality_id)
    if authority_id is None:
        assert stations.authority_name == election.municipality_name
    assert check_belongs_to(definition, stations) == ()


def test_small_election_round_trips(small_election: Election) -> None:
    round_trip(small_election)


@pytest.mark.parametrize("writer", WRITERS)
def test_output_is_valid_against_the_strict_schema(small_election: Election, writer) -> None:
    data = writer(small_election, created=CREATED)
    kind = etree.fromstring(data).get("Id")
    assert schema_for({"230b": "230"}.get(kind, kind)).validate(etree.fromstring(data))
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<EML ')


@pytest.mark.parametrize("writer", WRITERS)
def test_same_election_and_time_give_the_same_bytes(small_election: Election, writer) -> None:
    assert writer(small_election, created=CREATED) == writer(small_election, created=CREATED)
    later = writer(small_election, created=datetime(2026, 2, 7, 9, 0, 0))
    assert later != writer(small_election, created=CREATED)
    assert b"2026-02-07T09:00:00" in later


def test_creation_time_may_be_passed_positionally(small_election: Election) -> None:
    for writer in WRITERS:
        assert writer(small_election, CREATED) == writer(small_election, created=CREATED)


def test_nomination_date_defaults_to_44_days_before_election_day(small_election: Election) -> None:
    data = write_election_definition(small_election, created=CREATED)
    assert b"<kr:NominationDate>2026-02-02</kr:NominationDate>" in data
    data = write_election_definition(small_election, created=CREATED, nomination_date=date(2026, 2, 3))
    assert b"<kr:NominationDate>2026-02-03</kr:NominationDate>" in data


def test_unknown_voters_are_written_as_zero_and_read_back_as_unknown(small_election: Election) -> None:
    stations = read_polling_stations(write_polling_stations(small_election, created=CREATED), "x.xml")
    assert stations.stations[1].number_of_voters is None
    assert stations.number_of_voters == 1200


def test_writers_refuse_elections_they_cannot_express(small_election: Election) -> None:
    with pytest.raises(ValueError, match="number_of_seats"):
        write_election_definition(replace(small_election, number_of_seats=None), created=CREATED)
    with pytest.raises(ValueError, match="candidates on every list"):
        write_candidate_lists(replace(small_election, lists=(PartyList(1, "Leeg"),)), created=CREATED)
    with pytest.raises(ValueError, match="gender"):
        bad = PartyList(1, "X", (Candidate(1, 1, "Jansen", gender="v"),))
        write_candidate_lists(replace(small_election, lists=(bad,)), created=CREATED)
    with pytest.raises(ValueError, match="four-digit"):
        write_polling_stations(replace(small_election, domain_id="25"), created=CREATED)
    with pytest.raises(ValueError, match="schema-valid"):
        write_election_definition(replace(small_election, domain_id="12345"), created=CREATED)


def test_largest_election_round_trips() -> None:
    """Tweede Kamer scale: 40 lists of 80 candidates; 450 polling stations (its time: tests/bench/bench_eml.py)."""
    election = largest_election()
    round_trip(election, authority_id="0344")


# -- property: generated elections round-trip ----------------------------------------------

# Free text for names: any XML-safe characters, whitespace as the reader normalises it.
# Printable text: the readers refuse control, format (bidi, zero-width), private-use and separator
# characters (kiosk.eml.bounds.check_characters).
xml_text = (
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn", "Cf", "Co", "Zl", "Zp")),
        min_size=1,
        max_size=30,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@st.composite
def elections(draw, free_text: bool = False) -> Election:
    category = draw(st.sampled_from(["GR", "AB", "PS", "TK", "EP"]))
    year = draw(st.integers(2000, 2099))
    election_date = draw(st.dates(date(year, 1, 1), date(year, 12, 31)))
    domain_name = draw(xml_text) if free_text else draw(st.sampled_from(PLACES[1:]))
    if category == "GR":
        seats = draw(st.integers(9, 45))
        subcategory, domain_id = ("GR1" if seats < 19 else "GR2"), f"{draw(st.integers(0, 9999)):04d}"
    elif category == "AB":
        seats = draw(st.integers(7, 60))
        subcategory, domain_id = ("AB1" if seats < 19 else "AB2"), str(draw(st.integers(1, 29)))
    elif category == "PS":
        seats, subcategory = draw(st.integers(39, 55)), draw(st.sampled_from(["PS1", "PS2"]))
        domain_id = draw(st.sampled_from(["", "1", "12"]))
    else:
        seats, subcategory, domain_id, domain_name = (150 if category == "TK" else 31), category, "", ""
    # Outside a municipal election the counting municipality is its own (the 110b's sender),
    # and a national or multi-district election has a contest per electoral district.
    municipal = category == "GR"
    authority_id = "" if municipal else f"{draw(st.integers(1, 9999)):04d}"
    authority_name = "" if municipal else draw(st.sampled_from(PLACES[1:]))
    district = category in ("TK", "EP") or (category == "PS" and subcategory == "PS2")
    contest_id = str(draw(st.integers(1, 20))) if district else "geen"
    contest_name = f"Kieskring {contest_id}" if district and draw(st.booleans()) else ""
    seed = draw(st.integers(0, 2**32))
    rng = random.Random(seed)
    list_numbers = sorted(draw(st.lists(st.integers(1, 60), min_size=1, max_size=40, unique=True)))
    sizes = draw(st.lists(st.integers(1, 80), min_size=len(list_numbers), max_size=len(list_numbers)))
    lists = []
    for number, size in zip(list_numbers, sizes, strict=True):
        name = f"{rng.choice(LIST_WORDS)} {rng.choice(LAST_NAMES)} & Co"
        candidates = tuple(random_candidate(rng, number, p) for p in range(1, size + 1))
        if free_text:
            name = draw(xml_text)
            first = replace(candidates[0], last_name=draw(xml_text), first_name=draw(xml_text))
            candidates = (first, *candidates[1:])
        lists.append(PartyList(number, name, candidates))
    station_numbers = draw(st.lists(st.integers(1, 999), min_size=1, max_size=30, unique=True))
    stations = tuple(
        PollingStation(
            number,
            draw(xml_text) if free_text else f"Stembureau {rng.choice(PLACES[1:])}",
            rng.choice(["", f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGH')}{rng.choice('KLMNPRST')}"]),
            rng.choice([None, rng.randint(1, 5000)]),
        )
        for number in station_numbers
    )
    return Election(
        id=f"{category}{year}_{draw(st.sampled_from(['Test', 'Heemdamseburg', 'x-1']))}",
        name=draw(xml_text) if free_text else f"Verkiezing {domain_name or 'Nederland'} {year}",
        category=category,
        subcategory=subcategory,
        domain_id=domain_id,
        domain_name=domain_name,
        election_date=election_date,
        number_of_seats=seats,
        lists=tuple(lists),
        stations=stations,
        authority_id=authority_id,
        authority_name=authority_name,
        contest_id=contest_id,
        contest_name=contest_name,
    )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(elections())
def test_generated_elections_round_trip(election: Election) -> None:
    round_trip(election)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(elections(free_text=True))
def test_any_printable_names_round_trip(election: Election) -> None:
    round_trip(election)
