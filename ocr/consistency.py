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
  - when a field reaches `WEAK_SUSPECT`, every such field is withdrawn, and,
    unless one reaches `STRONG_SUSPECT` (a clear culprit), so is every field
    below `SURE`. What is left stands on its own confidence only. A
    confident misreading still leaves its true digit some probability
    (on the benchmark's and the calibration's pages: 1e-5 or more wherever
    the wrong digit had 0.99), so it is among the suspects. Without a clear
    culprit, a field stays only when it is at least `SURE` and gives the
    sum's value less than `WEAK_SUSPECT` odds;
  - no field reaches `WEAK_SUSPECT`: no single misreading explains the
    difference. A writer whose glyph reads as another digit misreads it
    wherever it recurs, so the module asks which two or three fields
    (`MOST_CULPRITS`) would together make the sum hold, their odds being the
    product of theirs. Only a clear explanation counts (`STRONG_SUSPECT`, so
    every field in it is itself in doubt): then every field of any
    explanation reaching `WEAK_SUSPECT` is withdrawn, the rest stays. Without
    one (two confident misreadings, a wrong paper) every proposal of the sum
    is withdrawn.
- when two or more sums of a page fail and one field explains all of them
  at once (the same value makes every failing sum hold, and it is in no sum
  that holds) with `STRONG_SUSPECT` odds, that field is the page's culprit:
  it is withdrawn, with every field of a two-field explanation of the whole
  page (every sum holding after the change) reaching `WEAK_SUSPECT`; another
  field that merely could have explained one of the failing sums stays, as
  it would need a second misreading to explain the rest. Without such a
  culprit each failing sum is weighed on its own, as above.
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

from collections import defaultdict
from dataclasses import dataclass, replace

from ocr.digits.labels import BLANK
from ocr.fields import DEFAULT_THRESHOLD, NO_PROPOSAL, PROPOSED, FieldReading

#: A reading takes part in a sum from this confidence on (and is proposed when the sum holds).
CORROBORATED = 0.5
#: In a failing sum, a field that would make it hold with at least these odds (probability of its
#: boxes as the sum needs them / as read) is withdrawn; when no field reaches them, all are, unless
#: several fields explain the sum together (`MOST_CULPRITS`): then every field of such an explanation is.
WEAK_SUSPECT = 1e-6
#: A field (or fields together) explaining a failing sum with at least these odds is a clear culprit ...
STRONG_SUSPECT = 1e-2
#: ... without one, the fields of a failing sum below this confidence are withdrawn too.
SURE = 0.999
#: A failing sum no single field explains may be explained by up to this many misread fields together;
#: only a clear explanation (`STRONG_SUSPECT`) counts.
MOST_CULPRITS = 3
#: Work limits of that search: other readings with at least `WEAK_SUSPECT` odds in one sum, combinations
#: tried. Beyond them nothing is explained: every proposal of the sum is withdrawn.
MAX_ALTERNATIVES = 2000
MAX_COMBINATIONS = 200_000


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


def alternatives(
    reading: FieldReading, floor: float = WEAK_SUSPECT, limit: int = MAX_ALTERNATIVES
) -> dict[int, float] | None:
    """Every other value the boxes could say with at least ``floor`` odds (`explanation_odds`), value → odds;
    None when there are more than ``limit``. Empty paper stays empty; a box read as a digit may be another
    digit or blank (a leading blank only), an inked box read as blank may hold a digit."""
    boxes = reading.box_probabilities
    if reading.value is None or len(str(reading.value)) > len(boxes):
        return {}
    read = _right_aligned(reading.value, len(boxes))
    options = []  # per box: (label, P(label) / P(read label)), the read label first
    for probabilities, was in zip(boxes, read):
        if probabilities is None:
            options.append([(was, 1.0)])
            continue
        base = max(probabilities[was], 1e-300)
        others = [(label, probabilities[label] / base) for label in (*range(10), BLANK) if label != was]
        options.append([(was, 1.0)] + [(label, ratio) for label, ratio in others if ratio >= floor])
    # A box's ratios are at most 1 when its read label is the most likely one; bound the rest anyway.
    rest = [1.0] * (len(options) + 1)
    for k in range(len(options) - 1, -1, -1):
        rest[k] = rest[k + 1] * max(1.0, max(ratio for _, ratio in options[k]))
    found: dict[int, float] = {}
    stack = [(0, (), 1.0)]
    while stack:
        k, labels, odds = stack.pop()
        if odds * rest[k] < floor:
            continue
        if k < len(options):
            stack.extend((k + 1, labels + (label,), odds * ratio) for label, ratio in options[k])
            continue
        value = _value_of(labels)
        if value is not None and value != reading.value:
            found[value] = max(found.get(value, 0.0), odds)
            if len(found) > limit:
                return None
    return found


def _value_of(labels: tuple[int, ...]) -> int | None:
    """The number right-aligned box labels spell; None for no digit, a gap, or a leading zero (that
    value is spelt with a blank there: `_right_aligned`)."""
    digits = [label for label in labels if label != BLANK]
    if not digits:
        return None
    value = int("".join(map(str, digits)))
    return value if _right_aligned(value, len(labels)) == list(labels) else None


