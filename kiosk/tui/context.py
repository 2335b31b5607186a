"""Everything a screen may call: the services of one open store, and the settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from dataclasses import dataclass, field
from functools import cached_property

from kiosk.config import KioskConfig
from kiosk.services.crops import CropService
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService
from kiosk.services.election_import import election_loaded


@dataclass
class Services:
    store: Any  # a kiosk.store.Store, opened by the caller; screens only hand it to services
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
    #: A demo election: the login screen names the demo accounts.
    demo: bool = False

    @cached_property
    def network(self):
        from kiosk.services.network import NetworkGuard

        return NetworkGuard(self.store, self.detector, self.network_clock)

    @cached_property
    def entries(self) -> EntryService:
        return EntryService(self.store, network_guard=self.network if self.enforce_airgap else None)

    @cached_property
    def totals(self) -> TotalsService:
        return TotalsService(self.entries)

    @cached_property
    def crops(self) -> CropService:
        return CropService(self.entries)

    @cached_property
    def scans(self):
        from kiosk.services import rehearsal
        from kiosk.services.scanning import ScanService

        kind = ScanService
        if rehearsal.is_rehearsal(self.store):  # the drill goes on for pages scanned during it
            from kiosk.demo.rehearsal import RehearsalScanService

            kind = RehearsalScanService
        if self.header_check:
            return kind.with_header_check(self.entries)
        return kind(self.entries)

    @property
    def has_election(self) -> bool:
        return election_loaded(self.store)
