"""Benchmark: re-entry of a partial sheet's transfer pages on the main kiosk, against typing it twice.

A GR-like municipal election (12 lists of 10-30 candidates, DSO: Model N 10-1, so the report's ticks
and signatures are fields too) with --stations polling stations, each with consistent definitive
results (``kiosk.demo.results.consistent_results``; a station's results are built directly, not
entered twice at a partial kiosk). The annex of the partial sheet of all of them is made by the
kiosk's own code (``kiosk.services.partial.PartialDocuments.annex_pdf``: every station's transfer
pages, the sheet's numbers digest in the footer of each), rasterised at --dpi (pdftoppm) and scanned
like a sheet feeder does: an A4 image of the sheet turned ±1.5° and scaled ±1 %
(tests/ocr/ocr_scanner_support.feeder_scan), blurred, noisy, a little uneven light, written as the
JPEG file the scanner delivers (quality 60-90). Page i depends on (--seed, i) only, so a --sample
run reads the same pages as the full run: K pages spread evenly over the stations, each next one
another page of its station (page 1, 2, ... in turn). The full run (450 stations, 1 800 pages) takes
about 40 minutes on one core (39 min 33 s on 2026-12-03, docs/benchmarks.md); --sample 200 about 5.

Each page goes through the kiosk's scan path into a real store: ``ScanService`` with the printed
header check, as the kiosk screen runs it (``ScanBatch``: ``read`` then ``attach``; the page's QR
code picks the station's transfer template, ``ocr.read.read_page`` reads the printed numbers with
``ocr.printed_fields``, the proposals are stored as the verifier sees them). Printed:

- fields: counts and ticks+signatures apart; proposed, exactly right, wrong (the target: 0), not
  proposed (and why: what Tesseract read);
- seconds per page on one core: read (decoding, registration, header check, numbers) and attach
  (the store's transaction) apart; end to end with rasterising and the scanner's degradation; the
  annex PDF of the whole sheet once;
- keys per field, both from the same fields of this run, with the entry screen's key sequences
  (tests/tui/driving.py): re-entry = Enter on a proposal that is right, the paper's value typed
  (digits + Enter; a tick "j"/"n" + Enter) where there is none or it is wrong, and per sheet the
  digest check (kiosk/tui/screens/reentry.py: Enter on the prefilled stations, the two blanked
  groups of 4 hex, Enter: 10 keys); typing twice = 2 × (digits + Enter) per count, 2 × ("j"/"n" +
  Enter) per tick or signature. A tick counted as one key (digits + Enter per count only) is printed
  beside.

When every page was read, each station is then confirmed through the entry service as a hurried
verifier would (Enter on every proposal, the paper's value typed only where there is none) and the
sheet through ``ReentryService`` with the two groups printed on the paper: the digest matches only
when every confirmed number is the paper's, and then every station is definitive.

Run:  taskset -c 1 .venv/bin/python tests/bench/bench_reentry.py [--stations 450] [--sample K]
      [--dpi 300] [--seed 2026]
Exit code 1 when any field (count, tick or signature) was proposed wrong, or the digest did not match.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ocr"))  # the scanner helpers

from ocr_scanner_support import feeder_scan  # noqa: E402

from kiosk.demo.results import consistent_results  # noqa: E402
from kiosk.domain.election import Candidate, Election, PartyList, PollingStation  # noqa: E402
from kiosk.domain.results import Results  # noqa: E402
from kiosk.domain.sheet_digest import groups  # noqa: E402
from kiosk.domain.tabulation import sum_results  # noqa: E402
from kiosk.domain.workflow import Status  # noqa: E402
from kiosk.reports.partial_sheet import PartialSheetData, footer_lines  # noqa: E402
from kiosk.services import counting_method, transfer  # noqa: E402
from kiosk.services.entry import EntryRefused, EntryService  # noqa: E402
from kiosk.services.partial import PartialDocuments  # noqa: E402
from kiosk.services.reentry import ReentryService  # noqa: E402
from kiosk.services.scanning import ScanService  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from kiosk.tui.text import input_text  # noqa: E402
from ocr.fields import EMPTY, NO_PROPOSAL, PROPOSED, FieldReading  # noqa: E402
from ocr.synth import degrade, rasterize_pdf  # noqa: E402
from tests.support.elections import KINDS, generated, import_election  # noqa: E402
from tests.support.entry import CLERK, COORDINATOR, VERIFIER_1, VERIFIER_2, type_entry  # noqa: E402

LISTS = 12
CANDIDATES = (10, 30)
#: The digest check per sheet on the re-entry screen: Enter on the stations (prefilled with those
#: ready), the two blanked groups (8 hex) and Enter.
DIGEST_KEYS = 1 + 8 + 1
#: pdftoppm is called for at most this many consecutive pages at a time (a 300 dpi page is 8.7 MB).
RASTER_CHUNK = 8


def municipal_election(stations: int, seed: int) -> Election:
    """A municipal council election of ``stations`` stations: LISTS lists of CANDIDATES candidates."""
    rng = random.Random(f"bench-reentry-{seed}")
    surnames = ("Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Bos", "Peters")
    lists = tuple(
        PartyList(
            number,
            f"Lokale partij {number}",
            tuple(
                Candidate(number, p, f"{rng.choice(surnames)}-{p}", f"{chr(65 + rng.randrange(26))}.")
                for p in range(1, rng.randint(*CANDIDATES) + 1)
            ),
        )
        for number in range(1, LISTS + 1)
    )
    polling = tuple(
        PollingStation(n, f"Stembureau {n}", f"62{n % 100:02d} AB", rng.randint(1200, 3500))
        for n in range(1, stations + 1)
    )
    voters = sum(s.number_of_voters for s in polling) + 1000
    return replace(generated(KINDS["GR"]), lists=lists, stations=polling, number_of_voters=voters)


def paper_results(entries: EntryService, seed: int) -> dict[int, Results]:
    """Each station's definitive results: consistent, a difference (H ≠ D, explained) at 15 % of them."""
    out = {}
    for station in entries.election.stations:
        rng = random.Random(f"bench-reentry-{seed}-{station.number}")
        difference = rng.choice((-3, -2, -1, 1, 2, 3)) if rng.random() < 0.15 else 0
        values = consistent_results(entries.shape, rng, station.number_of_voters, difference)
        out[station.number] = Results.from_mapping(entries.shape, values)
    return out


