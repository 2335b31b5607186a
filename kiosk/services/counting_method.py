"""Choosing the counting method (DSO or CSO) of the imported election, once, audited.

EML 110a does not say whether the municipality counts per candidate at the stations
(DSO) or centrally (CSO), yet it decides the paper: Model N 10-1 at the stations, or
N 10-2 there and Na 31-2 Bijlage 1 at the municipality (``kiosk.domain.form_model``).
The coordinator chooses it before forms are printed; the choice is an audit event
(``election.counting_method``) that ``kiosk audit verify`` holds the election row to.
"""

from __future__ import annotations

from kiosk.domain.errors import DomainError
from kiosk.domain.form_model import CountingMethod, choose_counting_method
from kiosk.domain.workflow.roles import Capability
from kiosk.services.auth import Account, AuthError
from kiosk.services.entry import chosen_election
from kiosk.store import Store, station_events
from kiosk.store import elections as repo
from kiosk.store import pages as page_repo

ACTION = "election.counting_method"


class CountingMethodRefused(DomainError):
    """``counting_method.no_election``, or a refusal of the domain rule (``choose_counting_method``)."""


def current(store: Store, election_id: str | None = None) -> CountingMethod | None:
    """The method of election ``election_id`` (default: the only one); None while not chosen or
    before any import; EntryRefused for an election not imported, or none named among several."""
    if election_id is None and not repo.election_ids(store.db):
        return None
    value = repo.counting_method(store.db, chosen_election(store, election_id).id)
    return None if value is None else CountingMethod(value)


def choose(
    store: Store, account: Account, method: CountingMethod | str, election_id: str | None = None
) -> CountingMethod:
    """Record ``method`` for election ``election_id`` (default: the only one); refused when not
    a coordinator, before the import, when chosen already, or once paper is scanned or entered."""
    if not account.may(Capability.COORDINATE):
        raise AuthError("auth.not_coordinator", name=account.username)
    try:
        wanted = CountingMethod(method) if isinstance(method, str) else method
    except ValueError:
        raise CountingMethodRefused("counting_method.unknown", method=str(method)) from None
    with store.transaction() as db:
        if not repo.election_ids(db):
            raise CountingMethodRefused("counting_method.no_election")
        election = chosen_election(store, election_id)
        chosen = repo.counting_method(db, election.id)
        in_use = page_repo.any_scanned(db, election.id) or station_events.any_event(db, election.id)
        choose_counting_method(None if chosen is None else CountingMethod(chosen), wanted, in_use)
        repo.set_counting_method(db, election.id, wanted)
        store.audit(account.username, ACTION, {"election": election.id, "method": wanted.value})
    return wanted
