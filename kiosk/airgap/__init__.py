"""Air-gap detection: is this machine connected to any network?

The kiosk may only be used on a computer that is not connected to any network (DESIGN §10). This
package looks, from ``/sys`` and ``/proc`` only, for a non-loopback interface that is up with
carrier or with an address, and for a default route; optionally it probes (off by default). It
fails closed, and it gives codes and data, never words: each reason is a code and its parameters
(`Reason`), worded at the edge by ``kiosk/i18n`` (``airgap.reason.<code>``). It knows nothing of
the store or the UI: ``kiosk.services.network`` records and enforces what it reports.

One idea per module:

- ``reasons``      the reason codes and their parameters (`Reason`, `CODES`);
- ``report``       one look at the machine (`NetworkReport`), how old it may be;
- ``sources``      the parsers of ``/sys/class/net`` and ``/proc/net``;
- ``probes``       the optional TCP and DNS probes;
- ``detector``     sources and probes -> report; the watcher's report file; combining detectors;
- ``environment``  the production detector from the kiosk's environment;
- ``watcher``      a report file every 30 s (the appliance's ``stemkiosk-airgap.service``);
- ``cli``          ``python -m kiosk.airgap [--watch]``.
"""

from kiosk.airgap.cli import main
from kiosk.airgap.detector import combined, detect, find_reasons, report_file_detector, system_detector
from kiosk.airgap.environment import (
    DNS_PROBE_ENV,
    PROBE_ENV,
    REPORT_FILE_ENV,
    BadSetting,
    default_detector,
    probes_from_environment,
)
from kiosk.airgap.probes import PROBE_TIMEOUT, Probes, dns_probe, parse_host_port, tcp_probe
from kiosk.airgap.reasons import CODES, Reason, reason
from kiosk.airgap.report import CHECK_INTERVAL, STALE_AFTER, Detector, NetworkReport, utc_now
from kiosk.airgap.sources import Interface, Route, Unreadable
from kiosk.airgap.watcher import watch, write_report

__all__ = [
    "CHECK_INTERVAL",
    "CODES",
    "DNS_PROBE_ENV",
    "PROBE_ENV",
    "PROBE_TIMEOUT",
    "REPORT_FILE_ENV",
    "STALE_AFTER",
    "BadSetting",
    "Detector",
    "Interface",
    "NetworkReport",
    "Probes",
    "Reason",
    "Route",
    "Unreadable",
    "combined",
    "default_detector",
    "detect",
    "dns_probe",
    "find_reasons",
    "main",
    "parse_host_port",
    "probes_from_environment",
    "reason",
    "report_file_detector",
    "system_detector",
    "tcp_probe",
    "utc_now",
    "watch",
    "write_report",
]
