"""After "definitive": an investigation, a recount and corrected results (issue 16).

The demo election is counted and its sheet printed (version 1). The committee then
investigates station 3, recounts it and finds a list total one off: the correction opens
a second round for station 3, entered blind by two verifiers without any proposal from
the first round. Sealing waits for the investigation and the new round; then the sheet is
version 2 naming version 1, the 510b says station 3 was investigated and corrected and
passes the strict schema, the history shows both rounds and what changed, and the chain
verifies, also against version 1's anchor.
"""

from __future__ import annotations

import pytest
from lxml import etree

from kiosk.demo import scans
from kiosk.domain.investigation import InvestigationError
from kiosk.domain.sheet_digest import groups
from kiosk.domain.workflow import Status
from kiosk.eml.ns import NS
from kiosk.eml.schema import schema_for
from kiosk.services import integrity, results_documents
from kiosk.services.entry import EntryRefused
from kiosk.services.investigations import InvestigationService
from kiosk.services.scanning import ScanService
from kiosk.store import audit
from tests.support.entry import (
    CLERK,
    COORDINATOR,
    VERIFIER_1,
    VERIFIER_2,
    count_everything,
    paper,
    type_entry,
)
from tests.support.pdftext import pdf_text


def test_a_recount_after_the_sheet_makes_version_2(entries, demo_store, tmp_path):
    totals = count_everything(entries)
    first = results_documents.sealed(totals)
    assert first.seal.version == 1

    # The committee investigates station 3 and records what it found.
    investigations = InvestigationService(entries)
    opened = investigations.open(COORDINATOR, 3, "other_error", "bezwaar over de telling van lijst 1")
    assert (opened.number, opened.station, opened.is_open) == (1, 3, True)
    with pytest.raises(EntryRefused) as refused:  # nothing is sealed while it is investigated
        results_documents.sealed(totals)
    assert refused.value.code == "investigation.open"
    investigations.add_findings(COORDINATOR, 1, "Lijst 1 herteld: één stem op kandidaat 1 te veel geteld.")
    concluded = investigations.conclude(COORDINATOR, 1, recounted=True, corrected=True)
    assert concluded.recounted and concluded.corrected and not concluded.is_open

    # The corrected round: empty, no proposal from round 1, two blind entries again.
    state = entries.state(3)
    assert (state.status, state.round, state.proposals) == (Status.EMPTY, 2, None)
    old = paper(entries, 3)
    corrected = dict(old)
    corrected.update({"L1.1": old["L1.1"] - 1, "L1.T": old["L1.T"] - 1, "E.1": old["E.1"] - 1})
    corrected.update({"E": old["E"] - 1, "H": old["H"] - 1, "D": old["D"] - 1, "A": old["A"] - 1})
    with pytest.raises(EntryRefused):  # round 2 is not definitive yet
        results_documents.sealed(totals)
    # The corrected PV is scanned again: its pages propose what the new paper says, never round 1's numbers.
    scanner = ScanService(entries)
    for path in scans.write_scans(
        entries, tmp_path / "rescan", (3,), papers={3: scans.demo_paper(entries, 3) | corrected}
    ):
        assert scanner.ingest_file(CLERK, path).status == "accepted"
    proposals = entries.state(3).proposals
    assert proposals is not None and proposals.get("L1.1") in (None, corrected["L1.1"])
    type_entry(entries, VERIFIER_1, 3, 1, corrected)
    assert type_entry(entries, VERIFIER_2, 3, 2, corrected).status is Status.DEFINITIVE
    assert totals.totals()["L1.1"] == sum(
        (corrected if n == 3 else paper(entries, n))["L1.1"] for n in entries.station_numbers
    )

    # The history: both rounds, and what the correction changed.
    rounds = investigations.history(3)
    assert [r.number for r in rounds] == [1, 2] and rounds[0].investigation == 1
    assert {code for code, _, _ in rounds[1].changes} == {"L1.1", "L1.T", "E.1", "E", "H", "D", "A"}
    assert ("L1.1", old["L1.1"], old["L1.1"] - 1) in rounds[1].changes

    # The hand-added totals no longer agree with the corrected count until they are added up again.
    with pytest.raises(EntryRefused) as refused:
        results_documents.sealed(totals)
    assert refused.value.code == "handcount.not_agreed"
    hand = totals.totals().list_totals()
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)

    # Sheet version 2 names version 1; the 510b carries the investigation.
    second = results_documents.sealed(totals)
    assert second.seal.version == 2
    assert second.seal.previous == (1, first.seal.seq, first.seal.hash)
    sheet = " ".join(pdf_text(second.sheet_pdf).split())
    assert "versie 2" in sheet.lower()
    first_eml = " ".join(first.seal.eml_sha256[i : i + 4] for i in range(0, 64, 4))
    assert f"EML 510b van versie 1: {first_eml}" in sheet  # names the replaced version's seal and EML
    # The corrected count prints another numbers digest, and the chain holds both.
    assert len({first.seal.numbers_sha256, second.seal.numbers_sha256}) == 2
    assert " ".join(groups(second.seal.numbers_sha256)) in sheet
    assert "Onderzocht door het gemeentelijk stembureau: (vermoedelijk) andere fout" in sheet
    assert f"L1.1 {old['L1.1']} → {old['L1.1'] - 1}" in sheet  # Bijlage 1: what the correction changed
    root = etree.fromstring(second.eml_510b)
    assert schema_for("510").validate(root)
    flagged = {
        unit.find("eml:ReportingUnitIdentifier", NS).get("Id"): [
            (i.get("ReasonCode"), i.text) for i in unit.find("kr:ReportingUnitInvestigations", NS)
        ]
        for unit in root.iterfind(".//eml:ReportingUnitVotes", NS)
        if unit.find("kr:ReportingUnitInvestigations", NS) is not None
    }
    assert flagged == {
        "9999::SB3": [
            ("onderzocht vanwege onverklaard verschil", "false"),
            ("onderzocht vanwege andere fout", "true"),
            ("uitslag gecorrigeerd", "true"),
        ]
    }

    # The corrigendum of station 3: the model's form, original and corrected side by side.
    corrigendum = " ".join(pdf_text(investigations.corrigendum(1)).split())
    assert "Model Na 14-1" in corrigendum and "Stembureau 3" in corrigendum
    assert "Lijst 1 herteld: één stem op kandidaat 1 te veel geteld." in corrigendum
    assert f"L1.1 {old['L1.1']} {old['L1.1'] - 1}" in corrigendum
    assert f"B {old['B']} " in corrigendum and "Gecorrigeerde uitslag: Ja" in corrigendum

    # The chain proves it all, and version 1's anchor still verifies.
    report = integrity.check(demo_store, deep=True)
    assert report.ok, [f.english() for f in report.findings]
    assert audit.verify(demo_store.db, (first.seal.seq, first.seal.hash)).ok


def test_an_investigation_without_correction_keeps_the_results(entries, demo_store):
    totals = count_everything(entries)
    before = totals.totals().as_dict()
    investigations = InvestigationService(entries)
    investigations.open(COORDINATOR, 5, "unexplained_difference", "")
    with pytest.raises(InvestigationError) as refused:
        investigations.conclude(COORDINATOR, 1, recounted=False, corrected=False)
    assert refused.value.code == "investigation.no_findings"
    investigations.add_findings(COORDINATOR, 1, "Het verschil staat verklaard in het proces-verbaal (1.2.2).")
    investigations.conclude(COORDINATOR, 1, recounted=False, corrected=False)
    assert entries.statuses()[5] is Status.DEFINITIVE and entries.state(5).round == 1
    with pytest.raises(InvestigationError) as refused:
        investigations.corrigendum(1)
    assert refused.value.code == "investigation.no_correction"
    documents = results_documents.sealed(totals)
    assert documents.ready.totals.as_dict() == before
    assert b'ReasonCode="onderzocht vanwege onverklaard verschil">true<' in documents.eml_510b
    assert integrity.check(demo_store).ok
