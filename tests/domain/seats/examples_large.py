"""Worked examples for 19 seats or more (see ``examples``: sources and notation)."""

from __future__ import annotations

from fractions import Fraction

from .examples_base import FRONTEND, NOMINATION, SA, Example, numbered, seats_of

GR2026_33 = numbered(
    (1596, 870, 1023, 298, 477, 86, 118, 714, 283, 133, 286, 256, 104, 45, 17, 41, 126, 18, 144, 89, 11, 64, 30)
    + (22, 188, 1229),
    (3104, 310, 280, 110, 280, 137, 166, 68, 20, 124, 34, 12, 11, 22, 33, 6, 6, 6, 14, 12, 14, 16, 1, 1, 4, 6, 8)
    + (3, 3, 5, 4, 2, 6, 5, 2, 1, 7, 1, 1, 3, 6, 3, 9, 9, 17),
    (547, 123, 165, 224, 93, 14, 8, 228, 17, 23, 109, 2, 27, 40, 3, 8, 44, 13, 25, 10, 8, 10, 13, 14, 7, 34, 42),
    (730, 288, 218, 84, 159, 144, 37, 62, 109, 27, 41, 52, 16, 39, 34, 43, 33, 18, 38, 14, 31, 14, 17, 22, 50)
    + (17, 34, 7, 51, 157),
    (631, 58, 99, 19, 31, 25, 11, 13, 14, 23, 8, 1, 23, 3, 14, 15, 86),
    (628, 181, 212, 75, 69, 86, 65, 68, 13, 30, 80, 67, 5, 16, 14, 19, 11, 22, 33, 14, 5, 34, 19, 24, 4, 11, 47),
    (882, 91, 106, 21, 80, 43, 19, 8, 5, 36, 9, 1, 13, 23),
    (264, 134, 27, 29, 5, 19, 25, 6, 8, 16, 5, 2, 2, 0, 5, 5, 6, 3, 3, 9),
    (242, 21, 140, 44, 5, 15, 5, 30, 60, 7, 10, 20, 3, 6, 0, 2, 0, 7),
)

# -- 19 seats or more ----------------------------------------------------------------------------------

