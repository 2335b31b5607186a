"""The central committee's entry of a GSB's totals sheet, and the rules that make it definitive.

For a municipal election (GR) the CSB receives the GSB's Na 31-x and types its totals: which
stations it counted, A B [C] D, E.1 .. E, F G H, I J, and every candidate's votes with the list
totals (the codes the kiosk's totals carry, ``tabulation.summed_codes``). The totals count once
two different people typed them alike (four eyes), or once one person typed them and the digest
the sheet prints (``sheet_digest``) is that of what was typed: then every number is the sheet's.
A sheet that does not add up is refused, naming the broken checks: the committee checks the paper.

The state is rebuilt from the recorded events (``GsbEvent``), oldest first, like a station's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kiosk.domain.errors import DomainError
from kiosk.domain.fields import candidate_code, list_total_code, list_votes_code
from kiosk.domain.shape import ElectionShape
from kiosk.domain.sheet_digest import numbers_digest, typed_matches
from kiosk.domain.tabulation import DIFFERENCE_FIELDS, Totals, summed_codes

#: A municipality's total can exceed a station's 999 999 (one station's maximum).
MAX_TOTAL = 99_999_999


class CsbError(DomainError):
    """``csb.missing`` (``fields``), ``csb.unknown_fields`` (``fields``), ``csb.bad_value`` (``field``,
    ``value``), ``csb.no_stations``, ``csb.inconsistent`` (``checks``), ``csb.same_person`` (``account``),
    ``csb.no_entry``, ``csb.digest_mismatch``, ``csb.definitive``,
    ``csb.bad_entry``."""


@dataclass(frozen=True)
class GsbEntry:
    """One person's typing of a GSB sheet: the stations it counted and every total."""

    account: str
    stations: tuple[int, ...]
    values: tuple[tuple[str, int], ...]  # in summed_codes order

    def as_dict(self) -> dict[str, int]:
        return dict(self.values)


def gsb_entry(shape: ElectionShape, account: str, stations: Iterable[int], values: Mapping[str, object]) -> GsbEntry:
    """Check a typed sheet: every code there, whole non-negative numbers, adding up; else CsbError."""
    codes = summed_codes(shape)
    unknown = sorted(set(values) - set(codes))
    if unknown:
        raise CsbError("csb.unknown_fields", f"not on the sheet: {', '.join(unknown)}", fields=", ".join(unknown))
    missing = [c for c in codes if values.get(c) is None and c not in DIFFERENCE_FIELDS]
    if missing:
        raise CsbError("csb.missing", f"not typed: {', '.join(missing)}", fields=", ".join(missing))
    checked: list[tuple[str, int]] = []
    for code in codes:
        value = values.get(code, 0) if code in DIFFERENCE_FIELDS else values[code]
        value = 0 if value is None else value
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_TOTAL:
            raise CsbError("csb.bad_value", f"{code}: not a number of votes: {value!r}", field=code, value=repr(value))
        checked.append((code, value))
    numbers = tuple(sorted(set(stations)))
    if not numbers:
        raise CsbError("csb.no_stations", "the sheet's counted stations are needed (they are in its digest)")
    broken = inconsistencies(shape, dict(checked))
    if broken:
        raise CsbError("csb.inconsistent", f"the sheet does not add up: {', '.join(broken)}", checks=", ".join(broken))
    return GsbEntry(account, numbers, tuple(checked))


def inconsistencies(shape: ElectionShape, t: Mapping[str, int]) -> list[str]:
    """The totals sheet's own sums that fail (a kiosk's sheet always adds up)."""
    broken = []
    if t["A"] + t["B"] + t.get("C", 0) != t["D"]:
        broken.append("A+B+C=D" if shape.has_voter_cards else "A+B=D")
    for number in shape.list_numbers:
        candidates = sum(t[candidate_code(number, c)] for c in range(1, shape.candidates(number) + 1))
        if not candidates == t[list_total_code(number)] == t[list_votes_code(number)]:
            broken.append(f"lijst {number}")
    if sum(t[list_votes_code(n)] for n in shape.list_numbers) != t["E"]:
        broken.append("E")
    if t["E"] + t["F"] + t["G"] != t["H"]:
        broken.append("E+F+G=H")
    if t["H"] - t["D"] != t["I"] - t["J"]:
        broken.append("H-D=I-J")
    return broken


def entry_totals(shape: ElectionShape, entry: GsbEntry) -> Totals:
    """A typed sheet as the kiosk's totals (what the digest and the seats are computed from)."""
    return Totals(shape, entry.stations, entry.values, tuple((code, ()) for code in DIFFERENCE_FIELDS))


@dataclass(frozen=True)
class GsbState:
    """The entries so far and how (whether) the sheet's totals became definitive."""

    first: GsbEntry | None = None
    second: GsbEntry | None = None
    #: "entries" (two alike, by two people) or "digest" (one, proven by the printed digest); None: not yet.
    definitive_by: str | None = None
    digest: str = ""

    @property
    def definitive(self) -> GsbEntry | None:
        return self.first if self.definitive_by else None

    def differing(self) -> tuple[str, ...]:
        if self.first is None or self.second is None:
            return ()
        a, b = self.first.as_dict(), self.second.as_dict()
        codes = [c for c in a if a[c] != b[c]]
        if self.first.stations != self.second.stations:
            codes.insert(0, "stembureaus")
        return tuple(codes)


def record_entry(state: GsbState, number: int, entry: GsbEntry) -> GsbState:
    """Entry 1 or 2 typed (again: the new typing replaces that entry); two alike by two people settle."""
    if state.definitive_by:
        raise CsbError("csb.definitive", "the GSB totals are definitive")
    if number not in (1, 2):
        raise CsbError("csb.bad_entry", f"entry 1 or 2, not {number!r}")
    other = state.second if number == 1 else state.first
    if other is not None and other.account == entry.account:
        raise CsbError("csb.same_person", f"{entry.account} typed the other entry", account=entry.account)
    state = GsbState(entry if number == 1 else state.first, entry if number == 2 else state.second)
    if state.first is not None and state.second is not None and not state.differing():
        return GsbState(state.first, state.second, definitive_by="entries")
    return state


def confirm_digest(
    state: GsbState, election_id: str, municipality_id: str, shape: ElectionShape, blanked, typed
) -> GsbState:
    """Entry 1 proven by the digest printed on the sheet (the typed groups at ``blanked``)."""
    if state.definitive_by:
        raise CsbError("csb.definitive", "the GSB totals are definitive")
    if state.first is None:
        raise CsbError("csb.no_entry", "type the sheet's totals (entry 1) first")
    digest = entry_digest(state.first, election_id, municipality_id, shape)
    if not typed_matches(digest, blanked, typed):
        raise CsbError(
            "csb.digest_mismatch",
            "the digest on the sheet is not that of the totals typed: a number differs; a second entry is needed",
        )
    return GsbState(state.first, state.second, definitive_by="digest", digest=digest)


def entry_digest(entry: GsbEntry, election_id: str, municipality_id: str, shape: ElectionShape) -> str:
    return numbers_digest(election_id, municipality_id, entry_totals(shape, entry))
