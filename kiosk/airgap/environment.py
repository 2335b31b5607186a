"""The production detector, as the environment of the kiosk process (set in the appliance's unit) asks.

There is deliberately no way to switch detection off: the settings only add sources.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime

from kiosk.airgap.detector import combined, report_file_detector, system_detector
from kiosk.airgap.probes import Probes, parse_host_port
from kiosk.airgap.reasons import reason
from kiosk.airgap.report import Detector, NetworkReport, utc_now

REPORT_FILE_ENV = "KIOSK_NETWORK_REPORT"  # read the watcher's report file (as well as /sys and /proc)
PROBE_ENV = "KIOSK_NETWORK_PROBE"  # HOST:PORT[,HOST:PORT...] for TCP probes; off when unset
DNS_PROBE_ENV = "KIOSK_NETWORK_DNS_PROBE"  # names to resolve; off when unset


class BadSetting(ValueError):
    """A probe setting that cannot be used: ``setting`` (the variable) and the ``value`` that is wrong."""

    def __init__(self, setting: str, value: str):
        super().__init__(f"{setting}: {value!r} is not HOST:PORT")
        self.setting = setting
        self.value = value


def probes_from_environment(environ: Mapping[str, str] = os.environ) -> Probes:
    tcp = []
    for item in environ.get(PROBE_ENV, "").split(","):
        if item.strip():
            try:
                tcp.append(parse_host_port(item))
            except ValueError:
                raise BadSetting(PROBE_ENV, item.strip()) from None
    dns = tuple(item.strip() for item in environ.get(DNS_PROBE_ENV, "").split(",") if item.strip())
    return Probes(tcp=tuple(tcp), dns=dns)


def default_detector(environ: Mapping[str, str] = os.environ, clock: Callable[[], datetime] = utc_now) -> Detector:
    """The real /sys and /proc, plus the watcher's report file when ``$KIOSK_NETWORK_REPORT`` names
    one, plus the probes configured in the environment."""
    try:
        probes = probes_from_environment(environ)
    except BadSetting as error:  # fail closed: a broken setting must not silently disable a probe
        invalid = reason("bad_setting", setting=error.setting, value=error.value)
        return lambda: NetworkReport.of([invalid], clock())
    local = system_detector("/", probes, clock)
    report_file = environ.get(REPORT_FILE_ENV)
    if report_file:
        return combined(report_file_detector(report_file, clock), local)
    return local