LARGE = [
    Example(
        "gte19 no residual seats",
        SA + " gte_19_seats::test_without_remainder_seats",
        25,
        numbered(576, 288, 96, 96, 96, 48),
        seats_of(12, 6, 2, 2, 2, 1),
        trace=[],
    ),
    Example(
        "gte19 list numbers with gaps",
        SA + " gte_19_seats::test_with_non_consecutive_list_numbers",
        23,
        {1: (50,) * 12, 3: (52, 50, 50, 50, 50, 50), 4: (98,), 6: (50, 49), 7: (51, 50)},
        {1: 12, 3: 6, 4: 1, 6: 2, 7: 2},
        trace=[("HA", 7), ("HA", 3), ("HA", 1), ("HA", 6)],
    ),
    Example(
        "gte19 highest averages",
        SA + " gte_19_seats::test_with_remainder_seats",
        23,
        numbered(600, 302, 98, 99, 101),
        seats_of(12, 6, 1, 2, 2),
        trace=[("HA", 5), ("HA", 2), ("HA", 1), ("HA", 4)],
    ),
    Example(
        "gte19 several residual seats to one list",
        SA + " gte_19_seats::test_with_multiple_remainder_seats_assigned_to_one_list",
        19,
        numbered(808, 57, 56, 55, 54, 53, 52, 51, 14),
        seats_of(15, 1, 1, 1, 1, 0, 0, 0, 0),
        trace=[("HA", 1), ("HA", 1), ("HA", 2), ("HA", 3), ("HA", 4), ("HA", 5), ("HA", 1)],
    ),
    Example(
        "gte19 no votes at all",
        SA + " gte_19_seats::test_with_0_votes",
        19,
        numbered(0),
        seats_of(0),
        trace=[],
        unassigned=19,
    ),
    Example(
        "gte19 absolute majority",
        SA + " gte_19_seats::test_with_absolute_majority_of_votes_but_not_seats",
        24,
        numbered(7501, 1249, 1249, 1249, 1249, 1249, 1248, 7),
        seats_of(13, 2, 2, 2, 2, 2, 1, 0),
        trace=[("HA", 2), ("HA", 3), ("HA", 4), ("HA", 5), ("HA", 6), ("HA", 7), ("P9", 7, 1)],
        quota=Fraction(15001, 24),
    ),
    Example(
        "gte19 whole election",
        FRONTEND + "gte-19-seats.ts",
        23,
        numbered(
            (78, 20, 55, 45, 50, 0, 60, 40, 30, 20, 50, 152),
            (150, 50, 22, 10, 30, 40),
            (20, 15, 25, 3, 2, 33),
            (20, 15, 25, 24, 15),
            (20, 31, 10, 40),
        ),
        seats_of(12, 6, 1, 2, 2),
        elected={1: (12, 1, 7, 3, 5, 11, 4, 8, 9, 2, 10, 6), 2: (1, 2, 6, 5, 3, 4), 3: (6,), 4: (3, 4), 5: (4, 2)},
    ),
    Example(
        "gte19 absolute majority (whole election)",
        FRONTEND + "gte-19-seats-and-p9.ts",
        24,
        numbered(
            (1069, 403, 421, 310, 368, 500, 400, 425, 315, 370, 1200, 720, 1000),
            (552, 307, 180, 210),
            (1000, 249),
            (800, 449),
            (949, 300),
            (266, 300, 280, 403),
            (500, 248, 200, 300),
            (5, 1, 1),
        ),
        seats_of(13, 2, 2, 2, 2, 2, 1, 0),
        trace=[("HA", 2), ("HA", 3), ("HA", 4), ("HA", 5), ("HA", 6), ("HA", 7), ("P9", 7, 1)],
        elected={
            1: (11, 1, 13, 12, 6, 8, 3, 2, 7, 10, 5, 9, 4),
            2: (1, 2),
            3: (1, 2),
            4: (1, 2),
            5: (1, 2),
            6: (4, 2),
            7: (1,),
            8: (),
        },
    ),
]

LARGE_LOTS = [
    Example(
        "gte19 absolute majority with a lot among the last residual seats",
        SA
        + " gte_19_seats::drawing_of_lots::test_with_absolute_majority_of_votes_but_not_seats_with_drawing_of_lots_required",
        24,
        numbered(7501, 1249, 1249, 1249, 1249, 1248, 1248, 8),
        seats_of(13, 2, 2, 2, 2, 1, 2, 0),
        trace=[("HA", 2), ("HA", 3), ("HA", 4), ("HA", 5), ("HA", 6), ("HA", 7), ("P9", 6, 1)],
        lots=(6,),
    ),
    Example(
        "gte19 three lots in a row",
        SA + " gte_19_seats::drawing_of_lots::test_with_drawing_of_lots_multiple_lists_drawn",
        23,
        numbered(500, 140, 140, 140, 140, 140),
        seats_of(10, 3, 2, 3, 3, 2),
        trace=[("HA", 1), ("HA", 4), ("HA", 2), ("HA", 5)],
        lots=(4, 2, 5),
    ),
    Example(
        "gte19 lot for the last residual seat (GR2026), with the elected candidates",
        SA + " gte_19_seats::drawing_of_lots::test_with_drawing_of_lots_one_list_drawn; " + NOMINATION,
        33,
        GR2026_33,
        seats_of(13, 7, 2, 4, 1, 3, 2, 0, 1),
        trace=[("HA", 1), ("HA", 7), ("HA", 4), ("HA", 1), ("HA", 6), ("HA", 9)],
        elected={
            1: (1, 26, 3, 2, 8, 5, 4, 11, 9, 12, 25, 6, 7),
            2: (1, 2, 3, 5, 4, 6, 7),
            3: (1, 8),
            4: (1, 2, 3, 4),
            5: (1,),
            6: (1, 3, 2),
            7: (1, 2),
            8: (),
            9: (1,),
        },
        lots=(9,),
        quota=Fraction(23050, 33),
    ),
]

