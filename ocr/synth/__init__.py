"""Synthetic filled station PVs for tests, benchmarks, the demo's sample scans and the digit training.

    img = render_blank(template, page, dpi)                   # printed blank page
    img = fill(img, template, page, values, writer, rng)      # handwriting
    img = degrade(img, rng, rotation_deg=2, jpeg_quality=70)  # scanner / camera
    img, truth = synth_page(template, page, values, writer, rng, dpi=300, degrade_args={...})

Not part of reading: no run-time module of ocr imports it, and it imports nothing of ocr.training
(tests/ocr/test_package_walls.py). The MNIST handwriting reads the cache that
`python -m ocr.training.mnist fetch` fills (`mnist_data`); nothing here fetches.
"""

from __future__ import annotations

import numpy as np

from ..forms.layout import template_page
from .degrade import degrade
from .digits import DigitSource, FontDigits, MnistDigits, MnistMissing
from .fill import WriterStyle, digit_slots, fill
from .render import as_template, page_px, pdftoppm_available, rasterize_pdf, render_blank
from .scribble import lines_alpha, signature_alpha
from .values import random_values

__all__ = [
    "DigitSource",
    "FontDigits",
    "MnistDigits",
    "MnistMissing",
    "WriterStyle",
    "as_template",
    "degrade",
    "digit_slots",
    "fill",
    "lines_alpha",
    "signature_alpha",
    "page_px",
    "pdftoppm_available",
    "random_values",
    "rasterize_pdf",
    "render_blank",
    "synth_page",
]


def synth_page(
    template_or_spec,
    page: int,
    values: dict | None,
    writer: DigitSource,
    rng: np.random.Generator,
    dpi: float = 300,
    writer_id: int | None = None,
    degrade_args: dict | None = None,
    blank: np.ndarray | None = None,
    writing: dict | None = None,
):
    """(image, truth) for one page. values=None draws random consistent values.

    truth = {"election_id", "station", "page", "page_count", "writer", "dpi",
             "values": {code: value or None for every field on the page},
             "areas": {area id: whether something is written in it, for every ruled area on the page}}
    `blank` may pass a pre-rendered blank page (render once, fill many: much faster); `writing`
    ({area id: lines}) writes words in ruled areas (see fill).
    """
    t = as_template(template_or_spec)
    p = template_page(t, page)
    if values is None:
        values = random_values(t, rng)
    if writer_id is None:
        writer_id = int(rng.integers(0, 1_000_000))
    img = blank if blank is not None else render_blank(t, page, dpi)
    img = fill(img, t, page, values, writer, rng, writer_id=writer_id, dpi=dpi, writing=writing)
    if degrade_args:
        img = degrade(img, rng, src_dpi=dpi, **degrade_args)
    truth = {
        "election_id": t["election_id"],
        "station": t["station"],
        "page": page,
        "page_count": t["page_count"],
        "writer": writer_id,
        "dpi": (degrade_args or {}).get("dpi") or dpi,
        "values": {f["code"]: values.get(f["code"]) for f in p["fields"]},
        "areas": {a["id"]: bool((writing or {}).get(a["id"])) for a in p.get("areas", ())},
    }
    return img, truth
