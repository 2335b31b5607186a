"""What each person may see of a station.

``entry_view`` is the only view for a verifier. For a blind (second) entry it
carries the verifier's own values and no proposal; the first entry's values
appear nowhere in it -- W.001 names differing field codes only.
``coordinator_view`` shows both entries side by side, for resolving.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.fields import field_codes
from kiosk.domain.results import Results, Value
from kiosk.domain.validation import ValidationResult
from kiosk.domain.workflow.checks import can_finish, entry_messages, open_messages
from kiosk.domain.workflow.errors import ClaimError, RoleNotAllowed, WrongState
from kiosk.domain.workflow.resolution import IN_PROGRESS
from kiosk.domain.workflow.roles import Actor
from kiosk.domain.workflow.state import Provenance, StationState, Status


@dataclass(frozen=True)
class FieldView:
    code: str
    value: Value  # this entry's own value (None: not confirmed yet, or empty on paper)
    confirmed: bool
    pending: bool  # still to be confirmed before finishing
    editable: bool
    proposal: Value  # OCR's proposal; always None in a blind entry
    provenance: Provenance | None


@dataclass(frozen=True)
class EntryView:
    station: int
    entry: int
    blind: bool
    correction: bool  # returned by the coordinator: only the disputed fields are editable
    fields: tuple[FieldView, ...]  # in the paper's order
    messages: ValidationResult  # on this entry's own values, plus W.001 (codes only)
    open_messages: ValidationResult  # still to acknowledge / send before finishing
    can_finish: bool

    @property
    def differing_fields(self) -> tuple[str, ...]:
        """W.001: the fields whose value differs from the other entry (codes only)."""
        return next((m.fields for m in self.messages.warnings if m.code == "W.001"), ())

    @property
    def next_field(self) -> str | None:
        """The first field still to confirm, in the paper's order (where to resume)."""
        return next((f.code for f in self.fields if f.pending), None)


def entry_view(state: StationState, entry: int, viewer: Actor) -> EntryView:
    """The entry ``viewer`` is working on. Only its claimant may look at it."""
    current = state.entry(entry)
    if state.status is not IN_PROGRESS.get(entry) or current is None:
        raise WrongState(
            "workflow.wrong_state",
            f"entry {entry} of station {state.station} is not in progress",
            status=state.status.value,
            action="view an entry",
        )
    if current.claimant != viewer.account:
        raise ClaimError(
            "workflow.not_claimant",
            f"entry {entry} is not claimed by {viewer.account}",
            claimant=current.claimant,
            account=viewer.account,
        )
    latest = {c.code: c for c in current.confirmations}
    proposals = state.proposals if state.proposals is not None and not current.blind else None
    fields = tuple(
        FieldView(
            code=code,
            value=current.values[code],
            confirmed=code in latest,
            pending=code in current.pending,
            editable=current.editable is None or code in current.editable,
            proposal=None if proposals is None else proposals[code],
            provenance=latest[code].provenance if code in latest else None,
        )
        for code in field_codes(state.shape)
    )
    return EntryView(
        state.station,
        entry,
        current.blind,
        current.editable is not None,
        fields,
        entry_messages(state, entry),
        open_messages(state, entry),
        can_finish(state, entry),
    )


@dataclass(frozen=True)
class CoordinatorView:
    station: int
    status: Status
    first: Results | None
    second: Results | None
    differing_fields: tuple[str, ...]
    first_messages: ValidationResult
    second_messages: ValidationResult
    first_verifier: str | None
    second_verifier: str | None


def coordinator_view(state: StationState, viewer: Actor) -> CoordinatorView:
    if not viewer.can_coordinate:
        raise RoleNotAllowed(
            "workflow.role_not_allowed",
            f"a {viewer.role.value} may not see both entries",
            role=viewer.role.value,
            action="see both entries",
        )
    first, second = state.first, state.second
    differing = first.values.differing_fields(second.values) if first and second else ()
    return CoordinatorView(
        state.station,
        state.status,
        first.values if first else None,
        second.values if second else None,
        differing,
        entry_messages(state, 1) if first else ValidationResult(),
        entry_messages(state, 2) if second else ValidationResult(),
        first.finished_by or first.claimant if first else None,
        second.finished_by or second.claimant if second else None,
    )
