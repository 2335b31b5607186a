"""Fixtures for the EML tests: the Kiesraad test election and a small election of our own."""

from __future__ import annotations

from datetime import date

import pytest
from eml_support import example

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.i18n import set_language


@pytest.fixture(autouse=True)
def dutch() -> None:
    # Messages are asserted in Dutch (the default); a test that switches
    # language must not leak into the next one.
    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def gr2022_test() -> Election:
    """The election of eml110a_test.eml.xml, as the 110a reader returns it."""
    from kiosk.eml import read_election_definition

    return read_election_definition(example("eml110a_test.eml.xml"), "eml110a_test.eml.xml")


@pytest.fixture
def small_election() -> Election:
    return Election(
        id="GR2026_Juinen",
        name="Gemeenteraad Juinen 2026",
        category="GR",
        subcategory="GR2",
        domain_id="0123",
        domain_name="Juinen",
        election_date=date(2026, 3, 18),
        number_of_seats=29,
        lists=(
            PartyList(
                1,
                "Partij voor de Stemmer",
                (
                    Candidate(1, 1, "Berg", "A.B.", "Anaïs", "van der", "Juinen", "female"),
                    Candidate(1, 2, "Öztürk", "Z.", "Zoë", "", "Heemdamseburg", "other"),
                ),
            ),
            PartyList(3, "Lijst ’t Hoen", (Candidate(3, 1, "Hoen", "J.", prefix="van ’t"),)),
        ),
        stations=(
            PollingStation(1, "Stadhuis", "1234 AB", 1200),
            PollingStation(7, "Kerk De Duif", "", None),
        ),
    )
