"""Benchmark: which fields of the demo stations get a proposal, which do not and why, and the keys it costs.

The twelve stations of the demo election (Model N 10-1, 136 fields each) are written and scanned as
the demo makes them (`kiosk.demo.scans.write_scans`: MNIST handwriting from the cache, the writer
of station n is n, 200 dpi, the demo's degradation) on the paper `bench_tui.py` enters: drawn like a
municipal-council station of ``--voters`` (default 4 000, as bench_tui; ``--voters 0``: the demo's own
paper, `demo_paper`). Every page is read as the scan service reads it (`ocr.read.read_page`); the
readings before the form's arithmetic are kept, so that `ocr.consistency.propose` is what decides.

Per station: the count fields with a number on paper, how many got a proposal, wrong proposals (of
every kind: counts, ticks, signatures; must stay 0), the unproposed ones by cause, and keys per field
as bench_tui counts them for a careful verifier (Enter on a right proposal, "-" Enter on a proposal
where the paper is empty, else the paper's value typed and Enter; one key to finish). Messages the
entry screen raises (two keys each in bench_tui) are not counted; the GR-like stations checked raise none,
and the count equals bench_tui's (stations 8, 9 and 12 checked: 153, 150 and 155 keys).

Run:  taskset -c 0 .venv/bin/python tests/bench/bench_coverage.py [--voters 4000] [--stations 1-12]
      [--save readings.pickle | --load readings.pickle]   (reading all twelve: about 2 min on one core)
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import cv2  # noqa: E402

import ocr.read  # noqa: E402
from kiosk.demo import scans, setup  # noqa: E402
from kiosk.demo.results import consistent_results  # noqa: E402
from kiosk.domain.fields import field_codes  # noqa: E402
from kiosk.services import forms  # noqa: E402
from kiosk.services.entry import EntryService  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from kiosk.tui.text import input_text  # noqa: E402
from ocr.consistency import CORROBORATED, checked_sums, propose  # noqa: E402
from ocr.digits import default_classifier  # noqa: E402
from ocr.fields import DEFAULT_THRESHOLD, PROPOSED  # noqa: E402
from ocr.synth import MnistDigits  # noqa: E402


def station_paper(entries: EntryService, station: int, voters: int) -> dict:
    """The paper bench_tui enters (its `station_paper`): GR-like counts for ``voters``, 0: the demo's."""
    if not voters:
        return scans.demo_paper(entries, station)
    return consistent_results(entries.shape, random.Random(f"bench-tui-{station}"), voters)


def read_stations(stations: list[int], voters: int) -> dict:
    """station → {"paper", "codes" (the entry's fields), "pages": [(template, readings at threshold 0,
    before the arithmetic)]}: written by the demo's scan writer, read by ocr.read.read_page."""
    captured: list = []
    real_propose = ocr.read.propose

    def capture(template, readings, threshold=DEFAULT_THRESHOLD):
        captured.append((template, dict(readings)))
        return real_propose(template, readings, threshold)

    out = {}
    classifier = default_classifier()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "home")
        setup.set_up(store)
        entries = EntryService(store)
        lookup = ocr.read.template_lookup(list(forms.templates(entries.election).values()))
        ocr.read.propose = capture
        try:
            for station in stations:
                paper = station_paper(entries, station, voters)
                captured.clear()
                files = scans.write_scans(
                    entries, Path(tmp) / "scans", (station,), writer=MnistDigits(), papers={station: paper}
                )
                for path in files:
                    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
                    result = ocr.read.read_page(image, path.name, lookup, classifier=classifier)
                    if not result.accepted:
                        print(f"station {station}, {path.name}: refused ({result.refusal_code})")
                out[station] = {"paper": paper, "codes": field_codes(entries.shape), "pages": list(captured)}
                print(f"station {station}: {len(captured)} pages read", file=sys.stderr)
        finally:
            ocr.read.propose = real_propose
    return out


def relation_name(relation) -> str:
    left = relation.left
    if len(left) > 3 and all(c.startswith("L") for c in left):
        return f"{left[0].split('.')[0]} candidates = {relation.right[0]}"
    return f"{'+'.join(left)} = {'+'.join(relation.right)}"


