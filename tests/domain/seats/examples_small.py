"""Worked examples for fewer than 19 seats (see ``examples``: sources and notation)."""

from __future__ import annotations

from fractions import Fraction

from .examples_base import FRONTEND, LIB, NOMINATION, SA, Example, numbered, seats_of

GR2022_15 = numbered(
    (1069, 303, 321, 210, 36, 101, 79, 121, 150, 149, 15, 17),
    (452, 39, 81, 76, 35, 109, 29, 25, 17, 6, 18, 9, 25, 30, 5, 18, 3),
    (229, 63, 65, 9, 10, 58, 29, 50, 6, 11, 37),
    (347, 33, 14, 82, 30, 30),
    (266, 36, 39, 36, 38, 38),
)

GR2022_17 = numbered(
    (754, 85, 84, 40, 31, 15, 2, 38, 3, 4, 8, 8, 4, 17, 5, 3, 15),
    (274, 48, 11, 76, 10, 66),
    (470, 47, 53, 131, 31, 62, 10, 4, 1, 10, 13),
    (382, 109, 55, 12, 29, 29, 9, 2, 6, 13, 12),
    (323, 46, 106, 16, 6, 31, 20, 34, 6, 13),
    (253, 221, 93, 9, 18, 7, 12, 36),
    (169, 123, 26, 209, 3, 11, 11, 3, 22, 6, 7, 1, 15),
    (189, 17, 7, 40, 4, 7, 3, 9, 2, 23, 9, 9, 4, 3),
    (439, 64, 78, 22, 71, 21, 37, 9, 20, 7, 38, 378),
    (716,),
    (221, 53, 15, 7, 27, 57),
)

# -- fewer than 19 seats -------------------------------------------------------------------------------

SMALL = [
    Example(
        "lt19 no residual seats",
        SA + " lt_19_seats::test_without_remainder_seats",
        15,
        numbered(480, 160, 160, 160, 80, 80, 80),
        seats_of(6, 2, 2, 2, 1, 1, 1),
        trace=[],
        quota=Fraction(80),
    ),
    Example(
        "lt19 largest remainders",
        SA + " lt_19_seats::test_with_residual_seats_assigned_with_largest_remainders_method",
        15,
        numbered(540, 160, 160, 80, 80, 80, 60, 40),
        seats_of(7, 2, 2, 1, 1, 1, 1, 0),
        trace=[("LR", 1), ("LR", 7)],
        quota=Fraction(80),
    ),
    Example(
        "lt19 one list meets 75 %, then highest averages one per list",
        SA + " lt_19_seats::test_with_1_list_that_meets_threshold",
        15,
        numbered(808, 59, 58, 57, 56, 55, 54, 53),
        seats_of(12, 1, 1, 1, 0, 0, 0, 0),
        trace=[("LR", 1), ("HA1", 1), ("HA1", 2), ("HA1", 3), ("HA1", 4)],
    ),
    Example(
        "lt19 remainder 0 still wins a residual seat",
        SA + " lt_19_seats::test_with_3_lists_that_meet_threshold_0_remainders",
        15,
        numbered(480, 240, 240, 55, 50, 45, 45, 45),
        seats_of(7, 4, 4, 0, 0, 0, 0, 0),
        trace=[("LR", 1), ("LR", 2), ("LR", 3)],
    ),
    Example(
        "lt19 no list meets 75 %",
        SA + " lt_19_seats::test_with_0_lists_that_meet_threshold",
        3,
        numbered(8, 7, 6, 5, 4, 3, 2, 1, 1, 1),
        seats_of(1, 1, 1, 0, 0, 0, 0, 0, 0, 0),
        trace=[("HA1", 1), ("HA1", 2), ("HA1", 3)],
    ),
    Example(
        "lt19 highest averages one per list (regression)",
        SA + " lt_19_seats::test_1st_round_unique_highest_averages_method_regression",
        10,
        numbered(0, 3, 5, 6, 7, 79),
        seats_of(0, 0, 0, 0, 1, 9),
        trace=[("LR", 6), ("HA1", 6), ("HA1", 5)],
    ),
    Example(
        "lt19 no votes at all",
        SA + " lt_19_seats::test_with_0_votes",
        10,
        numbered(0, 0, 0, 0, 0),
        seats_of(0, 0, 0, 0, 0),
        trace=[],
        unassigned=10,
        quota=Fraction(0),
    ),
    Example(
        "lt19 absolute majority (GR2022), with the elected candidates",
        SA + " lt_19_seats::test_with_absolute_majority_of_votes_but_not_seats; " + NOMINATION,
        15,
        GR2022_15,
        seats_of(8, 3, 2, 1, 1),
        trace=[("LR", 2), ("LR", 3), ("LR", 4), ("P9", 4, 1)],
        elected={1: (1, 3, 2, 4, 5, 6, 7, 8), 2: (1, 2, 3), 3: (1, 2), 4: (1,), 5: (1,)},
        quota=Fraction(5104, 15),
    ),
    Example(
        "lt19 absolute majority (GR2022) with a deceased candidate",
        NOMINATION + " test_with_lt_19_seats_and_preferential_candidate_nomination_and_deceased_candidates",
        15,
        GR2022_15,
        seats_of(8, 3, 2, 1, 1),
        elected={1: (1, 3, 2, 4, 5, 6, 7, 8), 2: (1, 2, 4), 3: (1, 2), 4: (1,), 5: (1,)},
        deceased=frozenset({(2, 3)}),
    ),
    Example(
        "lt19 exactly half of the votes is no majority",
        SA + " lt_19_seats::test_exactly_half_of_votes_should_not_trigger_absolute_majority_reassignment",
        15,
        numbered(2552, 987, 570, 539, 456),
        seats_of(7, 3, 2, 2, 1),
        trace=[("LR", 2), ("LR", 3), ("LR", 4)],
    ),
    Example(
        "lt19 preference votes and list order",
        LIB + " test_apportionment_process",
        15,
        numbered(540, 160, 160, 80, 80, 80, 60, 40),
        seats_of(7, 2, 2, 1, 1, 1, 1, 0),
        elected={1: (1, 2, 3, 4, 5, 6, 7), 2: (1, 2), 3: (1, 2), 4: (1,), 5: (1,), 6: (1,), 7: (1,), 8: ()},
    ),
    Example(
        "lt19 deceased candidates are passed over",
        LIB + " test_apportionment_process_with_deceased_candidates",
        15,
        numbered(540, 160, 160, 80, 80, 80, 60, 40),
        seats_of(7, 2, 2, 1, 1, 1, 1, 0),
        elected={1: (2, 3, 4, 5, 6, 7, 8), 2: (1, 2), 3: (1, 2), 4: (1,), 5: (1,), 6: (1,), 7: (1,), 8: ()},
        deceased=frozenset({(1, 1), (1, 50)}),
    ),
]

