"""Tesseract for machine-printed text only (DESIGN §8): the page-header cross-check, printed
totals sheets, and the naive handwriting baseline for the benchmark. Never imports `kiosk`.

    check = make_header_check()                   # register(..., header_check=check)
    r = read_printed_number(crop)                 # PrintedReading(value, text, confidence)
    rs = read_printed_table(page, cells_mm, dpi)  # a column of printed numbers
    n = tesseract_read_field(box_crops)           # baseline only: handwriting, naive

Needs the tesseract binary (Debian: tesseract-ocr, tesseract-ocr-nld); without it every reading
raises TesseractMissing ("tesseract-ocr is not installed (apt-get install tesseract-ocr)").
"""

from .baseline import tesseract_read_field
from .engine import INSTALL_HINT, TesseractMissing, digits_language, ocr_language, tesseract_available
from .header import KEYS, HeaderLine, make_header_check, normalise, read_header, text_agrees
from .numbers import PrintedReading, parse_printed_number, read_printed_number, read_printed_table

__all__ = [
    "INSTALL_HINT",
    "KEYS",
    "HeaderLine",
    "PrintedReading",
    "TesseractMissing",
    "digits_language",
    "make_header_check",
    "normalise",
    "ocr_language",
    "parse_printed_number",
    "read_header",
    "read_printed_number",
    "read_printed_table",
    "tesseract_available",
    "tesseract_read_field",
    "text_agrees",
]
