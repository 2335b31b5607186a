"""Worked examples of the seat assignment, typed in from the Kiesraad's own material.

Sources (the Kiesraad's Abacus, github.com/kiesraad/abacus):

- ``seat_assignment``: the tests of ``backend/apportionment/src/seat_assignment/mod.rs``, each a
  worked example whose doc comment walks through the quota, remainders or averages seat by
  seat. "GR2022"/"GR2026" mark the real municipal elections the Kiesraad took them from.
  Abacus's default test list has 50 candidates whose first holds all the votes (``fifty``).
- ``process``: the tests of ``backend/apportionment/src/lib.rs`` (seats and candidates).
- ``nomination``: ``backend/apportionment/src/candidate_nomination/mod.rs`` (the GR2022 and
  GR2026 cases give every candidate's votes, so seats and elected candidates come out of one run).
- ``frontend``: ``frontend/src/features/apportionment/testing/*.ts``, whole elections with
  every candidate's votes, the drawn lots and the elected candidates, as the P 22-2 shows them.

The examples are in ``examples_small`` (fewer than 19 seats) and ``examples_large`` (19 or
more). ``trace`` is the steps in short (``build.trace``): ("LR", list) largest remainder,
("HA1", list) highest average with one seat per list, ("HA", list) highest average,
("P9", from, to) absolute majority, ("P10", list) a seat withdrawn from an exhausted list.
Each ``Example`` is checked by ``test_worked_examples.py``; nothing here is computed.
"""

from __future__ import annotations

from .examples_base import Example
from .examples_large import LARGE, LARGE_EXHAUSTION, LARGE_LOTS
from .examples_small import DECEASED, SMALL, SMALL_EXHAUSTION, SMALL_LOTS

ALL: list[Example] = SMALL + SMALL_LOTS + SMALL_EXHAUSTION + DECEASED + LARGE + LARGE_LOTS + LARGE_EXHAUSTION

__all__ = ["ALL", "Example"]
