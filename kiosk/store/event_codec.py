"""Workflow events to JSON and back, for the station event log.

The encoding is explicit per field name rather than pickled, so that a stored
event stays readable by people (and by the audit log) and a schema change is a
visible decision.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any, get_args

from kiosk.domain.validation.messages import Message
from kiosk.domain.workflow.events import (
    AnyEvent,
    DifferencesResolved,
    ErrorResolution,
    ErrorsResolved,
    Resolution,
)
from kiosk.domain.workflow.roles import Actor, Role

EVENT_TYPES: dict[str, type] = {cls.__name__: cls for cls in get_args(AnyEvent)}
_RESOLUTION_TYPES = {DifferencesResolved: Resolution, ErrorsResolved: ErrorResolution}


def encode(event: Any) -> dict[str, Any]:
    name = type(event).__name__
    if name not in EVENT_TYPES:
        raise TypeError(f"not a workflow event: {event!r}")
    encoded: dict[str, Any] = {"type": name}
    for field in dataclasses.fields(event):
        if field.name == "transfer" and not event.transfer:
            continue  # a scan of the station's own report is stored as it always was
        encoded[field.name] = _encode_value(getattr(event, field.name))
    return encoded


def _encode_value(value: Any) -> Any:
    if isinstance(value, Actor):
        return {"account": value.account, "role": value.role.value}
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("event times must carry a time zone")
        return value.isoformat()
    if isinstance(value, Message):
        return {"code": value.code, "list_number": value.list_number, "fields": list(value.fields)}
    if isinstance(value, (Resolution, ErrorResolution)):
        return value.value
    if isinstance(value, tuple):
        return [_encode_value(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    raise TypeError(f"cannot encode {value!r}")


def decode(data: dict[str, Any]) -> Any:
    cls = EVENT_TYPES.get(data.get("type", ""))
    if cls is None:
        raise ValueError(f"unknown event type {data.get('type')!r}")
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.name not in data:
            continue
        raw = data[field.name]
        if field.name == "actor":
            kwargs["actor"] = Actor(raw["account"], Role(raw["role"]))
        elif field.name == "at":
            kwargs["at"] = datetime.fromisoformat(raw)
        elif field.name == "message":
            kwargs["message"] = Message(raw["code"], raw["list_number"], tuple(raw["fields"]))
        elif field.name == "resolution":
            kwargs["resolution"] = _RESOLUTION_TYPES[cls](raw)
        elif field.name == "proposals":
            kwargs["proposals"] = tuple((code, value) for code, value in raw)
        elif isinstance(raw, list):
            kwargs[field.name] = tuple(raw)
        else:
            kwargs[field.name] = raw
    return cls(**kwargs)
