"""The quota (*kiesdeler*, Kieswet P 5): all votes on candidates divided by the seats.

It is kept as an exact fraction, never rounded: a list with 80 votes and a quota of 1199/15
has a full seat, one with a quota of 1201/15 has not, and only exact arithmetic tells them
apart. Blank and invalid votes are not votes on candidates and do not count.

With no votes at all the quota is 0; no list can then take a seat (a list needs votes for
any seat) and every seat is reported as not assigned.
"""

from __future__ import annotations

from fractions import Fraction

#: From this many seats residual seats go by highest averages (P 7) and the preference
#: threshold is 25 % of the quota (P 15); below it, largest remainders (P 8) and 50 %.
LARGE_COUNCIL = 19


def quota(total_votes: int, seats: int) -> Fraction:
    """The *kiesdeler*: ``total_votes / seats`` exactly. ``seats`` is at least 1."""
    if seats < 1:
        raise ValueError(f"seats must be at least 1, not {seats}")
    if total_votes < 0:
        raise ValueError(f"votes cannot be negative: {total_votes}")
    return Fraction(total_votes, seats)