def feeder_file(page: np.ndarray, rng: np.random.Generator, dpi: int) -> tuple[bytes, str]:
    """The page as a sheet feeder's JPEG file: turned ±1.5°, scaled ±1 %, blur, noise, uneven light."""
    image = feeder_scan(
        page,
        rotation_deg=float(rng.uniform(-1.5, 1.5)),
        scale=float(1 + rng.uniform(-0.01, 0.01)),
        dpi=dpi,
        src_dpi=dpi,
    )
    image = degrade(
        image,
        rng,
        blur=float(rng.uniform(0.03, 0.1)),
        noise=float(rng.uniform(2, 7)),
        uneven_light=float(rng.uniform(0, 0.15)),
        src_dpi=dpi,
    )
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(60, 91))])
    assert ok
    return data.tobytes(), ".jpg"


def typed_keys(code: str, value) -> int:
    """Keys the entry screen takes to type a value: its text (digits, "j"/"n") and Enter."""
    return len(input_text(code, value)) + 1


@dataclass
class Tally:
    """Per kind of field ("count", "mark": ticks and signatures)."""

    fields: Counter = field(default_factory=Counter)
    proposed: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    wrong: list = field(default_factory=list)
    unproposed: list = field(default_factory=list)
    keys_reentry: int = 0
    keys_twice: int = 0
    keys_twice_tick_one: int = 0  # a tick or signature as one key

    def add(self, page: int, code: str, reading, truth) -> None:
        kind = "count" if reading.kind == "printed" else "mark"
        self.fields[kind] += 1
        typed = typed_keys(code, truth)
        self.keys_twice += 2 * typed
        self.keys_twice_tick_one += 2 * (typed if kind == "count" else 1)
        proposal = reading.value if reading.status == PROPOSED else None
        if reading.status == PROPOSED or (reading.status == EMPTY and truth is None):
            self.proposed[kind] += 1  # an empty cell read as empty is a proposal too: Enter confirms it
            if proposal == truth:
                self.right[kind] += 1
                self.keys_reentry += 1
                return
            self.wrong.append((page, code, kind, truth, proposal))
        else:
            self.unproposed.append((page, code, kind, truth, reading.boxes))
        self.keys_reentry += typed


def evenly(counts: list[int], sample: int | None) -> list[int]:
    """``sample`` page indexes of the annex (``counts``: each station's pages, in order), evenly spread
    over the stations and, in turn, over each station's pages (every step through the annex would
    otherwise be a multiple of the station's page count and pick the same page of every station).
    All of them when ``sample`` is None or at least the annex."""
    total = sum(counts)
    if sample is None or sample >= total:
        return list(range(total))
    starts = np.cumsum([0, *counts[:-1]])
    stations = [int(i * len(counts) / sample) for i in range(sample)]
    return sorted({int(starts[s]) + i % counts[s] for i, s in enumerate(stations)})


