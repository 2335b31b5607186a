"""The rehearsal drill: seeded wrong proposals, and who confirmed them unchanged."""

import random

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.fields import field_codes
from kiosk.domain.workflow import Status
from kiosk.services import rehearsal
from kiosk.services.rehearsal_scans import RehearsalScanService, wrong_value
from kiosk.services.scanning import ScanService
from tests.support.entry import CLERK, VERIFIER_1, VERIFIER_2, paper, type_entry


@given(st.integers(0, 999_999), st.integers(0, 2**32))
def test_a_wrong_value_differs_by_one_digit_and_stays_a_count(value, seed):
    wrong = wrong_value(value, random.Random(seed))
    assert wrong != value
    assert 0 <= wrong <= 999_999
    assert len(str(wrong)) == len(str(value))
    assert sum(a != b for a, b in zip(str(wrong), str(value))) == 1


def seeded_station(entries, station=1, pages=3):
    """Three scanned pages of ``station``: the proposals of each go through the drill."""
    truth = paper(entries, station)
    codes = field_codes(entries.shape)
    attached = {}
    for page in range(pages):
        proposals = {code: truth.get(code) for code in codes[page::pages]}
        with entries.store.transaction() as db:
            page_attached = RehearsalScanService(entries)._proposals_for(db, station, proposals)
            entries.attach_scan(CLERK, station, (f"{page:x}" * 64,)[:1], page_attached)
        attached.update(page_attached)
    return truth, attached


def test_seeds_are_recorded_and_only_they_differ_from_what_ocr_read(entries):
    truth, attached = seeded_station(entries)
    seeds = rehearsal.seeds(entries.store, entries.election.id)
    # one per page, two per station: the third page gets none
    assert len(seeds) == 2 and rehearsal.is_rehearsal(entries.store)
    changed = {code for code in attached if attached[code] != truth.get(code)}
    assert changed == {s.code for s in seeds}
    for seed in seeds:
        assert seed.read_value == truth[seed.code] and attached[seed.code] == seed.seeded_value


def test_a_plain_scan_service_seeds_nothing(entries):
    proposals = {"A": 5}
    with entries.store.transaction() as db:
        assert ScanService(entries)._proposals_for(db, 1, proposals) == proposals
    assert not rehearsal.is_rehearsal(entries.store)


def test_report_counts_per_verifier_what_they_did_with_the_seeded_proposals(entries):
    truth, attached = seeded_station(entries)
    first, second = rehearsal.seeds(entries.store, entries.election.id)
    # invoerder1 rubber-stamps the first seed and corrects the second
    typed = dict(truth, **{first.code: first.seeded_value})
    type_entry(entries, VERIFIER_1, 1, 1, typed)
    # the paper's arithmetic no longer holds with the rubber-stamped value: the rules catch it too
    assert entries.state(1).status is Status.HAS_ERRORS
    scores = rehearsal.report(entries)
    assert [(s.account, s.seen, s.confirmed_unchanged, s.corrected) for s in scores] == [("invoerder1", 2, 1, 1)]
    assert scores[0].caught_share == 0.5


def test_the_blind_second_entry_is_not_part_of_the_drill(entries):
    truth, _ = seeded_station(entries)
    type_entry(entries, VERIFIER_1, 1, 1, truth)
    type_entry(entries, VERIFIER_2, 1, 2, truth)
    assert entries.state(1).status is Status.DEFINITIVE
    scores = rehearsal.report(entries)
    assert [(s.account, s.seen, s.confirmed_unchanged, s.corrected) for s in scores] == [("invoerder1", 2, 0, 2)]
