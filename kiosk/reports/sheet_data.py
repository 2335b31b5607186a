"""Everything the checked totals sheet prints, checked before anything is drawn.

A ``SheetData`` can only exist for totals that the hand count confirms: every
list's hand total was entered twice, the entries agree, and they agree with
the machine total of *these* totals. It also refuses totals that do not add up
(Σ candidates = list-page total = front-page list total, A+B+C = D, ...): the
definitive results of every station satisfy those rules, so a failure means
the data was not made the way DESIGN §7 says, and such a sheet must not exist.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.domain.election import Election
from kiosk.domain.errors import DomainError
from kiosk.domain.fields import candidate_code, list_total_code, list_votes_code
from kiosk.domain.handcount import DifferencesOutcome, HandCountCheck, ListStatus
from kiosk.domain.investigation import Investigation
from kiosk.domain.results import Results
from kiosk.domain.session import SessionDetails
from kiosk.domain.shape import ElectionShape
from kiosk.domain.sheet_digest import numbers_digest
from kiosk.domain.tabulation import TabulationError, Totals, sum_results

_SHA256 = re.compile(r"[0-9a-f]{64}")


class SheetError(DomainError):
    """Refusals to make the sheet; codes ``sheet.error.*``, worded from ``refusal.sheet.error.*``
    (kiosk/i18n/catalog_sheet.py).

    ``sheet.error.hand_count_not_agreed`` carries ``lists`` (the list numbers
    that do not agree), ``list_numbers`` (the same, as text) and ``problems``
    ((list number, status value, hand − machine or None), ...)."""


@dataclass(frozen=True)
class Signatory:
    """One line of the signature block. The name may be left empty, to be written by hand."""

    role: str
    name: str = ""


@dataclass(frozen=True)
class SheetData:
    """The checked totals of one election, and what identifies them.

    ``eml_sha256``: hex SHA-256 of the EML 510b export of these totals.
    ``audit_head``: hex hash of the audit-log row that sealed these totals (row ``audit_seq``):
    the anchor an observer checks with ``kiosk audit verify --anchor N:HEX``.
    ``version``: the sheet version (1, 2, ... — a change after a seal makes a new one);
    ``previous``: (version, audit row, hash) of the seal it replaces, or None.
    ``produced_at``: when the sheet was made, taken from the data (e.g. the time
    of the last audit event), time-zone aware; it is printed and it is the
    PDF's creation date, so the same data always gives the same bytes.
    ``signatories``: names for the signature lines, in order (voorzitter first); empty: the
    names of the session's voorzitter and leden, or lines to write on (Deel 3 of the model).
    ``station_results``: the definitive results per station number, for Bijlage 1 and the
    station marks of part 1; when given, exactly the totals' stations, adding up to the totals.
    Empty (older callers): the Bijlage says the per-station results are in the EML 510b.
    ``session``: where, when and with whom the committee met (1.1 Presentielijst); None:
    printed as lines to write on. ``investigations``: the committee's concluded
    investigations, and ``corrections`` per corrected station its changed fields
    (code, before, after): Bijlage 1 names them at the station.
    """

    election: Election
    totals: Totals
    hand_check: HandCountCheck
    eml_sha256: str
    audit_head: str
    produced_at: datetime
    kiosk_id: str = ""
    note: str = ""
    signatories: tuple[Signatory, ...] = field(default=())
    audit_seq: int = 0
    version: int = 1
    previous: tuple[int, int, str] | None = None
    previous_eml_sha256: str = ""  # the replaced version's EML 510b hash, when known
    station_results: Mapping[int, Results] = field(default_factory=dict)
    session: SessionDetails | None = None
    investigations: tuple[Investigation, ...] = ()
    #: The confirmed outcome "differences found" of the hand count (2.5), when the totals differ.
    differences: DifferencesOutcome | None = None
    corrections: Mapping[int, tuple[tuple[str, object, object], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("eml_sha256", "audit_head"):
            object.__setattr__(self, name, _sha256(name, getattr(self, name)))
        if self.produced_at.tzinfo is None or self.produced_at.utcoffset() is None:
            raise SheetError("sheet.error.naive_time", "produced_at must be time-zone aware")
        _check_belongs(self.election, self.totals)
        _check_hand_count(self.totals, self.hand_check, self.differences)
        _check_consistent(self.election, self.totals)
        if self.station_results:
            _check_station_results(self.totals, self.station_results)

    @property
    def numbers_sha256(self) -> str:
        """The digest of the numbers this sheet shows (kiosk.domain.sheet_digest), printed on every page."""
        return numbers_digest(self.election.id, self.election.municipality_id, self.totals)

    @property
    def municipality(self) -> str:
        return self.election.municipality_name or self.election.domain_name


def _sha256(name: str, value: object) -> str:
    text = value.strip().lower() if isinstance(value, str) else ""
    if not _SHA256.fullmatch(text):
        raise SheetError(
            "sheet.error.bad_hash",
            f"{name} must be a SHA-256 (64 hex characters), not {value!r}",
            what=name,
            value=repr(value),
        )
    return text


def _numbers(numbers: tuple[int, ...]) -> str:
    return ", ".join(str(n) for n in numbers)


def _check_belongs(election: Election, totals: Totals) -> None:
    in_order = all(
        tuple(c.position for c in party.candidates) == tuple(range(1, len(party.candidates) + 1))
        for party in election.lists
    )
    if totals.shape != ElectionShape.from_election(election) or not in_order:
        raise SheetError("sheet.error.wrong_election", "the totals are of another election shape")
    if not totals.stations:
        raise SheetError("sheet.error.no_stations", "the totals include no polling station")
    known = {station.number for station in election.stations}
    unknown = tuple(n for n in totals.stations if n not in known)
    if unknown:
        raise SheetError(
            "sheet.error.unknown_stations",
            f"stations not in this election: {_numbers(unknown)}",
            stations=unknown,
            station_numbers=_numbers(unknown),
        )


def _check_hand_count(totals: Totals, check: HandCountCheck, differences: DifferencesOutcome | None) -> None:
    if tuple(c.list_number for c in check.lists) != totals.shape.list_numbers:
        raise SheetError("sheet.error.hand_check_lists", "the hand count covers other lists than the election")
    machine = totals.list_totals()
    stale = tuple(c.list_number for c in check.lists if c.machine != machine[c.list_number])
    if stale:
        raise SheetError(
            "sheet.error.hand_check_stale",
            f"the hand count was compared with other totals for list(s) {_numbers(stale)}",
            lists=stale,
            list_numbers=_numbers(stale),
        )
    open_checks = tuple(c for c in check.lists if c.status is not ListStatus.AGREES)
    if differences is not None and differences.settles(
        check
    ):  # only the explained lists may differ, each typed twice alike
        open_checks = tuple(c for c in open_checks if c.status is not ListStatus.DIFFERS_FROM_MACHINE)
    if open_checks:
        lists = tuple(c.list_number for c in open_checks)
        problems = tuple((c.list_number, c.status.value, c.difference) for c in open_checks)
        detail = "; ".join(_problem(c.list_number, c.status, c.difference) for c in open_checks)
        raise SheetError(
            "sheet.error.hand_count_not_agreed",
            f"hand and machine totals do not agree for list(s) {_numbers(lists)}: {detail}",
            lists=lists,
            list_numbers=_numbers(lists),
            problems=problems,
        )


def _problem(number: int, status: ListStatus, difference: int | None) -> str:
    if status is ListStatus.NOT_ENTERED:
        return f"list {number}: hand total not entered (twice)"
    if status is ListStatus.ENTRIES_DIFFER:
        return f"list {number}: the two hand entries differ"
    return f"list {number}: hand total differs from the machine total by {difference:+d}"


def _check_consistent(election: Election, totals: Totals) -> None:
    t = totals.as_dict()
    broken: list[str] = []
    d = t["A"] + t["B"] + t.get("C", 0)
    if d != t["D"]:
        broken.append("A+B+C≠D")
    list_sum = 0
    for party in election.lists:
        votes = t[list_votes_code(party.number)]
        list_sum += votes
        candidates = sum(t[candidate_code(party.number, c.position)] for c in party.candidates)
        if not candidates == t[list_total_code(party.number)] == votes:
            broken.append(f"list {party.number}")
    if list_sum != t["E"]:
        broken.append("ΣE.l≠E")
    if t["E"] + t["F"] + t["G"] != t["H"]:
        broken.append("E+F+G≠H")
    if t["H"] - t["D"] != t["I"] - t["J"]:
        broken.append("H−D≠I−J")
    if broken:
        raise SheetError(
            "sheet.error.inconsistent", f"the totals are inconsistent: {', '.join(broken)}", checks=", ".join(broken)
        )


def _check_station_results(totals: Totals, results: Mapping[int, Results]) -> None:
    """The per-station results of Bijlage 1 are those of exactly these totals."""
    missing = tuple(n for n in totals.stations if n not in results)
    extra = tuple(sorted(n for n in results if n not in totals.stations))
    if missing or extra:
        raise SheetError(
            "sheet.error.station_results_stations",
            f"the station results are not those of the totals' stations: missing {_numbers(missing) or '-'}, "
            f"not counted {_numbers(extra) or '-'}",
            missing=_numbers(missing) or "-",
            extra=_numbers(extra) or "-",
        )
    try:
        summed = sum_results(totals.shape, results)
    except TabulationError as problem:
        raise SheetError(
            "sheet.error.station_results_totals", f"the station results do not make these totals: {problem}"
        ) from None
    if summed.counts != totals.counts or summed.contributors != totals.contributors:
        raise SheetError("sheet.error.station_results_totals", "the station results do not add up to these totals")
