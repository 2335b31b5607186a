"""Session details of the GSB: what the sheet may print, and their record in the audit log."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.session import (
    MAX_ATTENDEES,
    Attendee,
    CommitteeRole,
    SessionDetails,
    SessionError,
    session_from_json,
    session_to_json,
)

CHAIR = Attendee("A.B.", "Jansen", CommitteeRole.CHAIR, "09:00")

names = st.text(
    st.characters(codec="utf-8", categories=("L",), include_characters=" .-"), min_size=1, max_size=80
).filter(str.strip)
times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
attendees = st.builds(Attendee, names, names, st.sampled_from(CommitteeRole), times, st.one_of(st.just(""), times))


@given(names, st.dates(), times, st.lists(attendees, max_size=5))
def test_json_round_trip(place, day, start, people):
    details = SessionDetails(place, day, start, tuple(people))
    assert session_from_json(session_to_json(details)) == details


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (lambda: SessionDetails("", date(2026, 3, 19), "09:00"), "session.bad_text"),
        (lambda: SessionDetails("Stadhuis\x1b[2J", date(2026, 3, 19), "09:00"), "session.bad_text"),
        (lambda: SessionDetails("x" * 81, date(2026, 3, 19), "09:00"), "session.bad_text"),
        (lambda: SessionDetails("Stadhuis", date(2026, 3, 19), "24:00"), "session.bad_time"),
        (lambda: SessionDetails("Stadhuis", date(2026, 3, 19), "9:00"), "session.bad_time"),
        (lambda: Attendee("A.", "Jansen", "voorzitter", "09:00"), "session.bad_role"),
        (lambda: Attendee("A.", "", CommitteeRole.MEMBER, "09:00"), "session.bad_text"),
        (lambda: Attendee("A.", "Jansen", CommitteeRole.MEMBER, "09:00", "late"), "session.bad_time"),
        (
            lambda: SessionDetails("Stadhuis", date(2026, 3, 19), "09:00", (CHAIR,) * (MAX_ATTENDEES + 1)),
            "session.too_many_attendees",
        ),
        (
            lambda: session_from_json({"place": "Stadhuis", "day": "19 maart", "start_time": "09:00"}),
            "session.bad_record",
        ),
        (lambda: session_from_json({"place": "Stadhuis"}), "session.bad_record"),
    ],
)
def test_bad_details_are_refused_by_name(build, code):
    with pytest.raises(SessionError) as refused:
        build()
    assert refused.value.code == code


def test_the_chair():
    member = Attendee("C.", "de Vries", CommitteeRole.MEMBER, "09:00")
    assert SessionDetails("Stadhuis", date(2026, 3, 19), "09:00", (member, CHAIR)).chair == CHAIR
    assert SessionDetails("Stadhuis", date(2026, 3, 19), "09:00", (member,)).chair is None
