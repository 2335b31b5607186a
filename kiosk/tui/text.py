"""Turning values and refusals into the words a person reads."""

from __future__ import annotations

from kiosk.domain.election import Election
from kiosk.domain.fields import TICK_BOXES, FieldKind, parse_field
from kiosk.domain.results import Value
from kiosk.domain.validation.messages import Message
from kiosk.i18n import t


def value_text(code: str, value: Value) -> str:
    if value is None:
        return t("tui.entry.empty")
    kind = parse_field(code).kind
    if kind is FieldKind.SIGNATURE:
        return t("tui.entry.signed") if value else t("tui.entry.not_signed")
    if kind is FieldKind.TICK:
        return t("tui.entry.ticked") if value else t("tui.entry.not_ticked")
    return str(value)


def input_text(code: str, value: Value) -> str:
    """A confirmed value as it goes back into the input box."""
    if value is None:
        return ""
    if parse_field(code).kind is not FieldKind.COUNT:
        return "j" if value else "n"
    return str(value)


def message_text(message: Message) -> str:
    params: dict[str, object] = {}
    if message.list_number is not None:
        params["list"] = message.list_number
    if message.fields:
        params["fields"] = ", ".join(message.fields)
    try:
        return t(f"rule.{message.code}", **params)
    except (KeyError, IndexError):
        return message.code


def field_label(election: Election, code: str) -> str:
    """What the paper calls field ``code``."""
    ref = parse_field(code)
    if ref.signer is not None:
        member = ref.signer - 1 if ref.signer in (2, 3) else ref.signer  # S.2, S.3: "lid 1", "lid 2"
        return t(f"tui.field.signature.{min(ref.signer, 4)}", n=member)
    if ref.only_on is not None:  # R.<topic>.<answer>, B1.<question>.<answer>
        family, topic, answer = code.split(".")
        return t(f"tui.field.{family}.{topic}", answer=t(f"tui.field.answer.{answer}"))
    if code in TICK_BOXES:
        return {
            "K.eq": "D = H",
            "K.gt": "H > D",
            "K.lt": "H < D",
            "K.yes": t("tui.field.explained_yes"),
            "K.no": t("tui.field.explained_no"),
        }[code]
    if ref.list_number is not None:
        party = next((pl for pl in election.lists if pl.number == ref.list_number), None)
        name = party.name if party else ""
        if code.startswith("E."):
            return t("tui.field.list_total_front", number=ref.list_number, name=name)
        if ref.candidate is None:
            return t("tui.field.list_total", number=ref.list_number)
        candidate = next((c for c in party.candidates if c.position == ref.candidate), None) if party else None
        return f"{ref.candidate}. {candidate.display_name if candidate else ''}"
    return t(f"sheet.label.{code}")
