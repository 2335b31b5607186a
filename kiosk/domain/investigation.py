"""Investigations of a polling station's count by the municipal committee (GSB).

The committee investigates a station, definitive or not, for a reason the model names: an
unexplained difference between admitted voters and counted ballots, another (suspected)
error, an objection, a request of the central committee (CSB), or another reason. It records
its findings, then concludes: whether ballots were recounted, and whether the results are
corrected. A correction of a definitive station opens the next entry round for it (the
workflow's ``CorrectionOpened``); the earlier round stays in its history.

An investigation is a short list of facts, so it lives in the audit log itself (the service
writes one event per step) and is rebuilt here by ``replay``: nothing beside the log to
edit. Pure: no I/O, times come with the records.

    opened ──findings (one or more)──▶ findings recorded ──concluded──▶ concluded
                                                   (recounted yes/no, corrected yes/no)

While any investigation of an election is open, its totals cannot be sealed
(``require_none_open``): the sheet would report a count still under investigation.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from kiosk.domain.errors import DomainError
from kiosk.domain.results import Results

MAX_TEXT = 2000  # characters of a reason's explanation or a finding


class InvestigationReason(str, enum.Enum):
    """Why the committee investigates, as the models (Na 14-x, P 2a) and the 510b name it."""

    UNEXPLAINED_DIFFERENCE = "unexplained_difference"  # D and H differ and the PV does not explain it
    OTHER_ERROR = "other_error"  # another (suspected) counting error
    OBJECTION = "objection"  # an objection (bezwaar) made at the station or to the committee
    CSB_REQUEST = "csb_request"  # the central committee asked for it
    OTHER = "other"


#: The 510b's kr:Investigation reason codes (kiesraad-eml-extensions.xsd), in the schema's order:
#: three for decentral counting (DSO), three for central counting (CSO, from the Bijlage 1).
DSO_UNEXPLAINED = "onderzocht vanwege onverklaard verschil"
DSO_OTHER_ERROR = "onderzocht vanwege andere fout"
DSO_CORRECTED = "uitslag gecorrigeerd"
CSO_VOTERS_AGAIN = "toegelaten kiezers opnieuw vastgesteld"
CSO_OTHER_REASON = "onderzocht vanwege andere reden"
CSO_RECOUNTED = "stembiljetten deels herteld"

OPENED, FINDINGS, CONCLUDED = "investigation.opened", "investigation.findings", "investigation.concluded"


class InvestigationError(DomainError):
    """A step that the investigation's state or its input does not allow; nothing recorded."""


@dataclass(frozen=True)
class Finding:
    text: str
    by: str
    at: datetime


@dataclass(frozen=True)
class Conclusion:
    recounted: bool
    corrected: bool
    by: str
    at: datetime


@dataclass(frozen=True)
class Investigation:
    number: int  # 1, 2, ... per election, in the order they were opened
    station: int
    reason: InvestigationReason
    explanation: str
    opened_by: str
    opened_at: datetime
    findings: tuple[Finding, ...] = ()
    conclusion: Conclusion | None = None

    @property
    def is_open(self) -> bool:
        return self.conclusion is None

    @property
    def recounted(self) -> bool:
        return self.conclusion is not None and self.conclusion.recounted

    @property
    def corrected(self) -> bool:
        return self.conclusion is not None and self.conclusion.corrected


def bijlage_flags(results: Results) -> tuple[bool, bool, bool]:
    """What a CSO station's Bijlage 1 says (the Na 31-2's 1.2.1 columns, Abacus' CSOInvestigations):
    admitted voters counted again (B1-2.1 Nee, B1-2.3 Ja, or B1-3.3.2 Nee), investigated for
    another reason (B1-1 question 1 Ja), ballots (partly) recounted (question 2 Ja). All False
    for results of another model."""
    voters_again = _ticked(results, "B1.sb_explained.no") or _ticked(results, "B1.lists_differ.yes")
    if "B1.extra.yes" in results:  # K.no is B1-3.3.2 only on the Bijlage
        voters_again = voters_again or _ticked(results, "K.no")
    return voters_again, _ticked(results, "B1.extra.yes"), _ticked(results, "B1.recount.yes")


def eml_investigations(
    results: Results, investigations: Iterable[Investigation], central: bool
) -> tuple[tuple[str, bool], ...]:
    """The 510b's kr:Investigation elements of one station, (reason code, value) in the schema's
    order; () for none. Central counting: always the Bijlage's three (as Abacus writes them),
    with the committee's own investigations added to "another reason" and "recounted".
    Decentral: the three DSO codes, for a station that was investigated."""
    mine = [i for i in investigations if not i.is_open]
    if central:
        voters_again, other_reason, recounted = bijlage_flags(results)
        return (
            (CSO_VOTERS_AGAIN, voters_again),
            (CSO_OTHER_REASON, other_reason or bool(mine)),
            (CSO_RECOUNTED, recounted or any(i.recounted for i in mine)),
        )
    if not mine:
        return ()
    unexplained = any(i.reason is InvestigationReason.UNEXPLAINED_DIFFERENCE for i in mine)
    other = any(i.reason is not InvestigationReason.UNEXPLAINED_DIFFERENCE for i in mine)
    return ((DSO_UNEXPLAINED, unexplained), (DSO_OTHER_ERROR, other), (DSO_CORRECTED, any(i.corrected for i in mine)))


