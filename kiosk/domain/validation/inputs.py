"""Reading a rule's inputs, and the one policy for empty fields.

Policy (DESIGN §5 plus our F.001): a rule is evaluated only when every field it
reads is filled. An empty field is already reported by F.001, and an
arithmetic error computed over a guessed value would send the official to check
the wrong box. Two refinements, both documented on the rules that use them:

* "sum > 0" conditions (F.204, F.401) are decided by the filled fields alone:
  counts are never negative, so one filled positive value makes the sum
  positive whatever the empty boxes hold.
* I and J are only written when D and H differ; an empty I or J says "none",
  so it never contradicts "I (or J) must be 0".

Tick boxes: an empty (unread) box counts as not ticked.
"""

from __future__ import annotations

from kiosk.domain.fields import candidate_code, list_total_code, list_votes_code
from kiosk.domain.results import Results


def filled(results: Results, *codes: str) -> tuple[int, ...] | None:
    """The counts of ``codes`` when all are filled, else None (rule skipped)."""
    values = tuple(results.count(code) for code in codes)
    if any(value is None for value in values):
        return None
    return values  # type: ignore[return-value]


def abc_codes(results: Results) -> tuple[str, ...]:
    """A, B and -- where the election has voter cards -- C. Where it has none,
    C counts as 0, which is the same as leaving it out of the sum."""
    return ("A", "B", "C") if results.shape.has_voter_cards else ("A", "B")


def list_votes_codes(results: Results) -> tuple[str, ...]:
    return tuple(list_votes_code(number) for number in results.shape.list_numbers)


def candidate_codes(results: Results, list_number: int) -> tuple[str, ...]:
    size = results.shape.candidates(list_number)
    return tuple(candidate_code(list_number, c) for c in range(1, size + 1))


def list_total(results: Results, list_number: int) -> int | None:
    return results.count(list_total_code(list_number))


def any_positive(results: Results, codes: tuple[str, ...]) -> bool:
    """Whether a filled field among ``codes`` is > 0 (so their sum is > 0)."""
    return any((results.count(code) or 0) > 0 for code in codes)


def optional(results: Results, code: str) -> int:
    """I or J where it only has to be 0: empty means nothing was written, i.e. none."""
    return results.count(code) or 0


def ticks(results: Results, *codes: str) -> int:
    """How many of the tick boxes are ticked (unread counts as not ticked)."""
    return sum(results.ticked(code) for code in codes)
