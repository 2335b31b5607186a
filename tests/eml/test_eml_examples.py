"""The Kiesraad's own example files: valid ones import, invalid ones are refused
with a message that names the file and the real problem."""

from __future__ import annotations

from datetime import date

import pytest
from eml_support import example, examples_matching

from kiosk.eml import (
    CandidateLists,
    EmlError,
    StationList,
    check_belongs_to,
    detect_kind,
    read_any,
    read_candidate_lists,
    read_election_definition,
    read_polling_stations,
)
from kiosk.i18n import refusal_text, warning_text


@pytest.mark.parametrize("name", examples_matching("*_test*.eml.xml"))
def test_every_valid_example_is_read_unless_it_is_a_count(name: str) -> None:
    data = example(name)
    if detect_kind(data, name).startswith("510"):
        with pytest.raises(EmlError, match="510b"):
            read_any(data, name)
    else:
        assert read_any(data, name) is not None


def test_110a_gives_the_election_without_lists_or_stations() -> None:
    election = read_election_definition(example("eml110a_test.eml.xml"), "eml110a_test.eml.xml")
    assert (election.id, election.name) == ("GR2022_Test", "Gemeenteraad Test 2022")
    assert (election.category, election.subcategory) == ("GR", "GR2")
    assert (election.domain_id, election.domain_name) == ("0000", "Test")
    assert election.election_date == date(2022, 3, 16)
    assert election.number_of_seats == 45
    assert election.lists == () and election.stations == ()


def test_water_board_definition_is_accepted_like_a_municipal_one() -> None:
    election = read_election_definition(example("eml110a_test_AB.eml.xml"), "eml110a_test_AB.eml.xml")
    assert (election.category, election.subcategory) == ("AB", "AB2")
    assert election.name == "Waterschap Juinen Test 2022"


def test_230b_gives_lists_and_candidates_in_ballot_order() -> None:
    lists = read_candidate_lists(example("eml230b_test.eml.xml"), "eml230b_test.eml.xml")
    assert isinstance(lists, CandidateLists)
    assert lists.election.id == "GR2022_Test" and lists.authority_id == "0000"
    assert [pl.number for pl in lists.lists] == [1, 2, 3]
    first = lists.lists[0].candidates[0]
    assert (first.list_number, first.position) == (1, 1)
    assert (first.initials, first.first_name, first.last_name) == ("A.B.C.", "Annemieke", "Oorschot")
    assert first.display_name == "Oorschot, A.B.C. (Annemieke)"
    # This candidate's locality is nested in xal:Country; the next one's is not.
    assert first.locality == "Heemdamseburg" and first.gender == "female"
    second = lists.lists[0].candidates[1]
    assert (second.prefix, second.last_name, second.locality) == ("de", "Blikkert", "Heemdamseburgsebuurt")
    assert sum(len(pl.candidates) for pl in lists.lists) == 18
    assert lists.warnings == ()


def test_110b_gives_stations_with_postcode_and_voters() -> None:
    stations = read_polling_stations(example("eml110b_test.eml.xml"), "eml110b_test.eml.xml")
    assert isinstance(stations, StationList)
    first = stations.stations[0]
    assert (first.number, first.name, first.postcode, first.number_of_voters) == (1, "Stadhuis", "1011 PN", 1273)
    assert stations.number_of_voters == 612694


def test_110b_with_a_nomination_date_is_read_with_a_warning() -> None:
    # The strict 110b schema forbids kr:NominationDate, but the Kiesraad's own
    # test file has one: tolerated, and said so.
    stations = read_polling_stations(example("eml110b_test.eml.xml"), "eml110b_test.eml.xml")
    assert "nomination_date_ignored" in {w.code for w in stations.warnings}


def test_zero_voters_in_110b_becomes_unknown_with_a_warning() -> None:
    stations = read_polling_stations(example("eml110b_test.eml.xml"), "eml110b_test.eml.xml")
    assert stations.stations[1].number_of_voters is None
    warning = next(w for w in stations.warnings if w.code == "voters_unknown")
    assert "stembureau 2" in warning_text(warning)


@pytest.mark.parametrize(
    ("name", "count"), [("eml110b_1_station.eml.xml", 1), ("eml110b_less_than_10_stations.eml.xml", 9)]
)
def test_short_station_lists_are_read_with_a_completeness_warning(name: str, count: int) -> None:
    stations = read_polling_stations(example(name), name)
    assert len(stations.stations) == count
    few = next(w for w in stations.warnings if w.code == "few_stations")
    assert f"maar {count} stembureau" in warning_text(few)


