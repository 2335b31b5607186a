"""SK.W01-SK.W03 (the kiosk's own warnings): part 1 and Deel 3 of Model N 10-1.

The Kiesraad's rules (F.*, W.*) say nothing about the report of the session or the
signatures; Abacus does not enter them at all. The kiosk reads them from the paper,
so it says when the PV needs a closer look. These are warnings: the verifier must
acknowledge them against the paper, and they never block tabulation.

  SK.W01  fewer signatures than the model requires (MIN_SIGNATURES of S.1-S.7)
  SK.W02  an objection was made: R.obj_vote.yes or R.obj_count.yes is ticked
  SK.W03  a question of part 1 is not answered, or answered both Ja and Nee

Unread boxes count as not ticked and not signed (see ``inputs``). Beside each rule,
``<rule>_fields`` names the boxes it looked at, in the form's order.
"""

from __future__ import annotations

from kiosk.domain.fields import signature_codes
from kiosk.domain.form_model import MIN_SIGNATURES, OBJECTION_TOPICS, REPORT_TOPICS, FormModel
from kiosk.domain.results import Results


def _pair(topic: str) -> tuple[str, str]:
    return (f"R.{topic}.yes", f"R.{topic}.no")


def _on_n10_1(results: Results) -> bool:
    return results.shape.model is FormModel.N10_1


def signatures(results: Results) -> int:
    """How many signature boxes hold a signature."""
    return sum(results.signed(code) for code in signature_codes(results.shape))


def skw01(results: Results) -> bool:
    """SK.W01: fewer than MIN_SIGNATURES signature boxes are signed."""
    return _on_n10_1(results) and signatures(results) < MIN_SIGNATURES


def skw01_fields(results: Results) -> tuple[str, ...]:
    return signature_codes(results.shape)


def skw02(results: Results) -> bool:
    """SK.W02: the station noted an objection (during the voting or the counting)."""
    return _on_n10_1(results) and any(results.ticked(f"R.{topic}.yes") for topic in OBJECTION_TOPICS)


def skw02_fields(results: Results) -> tuple[str, ...]:
    return tuple(code for topic in OBJECTION_TOPICS for code in _pair(topic))


def _unclear(results: Results) -> tuple[str, ...]:
    return tuple(topic for topic in REPORT_TOPICS if sum(results.ticked(code) for code in _pair(topic)) != 1)


def skw03(results: Results) -> bool:
    """SK.W03: a part-1 question has neither or both of Ja and Nee ticked."""
    return _on_n10_1(results) and bool(_unclear(results))


def skw03_fields(results: Results) -> tuple[str, ...]:
    return tuple(code for topic in _unclear(results) for code in _pair(topic))
