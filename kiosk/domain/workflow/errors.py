"""Refusals of the entry workflow. Each carries a stable ``code``."""

from __future__ import annotations

from kiosk.domain.errors import DomainError


class WorkflowError(DomainError):
    """An action the entry workflow does not allow."""


class BadEvent(WorkflowError):
    """A malformed event (entry number not 1 or 2, no timestamp, unknown type): ``workflow.bad_event``."""


class RoleNotAllowed(WorkflowError):
    """The actor's role may not do this: ``workflow.role_not_allowed``."""


class WrongState(WorkflowError):
    """The station is not in a state where this can happen: ``workflow.wrong_state``."""


class StationDefinitive(WrongState):
    """The station's results are definitive; nothing changes them: ``workflow.definitive``."""


class ClaimError(WorkflowError):
    """Claims: ``workflow.not_claimant`` (someone else's entry), ``workflow.claimed_by_other``,
    ``workflow.already_claimed``, ``workflow.not_claimed``."""


class FourEyes(WorkflowError):
    """One account on both entries of a station: ``workflow.same_verifier``."""


class FieldNotEditable(WorkflowError):
    """In a correction only the disputed fields can change: ``workflow.not_disputed``."""


class EntryIncomplete(WorkflowError):
    """Finishing before every field is confirmed: ``workflow.incomplete``."""


class MessagesOpen(WorkflowError):
    """Finishing with a warning not acknowledged (``workflow.unacknowledged_warning``)
    or an error not sent to the coordinator (``workflow.unsent_error``)."""


class NoSuchMessage(WorkflowError):
    """Acknowledging a warning / sending an error the entry does not have: ``workflow.no_such_message``."""


class DuplicatePage(WorkflowError):
    """A page attached twice: ``workflow.duplicate_page``."""
