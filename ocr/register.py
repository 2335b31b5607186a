"""Registration and quality gate: scanned page -> upright page in template mm space, or a refusal.

    reg = register(image, template_lookup, expected_election_id="GR2026_Juinen", expected_station=3)
    if not reg.accepted:
        print(reg.code, reg.params)       # stable refusal code + its parameters (no words)
    crop = reg.cut(field["boxes_mm"][0])  # one digit box, inner margin removed

Steps: find the six ArUco markers (ocr.markers; ids tell which corner, so upside-down pages are
turned), fit a homography (RANSAC, then least squares) from >= 3 markers on the top and the bottom
edge (ocr.markers.spans_page: a sheet skewed in a feeder may lose three corners), check the marker residual,
the resolution and the sharpness, warp the page to DEFAULT_DPI in template mm space, decode the
QR code in its place, and check the page identity against the election, station and template.
A refusal stores nothing but the refusal (see REFUSALS for every code).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import cv2
import numpy as np

from .forms import geometry as g
from .forms.identity import PageIdentity, PayloadError, parse_payload
from .markers import MARKER_XY_MM, detect_markers, fit_homography, spans_page

DEFAULT_DPI = 200
MAX_RESIDUAL_MM = 1.0  # largest marker-corner error after the fit
MIN_SCAN_DPI = 90.0  # accepted; scanning at RECOMMENDED_DPI is advised
RECOMMENDED_DPI = 200
MAX_BLUR_MM = 0.4  # see edge_blur_mm(); crisp scans give about 0.1 mm
QR_GUESS_MODULES = 29  # modules per side of the page QR code (version 3) assumed by read_qr's first try
QR_PAD_MM = 1.5  # read_qr cuts the QR area with this much of the page around it

#: Every refusal code -> the parameters it comes with. Codes are stable; ocr gives no words for them:
#: the kiosk words them in its own language (kiosk/i18n, ``scan.reason.<code>``). The parameters are
#: numbers, identifiers read from the page, and codes:
#:   image_unreadable  problem: empty | channels | too_small; size: "W×H" of the image ("" when none)
#:   markers_missing   corners: the positions of the markers not found (``ocr.forms.geometry.MARKERS``:
#:                     top_left, top_middle, ...), in marker order
#:   qr_invalid        problem: why the QR text is no page identity (``ocr.forms.identity.PROBLEMS``)
#:   header_mismatch   problems: [{"code", "params"}] per header line that disagrees
#:                     (``ocr.printed.header.PROBLEMS``)
REFUSALS: dict[str, tuple[str, ...]] = {
    "image_unreadable": ("problem", "size"),
    "undecodable": (),
    "image_too_large": ("width", "height", "limit_mp"),
    "multi_page": ("pages",),
    "no_markers": (),
    "blank_page": (),
    "markers_missing": ("corners",),
    "marker_residual": ("residual",),
    "resolution_too_low": ("dpi", "min_dpi"),
    "too_blurry": (),
    "qr_missing": (),
    "qr_invalid": ("problem",),
    "wrong_election": ("got", "expected"),
    "wrong_station": ("got", "expected"),
    "unknown_template": ("station", "election"),
    "template_version": ("got", "expected"),
    "page_count_mismatch": ("got", "expected"),
    "page_out_of_range": ("page", "count"),
    "header_mismatch": ("problems",),
}

TemplateLookup = dict | Mapping | Callable[[PageIdentity], "dict | None"]
#: (header crop, template page, identity) -> the problems of the printed header ([] or None: it agrees).
HeaderCheck = Callable[[np.ndarray, dict, PageIdentity], "list[dict] | None"]


@dataclass
class Registration:
    accepted: bool
    code: str | None = None  # refusal code (REFUSALS), None when accepted
    params: dict = field(default_factory=dict)  # the refusal's parameters (REFUSALS[code]), JSON-able
    identity: PageIdentity | None = None
    template: dict | None = None
    page: dict | None = None  # the template's page dict
    dpi: float = DEFAULT_DPI
    homography: np.ndarray | None = None  # image px -> template mm
    markers_found: tuple[int, ...] = ()
    markers_missing: tuple[int, ...] = ()
    residual_mm: float | None = None  # largest marker-corner error
    residual_rms_mm: float | None = None
    blur_mm: float | None = None  # edge blur of the printed markers (mm); refused above MAX_BLUR_MM
    scan_dpi: float | None = None  # resolution of the page in the image
    rotation_deg: float | None = None  # how the page lies in the image (0 upright, ±180 upside down)
    timings_ms: dict = field(default_factory=dict)
    # The upright page is warped lazily: `cut` warps only the region it returns (a page has a few
    # hundred small boxes; warping all of it costs more than all of them), `warped` the whole page.
    _source: np.ndarray | None = field(default=None, repr=False)  # the grayscale scan
    _to_page: np.ndarray | None = field(default=None, repr=False)  # scan px -> warped page px
    _warped: np.ndarray | None = field(default=None, repr=False)

    @property
    def upside_down(self) -> bool:
        return self.rotation_deg is not None and abs(self.rotation_deg) > 135

    @property
    def page_size(self) -> tuple[int, int]:
        """(width, height) of the warped page in pixels."""
        return int(np.ceil(g.PAGE_W_MM * self.dpi / 25.4)), int(np.ceil(g.PAGE_H_MM * self.dpi / 25.4))

    @property
    def warped(self) -> np.ndarray | None:
        """Upright page, `dpi`, template mm space, uint8 (None when the scan did not register)."""
        if self._warped is None and self._source is not None:
            self._warped = _warp(self._source, self._to_page, self.page_size)
        return self._warped

    @warped.setter
    def warped(self, image: np.ndarray | None) -> None:
        self._warped, self._source, self._to_page = image, None, None

    @property
    def page_blur(self) -> float | None:
        """Variance of the Laplacian of the whole warped page (information only; computed on request)."""
        page = self.warped
        return None if page is None else float(cv2.Laplacian(page, cv2.CV_32F).var())

    def cut(self, box_mm, margin_mm: float = 0.8) -> np.ndarray:
        """The part of the upright page inside box_mm shrunk by margin_mm on every side (see cut_box)."""
        if self._warped is None and self._source is not None:
            x0, y0, x1, y1 = box_px(box_mm, margin_mm, self.dpi, self.page_size)
            shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
            return _warp(self._source, shift @ self._to_page, (x1 - x0, y1 - y0))
        if self.warped is None:
            raise ValueError("no upright page: the registration was refused")
        return cut_box(self.warped, box_mm, margin_mm, self.dpi)

    def in_image(self, boxes_mm, margin_mm: float = 0.5) -> np.ndarray:
        """For each box [x, y, w, h] (mm): whether it (grown by margin_mm) lies wholly inside the scanned
        image. A part of the page that fell outside it (a corner cut off, a sheet skewed in the
        feeder) reads as white paper."""
        boxes = np.asarray(boxes_mm, np.float64).reshape(-1, 4)
        if self._source is None or self._to_page is None:
            return np.full(len(boxes), self.warped is not None)
        m = margin_mm
        x0, y0 = boxes[:, 0] - m, boxes[:, 1] - m
        x1, y1 = boxes[:, 0] + boxes[:, 2] + m, boxes[:, 1] + boxes[:, 3] + m
        corners = np.stack([np.stack(c, axis=1) for c in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))], axis=1)
        px = corners.reshape(-1, 1, 2) * (self.dpi / 25.4) - 0.5
        pts = cv2.perspectiveTransform(px, np.linalg.inv(self._to_page)).reshape(-1, 4, 2)
        hh, ww = self._source.shape[:2]
        return ((pts >= 0) & (pts <= [ww - 1, hh - 1])).all(axis=(1, 2))

    def header_image(self) -> np.ndarray:
        """The printed header region (for the header check, ocr.printed.make_header_check)."""
        return self.cut((self.template or {}).get("header_mm", g.HEADER_MM), 0.0)

    def summary(self) -> dict:
        """JSON-able facts for the audit log (no image)."""
        return {
            "accepted": self.accepted,
            "code": self.code,
            "params": self.params,
            "identity": None if self.identity is None else self.identity.payload(),
            "markers_found": list(self.markers_found),
            "markers_missing": list(self.markers_missing),
            "residual_mm": _rnd(self.residual_mm),
            "blur_mm": _rnd(self.blur_mm),
            "scan_dpi": _rnd(self.scan_dpi, 0),
            "rotation_deg": _rnd(self.rotation_deg, 1),
        }


def _rnd(v, nd=3):
    return None if v is None else round(float(v), nd)


def _refuse(reg: Registration, code: str, **params) -> Registration:
    if set(params) != set(REFUSALS[code]):
        raise ValueError(f"refusal {code}: parameters {sorted(params)}, expected {sorted(REFUSALS[code])}")
    reg.accepted = False
    reg.code = code
    reg.params = dict(params)
    return reg


def mm_to_px(dpi: float) -> np.ndarray:
    """Template mm -> pixel index of a page image at dpi (pixel centres at integers)."""
    s = dpi / 25.4
    return np.array([[s, 0, -0.5], [0, s, -0.5], [0, 0, 1]], np.float64)


def box_px(box_mm, margin_mm: float, dpi: float, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """Pixel rectangle (x0, y0, x1, y1) of box_mm shrunk by margin_mm, on a page image of size (w, h)."""
    x, y, w, h = (float(v) for v in box_mm)
    s = dpi / 25.4
    x0, x1 = int(round((x + margin_mm) * s)), int(round((x + w - margin_mm) * s))
    y0, y1 = int(round((y + margin_mm) * s)), int(round((y + h - margin_mm) * s))
    ww, hh = size
    x0, y0 = max(0, x0), max(0, y0)
    return x0, y0, min(ww, max(x1, x0 + 1)), min(hh, max(y1, y0 + 1))


def cut_box(warped: np.ndarray, box_mm, margin_mm: float = 0.8, dpi: float = DEFAULT_DPI) -> np.ndarray:
    """The part of the warped page inside box_mm shrunk by margin_mm on every side (a view)."""
    x0, y0, x1, y1 = box_px(box_mm, margin_mm, dpi, (warped.shape[1], warped.shape[0]))
    return warped[y0:y1, x0:x1]


def _warp(gray: np.ndarray, matrix: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    return cv2.warpPerspective(
        gray, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255
    )


#: A page is blank paper when its background is light and at most this fraction of it is ink
#: (darker than the background by BLANK_INK_CONTRAST): a PV page's markers alone cover about 1 %.
BLANK_INK_FRACTION = 0.0005
BLANK_INK_CONTRAST = 60


def is_blank(gray: np.ndarray) -> bool:
    """Whether a grayscale page is empty paper (the back of a sheet scanned on both sides), so that its
    refusal can say so instead of asking for a rescan. A dark page (lid open, no paper) is not blank."""
    small = cv2.resize(gray, (max(1, gray.shape[1] // 4), max(1, gray.shape[0] // 4)), interpolation=cv2.INTER_AREA)
    background = float(np.median(small))
    return background > 128 and float(np.mean(small < background - BLANK_INK_CONTRAST)) <= BLANK_INK_FRACTION


class UnreadableImage(ValueError):
    """An array that is no page image: ``problem`` (empty, channels, too_small) and its ``size``."""

    def __init__(self, problem: str, size: str = ""):
        super().__init__(f"{problem} {size}".strip())
        self.problem, self.size = problem, size


def _gray(image) -> np.ndarray:
    if not isinstance(image, np.ndarray) or image.size == 0:
        raise UnreadableImage("empty")
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if image.ndim == 3 and image.shape[2] in (3, 4):
        code = cv2.COLOR_BGR2GRAY if image.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        image = cv2.cvtColor(image, code)
    if image.ndim != 2:
        raise UnreadableImage("channels", "×".join(str(n) for n in image.shape))
    if image.dtype != np.uint8:
        if image.dtype == np.uint16:
            image = (image >> 8).astype(np.uint8)
        else:
            image = np.clip(image, 0, 255).astype(np.uint8)
    if min(image.shape) < 200:
        raise UnreadableImage("too_small", f"{image.shape[1]}×{image.shape[0]}")
    return image


def _percentiles(values: np.ndarray, qs) -> list[float]:
    """np.percentile(values, q) for each q (linear interpolation), from one partial sort."""
    flat = values.ravel()
    at = [q / 100 * (flat.size - 1) for q in qs]
    below, above = [math.floor(a) for a in at], [math.ceil(a) for a in at]
    part = np.partition(flat, sorted(set(below) | set(above)))
    return [float(part[lo] + (part[hi] - part[lo]) * (a - lo)) for a, lo, hi in zip(at, below, above)]


def edge_blur_mm(warped, dpi: float, marker_ids) -> float:
    """How blurred the page is: the Gaussian sigma (mm) of the printed markers' edges.

    From the steepest contrast-normalised gradient on each marker (a step edge blurred with
    sigma has slope 1 / (sigma * sqrt(2 pi))); the median over the markers. Measured on the
    markers (known, high-contrast print) so handwriting and page content do not change it.
    A crisp scan gives about 0.1 mm at DEFAULT_DPI (the pixel size sets the floor).
    `warped`: the warped page, or a Registration (only the marker regions are warped then).
    """
    cut = warped.cut if isinstance(warped, Registration) else lambda box, m: cut_box(warped, box, m, dpi)
    vals = []
    for mid in marker_ids:
        x, y = MARKER_XY_MM[mid]
        crop = cut((x, y, g.MARKER_MM, g.MARKER_MM), -1.0).astype(np.float32)
        lo, hi = _percentiles(crop, (2, 98))
        if hi - lo < 30:
            vals.append(float("inf"))
            continue
        norm = (crop - lo) / (hi - lo)
        gx = cv2.Sobel(norm, cv2.CV_32F, 1, 0, ksize=3) / 8
        gy = cv2.Sobel(norm, cv2.CV_32F, 0, 1, ksize=3) / 8
        steep = float(_percentiles(np.hypot(gx, gy), (98,))[0])
        vals.append(25.4 / dpi / (max(steep, 1e-6) * np.sqrt(2 * np.pi)))
    return float(np.median(vals)) if vals else float("inf")


def read_qr(warped, dpi: float, qr_mm=g.QR_MM) -> str | None:
    """Decode the QR code in its place on the warped page (or a Registration); None when unreadable."""
    det = cv2.QRCodeDetector()
    crop = (
        warped.cut(qr_mm, -QR_PAD_MM) if isinstance(warped, Registration) else cut_box(warped, qr_mm, -QR_PAD_MM, dpi)
    )
    # The page is registered, so the symbol lies where the form printed it: decode it there first
    # (a third of the time of detecting it). Its size depends on the QR version; QR_GUESS_MODULES is
    # that of our payloads, and the decoder finds the finder patterns from a close enough guess.
    s = dpi / 25.4
    side = min(qr_mm[2], qr_mm[3]) * QR_GUESS_MODULES / (QR_GUESS_MODULES + 2 * g.QR_BORDER)
    x0, y0 = QR_PAD_MM + (qr_mm[2] - side) / 2, QR_PAD_MM + (qr_mm[3] - side) / 2
    corners = np.array([[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side]], np.float32) * s - 0.5
    try:
        text, _ = det.decode(crop, corners[None])[:2]
    except cv2.error:
        text = ""
    if text:
        return text
    tries = [crop]
    _, otsu = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    tries.append(otsu)
    tries.append(cv2.resize(crop, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC))
    for img in tries:
        try:
            text, pts, _ = det.detectAndDecode(img)
        except cv2.error:
            continue
        if text:
            return text
    return None


def _lookup(template_lookup: TemplateLookup, ident: PageIdentity) -> dict | None:
    if isinstance(template_lookup, dict) and "pages" in template_lookup:
        return template_lookup
    if callable(template_lookup):
        return template_lookup(ident)
    if isinstance(template_lookup, Mapping):
        return template_lookup.get((ident.election_id, ident.station))
    if isinstance(template_lookup, (list, tuple)):
        for t in template_lookup:
            if t.get("election_id") == ident.election_id and t.get("station") == ident.station:
                return t
        return None
    raise TypeError("template_lookup: a template dict, a mapping or a callable")


#: Header items compared even when they fell partly outside the image: without them the page is not known.
HEADER_ALWAYS = ("station", "page")


def _header_in_image(reg: Registration) -> dict:
    """The template page for the header check, less the header items that fell partly outside the
    scanned image (a sheet skewed in a feeder): they cannot be compared, except HEADER_ALWAYS."""
    header = reg.page.get("header", [])
    if not header:
        return reg.page
    inside = reg.in_image([h["box_mm"] for h in header], 0.0)
    seen = [h for h, ok in zip(header, inside) if ok or h.get("key") in HEADER_ALWAYS]
    return reg.page if len(seen) == len(header) else dict(reg.page, header=seen)


def _corners(ids) -> list[str]:
    """The position codes of markers, in id order (top_left, top_right, bottom_right, ...)."""
    return [g.MARKER_POSITIONS[i] for i in sorted(ids)]


def register(
    image,
    template_lookup: TemplateLookup,
    expected_election_id: str | None = None,
    expected_station: int | None = None,
    *,
    dpi: float = DEFAULT_DPI,
    header_check: HeaderCheck | None = None,
) -> Registration:
    """Register one scanned page (grayscale or BGR array) or refuse it (a code and its parameters).

    template_lookup: the station's template dict, a {(election_id, station): template} mapping,
    a list of templates, or a callable PageIdentity -> template | None.
    header_check: optional hook (warped header crop, template page, identity) -> None (or []) when
    the printed header agrees, else its problems, each {"code", "params"} (refusal 'header_mismatch';
    ``ocr.printed.make_header_check`` makes one). The header region is template["header_mm"]; its
    lines are page["header"].
    """
    reg = Registration(accepted=False, dpi=dpi)
    t0 = time.perf_counter()
    try:
        gray = _gray(image)
    except UnreadableImage as exc:
        return _refuse(reg, "image_unreadable", problem=exc.problem, size=exc.size)
    found = detect_markers(gray)
    reg.timings_ms["markers"] = (time.perf_counter() - t0) * 1000
    reg.markers_found = tuple(sorted(found))
    reg.markers_missing = tuple(i for i in g.MARKER_IDS if i not in found)
    if not found:
        return _refuse(reg, "blank_page" if is_blank(gray) else "no_markers")
    if not spans_page(found):
        return _refuse(reg, "markers_missing", corners=_corners(reg.markers_missing))

    h, err_max, err_rms, _ = fit_homography(found)
    reg.residual_mm, reg.residual_rms_mm = err_max, err_rms
    if h is None or not np.isfinite(err_max) or err_max > MAX_RESIDUAL_MM:
        return _refuse(reg, "marker_residual", residual=min(err_max, 99.9))
    reg.homography = h
    try:
        hinv = np.linalg.inv(h)
    except np.linalg.LinAlgError:
        return _refuse(reg, "marker_residual", residual=99.9)
    centre = np.array(
        [
            [[g.PAGE_W_MM / 2, g.PAGE_H_MM / 2]],
            [[g.PAGE_W_MM / 2, g.PAGE_H_MM / 2 - 10]],
            [[g.PAGE_W_MM / 2 + 10, g.PAGE_H_MM / 2]],
        ]
    )
    c, up, right = cv2.perspectiveTransform(centre, hinv).reshape(3, 2)
    (ux, uy), (rx, ry) = up - c, right - c
    reg.scan_dpi = float(np.sqrt(abs(ux * ry - uy * rx)) / 10 * 25.4)
    v = up - c
    reg.rotation_deg = float(np.degrees(np.arctan2(v[0], -v[1])))
    if reg.scan_dpi < MIN_SCAN_DPI:
        return _refuse(reg, "resolution_too_low", dpi=reg.scan_dpi, min_dpi=RECOMMENDED_DPI)

    t1 = time.perf_counter()
    reg._source, reg._to_page = gray, mm_to_px(dpi) @ h  # warped lazily (Registration.cut, .warped)
    reg.blur_mm = edge_blur_mm(reg, dpi, reg.markers_found)
    reg.timings_ms["blur"] = (time.perf_counter() - t1) * 1000
    if not reg.blur_mm <= MAX_BLUR_MM:
        return _refuse(reg, "too_blurry")

    t2 = time.perf_counter()
    payload = read_qr(reg, dpi)
    reg.timings_ms["qr"] = (time.perf_counter() - t2) * 1000
    if payload is None:
        return _refuse(reg, "qr_missing")
    try:
        ident = parse_payload(payload)
    except PayloadError as exc:
        return _refuse(reg, "qr_invalid", problem=exc.code)
    reg.identity = ident
    if expected_election_id is not None and ident.election_id != expected_election_id:
        return _refuse(reg, "wrong_election", got=ident.election_id, expected=expected_election_id)
    if expected_station is not None and ident.station != expected_station:
        return _refuse(reg, "wrong_station", got=ident.station, expected=expected_station)
    template = _lookup(template_lookup, ident)
    if template is None:
        return _refuse(reg, "unknown_template", station=ident.station, election=ident.election_id)
    if template["election_id"] != ident.election_id:
        return _refuse(reg, "wrong_election", got=ident.election_id, expected=template["election_id"])
    if template["station"] != ident.station:
        return _refuse(reg, "wrong_station", got=ident.station, expected=template["station"])
    if template["template_version"] != ident.template_version:
        return _refuse(reg, "template_version", got=ident.template_version, expected=template["template_version"])
    count = len(template["pages"])
    if ident.page > count:
        return _refuse(reg, "page_out_of_range", page=ident.page, count=count)
    if ident.page_count != count:
        return _refuse(reg, "page_count_mismatch", got=ident.page_count, expected=count)
    reg.template = template
    reg.page = template["pages"][ident.page - 1]
    if header_check is not None:
        problems = header_check(reg.header_image(), _header_in_image(reg), ident)
        if problems:
            return _refuse(reg, "header_mismatch", problems=list(problems))
    reg.accepted = True
    reg.timings_ms["total"] = (time.perf_counter() - t0) * 1000
    return reg
