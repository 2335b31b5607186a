"""The central committee's session of a municipal election, from the GSB's sheet to the P 22-2 and
the EML 520 (issue 21 item 4), through the real services.

The GSB's kiosk counts every station and prints its Na 31 sheet. The CSB's kiosk (its own data
folder, the same election imported) types the sheet's totals once and proves them by the digest
printed on the sheet (or twice, by two people), records a deceased candidate, and seals the result:
seats per list and elected candidates as ``kiosk seats`` computes them; the P 22-2 names them, and
the EML 520 is valid against the Kiesraad's strict schema.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from lxml import etree

from kiosk.domain.csb import CsbError
from kiosk.domain.seats import apportion
from kiosk.domain.sheet_digest import groups
from kiosk.eml.schema import schema_for
from kiosk.services import counting_method, results_documents
from kiosk.services.csb import CsbService
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.store import audit, open_store
from tests.conftest import FakeClock
from tests.support.elections import KINDS, generated, import_election
from tests.support.entry import COORDINATOR, VERIFIER_1, VERIFIER_2, count_everything
from tests.support.pdftext import pdf_text

ELECTION = replace(generated(KINDS["GR"]), number_of_seats=9, subcategory="GR1")  # GR1: fewer than 19 seats


def gsb_sheet(tmp_path):
    """The GSB counts every station; its sealed sheet (text) and the totals it prints."""
    store = open_store(tmp_path / "gsb", clock=FakeClock())
    import_election(store, ELECTION)
    counting_method.choose(store, COORDINATOR, "DSO")
    documents = results_documents.sealed(count_everything(EntryService(store)))
    text = pdf_text(documents.sheet_pdf)
    printed = re.search(r"Vingerafdruk cijfers:\s+((?:[0-9a-f]{4}\s+){15}[0-9a-f]{4})", text).group(1).split()
    return dict(documents.ready.totals.counts), printed


def csb(tmp_path) -> CsbService:
    store = open_store(tmp_path / "csb", clock=FakeClock())
    import_election(store, ELECTION)
    return CsbService(EntryService(store))


def test_from_the_gsb_sheet_to_the_p22_2_and_a_valid_eml_520(tmp_path):
    typed, printed = gsb_sheet(tmp_path)
    service = csb(tmp_path)
    with pytest.raises(EntryRefused) as refused:
        service.result()
    assert refused.value.code == "csb.not_definitive"
    service.enter_totals(VERIFIER_1, 1, "1-3", typed)
    challenge = service.digest_challenge()
    state = service.confirm_digest(VERIFIER_2, challenge, tuple(printed[i] for i in challenge.blanked))
    assert state.definitive_by == "digest" and "".join(printed) == state.digest

    service.record_deceased(COORDINATOR, 1, 1)
    result = service.result()
    assert result.needs_lot is None and sum(result.total_seats.values()) == 9
    expected = apportion(service.contest(), ())
    assert result.total_seats == expected.total_seats and result.elected == expected.elected
    assert 1 not in result.elected.get(1, ())  # the deceased candidate is not elected

    documents = service.seal("test")
    root = etree.fromstring(documents.eml_520)
    assert schema_for("520").validate(root), schema_for("520").error_log
    text = " ".join(pdf_text(documents.p22_pdf).split())
    assert "P 22-2" in text
    for number, chosen in result.elected.items():
        for position in chosen:
            candidate = ELECTION.lists[number - 1].candidates[position - 1]
            assert candidate.last_name in text
    digest = groups(documents.data.gsb_sheets[0].numbers_sha256)
    assert " ".join(digest[:8]) in text and " ".join(digest[8:]) in text  # names the GSB sheet's digest
    assert service.seal("test").eml_520 == documents.eml_520  # sealed once: the same bytes again
    assert len(audit.all_of(service.store.db, "csb.sealed")) == 1


def test_two_people_alike_or_the_difference_named(tmp_path):
    typed, _ = gsb_sheet(tmp_path)
    service = csb(tmp_path)
    service.enter_totals(VERIFIER_1, 1, "1-3", typed)
    wrong = dict(typed, **{"L1.1": typed["L1.1"] + 1, "L1.2": typed["L1.2"] - 1})
    state = service.enter_totals(VERIFIER_2, 2, "1-3", wrong)
    assert state.definitive is None and state.differing() == ("L1.1", "L1.2")
    with pytest.raises(EntryRefused):
        service.result()
    state = service.enter_totals(VERIFIER_2, 2, "1-3", typed)  # typed again from the paper
    assert state.definitive_by == "entries"
    assert service.result().needs_lot is None


def test_a_wrong_digest_is_recorded_and_refused(tmp_path):
    typed, printed = gsb_sheet(tmp_path)
    service = csb(tmp_path)
    service.enter_totals(VERIFIER_1, 1, "1-3", dict(typed, **{"L2.1": typed["L2.1"] + 1, "L2.2": typed["L2.2"] - 1}))
    challenge = service.digest_challenge()
    with pytest.raises(CsbError) as refused:
        service.confirm_digest(VERIFIER_2, challenge, tuple(printed[i] for i in challenge.blanked))
    assert refused.value.code == "csb.digest_mismatch"
    assert audit.last_of(service.store.db, "csb.digest_mismatch") is not None
    assert service.gsb_state().definitive is None