def _ticked(results: Results, code: str) -> bool:
    return code in results and results.ticked(code)


# -- the steps: each checks and returns what the service records ------------------------------


def open_investigation(
    existing: Mapping[int, Investigation], stations: Iterable[int], station: int, reason: str, explanation: str
) -> dict[str, Any]:
    """The details of a new investigation of ``station``; refused for a station the election does
    not have, an unknown reason, text that is too long, or while the station has one open."""
    if station not in set(stations):
        raise InvestigationError("investigation.unknown_station", f"no polling station {station}", station=station)
    try:
        why = InvestigationReason(reason)
    except ValueError:
        reasons = ", ".join(r.value for r in InvestigationReason)
        raise InvestigationError(
            "investigation.unknown_reason", f"unknown reason {reason!r}", reason=reason, reasons=reasons
        ) from None
    _check_text(explanation, required=why is InvestigationReason.OTHER)
    for other in existing.values():
        if other.station == station and other.is_open:
            raise InvestigationError(
                "investigation.already_open",
                f"station {station} is already under investigation (number {other.number})",
                station=station,
                number=other.number,
            )
    return {"number": len(existing) + 1, "station": station, "reason": why.value, "explanation": explanation}


def record_findings(existing: Mapping[int, Investigation], number: int, text: str) -> dict[str, Any]:
    investigation = _open(existing, number)
    _check_text(text, required=True)
    return {"number": investigation.number, "text": text}


def conclude(
    existing: Mapping[int, Investigation], number: int, recounted: bool, corrected: bool, station_definitive: bool
) -> dict[str, Any]:
    """The conclusion of investigation ``number``: refused without findings, and a correction of a
    station that is not definitive (its entry is still going on and will give its results)."""
    investigation = _open(existing, number)
    if not investigation.findings:
        raise InvestigationError(
            "investigation.no_findings", f"investigation {number} has no findings yet", number=number
        )
    if not isinstance(recounted, bool) or not isinstance(corrected, bool):
        raise InvestigationError("investigation.bad_conclusion", "recounted and corrected are yes or no")
    if corrected and not station_definitive:
        raise InvestigationError(
            "investigation.not_definitive",
            f"station {investigation.station} is not definitive: its entry gives the results",
            station=investigation.station,
        )
    return {"number": number, "recounted": recounted, "corrected": corrected}


def require_none_open(investigations: Mapping[int, Investigation]) -> None:
    """Refuse while an investigation is open: the totals would report a count under investigation."""
    still = sorted(i.station for i in investigations.values() if i.is_open)
    if still:
        raise InvestigationError(
            "investigation.open",
            f"stations under investigation: {', '.join(map(str, still))}",
            stations=", ".join(map(str, still)),
        )


# -- rebuilding from the log --------------------------------------------------------------------


def replay(records: Iterable[tuple[str, str, datetime, Mapping[str, Any]]]) -> dict[int, Investigation]:
    """Number -> investigation, from the recorded steps (action, actor, at, details) in log order."""
    found: dict[int, Investigation] = {}
    for action, actor, at, details in records:
        number = details["number"]
        if action == OPENED:
            found[number] = Investigation(
                number,
                details["station"],
                InvestigationReason(details["reason"]),
                details.get("explanation", ""),
                actor,
                at,
            )
        elif action == FINDINGS:
            current = found[number]
            found[number] = replace(current, findings=(*current.findings, Finding(details["text"], actor, at)))
        elif action == CONCLUDED:
            found[number] = replace(
                found[number], conclusion=Conclusion(details["recounted"], details["corrected"], actor, at)
            )
    return found


def _open(existing: Mapping[int, Investigation], number: int) -> Investigation:
    investigation = existing.get(number)
    if investigation is None:
        raise InvestigationError("investigation.unknown", f"no investigation {number}", number=number)
    if not investigation.is_open:
        raise InvestigationError(
            "investigation.concluded", f"investigation {number} is concluded already", number=number
        )
    return investigation


def _check_text(text: str, *, required: bool) -> None:
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise InvestigationError("investigation.text_too_long", f"at most {MAX_TEXT} characters", limit=MAX_TEXT)
    if required and not text.strip():
        raise InvestigationError("investigation.text_missing", "say what was found (or why)")
