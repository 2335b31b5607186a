"""`kiosk election method`: show, choose once (a coordinator logs in), refuse clearly."""

from kiosk.demo.setup import DEMO_PASSWORD


def test_show_choose_and_refuse_a_second_choice(kiosk, undecided_home):
    code, out, _ = kiosk("election", "method")
    assert code == 0 and "nog niet gekozen" in out
    code, out, _ = kiosk("election", "method", "CSO", "--by", "coordinator", stdin=f"{DEMO_PASSWORD}\n")
    assert code == 0 and "CSO" in out
    code, out, _ = kiosk("election", "method")
    assert (code, out.strip()) == (0, "telmethode: CSO")
    code, _, err = kiosk("election", "method", "DSO", "--by", "coordinator", stdin=f"{DEMO_PASSWORD}\n")
    assert code == 2 and "al gekozen: CSO" in err and "Traceback" not in err


def test_a_verifier_cannot_choose(kiosk, undecided_home):
    code, _, err = kiosk("election", "method", "DSO", "--by", "invoerder1", stdin=f"{DEMO_PASSWORD}\n")
    assert code == 2 and "coördinator" in err
    assert "nog niet gekozen" in kiosk("election", "method")[1]


def test_choosing_needs_a_coordinator_named(kiosk, undecided_home):
    code, _, err = kiosk("election", "method", "DSO")
    assert code == 2 and "--by" in err
