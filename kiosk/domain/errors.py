"""The exceptions of the domain: refusals (``kiosk.domain.refusal.Refusal``).

Every refusal carries a stable ``code`` (its words are the catalogue entry ``refusal.<code>``,
made at the edges in Dutch or English) and the ``params`` those words need. ``str(error)`` is
the readable English sentence (no code) given where it was raised, for logs, the CLI's stderr
and developers; the text shown to election staff comes from ``code`` + ``params``.
"""

from __future__ import annotations

from kiosk.domain.refusal import Refusal

__all__ = ["DomainError", "InvalidValue", "Refusal", "ShapeError", "UnknownField"]


class DomainError(Refusal):
    """A domain rule refused an input or an action: ``DomainError("area.name", "English sentence", **params)``."""


class UnknownField(DomainError):
    """A field code that is malformed, or names a field this election does not have."""


class InvalidValue(DomainError):
    """A value that is not a count (0..999 999), not a tick (true/false), and not empty."""


class ShapeError(DomainError):
    """An election shape (has C?, list sizes) that makes no sense."""
