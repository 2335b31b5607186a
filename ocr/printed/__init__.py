"""Machine-printed text (DESIGN §8): the page-header cross-check (against its rendering, Tesseract as
the second opinion), printed totals sheets, and the naive handwriting baseline for the benchmark.
Never imports `kiosk`.

    check = make_header_check()                   # register(..., header_check=check): the printed
                                                  # header against its rendering (no Tesseract when
                                                  # it looks as printed); method="tesseract": read it
    r = read_printed_number(crop)                 # PrintedReading(value, text, confidence)
    rs = read_printed_table(page, cells_mm, dpi)  # a column of printed numbers
    n = tesseract_read_field(box_crops)           # baseline only: handwriting, naive

Reading needs the tesseract binary (Debian: tesseract-ocr, tesseract-ocr-nld); without it every reading
raises TesseractMissing ("tesseract-ocr is not installed (apt-get install tesseract-ocr)").
"""

from .baseline import tesseract_read_field
from .engine import INSTALL_HINT, TesseractMissing, digits_language, ocr_language, tesseract_available
from .header import KEYS, HeaderLine, make_tesseract_header_check, normalise, read_header, text_agrees
from .header_match import HeaderMatch, make_fast_header_check, make_header_check, match_header
from .numbers import PrintedReading, parse_printed_number, read_printed_number, read_printed_table

__all__ = [
    "INSTALL_HINT",
    "KEYS",
    "HeaderLine",
    "HeaderMatch",
    "PrintedReading",
    "TesseractMissing",
    "digits_language",
    "make_fast_header_check",
    "make_header_check",
    "make_tesseract_header_check",
    "match_header",
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
