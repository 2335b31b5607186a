"""Benchmark: the CSB reads a municipality's totals from their scanned transfer pages, against typing
them twice.

The municipality is bench_reentry's (a GR with 12 lists of 10-30 candidates, --stations stations,
each with consistent results). Its totals are put on transfer pages by the kiosk's own code
(``kiosk.services.transfer.totals_template`` and ``ocr.forms.pdf.render_pdfs``, the numbers digest
in the footer, as ``SealedDocuments.transfer_pdf`` prints them beside the sealed sheet; the totals
are summed directly, not entered and sealed, which would add nothing to what is measured), rasterised
at --dpi and scanned --scans times, each time degraded anew like a sheet feeder does (bench_reentry's
``feeder_file``: turned ±1.5°, scaled ±1 %, blur, noise, uneven light, JPEG quality 60-90).

Each scan goes through ``CsbScanService.read_sheet`` with the printed header check into a CSB store
of the same election, as ``kiosk csb scan`` runs it. Printed: totals proposed, right, wrong (the
target: 0), not proposed; seconds per page (decoding, registration, header check, numbers); keys:
``kiosk csb scan`` = Enter on each right proposal, digits + Enter where there is none or it is
wrong, then the two digest groups (2 × (4 + Enter)); typing twice = 2 × (digits + Enter) per total.
The last scan is then recorded (``CsbScanService.record``) and proven by the printed digest: the
totals must become definitive.

Run:  taskset -c 1 .venv/bin/python tests/bench/bench_csb_scan.py [--stations 450] [--scans 20]
      [--dpi 300] [--seed 2026]
Exit code 1 when a total was proposed wrong or the digest did not make the entry definitive.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "ocr"))

from bench_reentry import feeder_file, municipal_election, paper_results, typed_keys  # noqa: E402

from kiosk.domain.sheet_digest import groups, numbers_digest  # noqa: E402
from kiosk.domain.tabulation import sum_results  # noqa: E402
from kiosk.services import counting_method, transfer  # noqa: E402
from kiosk.services.csb import CsbService  # noqa: E402
from kiosk.services.csb_scan import CsbScanService  # noqa: E402
from kiosk.services.entry import EntryService  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from ocr.forms.pdf import render_pdfs  # noqa: E402
from ocr.synth import rasterize_pdf  # noqa: E402
from tests.support.elections import import_election  # noqa: E402
from tests.support.entry import COORDINATOR, VERIFIER_1  # noqa: E402

DIGEST_KEYS = 2 * (4 + 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stations", type=int, default=450)
    parser.add_argument("--scans", type=int, default=20)
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-csb-") as home:
        return run(args, Path(home))


def run(args, home: Path) -> int:
    election = municipal_election(args.stations, args.seed)
    store = open_store(home / "csb")
    import_election(store, election)
    counting_method.choose(store, COORDINATOR, "DSO")
    entries = EntryService(store)
    truth_results = paper_results(entries, args.seed)
    totals = sum_results(entries.shape, truth_results)
    truth = totals.as_dict()
    digest = numbers_digest(election.id, election.municipality_id, totals)
    start = time.perf_counter()
    template = transfer.totals_template(election, totals.stations)
    footer = ("Bijlage bij het overzicht (bench)", "Vingerafdruk cijfers: " + " ".join(groups(digest)))
    pdf = render_pdfs([(template, truth, footer)], title="bench")
    pages = rasterize_pdf(pdf, dpi=args.dpi)
    made = time.perf_counter() - start
    service = CsbService(entries)
    scanner = CsbScanService.with_header_check(service)
    print(
        f"{args.stations} stations, {len(truth)} totals on {len(pages)} pages (A = {truth['A']}, "
        f"largest {max(truth.values())}); PDF and {args.dpi} dpi raster {made:.2f} s"
    )
    proposed = right = wrong = 0
    unproposed: list[tuple[int, str, int]] = []
    per_page: list[float] = []
    keys_scan = keys_twice = 0
    sheet = None
    for k in range(args.scans):
        rng = np.random.default_rng([args.seed, k])
        folder = home / f"scan-{k}"
        folder.mkdir()
        for i, page in enumerate(pages, start=1):
            data, suffix = feeder_file(page, rng, args.dpi)
            (folder / f"p{i:02d}{suffix}").write_bytes(data)
        t0 = time.perf_counter()
        sheet = scanner.read_sheet([folder], totals.stations)
        per_page.append((time.perf_counter() - t0) / len(pages))
        if sheet.problems():
            print(f"scan {k}: {sheet.problems()}")
            return 1
        for code, value in sheet.proposals().items():
            keys_twice += 2 * typed_keys(code, truth[code])
            if value is None:
                unproposed.append((k, code, truth[code]))
                keys_scan += typed_keys(code, truth[code])
            elif value == truth[code]:
                proposed += 1
                right += 1
                keys_scan += 1
            else:
                proposed += 1
                wrong += 1
                keys_scan += typed_keys(code, truth[code])
                print(f"WRONG scan {k} {code}: read {value}, paper {truth[code]}")
        keys_scan += DIGEST_KEYS
    fields = args.scans * len(truth)
    print(f"totals read: {fields} ({args.scans} scans); proposed {proposed} ({100 * proposed / fields:.2f} %),")
    print(f"  exactly right {right}, wrong {wrong}, not proposed {len(unproposed)}")
    for k, code, value in unproposed[:10]:
        print(f"  not proposed: scan {k} {code} (paper {value})")
    p95 = float(np.percentile(per_page, 95))
    print(f"seconds per page (one core): median {statistics.median(per_page):.3f}, p95 {p95:.3f}")
    print(
        f"keys per total: csb scan {keys_scan / fields:.4f} (Enter per right proposal, digest 10 per sheet) "
        f"vs typed twice {keys_twice / fields:.2f}"
    )
    state = scanner.record(VERIFIER_1, 1, f"1-{args.stations}", truth, sheet)
    challenge = service.digest_challenge()
    state = service.confirm_digest(VERIFIER_1, challenge, tuple(groups(digest)[i] for i in challenge.blanked))
    print(f"last scan recorded and proven by the printed digest: definitive by {state.definitive_by}")
    store.close()
    return 1 if wrong or state.definitive_by != "digest" else 0


if __name__ == "__main__":
    sys.exit(main())
