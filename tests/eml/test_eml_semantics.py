"""Rules beyond the schema: a file must not contradict itself or the election it joins.

Variants of the Kiesraad examples are made by editing one thing, so each test
shows which single change is (or is not) refused.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from eml_support import example
from lxml import etree

from kiosk.eml import (
    EmlError,
    check_belongs_to,
    read_candidate_lists,
    read_election_definition,
    read_polling_stations,
)
from kiosk.eml.ns import NS
from kiosk.i18n import refusal_text, set_language


def edited(name: str, *replacements: tuple[bytes, bytes]) -> bytes:
    data = example(name)
    for old, new in replacements:
        assert old in data, old
        data = data.replace(old, new, 1)
    return data


def code_of(reader, data: bytes) -> str:
    with pytest.raises(EmlError) as caught:
        reader(data, "variant.eml.xml")
    return caught.value.code


# -- 110a -----------------------------------------------------------------------------------

TK_TREE = b"""<kr:ElectionTree>
                <kr:Region RegionCategory="STAAT">
                    <kr:RegionName>Nederland</kr:RegionName>
                    <kr:Committee CommitteeCategory="CSB" CommitteeName="De Kiesraad"/>
                </kr:Region>
                <kr:Region RegionNumber="9" RegionCategory="KIESKRING" SuperiorRegionCategory="STAAT">
                    <kr:RegionName>Utrecht</kr:RegionName>
                    <kr:Committee CommitteeCategory="HSB"/>
                </kr:Region>
                <kr:Region RegionNumber="312" RegionCategory="GEMEENTE"
                        SuperiorRegionNumber="9" SuperiorRegionCategory="KIESKRING">
                    <kr:RegionName>Bunnik</kr:RegionName>
                </kr:Region>
            </kr:ElectionTree>"""

GR_TREE_START = b'<kr:ElectionTree>\n                <kr:Region RegionNumber="000" RegionCategory="GEMEENTE">'
GR_TREE = (
    GR_TREE_START
    + b"""
                    <kr:RegionName>Test</kr:RegionName>
                    <kr:Committee CommitteeCategory="CSB"/>
                    <kr:Committee CommitteeCategory="HSB"/>
                </kr:Region>
            </kr:ElectionTree>"""
)


def test_tk_definition_shaped_like_a_national_election_is_accepted() -> None:
    data = edited(
        "eml110a_invalid_election_limited_elections_supported.eml.xml",
        (b'<kr:ElectionDomain Id="0000">Test</kr:ElectionDomain>\n', b""),
        (GR_TREE, TK_TREE),
    )
    election = read_election_definition(data, "tk.eml.xml")
    assert (election.category, election.number_of_seats, election.domain_id) == ("TK", 150, "")


def test_tk_definition_with_a_municipal_tree_is_refused_even_without_domain() -> None:
    data = edited(
        "eml110a_invalid_election_limited_elections_supported.eml.xml",
        (b'<kr:ElectionDomain Id="0000">Test</kr:ElectionDomain>\n', b""),
    )
    assert code_of(read_election_definition, data) == "eml.election_tree_mismatch"


def test_provincial_definition_with_districts_under_the_province_is_accepted() -> None:
    ps_tree = b"""<kr:ElectionTree>
                <kr:Region RegionNumber="14" RegionCategory="PROVINCIE">
                    <kr:RegionName>Zuid-Brabant</kr:RegionName>
                </kr:Region>
                <kr:Region RegionNumber="1" RegionCategory="KIESKRING"
                        SuperiorRegionNumber="14" SuperiorRegionCategory="PROVINCIE">
                    <kr:RegionName>Heemdamseburg</kr:RegionName><kr:Committee CommitteeCategory="CSB"/>
                </kr:Region>
            </kr:ElectionTree>"""
    data = edited(
        "eml110a_test.eml.xml",
        (b"<ElectionCategory>GR</ElectionCategory>", b"<ElectionCategory>PS</ElectionCategory>"),
        (b">GR2<", b">PS2<"),
        (
            b'<kr:ElectionDomain Id="0000">Test</kr:ElectionDomain>',
            b"<kr:ElectionDomain>Zuid-Brabant</kr:ElectionDomain>",
        ),
        (GR_TREE, ps_tree),
    )
    election = read_election_definition(data, "ps.eml.xml")
    assert (election.category, election.domain_id, election.domain_name) == ("PS", "", "Zuid-Brabant")


def test_municipal_definition_with_a_provincial_tree_is_refused() -> None:
    data = edited(
        "eml110a_test.eml.xml",
        (b'RegionNumber="000" RegionCategory="GEMEENTE"', b'RegionNumber="1" RegionCategory="PROVINCIE"'),
    )
    assert code_of(read_election_definition, data) == "eml.election_tree_mismatch"


def test_small_council_subcategory_with_45_seats_is_refused() -> None:
    data = edited("eml110a_test.eml.xml", (b">GR2<", b">GR1<"))
    assert code_of(read_election_definition, data) == "eml.seats_subcategory_mismatch"


def test_preference_threshold_that_contradicts_the_council_size_is_refused() -> None:
    data = edited("eml110a_test.eml.xml", (b"<kr:PreferenceThreshold>25", b"<kr:PreferenceThreshold>50"))
    with pytest.raises(EmlError) as caught:
        read_election_definition(data, "drempel.eml.xml")
    assert caught.value.code == "eml.preference_threshold_mismatch"
    assert "50%" in refusal_text(caught.value) and "25%" in refusal_text(caught.value)


def test_230b_without_election_date_is_refused() -> None:
    # Schema-valid: the identifier's elements sit in a repeatable xs:choice.
    data = edited("eml230b_test.eml.xml", (b"<kr:ElectionDate>2022-03-16</kr:ElectionDate>", b""))
    assert code_of(read_candidate_lists, data) == "eml.missing_election_date"


def test_230b_with_two_domains_is_refused() -> None:
    data = edited(
        "eml230b_test.eml.xml",
        (
            b"<kr:NominationDate>2022-01-31</kr:NominationDate>",
            b'<kr:ElectionDomain Id="0001">Ander</kr:ElectionDomain>',
        ),
    )
    with pytest.raises(EmlError) as caught:
        read_candidate_lists(data, "twee.eml.xml")
    assert caught.value.code == "eml.duplicate_element" and "ElectionDomain" in refusal_text(caught.value)


def test_dates_with_a_time_zone_are_read_as_the_day() -> None:
    data = edited("eml110a_test.eml.xml", (b"<kr:ElectionDate>2022-03-16", b"<kr:ElectionDate>2022-03-16+01:00"))
    assert str(read_election_definition(data, "tz.eml.xml").election_date) == "2022-03-16"


def test_nomination_after_the_election_is_refused() -> None:
    data = edited("eml110a_test.eml.xml", (b"<kr:NominationDate>2022-01-31", b"<kr:NominationDate>2022-04-01"))
    assert code_of(read_election_definition, data) == "eml.dates_inconsistent"


# -- 230b -----------------------------------------------------------------------------------


def test_230b_with_the_same_list_number_twice_is_refused() -> None:
    data = edited("eml230b_test.eml.xml", (b'<AffiliationIdentifier Id="2">', b'<AffiliationIdentifier Id="1">'))
    assert code_of(read_candidate_lists, data) == "eml.duplicate_list"


def test_230b_list_without_number_is_refused() -> None:
    data = edited("eml230b_test.eml.xml", (b'<AffiliationIdentifier Id="2">', b"<AffiliationIdentifier>"))
    assert code_of(read_candidate_lists, data) == "eml.list_without_number"


def test_230b_candidates_out_of_order_are_refused() -> None:
    data = edited(
        "eml230b_test.eml.xml",
        (b'<CandidateIdentifier Id="1"/>', b'<CandidateIdentifier Id="999"/>'),
    )
    assert code_of(read_candidate_lists, data) == "eml.candidate_order"


@pytest.mark.parametrize("replacement", [b'<CandidateIdentifier Id="A3"/>', b"<CandidateIdentifier/>"])
def test_230b_candidate_without_a_usable_number_is_refused(replacement: bytes) -> None:
    # Schema-valid (the 230 schema leaves this Id optional and free-form), but unusable.
    data = edited("eml230b_test.eml.xml", (b'<CandidateIdentifier Id="3"/>', replacement))
    assert code_of(read_candidate_lists, data) == "eml.candidate_without_number"


def test_230b_candidate_number_used_twice_is_refused() -> None:
    data = edited("eml230b_test.eml.xml", (b'<CandidateIdentifier Id="2"/>', b'<CandidateIdentifier Id="1"/>'))
    assert code_of(read_candidate_lists, data) == "eml.duplicate_candidate"


def test_230b_gap_in_candidate_numbers_is_read_with_a_warning() -> None:
    root = etree.fromstring(example("eml230b_test.eml.xml"))
    last_list = root.findall(".//eml:Affiliation", NS)[-1]
    last = last_list.findall("eml:Candidate", NS)[-1]
    last.find("eml:CandidateIdentifier", NS).set("Id", "40")
    lists = read_candidate_lists(etree.tostring(root), "gat.eml.xml")
    assert [w.code for w in lists.warnings] == ["candidate_numbers_gap"]
    assert lists.lists[-1].candidates[-1].position == 40


def test_230b_candidate_without_name_is_refused() -> None:
    root = etree.fromstring(example("eml230b_test.eml.xml"))
    candidate = root.find(".//eml:Candidate", NS)
    candidate.remove(candidate.find("eml:CandidateFullName", NS))
    assert code_of(read_candidate_lists, etree.tostring(root)) == "eml.candidate_without_name"


def test_230b_with_several_electoral_districts_is_refused() -> None:
    root = etree.fromstring(example("eml230b_test.eml.xml"))
    contest = root.find(".//eml:Contest", NS)
    contest.addnext(etree.fromstring(etree.tostring(contest)))
    assert code_of(read_candidate_lists, etree.tostring(root)) == "eml.multiple_contests"


def test_230b_of_a_municipal_election_without_domain_is_refused() -> None:
    data = edited("eml230b_test.eml.xml", (b'<kr:ElectionDomain Id="0000">Test</kr:ElectionDomain>', b""))
    assert code_of(read_candidate_lists, data) == "eml.missing_domain"


# -- 110b -----------------------------------------------------------------------------------


def test_110b_with_the_same_station_twice_is_refused() -> None:
    data = edited("eml110b_test.eml.xml", (b'<PollingStation Id="2">', b'<PollingStation Id="1">'))
    with pytest.raises(EmlError) as caught:
        read_polling_stations(data, "dubbel.eml.xml")
    assert caught.value.code == "eml.duplicate_station" and "stembureaunummer 1 " in refusal_text(caught.value)


def test_110b_with_two_elections_is_refused() -> None:
    root = etree.fromstring(example("eml110b_1_station.eml.xml"))
    election = root.find(".//eml:Election", NS)
    election.addnext(etree.fromstring(etree.tostring(election)))
    assert code_of(read_polling_stations, etree.tostring(root)) == "eml.multiple_elections"


# -- check_belongs_to -----------------------------------------------------------------------


def test_candidate_lists_of_another_category_do_not_belong(gr2022_test) -> None:
    lists = read_candidate_lists(example("eml230b_test.eml.xml"), "eml230b_test.eml.xml")
    other = replace(lists, election=replace(lists.election, category="PS", subcategory="PS1"))
    with pytest.raises(EmlError) as caught:
        check_belongs_to(gr2022_test, other)
    assert caught.value.params["item"] == "category"
    assert "de soort verkiezing is ‘PS’ in dit bestand, maar ‘GR’" in refusal_text(caught.value)


def test_a_different_election_name_does_not_belong(gr2022_test) -> None:
    lists = read_candidate_lists(example("eml230b_test.eml.xml"), "eml230b_test.eml.xml")
    other = replace(lists, election=replace(lists.election, name="Gemeenteraad Test 2026"))
    with pytest.raises(EmlError) as caught:
        check_belongs_to(gr2022_test, other)
    assert caught.value.params["item"] == "name"


def test_a_domain_where_the_election_has_none_does_not_belong(gr2022_test) -> None:
    national = replace(gr2022_test, domain_id="", domain_name="")
    lists = read_candidate_lists(example("eml230b_test.eml.xml"), "eml230b_test.eml.xml")
    with pytest.raises(EmlError) as caught:
        check_belongs_to(national, lists)
    assert caught.value.params == {
        "source": "eml230b_test.eml.xml",
        "item": "domain_id",
        "expected": "-",
        "found": "0000",
    }


def test_messages_follow_the_operator_language(gr2022_test) -> None:
    data = example("eml230b_invalid_incorrect_election_date.eml.xml")
    lists = read_candidate_lists(data, "datum.eml.xml")
    with pytest.raises(EmlError) as caught:
        check_belongs_to(gr2022_test, lists)
    set_language("en")
    assert refusal_text(caught.value) == (
        "datum.eml.xml: does not belong to the imported election: the election date is ‘2022-01-31’"
        " in this file, but ‘2022-03-16’ in the election definition"
    )


def test_the_caller_may_name_the_file_for_the_message(gr2022_test) -> None:
    lists = read_candidate_lists(example("eml230b_invalid_incorrect_election.eml.xml"), "a.xml")
    with pytest.raises(EmlError) as caught:
        check_belongs_to(gr2022_test, lists, "/media/usb/Kandidatenlijsten.eml.xml")
    assert refusal_text(caught.value).startswith("/media/usb/Kandidatenlijsten.eml.xml: hoort niet bij")


def test_errors_survive_pickling_with_code_and_message() -> None:
    import pickle

    error = EmlError("eml.election_mismatch", source="x.xml", item="id", expected="A", found="B")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.source, copy.code, copy.params, str(copy)) == (error.source, error.code, error.params, str(error))
    assert refusal_text(copy) == refusal_text(error)
