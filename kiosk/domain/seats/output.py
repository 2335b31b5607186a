"""The JSON ``kiosk seats`` prints (docs/seats.md describes every key).

Fractions are ``"numerator/denominator"`` in lowest terms (``"80/1"``), so a reader can check
them by hand and no float ever rounds them. List numbers are the keys of the per-list objects,
as JSON wants text keys; every list appears, with 0 seats or no candidates where it has none.
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.seats.apportion import Apportionment
from kiosk.domain.seats.steps import fraction_text


def to_json(result: Apportionment) -> dict[str, Any]:
    def per_list(values: dict[int, Any]) -> dict[str, Any]:
        return {str(number): value for number, value in values.items()}

    return {
        "quota": fraction_text(result.quota),
        "full_seats": per_list(result.full_seats),
        "residual_seats": per_list(result.residual_seats),
        "total_seats": per_list(result.total_seats),
        "unassigned_seats": result.unassigned_seats,
        "steps": [step.to_json() for step in result.steps],
        "preference_threshold": fraction_text(result.preference_threshold),
        "elected": None
        if result.elected is None
        else per_list({number: list(chosen) for number, chosen in result.elected.items()}),
        "needs_lot": None if result.needs_lot is None else result.needs_lot.to_json(),
    }
