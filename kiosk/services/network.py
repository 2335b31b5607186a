"""The network guard: entry and printing only while the kiosk is off every network.

``check()`` runs the detector (``kiosk.airgap``) and writes the *changes* to the
audit log: ``network_detected`` (with the reasons: codes and parameters, see
``kiosk.airgap.reasons``) when a network appears and
``network_gone`` when it has gone; an unchanged state writes nothing. The last
recorded state is read back from the audit log, so a restart does not lose or
repeat a transition.

``status()`` is the last report, but a report older than 60 s counts as
"network present": a detector that stopped running must not keep the kiosk
open. ``require_offline(action)`` refuses (``NetworkRefused``, a kind of
``EntryRefused`` with code ``network_present``) while ``status()`` says present.

The UI calls ``check()`` at start and every 30 s (``CHECK_INTERVAL``). The guard
writes to the store, so call it on the thread that owns the store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from kiosk import airgap
from kiosk.airgap import CHECK_INTERVAL, STALE_AFTER, Detector, NetworkReport, reason
from kiosk.i18n.airgap_words import refusal_text
from kiosk.services.entry import EntryRefused
from kiosk.store import Store, audit

__all__ = ["CHECK_INTERVAL", "STALE_AFTER", "NetworkGuard", "NetworkRefused", "NETWORK_DETECTED", "NETWORK_GONE"]

NETWORK_DETECTED = "network_detected"
NETWORK_GONE = "network_gone"
ACTOR = "system:airgap"


class NetworkRefused(EntryRefused):
    """An action refused because a network is present (or the check is stale). It carries the action
    and the report; its words are made when it is shown (``kiosk.i18n.airgap_words``), in the
    language of that moment."""

    def __init__(self, action: str, report: NetworkReport):
        super().__init__("network_present", "", action=action, reasons=[r.to_dict() for r in report.reasons])
        self.action = action
        self.report = report

    def __str__(self) -> str:
        return refusal_text(self.action, self.report.reasons)


class NetworkGuard:
    def __init__(
        self,
        store: Store,
        detector: Detector | None = None,
        clock: Callable[[], datetime] | None = None,
        *,
        stale_after: timedelta = STALE_AFTER,
        actor: str = ACTOR,
    ):
        self.store = store
        # The default is the real detector (real /sys and /proc); there is no "always offline".
        self.detector = detector if detector is not None else airgap.default_detector()
        self.clock = clock if clock is not None else store.clock
        self.stale_after = stale_after
        self.actor = actor
        self._report: NetworkReport | None = None
        self._recorded = self._recorded_state()

    def check(self) -> NetworkReport:
        """Run the detector, keep its report, and audit a change of state."""
        try:
            report = self.detector()
        except Exception as error:  # a broken detector must fail closed, not open
            failed = reason("detector_failed", error=f"{type(error).__name__}: {error}")
            report = NetworkReport.of([failed], self.clock())
        self._report = report
        if report.present != self._recorded:
            self._record(report)
        return report

    def status(self) -> NetworkReport:
        """The last report; never checked or too old counts as a network."""
        now = self.clock()
        report = self._report
        if report is None:
            return NetworkReport.of([reason("never_checked")], now)
        if report.is_stale(now, self.stale_after):
            seconds = int(report.age(now).total_seconds())
            return NetworkReport.of([*report.reasons, reason("stale", seconds=seconds)], report.checked_at)
        return report

    @property
    def offline(self) -> bool:
        return not self.status().present

    def require_offline(self, action: str) -> None:
        """Raise ``NetworkRefused`` unless the last fresh check found no network."""
        report = self.status()
        if report.present:
            raise NetworkRefused(action, report)

    # -- audit -----------------------------------------------------------------

    def _recorded_state(self) -> bool | None:
        """True/False from the newest network row of the audit log; None when there is none."""
        row = audit.last_of(self.store.db, NETWORK_DETECTED, NETWORK_GONE)
        return None if row is None else row["action"] == NETWORK_DETECTED

    def _record(self, report: NetworkReport) -> None:
        with self.store.transaction():
            recorded = self._recorded_state()  # another process may have recorded it meanwhile
            if report.present and recorded is not True:
                self.store.audit(
                    self.actor,
                    NETWORK_DETECTED,
                    {"reasons": [r.to_dict() for r in report.reasons], "checked_at": report.checked_at.isoformat()},
                )
            elif not report.present and recorded is True:
                self.store.audit(self.actor, NETWORK_GONE, {"checked_at": report.checked_at.isoformat()})
        self._recorded = report.present
