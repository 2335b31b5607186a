"""`kiosk demo --home DIR` never adds its published-password accounts to a real election's data."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.demo import setup
from kiosk.domain.election import Election
from kiosk.services import auth
from kiosk.store import elections as repo
from kiosk.store import open_store


def accounts(home) -> list[str]:
    store = open_store(home)
    try:
        return sorted(a["username"] for a in auth.list_accounts(store))
    finally:
        store.close()


def test_a_home_with_real_accounts_is_refused(kiosk):
    store = open_store(kiosk.home)
    auth.add_account(store, "anna", "coordinator", "een echt wachtwoord", None)
    store.close()
    code, _, err = kiosk("demo", "--setup-only", "--no-scans")
    assert code == 2
    assert str(kiosk.home) in err and "anna" in err and "eigen --home" in err
    assert accounts(kiosk.home) == ["anna"]
    assert not (kiosk.home / "demo-eml").exists()


def test_a_real_coordinator_named_like_the_demos_is_refused_too(kiosk):
    store = open_store(kiosk.home)
    auth.add_account(store, "coordinator", "coordinator", "een echt wachtwoord", None)
    store.close()
    code, _, err = kiosk("demo", "--setup-only", "--no-scans")
    assert code == 2 and "coordinator" in err
    assert accounts(kiosk.home) == ["coordinator"]


def test_a_home_with_another_election_is_refused(kiosk):
    store = open_store(kiosk.home)
    with store.transaction() as db:
        repo.insert_election(
            db, Election("GR2026_Echt", "Gemeenteraad Echt 2026", "GR", "GR2", "0001", "Echt", date(2026, 3, 18), 29)
        )
    store.close()
    code, _, err = kiosk("demo", "--setup-only", "--no-scans")
    assert code == 2 and "GR2026_Echt" in err and "niet de demo" in err
    assert accounts(kiosk.home) == []


def test_the_refusal_has_a_code_and_words_in_both_languages(store):
    auth.add_account(store, "anna", "coordinator", "een echt wachtwoord", None)
    with pytest.raises(setup.NotADemoHome) as caught:
        setup.set_up(store)
    assert caught.value.code == "demo.other_accounts" and caught.value.params["accounts"] == "anna"


def test_the_demo_home_itself_is_reused(demo_store):
    setup.check_demo_home(demo_store)  # its own election and accounts: fine
    assert setup.set_up(demo_store).created is False
