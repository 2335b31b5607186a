"""Choosing the counting method: a coordinator, once, before any paper, audited and proven."""

from __future__ import annotations

import pytest

from kiosk.domain.errors import DomainError
from kiosk.domain.form_model import CountingMethod, FormModel
from kiosk.services import counting_method, integrity
from kiosk.services.auth import Account, AuthError
from kiosk.services.entry import EntryService
from kiosk.store import audit

COORDINATOR = Account("coordinator", "coordinator")
VERIFIER = Account("invoerder1", "verifier")


def written(store):
    return audit.head(store.db), counting_method.current(store)


def test_a_coordinator_chooses_it_and_the_log_proves_it(undecided_store):
    assert counting_method.current(undecided_store) is None
    assert counting_method.choose(undecided_store, COORDINATOR, "CSO") is CountingMethod.CSO
    assert counting_method.current(undecided_store) is CountingMethod.CSO
    last = audit.rows(undecided_store.db, limit=1)[0]
    assert (last["action"], last["actor"], last["details"]) == (
        "election.counting_method",
        "coordinator",
        {"election": "GR2026_Duinwijk", "method": "CSO"},
    )
    assert EntryService(undecided_store).shape.model is FormModel.NA31_2_B1
    assert integrity.check(undecided_store).ok


def test_only_once(undecided_store):
    counting_method.choose(undecided_store, COORDINATOR, CountingMethod.DSO)
    before = written(undecided_store)
    with pytest.raises(DomainError) as refused:
        counting_method.choose(undecided_store, COORDINATOR, CountingMethod.CSO)
    assert (refused.value.code, dict(refused.value.params)) == ("counting_method.already_chosen", {"method": "DSO"})
    assert written(undecided_store) == before


def test_not_by_a_verifier(undecided_store):
    before = written(undecided_store)
    with pytest.raises(AuthError) as refused:
        counting_method.choose(undecided_store, VERIFIER, "DSO")
    assert refused.value.code == "auth.not_coordinator"
    assert written(undecided_store) == before


def test_not_an_unknown_method(undecided_store):
    with pytest.raises(DomainError) as refused:
        counting_method.choose(undecided_store, COORDINATOR, "central")
    assert refused.value.code == "counting_method.unknown"
    assert counting_method.current(undecided_store) is None


def test_not_before_the_import(store):
    with pytest.raises(DomainError) as refused:
        counting_method.choose(store, COORDINATOR, "DSO")
    assert refused.value.code == "counting_method.no_election"


def test_not_once_results_are_entered(undecided_store):
    entries = EntryService(undecided_store)
    entries.claim(VERIFIER, 1, 1)
    before = written(undecided_store)
    with pytest.raises(DomainError) as refused:
        counting_method.choose(undecided_store, COORDINATOR, "DSO")
    assert refused.value.code == "counting_method.paper_in_use"
    assert written(undecided_store) == before


@pytest.mark.parametrize("tampered", ["CSO", None])
def test_verify_finds_a_method_changed_behind_the_logs_back(undecided_store, tampered):
    counting_method.choose(undecided_store, COORDINATOR, "DSO")
    undecided_store.db.execute("UPDATE election SET counting_method = ?", [tampered])
    report = integrity.check(undecided_store)
    assert [(f.code, dict(f.params)) for f in report.findings] == [("counting_method", {"what": "content"})]


def test_verify_finds_a_method_set_without_an_event(undecided_store):
    undecided_store.db.execute("UPDATE election SET counting_method = 'CSO'")
    assert [f.code for f in integrity.check(undecided_store).findings] == ["counting_method"]
