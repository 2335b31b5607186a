"""Why a network is present: a code and its parameters, never words.

Every reason the detector (and the guard, ``kiosk.services.network``) can give is a `Reason`: one of
the codes of `CODES`, with exactly that code's parameters, as text. The reasons are kept so
wherever they are kept (the watcher's report file, the audit log); the UI words them in its own
language at the edge (``kiosk/i18n/catalog_airgap.py``, keys ``airgap.reason.<code>``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

#: Every code -> the names of its parameters.
CODES: dict[str, tuple[str, ...]] = {
    # facts about the machine (kiosk.airgap.detector)
    "carrier": ("name",),  # interface `name` is up with carrier
    "address": ("name", "address"),  # interface `name` is up with an address
    "ipv4": ("address",),  # an IPv4 address on no known interface
    "route": ("interface",),  # a default route via `interface`
    "route_gateway": ("interface", "gateway"),
    "tcp": ("host", "port"),  # a TCP probe connected
    "dns": ("name",),  # a DNS probe resolved
    # the detector could not tell: it fails closed
    "unreadable": ("path", "error"),  # a source under /sys or /proc could not be read (error: the system's)
    "unexpected": ("path", "content"),  # a source held something the parsers do not know
    "no_report": ("path", "error"),  # the watcher's report file could not be read
    "bad_report": ("path", "error"),  # ... or was not a report
    "no_reason": (),  # a report said "present" without a reason
    "bad_setting": ("setting", "value"),  # a probe setting in the environment is invalid
    # said by the guard (kiosk.services.network)
    "detector_failed": ("error",),  # the detector raised (error: the exception)
    "never_checked": (),
    "stale": ("seconds",),  # the last check is older than the guard accepts
}

#: The reasons that are facts about one interface, and the parameter that names it.
INTERFACE_PARAMETER = {"carrier": "name", "address": "name", "route": "interface", "route_gateway": "interface"}


@dataclass(frozen=True, init=False)
class Reason:
    """One reason: ``code`` (a key of `CODES`) and its parameters as text (``params``)."""

    code: str
    pairs: tuple[tuple[str, str], ...]  # the parameters, sorted by name (hashable, immutable)

    def __init__(self, code: str, params: Mapping[str, object] | None = None, /, **more: object):
        given = {**(params or {}), **more}
        if code not in CODES:
            raise ValueError(f"unknown air-gap reason {code!r}")
        if set(given) != set(CODES[code]):
            raise ValueError(f"air-gap reason {code!r} takes {sorted(CODES[code])}, not {sorted(given)}")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "pairs", tuple(sorted((name, str(value)) for name, value in given.items())))

    @property
    def params(self) -> dict[str, str]:
        return dict(self.pairs)

    @property
    def interface(self) -> str | None:
        """The interface this reason is a fact about, if it is one."""
        name = INTERFACE_PARAMETER.get(self.code)
        return None if name is None else self.params[name]

    def to_dict(self) -> dict:
        return {"code": self.code, "params": self.params}

    @classmethod
    def from_dict(cls, data: object) -> Reason:
        """A reason as `to_dict` wrote it; ValueError (or TypeError, KeyError) for anything else."""
        if (
            not isinstance(data, Mapping)
            or not isinstance(data["code"], str)
            or not isinstance(data["params"], Mapping)
        ):
            raise ValueError(f"not an air-gap reason: {data!r}")
        if not all(isinstance(value, str) for value in data["params"].values()):
            raise ValueError(f"air-gap reason with a parameter that is not text: {data!r}")
        return cls(data["code"], data["params"])


def reason(code: str, **params: object) -> Reason:
    """One reason (see `CODES`)."""
    return Reason(code, params)
