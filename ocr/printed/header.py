"""Does the printed page header say what the page's QR code and template say?

    check = make_tesseract_header_check()
    reg = register(image, templates, header_check=check)   # refusal 'header_mismatch' + its problems

(ocr.printed.make_header_check() gives the default check, which compares the header with its rendering
instead, ocr.printed.header_match, and reads it with Tesseract only when it does not look as printed.)

The hook gets the warped header crop (template header_mm at the registration's dpi), the
template page and the QR identity. It reads the header lines it knows the place of (the
template's page["header"] boxes) with Tesseract and compares:

    station  "Stembureau 3"          -> the number must equal the QR station, exactly
    page     "pagina 1 van 3"        -> both numbers must equal the QR page and page count
    model    "Model N 10-1 (SB-PV)"  -> the template text: the numbers in it exactly, the rest
                                        within a small edit distance after normalising case,
                                        whitespace, dashes and diacritics
    (any other header key, e.g. station_name, is compared like model when asked for)

All lines go to Tesseract as one stacked image (one call, --psm 6). A line that does not agree
is read again alone (--psm 7, Dutch and English models, then binarised and larger) and counts
as agreeing when any reading agrees, so an unlucky misread does not refuse a good page; only
a line that never agrees is reported, as a problem code and what was read and expected (PROBLEMS),
e.g. {"code": "station_differs", "params": {"read": 7, "expected": 3}}; the words are the caller's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from ..forms import geometry as g
from ..forms.identity import PageIdentity
from . import engine as e

KEYS = ("station", "page", "model")
#: What a header line that disagrees reports: code -> its parameters.
PROBLEMS: dict[str, tuple[str, ...]] = {
    "station_unreadable": (),  # no station number in the header
    "station_differs": ("read", "expected"),  # the header's station number, the QR code's
    "page_unreadable": (),
    "page_differs": ("read_page", "read_count", "page", "count"),  # "pagina 2 van 3" where the QR says 1 of 3
    "text_missing": ("expected",),  # a text line (model, ...) not found
    "text_differs": ("read", "expected"),
}
HEADER_DPI = 300  # header lines are scaled to this resolution for Tesseract
LINE_PAD_MM = 0.8
GAP_PX = 40

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_DIGIT_LIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})


def normalise(text: str) -> str:
    """Lower case, no diacritics, one kind of dash, single spaces."""
    text = unicodedata.normalize("NFKD", text or "").translate(_DASHES)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def numbers_in(text: str) -> list[int]:
    """The integers in a text; in tokens that hold a digit, O/o and l/I/| count as 0 and 1."""
    out = []
    for token in re.findall(r"[0-9Ool|I]+", text or ""):
        if any(c.isdigit() for c in token):
            out.extend(int(n) for n in re.findall(r"\d+", token.translate(_DIGIT_LIKE)))
    return out


def max_edits(expected: str) -> int:
    return max(2, round(0.15 * len(expected)))


_CONFUSABLE = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1"})


def text_agrees(read: str, expected: str) -> bool:
    """Same digits in the same order, and the rest within max_edits(expected) edits.

    Both sides are normalised and have the letters OCR confuses with digits (o, l, i) mapped
    to 0 and 1, so "Mode1 N 10-1" agrees with "Model N 10-1" but "Model N 10-2" does not.
    """
    a, b = (normalise(t).translate(_CONFUSABLE).replace(" ", "") for t in (read, expected))
    if re.sub(r"\D", "", a) != re.sub(r"\D", "", b):
        return False
    return levenshtein(a, b) <= max_edits(b)


@dataclass
class HeaderLine:
    key: str
    expected: str  # what the template/QR says, as printed
    read: str = ""  # the reading that was judged (the agreeing one if any)
    agrees: bool = False
    readings: list[str] = field(default_factory=list)  # every attempt, in order

    @property
    def unreadable(self) -> bool:
        """No reading gave the number(s) or text this line should hold."""
        return not any(_says_something(self.key, r) for r in self.readings)

    def problem(self, ident: PageIdentity) -> dict | None:
        """None when the line agrees, else {"code": one of PROBLEMS, "params": {...}} (JSON-able)."""
        if self.agrees:
            return None
        nums = numbers_in(self.read)
        if self.key == "station":
            if not nums:
                return _problem("station_unreadable")
            return _problem("station_differs", read=nums[-1], expected=ident.station)
        if self.key == "page":
            if len(nums) < 2:
                return _problem("page_unreadable")
            return _problem(
                "page_differs", read_page=nums[-2], read_count=nums[-1], page=ident.page, count=ident.page_count
            )
        if not self.read.strip():
            return _problem("text_missing", expected=self.expected)
        return _problem("text_differs", read=_short(self.read), expected=self.expected)


def _problem(code: str, **params) -> dict:
    assert set(params) == set(PROBLEMS[code]), code
    return {"code": code, "params": params}


def _short(text: str, n: int = 40) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def _agrees(key: str, read: str, expected: str, ident: PageIdentity) -> bool:
    nums = numbers_in(read)
    if key == "station":
        return bool(nums) and nums[-1] == ident.station
    if key == "page":
        return nums[-2:] == [ident.page, ident.page_count]
    return text_agrees(read, expected)


def _expected(key: str, line: dict, ident: PageIdentity) -> str:
    if key == "station":
        return f"Stembureau {ident.station}"
    if key == "page":
        return f"pagina {ident.page} van {ident.page_count}"
    return line["text"]


def _line_crop(gray: np.ndarray, box_mm, origin_mm, dpi: float) -> np.ndarray:
    s = dpi / 25.4
    x, y, w, h = box_mm
    ox, oy = origin_mm
    x0, y0 = int(round((x - ox - LINE_PAD_MM) * s)), int(round((y - oy - LINE_PAD_MM) * s))
    x1, y1 = int(round((x - ox + w + LINE_PAD_MM) * s)), int(round((y - oy + h + LINE_PAD_MM) * s))
    hh, ww = gray.shape
    crop = gray[max(0, y0) : min(hh, y1), max(0, x0) : min(ww, x1)]
    return e.scale(crop, HEADER_DPI / dpi) if crop.size else np.full((10, 10), 255, np.uint8)


def _binarised(crop: np.ndarray) -> np.ndarray:
    big = e.scale(crop, 1.5)
    _, bw = cv2.threshold(big, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return bw


def _text(words: list[e.Word]) -> str:
    return " ".join(w.text for w in words)


def read_header(
    header_crop: np.ndarray,
    page: dict,
    ident: PageIdentity,
    keys: Sequence[str] = KEYS,
    header_mm=g.HEADER_MM,
    lang: str | None = None,
) -> list[HeaderLine]:
    """Read and judge the header lines `keys` of a warped header crop (see module docstring)."""
    gray = e.as_gray(header_crop)
    dpi = gray.shape[1] / float(header_mm[2]) * 25.4
    lines = {h["key"]: h for h in page.get("header", [])}
    todo = [k for k in keys if k in lines]
    if not todo:
        return []
    lang = lang or e.ocr_language()
    crops = [_line_crop(gray, lines[k]["box_mm"], header_mm[:2], dpi) for k in todo]
    inked = [i for i, c in enumerate(crops) if e.ink_mask(c) is not None]  # blank: nothing to read
    per_line: list[list[e.Word]] = [[] for _ in todo]
    if inked:
        strip, spans = e.stack([crops[i] for i in inked], GAP_PX)
        words = e.words_per_span(e.read_words(strip, psm=6, lang=lang), spans, GAP_PX)
        for i, ws in zip(inked, words):
            per_line[i] = ws
    out = []
    for i, (k, crop, words) in enumerate(zip(todo, crops, per_line)):
        line = HeaderLine(k, _expected(k, lines[k], ident))
        attempts = _attempts(crop, wrap=bool(lines[k].get("wrap")), lang=lang) if i in inked else iter(())
        read = _text(words)
        while True:
            line.readings.append(read)
            if _agrees(k, read, line.expected, ident):
                line.read, line.agrees = read, True
                break
            if _says_something(k, read) and not _says_something(k, line.read):
                line.read = read  # report the first reading that says something
            nxt = next(attempts, None)
            if nxt is None:
                break
            read = nxt()
        out.append(line)
    return out


def _says_something(key: str, read: str) -> bool:
    if key == "station":
        return bool(numbers_in(read))
    if key == "page":
        return len(numbers_in(read)) >= 2
    return bool(read.strip())


def _attempts(crop: np.ndarray, wrap: bool, lang: str):
    psm = 6 if wrap else 7
    langs = [lang] + [x for x in ("eng",) if x != lang and x in e.installed_languages()]
    for lg in langs:
        yield lambda lg=lg: _text(e.read_words(e.pad(crop), psm=psm, lang=lg))
    yield lambda: _text(e.read_words(e.pad(_binarised(crop)), psm=psm, lang=lang))


def make_tesseract_header_check(
    keys: Sequence[str] = KEYS, *, header_mm=None, lang: str | None = None, refuse_unreadable: bool = True
) -> Callable[[np.ndarray, dict, PageIdentity], list[dict] | None]:
    """A `header_check` hook for `ocr.register.register` that reads the header with Tesseract (about
    0.2 s a page; `ocr.printed.make_header_check(method="tesseract")`).

    keys: header lines to compare (template page["header"] keys); header_mm: the template's
    header area (default: the fixed geometry, which every template uses); lang: Tesseract
    language (default 'nld' when installed, else 'eng'); refuse_unreadable=False lets a line
    that gives no number or text at all pass (default: it is reported, the page is refused).
    Raises TesseractMissing when tesseract is not installed.
    """
    hmm = tuple(header_mm) if header_mm is not None else g.HEADER_MM

    def header_check(header_crop: np.ndarray, page: dict, identity: PageIdentity) -> list[dict] | None:
        problems = []
        for line in read_header(header_crop, page, identity, keys, hmm, lang):
            if not refuse_unreadable and line.unreadable:
                continue
            p = line.problem(identity)
            if p:
                problems.append(p)
        return problems or None

    return header_check