LARGE_EXHAUSTION = [
    Example(
        "gte19 exhaustion of full seats",
        SA + " gte_19_seats::list_exhaustion::test_with_list_exhaustion_during_full_seats_assignment",
        20,
        numbered((500,) * 4, (400,) * 5, (400,) * 4, (400,) * 4, (400, 400, 0)),
        seats_of(4, 5, 4, 4, 3),
        trace=[("P10", 1), ("HA", 5)],
    ),
    Example(
        "gte19 exhaustion after highest averages",
        SA + " gte_19_seats::list_exhaustion::test_with_list_exhaustion_during_residual_seats_assignment",
        19,
        numbered(
            (400, 400, 400, 399, 0),
            (400, 400, 400, 398, 0),
            (400, 400, 400, 398, 0),
            (400, 400, 400, 398, 0),
            (502, 502),
        ),
        seats_of(5, 4, 4, 4, 2),
        trace=[("HA", 5), ("P10", 5), ("HA", 1)],
    ),
    Example(
        "gte19 absolute majority, then the majority list is exhausted",
        SA + " gte_19_seats::list_exhaustion::test_with_absolute_majority_of_votes_but_not_seats_and_list_exhaustion",
        24,
        numbered((7501,) + (0,) * 11, (1249, 0), (1249, 0), (1249, 0), (1249, 0), (1249, 0), (1248, 0), (7,)),
        seats_of(12, 2, 2, 2, 2, 2, 2, 0),
        trace=[("HA", n) for n in range(2, 8)] + [("P9", 7, 1), ("P10", 1), ("HA", 7)],
    ),
    Example(
        "gte19 every list exhausted: a seat stays empty",
        SA + " gte_19_seats::list_exhaustion::test_with_all_lists_exhausted_leaves_seat_unassigned",
        20,
        numbered((500,) * 4, (400,) * 5, (400,) * 4, (400,) * 4, (400, 400)),
        seats_of(4, 5, 4, 4, 2),
        trace=[("P10", 1)],
        unassigned=1,
    ),
    Example(
        "gte19 two lists exhausted: a seat stays empty",
        SA + " gte_19_seats::list_exhaustion::test_with_2_exhausted_lists_leaves_seat_unassigned",
        20,
        numbered((500,) * 4, (500,) * 4, (400,) * 4, (400,) * 4, (400, 400, 0)),
        seats_of(4, 4, 4, 4, 3),
        trace=[("P10", 1), ("P10", 2), ("HA", 5)],
        unassigned=1,
    ),
    Example(
        "gte19 a deceased candidate exhausts a list",
        SA + " gte_19_seats::list_exhaustion::test_with_list_exhaustion_due_to_deceased_candidates",
        20,
        numbered((810,) + (0,) * 7, (620,) + (0,) * 6, (570,) + (0,) * 6),
        seats_of(7, 7, 6),
        trace=[("HA", 3), ("P10", 1), ("HA", 2)],
        deceased=frozenset({(1, 8)}),
    ),
    Example(
        "gte19 full seat removed (whole election)",
        FRONTEND + "gte-19-seats-and-p10-full-seat-removal.ts",
        20,
        numbered(
            (500,) * 4, (400, 400, 400, 400, 400, 0), (400, 400, 400, 400, 0), (400, 400, 400, 400, 0), (400, 400, 0, 0)
        ),
        seats_of(4, 6, 4, 4, 2),
        elected={1: (1, 2, 3, 4), 2: (1, 2, 3, 4, 5, 6), 3: (1, 2, 3, 4), 4: (1, 2, 3, 4), 5: (1, 2)},
    ),
]
