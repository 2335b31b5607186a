"""One look at the machine: whether a network is present, why, and when it was checked."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from kiosk.airgap.reasons import Reason, reason

CHECK_INTERVAL = timedelta(seconds=30)
STALE_AFTER = timedelta(seconds=60)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class NetworkReport:
    """``reasons`` say why a network is present (empty when none is); ``present`` is true exactly when
    there are reasons."""

    present: bool
    reasons: tuple[Reason, ...]
    checked_at: datetime

    @classmethod
    def of(cls, reasons: Iterable[Reason], checked_at: datetime) -> NetworkReport:
        found = tuple(dict.fromkeys(reasons))  # in order, without duplicates
        if not all(isinstance(found_reason, Reason) for found_reason in found):
            raise TypeError("the reasons of a network report are Reason objects (kiosk.airgap.reasons)")
        return cls(bool(found), found, checked_at)

    def age(self, now: datetime) -> timedelta:
        return now - self.checked_at

    def is_stale(self, now: datetime, after: timedelta = STALE_AFTER) -> bool:
        """Too old (or from a clock far ahead) to be trusted."""
        age = self.age(now)
        return age > after or age < -after

    def to_dict(self) -> dict:
        return {
            "present": self.present,
            "reasons": [r.to_dict() for r in self.reasons],
            "checked_at": self.checked_at.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> NetworkReport:
        """A report as `to_dict` wrote it; ValueError (or TypeError, KeyError) for anything else."""
        if not isinstance(data["reasons"], list):
            raise ValueError("reasons is not a list")
        reasons = tuple(Reason.from_dict(item) for item in data["reasons"])
        checked_at = datetime.fromisoformat(data["checked_at"])
        if checked_at.tzinfo is None:
            raise ValueError("checked_at has no time zone")
        if data["present"] and not reasons:
            reasons = (reason("no_reason"),)
        return cls.of(reasons, checked_at)


#: Anything that looks at the machine and says what it found.
Detector = Callable[[], NetworkReport]
