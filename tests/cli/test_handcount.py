"""`kiosk handcount differences|confirm`: four eyes on the outcome 'differences found'."""

from __future__ import annotations

from kiosk.services import auth
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService
from kiosk.store import open_store
from tests.support.entry import COORDINATOR, make_definitive, paper


def test_record_and_confirm_from_the_command_line(kiosk, demo_home, monkeypatch):
    store = open_store(demo_home)
    entries = EntryService(store)
    for number in entries.station_numbers:
        make_definitive(entries, number, paper(entries, number))
    totals = TotalsService(entries)
    hand = totals.totals().list_totals()
    hand[1] -= 2
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)
    auth.add_account(store, "tweede", "coordinator", "stemkiosk-demo", COORDINATOR)
    store.close()
    monkeypatch.setattr("kiosk.cli.context.ask", lambda prompt, secret=False: "stemkiosk-demo")

    code, _, err = kiosk("handcount", "differences", "--explain", "x", "text", "--by", "coordinator")
    assert code == 2 and "geen lijstnummer: x" in err
    code, _, err = kiosk("handcount", "differences", "--explain", "3", "verkeerd", "--by", "coordinator")
    assert code == 2 and "precies de lijsten die verschillen: 1" in err
    code, out, err = kiosk("handcount", "differences", "--explain", "1", "Twee stemmen gemist.", "--by", "coordinator")
    assert code == 0, err
    assert "vastgelegd voor lijst 1" in out
    code, _, err = kiosk("handcount", "confirm", "--by", "coordinator")
    assert code == 2 and "een andere coördinator" in err
    code, out, err = kiosk("handcount", "confirm", "--by", "tweede")
    assert code == 0 and "bevestigd door tweede" in out, err
    code, _, err = kiosk("totals", "--out", str(demo_home / "sheet.pdf"))
    assert code == 0, err
