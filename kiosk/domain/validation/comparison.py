"""W.001: the second entry differs from the first.

The second verifier is told *which* fields differ, never the first entry's
values: the answer is a tuple of field codes, nothing else."""

from __future__ import annotations

from kiosk.domain.results import Results
from kiosk.domain.validation.messages import Message


def differing_fields(first: Results, second: Results, only: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Field codes whose values differ, in form order; ``only`` limits the
    comparison to some codes (e.g. the fields the second verifier has confirmed)."""
    codes = first.differing_fields(second)
    if only is None:
        return codes
    wanted = set(only)
    return tuple(code for code in codes if code in wanted)


def w001(first: Results, second: Results, only: tuple[str, ...] | None = None) -> Message | None:
    """A W.001 message naming the differing fields, or None when they agree."""
    codes = differing_fields(first, second, only)
    return Message("W.001", fields=codes) if codes else None
