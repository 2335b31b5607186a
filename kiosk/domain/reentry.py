"""Re-entry of a partial sheet: its numbers digest as the second pair of eyes.

A kiosk that entered a range of stations prints a partial sheet whose annex (transfer pages)
lists each station's definitive results. The receiving kiosk scans those pages; a verifier
confirms each station's fields as a first entry. Then the verifier types the digest printed on
the sheet, two groups blanked at random: when it is the digest of what was confirmed, every number
was re-entered exactly, and each station becomes definitive without a blind second entry. When it
is not, nothing changes: the stations wait for a second entry as any PV.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from kiosk.domain.errors import DomainError
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.sheet_digest import numbers_digest, station_ranges, typed_matches
from kiosk.domain.tabulation import sum_results
from kiosk.domain.workflow.events import DigestConfirmed
from kiosk.domain.workflow.roles import Actor
from kiosk.domain.workflow.state import StationState, Status


class ReentryError(DomainError):
    """``reentry.no_stations``, ``reentry.unknown_stations`` (``stations``), ``reentry.not_ready``
    (``stations``: not first entered from transfer pages without errors), ``reentry.mismatch``
    (the typed groups are not those of the confirmed numbers' digest), ``reentry.role``."""


def confirmed_results(states: Mapping[int, StationState], stations: Iterable[int]) -> dict[int, Results]:
    """The finished first entries of ``stations``, each entered from transfer pages; refuses
    (ReentryError) naming the stations that are not there yet."""
    numbers = sorted(set(stations))
    if not numbers:
        raise ReentryError("reentry.no_stations", "no stations given")
    unknown = [n for n in numbers if n not in states]
    if unknown:
        raise ReentryError(
            "reentry.unknown_stations",
            f"not stations of this election: {station_ranges(unknown)}",
            stations=station_ranges(unknown),
        )
    waiting = [n for n in numbers if states[n].status is not Status.FIRST_DONE or not states[n].transfer]
    if waiting:
        raise ReentryError(
            "reentry.not_ready",
            f"stations not first entered from transfer pages without errors: {station_ranges(waiting)}",
            stations=station_ranges(waiting),
        )
    return {n: states[n].first.values for n in numbers}


def confirmed_digest(
    shape: ElectionShape, election_id: str, municipality_id: str, results: Mapping[int, Results]
) -> str:
    """The numbers digest of a partial sheet with exactly these stations' results."""
    return numbers_digest(election_id, municipality_id, sum_results(shape, results), results)


def confirm_sheet(
    states: Mapping[int, StationState],
    shape: ElectionShape,
    *,
    election_id: str,
    municipality_id: str,
    stations: Iterable[int],
    blanked: tuple[int, ...],
    typed: tuple[str, ...],
    actor: Actor,
    at: datetime,
) -> tuple[DigestConfirmed, ...]:
    """One DigestConfirmed per station of the sheet when ``typed`` are the groups at ``blanked`` of
    the digest of the confirmed numbers; else ReentryError ``reentry.mismatch`` (nothing changes)."""
    if not actor.can_enter:
        raise ReentryError("reentry.role", f"a {actor.role.value} may not confirm a sheet by its digest")
    results = confirmed_results(states, stations)
    digest = confirmed_digest(shape, election_id, municipality_id, results)
    if not typed_matches(digest, blanked, typed):
        raise ReentryError(
            "reentry.mismatch",
            "the digest on the paper is not that of the numbers confirmed: a number differs; the stations"
            " need a second entry",
            stations=station_ranges(results),
        )
    numbers = tuple(sorted(results))
    return tuple(
        DigestConfirmed(
            actor=actor, at=at, digest=digest, stations=numbers, blanked=tuple(sorted(blanked)), typed=tuple(typed)
        )
        for _ in numbers
    )