def chunks(indexes: list[int]) -> list[list[int]]:
    """Runs of consecutive indexes, at most RASTER_CHUNK long (one pdftoppm call each)."""
    out: list[list[int]] = []
    for i in indexes:
        if out and out[-1][-1] == i - 1 and len(out[-1]) < RASTER_CHUNK:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def stats(times: list[float]) -> str:
    if not times:
        return "-"
    p95 = float(np.percentile(times, 95))
    return f"median {statistics.median(times):.3f}, mean {statistics.mean(times):.3f}, p95 {p95:.3f}"


def confirm_sheet(entries: EntryService, results: dict[int, Results], footer: tuple[str, ...]) -> tuple[bool, float]:
    """Every station's first entry from its proposals (Enter on each; the paper's value only where
    there is none), then the digest check with the groups printed in the footer. (matched, seconds)"""
    start = time.perf_counter()
    for number, truth in results.items():
        proposals = entries.state(number).proposals
        values = {code: proposals[code] if proposals[code] is not None else truth[code] for code in truth}
        type_entry(entries, VERIFIER_1, number, 1, values)
    printed = "".join(footer[-1].split(":", 1)[1].split())  # "Vingerafdruk cijfers: f611 fb14 ..."
    reentry = ReentryService(entries)
    challenge = reentry.challenge(f"1-{max(results)}")
    try:
        reentry.confirm(VERIFIER_2, challenge, tuple(groups(printed)[i] for i in challenge.blanked))
    except EntryRefused as refused:
        print(f"digest check refused: {refused.code}")
        return False, time.perf_counter() - start
    definitive = all(entries.state(n).status is Status.DEFINITIVE for n in results)
    return definitive, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=450)
    parser.add_argument("--sample", type=int, default=None, help="read only K pages, evenly spread (default: all)")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    cv2.setNumThreads(1)
    with tempfile.TemporaryDirectory(prefix="bench-reentry-") as home:  # the store keeps every page's JPEG
        return run(args, Path(home))


