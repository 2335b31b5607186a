"""A whole small election through the real services (DESIGN §12).

Manual first entries, blind second entries (one differing, resolved by the
coordinator), warnings acknowledged, a paper error routed to the coordinator and
resolved with a corrected report, hand totals (one wrong, blocking, then
corrected), sheet and exports produced, and the audit chain verifies.
"""

import csv
import io

import pytest
from lxml import etree

from kiosk.domain.workflow import Status
from kiosk.eml.read_510b import read_510b
from kiosk.eml.schema import schema_for
from kiosk.services import results_documents
from kiosk.services.entry import EntryRefused
from kiosk.services.totals import TotalsService
from kiosk.store import audit
from tests.support.entry import COORDINATOR, VERIFIER_1, VERIFIER_2, make_definitive, paper, type_entry
from tests.support.pdftext import pdf_text


def test_election_night(entries, demo_store, tmp_path, monkeypatch, capsys):
    stations = entries.station_numbers
    papers = {n: paper(entries, n) for n in stations}

    # Station 3's paper has many blank votes: a warning (W.201) the verifiers acknowledge.
    p = dict(papers[3])
    extra = p["H"] // 20
    p.update(F=p["F"] + extra, H=p["H"] + extra, D=p["D"] + extra, A=p["A"] + extra)
    papers[3] = p

    # Station 4's paper has an arithmetic error: list 1's total does not match its candidates.
    wrong_paper_4 = dict(papers[4], **{"L1.T": papers[4]["L1.T"] + 1})

    totals = TotalsService(entries)
    for number in stations:
        values = wrong_paper_4 if number == 4 else papers[number]
        state = type_entry(entries, VERIFIER_1, number, 1, values)
        assert state.status is (Status.HAS_ERRORS if number == 4 else Status.FIRST_DONE)
    first_3 = entries.state(3).first
    assert any(a.message.code == "W.201" for a in first_3.acknowledgements)

    # Tabulation refuses and names the stations.
    with pytest.raises(EntryRefused) as refused:
        totals.totals()
    assert "4" in str(refused.value) and refused.value.code == "tabulation.not_ready"

    # Second entries, blind; station 2's second verifier mistypes B.
    for number in stations:
        if number == 4:
            continue
        values = dict(papers[number], B=papers[number]["B"] + 7) if number == 2 else papers[number]
        state = type_entry(entries, VERIFIER_2, number, 2, values)
        assert state.status is (Status.ENTRIES_DIFFER if number == 2 else Status.DEFINITIVE)

    # The coordinator checks the paper and returns entry 2 of station 2; only B is retyped.
    entries.resolve_differences(COORDINATOR, 2, "return_second")
    assert [f.code for f in entries.entry_view(VERIFIER_2, 2, 2).fields if f.pending] == ["B"]
    entries.confirm(VERIFIER_2, 2, 2, "B", papers[2]["B"])
    for message in entries.entry_view(VERIFIER_2, 2, 2).open_messages.messages:
        entries.acknowledge(VERIFIER_2, 2, 2, message)
    assert entries.finish(VERIFIER_2, 2, 2).status is Status.DEFINITIVE

    # Station 4: the committee recounts and corrects the paper; the coordinator
    # discards the entry of the wrong paper and the corrected paper is entered twice.
    entries.resolve_errors(COORDINATOR, 4, "discard")
    assert make_definitive(entries, 4, papers[4]).status is Status.DEFINITIVE
    assert len(entries.state(4).archive) >= 1  # the discarded entry is kept in history

    machine = totals.totals()
    assert machine["H"] == sum(papers[n]["H"] for n in stations)
    for l in entries.shape.list_numbers:
        assert machine.list_votes(l) == sum(papers[n][f"E.{l}"] for n in stations)

    # Hand totals: the first typing has a slip in list 3; the sheet is blocked.
    hand = machine.list_totals()
    totals.enter_hand_count(COORDINATOR, 1, {**hand, 3: hand[3] + 10})
    check = totals.enter_hand_count(COORDINATOR, 2, hand)
    assert not check.all_agree
    with pytest.raises(EntryRefused):
        results_documents.totals_sheet(totals)
    # Typed again correctly, but the hand count itself differs from the machine for list 5.
    totals.enter_hand_count(COORDINATOR, 1, {**hand, 5: hand[5] - 2})
    check = totals.enter_hand_count(COORDINATOR, 2, {**hand, 5: hand[5] - 2})
    assert check.differences() == ((5, -2),)
    with pytest.raises(EntryRefused, match="5"):
        results_documents.totals_sheet(totals)
    # The difference is found on paper (an addition slip in the hand count) and corrected.
    totals.enter_hand_count(COORDINATOR, 1, hand)
    assert totals.enter_hand_count(COORDINATOR, 2, hand).all_agree

    pdf, eml_sha256 = results_documents.totals_sheet(totals)
    eml = results_documents.eml_510b(totals)
    import hashlib

    assert hashlib.sha256(eml).hexdigest() == eml_sha256
    assert schema_for("510").validate(etree.fromstring(eml))
    count = read_510b(eml)
    assert count.station(2).field_values(entries.election)["B"] == papers[2]["B"]

    # Same data, same bytes.
    assert results_documents.totals_sheet(totals)[0] == pdf
    text = pdf_text(pdf)
    grouped = " ".join(eml_sha256[i : i + 4] for i in range(0, 64, 4))
    assert grouped in " ".join(text.split())
    head = audit.head(demo_store.db)[1]
    assert " ".join(head[i : i + 4] for i in range(0, 64, 4)) in " ".join(text.split())

    rows = list(csv.reader(io.StringIO(results_documents.csv_export(totals).decode("utf-8-sig")), delimiter=";"))
    header, total_row = rows[0], rows[-1]
    assert int(total_row[header.index("H")]) == machine["H"]
    assert len(rows) == len(stations) + 2

    assert audit.verify(demo_store.db).ok

    # The command line gives the same documents.
    from kiosk.cli import main

    home = str(demo_store.home)
    assert main(["--home", home, "totals", "--out", str(tmp_path / "sheet.pdf")]) == 0
    assert (tmp_path / "sheet.pdf").read_bytes() == pdf
    assert main(["--home", home, "export", "eml510", "--out", str(tmp_path / "totals.eml.xml")]) == 0
    assert (tmp_path / "totals.eml.xml").read_bytes() == eml
    assert main(["--home", home, "export", "csv", "--out", str(tmp_path / "totals.csv")]) == 0
    assert main(["--home", home, "export", "osv4-3", "--out", str(tmp_path / "osv4-3.csv")]) == 0
    published = (tmp_path / "osv4-3.csv").read_bytes().decode("utf-8-sig").split("\n")
    assert published[:4] == [
        '"Verkiezing";;"Gemeenteraad Duinwijk 2026"',
        '"Datum";;"2026-03-18"',
        '"Gebied";;"Gemeente Duinwijk"',
        '"Nummer";;"9999"',
    ]
    assert published[8].startswith(
        f';"opgeroepenen";;;"{sum(s.number_of_voters or 0 for s in entries.election.stations)}"'
    )

    # No printing system on this machine: a clear message, and the PDF is kept.
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))
    capsys.readouterr()
    assert main(["--home", home, "print"]) == 2
    err = capsys.readouterr().err
    assert "lp niet gevonden" in err
    kept = err.split("bewaard als ")[1].split(" ")[0]
    assert open(kept, "rb").read() == pdf


def test_print_before_the_totals_exist_is_refused(tmp_path, monkeypatch, capsys, entries, demo_store):
    """Before totals exist, print is refused; the message says why (exit 1)."""
    from kiosk.cli import main

    monkeypatch.setenv("PATH", str(tmp_path))  # no lp here
    code = main(["--home", str(demo_store.home), "print"])
    err = capsys.readouterr().err
    assert code == 1 and "nog geen totalenblad" in err and "zonder uitslag: 1, 2, 3" in err
