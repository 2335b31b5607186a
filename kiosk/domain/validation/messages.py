"""Validation messages and the result of validating one form."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    """One rule that fired. ``list_number`` only for list-level rules (F.401-F.403);
    ``fields`` only for F.001 (the empty fields) and W.001 (the differing fields):
    there they are part of what the message says.

    ``concerns`` are the fields the rule compared, in the form's order: where to
    look on the paper (F.402 lijst 3: L3.1 .. L3.n and L3.T). The rule that fired
    computes them (``validate``); for F.001 and W.001 they are ``fields``. They
    follow from the code, the list and the election, so they are not part of the
    message's identity: an acknowledgement stored without them still matches."""

    code: str
    list_number: int | None = None
    fields: tuple[str, ...] = ()
    concerns: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not self.concerns and self.fields:
            object.__setattr__(self, "concerns", self.fields)

    @property
    def is_error(self) -> bool:
        return self.code.startswith("F.")

    @property
    def sort_key(self) -> tuple[str, int]:
        # Stable order: by code, then by list number (front-page messages first).
        return (self.code, 0 if self.list_number is None else self.list_number)

    def to_json(self) -> dict[str, Any]:
        """The §11 JSON shape: ``{"code": ...}`` plus ``"list"`` on list-level rules."""
        if self.list_number is None:
            return {"code": self.code}
        return {"code": self.code, "list": self.list_number}


@dataclass(frozen=True)
class ValidationResult:
    errors: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()

    @classmethod
    def of(cls, messages: Iterable[Message]) -> ValidationResult:
        ordered = sorted(set(messages), key=lambda m: (m.sort_key, m.fields))
        return cls(tuple(m for m in ordered if m.is_error), tuple(m for m in ordered if not m.is_error))

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def messages(self) -> tuple[Message, ...]:
        return self.errors + self.warnings

    def codes(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.messages)

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        return {"errors": [m.to_json() for m in self.errors], "warnings": [m.to_json() for m in self.warnings]}

    def __add__(self, other: ValidationResult) -> ValidationResult:
        return ValidationResult.of(self.messages + other.messages)