def causes(template: dict, readings: dict, decided: dict, paper: dict, threshold: float) -> list[str]:
    """Why each count field with a number on paper got no proposal."""
    failing = [relation for relation, difference in checked_sums(template, readings) if difference]
    out = []
    for code, reading in decided.items():
        if reading.kind != "count" or paper.get(code) is None or reading.status == PROPOSED:
            continue
        first = readings[code]
        mine = [relation_name(r) for r in failing if code in r.codes]
        read = "" if first.status != PROPOSED else " [right]" if first.value == paper[code] else " [misread]"
        if first.status != PROPOSED:
            out.append("boxes not understood")
        elif first.confidence < CORROBORATED:
            out.append(f"confidence below {CORROBORATED}{read}")
        elif mine and first.confidence >= threshold:
            out.append(f"withdrawn by {' and '.join(mine)}{read}")
        elif mine:
            out.append(f"below the threshold, in a failing sum{read}")
        else:
            out.append(f"below the threshold, no holding sum{read}")
    return out


def keys(code: str, proposal, truth) -> int:
    """Keys for one field, as tests/tui/driving.enter_fields presses them."""
    if proposal is not None and proposal == truth:
        return 1
    if proposal is not None and truth is None:
        return 2
    return len(input_text(code, truth)) + 1


def evaluate(data: dict, decide=propose, threshold: float = DEFAULT_THRESHOLD) -> list[dict]:
    """One row per station: fields, counts with a number, proposed, wrong, keys, causes."""
    rows = []
    for station, entry in data.items():
        paper, proposals, why = entry["paper"], {}, Counter()
        written = proposed_counts = wrong = 0
        for template, readings in entry["pages"]:
            decided = decide(template, readings, threshold)
            why.update(causes(template, readings, decided, paper, threshold))
            for code, reading in decided.items():
                if reading.status != PROPOSED:
                    continue
                proposals[code] = reading.value
                wrong += reading.value != paper.get(code)
                if reading.kind == "count" and paper.get(code) is not None:
                    proposed_counts += 1
            written += sum(r.kind == "count" and paper.get(c) is not None for c, r in readings.items())
        codes = entry["codes"]
        spent = sum(keys(code, proposals.get(code), paper.get(code)) for code in codes) + 1  # F10: finish
        rows.append(
            dict(
                station=station,
                fields=len(codes),
                written=written,
                proposed=proposed_counts,
                wrong=wrong,
                keys=spent,
                causes=why,
            )
        )
    return rows


def report(rows: list[dict], title: str = "") -> None:
    if title:
        print(title)
    print(f"{'station':>8}{'fields':>8}{'counts':>8}{'proposed':>10}{'wrong':>7}{'keys':>7}{'keys/field':>12}")
    for r in rows:
        print(
            f"{r['station']:>8}{r['fields']:>8}{r['written']:>8}{r['proposed'] / r['written']:>10.1%}"
            f"{r['wrong']:>7}{r['keys']:>7}{r['keys'] / r['fields']:>12.3f}"
        )
    fields, written = sum(r["fields"] for r in rows), sum(r["written"] for r in rows)
    proposed, wrong, spent = (sum(r[k] for r in rows) for k in ("proposed", "wrong", "keys"))
    mean = sum(r["keys"] / r["fields"] for r in rows) / len(rows)
    print(
        f"{'all':>8}{fields:>8}{written:>8}{proposed / written:>10.1%}{wrong:>7}{spent:>7}{spent / fields:>12.3f}"
        f"   (mean of stations {mean:.3f}; target ≤ 1.05)"
    )
    print("counts with a number on paper but no proposal, by cause:")
    for r in rows:
        if r["causes"]:
            print(f"   station {r['station']}: " + ", ".join(f"{n}× {c}" for c, n in r["causes"].most_common()))


def parse_stations(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voters", type=int, default=4000, help="voters on the register (0: the demo's paper)")
    parser.add_argument("--stations", default="1-12")
    parser.add_argument("--save", help="keep the readings in this file (pickle)")
    parser.add_argument("--load", help="readings saved by --save, instead of writing and reading the scans")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    if args.load:
        with open(args.load, "rb") as f:
            data = pickle.load(f)
    else:
        data = read_stations(parse_stations(args.stations), args.voters)
        if args.save:
            with open(args.save, "wb") as f:
                pickle.dump(data, f)
    report(evaluate(data), f"threshold {DEFAULT_THRESHOLD}, ocr.consistency.propose as it is")


if __name__ == "__main__":
    main()
