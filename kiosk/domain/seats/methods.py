"""How a residual seat was won: the names used in the steps, in the standings and in JSON.

Below 19 seats a list may win at most one seat by largest remainders and, after that, at most
one by highest averages (P 8); the standing therefore remembers by which method each of its
residual seats was won, so a seat taken back (P 9) frees exactly the right "one per list".
"""

from __future__ import annotations

#: P 8, first sentence: largest remainders, lists with 75 % of the quota, one seat each.
LARGEST_REMAINDER = "largest_remainder"
#: P 8, second sentence: highest averages, at most one seat per list in this round.
HIGHEST_AVERAGE_ONE_PER_LIST = "highest_average_one_per_list"
#: P 7 (19 seats or more), and below 19 seats the seats still left after both rounds of P 8.
HIGHEST_AVERAGE = "highest_average"
#: P 9: the seat a list with an absolute majority of the votes receives.
ABSOLUTE_MAJORITY = "absolute_majority"

#: The article each method applies.
ARTICLE = {
    LARGEST_REMAINDER: "P 8",
    HIGHEST_AVERAGE_ONE_PER_LIST: "P 8",
    HIGHEST_AVERAGE: "P 7",
    ABSOLUTE_MAJORITY: "P 9",
}

#: Methods whose value is a remainder; the others compare averages.
BY_REMAINDER = frozenset({LARGEST_REMAINDER})
