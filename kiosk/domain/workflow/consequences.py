"""What a coordinator's decision costs, said before it is made.

``consequence(view, choice)`` answers, for a station the coordinator is
resolving: which entry is kept, which is set aside (archived, never deleted),
which is returned for correction, and what must happen next — by whom, and how
many fields each step asks for — until the station can be definitive again.
It follows ``resolution`` (the transitions themselves); the tests check the two
against each other.

"keep the first entry" after a one-field difference sets the second entry aside
and asks for a whole new blind second entry (every field); "return the second
entry for correction" asks its verifier for that one field. The screen shows
this before the second key confirms a choice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiosk.domain.fields import field_codes
from kiosk.domain.validation import validate
from kiosk.domain.workflow.events import ErrorResolution, Resolution
from kiosk.domain.workflow.resolution import disputed_fields, returned_fields
from kiosk.domain.workflow.state import Status
from kiosk.domain.workflow.views import CoordinatorView


class Action(str, enum.Enum):
    CORRECT = "correct"  # a returned entry: answer the reopened fields again
    FIRST_ENTRY = "first_entry"  # a new first entry, every field
    SECOND_ENTRY = "second_entry"  # a new blind second entry, every field
    RESOLVE_ERRORS = "resolve_errors"  # the coordinator again: the kept entry has errors


@dataclass(frozen=True)
class Step:
    """One thing that must happen next.

    ``by``: the one account that must do it (a correction goes back to the verifier
    of that entry); None: any verifier (or, for RESOLVE_ERRORS, a coordinator).
    ``not_by``: accounts that may not do it (four eyes)."""

    action: Action
    entry: int  # the entry number it concerns once the decision is made (1 or 2)
    fields: int  # how many fields it asks for (0: a decision, not typing)
    by: str | None = None
    not_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Consequence:
    choice: Resolution | ErrorResolution
    kept: int | None  # the entry whose values stay (it becomes entry 1), for "keep"
    discarded: tuple[int, ...]  # entries set aside (kept in the archive)
    returned: int | None  # the entry sent back to its verifier
    returned_fields: tuple[str, ...]  # the fields it must answer again, in the form's order
    steps: tuple[Step, ...]  # in order

    @property
    def fields_to_enter(self) -> int:
        """Fields people must type or confirm before the station can be definitive."""
        return sum(step.fields for step in self.steps)


def consequence(view: CoordinatorView, choice: Resolution | ErrorResolution) -> Consequence:
    """What ``choice`` does to the station in ``view`` (see the module docstring).

    ValueError when the choice does not belong to the station's status."""
    if view.status is Status.ENTRIES_DIFFER and isinstance(choice, Resolution):
        return _for_differences(view, choice)
    if view.status is Status.HAS_ERRORS and isinstance(choice, ErrorResolution):
        return _for_errors(view, choice)
    raise ValueError(f"{choice!r} is not a decision for a station that is {view.status.value}")


def _all_fields(view: CoordinatorView) -> int:
    assert view.first is not None
    return len(field_codes(view.first.shape))


def _accounts(*names: str | None) -> tuple[str, ...]:
    return tuple(name for name in names if name)


def _in_form_order(view: CoordinatorView, codes: frozenset[str]) -> tuple[str, ...]:
    assert view.first is not None
    return tuple(code for code in field_codes(view.first.shape) if code in codes)


def _for_differences(view: CoordinatorView, choice: Resolution) -> Consequence:
    first, second = view.first, view.second
    assert first is not None and second is not None
    every = _all_fields(view)
    if choice in (Resolution.KEEP_FIRST, Resolution.KEEP_SECOND):
        kept, dropped = (1, 2) if choice is Resolution.KEEP_FIRST else (2, 1)
        values, author = (first, view.first_verifier) if kept == 1 else (second, view.second_verifier)
        # The kept entry becomes entry 1; four eyes needs a new blind second entry.
        second_entry = Step(Action.SECOND_ENTRY, 2, every, not_by=_accounts(author))
        steps: tuple[Step, ...] = (second_entry,)
        if validate(values).has_errors:
            steps = (Step(Action.RESOLVE_ERRORS, 1, 0),) + steps
        return Consequence(choice, kept, (dropped,), None, (), steps)
    if choice is Resolution.DISCARD_BOTH:
        return Consequence(choice, None, (1, 2), None, (), _start_again(every))
    number = 1 if choice is Resolution.RETURN_FIRST else 2
    reopened = _in_form_order(view, disputed_fields(first, second))
    who = view.first_verifier if number == 1 else view.second_verifier
    # Finishing the correction compares the two entries again: equal and without
    # errors is definitive, nothing more to type.
    return Consequence(choice, None, (), number, reopened, (Step(Action.CORRECT, number, len(reopened), by=who),))


def _for_errors(view: CoordinatorView, choice: ErrorResolution) -> Consequence:
    assert view.first is not None
    every = _all_fields(view)
    if choice is ErrorResolution.DISCARD:
        return Consequence(choice, None, (1,), None, (), _start_again(every))
    reopened = _in_form_order(view, returned_fields(view.first))
    who = view.first_verifier
    # An entry with errors has no second entry beside it (never typed yet, or set
    # aside when both agreed on a form with errors): one is needed afterwards.
    steps = (Step(Action.CORRECT, 1, len(reopened), by=who), Step(Action.SECOND_ENTRY, 2, every, not_by=_accounts(who)))
    return Consequence(choice, None, (), 1, reopened, steps)


def _start_again(every: int) -> tuple[Step, ...]:
    return (Step(Action.FIRST_ENTRY, 1, every), Step(Action.SECOND_ENTRY, 2, every))