def explanations(
    relation: Relation, difference: int, readings: dict[str, FieldReading], most: int = MOST_CULPRITS
) -> list[tuple[float, frozenset[str]]] | None:
    """The ways two to ``most`` (2 or 3) fields of a failing sum, read otherwise, make it hold with at
    least `WEAK_SUSPECT` odds (the product of theirs): (odds, fields), best first for the same fields.
    None when the search is beyond its work limits (`MAX_ALTERNATIVES`, `MAX_COMBINATIONS`)."""
    items = []  # (field, change of left − right, odds)
    for code in relation.codes:
        found = alternatives(readings[code])
        if found is None:
            return None
        items.extend((code, relation.side(code) * (v - readings[code].value), o) for v, o in found.items())
        if len(items) > MAX_ALTERNATIVES:
            return None
    by_change = defaultdict(list)
    for item in items:
        by_change[item[1]].append(item)
    items.sort(key=lambda item: -item[2])
    best: dict[frozenset[str], float] = {}

    def keep(odds: float, *codes: str) -> None:
        if odds >= WEAK_SUSPECT and len(set(codes)) == len(codes):
            key = frozenset(codes)
            best[key] = max(best.get(key, 0.0), odds)

    tried = 0
    for code, change, odds in items:
        for other, _, other_odds in by_change[-difference - change]:
            tried += 1
            keep(odds * other_odds, code, other)
    if tried > MAX_COMBINATIONS:
        return None
    if most >= 3:
        for i, (a, change_a, odds_a) in enumerate(items):
            for j in range(i + 1, len(items)):
                b, change_b, odds_b = items[j]
                if odds_a * odds_b < WEAK_SUSPECT:
                    break  # sorted: every later pair is less likely still
                tried += 1
                if tried > MAX_COMBINATIONS:
                    return None
                if a == b:
                    continue
                for c, _, odds_c in by_change[-difference - change_a - change_b]:
                    keep(odds_a * odds_b * odds_c, a, b, c)
    return sorted(((odds, codes) for codes, odds in best.items()), key=lambda pair: -pair[0])


def _withdrawn_by(relation: Relation, difference: int, readings: dict[str, FieldReading]) -> set[str]:
    """The fields one failing sum withdraws, weighed on its own (see the module's docstring)."""
    odds = {
        code: explanation_odds(readings[code], readings[code].value - relation.side(code) * difference)
        for code in relation.codes
    }
    best = max(odds.values())
    if best >= WEAK_SUSPECT:
        suspects = {code for code, o in odds.items() if o >= WEAK_SUSPECT}
        if best >= STRONG_SUSPECT:
            return suspects
        return suspects | {code for code in relation.codes if readings[code].confidence < SURE}
    found = explanations(relation, difference, readings)
    if found and found[0][0] >= STRONG_SUSPECT:
        return {code for _, codes in found for code in codes}
    return set(relation.codes)


def page_culprit(checked: list[tuple[Relation, int]], readings: dict[str, FieldReading]) -> set[str] | None:
    """With two or more failing sums on a page: when one field alone explains them all with at least
    `STRONG_SUSPECT` odds (in every failing sum, the same new value for all, in no sum that holds), the
    fields to withdraw: the fields explaining the page alone with `WEAK_SUSPECT` odds, and every field of
    a two-field explanation of the page (every sum holding after both changes) with such odds. None
    without such a culprit (each failing sum is then weighed on its own), or beyond the work limits."""
    failing = [(relation, difference) for relation, difference in checked if difference]
    if len(failing) < 2:
        return None
    holding = {code for relation, difference in checked if not difference for code in relation.codes}
    alone = {}
    for code in set.intersection(*(set(relation.codes) for relation, _ in failing)) - holding:
        needed = {readings[code].value - relation.side(code) * difference for relation, difference in failing}
        odds = explanation_odds(readings[code], needed.pop()) if len(needed) == 1 else 0.0
        if odds >= WEAK_SUSPECT:
            alone[code] = odds
    if not alone or max(alone.values()) < STRONG_SUSPECT:
        return None
    pairs = _page_pairs(checked, readings)
    return None if pairs is None else set(alone) | pairs


def _page_pairs(checked: list[tuple[Relation, int]], readings: dict[str, FieldReading]) -> set[str] | None:
    """The fields of every two-field change that makes every checked sum of the page hold, with at least
    `WEAK_SUSPECT` odds; None beyond the work limits."""
    codes = sorted({code for relation, _ in checked for code in relation.codes})
    found = {code: alternatives(readings[code]) for code in codes}
    if any(values is None for values in found.values()) or sum(map(len, found.values())) > MAX_ALTERNATIVES:
        return None
    out: set[str] = set()
    for first in codes:
        for value, odds in found[first].items():
            change = value - readings[first].value
            left = [
                (relation, difference + relation.side(first) * change)
                for relation, difference in checked
                if difference + relation.side(first) * change
            ]
            if not left:
                continue  # the first field alone explains the page
            # The second field must be in every sum still failing, and in no sum that holds now.
            for second in set.intersection(*(set(relation.codes) for relation, _ in left)) - {first}:
                if any(second in r.codes and not d + r.side(first) * change for r, d in checked):
                    continue
                needed = {readings[second].value - relation.side(second) * rest for relation, rest in left}
                if len(needed) == 1 and odds * explanation_odds(readings[second], needed.pop()) >= WEAK_SUSPECT:
                    out.update((first, second))
    return out


def propose(
    template: dict, readings: dict[str, FieldReading], threshold: float = DEFAULT_THRESHOLD
) -> dict[str, FieldReading]:
    """Readings of one page taken at threshold 0 → the page's proposals (same keys, same order)."""
    checked = checked_sums(template, readings)
    holding = {code for relation, difference in checked if not difference for code in relation.codes}
    withdrawn = page_culprit(checked, readings)
    if withdrawn is None:
        withdrawn = set()
        for relation, difference in checked:
            if difference:
                withdrawn |= _withdrawn_by(relation, difference, readings)
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
