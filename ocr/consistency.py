"""The form's own arithmetic: corroboration of readings, and a guard against confident misreadings.

A paper PV obeys sums (A+B+C = D, E+F+G = H, the votes per list add up to E,
the candidates of a list add up to its total, H+J = D+I). `propose` turns the
readings of one page (read at threshold 0, see `ocr.fields.read_fields`) into
the proposals the verifier sees:

- a sum **holds** when every field in it has a reading of at least
  `CORROBORATED` confidence and the readings add up. Each of its fields is then
  proposed: one misread field cannot make a sum hold, so the sum itself vouches
  for a reading the classifier alone was less sure of (DESIGN §8: "arithmetic
  may raise confidence in a reading");
- a sum **fails** when every field has such a reading and they do not add up:
  at least one reading is wrong, or the paper is. For each field the module
  asks how plausible the value is that would make the sum hold, as the odds
  P(boxes as needed) / P(boxes as read) from the classifier's probabilities:
  - no field reaches `WEAK_SUSPECT`: nothing explains the difference (two
    misreadings, or a wrong paper): every proposal of the sum is withdrawn;
  - otherwise every field that reaches `WEAK_SUSPECT` is withdrawn, and,
    unless one reaches `STRONG_SUSPECT` (a clear culprit), so is every field
    below `SURE`. What is left stands on its own confidence only. A
    confident misreading still leaves its true digit some probability
    (on the benchmark's and the calibration's pages: 1e-5 or more wherever
    the wrong digit had 0.99), so it is among the suspects. Without a clear
    culprit, a field stays only when it is at least `SURE` and gives the
    sum's value less than `WEAK_SUSPECT` odds.
- any other field is proposed when its own confidence reaches the threshold.

The arithmetic never fills in or changes a value: it only decides which
readings are proposed. Blank fields never take part in a sum (an empty box is
not a 0 on paper).

Only handwritten counts (kind "count") are weighed. Ticks, signatures and
machine-printed numbers (kind "printed", a transfer page: ocr.printed_fields)
pass through as read: a printed reading has no box probabilities to weigh, it is
proposed only when it looks exactly as printed, and a transfer page's numbers are
checked against the sheet's digest afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ocr.digits.labels import BLANK
from ocr.fields import DEFAULT_THRESHOLD, NO_PROPOSAL, PROPOSED, FieldReading

#: A reading takes part in a sum from this confidence on (and is proposed when the sum holds).
CORROBORATED = 0.5
#: In a failing sum, a field that would make it hold with at least these odds (probability of its
#: boxes as the sum needs them / as read) is withdrawn; when no field reaches them, all are.
WEAK_SUSPECT = 1e-6
#: A field explaining a failing sum with at least these odds is a clear culprit ...
STRONG_SUSPECT = 1e-2
#: ... without one, the fields of a failing sum below this confidence are withdrawn too.
SURE = 0.999


@dataclass(frozen=True)
class Relation:
    """sum(left) == sum(right) on a correct paper."""

    left: tuple[str, ...]
    right: tuple[str, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return self.left + self.right

    def side(self, code: str) -> int:
        """+1 for a field on the left, -1 on the right (0 if on both, which no form has)."""
        return (code in self.left) - (code in self.right)


def relations(template: dict, codes: set[str]) -> list[Relation]:
    """The sums of the form whose fields are all in ``codes`` (one page)."""
    found = []

    def add(left, right):
        if set(left) | set(right) <= codes:
            found.append(Relation(tuple(left), tuple(right)))

    add(["A", "B", "C"] if template.get("has_C") else ["A", "B"], ["D"])
    add(["E", "F", "G"], ["H"])
    # H - D = I - J: the difference between ballots counted and voters admitted is explained.
    add(["H", "J"], ["D", "I"])
    list_numbers = [pl["number"] for pl in template["lists"]]
    add([f"E.{n}" for n in list_numbers], ["E"])
    for pl in template["lists"]:
        n = pl["number"]
        add([f"L{n}.{c}" for c in range(1, pl["candidates"] + 1)], [f"L{n}.T"])
        add([f"L{n}.T"], [f"E.{n}"])
    return found


def explanation_odds(reading: FieldReading, value: int) -> float:
    """How much more (or less) likely the classifier found the boxes to say ``value`` than what it read:
    the product, over the boxes that would differ, of P(needed) / P(read). 0 when ``value`` does not fit
    the boxes or needs ink where the paper is empty."""
    boxes = reading.box_probabilities
    if value < 0 or len(str(value)) > len(boxes) or reading.value is None:
        return 0.0
    read, needed = _right_aligned(reading.value, len(boxes)), _right_aligned(value, len(boxes))
    odds = 1.0
    for probabilities, was, wants in zip(boxes, read, needed):
        if was == wants:
            continue
        if probabilities is None:  # empty paper: no digit was written here
            return 0.0
        odds *= probabilities[wants] / max(probabilities[was], 1e-300)
    return odds


def _right_aligned(value: int, boxes: int) -> list[int]:
    digits = [int(ch) for ch in str(value)]
    return [BLANK] * (boxes - len(digits)) + digits


def checked_sums(template: dict, readings: dict[str, FieldReading]) -> list[tuple[Relation, int]]:
    """The page's sums whose fields all have a reading of at least `CORROBORATED`, each with its
    difference (left − right; 0: it holds). A sum with a field unread cannot be checked and is left out."""
    usable = {
        code: r.value
        for code, r in readings.items()
        if r.kind == "count" and r.status == PROPOSED and r.confidence >= CORROBORATED
    }
    return [
        (relation, sum(usable[c] for c in relation.left) - sum(usable[c] for c in relation.right))
        for relation in relations(template, set(readings))
        if all(code in usable for code in relation.codes)
    ]


def propose(
    template: dict, readings: dict[str, FieldReading], threshold: float = DEFAULT_THRESHOLD
) -> dict[str, FieldReading]:
    """Readings of one page taken at threshold 0 → the page's proposals (same keys, same order)."""
    holding: set[str] = set()
    withdrawn: set[str] = set()
    for relation, difference in checked_sums(template, readings):
        if difference == 0:
            holding.update(relation.codes)
            continue
        odds = {
            code: explanation_odds(readings[code], readings[code].value - relation.side(code) * difference)
            for code in relation.codes
        }
        best = max(odds.values())
        if best < WEAK_SUSPECT:
            withdrawn.update(relation.codes)
        elif best >= STRONG_SUSPECT:
            withdrawn.update(code for code, o in odds.items() if o >= WEAK_SUSPECT)
        else:
            withdrawn.update(code for code, o in odds.items() if o >= WEAK_SUSPECT or readings[code].confidence < SURE)
    out = {}
    for code, reading in readings.items():
        if reading.kind != "count" or reading.status == NO_PROPOSAL:  # e.g. "printed": left as read
            out[code] = reading
            continue
        if reading.confidence >= threshold and code not in withdrawn:
            out[code] = replace(reading, basis="confidence")
        elif reading.status == PROPOSED and code in holding and code not in withdrawn:
            out[code] = replace(reading, basis="sum")
        else:
            out[code] = replace(reading, value=None, status=NO_PROPOSAL, basis=None)
    return out
