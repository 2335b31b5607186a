"""The audit log's events in the UI's language: what happened, and its details in short.

The audit log keeps actions as codes (``station.FieldConfirmed``) and details as
JSON, as the chain hashes them; the F9 screen shows each event as words
("veld bevestigd" — "stembureau 3, invoer 1, veld A = 812"). An action the
catalogue does not know is shown by its code, its details as "name: value".
"""

from __future__ import annotations

from typing import Any

from kiosk.i18n import catalogue, t
from kiosk.i18n.scan_words import reason_text_or
from kiosk.i18n.untrusted import neutralise
from kiosk.services.printing import LP_TIMEOUT_SECONDS
from kiosk.tui.text import value_text
from kiosk.tui.widgets.network_words import interface_summary
from kiosk.tui.widgets.words import counted


def action_text(action: str) -> str:
    key = f"audit.event.{action}"
    return t(key) if key in catalogue() else neutralise(action)


def details_text(action: str, details: Any) -> str:
    """The details of one event in a few words; a generic form for what is not known here."""
    if not isinstance(details, dict):
        return neutralise(str(details))
    try:
        parts = _known(action, details)
    except (KeyError, TypeError, ValueError, AttributeError):
        parts = None
    if parts is None:
        parts = [f"{neutralise(str(name))}: {_plain(value)}" for name, value in details.items()]
    return neutralise(", ".join(part for part in parts if part))


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_plain(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value):
        return value[:8] + "…"  # a SHA-256: its start identifies it
    return str(value)


def _optional(key: str, name: str, details: dict) -> list[str]:
    return [t(key, **{name: details[name]})] if details.get(name) not in (None, "") else []


def _status(value: str) -> str:
    key = f"tui.status.{value}"
    return t(key) if key in catalogue() else value


def _known(action: str, details: dict) -> list[str] | None:
    if action.startswith("station."):
        return _station(details)
    if action in ("login.failed", "login.refused", "password.change_refused"):
        parts = [t(f"audit.detail.reason.{details['reason']}")]
        if "failed_attempts" in details:
            parts.append(counted("audit.detail.attempts", details["failed_attempts"]))
        return parts
    if action == "login":
        return [t("audit.detail.role", role=_role(details["role"]))]
    if action == "account.add":
        return [
            t("audit.detail.user", username=details["username"]),
            t("audit.detail.role", role=_role(details["role"])),
        ]
    if action == "account.locked":
        return [counted("audit.detail.attempts", details["failed_attempts"])]
    if action == "account.unlock":
        parts = [t("audit.detail.user", username=details["username"])]
        if details.get("no_coordinator_left"):
            parts.append(t("audit.detail.no_coordinator_left"))
        return parts
    if action == "password.change":
        return []
    if action in ("scan.accepted", "scan.duplicate", "scan.refused"):
        parts = _optional("audit.detail.station", "station", details) + _optional("audit.detail.page", "page", details)
        parts.append(t("audit.detail.file", name=details["source"]))
        if action == "scan.refused":
            parts.extend(_scan_refusal(details))
        return parts
    if action == "handcount.enter":
        return [t(f"audit.detail.slot.{details['slot']}"), counted("audit.detail.lists", len(details["totals"]))]
    if action == "totals.sealed":
        return [t("audit.detail.version", version=details["version"])]
    if action in ("totals.printed", "totals.print_failed"):
        printer = details.get("printer") or "(default)"
        printer = (
            t("audit.detail.default_printer") if printer == "(default)" else t("audit.detail.printer", printer=printer)
        )
        if action == "totals.print_failed":  # the reason in words; lp's own (English) text stays in the log
            return [printer, t(f"print.reason.{details['reason']}", printer=printer, seconds=int(LP_TIMEOUT_SECONDS))]
        return [t("audit.detail.seal", seq=details["seal"]), printer]
    if action.startswith("import."):
        parts = [t("audit.detail.file", name=details["source"])]
        if "stations" in details:
            parts.append(t("audit.detail.stations", count=details["stations"]))
        if "candidates" in details:
            parts.append(t("audit.detail.candidates", lists=details["lists"], candidates=details["candidates"]))
        return parts
    if action == "backup":
        return [t("audit.detail.file", name=details["file"]), t("audit.detail.audit_row", seq=details["audit_seq"])]
    if action == "restore":
        return [
            t("audit.detail.file", name=details["backup"]),
            t("audit.detail.audit_row", seq=details["backup_audit_seq"]),
        ]
    if action == "network_detected":
        return [interface_summary(details["reasons"])]
    if action == "network_gone":
        return []
    if action == "rehearsal.seeded":
        return [
            t("audit.detail.station", station=details["station"]),
            t("audit.detail.fields", fields=", ".join(str(f) for f in details["fields"])),
        ]
    return None


def _role(role: str) -> str:
    key = f"tui.role.{role}"
    return t(key) if key in catalogue() else role


def _station(details: dict) -> list[str]:
    event = details["event"]
    kind = event["type"]
    parts = [t("audit.detail.station", station=details["station"])]
    if "entry" in event:
        parts.append(t("audit.detail.entry", entry=event["entry"]))
    if kind == "FieldConfirmed":
        parts.append(t("audit.detail.field", code=event["code"], value=value_text(event["code"], event["value"])))
    elif kind in ("WarningAcknowledged", "ErrorSent"):
        message = event["message"]
        if message.get("list_number") is None:
            parts.append(t("audit.detail.message", code=message["code"]))
        else:
            parts.append(t("audit.detail.message_list", code=message["code"], list=message["list_number"]))
    elif kind == "ScanAttached":
        parts.append(counted("audit.detail.pages", len(event["pages"])))
    elif kind in ("DifferencesResolved", "ErrorsResolved"):
        parts.append(t(f"audit.detail.resolution.{event['resolution']}"))
    if kind not in ("FieldConfirmed",):  # a confirmation does not change the status, mostly
        parts.append(t("audit.detail.status", status=_status(details["status"])))
    return parts


def _scan_refusal(details: dict[str, Any]) -> list[str]:
    """Why a page was refused, in the UI's language from its code and parameters; the recorded
    Dutch sentence for an event written before the parameters were kept."""
    code, params, recorded = details.get("code"), details.get("params"), str(details.get("reason") or "")
    if code and isinstance(params, dict):
        return [neutralise(reason_text_or(code, params, recorded))]
    return [recorded] if recorded else []
