"""The hand count that still differs (issue 16): the controleprotocol's outcome "differences
found", recorded with an explanation per list by one coordinator and confirmed by another,
lets the sheet be made, and the sheet prints the lists, both totals and the explanation."""

from __future__ import annotations

import pytest

from kiosk.services import auth, integrity, results_documents
from kiosk.services.entry import EntryRefused
from kiosk.services.totals import TotalsService
from tests.support.entry import COORDINATOR, make_definitive, paper
from tests.support.pdftext import pdf_text


def test_differences_found_four_eyes_and_printed(entries, demo_store):
    for number in entries.station_numbers:
        make_definitive(entries, number, paper(entries, number))
    totals = TotalsService(entries)
    hand = totals.totals().list_totals()
    hand[2] += 3  # the hand-added total of list 2 is three more, also after recounting the sums
    with pytest.raises(EntryRefused) as refused:
        totals.record_differences(COORDINATOR, {2: "x"})  # nothing typed yet
    assert refused.value.code == "handcount.not_settled"
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)
    with pytest.raises(EntryRefused) as refused:
        results_documents.sealed(totals)
    assert refused.value.code == "handcount.not_agreed"

    for explanations, code in (({}, "handcount.explain_each"), ({2: " "}, "handcount.bad_explanation")):
        with pytest.raises(EntryRefused) as refused:
            totals.record_differences(COORDINATOR, explanations)
        assert refused.value.code == code
    outcome = totals.record_differences(COORDINATOR, {2: "Drie stemmen dubbel opgeteld op de optelstaat."})
    assert not outcome.confirmed
    with pytest.raises(EntryRefused) as refused:  # recorded, not yet confirmed
        results_documents.sealed(totals)
    assert refused.value.code == "handcount.not_agreed"
    with pytest.raises(EntryRefused) as refused:  # four eyes
        totals.confirm_differences(COORDINATOR)
    assert refused.value.code == "handcount.outcome_four_eyes"
    second = auth.add_account(demo_store, "coordinator2", "coordinator", "stemkiosk-demo", COORDINATOR)
    assert totals.confirm_differences(second).confirmed_by == "coordinator2"

    documents = results_documents.sealed(totals)
    sheet = " ".join(pdf_text(documents.sheet_pdf).split())
    machine = totals.totals().list_totals()[2]
    assert f"handmatig opgeteld {machine + 3}, door de kiosk opgeteld {machine}" in sheet
    assert "Drie stemmen dubbel opgeteld op de optelstaat." in sheet
    assert "Vastgelegd door coordinator, bevestigd door coordinator2." in sheet
    assert "verschil +3" in sheet
    assert integrity.check(demo_store).ok

    # A changed hand total makes the outcome stale: the sheet waits for a new one.
    hand[2] += 1
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)
    with pytest.raises(EntryRefused):
        results_documents.sealed(totals)
