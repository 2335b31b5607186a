"""F.101, F.102, F.111, F.112: the yes/no questions of Na 31-2 Bijlage 1 (central counting).

B1-1 asks whether the station was investigated for another reason than an
unexplained difference and whether ballots were (partly) recounted; B1-2 asks
whether the station's own difference was fully explained (2.1) and whether the
counts per list differ from the station's (2.3). A question is *answered* when
Ja or Nee is ticked; an unread box counts as not ticked (see ``inputs``).
The rules run on the Bijlage only (models.md §7: CSOFirstSession). Beside each
rule, ``<rule>_fields`` names the boxes it looked at, in the form's order.
"""

from __future__ import annotations

from kiosk.domain.form_model import COUNTING_DIFFERENCE_QUESTIONS, INVESTIGATION_QUESTIONS, FormModel
from kiosk.domain.results import Results


def _pair(question: str) -> tuple[str, str]:
    return (f"B1.{question}.yes", f"B1.{question}.no")


def _on_bijlage(results: Results) -> bool:
    return results.shape.model is FormModel.NA31_2_B1


def _answers(results: Results, question: str) -> int:
    """How many of the question's two boxes are ticked: 0, 1 or 2."""
    return sum(results.ticked(code) for code in _pair(question))


def _where(results: Results, questions: tuple[str, ...], answers: int) -> tuple[str, ...]:
    return tuple(code for q in questions if _answers(results, q) == answers for code in _pair(q))


def f101(results: Results) -> bool:
    """F.101: one B1-1 question is answered and the other is not (both or neither)."""
    if not _on_bijlage(results):
        return False
    answered = [_answers(results, q) > 0 for q in INVESTIGATION_QUESTIONS]
    return any(answered) and not all(answered)


def f101_fields(results: Results) -> tuple[str, ...]:
    return tuple(code for q in INVESTIGATION_QUESTIONS for code in _pair(q))


def f102(results: Results) -> bool:
    """F.102: a B1-1 question has both Ja and Nee ticked."""
    return _on_bijlage(results) and bool(_where(results, INVESTIGATION_QUESTIONS, 2))


def f102_fields(results: Results) -> tuple[str, ...]:
    return _where(results, INVESTIGATION_QUESTIONS, 2)


def f111(results: Results) -> bool:
    """F.111: a B1-2 question (2.1 or 2.3) is not answered."""
    return _on_bijlage(results) and bool(_where(results, COUNTING_DIFFERENCE_QUESTIONS, 0))


def f111_fields(results: Results) -> tuple[str, ...]:
    return _where(results, COUNTING_DIFFERENCE_QUESTIONS, 0)


def f112(results: Results) -> bool:
    """F.112: a B1-2 question has both Ja and Nee ticked."""
    return _on_bijlage(results) and bool(_where(results, COUNTING_DIFFERENCE_QUESTIONS, 2))


def f112_fields(results: Results) -> tuple[str, ...]:
    return _where(results, COUNTING_DIFFERENCE_QUESTIONS, 2)