def test_510b_count_is_detected_and_refused_by_every_reader() -> None:
    name = "deserialize_eml510b_test.eml.xml"
    data = example(name)
    assert detect_kind(data, name) == "510b"
    for reader in (read_election_definition, read_candidate_lists, read_polling_stations, read_any):
        with pytest.raises(EmlError) as caught:
            reader(data, name)
        assert caught.value.code == "eml.count_file"
        assert refusal_text(caught.value).startswith(
            f"{name}: dit is een EML 510b (telling), geen verkiezingsdefinitie"
        )


# -- invalid examples: (file, reader, code, words the message must contain) ------------------

INVALID = [
    (
        "eml110a_invalid_election_category_and_sub_category_mismatch.eml.xml",
        read_election_definition,
        "eml.category_subcategory_mismatch",
        ["GR", "AB2"],
    ),
    (
        # A TK election whose domain and tree are those of a municipal election.
        "eml110a_invalid_election_limited_elections_supported.eml.xml",
        read_election_definition,
        "eml.election_tree_mismatch",
        ["TK", "STAAT", "GEMEENTE", "Test"],
    ),
    (
        "eml110a_invalid_election_missing_election_domain.eml.xml",
        read_election_definition,
        "eml.missing_domain",
        ["ElectionDomain"],
    ),
    (
        # Id="110a" on a document whose content is a candidate list.
        "eml230b_invalid_document_type.eml.xml",
        read_candidate_lists,
        "eml.document_type_mismatch",
        ["110a", "kandidatenlijsten"],
    ),
    ("eml230b_invalid_empty_affiliates.eml.xml", read_candidate_lists, "eml.no_lists", ["geen enkele"]),
    (
        "eml230b_invalid_empty_candidates.eml.xml",
        read_candidate_lists,
        "eml.list_without_candidates",
        ["lijst 3", "Partij voor de Stemmer"],
    ),
    ("eml230b_invalid_missing_authority.eml.xml", read_candidate_lists, "eml.missing_authority", ["ManagingAuthority"]),
    (
        # TK with subcategory GR2: contradicts itself before any comparison with the 110a.
        "eml230b_invalid_incorrect_election_type.eml.xml",
        read_candidate_lists,
        "eml.category_subcategory_mismatch",
        ["TK", "GR2"],
    ),
]


@pytest.mark.parametrize(("name", "reader", "code", "words"), INVALID, ids=[row[0] for row in INVALID])
def test_invalid_example_is_refused_naming_file_and_problem(name, reader, code, words) -> None:
    with pytest.raises(EmlError) as caught:
        reader(example(name), name)
    error = caught.value
    assert (error.code, error.source) == (code, name)
    assert refusal_text(error).startswith(f"{name}: ")
    for word in words:
        assert word in refusal_text(error)


def test_every_invalid_example_is_covered() -> None:
    covered = {row[0] for row in INVALID} | {row[0] for row in NOT_BELONGING}
    assert set(examples_matching("*invalid*")) <= covered


# -- valid on their own, but not part of the imported election ---------------------------

NOT_BELONGING = [
    ("eml230b_invalid_incorrect_election.eml.xml", "id", ["GR2024_Heemdamseburg", "GR2022_Test"]),
    ("eml230b_invalid_incorrect_election_date.eml.xml", "election_date", ["2022-01-31", "2022-03-16"]),
    ("eml230b_invalid_incorrect_election_domain.eml.xml", "domain_id", ["0001", "0000"]),
    ("eml110b_not_matching_election_id.eml.xml", "id", ["EP2024", "GR2022_Test"]),
]


@pytest.mark.parametrize(("name", "item", "values"), NOT_BELONGING, ids=[row[0] for row in NOT_BELONGING])
def test_file_of_another_election_is_refused_by_check_belongs_to(gr2022_test, name, item, values) -> None:
    doc = read_any(example(name), name)  # valid on its own
    with pytest.raises(EmlError) as caught:
        check_belongs_to(gr2022_test, doc)
    error = caught.value
    assert (error.code, error.params["item"], error.source) == ("eml.election_mismatch", item, name)
    for value in values:
        assert f"‘{value}’" in refusal_text(error)


def test_matching_230b_and_110b_belong_to_the_110a(gr2022_test) -> None:
    for name in ("eml230b_test.eml.xml", "eml110b_test.eml.xml"):
        assert check_belongs_to(gr2022_test, read_any(example(name), name)) == ()


def test_110b_without_domain_belongs_but_warns_about_its_other_subcategory(gr2022_test) -> None:
    stations = read_polling_stations(example("eml110b_1_station.eml.xml"), "eml110b_1_station.eml.xml")
    warnings = check_belongs_to(gr2022_test, stations)
    assert [w.code for w in warnings] == ["subcategory_differs"]
    assert "GR1" in warning_text(warnings[0]) and "GR2" in warning_text(warnings[0])
