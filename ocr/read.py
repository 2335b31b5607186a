"""Reading scanned pages end to end: image → registration → field proposals.

Used by ``python -m ocr read`` and by the kiosk's scan service. The classifier
is loaded once and shared by every page of a call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

import cv2
import numpy as np

from ocr.consistency import propose
from ocr.digits import DigitClassifier, default_classifier
from ocr.fields import DEFAULT_THRESHOLD, NO_PROPOSAL, FieldReading, read_fields
from ocr.imagesize import MAX_PIXELS, image_size, page_count, too_many_pixels
from ocr.printed_fields import read_printed_fields
from ocr.register import Registration, register


class TemplateFileError(ValueError):
    """A template file that cannot be used; the message names the file and the problem."""


@dataclass
class PageResult:
    image: str
    registration: Registration | None
    fields: dict[str, FieldReading] = field(default_factory=dict)
    refusal_code: str | None = None  # ocr.register.REFUSALS; None when accepted
    refusal_params: dict = field(default_factory=dict)  # the refusal's parameters (REFUSALS[code]), JSON-able
    #: fields with a box outside the scanned image (a corner cut off, a skewed sheet): never proposed
    cut_off: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.refusal_code is None

    def to_json(self) -> dict:
        identity = self.registration.identity if self.registration is not None else None
        return {
            "image": self.image,
            "accepted": self.accepted,
            "code": self.refusal_code,
            "params": self.refusal_params,
            "station": identity.station if identity and self.accepted else None,
            "page": identity.page if identity and self.accepted else None,
            "fields": {code: reading.to_json() for code, reading in self.fields.items()},
        }


def load_templates(path: str | Path) -> list[dict]:
    """One template, or ``{"templates": [...]}`` as ``kiosk forms template`` writes for all stations."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TemplateFileError(f"{path}: cannot read: {error.strerror or error}") from None
    except ValueError as error:
        raise TemplateFileError(f"{path}: not a JSON template: {error}") from None
    templates = document.get("templates") if isinstance(document, dict) and "templates" in document else [document]
    if not isinstance(templates, list) or not all(
        isinstance(t, dict) and "pages" in t and "station" in t for t in templates
    ):
        raise TemplateFileError(f"{path}: not a Stemkiosk form template (no 'pages' and 'station')")
    return templates


def template_lookup(templates: list[dict]) -> dict:
    return {(t["election_id"], t["station"]): t for t in templates}


def image_pages(path: str | Path) -> int:
    """How many pages an image file holds: more than 1 for a multi-page TIFF, whose decoding would give its
    first page only (0 when OpenCV cannot tell; reading the file then says what is wrong)."""
    try:
        return page_count(Path(path).read_bytes())
    except OSError:
        return 0


def multi_page_refusal(name: str, pages: int) -> PageResult:
    return PageResult(name, None, refusal_code="multi_page", refusal_params={"pages": pages})


def load_image(path: str | Path) -> np.ndarray | None:
    """Grayscale image, or None when the file is not a readable image (or too large to decode)."""
    data = Path(path).read_bytes() if Path(path).is_file() else b""
    decoded = decode_image(data, str(path))
    return decoded if isinstance(decoded, np.ndarray) else None


def decode_image(data: bytes, name: str) -> np.ndarray | PageResult:
    """The grayscale image in ``data``, or the refusal: ``image_too_large`` when its header claims
    more than ``ocr.imagesize.MAX_PIXELS`` (checked before decoding), ``undecodable`` when it is no
    PNG, JPEG, TIFF or PNM image or does not decode."""
    size = image_size(data) if data else None
    if too_many_pixels(size):
        return too_large_refusal(name, size)
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE) if size is not None else None
    if image is None:
        return PageResult(name, None, refusal_code="undecodable")
    return image


def too_large_refusal(name: str, size: tuple[int, int]) -> PageResult:
    params = {"width": size[0], "height": size[1], "limit_mp": MAX_PIXELS // 1_000_000}
    return PageResult(name, None, refusal_code="image_too_large", refusal_params=params)


def read_page(
    image: np.ndarray | None,
    name: str,
    templates,
    *,
    classifier: DigitClassifier | None = None,
    header_check=None,
    expected_election_id: str | None = None,
    expected_station: int | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> PageResult:
    if image is None:
        return PageResult(name, None, refusal_code="undecodable")
    # A list of templates, or any lookup ocr.register accepts (mapping or callable).
    lookup = template_lookup(templates) if isinstance(templates, list) else templates
    registration = register(image, lookup, expected_election_id, expected_station, header_check=header_check)
    if not registration.accepted:
        return PageResult(name, registration, refusal_code=registration.code, refusal_params=registration.params)
    digits = read_fields(registration, classifier or default_classifier(), threshold=0.0)
    # Machine-printed numbers (transfer pages) are read with Tesseract and checked against their
    # rendering; ocr.consistency leaves them as they are (it weighs handwritten counts only).
    printed = read_printed_fields(registration)
    readings = {
        f["code"]: printed[f["code"]] if f["code"] in printed else digits[f["code"]]
        for f in registration.page["fields"]
        if f["code"] in printed or f["code"] in digits
    }
    # What fell outside the image reads as white paper, a blank field: it gets no proposal.
    fields = [f for f in registration.page["fields"] if f["boxes_mm"]]
    inside = registration.in_image([b for f in fields for b in f["boxes_mm"]]) if fields else []
    cut_off, at = [], 0
    for f in fields:
        if not all(inside[at : at + len(f["boxes_mm"])]):
            cut_off.append(f["code"])
        at += len(f["boxes_mm"])
    for code in cut_off:
        if code in readings:
            readings[code] = replace(readings[code], value=None, status=NO_PROPOSAL, basis=None)
    return PageResult(name, registration, propose(registration.template, readings, threshold), cut_off=tuple(cut_off))


def read_images(paths: list[str], templates: list[dict], **options) -> list[PageResult]:
    classifier = options.pop("classifier", None) or default_classifier()
    results = []
    for path in paths:
        pages = image_pages(path) if Path(path).is_file() else 1
        if pages > 1:  # never read a multi-page file as its first page alone
            results.append(multi_page_refusal(path, pages))
            continue
        data = Path(path).read_bytes() if Path(path).is_file() else b""
        decoded = decode_image(data, path)
        if isinstance(decoded, PageResult):
            results.append(decoded)
        else:
            results.append(read_page(decoded, path, templates, classifier=classifier, **options))
    return results
