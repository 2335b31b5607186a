"""The central committee's session (CSB) of a municipal election: from the GSB's sheet to the result.

The CSB's kiosk holds the election (110a, 230b and 110b imported as for the GSB). Its session:

1. the GSB's totals typed from its sheet (``enter_totals``), by two people alike, or by one and
   proven by the digest printed on the sheet (``digest_challenge``/``confirm_digest``);
2. deceased candidates recorded (``record_deceased``, P 19a) and lots drawn where the law needs one
   (``draw_lot``: the winner of exactly the tie ``result().needs_lot`` names);
3. the result (``result``: ``kiosk.domain.seats.apportion``, step by step), sealed (``seal``) into
   the P 22-2 and the EML 520, which are made from the seal alone.

Every step is one audit event (``csb.*``): the chain proves the session by construction; the state
is rebuilt from those events through the domain rules each time it is read.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from kiosk.domain.csb import (
    CsbError,
    GsbState,
    confirm_digest,
    entry_digest,
    entry_totals,
    gsb_entry,
    record_entry,
)
from kiosk.domain.csb_result import GsbSheet, P22Data
from kiosk.domain.election import Election
from kiosk.domain.fields import candidate_code
from kiosk.domain.seats import Apportionment, Contest, ListVotes, apportion
from kiosk.domain.sheet_digest import groups
from kiosk.domain.station_range import format_ranges, parse_ranges
from kiosk.domain.workflow.roles import Capability
from kiosk.eml.write_520 import write_520
from kiosk.reports.p22_2 import render_p22_2
from kiosk.services import integrity, printing
from kiosk.services.auth import Account, AuthError
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.network import NetworkGuard
from kiosk.services.seal import SealRefused
from kiosk.store import audit
from kiosk.store.audit import canonical_json

ENTRY, DIGEST, MISMATCH = "csb.entry", "csb.digest_confirmed", "csb.digest_mismatch"
DECEASED, LOT, SEALED = "csb.deceased", "csb.lot", "csb.sealed"
ACTIONS = (ENTRY, DIGEST, DECEASED, LOT)


@dataclass(frozen=True)
class DigestChallenge:
    shown: tuple[str, ...]  # the digest of entry 1, two groups "____"
    blanked: tuple[int, int]


@dataclass(frozen=True)
class CsbDocuments:
    data: P22Data
    eml_520: bytes

    @property
    def p22_pdf(self) -> bytes:
        return render_p22_2(self.data)


def lot_text(request) -> str:
    """What to draw, in words: between which lists (or candidates of which list), for what."""
    data = request.to_json()
    between = ", ".join(str(o) for o in data["options"])
    if data["between"] == "candidates":
        return f"kandidaten {between} van lijst {data.get('list')}"
    return f"lijsten {between} ({data['for']})"


class CsbService:
    def __init__(self, entries: EntryService, rng: random.Random | None = None) -> None:
        self.entries = entries
        self.store = entries.store
        self.election: Election = entries.election
        self.shape = entries.shape
        self.rng = rng or random.SystemRandom()

    # -- state from the audit log ------------------------------------------------------------------

    def _rows(self) -> list[dict]:
        return audit.all_of(self.store.db, *ACTIONS, election=self.election.id)

    def gsb_state(self) -> GsbState:
        state = GsbState()
        for row in self._rows():
            d = row["details"]
            if row["action"] == ENTRY:
                entry = gsb_entry(self.shape, d["account"], parse_ranges(d["stations"]), d["values"])
                state = record_entry(state, d["entry"], entry)
            elif row["action"] == DIGEST:
                state = self._confirm(state, tuple(d["blanked"]), tuple(d["typed"]))
        return state

    def deceased(self) -> frozenset[tuple[int, int]]:
        marked: dict[tuple[int, int], bool] = {}
        for row in self._rows():
            if row["action"] == DECEASED:
                d = row["details"]
                marked[(d["list"], d["candidate"])] = d["deceased"]
        return frozenset(k for k, dead in marked.items() if dead)

    def lots(self) -> tuple[int, ...]:
        return tuple(row["details"]["winner"] for row in self._rows() if row["action"] == LOT)

    # -- 1. the GSB's totals -----------------------------------------------------------------------

    def enter_totals(
        self, account: Account, entry: int, stations: str, values: dict, scan: dict | None = None
    ) -> GsbState:
        """Entry ``entry`` (1 or 2) of the GSB sheet's totals, typed by ``account`` (or confirmed from
        the scanned transfer pages: ``scan`` names them, ``kiosk.services.csb_scan``); refused (CsbError)
        when it does not add up, names a field not on the sheet, or is the other entry's person."""
        self._require(account, Capability.ENTER)
        typed = gsb_entry(self.shape, account.username, self.stations(stations), values)
        with self.store.transaction():
            state = record_entry(self.gsb_state(), entry, typed)
            self.store.audit(
                account.username,
                ENTRY,
                {
                    "election": self.election.id,
                    "entry": entry,
                    "account": account.username,
                    "stations": format_ranges(typed.stations),
                    "values": typed.as_dict(),
                }
                | ({"scan": scan} if scan is not None else {}),
            )
        return state

    def stations(self, text: str) -> tuple[int, ...]:
        """The station numbers of a range ("1-8,10"); refused when one is not this election's."""
        numbers = parse_ranges(text)
        known = {s.number for s in self.election.stations}
        unknown = [n for n in numbers if n not in known]
        if unknown:
            raise EntryRefused("reentry.unknown_stations", stations=format_ranges(unknown))
        return numbers

    def digest_challenge(self) -> DigestChallenge:
        state = self.gsb_state()
        if state.first is None:
            raise CsbError("csb.no_entry", "type the sheet's totals (entry 1) first")
        digest = entry_digest(state.first, self.election.id, self.election.municipality_id, self.shape)
        blanked = tuple(sorted(self.rng.sample(range(16), 2)))
        return DigestChallenge(tuple("____" if i in blanked else g for i, g in enumerate(groups(digest))), blanked)

    def confirm_digest(self, account: Account, challenge: DigestChallenge, typed: tuple[str, ...]) -> GsbState:
        """Entry 1 made definitive by the digest printed on the sheet; a mismatch is recorded and refused."""
        self._require(account, Capability.ENTER)
        details = {"election": self.election.id, "blanked": list(challenge.blanked), "typed": [str(t) for t in typed]}
        try:
            with self.store.transaction():
                state = self._confirm(self.gsb_state(), challenge.blanked, tuple(typed))
                self.store.audit(account.username, DIGEST, details | {"digest": state.digest})
        except CsbError as refused:
            if refused.code == "csb.digest_mismatch":
                with self.store.transaction():
                    self.store.audit(account.username, MISMATCH, details)
            raise
        return state

    def _confirm(self, state: GsbState, blanked, typed) -> GsbState:
        return confirm_digest(state, self.election.id, self.election.municipality_id, self.shape, blanked, typed)

    # -- 2. deceased candidates and lots -------------------------------------------------------------

    def record_deceased(self, account: Account, list_number: int, position: int, deceased: bool = True) -> None:
        self._require(account, Capability.COORDINATE)
        candidate_code(list_number, position)
        sizes = self.election.list_sizes()
        if not 1 <= position <= sizes.get(list_number, 0):
            raise EntryRefused("csb.unknown_candidate", list=list_number, candidate=position)
        with self.store.transaction():
            self.store.audit(
                account.username,
                DECEASED,
                {"election": self.election.id, "list": list_number, "candidate": position, "deceased": deceased},
            )

    def draw_lot(self, account: Account, winner: int) -> Apportionment:
        """Record the winner of the tie the result waits for; refused when none is needed or
        ``winner`` is not one of the tied."""
        self._require(account, Capability.COORDINATE)
        with self.store.transaction():
            current = self.result()
            request = current.needs_lot
            if request is None:
                raise EntryRefused("csb.no_lot_needed")
            if winner not in request.options:
                options = ", ".join(str(o) for o in request.options)
                raise EntryRefused("csb.not_tied", winner=winner, options=options)
            self.store.audit(
                account.username, LOT, {"election": self.election.id, "winner": winner, "request": request.to_json()}
            )
        return self.result()

    # -- 3. the result -------------------------------------------------------------------------------

    def contest(self) -> Contest:
        definitive = self.gsb_state().definitive
        if definitive is None:
            raise EntryRefused("csb.not_definitive")
        if not self.election.number_of_seats:
            raise EntryRefused("csb.no_seats")
        votes = definitive.as_dict()
        lists = tuple(
            # Field codes number a list's candidates 1, 2, 3 .. in ballot order (as the shape does).
            ListVotes(p.number, tuple(votes[candidate_code(p.number, k)] for k in range(1, len(p.candidates) + 1)))
            for p in self.election.lists
        )
        return Contest(self.election.number_of_seats, lists, self.deceased())

    def result(self) -> Apportionment:
        return apportion(self.contest(), self.lots())

    def seal(self, actor: str) -> CsbDocuments:
        """Seal the complete result (again only when it changed) and make its P 22-2 and EML 520."""
        result = self.result()
        if result.needs_lot is not None:
            raise EntryRefused("csb.lot_needed", request=lot_text(result.needs_lot))
        report = integrity.check(self.store)
        if not report.ok:
            raise SealRefused(report)
        state = self.gsb_state()
        definitive = state.definitive
        content = {
            "gsb": {"stations": format_ranges(definitive.stations), "values": definitive.as_dict()},
            "by": state.definitive_by,
            "deceased": sorted(self.deceased()),
            "lots": list(self.lots()),
        }
        results_sha256 = hashlib.sha256(canonical_json(content)).hexdigest()
        election = self.election
        sheet = GsbSheet(
            election.municipality_id,
            election.municipality_name,
            entry_digest(definitive, election.id, election.municipality_id, self.shape),
            state.definitive_by == "digest",
        )
        with self.store.transaction() as db:
            row = audit.last_of(db, SEALED, election=election.id)
            if row is None or row["details"]["results_sha256"] != results_sha256:
                at = self.store.now()
                eml = write_520(self._unsealed(result, definitive, sheet, datetime.fromisoformat(at)))
                details = {
                    "election": election.id,
                    "results_sha256": results_sha256,
                    "eml_sha256": hashlib.sha256(eml).hexdigest(),
                }
                audit.append_row(db, at, actor, SEALED, details)
                row = audit.last_of(db, SEALED, election=election.id)
        # The EML 520 does not depend on the seal's own row: made again, it must be the sealed bytes.
        unsealed = self._unsealed(result, definitive, sheet, datetime.fromisoformat(row["at"]))
        eml = write_520(unsealed)
        if hashlib.sha256(eml).hexdigest() != row["details"]["eml_sha256"]:
            raise RuntimeError("the EML 520 no longer matches its seal")
        sealed = replace(
            unsealed, eml_sha256=row["details"]["eml_sha256"], audit_head=row["hash"], audit_seq=row["seq"]
        )
        return CsbDocuments(sealed, eml)

    def _unsealed(self, result: Apportionment, definitive, sheet: GsbSheet, at: datetime) -> P22Data:
        """The result's data before its seal row exists (no EML hash, no audit row yet)."""
        return P22Data(
            election=self.election,
            totals=entry_totals(self.shape, definitive),
            apportionment=result,
            gsb_sheets=(sheet,),
            eml_sha256="0" * 64,
            audit_head="0" * 64,
            produced_at=at,
            deceased=self.deceased(),
            lots=self.lots(),
        )

    def print_report(self, actor: str, path, printer: str = "") -> printing.PrintResult:
        """The written P 22-2 to CUPS (refused while a network is present), recorded as ``csb.printed``."""
        details = {"election": self.election.id, "printer": printer or "(default)"}
        details["pdf_sha256"] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        if shutil.which("lp") is None:
            result = printing.PrintResult(printing.NO_PRINTING_SYSTEM, path, printer, "lp not found")
        else:
            guard = NetworkGuard(self.store)
            guard.check()
            try:
                guard.require_offline("print")
            except EntryRefused as error:  # the guard records the network itself
                return printing.PrintResult(printing.NETWORK_PRESENT, path, printer, str(error), refusal=error)
            result = printing.print_pdf(path, printer)
        with self.store.transaction():
            if result.printed:
                self.store.audit(actor, "csb.printed", details)
            else:  # the coded reason, and lp's own words for whoever reads the log
                reason = result.reason or result.status
                self.store.audit(actor, "csb.print_failed", details | {"reason": reason, "detail": result.detail})
        return result

    @staticmethod
    def _require(account: Account, capability: Capability) -> None:
        if account.may(capability):
            return
        if capability is Capability.COORDINATE:
            raise AuthError("auth.not_coordinator", name=account.username)
        raise EntryRefused("csb.role", "only a verifier or coordinator types a GSB sheet", name=account.username)
