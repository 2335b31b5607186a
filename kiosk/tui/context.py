"""Everything a screen may call: the services of one open store, and the settings.

Screens never hold the store: they call the services here. A service module whose
functions take the store first (``auth``, ``audit_log``, ``backups``, ``rehearsal``,
``faults``) is offered bound to it (``services.accounts.login(name, password)``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from types import ModuleType
from typing import Any

from kiosk.config import KioskConfig
from kiosk.services.crops import CropService
from kiosk.services.election_import import election_loaded, imported_elections
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService


class Bound:
    """A service module with the store filled in: each function whose first parameter is
    ``store`` is called without it; everything else (classes, constants) is the module's own."""

    def __init__(self, module: ModuleType, store: Any) -> None:
        self._module = module
        self._store = store

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._module, name)
        if inspect.isfunction(value) and next(iter(inspect.signature(value).parameters), None) == "store":
            return partial(value, self._store)
        return value


@dataclass
class Services:
    _store: Any  # a kiosk.store.Store, opened by the caller; never handed to a screen
    config: KioskConfig = field(default_factory=KioskConfig)
    #: Tesseract cross-check of printed page headers while scanning (off in tests for speed).
    header_check: bool = True
    #: The network detector; None is the real one (kiosk.airgap.default_detector).
    detector: Callable | None = None
    #: The guard's clock for staleness (default: the store's clock).
    network_clock: Callable | None = None
    #: A real election refuses entry and printing on a network. Only the demo and
    #: the rehearsal, which count nothing, merely warn.
    enforce_airgap: bool = True
    #: A demo election: the demo accounts and their (published) password, which the login
    #: screen names; None for a real election. The CLI fills it in (the TUI knows no demo code).
    demo_login: tuple[tuple[str, ...], str] | None = None
    #: The election the screens show and enter, when the data folder holds several
    #: (``choose_election``); None: the first one imported.
    election_id: str | None = None

    #: What is made for one election, and made again for another (``choose_election``).
    _PER_ELECTION = ("entries", "totals", "crops", "remarks", "scans", "investigations")

    def elections(self) -> list[tuple[str, str]]:
        """(id, name) of every imported election, in the order they were imported."""
        return [(election.id, election.name) for election in imported_elections(self._store)]

    def choose_election(self, election_id: str) -> None:
        """Show and enter ``election_id`` from now on; the services of the previous one are let go."""
        if election_id == self.election_id:
            return
        self.election_id = election_id
        for name in self._PER_ELECTION:
            self.__dict__.pop(name, None)

    def _election(self) -> str | None:
        if self.election_id is not None:
            return self.election_id
        ids = [election_id for election_id, _ in self.elections()]
        return ids[0] if ids else None

    @cached_property
    def accounts(self) -> Bound:
        from kiosk.services import auth

        return Bound(auth, self._store)

    @cached_property
    def audit(self) -> Bound:
        from kiosk.services import audit_log

        return Bound(audit_log, self._store)

    @cached_property
    def backups(self) -> Bound:
        from kiosk.services import backups

        return Bound(backups, self._store)

    @cached_property
    def rehearsal(self) -> Bound:
        from kiosk.services import rehearsal

        return Bound(rehearsal, self._store)

    @cached_property
    def faults(self) -> Bound:
        from kiosk.services import faults

        return Bound(faults, self._store)

    @cached_property
    def network(self):
        from kiosk.services.network import NetworkGuard

        return NetworkGuard(self._store, self.detector, self.network_clock)

    @cached_property
    def entries(self) -> EntryService:
        guard = self.network if self.enforce_airgap else None
        return EntryService(self._store, self._election(), network_guard=guard)

    @cached_property
    def totals(self) -> TotalsService:
        return TotalsService(self.entries)

    @cached_property
    def investigations(self):
        from kiosk.services.investigations import InvestigationService

        return InvestigationService(self.entries)

    @cached_property
    def crops(self) -> CropService:
        return CropService(self.entries)

    @cached_property
    def remarks(self):
        from kiosk.services.remarks import RemarksService

        return RemarksService(self.entries, self.crops)

    @cached_property
    def scans(self):
        from kiosk.services.rehearsal_scans import scan_service

        # Every election with its stations: one mixed stack of paper, each page to its own election.
        guard = self.network if self.enforce_airgap else None
        others = tuple(
            EntryService(self._store, election_id, network_guard=guard)
            for election_id, _ in self.elections()
            if election_id != self.entries.election.id
        )
        return scan_service(self.entries, header_check=self.header_check, also=others)

    @property
    def has_election(self) -> bool:
        return election_loaded(self._store)
