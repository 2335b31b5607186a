"""Every election type the kiosk counts for, from import to sheet and exports (issue 17).

For each of TK, EP, PS, AB and GR a generated election goes through the real doors:
its 110a, 230b and 110b are written and imported with their hash check, the counting
method is chosen, every station is entered twice, the hand count agrees, and the sealed
documents are made. The 510b is valid against the strict schema and names the
municipality that counts (the 110b's sender), the 230b's contest and the 110b's number
of voters; the sheet and the station form name the municipality, not the domain.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree

from kiosk.domain.election import Election
from kiosk.domain.form_model import CountingMethod
from kiosk.eml.read_110a import read_election_definition
from kiosk.eml.read_510b import read_510b
from kiosk.eml.schema import schema_for
from kiosk.services import counting_method, forms, integrity, results_documents
from kiosk.services.entry import EntryService
from tests.support.elections import KINDS, MUNICIPALITY, generated, import_election
from tests.support.entry import COORDINATOR, agree_hand_count, make_definitive, paper
from tests.support.pdftext import pdf_text

DSO = CountingMethod.DSO


def count_and_seal(store) -> results_documents.SealedDocuments:
    """DSO; every station entered twice from its paper; the hand count agrees; sealed."""
    counting_method.choose(store, COORDINATOR, "DSO")
    entries = EntryService(store)
    for number in entries.station_numbers:
        assert make_definitive(entries, number, paper(entries, number)).status.name == "DEFINITIVE"
    return results_documents.sealed(agree_hand_count(entries))


NS = {"eml": "urn:oasis:names:tc:evs:schema:eml", "kr": "http://www.kiesraad.nl/extensions"}


def check_510b(eml: bytes, election: Election) -> etree._Element:
    """Valid against the strict schema; the municipality counts, in the 230b's contest."""
    root = etree.fromstring(eml)
    assert schema_for("510").validate(root)
    count = read_510b(eml, "510b.xml")
    assert (count.authority_id, count.authority_name) == (election.authority_id, election.authority_name)
    assert [u.id for u in count.units] == [f"{election.authority_id}::SB{s.number}" for s in election.stations]
    assert root.find(".//eml:Contest/eml:ContestIdentifier", NS).get("Id") == election.contest_id
    domain = root.find(".//eml:ElectionIdentifier/kr:ElectionDomain", NS)
    assert ((domain.get("Id") or "") if domain is not None else "") == election.domain_id
    return root


@pytest.mark.parametrize("category", list(KINDS))
def test_an_election_of_each_type_from_import_to_sheet(store, category):
    kind = KINDS[category]
    stored = import_election(store, generated(kind))
    assert (stored.authority_id, stored.authority_name) == MUNICIPALITY
    assert (stored.contest_id, stored.contest_name) == kind.contest
    assert stored.number_of_voters == 5000 and stored.domain_id == kind.domain[0]
    assert stored.has_voter_cards is (category != "GR")

    form = " ".join(pdf_text(dict(forms.blank_pdfs(replace(stored, counting_method=DSO), 1))["N10-1"]).split())
    assert "Maastricht" in form and kind.title in form
    assert ("Totaal toegelaten kiezers (A+B+C)" in form) is (category != "GR")
    assert ("Kiezerspassen (niet van toepassing" in form) is (category == "GR")

    documents = count_and_seal(store)
    root = check_510b(documents.eml_510b, stored)
    assert root.findtext(".//eml:TotalVotes/eml:Cast", namespaces=NS) == "5000"  # the 110b's, not the sum

    sheet = " ".join(pdf_text(documents.sheet_pdf).split())
    assert "Gemeente 0935 Maastricht" in sheet and kind.title in sheet
    # Deel 3: a municipal election is signed by the chair and 2 members, any other by the chair and 4.
    assert ("minimaal 3" in sheet) is (category == "GR") and ("minimaal 5" in sheet) is (category != "GR")
    assert documents.csv.count(b"\n") == 1 + len(stored.stations) + 1
    published = documents.osv4_3.decode("utf-8-sig").split("\n")
    assert published[2:4] == ['"Gebied";;"Gemeente Maastricht"', '"Nummer";;"0935"']
    assert published[8].startswith(';"opgeroepenen";;;"5000";')
    assert any(row.startswith(';"geldige kiezerspas"') for row in published) is (category != "GR")
    assert integrity.check(store).ok


@pytest.mark.parametrize(
    ("definition", "municipality", "contest"),
    [
        ("Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml", ("0037", "Stadskanaal"), ("geen", "")),
        ("Verkiezingsdefinitie_PS2023_Limburg.eml.xml", ("0935", "Maastricht"), ("I", "Maastricht")),
        ("Verkiezingsdefinitie_PS2023_Gelderland.eml.xml", ("0200", "Apeldoorn"), ("1", "Arnhem")),
        ("eml110a_test_AB.eml.xml", ("0000", "Test"), ("geen", "")),
    ],
)
def test_the_real_definitions_count_through(store, shared_eml, definition, municipality, contest):
    """The Kiesraad's own 110a files, with a 230b of the contest and a 110b of one municipality."""
    data = (shared_eml / "examples" / definition).read_bytes()
    real = read_election_definition(data, definition)
    lists_and_stations = generated(KINDS[real.category])
    election = replace(
        real,
        lists=lists_and_stations.lists,
        stations=lists_and_stations.stations,
        authority_id=municipality[0],
        authority_name=municipality[1],
        contest_id=contest[0],
        contest_name=contest[1],
    )
    stored = import_election(store, election, definition=data)
    assert (stored.authority_id, stored.contest_id, stored.number_of_seats) == (
        municipality[0],
        contest[0],
        real.number_of_seats,
    )
    documents = count_and_seal(store)
    check_510b(documents.eml_510b, stored)
    assert f"Gemeente {municipality[0]} {municipality[1]}" in " ".join(pdf_text(documents.sheet_pdf).split())


def test_a_public_body_counts_in_its_own_words(store):
    """A Caribbean public body counts a TK as a municipality does; its papers say "openbaar lichaam"."""
    election = replace(generated(KINDS["TK"]), authority_id="9010", authority_name="Bonaire")
    stored = import_election(store, election)
    assert stored.is_public_body
    printed = {
        **dict(forms.blank_pdfs(replace(stored, counting_method=DSO), 1)),
        **dict(forms.blank_pdfs(replace(stored, counting_method=CountingMethod.CSO), 1)),
    }
    assert sorted(printed) == ["N10-1", "N10-2", "Na31-2-B1"]
    for model, pdf in printed.items():
        form = " ".join(pdf_text(pdf).split())
        assert "Openbaar lichaam: Bonaire" in form and "emeente" not in form.lower(), model
    documents = count_and_seal(store)
    sheet = " ".join(pdf_text(documents.sheet_pdf).split())
    assert "Openbaar lichaam 9010 Bonaire" in sheet and "stembureau voor het openbaar lichaam" in sheet
    assert "emeente" not in sheet.lower(), sheet[sheet.lower().index("emeente") - 80 :][:160]
    assert '"Gebied";;"Openbaar lichaam Bonaire"' in documents.osv4_3.decode("utf-8-sig")
    check_510b(documents.eml_510b, stored)