SMALL_LOTS = [
    Example(
        "lt19 absolute majority with a lot among the last residual seats",
        SA
        + " lt_19_seats::drawing_of_lots::test_with_absolute_majority_of_votes_but_not_seats_with_drawing_of_lots_required",
        15,
        numbered(2552, 511, 511, 511, 509, 509),
        seats_of(8, 2, 1, 2, 1, 1),
        trace=[("LR", 2), ("LR", 3), ("LR", 4), ("P9", 3, 1)],
        lots=(3,),
        quota=Fraction(5103, 15),
    ),
    Example(
        "lt19 lot between remainders of 0",
        SA + " lt_19_seats::drawing_of_lots::test_with_0_remainders_drawing_of_lots_one_list_drawn",
        15,
        numbered(540, 160, 160, 80, 80, 80, 55, 45),
        seats_of(7, 2, 2, 1, 1, 2, 0, 0),
        trace=[("LR", 1), ("LR", 6)],
        lots=(6,),
    ),
    Example(
        "lt19 four lots in a row",
        SA + " lt_19_seats::drawing_of_lots::test_with_drawing_of_lots_multiple_lists_drawn",
        15,
        numbered(500, 140, 140, 140, 140, 140),
        seats_of(6, 2, 1, 2, 2, 2),
        trace=[("LR", 4), ("LR", 2), ("LR", 5), ("LR", 6)],
        lots=(4, 2, 5, 6),
    ),
    Example(
        "lt19 lots for highest averages one per list",
        SA
        + " lt_19_seats::drawing_of_lots::test_triggering_1st_round_unique_highest_average_assignment_with_same_averages",
        3,
        numbered((2000,), (2000,), (2000,), (2000,), (2000,)),
        seats_of(0, 1, 1, 1, 0),
        trace=[("HA1", 3), ("HA1", 4), ("HA1", 2)],
        lots=(3, 4, 2),
    ),
    Example(
        "lt19 lot after list exhaustion",
        SA
        + " lt_19_seats::drawing_of_lots::test_with_list_exhaustion_triggering_2nd_round_highest_average_assignment_with_same_averages",
        5,
        numbered((3, 2), (3, 2), (25, 25)),
        seats_of(1, 2, 2),
        trace=[("LR", 3), ("P10", 3), ("P10", 3), ("P10", 3), ("HA1", 1), ("HA1", 2), ("HA", 2)],
        lots=(2,),
    ),
    Example(
        "lt19 candidates tied on preference votes (two lots on one list, one on another)",
        FRONTEND + "lt-19-seats-and-p15-drawing-lots.ts",
        15,
        numbered(
            (600, 550, 500, 500, 500, 550),
            (500, 350, 400, 300, 300, 450),
            (400, 100, 200, 150, 300, 350),
            (300, 150, 200, 200, 100, 250),
            (300, 300, 50, 0, 0, 50),
        ),
        seats_of(5, 4, 3, 2, 1),
        elected={1: (1, 2, 6, 5, 4), 2: (1, 6, 3, 2), 3: (1, 6, 5), 4: (1, 2), 5: (2,)},
        lots=(5, 4, 2),
        quota=Fraction(8900, 15),
    ),
]

