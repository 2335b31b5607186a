"""Accounts and roles as the entry workflow sees them (DESIGN §6)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(str, enum.Enum):
    CLERK = "clerk"  # scans, attaches pages to stations
    VERIFIER = "verifier"  # first and second entry
    COORDINATOR = "coordinator"  # everything a verifier can do, plus resolving and releasing claims


@dataclass(frozen=True)
class Actor:
    """Who does something. ``account`` is the stable account name; the role is
    the account's one role (the auth layer vouches for both)."""

    account: str
    role: Role

    @property
    def can_enter(self) -> bool:
        return self.role in (Role.VERIFIER, Role.COORDINATOR)

    @property
    def can_scan(self) -> bool:
        return self.role in (Role.CLERK, Role.COORDINATOR)

    @property
    def can_coordinate(self) -> bool:
        return self.role is Role.COORDINATOR
