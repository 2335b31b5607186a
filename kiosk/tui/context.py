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
from kiosk.services.election_import import election_loaded
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
        return EntryService(self._store, network_guard=self.network if self.enforce_airgap else None)

    @cached_property
    def totals(self) -> TotalsService:
        return TotalsService(self.entries)

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

        return scan_service(self.entries, header_check=self.header_check)

    @property
    def has_election(self) -> bool:
        return election_loaded(self._store)
