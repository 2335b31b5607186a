"""The form's own arithmetic as a guard against confident misreadings.

A paper PV obeys sums (A+B+C = D, E+F+G = H, the candidates of a list add up
to its total, ...). When every field of such a sum has a proposal and the
proposals do not add up, at least one reading is wrong -- or the paper itself
is wrong -- so all proposals of that sum are withdrawn and the verifier types
them. The arithmetic never fills in or changes a value (DESIGN §8); it only
takes proposals away.
"""

from __future__ import annotations

from dataclasses import replace

from ocr.fields import NO_PROPOSAL, PROPOSED, FieldReading


def relations(template: dict, codes: set[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(left, right) code groups with sum(left) == sum(right) on a correct form,
    limited to relations whose fields are all in ``codes`` (one page)."""
    found = []

    def add(left, right):
        if set(left) | set(right) <= codes:
            found.append((tuple(left), tuple(right)))

    add(["A", "B", "C"] if template.get("has_C") else ["A", "B"], ["D"])
    add(["E", "F", "G"], ["H"])
    list_numbers = [pl["number"] for pl in template["lists"]]
    add([f"E.{n}" for n in list_numbers], ["E"])
    for pl in template["lists"]:
        n = pl["number"]
        add([f"L{n}.{c}" for c in range(1, pl["candidates"] + 1)], [f"L{n}.T"])
        add([f"L{n}.T"], [f"E.{n}"])
    return found


def withdraw_inconsistent(template: dict, readings: dict[str, FieldReading]) -> dict[str, FieldReading]:
    """``readings`` with the proposals of every failing sum withdrawn."""
    value = {c: r.value for c, r in readings.items() if r.status == PROPOSED}
    suspect: set[str] = set()
    for left, right in relations(template, set(readings)):
        if all(c in value for c in left + right) and sum(value[c] for c in left) != sum(value[c] for c in right):
            suspect.update(left + right)
    # H - D = I - J, told by the K tick boxes which of I and J should hold the difference.
    if {"D", "H", "I", "J"} <= set(value):
        if value["H"] - value["D"] != value["I"] - value["J"]:
            suspect.update(("D", "H", "I", "J"))
    return {
        code: replace(reading, value=None, status=NO_PROPOSAL) if code in suspect and reading.kind == "count" else reading
        for code, reading in readings.items()
    }
