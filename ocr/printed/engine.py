"""Tesseract plumbing: availability, language, one call on one image, crop clean-up, stacking.

Every pytesseract call starts a `tesseract` process (about 0.15 s, most of it loading the model),
so callers put many small crops into one image (`stack`) and read them with a single call.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
import pytesseract

INSTALL_HINT = "tesseract-ocr is not installed (apt-get install tesseract-ocr)"
DIGITS = "0123456789"
PAD_PX = 12  # white border around whatever goes to Tesseract

# Tesseract's OpenMP threads spin-wait for each other; on a busy two-core kiosk one thread per
# call is about three times faster (measured). pytesseract hands os.environ to the child
# process, so this is set here, unless the operator set it.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


class TesseractMissing(RuntimeError):
    """The tesseract binary (Debian package tesseract-ocr) is not installed or not runnable."""

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(INSTALL_HINT + (f": {detail}" if detail else ""))


def tesseract_available() -> bool:
    """True when the tesseract binary can be found (pytesseract's tesseract_cmd)."""
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


@lru_cache(maxsize=4)
def _languages(cmd: str) -> tuple[str, ...]:
    try:
        return tuple(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, FileNotFoundError) as exc:
        raise TesseractMissing() from exc


def installed_languages() -> tuple[str, ...]:
    if not tesseract_available():
        raise TesseractMissing()
    return _languages(pytesseract.pytesseract.tesseract_cmd)


def ocr_language() -> str:
    """'nld' when its traineddata is installed (tesseract-ocr-nld), else 'eng'. Asked once."""
    langs = installed_languages()
    if "nld" not in langs and "eng" not in langs:
        raise TesseractMissing("no nld or eng language data (apt-get install tesseract-ocr-nld)")
    return "nld" if "nld" in langs else "eng"


def digits_language() -> str:
    """'eng' for digits: tessdata's nld model reads a printed "77" as "71" now and then, eng
    not (measured on DejaVu Sans at 200 and 300 dpi)."""
    return "eng" if "eng" in installed_languages() else ocr_language()


@dataclass(frozen=True)
class Word:
    text: str
    conf: float  # 0..1 (Tesseract's word confidence / 100)
    left: int
    top: int
    width: int
    height: int

    @property
    def cy(self) -> float:
        return self.top + self.height / 2


def read_words(image: np.ndarray, psm: int, whitelist: str | None = None, lang: str | None = None) -> list[Word]:
    """Tesseract's words (text, confidence, box) on one grayscale image."""
    config = f"--oem 1 --psm {psm}"
    if whitelist:
        config += f" -c tessedit_char_whitelist={whitelist}"
    try:
        data = pytesseract.image_to_data(
            image, lang=lang or ocr_language(), config=config, output_type=pytesseract.Output.DICT
        )
    except (pytesseract.TesseractNotFoundError, FileNotFoundError) as exc:
        raise TesseractMissing() from exc
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        conf = float(data["conf"][i])
        words.append(
            Word(
                text,
                max(conf, 0.0) / 100.0,
                int(data["left"][i]),
                int(data["top"][i]),
                int(data["width"][i]),
                int(data["height"][i]),
            )
        )
    return words


def as_gray(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray) or image.size == 0:
        raise ValueError("geen beeld")
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if image.ndim == 3:
        image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY if image.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)
    if image.dtype != np.uint8:
        image = np.clip(image, 0, 255).astype(np.uint8)
    return image


def ink_mask(gray: np.ndarray, min_contrast: int = 60) -> np.ndarray | None:
    """Ink pixels (bool) by Otsu, or None when the crop has no real contrast (blank paper)."""
    lo, hi = np.percentile(gray, 0.5), np.percentile(gray, 99.5)
    if hi - lo < min_contrast:
        return None
    t, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return gray <= t


def remove_edge_lines(
    gray: np.ndarray, mask: np.ndarray, long_frac: float = 0.6, band: float = 0.2
) -> tuple[np.ndarray, np.ndarray]:
    """Paint over printed borders: straight lines at least long_frac of the crop's width
    (height) lying within `band` of its top or bottom (left or right) edge, and specks
    touching the edge. Returns (cleaned gray, remaining ink mask)."""
    h, w = mask.shape
    m = mask.astype(np.uint8)

    def opened(kw: int, kh: int) -> np.ndarray:
        return cv2.morphologyEx(m, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (kw, kh)))

    horiz = opened(max(3, int(long_frac * w)), 1)
    vert = opened(1, max(3, int(long_frac * h)))
    by, bx = max(1, int(band * h)), max(1, int(band * w))
    horiz[by : h - by, :] = 0
    vert[:, bx : w - bx] = 0
    lines = cv2.dilate(horiz | vert, np.ones((3, 3), np.uint8)).astype(bool) & mask
    keep = mask & ~lines
    n, labels, stats, _ = cv2.connectedComponentsWithStats(keep.astype(np.uint8), connectivity=8)
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        if area <= 4 and (x == 0 or y == 0 or x + bw == w or y + bh == h):
            keep[labels == i] = False
    out = gray.copy()
    out[mask & ~keep] = 255
    return out, keep


def tight(gray: np.ndarray, mask: np.ndarray, pad: int = 2) -> np.ndarray | None:
    """The crop cut to its ink (plus pad), or None without ink."""
    ys, xs = np.nonzero(mask)
    if len(ys) == 0:
        return None
    h, w = gray.shape
    return gray[
        max(0, ys.min() - pad) : min(h, ys.max() + pad + 1), max(0, xs.min() - pad) : min(w, xs.max() + pad + 1)
    ]


def scale(gray: np.ndarray, factor: float) -> np.ndarray:
    if abs(factor - 1) < 0.05:
        return gray
    interp = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=interp)


def to_height(gray: np.ndarray, height: int) -> np.ndarray:
    return scale(gray, height / max(1, gray.shape[0]))


def pad(gray: np.ndarray, px: int = PAD_PX) -> np.ndarray:
    return cv2.copyMakeBorder(gray, px, px, px, px, cv2.BORDER_CONSTANT, value=255)


def stack(crops: list[np.ndarray], gap: int) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Crops left-aligned one below the other on white, with gap px between them; each crop's
    (top, bottom) row in the stacked image."""
    width = max(c.shape[1] for c in crops) + 2 * PAD_PX
    height = sum(c.shape[0] for c in crops) + gap * (len(crops) - 1) + 2 * PAD_PX
    out = np.full((height, width), 255, np.uint8)
    spans, y = [], PAD_PX
    for c in crops:
        out[y : y + c.shape[0], PAD_PX : PAD_PX + c.shape[1]] = c
        spans.append((y, y + c.shape[0]))
        y += c.shape[0] + gap
    return out, spans


def words_per_span(words: list[Word], spans: list[tuple[int, int]], gap: int) -> list[list[Word]]:
    """Assign every word to the stacked crop its centre lies in (or next to), left to right."""
    out: list[list[Word]] = [[] for _ in spans]
    for wd in words:
        for i, (y0, y1) in enumerate(spans):
            if y0 - gap / 2 <= wd.cy < y1 + gap / 2:
                out[i].append(wd)
                break
    return [sorted(ws, key=lambda w: w.left) for ws in out]