def run(args, home: Path) -> int:
    began = time.perf_counter()
    store = open_store(home / "main")
    import_election(store, municipal_election(args.stations, args.seed))
    counting_method.choose(store, COORDINATOR, "DSO")
    entries = EntryService(store)
    election, shape = entries.election, entries.shape
    results = paper_results(entries, args.seed)
    at = datetime(2026, 3, 18, 23, 30, tzinfo=timezone.utc)
    data = PartialSheetData(election, sum_results(shape, results), results, "0" * 64, at, audit_seq=1)
    footer = footer_lines(data)
    start = time.perf_counter()
    annex = PartialDocuments(data, election.id).annex_pdf(entries)
    annex_seconds = time.perf_counter() - start
    pdf_path = home / "annex.pdf"
    pdf_path.write_bytes(annex)
    pages = [
        (number, page["page"], [(f["code"], f["kind"]) for f in page["fields"]])
        for number in sorted(results)
        for page in transfer.template(election, number)["pages"]
    ]
    on_sheet = sum(len(fields) for _, _, fields in pages)
    sizes = [len(pl.candidates) for pl in election.lists]
    print(
        f"partial sheet of {args.stations} stations: {LISTS} lists of {min(sizes)}-{max(sizes)} candidates "
        f"({sum(sizes)} in all), {shape.model.value}; annex {len(pages)} transfer pages "
        f"({len(annex) / 1e6:.1f} MB, {on_sheet} fields), made in {annex_seconds:.1f} s"
    )
    chosen = evenly([Counter(number for number, _, _ in pages)[n] for n in sorted(results)], args.sample)
    print(f"reading {len(chosen)} of {len(pages)} pages at {args.dpi} dpi, seed {args.seed}", flush=True)

    scans = ScanService.with_header_check(entries)  # as the kiosk screen: header check on
    tally = Tally()
    refused: Counter = Counter()
    walls: dict[str, list[float]] = {"rasterise": [], "scan": [], "read": [], "attach": [], "total": []}
    done = 0
    for batch in chunks(chosen):
        start = time.perf_counter()
        images = rasterize_pdf(pdf_path, dpi=args.dpi, first=batch[0] + 1, last=batch[-1] + 1)
        per_page = (time.perf_counter() - start) / len(batch)
        for index, image in zip(batch, images):
            number, page_no, fields = pages[index]
            t0 = time.perf_counter()
            data_bytes, suffix = feeder_file(image, np.random.default_rng([args.seed, index]), args.dpi)
            t1 = time.perf_counter()
            reading = scans.read(data_bytes, f"annex-{index + 1}{suffix}", suffix)
            t2 = time.perf_counter()
            outcome = scans.attach(CLERK, reading)
            t3 = time.perf_counter()
            for key, seconds in (("rasterise", per_page), ("scan", t1 - t0), ("read", t2 - t1), ("attach", t3 - t2)):
                walls[key].append(seconds)
            walls["total"].append(per_page + t3 - t0)
            result = reading.result
            ident = result.registration.identity if result.accepted else None
            truth = results[number]
            if outcome.status.value != "accepted" or (ident.station, ident.page) != (number, page_no):
                refused[outcome.code or "other page"] += 1  # its fields are typed: no proposal
                for code, kind in fields:
                    tally.add(
                        index + 1, code, FieldReading(code, kind, None, 0.0, NO_PROPOSAL, ("refused",)), truth[code]
                    )
                continue
            for code, _ in fields:
                tally.add(index + 1, code, result.fields[code], truth[code])
            done += 1
            if done % 100 == 0:
                print(f"  {done} pages, {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)

    report(tally, refused, walls, len(chosen), on_sheet, annex_seconds / len(pages))
    digest_ok = None
    if len(chosen) == len(pages) and not refused:
        digest_ok, seconds = confirm_sheet(entries, results, footer)
        print(
            f"\nfirst entries from the proposals (Enter on each) and the digest check: "
            f"{'matched, all ' + str(len(results)) + ' stations definitive' if digest_ok else 'NOT matched'} "
            f"({seconds:.0f} s through the entry and re-entry services)"
        )
    print(f"\nwall time {time.perf_counter() - began:.0f} s")
    wrong = tally.wrong or digest_ok is False
    return 1 if wrong else 0


def report(tally: Tally, refused: Counter, walls: dict, read: int, on_sheet: int, annex_per_page: float) -> None:
    kinds = ("count", "mark")

    def row(name: str, values) -> None:
        a, b = (values[k] for k in kinds)
        print(f"{name:<30}{a:>10}{b:>18}{a + b:>10}")

    wrong = Counter(kind for _, _, kind, _, _ in tally.wrong)
    unproposed = Counter(kind for _, _, kind, _, _ in tally.unproposed)
    pages = read - sum(refused.values())
    print(f"\npages read {read}, accepted {pages}, refused {sum(refused.values())} {dict(refused) or ''}")
    print(f"{'':<30}{'counts':>10}{'ticks+signatures':>18}{'all':>10}")
    row("fields", tally.fields)
    row("proposed", tally.proposed)
    row("exactly right", tally.right)
    row("wrong (target 0)", wrong)
    row("not proposed", unproposed)
    total = sum(tally.fields.values())
    if total:
        print(
            f"proposed {sum(tally.proposed.values()) / total:.3%}, exactly right "
            f"{sum(tally.right.values()) / total:.3%} of the fields read"
        )
    for page, code, _, truth, proposal in tally.wrong[:20]:
        print(f"  WRONG page {page} {code}: paper {truth}, proposed {proposal}")
    why = Counter(" ".join(str(b) for b in boxes) or "-" for *_, boxes in tally.unproposed)
    for page, code, _, truth, boxes in tally.unproposed[:10]:
        print(f"  not proposed: page {page} {code}: paper {truth}, read {list(boxes)}")
    if why:
        print(f"  not proposed, what was read: {dict(why.most_common(10))}")

    print("\nseconds per page, one core (wall):")
    print(f"  read (decode, register, header check, numbers)  {stats(walls['read'])}")
    print(f"  attach (the store's transaction)                 {stats(walls['attach'])}")
    print(f"  rasterise (pdftoppm)                             {stats(walls['rasterise'])}")
    print(f"  feeder scan + degrade + JPEG                     {stats(walls['scan'])}")
    print(f"  end to end (the four above)                      {stats(walls['total'])}")
    print(f"  annex PDF (the whole sheet, made once)           {annex_per_page:.3f} a page")

    if not total:
        return
    share = DIGEST_KEYS * total / on_sheet  # the sheet's digest check, its share for the fields read
    reentry = tally.keys_reentry + share
    print(f"\nkeys per field ({total} fields; the sheet's digest check, {DIGEST_KEYS} keys, over its {on_sheet}):")
    print(
        f"  re-entry with proposals and the digest  {reentry / total:.4f}  ({tally.keys_reentry} keys + "
        f"{share:.2f} for the digest)"
    )
    print(
        f"  typing it twice                         {tally.keys_twice / total:.4f}  ({tally.keys_twice} keys; "
        f"×{tally.keys_twice / reentry:.2f} the re-entry)"
    )
    print(
        f"  typing it twice, a tick as one key      {tally.keys_twice_tick_one / total:.4f}  "
        f"(×{tally.keys_twice_tick_one / reentry:.2f} the re-entry)"
    )


if __name__ == "__main__":
    sys.exit(main())
