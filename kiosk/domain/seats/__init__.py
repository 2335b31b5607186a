"""Seat assignment and the elected candidates (Kieswet chapter P), pure and exact.

``apportion(contest, lots)`` follows the law step by step and returns every step, so that a
central committee can check it by hand against its P 22-2. All arithmetic is exact
(``fractions.Fraction``): the quota, remainders and averages are fractions, never floats,
because a tie or a threshold can hinge on the last vote. A tie that needs a lot is never
decided here: the recorded outcome is used, or the computation stops and says what to draw.

  contest       the input: seats, votes per candidate per list, deceased candidates (P 19a)
  quota         the quota, *kiesdeler* (P 5)
  full_seats    full seats (P 6); the remainder and the 75 % threshold of P 8
  standing      one list's seats at a moment, and by which method each residual seat was won
  methods       the names of the residual-seat methods, and their articles
  leaders       who leads for the next residual seat by each method (P 7, P 8)
  residual      residual seats, one at a time, with ties (P 7, P 8)
  majority      the absolute-majority correction (P 9)
  exhaustion    list exhaustion (P 10)
  nomination    elected candidates: preference threshold, list order, deceased (P 15-P 19a)
  lots          ties that need a lot: what to draw, and the recorded outcomes in order
  ledger        the running account of standings and steps
  steps         the steps as the committee writes them down
  apportion     the whole procedure, in the law's order, and its result
  document      the JSON input of ``kiosk seats``, checked
  output        the JSON output of ``kiosk seats``
  errors        ``SeatsRefused``: input that cannot be believed

Pure: imports nothing of the project but the domain's refusal type.
"""

from __future__ import annotations

from kiosk.domain.seats.apportion import Apportionment, apportion
from kiosk.domain.seats.contest import Contest, ListVotes
from kiosk.domain.seats.document import parse
from kiosk.domain.seats.errors import SeatsRefused
from kiosk.domain.seats.output import to_json

__all__ = ["Apportionment", "Contest", "ListVotes", "SeatsRefused", "apportion", "parse", "to_json"]
