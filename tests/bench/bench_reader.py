"""Benchmark: the page reader end to end (`ocr.read.read_page`, decoding included), its header check
and its registration of sheets a feeder skewed or that lost corners.

Pages are made like bench_ocr's (the same three bench forms, MNIST digits the classifier was not
trained on, less the misdrawn ones; FontDigits when the MNIST cache is missing), written at 300 dpi,
scanned at 200 dpi (blur, noise, uneven light, half of them JPEG) and stored as the image file the
kiosk gets (PNG or JPEG bytes). Printed, each next to its baseline from the same run:

1. speed: wall seconds per page of decoding + read_page, on one core, with the header check that
   compares the header with its rendering (the default, `make_header_check()`), with the Tesseract
   check (`method="tesseract"`), and without a check; and "Tesseract reading the same fields, end to
   end": decoding + registration + the Tesseract header check + Tesseract on every count field's
   digit boxes (psm 7, digit whitelist, as bench_ocr's baseline) on the first --tesseract-pages pages,
   against the kiosk's read_page with the default check on the same pages.
2. geometry: the pages as a document feeder images them (tests/ocr/ocr_scanner_support.py: an A4
   image; the sheet turned ±3°, scaled ±1 %, its corners moved ±0.5 % of the page width), then 2×
   and 3× that scale and corner error, and straight sheets with one or two random page corners torn
   off (a 26 mm triangle: the corner marker goes, the QR code stays): pages refused of N (and by
   which code), count fields with a number proposed and proposed wrong, fields cut off. Baseline:
   the same pages straight, and how many would be refused under the former rule (≥ 4 markers).
   With --model N10-1 or Na31-2-B1 (the official models; default SB-PV, the old counts-only form)
   also the tick fields and signature fields of the accepted pages: read right, no proposal, proposed
   wrong (ink there read as none, the silent error, apart from none there read as ink). Those pages
   carry the official models' writing too: a name under each signature, date and place of signing,
   words in about half the remark tables. The Tesseract comparison reads count fields only.

Run:  taskset -c 1 env OMP_NUM_THREADS=1 .venv/bin/python tests/bench/bench_reader.py [--pages 240]
      [--speed-pages 40] [--tesseract-pages 10] [--seed 2026] [--runs speed,feeder1,...]
      [--model {SB-PV,N10-1,Na31-2-B1}]   (runs cut1/cut2 may be given as corner1/corner2)
Targets (issue 15): ≤ 0.1 s wall per page (decoding included, one core); ≥ 30× faster than Tesseract
reading the same fields; ≤ 1 % of pages refused with a corner cut off; coverage and wrong proposals
not worse than the straight pages; ticks and signature ink right on ≥ 99.5 %, no silent error on a "no".
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ocr"))  # tests/ocr: the scanner helpers
from bench_ocr import MODELS, spec  # noqa: E402  (tests/bench/bench_ocr.py: the bench forms)
from ocr_scanner_support import CORNERS, cut_corners, feeder_geometry, feeder_scan  # noqa: E402

from ocr.digits import default_classifier  # noqa: E402
from ocr.fields import digit_crop  # noqa: E402
from ocr.forms import build_template  # noqa: E402
from ocr.printed import make_header_check, tesseract_available, tesseract_read_field  # noqa: E402
from ocr.read import decode_image, read_page  # noqa: E402
from ocr.register import register  # noqa: E402
from ocr.synth import FontDigits, MnistDigits, MnistMissing, degrade, random_values, render_blank, synth_page  # noqa: E402

RUNS = ("speed", "straight", "feeder1", "feeder2", "feeder3", "cut1", "cut2")
ALIASES = {"corner1": "cut1", "corner2": "cut2"}  # the corner runs by their other name


def scanner_noise(rng: np.random.Generator) -> dict:
    """bench_ocr's degradation less its geometry (the feeder's geometry is applied separately)."""
    return {
        "blur": float(rng.uniform(0, 0.12)),
        "noise": float(rng.uniform(0, 6)),
        "uneven_light": float(rng.uniform(0, 0.25)),
        "jpeg_quality": int(rng.choice([90, 75, 60])) if rng.random() < 0.5 else None,
    }


class Pages:
    """The same pages for every run: page i depends on (seed, i) only."""

    def __init__(self, seed: int, model: str = "SB-PV"):
        try:
            self.writer = MnistDigits()
        except MnistMissing:
            print("MNIST cache missing: FontDigits handwriting (run `python -m ocr.training.mnist fetch`)")
            self.writer = FontDigits()
        self.seed = seed
        self.model = model
        self.templates = {n: build_template(spec(n, model)) for n in (1, 2, 3)}
        self.blanks: dict = {}

    def page(self, i: int):
        """(filled page at 300 dpi, truth, template, rng for what is done to it)."""
        rng = np.random.default_rng([self.seed, i])
        station = int(rng.integers(1, 4))
        template = self.templates[station]
        page = int(rng.integers(1, template["page_count"] + 1))
        if (station, page) not in self.blanks:
            self.blanks[(station, page)] = render_blank(template, page, 300)
        writer_id = int(rng.integers(0, 10_000))
        values = writing = None  # SB-PV: synth_page draws the values (the same pages as before --model)
        if self.model != "SB-PV":
            values = random_values(template, rng)
            writing = written_areas(template, page, values, rng)
        image, truth = synth_page(
            template,
            page,
            values,
            self.writer,
            rng,
            dpi=300,
            writer_id=writer_id,
            blank=self.blanks[(station, page)],
            writing=writing,
        )
        return image, truth, template, rng


def written_areas(template: dict, page: int, values: dict, rng: np.random.Generator) -> dict:
    """{area id: lines} as a filled-in official form has them: a name under every signature, date and
    place of signing, and words in about half the ruled remark tables (all of it next to tick and
    signature boxes: ink their reading must not take for a tick or a signature)."""
    out = {}
    for area in next(p for p in template["pages"] if p["page"] == page).get("areas", ()):
        aid = area["id"]
        if aid.startswith("3.name."):
            n = int(bool(values.get(f"S.{aid.rsplit('.', 1)[1]}")))
        elif area["rows"] == 1:
            n = int(rng.random() < 0.9)
        else:
            n = int(rng.integers(1, area["rows"] + 1)) if rng.random() < 0.5 else 0
        if n:
            out[aid] = n
    return out


def scanned(image: np.ndarray, rng: np.random.Generator, run: str) -> bytes:
    """The page as the file a scanner writes, for run (see RUNS)."""
    noise = scanner_noise(rng)
    if run.startswith("feeder"):
        image = feeder_scan(image, **feeder_geometry(rng, float(run[-1])), dpi=200, src_dpi=300)
        src = 200
    elif run.startswith("cut"):
        picked = rng.choice(len(CORNERS), size=int(run[-1]), replace=False)
        image = cut_corners(image, [CORNERS[k] for k in picked])
        src = 300
    else:
        src = 300
    out = degrade(image, rng, dpi=200, src_dpi=src, **{k: v for k, v in noise.items() if k != "jpeg_quality"})
    quality = noise["jpeg_quality"]
    ok, data = cv2.imencode(
        ".png" if quality is None else ".jpg", out, [] if quality is None else [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    assert ok
    return data.tobytes()


def read_bytes(data: bytes, name: str, templates, classifier, check):
    decoded = decode_image(data, name)
    return read_page(decoded, name, templates, classifier=classifier, header_check=check)


def speed(pages: Pages, n: int, n_tesseract: int, classifier) -> None:
    checks = {"rendered header (default)": make_header_check(), "none": None}
    if tesseract_available():
        checks["Tesseract header"] = make_header_check(method="tesseract")
    files = []
    for i in range(n):
        image, truth, template, rng = pages.page(i)
        files.append((scanned(image, rng, "straight"), template, truth))
    templates = list(pages.templates.values())
    for data, _, _ in files[:3]:  # warm up: the classifier, the header renderings of these pages
        read_bytes(data, "warm", templates, classifier, checks["rendered header (default)"])
    walls: dict[str, list[float]] = {name: [] for name in checks}
    refused: Counter = Counter()
    for k, (data, _, _) in enumerate(files):
        for name, check in checks.items():  # interleaved: the same load for every method
            start = time.perf_counter()
            result = read_bytes(data, f"p{k}", templates, classifier, check)
            walls[name].append(time.perf_counter() - start)
            refused[name] += not result.accepted
    print(f"\nspeed: {n} pages at 200 dpi (PNG/JPEG files), decoding + read_page, wall s/page on one core")
    print(f"{'header check':<32}{'median':>9}{'mean':>9}{'p95':>9}{'refused':>9}")
    for name, times in walls.items():
        p95 = float(np.percentile(times, 95))
        print(f"{name:<32}{statistics.median(times):>9.3f}{statistics.mean(times):>9.3f}{p95:>9.3f}{refused[name]:>9}")
    base = statistics.median(walls["none"])
    print(
        f"  header check alone: rendered {statistics.median(walls['rendered header (default)']) - base:.3f} s", end=""
    )
    if "Tesseract header" in walls:
        print(f", Tesseract {statistics.median(walls['Tesseract header']) - base:.3f} s")
    else:
        print(" (Tesseract not installed)")
    if not tesseract_available() or n_tesseract <= 0:
        return
    ours, theirs, ours_cpu, theirs_cpu, n_fields = [], [], [], [], []
    tess_check = checks["Tesseract header"]
    for k, (data, template, truth) in enumerate(files[:n_tesseract]):
        start, cpu = time.perf_counter(), cpu_seconds()
        read_bytes(data, f"p{k}", templates, classifier, checks["rendered header (default)"])
        ours.append(time.perf_counter() - start)
        ours_cpu.append(cpu_seconds() - cpu)
        start, cpu = time.perf_counter(), cpu_seconds()
        reg = register(decode_image(data, f"p{k}"), templates_lookup(templates), header_check=tess_check)
        counts = [f for f in reg.page["fields"] if f["kind"] == "count"] if reg.accepted else []
        for field in counts:
            tesseract_read_field([digit_crop(reg, b) for b in field["boxes_mm"]])
        theirs.append(time.perf_counter() - start)
        theirs_cpu.append(cpu_seconds() - cpu)
        n_fields.append(len(counts))
    o, t = statistics.median(ours), statistics.median(theirs)
    oc, tc = statistics.median(ours_cpu), statistics.median(theirs_cpu)
    print(
        f"end to end on {n_tesseract} pages ({statistics.mean(n_fields):.0f} count fields a page; decode + register + "
        f"header + count fields), median s/page: wall kiosk {o:.3f}, Tesseract {t:.3f} (×{t / o:.0f}); "
        f"CPU with child processes (as bench_ocr) kiosk {oc:.3f}, Tesseract {tc:.3f} (×{tc / oc:.0f})"
    )


def cpu_seconds() -> float:
    """CPU time of this process and of the child processes it waited for (tesseract)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def templates_lookup(templates):
    return {(t["election_id"], t["station"]): t for t in templates}


