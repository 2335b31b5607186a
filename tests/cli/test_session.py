"""`kiosk session set|show`: the GSB session details, recorded in the audit log, refused clearly."""

from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.domain.session import CommitteeRole
from kiosk.services import session
from kiosk.store import audit, open_store

LOGIN = f"{DEMO_PASSWORD}\n"


def test_record_and_show(kiosk, demo_home):
    assert "nog geen" in kiosk("session", "show")[1]
    code, out, err = kiosk(
        "session", "set", "--place", "Stadhuis Duinwijk", "--day", "2026-03-19", "--start", "09:00",
        "--attendee", "A.B.;Jansen;voorzitter;09:00", "--attendee", "C.;de Vries;lid;09:00;12:30",
        "--by", "coordinator", stdin=LOGIN,
    )  # fmt: skip
    assert code == 0, err
    out = kiosk("session", "show")[1]
    assert "Stadhuis Duinwijk" in out and "2026-03-19" in out and "de Vries" in out
    store = open_store(demo_home)
    try:
        details = session.current(store)
        assert details.chair.surname == "Jansen" and details.attendees[1].role is CommitteeRole.MEMBER
        assert audit.rows(store.db, limit=1)[0]["action"] == "session.details"
    finally:
        store.close()


def test_bad_input_is_named_and_nothing_is_written(kiosk, demo_home):
    store = open_store(demo_home)
    before = audit.head(store.db)
    store.close()
    for argv, words in (
        (["--day", "19-03-2026", "--start", "09:00"], "--day 19-03-2026"),
        (["--day", "2026-03-19", "--start", "9 uur"], "UU:MM"),
        (["--day", "2026-03-19", "--start", "09:00", "--attendee", "Jansen;voorzitter"], "--attendee"),
        (["--day", "2026-03-19", "--start", "09:00", "--attendee", "A.;Jansen;baas;09:00"], "--attendee"),
    ):
        code, _, err = kiosk("session", "set", "--place", "Stadhuis", *argv, "--by", "coordinator", stdin=LOGIN)
        assert code == 2 and words in err and "Traceback" not in err, err
    code, _, err = kiosk(
        "session", "set", "--place", "Stadhuis", "--day", "2026-03-19", "--start", "09:00", "--by", "invoerder1",
        stdin=LOGIN,
    )  # fmt: skip
    assert code == 2 and "coördinator" in err
    store = open_store(demo_home)
    try:
        assert audit.head(store.db)[0] == before[0] + 1  # only the verifier's login was logged
        assert session.current(store) is None
    finally:
        store.close()