SMALL_EXHAUSTION = [
    Example(
        "lt19 exhaustion of full seats",
        SA + " lt_19_seats::list_exhaustion::test_with_list_exhaustion_during_full_seats_assignment",
        15,
        numbered((500,) * 4, (400,) * 4, (400,) * 3, (400,) * 2, (200,) * 2),
        seats_of(4, 4, 3, 2, 2),
        trace=[("P10", 1), ("LR", 5)],
    ),
    Example(
        "lt19 exhaustion after largest remainders (GR2022)",
        SA
        + " lt_19_seats::list_exhaustion::test_with_list_exhaustion_during_residual_seats_assignment_with_largest_remainders_method",
        17,
        GR2022_17,
        seats_of(3, 1, 2, 2, 1, 2, 1, 0, 3, 1, 1),
        trace=[("LR", 3), ("LR", 11), ("LR", 9), ("LR", 10), ("LR", 1), ("LR", 4), ("P10", 10), ("LR", 6)],
    ),
    Example(
        "lt19 exhaustion after highest averages one per list",
        SA
        + " lt_19_seats::list_exhaustion::test_with_list_exhaustion_during_residual_seats_assignment_with_unique_highest_averages_method",
        10,
        numbered((0,), (3,), (5,), (6,), (7,), (10, 10, 10, 10, 10, 10, 10, 9)),
        seats_of(0, 0, 0, 1, 1, 8),
        trace=[("LR", 6), ("HA1", 6), ("HA1", 5), ("P10", 6), ("HA1", 4)],
    ),
    Example(
        "lt19 exhaustion, then highest averages without the one-per-list limit (equal averages)",
        SA
        + " lt_19_seats::list_exhaustion::test_with_list_exhaustion_triggering_2nd_round_highest_average_assignment_with_same_averages",
        6,
        numbered((3, 2), (3, 2), (25, 25)),
        seats_of(2, 2, 2),
        trace=[("LR", 3)] + [("P10", 3)] * 4 + [("HA1", 1), ("HA1", 2), ("HA", 1), ("HA", 2)],
        elected={1: (1, 2), 2: (1, 2), 3: (1, 2)},
    ),
    Example(
        "lt19 exhaustion, then highest averages without the one-per-list limit (different averages)",
        SA
        + " lt_19_seats::list_exhaustion::test_with_list_exhaustion_triggering_2nd_round_highest_average_assignment_with_different_averages",
        6,
        numbered((3, 3), (2, 2), (25, 25)),
        seats_of(2, 2, 2),
        trace=[("LR", 3)] + [("P10", 3)] * 4 + [("HA1", 1), ("HA1", 2), ("HA", 1), ("HA", 2)],
    ),
    Example(
        "lt19 absolute majority, then the majority list is exhausted",
        SA + " lt_19_seats::list_exhaustion::test_with_absolute_majority_of_votes_but_not_seats_and_list_exhaustion",
        15,
        numbered((2571,) + (0,) * 6, (977, 0, 0, 0), (567, 0), (536, 0), (453, 0)),
        seats_of(7, 3, 2, 2, 1),
        trace=[("LR", 2), ("LR", 3), ("LR", 4), ("P9", 4, 1), ("P10", 1), ("LR", 4)],
    ),
    Example(
        "lt19 absolute majority and exhaustion give a list its largest remainder back",
        SA
        + " lt_19_seats::list_exhaustion::test_with_absolute_majority_of_votes_but_not_seats_and_list_exhaustion_triggering_unique_highest_averages_assignment",
        8,
        numbered((32, 0, 0, 0, 0), (41, 0, 0), (7,)),
        seats_of(4, 3, 1),
        trace=[("LR", 1), ("P9", 1, 2), ("P10", 2), ("P10", 2), ("LR", 1), ("HA1", 3)],
    ),
    Example(
        "lt19 absolute majority and exhaustion, several highest averages one per list",
        SA
        + " lt_19_seats::list_exhaustion::test_with_absolute_majority_of_votes_but_not_seats_and_list_exhaustion_triggering_multiple_unique_highest_averages_assignment",
        8,
        numbered((537, 0), (10,), (426, 0, 0, 0, 0, 0)),
        seats_of(2, 1, 5),
        trace=[("LR", 3), ("P9", 3, 1), ("P10", 1), ("P10", 1), ("P10", 1), ("LR", 3), ("HA1", 3), ("HA1", 2)],
    ),
    Example(
        "lt19 every list exhausted: a seat stays empty",
        SA + " lt_19_seats::list_exhaustion::test_with_all_lists_exhausted_leaves_seat_empty",
        15,
        numbered((500,) * 4, (400,) * 4, (400,) * 3, (400,) * 2, (400,)),
        seats_of(4, 4, 3, 2, 1),
        trace=[("P10", 1)],
        unassigned=1,
    ),
    Example(
        "lt19 two lists exhausted: a seat stays empty",
        SA + " lt_19_seats::list_exhaustion::test_with_2_exhausted_lists_leaves_seat_unassigned",
        15,
        numbered((500,) * 4, (500,) * 4, (400,) * 3, (400, 0), (400,)),
        seats_of(4, 4, 3, 2, 1),
        trace=[("P10", 1), ("P10", 2), ("LR", 4)],
        unassigned=1,
    ),
    Example(
        "lt19 a deceased candidate exhausts a list",
        SA + " lt_19_seats::list_exhaustion::test_with_list_exhaustion_due_to_deceased_candidates",
        15,
        numbered((610,) + (0,) * 5, (520,) + (0,) * 6, (370,) + (0,) * 4),
        seats_of(5, 6, 4),
        trace=[("LR", 3), ("P10", 1), ("LR", 2)],
        deceased=frozenset({(1, 6)}),
    ),
    Example(
        "lt19 lists with zero votes take no seat; the rest stay empty",
        SA + " gte_19_seats::list_exhaustion::test_lists_with_zero_vote_not_assigned_seats",
        10,
        numbered((500, 0, 0, 0, 0), (0,), (0,), (0,), (0,)),
        seats_of(5, 0, 0, 0, 0),
        trace=[("P10", 1)] * 5,
        unassigned=5,
    ),
    Example(
        "lt19 absolute majority list exhausted (whole election)",
        FRONTEND + "lt-19-seats-and-p9-and-p10.ts",
        15,
        numbered((1069, 403, 421, 310, 368), (552, 68, 181, 176), (329, 238), (447, 89), (266, 187)),
        seats_of(5, 4, 2, 2, 2),
        elected={1: (1, 3, 2, 5, 4), 2: (1, 3, 4, 2), 3: (1, 2), 4: (1, 2), 5: (1, 2)},
    ),
    Example(
        "lt19 not all seats assigned, a deceased candidate (whole election)",
        FRONTEND + "lt-19-seats-and-not-all-seats-assigned.ts",
        6,
        numbered((3, 3), (2, 2), (25, 25)),
        seats_of(1, 2, 2),
        elected={1: (2,), 2: (1, 2), 3: (1, 2)},
        deceased=frozenset({(1, 1)}),
        unassigned=1,
    ),
    Example(
        "lt19 exhaustion with a deceased candidate (whole election)",
        FRONTEND + "lt-19-seats-and-p10-and-deceased-candidate.ts",
        10,
        numbered((515,) + (0,) * 9, (74, 0), (73,), (72, 0), (71, 0), (70, 0), (60, 0), (60, 0)),
        seats_of(7, 1, 0, 1, 1, 0, 0, 0),
        elected={1: (1, 2, 3, 4, 5, 6, 7), 2: (1,), 3: (), 4: (1,), 5: (1,), 6: (), 7: (), 8: ()},
        deceased=frozenset({(3, 1)}),
    ),
]

# The five deceased-candidate scenarios of lib.rs: 5 seats, quota 96, initial [3, 1, 1].
DECEASED = [
    Example(
        f"lt19 deceased scenario {name}",
        LIB + " test_apportionment_process_with_deceased_scenarios",
        5,
        numbered((300, 0, 0), (100, 0), (80, 0)),
        dict(enumerate(expected, start=1)),
        deceased=frozenset(dead),
    )
    for name, dead, expected in [
        ("none", (), (3, 1, 1)),
        ("alive still cover the seats", {(2, 2)}, (3, 1, 1)),
        ("one seat from list 1 to list 2", {(1, 3)}, (2, 2, 1)),
        ("two seats: largest remainder, then highest average", {(1, 2), (1, 3)}, (1, 2, 2)),
        ("all of list 3", {(3, 1), (3, 2)}, (3, 2, 0)),
    ]
]
