"""The one exception family of the domain.

Every refusal carries a stable ``code`` (a message key the outer layers turn
into Dutch or English text) and the ``params`` that text needs. ``str(error)``
is a readable English sentence (no code) for logs, the CLI's stderr and
developers; the text shown to election staff comes from ``code`` + ``params``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any


class DomainError(Exception):
    """A domain rule refused an input or an action."""

    def __init__(self, code: str, message: str, /, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params: Mapping[str, Any] = MappingProxyType(dict(params))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.message!r}, **{dict(self.params)!r})"


class UnknownField(DomainError):
    """A field code that is malformed, or names a field this election does not have."""


class InvalidValue(DomainError):
    """A value that is not a count (0..999 999), not a tick (true/false), and not empty."""


class ShapeError(DomainError):
    """An election shape (has C?, list sizes) that makes no sense."""
