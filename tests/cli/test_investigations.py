"""`kiosk investigations`: open, findings, conclude with a correction, list and show; refusals."""

from __future__ import annotations

from kiosk.services.entry import EntryService
from kiosk.store import open_store
from tests.support.entry import make_definitive, paper


def test_an_investigation_from_the_command_line(kiosk, demo_home, monkeypatch):
    store = open_store(demo_home)
    entries = EntryService(store)
    make_definitive(entries, 4, paper(entries, 4))
    store.close()
    monkeypatch.setattr("kiosk.cli.context.ask", lambda prompt, secret=False: "stemkiosk-demo")

    code, out, _ = kiosk("investigations", "list")
    assert code == 0 and "Geen onderzoeken." in out
    code, out, err = kiosk("investigations", "open", "--station", "4", "--reason", "objection", "--by", "coordinator")
    assert code == 0, err
    assert "onderzoek 1: stembureau 4, aanleiding: bezwaar — loopt" in out
    code, _, err = kiosk("investigations", "open", "--station", "4", "--reason", "objection", "--by", "coordinator")
    assert code == 2 and "stembureau 4 wordt al onderzocht (onderzoek 1)" in err
    code, _, err = kiosk(
        "investigations", "conclude", "1", "--recounted", "ja", "--corrected", "ja", "--by", "coordinator"
    )
    assert code == 2 and "nog geen bevindingen" in err
    code, _, err = kiosk(
        "investigations", "findings", "1", "--text", "Herteld: lijst 2 klopt niet.", "--by", "coordinator"
    )
    assert code == 0, err
    code, out, err = kiosk(
        "investigations", "conclude", "1", "--recounted", "ja", "--corrected", "ja", "--by", "coordinator"
    )
    assert code == 0, err
    assert "afgerond (herteld: ja, gecorrigeerd: ja)" in out
    code, out, _ = kiosk("investigations", "show", "1")
    assert code == 0
    assert "bevinding (coordinator" in out and "ronde 1: definitief" in out and "ronde 2: leeg" in out
    assert "gesloten op " in out and "door coordinator (onderzoek 1)" in out
    code, _, err = kiosk("investigations", "open", "--station", "4", "--reason", "other", "--by", "coordinator")
    assert code == 2 and "schrijf op" in err  # "other" needs its reason in words


def test_an_unknown_investigation_is_named(kiosk, demo_home):
    code, _, err = kiosk("investigations", "show", "7")
    assert code == 2 and "geen onderzoek 7" in err
