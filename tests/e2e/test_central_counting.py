"""A central-counting (CSO) election end to end through the real services (issue 15).

The coordinator chooses CSO; the kiosk prints each station's Model N 10-2 and the
Na 31-2 Bijlage 1 that the municipality's counting team fills in; scanned Bijlagen
are read (their yes/no questions too), entered twice, checked by F.101-F.112 and
the common rules; a Bijlage with an unanswered question goes to the coordinator;
the session is recorded, the hand count agrees, and the sheet is the Na 31-2 with
the investigation columns ticked from the Bijlagen and one Bijlage block per station.
"""

from __future__ import annotations

from kiosk.demo import scans, setup
from kiosk.domain.form_model import CountingMethod, FormModel
from kiosk.domain.session import Attendee, CommitteeRole, SessionDetails
from kiosk.domain.validation import validate
from kiosk.domain.workflow import Status
from kiosk.services import counting_method, forms, integrity, results_documents, session
from kiosk.services.entry import EntryService
from kiosk.services.scanning import ScanService
from kiosk.services.totals import TotalsService
from tests.support.entry import CLERK, COORDINATOR, VERIFIER_1, VERIFIER_2, make_definitive, type_entry
from tests.support.pdftext import pdf_text


def test_a_cso_election_from_import_to_sheet(store, tmp_path):
    setup.set_up(store, counting_method=None)  # the EML files, imported with their hash check
    counting_method.choose(store, COORDINATOR, "CSO")
    entries = EntryService(store)
    assert entries.shape.model is FormModel.NA31_2_B1 and entries.election.counting_method is CountingMethod.CSO

    # Forms: the station's N 10-2 (not entered) and the counting team's Bijlage 1.
    printed = dict(forms.blank_pdfs(entries.election, 2))
    assert list(printed) == ["N10-2", "Na31-2-B1"]
    assert "Model N 10-2" in pdf_text(printed["N10-2"]) and "B1-1" in pdf_text(printed["Na31-2-B1"])

    # Paper: station 2 was investigated and recounted in part; station 3's team left B1-2.3 open.
    papers = {n: scans.demo_paper(entries, n) for n in entries.station_numbers}
    papers[2].update({"B1.extra.yes": True, "B1.extra.no": False, "B1.recount.yes": True, "B1.recount.no": False})
    wrong_3 = dict(papers[3], **{"B1.lists_differ.no": False})

    # Scans of stations 1 and 2: the Bijlage's questions are proposed like any field.
    scanner = ScanService(entries)
    for path in scans.write_scans(entries, tmp_path / "scans", (1, 2), papers=papers):
        assert scanner.ingest_file(CLERK, path).status == "accepted"
    proposals = entries.state(2).proposals
    assert {code: proposals[code] for code in ("B1.extra.yes", "B1.recount.yes", "B1.lists_differ.no")} == {
        "B1.extra.yes": True,
        "B1.recount.yes": True,
        "B1.lists_differ.no": True,
    }

    # Two entries each; station 3's first entry has F.111 and goes to the coordinator.
    for number in entries.station_numbers:
        values = wrong_3 if number == 3 else papers[number]
        state = type_entry(entries, VERIFIER_1, number, 1, values)
        assert state.status is (Status.HAS_ERRORS if number == 3 else Status.FIRST_DONE), number
    assert [m.code for m in validate(entries.state(3).first.values).errors] == ["F.111"]
    entries.resolve_errors(COORDINATOR, 3, "discard")  # the team answers B1-2.3 on the paper; typed again
    assert make_definitive(entries, 3, papers[3]).status is Status.DEFINITIVE
    for number in entries.station_numbers:
        if number != 3:
            assert type_entry(entries, VERIFIER_2, number, 2, papers[number]).status is Status.DEFINITIVE

    # The session, the hand count, the sheet.
    session.record(
        store,
        COORDINATOR,
        SessionDetails(
            "Stadhuis Duinwijk",
            entries.election.election_date,
            "09:00",
            (Attendee("A.B.", "Jansen", CommitteeRole.CHAIR, "09:00"),),
        ),
    )
    totals = TotalsService(entries)
    hand = totals.totals().list_totals()
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)
    documents = results_documents.sealed(totals)
    text = pdf_text(documents.sheet_pdf)
    flat = " ".join(text.split())
    assert "Model Na 31-2" in flat and "centrale stemopneming" in flat
    assert "Plaats: Stadhuis Duinwijk" in flat and "A.B. Jansen voorzitter" in flat
    assert "B1-1 Extra onderzoek gedaan: Ja · stembiljetten (deels) herteld: Ja" in flat
    assert flat.count("Stembureau ") >= len(entries.station_numbers)
    assert "X Er zijn geen verschillen geconstateerd." in flat  # 2.5, from the hand count
    assert integrity.check(store).ok
