"""Per-list arithmetic: F.401-F.403 (DESIGN §5). Each takes the list number.

Suppression (F.401 over F.402/F.403 for the same list) is applied by
``validate``. Beside each rule, ``<rule>_fields`` names the fields it compares,
in the form's order (E.l on the front page, then the list page)."""

from __future__ import annotations

from kiosk.domain.fields import list_total_code, list_votes_code
from kiosk.domain.results import Results
from kiosk.domain.validation.inputs import any_positive, candidate_codes, filled, list_total


def f401(results: Results, list_number: int) -> bool:
    """F.401: (Σ_k c_lk > 0 or E.l > 0) and L_l = 0 -- the list-page total was
    left at 0. Needs L_l filled; the "> 0" part is decided by the filled fields
    (one positive candidate or E.l is enough, whatever the empty ones hold)."""
    if list_total(results, list_number) != 0:
        return False
    return any_positive(results, candidate_codes(results, list_number) + (list_votes_code(list_number),))


def f401_fields(results: Results, list_number: int) -> tuple[str, ...]:
    return (list_votes_code(list_number), *candidate_codes(results, list_number), list_total_code(list_number))


def f402(results: Results, list_number: int) -> bool:
    """F.402: L_l ≠ Σ_k c_lk. Skipped while L_l or any candidate of the list is empty."""
    total = list_total(results, list_number)
    votes = filled(results, *candidate_codes(results, list_number))
    return total is not None and votes is not None and total != sum(votes)


def f402_fields(results: Results, list_number: int) -> tuple[str, ...]:
    """The list's candidates and its list total: the culprit is among them."""
    return (*candidate_codes(results, list_number), list_total_code(list_number))


def f403(results: Results, list_number: int) -> bool:
    """F.403: L_l ≠ E.l. Skipped while either is empty."""
    total = list_total(results, list_number)
    summary = results.count(list_votes_code(list_number))
    return total is not None and summary is not None and total != summary


def f403_fields(results: Results, list_number: int) -> tuple[str, ...]:
    return (list_votes_code(list_number), list_total_code(list_number))
