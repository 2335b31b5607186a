"""The numbers digest of a totals sheet (kiosk.domain.sheet_digest): its text is what the README
documents, and any changed number, station or identity changes it."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.sheet_digest import (
    canonical_text,
    groups,
    numbers_digest,
    station_ranges,
    typed_matches,
    value_text,
)
from kiosk.domain.tabulation import sum_results

SHAPE = ElectionShape.of(False, {1: 2, 2: 1})


def station(a: int, b: int, votes: tuple[int, int, int], f: int = 1, g: int = 0) -> Results:
    l11, l12, l21 = votes
    e = l11 + l12 + l21
    h = e + f + g
    d = a + b
    values = {
        "A": a,
        "B": b,
        "D": d,
        "E.1": l11 + l12,
        "E.2": l21,
        "E": e,
        "F": f,
        "G": g,
        "H": h,
        "K.eq": d == h,
        "K.gt": h > d,
        "K.lt": h < d,
        "I": max(0, h - d) or None,
        "J": max(0, d - h) or None,
        "K.yes": d != h,
        "K.no": False,
        "L1.1": l11,
        "L1.2": l12,
        "L1.T": l11 + l12,
        "L2.1": l21,
        "L2.T": l21,
    }
    return Results.from_mapping(SHAPE, values)


RESULTS = {1: station(100, 2, (50, 30, 21)), 2: station(80, 0, (40, 20, 19), f=0), 3: station(10, 1, (5, 3, 2), f=2)}


def test_the_text_is_the_documented_one():
    totals = sum_results(SHAPE, RESULTS)
    text = canonical_text("GR2026_Juinen", "0999", totals)
    assert text.splitlines() == [
        "stemkiosk-cijfers/1",
        "verkiezing GR2026_Juinen",
        "gemeente 0999",
        "stembureaus 1-3",
        "A 190",
        "B 3",
        "D 193",
        "E.1 148",
        "E.2 42",
        "E 190",
        "F 3",
        "G 0",
        "H 193",
        "I 1",
        "J 1",
        "L1.1 95",
        "L1.2 53",
        "L1.T 148",
        "L2.1 42",
        "L2.T 42",
    ]
    assert text.endswith("\n") and "\r" not in text
    assert numbers_digest("GR2026_Juinen", "0999", totals) == hashlib.sha256(text.encode()).hexdigest()


def test_every_total_is_in_the_text_in_the_papers_order():
    totals = sum_results(SHAPE, RESULTS)
    lines = canonical_text("X", "0999", totals).splitlines()[4:]
    assert [line.split()[0] for line in lines] == [code for code, _ in totals.counts]
    assert [int(line.split()[1]) for line in lines] == [value for _, value in totals.counts]


def test_a_partial_sheet_adds_every_stations_fields():
    totals = sum_results(SHAPE, RESULTS)
    lines = canonical_text("X", "0999", totals, RESULTS).splitlines()
    at = lines.index("stembureau 2")
    assert lines[at + 1 : at + 1 + len(SHAPE_CODES)] == [f"{c} {value_text(RESULTS[2][c])}" for c in SHAPE_CODES]
    assert "K.eq x" in lines and "K.no -" in lines and "I -" in lines  # ticks and an empty I
    assert numbers_digest("X", "0999", totals, RESULTS) != numbers_digest("X", "0999", totals)


SHAPE_CODES = tuple(Results.empty(SHAPE))


def test_station_ranges():
    assert station_ranges([]) == ""
    assert station_ranges([5]) == "5"
    assert station_ranges([3, 1, 2, 5, 7, 8]) == "1-3,5,7-8"
    assert station_ranges([1, 1, 2]) == "1-2"


@settings(max_examples=60, deadline=None)
@given(
    station_number=st.sampled_from(sorted(RESULTS)),
    code=st.sampled_from(["A", "B", "L1.1", "L1.2", "L2.1", "F"]),
    delta=st.sampled_from([-1, 1, 9, 10, 100]),
)
def test_any_changed_number_changes_the_digest(station_number, code, delta):
    """One number altered (by pen, by a misread) at one station: the partial digest differs, even
    when the station's other numbers are changed so that every total stays the same."""
    before = numbers_digest("X", "0999", sum_results(SHAPE, RESULTS), RESULTS)
    value = RESULTS[station_number][code]
    if value + delta < 0:
        delta = -delta
    changed = dict(RESULTS)
    changed[station_number] = RESULTS[station_number].with_value(code, value + delta)
    assert numbers_digest("X", "0999", sum_results(SHAPE, changed), changed) != before
    # moved between stations, totals equal: only the station lines tell
    other = next(n for n in RESULTS if n != station_number)
    if RESULTS[other][code] >= delta:
        moved = dict(changed)
        moved[other] = RESULTS[other].with_value(code, RESULTS[other][code] - delta)
        assert sum_results(SHAPE, moved).counts == sum_results(SHAPE, RESULTS).counts
        assert numbers_digest("X", "0999", sum_results(SHAPE, moved), moved) != before


def test_identity_and_stations_are_in_the_digest():
    totals = sum_results(SHAPE, RESULTS)
    base = numbers_digest("GR2026_A", "0999", totals)
    assert numbers_digest("GR2026_B", "0999", totals) != base
    assert numbers_digest("GR2026_A", "0998", totals) != base
    fewer = {n: r for n, r in RESULTS.items() if n != 3}
    assert numbers_digest("GR2026_A", "0999", sum_results(SHAPE, fewer)) != base


def test_typed_groups():
    digest = hashlib.sha256(b"x").hexdigest()
    g = groups(digest)
    assert len(g) == 16 and "".join(g) == digest
    assert typed_matches(digest, (3, 11), (g[3].upper(), " " + g[11]))
    assert typed_matches(digest, (11, 3), (g[3], g[11]))  # answers in ascending index order
    assert not typed_matches(digest, (3, 11), (g[11], g[3]))
    assert not typed_matches(digest, (3,), (g[3],))  # one group proves too little
    assert not typed_matches(digest, (3, 11), (g[3],))
    assert not typed_matches(digest, (3, 16), (g[3], "0000"))
