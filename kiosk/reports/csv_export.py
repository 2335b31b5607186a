"""CSV export of the results: one row per polling station and a totals row, for spreadsheets.

The format is chosen for Dutch spreadsheet users, who open it by double-click
in Excel with Dutch regional settings (or in LibreOffice):

- **Separator ``;``**: with Dutch settings the decimal separator is the comma,
  so Excel's list separator is the semicolon; a comma-separated file opens
  with everything in column A.
- **UTF-8 with BOM**: Excel reads a CSV as UTF-8 only when it starts with the
  byte order mark; without it "Café" shows as "CafÃ©". LibreOffice and Python
  (``encoding="utf-8-sig"``) accept it. ``csv_export`` returns the text *with*
  the BOM (U+FEFF) as its first character: write it unchanged with
  ``encoding="utf-8", newline=""`` (or use ``csv_bytes``).
- **Lines end in CRLF**, fields are quoted only when needed (a ``;``, ``"``
  or line break inside; ``"`` doubled) -- RFC 4180, as Excel writes CSV.
- **Header**: ``stembureau;naam`` and then the field codes (DESIGN §4) in the
  paper's order: A B [C] D E.1 .. E.n E F G H I J, then per list
  L<l>.1 .. L<l>.<n> L<l>.T. Codes, not labels: they are the same in every
  language and are the keys used everywhere else.
- **Rows**: one per station, by station number, then one row ``totaal``
  (empty name) with the totals. Numbers are plain integers, no thousands
  separators. An I or J box left empty on the paper is an empty cell (empty
  is not 0); the totals count it as 0, as tabulation does.
- **Formula injection**: a name that starts with ``=``, ``+``, ``-``, ``@``,
  a tab or a carriage return would be run as a formula by Excel; such a name
  gets a leading ``'`` (OWASP's advice), which Excel shows as text.

Deterministic: the same input always gives the same text. Like the EML 510b
export, it refuses totals that are not the sum of the station results given,
stations the election does not know and results with empty required fields.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from kiosk.domain.election import Election
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import DIFFERENCE_FIELDS, Totals, summed_codes
from kiosk.eml.count_rows import counted_stations

SEPARATOR = ";"
BOM = "\ufeff"
ENCODING = "utf-8"
#: The first two columns; the field codes follow.
STATION_COLUMN, NAME_COLUMN = "stembureau", "naam"
TOTALS_LABEL = "totaal"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_export(election: Election, totals: Totals, station_results: Mapping[int, Results]) -> str:
    """The CSV text (starting with the BOM): header, one row per station, totals row."""
    shape = ElectionShape.from_election(election)
    codes = summed_codes(shape)
    names = {n: s.name for n, s in counted_stations(election, totals, station_results, shape).items()}
    output = io.StringIO()
    writer = csv.writer(output, delimiter=SEPARATOR, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow((STATION_COLUMN, NAME_COLUMN, *codes))
    sums = dict.fromkeys(codes, 0)
    for number in totals.stations:
        row = _station_row(number, station_results[number], shape, codes)
        for code, value in zip(codes, row):
            sums[code] += value or 0
        writer.writerow((number, _safe_text(names[number]), *("" if value is None else value for value in row)))
    mismatch = [code for code in codes if sums[code] != totals[code]]
    if mismatch:
        code = mismatch[0]
        raise ValueError(
            f"the totals are not the sum of the station results: {code} is {totals[code]}, the sum {sums[code]}"
        )
    writer.writerow((TOTALS_LABEL, "", *(totals[code] for code in codes)))
    return BOM + output.getvalue()


def csv_bytes(election: Election, totals: Totals, station_results: Mapping[int, Results]) -> bytes:
    """The file's bytes: ``csv_export`` encoded as UTF-8 (the BOM included)."""
    return csv_export(election, totals, station_results).encode(ENCODING)


def _station_row(number: int, results: Results, shape: ElectionShape, codes: tuple[str, ...]) -> list[int | None]:
    if results.shape != shape:
        raise ValueError(f"station {number} has results of another election shape")
    values = results.to_dict()
    row = [values[code] for code in codes]
    empty = [code for code, value in zip(codes, row) if value is None and code not in DIFFERENCE_FIELDS]
    if empty:
        raise ValueError(f"station {number} has empty fields: {', '.join(empty)}")
    return row  # type: ignore[return-value]


def _safe_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
