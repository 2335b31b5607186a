"""Accounts and roles as the entry workflow sees them (DESIGN §6)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(str, enum.Enum):
    CLERK = "clerk"  # scans, attaches pages to stations
    VERIFIER = "verifier"  # first and second entry
    COORDINATOR = "coordinator"  # everything a verifier can do, plus resolving and releasing claims


class Capability(str, enum.Enum):
    """What a role may do; the one table of permissions (screens and services ask it, never a role name)."""

    SCAN = "scan"  # scan pages and attach them to stations
    ENTER = "enter"  # type a first or second entry
    COORDINATE = "coordinate"  # resolve, release claims, hand counts, sheet, accounts, backup, audit


CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.CLERK: frozenset({Capability.SCAN}),
    Role.VERIFIER: frozenset({Capability.ENTER}),
    Role.COORDINATOR: frozenset(Capability),
}


def may(role: Role | str, capability: Capability) -> bool:
    """Whether ``role`` (a Role or its value) has ``capability``; an unknown role has none."""
    try:
        return capability in CAPABILITIES[Role(role)]
    except ValueError:
        return False


def roles_that_may(capability: Capability) -> tuple[Role, ...]:
    """The roles with ``capability``, in the order of ``Role``."""
    return tuple(role for role in Role if capability in CAPABILITIES[role])


@dataclass(frozen=True)
class Actor:
    """Who does something. ``account`` is the stable account name; the role is
    the account's one role (the auth layer vouches for both)."""

    account: str
    role: Role

    def may(self, capability: Capability) -> bool:
        return may(self.role, capability)

    @property
    def can_enter(self) -> bool:
        return self.may(Capability.ENTER)

    @property
    def can_scan(self) -> bool:
        return self.may(Capability.SCAN)

    @property
    def can_coordinate(self) -> bool:
        return self.may(Capability.COORDINATE)
