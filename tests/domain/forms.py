"""Test helpers: a known-good form, and hypothesis strategies for consistent forms.

Consistent forms are built from the candidate votes upward, so that every
relation of DESIGN §5 holds and no rule -- error or warning -- fires."""

from __future__ import annotations

from hypothesis import strategies as st

from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation import validate

SHAPE = ElectionShape.of(False, {1: 2, 2: 2})

#: A correct GR form: D = H = 153, nothing fires.
GOOD = {
    "A": 150,
    "B": 3,
    "D": 153,
    "E.1": 100,
    "E.2": 50,
    "E": 150,
    "F": 1,
    "G": 2,
    "H": 153,
    "I": 0,
    "J": 0,
    "K.eq": True,
    "K.gt": False,
    "K.lt": False,
    "K.yes": False,
    "K.no": False,
    "L1.1": 60,
    "L1.2": 40,
    "L1.T": 100,
    "L2.1": 30,
    "L2.2": 20,
    "L2.T": 50,
}


def form(changes: dict | None = None, base: dict | None = None, shape: ElectionShape = SHAPE) -> Results:
    """GOOD (or ``base``) with ``changes`` applied; a value of None empties a field."""
    values = dict(GOOD if base is None else base)
    values.update(changes or {})
    return Results.from_mapping(shape, values)


def fired(results: Results) -> set[tuple[str, int | None]]:
    """Every (code, list) that validate reports."""
    return {(m.code, m.list_number) for m in validate(results).messages}


@st.composite
def shapes(draw: st.DrawFn, max_lists: int = 4, max_candidates: int = 5) -> ElectionShape:
    numbers = draw(st.sets(st.integers(1, 40), min_size=1, max_size=max_lists))
    return ElectionShape.of(draw(st.booleans()), {n: draw(st.integers(1, max_candidates)) for n in numbers})


@st.composite
def consistent_forms(draw: st.DrawFn, shape: ElectionShape | None = None) -> Results:
    shape = shape or draw(shapes())
    values: dict[str, object] = {}
    e_total = 0
    for number, size in shape.lists:
        votes = draw(st.lists(st.integers(0, 400), min_size=size, max_size=size))
        if number == shape.list_numbers[0] and e_total + sum(votes) == 0:
            votes[0] = 1  # at least one vote: H = 0 would rightly warn (W.204)
        for position, count in enumerate(votes, start=1):
            values[f"L{number}.{position}"] = count
        values[f"L{number}.T"] = values[f"E.{number}"] = sum(votes)
        e_total += sum(votes)
    values["E"] = e_total
    # Below ⌈3% of E⌉ is below ⌈3% of H⌉ too, since H ≥ E: no W.201/W.202.
    small = st.integers(0, (3 * e_total + 99) // 100 - 1)
    values["F"], values["G"] = draw(small), draw(small)
    h = values["H"] = e_total + values["F"] + values["G"]  # type: ignore[operator]
    # |D - H| < 15 and < 2% of H: no W.203.
    max_gap = min(14, (2 * h - 1) // 100)
    d = values["D"] = h + draw(st.integers(-max_gap, max_gap))
    values["A"] = draw(st.integers(0, d))
    if shape.has_voter_cards:
        values["B"] = draw(st.integers(0, d - values["A"]))
        values["C"] = d - values["A"] - values["B"]
    else:
        values["B"] = d - values["A"]
    unticked = st.sampled_from([False, None])
    comparison = "K.eq" if d == h else "K.gt" if h > d else "K.lt"
    for box in ("K.eq", "K.gt", "K.lt"):
        values[box] = True if box == comparison else draw(unticked)
    if d == h:
        values["I"], values["J"] = draw(st.sampled_from([0, None])), draw(st.sampled_from([0, None]))
        values["K.yes"], values["K.no"] = (
            draw(st.sampled_from([True, False, None])),
            draw(st.sampled_from([True, False, None])),
        )
    else:
        more, fewer = ("I", "J") if h > d else ("J", "I")
        values[more], values[fewer] = abs(h - d), draw(st.sampled_from([0, None]))
        explained = draw(st.booleans())
        values["K.yes"], values["K.no"] = (True, draw(unticked)) if explained else (draw(unticked), True)
    return Results.from_mapping(shape, values)
