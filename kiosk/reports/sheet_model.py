"""Which official model the totals sheet is, and what it says about each station.

Central counting (CSO) makes **Model Na 31-2**; decentral counting (DSO), or a
counting method never chosen, **Model Na 31-1** (models.md §1, §3). The rules
here are read from the station results the sheet was given, never from screen
state, so the same data always prints the same marks:

- 1.2.1 columns (CSO, as Abacus's ``CSOInvestigations``): 1 "toegelaten kiezers
  opnieuw vastgesteld" when B1-2.1 = Nee, B1-2.3 = Ja or B1-3.3.2 (K) = Nee;
  2 "onderzocht vanwege andere reden" when B1-1 question 1 = Ja; 3 "stembiljetten
  (deels) herteld" when B1-1 question 2 = Ja.
- objections (DSO): the station's N 10-1 ticks "yes" at 1.2.1 or 1.3.2 (``R.obj_vote``,
  ``R.obj_count``).
- Deel 3: a municipal election (GR) is signed by the voorzitter and 2 leden with 3
  extra lines, at least 3 signatures; any other by the voorzitter and 4 leden with 1
  extra line, at least 5.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.form_model import OBJECTION_TOPICS, CountingMethod
from kiosk.domain.investigation import bijlage_flags
from kiosk.domain.results import Results
from kiosk.reports.sheet_data import SheetData

#: Elections that Abacus calls "local" (is_local_election): fewer members sign.
LOCAL_CATEGORIES = frozenset({"GR"})


@dataclass(frozen=True)
class Model:
    name: str  # "Na 31-2"
    central: bool  # CSO: the committee counted per candidate itself
    local: bool  # GR: no C, 2 leden + 3 extra lines

    @property
    def members(self) -> int:
        """Leden (besides the voorzitter) who must sign (3.1)."""
        return 2 if self.local else 4

    @property
    def extra_lines(self) -> int:
        """Lines for other members present (3.2)."""
        return 3 if self.local else 1

    @property
    def min_signatures(self) -> int:
        return 1 + self.members


def model_of(data: SheetData) -> Model:
    central = data.election.counting_method is CountingMethod.CSO
    return Model("Na 31-2" if central else "Na 31-1", central, data.election.category in LOCAL_CATEGORIES)


def _yes(results: Results, code: str) -> bool:
    return code in results and results.ticked(code)


def investigation_columns(results: Results) -> tuple[bool, bool, bool]:
    """The three 1.2.1 ticks of a CSO station (all False for results of another model)."""
    return bijlage_flags(results)


def has_objections(results: Results) -> bool:
    """Whether the station's PV (N 10-1) reports objections, at voting or at counting."""
    return any(_yes(results, f"R.{topic}.yes") for topic in OBJECTION_TOPICS)


def objection_stations(data: SheetData) -> tuple[int, ...]:
    return tuple(
        n for n in data.totals.stations if n in data.station_results and has_objections(data.station_results[n])
    )


def reports_objections(data: SheetData) -> bool:
    """Whether the entered papers say anything about objections (only N 10-1 has the questions)."""
    return any("R.obj_vote.yes" in results for results in data.station_results.values())


def number_of_voters(data: SheetData) -> int | None:
    """Z: the voters of the counted stations, when every one of them has a number; else None."""
    known = {s.number: s.number_of_voters for s in data.election.stations}
    voters = [known.get(n) for n in data.totals.stations]
    return None if any(v is None for v in voters) else sum(v for v in voters if v is not None)


def all_equal(data: SheetData) -> bool:
    """2.4.1: D = H at every counted station."""
    if data.station_results:
        return all(r.get("D") == r.get("H") for r in data.station_results.values())
    return not data.totals.contributing("I") and not data.totals.contributing("J")