def geometry(pages: Pages, run: str, n: int, classifier, check) -> None:
    templates = list(pages.templates.values())
    codes: Counter = Counter()
    lost: Counter = Counter()
    written = proposed = wrong = cut = old_rule = 0
    marks = {kind: Counter() for kind in ("tick", "signature")}  # official models: ink read right or not
    start = time.perf_counter()
    for i in range(n):
        image, truth, template, rng = pages.page(i)
        result = read_bytes(scanned(image, rng, run), f"p{i}", templates, classifier, check)
        reg = result.registration
        if reg is not None:
            lost[len(reg.markers_missing)] += 1
            old_rule += len(reg.markers_found) < 4
        if not result.accepted:
            codes[result.refusal_code] += 1
            continue
        cut += len(result.cut_off)
        for code, reading in result.fields.items():
            if reading.kind != "count" or truth["values"].get(code) is None:
                continue
            written += 1
            if reading.status == "proposed":
                proposed += 1
                wrong += reading.value != truth["values"][code]
        kinds = {f["code"]: f["kind"] for p in template["pages"] for f in p["fields"]}
        for code, value in truth["values"].items():
            if kinds[code] not in marks or value is None:
                continue
            reading = result.fields.get(code)
            if reading is None or reading.status != "proposed":
                outcome = "no proposal"
            elif reading.value == value:
                outcome = "right"
            else:  # the silent error: a tick or signature there read as none ("no" where it was "yes")
                outcome = "wrong: ink missed" if value else "wrong: ink seen"
            marks[kinds[code]][outcome] += 1
    refused = sum(codes.values())
    detail = ", ".join(f"{c} {k}" for c, k in codes.most_common()) or "-"
    print(
        f"{run:<10}{refused:>4} of {n} refused ({refused / n:.1%}; {detail}); under the ≥ 4 markers rule {old_rule}; "
        f"proposed {proposed} of {written} ({proposed / max(written, 1):.1%}), wrong {wrong}; "
        f"fields cut off {cut}; markers lost per page {dict(sorted(lost.items()))}; {time.perf_counter() - start:.0f} s"
    )
    if pages.model == "SB-PV":
        return
    for kind, tally in marks.items():
        total = sum(tally.values())
        if not total:
            continue
        missed, seen = tally["wrong: ink missed"], tally["wrong: ink seen"]
        print(
            f"{'':<10}{kind + 's':<11} right {tally['right']} of {total} ({tally['right'] / total:.2%}), "
            f"no proposal {tally['no proposal']}, proposed wrong {missed + seen} "
            f"(ink there read as none {missed}, none there read as ink {seen})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=240)
    parser.add_argument("--speed-pages", type=int, default=40)
    parser.add_argument("--tesseract-pages", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", default=",".join(RUNS))
    parser.add_argument("--model", choices=tuple(MODELS), default="SB-PV", help="the form model of the bench forms")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    pages = Pages(args.seed, args.model)
    classifier = default_classifier()
    runs = [ALIASES.get(r, r) for r in args.runs.split(",")]
    unknown = sorted(set(runs) - set(RUNS))
    if unknown:
        parser.error(f"unknown runs {unknown}; choose from {', '.join(RUNS)} (corner1/corner2: cut1/cut2)")
    print(f"form model {args.model} ({pages.templates[1]['page_count']} pages a form)")
    if "speed" in runs:
        speed(pages, args.speed_pages, args.tesseract_pages, classifier)
    rest = [r for r in runs if r != "speed"]
    if rest:
        print(f"\ngeometry: {args.pages} pages per run, header check: rendered (default); 'straight' is the baseline")
        if args.model != "SB-PV":
            print("  ticks and signatures: right / no proposal / proposed wrong; 'ink there read as none' is silent")
        check = make_header_check()
        for run in rest:
            geometry(pages, run, args.pages, classifier, check)


if __name__ == "__main__":
    main()
