"""Typing whole station reports through the entry service, as verifiers do."""

import random

from kiosk.demo.results import consistent_results
from kiosk.domain.fields import field_codes
from kiosk.services.auth import Account
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService

COORDINATOR = Account("coordinator", "coordinator")
VERIFIER_1 = Account("invoerder1", "verifier")
VERIFIER_2 = Account("invoerder2", "verifier")
CLERK = Account("scanner", "clerk")


def paper(service: EntryService, station: int, seed: int = 0, difference: int = 0) -> dict:
    """What the paper report of ``station`` says: consistent results."""
    return consistent_results(service.shape, random.Random(seed * 1000 + station), 1500, difference)


def type_entry(service: EntryService, account: Account, station: int, entry: int, values: dict, finish: bool = True):
    """Claim, confirm every field in the paper's order, acknowledge, finish."""
    service.claim(account, station, entry)
    for code in field_codes(service.shape):
        service.confirm(account, station, entry, code, values.get(code))
    view = service.entry_view(account, station, entry)
    for message in view.open_messages.messages:
        service.acknowledge(account, station, entry, message)
    if finish:
        return service.finish(account, station, entry)
    return service.state(station)


def make_definitive(service: EntryService, station: int, values: dict):
    type_entry(service, VERIFIER_1, station, 1, values)
    return type_entry(service, VERIFIER_2, station, 2, values)


def agree_hand_count(entries: EntryService) -> TotalsService:
    """The coordinator types the hand-added list totals twice, equal to the machine's."""
    totals = TotalsService(entries)
    hand = totals.totals().list_totals()
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)
    return totals


def count_everything(entries: EntryService) -> TotalsService:
    """Every station entered twice from its paper, and the hand count agreeing: ready for the sheet."""
    for number in entries.station_numbers:
        make_definitive(entries, number, paper(entries, number))
    return agree_hand_count(entries)
