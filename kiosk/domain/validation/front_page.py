"""Front-page arithmetic: F.201-F.204 (DESIGN §5).

Each function answers "does this rule fire?" for one form. Empty inputs skip
the rule (see ``inputs``); suppression (F.204 over F.202/F.203) is applied by
``validate``, not here, so each rule can be tested on its own. Beside each rule,
``<rule>_fields`` names the fields it compares, in the form's order: where to
look when it fires.
"""

from __future__ import annotations

from kiosk.domain.results import Results
from kiosk.domain.validation.inputs import abc_codes, any_positive, filled, list_votes_codes


def f201(results: Results) -> bool:
    """F.201: A + B + C ≠ D (C counts as 0 where the election has no C).

    Skipped while A, B, C (where it exists) or D is empty."""
    values = filled(results, *abc_codes(results), "D")
    if values is None:
        return False
    *admitted, d = values
    return sum(admitted) != d


def f201_fields(results: Results) -> tuple[str, ...]:
    return (*abc_codes(results), "D")


def f202(results: Results) -> bool:
    """F.202: Σ E.l ≠ E. Skipped while E or any E.l is empty."""
    values = filled(results, *list_votes_codes(results), "E")
    if values is None:
        return False
    *per_list, e = values
    return sum(per_list) != e


def f202_fields(results: Results) -> tuple[str, ...]:
    return (*list_votes_codes(results), "E")


def f203(results: Results) -> bool:
    """F.203: E + F + G ≠ H. Skipped while any of them is empty."""
    values = filled(results, "E", "F", "G", "H")
    if values is None:
        return False
    e, f, g, h = values
    return e + f + g != h


def f203_fields(results: Results) -> tuple[str, ...]:
    return ("E", "F", "G", "H")


def f204(results: Results) -> bool:
    """F.204: Σ E.l ≠ 0 and E = 0 -- the votes-on-candidates total was left at 0.

    Needs E filled. Σ E.l ≠ 0 is decided by the filled E.l: one filled E.l > 0
    already makes the sum non-zero, whatever the empty ones hold."""
    return results.count("E") == 0 and any_positive(results, list_votes_codes(results))


def f204_fields(results: Results) -> tuple[str, ...]:
    return (*list_votes_codes(results), "E")
