"""Two elections on one day in one data folder (issue 17): Provinciale Staten and Waterschap.

Both are imported into one store; each gets its counting method and its forms; the
clerk scans one mixed stack of paper in one go and every page lands in its own
election; a page of an election that is not imported is refused with that reason.
Entries, hand counts, seals, sheets and 510b's are per election, the accounts are
shared and the audit log is one chain that proves both.
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from lxml import etree

from kiosk.demo import scans
from kiosk.domain.workflow import Status
from kiosk.eml.schema import schema_for
from kiosk.services import counting_method, integrity, results_documents, session
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.scanning import ScanService
from kiosk.services.totals import TotalsService
from kiosk.store import audit, open_store
from tests.support.elections import KINDS, generated, import_election
from tests.support.entry import CLERK, COORDINATOR, VERIFIER_1, VERIFIER_2, type_entry
from tests.support.pdftext import pdf_text

PS, AB = generated(KINDS["PS"]), generated(KINDS["AB"])


def mixed_stack(folder, *parts):
    """The pages of several elections' scans, one stack: interleaved, renamed in stack order."""
    stack = folder / "stack"
    stack.mkdir()
    piles = [sorted(part) for part in parts]
    order = [page for round_ in zip(*piles, strict=False) for page in round_]
    order += [page for pile in piles for page in pile[len(min(piles, key=len)) :]]
    for index, page in enumerate(order):
        shutil.copy(page, stack / f"{index:03d}.png")
    return stack


def test_a_ps_and_an_ab_election_in_one_folder(store, tmp_path):
    import_election(store, PS)
    import_election(store, AB)
    with pytest.raises(EntryRefused) as which:
        EntryService(store)
    assert which.value.code == "choose_election" and which.value.params["known"] == "PS2027, AB2027"
    for election in (PS, AB):
        counting_method.choose(store, COORDINATOR, "DSO", election.id)
    ps, ab = EntryService(store, PS.id), EntryService(store, AB.id)

    # Scans of both elections and one page of an election that is not imported: one stack.
    ps_pages = scans.write_scans(ps, tmp_path / "ps", (1, 2))
    ab_pages = scans.write_scans(ab, tmp_path / "ab", (1, 3))
    other_home = tmp_path / "other"
    other = open_store(other_home)
    try:
        import_election(other, replace(generated(KINDS["GR"]), id="GR2027_Elders"))
        counting_method.choose(other, COORDINATOR, "DSO")
        stray = scans.write_scans(EntryService(other), tmp_path / "gr", (1,))[:1]
    finally:
        other.close()
    stack = mixed_stack(tmp_path, ps_pages, ab_pages, stray)

    scanner = ScanService.for_store(store)
    assert set(scanner.elections) == {PS.id, AB.id}
    outcomes = scanner.ingest_folder(CLERK, stack)
    accepted = [o for o in outcomes if o.status == "accepted"]
    assert len(accepted) == len(ps_pages) + len(ab_pages)
    assert {(o.election, o.station) for o in accepted} == {(PS.id, 1), (PS.id, 2), (AB.id, 1), (AB.id, 3)}
    refused = [o for o in outcomes if o.status == "refused"]
    assert [(o.code, o.params["got"]) for o in refused] == [("wrong_election", "GR2027_Elders")]
    assert "GR2027_Elders" in refused[0].reason_text()
    assert ps.statuses()[2] is Status.SCANNED and ps.statuses()[3] is Status.EMPTY
    assert ab.statuses()[3] is Status.SCANNED and ab.statuses()[2] is Status.EMPTY

    # Each election entered twice, from its own paper; the proposals came from its own pages.
    for entries in (ps, ab):
        for number in entries.station_numbers:
            values = scans.demo_paper(entries, number)
            type_entry(entries, VERIFIER_1, number, 1, values)
            assert type_entry(entries, VERIFIER_2, number, 2, values).status is Status.DEFINITIVE
    assert ps.state(1).proposals and ab.state(1).proposals

    # Per election: the session, the hand count, the seal and the documents.
    documents = {}
    for entries in (ps, ab):
        totals = TotalsService(entries)
        hand = totals.totals().list_totals()
        totals.enter_hand_count(COORDINATOR, 1, hand)
        totals.enter_hand_count(COORDINATOR, 2, hand)
        documents[entries.election.id] = results_documents.sealed(totals)
    assert session.current(store, PS.id) is None
    ps_docs, ab_docs = documents[PS.id], documents[AB.id]
    assert ps_docs.seal.version == ab_docs.seal.version == 1 and ps_docs.seal.seq != ab_docs.seal.seq
    for election, docs in ((PS, ps_docs), (AB, ab_docs)):
        root = etree.fromstring(docs.eml_510b)
        assert schema_for("510").validate(root)
        assert root.find(".//{*}ElectionIdentifier").get("Id") == election.id
        sheet = " ".join(pdf_text(docs.sheet_pdf).split())
        assert election.name in sheet and next(e.name for e in (PS, AB) if e is not election) not in sheet
    assert ps_docs.eml_510b != ab_docs.eml_510b

    # A new typing of one election's hand count makes a new seal of that election only.
    totals = TotalsService(ps)
    totals.enter_hand_count(COORDINATOR, 2, totals.totals().list_totals())
    assert results_documents.sealed(totals).seal.version == 1  # unchanged results: the same seal
    assert results_documents.sealed(TotalsService(ab)).seal == ab_docs.seal

    # One chain proves both elections.
    report = integrity.check(store, deep=True)
    assert report.ok, [f.english() for f in report.findings]
    imports = sorted((r for r in audit.rows(store.db, limit=10_000) if r["action"].startswith("import.")), key=seq)
    assert [r["details"]["election"] for r in imports] == [PS.id] * 3 + [AB.id] * 3


def seq(row: dict) -> int:
    return row["seq"]
