"""Validation of one polling station's results (DESIGN §5).

``validate(results)`` runs every rule and returns the errors (F.*) and
warnings (W.*) in a stable order: by code, then by list number. Each rule is
one function in this package, answering "does it fire?":

  required.f001                      F.001 (the empty required fields)
  investigation.f101 .. f112         F.101, F.102, F.111, F.112 (Na 31-2 Bijlage 1 only)
  front_page.f201 .. f204            F.201-F.204
  differences.f301 .. f310           F.301-F.310
  lists.f401 .. f403 (per list)      F.401-F.403
  warnings.w201 .. w204              W.201-W.204
  report.skw01 .. skw03              SK.W01-SK.W03, the kiosk's own (Model N 10-1 only)
  comparison.w001                    W.001 (second entry vs first; not run by validate)

Each rule has ``<rule>_fields`` beside it: the fields it compares, in the
form's order. Every message ``validate`` returns carries them as ``concerns``
(F.402 lijst 3: the list's candidates and L3.T), so a screen can show them and
a return for correction can reopen exactly them (``concerned_fields``).

Suppression: when F.204 fires, F.202 and F.203 are not reported; when F.401
fires for a list, F.402 and F.403 are not reported for that list.
Empty fields: see ``inputs`` (the policy) and ``required`` (what F.001 needs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kiosk.domain.errors import DomainError
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation import differences, front_page, investigation, lists, report, warnings
from kiosk.domain.validation.comparison import differing_fields, w001
from kiosk.domain.validation.messages import Message, ValidationResult
from kiosk.domain.validation.required import f001, f001_fields, required_fields

__all__ = [
    "FORM_FIELDS",
    "FORM_RULES",
    "LIST_FIELDS",
    "LIST_RULES",
    "Message",
    "ValidationResult",
    "concerned_fields",
    "differing_fields",
    "required_fields",
    "validate",
    "w001",
]

#: Front-page rules in code order: (code, function).
FORM_RULES: tuple[tuple[str, Callable[[Results], bool]], ...] = (
    ("F.101", investigation.f101),
    ("F.102", investigation.f102),
    ("F.111", investigation.f111),
    ("F.112", investigation.f112),
    ("F.201", front_page.f201),
    ("F.202", front_page.f202),
    ("F.203", front_page.f203),
    ("F.204", front_page.f204),
    ("F.301", differences.f301),
    ("F.302", differences.f302),
    ("F.303", differences.f303),
    ("F.304", differences.f304),
    ("F.305", differences.f305),
    ("F.306", differences.f306),
    ("F.307", differences.f307),
    ("F.308", differences.f308),
    ("F.309", differences.f309),
    ("F.310", differences.f310),
    ("W.201", warnings.w201),
    ("W.202", warnings.w202),
    ("W.203", warnings.w203),
    ("W.204", warnings.w204),
    ("SK.W01", report.skw01),
    ("SK.W02", report.skw02),
    ("SK.W03", report.skw03),
)
#: Per-list rules: (code, function(results, list_number)).
LIST_RULES: tuple[tuple[str, Callable[[Results, int], bool]], ...] = (
    ("F.401", lists.f401),
    ("F.402", lists.f402),
    ("F.403", lists.f403),
)
#: The fields each front-page rule compares: code -> function(results).
FORM_FIELDS: dict[str, Callable[[Results], tuple[str, ...]]] = {
    "F.101": investigation.f101_fields,
    "F.102": investigation.f102_fields,
    "F.111": investigation.f111_fields,
    "F.112": investigation.f112_fields,
    "F.201": front_page.f201_fields,
    "F.202": front_page.f202_fields,
    "F.203": front_page.f203_fields,
    "F.204": front_page.f204_fields,
    "F.301": differences.f301_fields,
    "F.302": differences.f302_fields,
    "F.303": differences.f303_fields,
    "F.304": differences.f304_fields,
    "F.305": differences.f305_fields,
    "F.306": differences.f306_fields,
    "F.307": differences.f307_fields,
    "F.308": differences.f308_fields,
    "F.309": differences.f309_fields,
    "F.310": differences.f310_fields,
    "W.201": warnings.w201_fields,
    "W.202": warnings.w202_fields,
    "W.203": warnings.w203_fields,
    "W.204": warnings.w204_fields,
    "SK.W01": report.skw01_fields,
    "SK.W02": report.skw02_fields,
    "SK.W03": report.skw03_fields,
}
#: The fields each per-list rule compares: code -> function(results, list_number).
LIST_FIELDS: dict[str, Callable[[Results, int], tuple[str, ...]]] = {
    "F.401": lists.f401_fields,
    "F.402": lists.f402_fields,
    "F.403": lists.f403_fields,
}
#: A rule that fires hides these (same list for list rules).
_SUPPRESSES = {"F.204": ("F.202", "F.203"), "F.401": ("F.402", "F.403")}


class ShapeMismatch(DomainError):
    """Results validated against a shape other than their own."""


def validate(results: Results, shape: ElectionShape | None = None) -> ValidationResult:
    """All errors and warnings of one form. ``shape``, when given, must be the
    results' own shape (Results already carries it)."""
    if shape is not None and shape != results.shape:
        raise ShapeMismatch("validation.shape_mismatch", "the results belong to another election shape")
    messages: list[Message] = []
    if empty := f001(results):
        messages.append(Message("F.001", fields=empty, concerns=f001_fields(results, empty)))
    fired = {code for code, rule in FORM_RULES if rule(results)}
    messages += [Message(code, concerns=FORM_FIELDS[code](results)) for code in sorted(fired - _suppressed(fired))]
    for number in results.shape.list_numbers:
        fired = {code for code, rule in LIST_RULES if rule(results, number)}
        messages += [
            Message(code, number, concerns=LIST_FIELDS[code](results, number))
            for code in sorted(fired - _suppressed(fired))
        ]
    return ValidationResult.of(messages)


def concerned_fields(messages: Iterable[Message]) -> tuple[str, ...]:
    """The fields the messages concern, each once, in the order first named
    (each message's own fields are in the form's order)."""
    return tuple(dict.fromkeys(code for message in messages for code in message.concerns))


def _suppressed(fired: set[str]) -> set[str]:
    return {hidden for code in fired for hidden in _SUPPRESSES.get(code, ())}
