"""The one refusal of the seat computation: its input cannot be believed.

``params["path"]`` says where in the input document (``lists[2].candidates[5]``, ``lots[0]``);
the words are the catalogue entries ``refusal.seats.*`` (``kiosk/i18n/catalog_seats.py``).
"""

from __future__ import annotations

from kiosk.domain.errors import DomainError


class SeatsRefused(DomainError):
    """A seat-computation input that is malformed, or a drawn lot that does not fit the tie."""
