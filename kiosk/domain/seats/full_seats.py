"""Full seats (Kieswet P 6) and what is left over of a list's votes.

A list gets one full seat for every whole time the quota fits in its votes. What is left,
the remainder (*overschot*), decides the residual seats below 19 seats (P 8), but only for
lists whose votes reach 75 % of the quota: a small list must not win a seat on a remainder
alone. A list without any full seat has all its votes as remainder.

The remainder is fixed here, once: when list exhaustion (P 10) later takes back a full seat,
the remainder stays the one computed from the original full seats (the Kiesraad's P 22-2
footnote says so, and Abacus keeps it).
"""

from __future__ import annotations

from fractions import Fraction

#: Share of the quota a list needs for a largest-remainder seat (P 8).
REMAINDER_THRESHOLD = Fraction(3, 4)


def full_seats(votes: int, quota: Fraction) -> int:
    """How many whole times ``quota`` fits in ``votes`` (0 without votes, whatever the quota)."""
    if votes == 0:
        return 0
    return int(Fraction(votes) // quota)


def remainder(votes: int, quota: Fraction) -> Fraction:
    """The votes left after the full seats: ``votes - full_seats * quota``, 0 <= it < quota."""
    return Fraction(votes) - full_seats(votes, quota) * quota


def meets_remainder_threshold(votes: int, quota: Fraction) -> bool:
    """Do the votes reach 75 % of the quota (exactly 75 % does)?"""
    return Fraction(votes) >= REMAINDER_THRESHOLD * quota
