"""The investigation steps and their refusals, rebuilding from the log, and the 510b flags."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kiosk.domain import investigation as rules
from kiosk.domain.form_model import FormModel
from kiosk.domain.investigation import InvestigationError, InvestigationReason
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape

AT = datetime(2026, 3, 20, 10, 0, tzinfo=timezone.utc)
STATIONS = (1, 2, 3)


def log(*steps):
    """Replay (action, details) steps as if the coordinator 'carla' recorded them."""
    return rules.replay((action, "carla", AT, details) for action, details in steps)


def opened(station=2, reason="other_error", explanation=""):
    return (rules.OPENED, rules.open_investigation({}, STATIONS, station, reason, explanation))


def test_open_findings_conclude():
    existing = log(opened())
    assert existing[1].is_open and existing[1].reason is InvestigationReason.OTHER_ERROR
    findings = rules.record_findings(existing, 1, "lijst 2 herteld")
    existing = log(opened(), (rules.FINDINGS, findings))
    conclusion = rules.conclude(existing, 1, recounted=True, corrected=False, station_definitive=True)
    done = log(opened(), (rules.FINDINGS, findings), (rules.CONCLUDED, conclusion))[1]
    assert (done.is_open, done.recounted, done.corrected) == (False, True, False)
    assert [f.text for f in done.findings] == ["lijst 2 herteld"] and done.opened_by == "carla"


@pytest.mark.parametrize(
    ("station", "reason", "explanation", "code"),
    [
        (9, "other_error", "", "investigation.unknown_station"),
        (2, "hunch", "", "investigation.unknown_reason"),
        (2, "other", "  ", "investigation.text_missing"),
        (2, "objection", "x" * (rules.MAX_TEXT + 1), "investigation.text_too_long"),
    ],
)
def test_opening_is_refused_for_bad_input(station, reason, explanation, code):
    with pytest.raises(InvestigationError) as refused:
        rules.open_investigation({}, STATIONS, station, reason, explanation)
    assert refused.value.code == code


def test_one_open_investigation_per_station_and_concluded_ones_stay_closed():
    existing = log(opened())
    with pytest.raises(InvestigationError) as refused:
        rules.open_investigation(existing, STATIONS, 2, "objection", "")
    assert refused.value.code == "investigation.already_open"
    assert rules.open_investigation(existing, STATIONS, 3, "objection", "")["number"] == 2
    with pytest.raises(InvestigationError) as refused:
        rules.conclude(existing, 1, True, False, True)
    assert refused.value.code == "investigation.no_findings"
    steps = [opened(), (rules.FINDINGS, {"number": 1, "text": "ok"})]
    steps.append((rules.CONCLUDED, rules.conclude(log(*steps), 1, False, False, True)))
    for attempt in (lambda e: rules.record_findings(e, 1, "later"), lambda e: rules.conclude(e, 1, False, False, True)):
        with pytest.raises(InvestigationError) as refused:
            attempt(log(*steps))
        assert refused.value.code == "investigation.concluded"
    with pytest.raises(InvestigationError) as refused:
        rules.record_findings(log(*steps), 4, "x")
    assert refused.value.code == "investigation.unknown"


def test_a_correction_needs_a_definitive_station():
    existing = log(opened(), (rules.FINDINGS, {"number": 1, "text": "fout"}))
    with pytest.raises(InvestigationError) as refused:
        rules.conclude(existing, 1, recounted=True, corrected=True, station_definitive=False)
    assert refused.value.code == "investigation.not_definitive"


def test_an_open_investigation_blocks_the_totals():
    rules.require_none_open({})
    with pytest.raises(InvestigationError) as refused:
        rules.require_none_open(log(opened(station=3)))
    assert refused.value.code == "investigation.open" and refused.value.params["stations"] == "3"


def test_the_510b_flags():
    dso = Results.empty(ElectionShape.of(False, {1: 2}))
    steps = [opened(reason="unexplained_difference"), (rules.FINDINGS, {"number": 1, "text": "x"})]
    steps.append((rules.CONCLUDED, {"number": 1, "recounted": True, "corrected": True}))
    done = log(*steps)[1]
    assert rules.eml_investigations(dso, (), central=False) == ()
    assert rules.eml_investigations(dso, (done,), central=False) == (
        (rules.DSO_UNEXPLAINED, True),
        (rules.DSO_OTHER_ERROR, False),
        (rules.DSO_CORRECTED, True),
    )
    bijlage_shape = ElectionShape.of(False, {1: 2}, model=FormModel.NA31_2_B1)
    bijlage = Results.from_mapping(
        bijlage_shape, {"B1.extra.yes": False, "B1.recount.yes": True, "B1.sb_explained.no": True}
    )
    assert rules.eml_investigations(bijlage, (), central=True) == (
        (rules.CSO_VOTERS_AGAIN, True),
        (rules.CSO_OTHER_REASON, False),
        (rules.CSO_RECOUNTED, True),
    )
    assert rules.eml_investigations(bijlage, (done,), central=True)[1] == (rules.CSO_OTHER_REASON, True)
