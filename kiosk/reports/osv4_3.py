"""The OSV4-3 CSV: the per-station results file that municipalities publish.

It is what the Kiesraad's Abacus publishes next to the municipality's EML 510b:
``ElectionCount::as_osv4_3_csv(election, bom=true, final_newline=false)`` of
the crate eml-nl (``kiesraad/rust-eml-nl``, ``src/csv/``) run on that 510b.
``osv4_3_csv`` gives, from the same inputs as ``write_510b``, the bytes that
call gives for the 510b the kiosk writes. Sources: eml-nl ``src/csv/mod.rs``
(the version that added the GR2026 Assen test, commit d093da88),
``writer.rs``, ``utils.rs`` and ``name_resolver.rs``; its expected files
``test-files/csv/osv4-3_telling_gr2026_assen.csv`` (a real Abacus count) and
``..._gr2022_westmaasenwaal.csv``; Abacus ``backend/src/domain/report/structs.rs``
(the call and the file name), ``domain/election.rs`` (the names) and
``eml/mod.rs`` (what its 510b holds).

Bytes: UTF-8 starting with a BOM (U+FEFF), separator ``;``, every non-empty
field between ``"`` with ``"`` doubled, empty fields bare, rows ending in
``\\n`` and no line end after the last row. Rows:

1. ``"Verkiezing";;name``, ``"Datum";;yyyy-mm-dd``, ``"Gebied";;"Gemeente X"``
   ("Openbaar lichaam X" for Bonaire, Saba and Sint Eustatius, "Gemeente"
   alone without a name) and ``"Nummer";;code``, then an empty row.
2. ``"Lijstnummer";"Aanduiding";"Volgnummer";"Naam kandidaat";"Totaal"`` and a
   column per station, by number. Its head is the 510b's unit name without the
   first "(postcode: 1234 AB)" (eml-nl's pattern ``\\d{4}\\s*\\w{2}``), one
   leading "Stembureau " or "Briefstembureau ", and outer white space.
3. ``"Gebiednummer";;;;`` and the unit ids without ``^\\d+::SB``: the station
   numbers. ``"Postcode";;;;`` and the postcodes found in 2 ("" if none).
4. Statistic rows, ``;label;;;total;per station``. opgeroepenen (the 510b's
   Cast: a station's number of voters, 0 when unknown; in the total column the
   110b's MaxVotes, else the stations' sum), geldige stempas (A), geldig
   volmachtbewijs (B), geldige kiezerspas (C), toegelaten kiezers (D), geldige
   stembiljetten (E), blanco (F) and ongeldige stembiljetten (G), aangetroffen
   stembiljetten (E+F+G), meer (I) and minder stembiljetten dan toegelaten
   kiezers (J); I and J left empty are 0. eml-nl prints such a row only when
   the 510b's totals carry its reason code: C only where the election has
   voter cards, and never the explanation rows of the old PV ("kiezers met
   stembiljet hebben niet gestemd", "er zijn te weinig/te veel stembiljetten
   uitgereikt", "geen verklaring", "andere verklaring"), as the 510b carries
   none (Assen's expected file has none of them).
5. Per list, by number: ``number;name;;;E.l;per station``, then its candidates
   by number: ``;;number;"prefix last, initials";votes;per station`` (no first
   name; no ", " without initials).

Names are written as they are, as Abacus does: no guard against spreadsheet
formulas. Refusals (ValueError), as ``write_510b``: totals that are not the sum
of the station results, stations the election does not know, empty required
fields, H ≠ E+F+G or L<l>.T ≠ E.<l>, no four-digit municipality code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from kiosk.domain.election import PUBLIC_BODIES, Candidate, Election, PollingStation
from kiosk.domain.fields import candidate_code, list_votes_code
from kiosk.domain.results import Results
from kiosk.domain.tabulation import Totals
from kiosk.eml.count_rows import station_rows, total_cast
from kiosk.eml.write_510b import unit_name

BOM = "\ufeff"
SEPARATOR = ";"
LINE_END = "\n"
ENCODING = "utf-8"
HEADER = ("Lijstnummer", "Aanduiding", "Volgnummer", "Naam kandidaat", "Totaal")
#: Not field codes: the 510b's Cast, and the ballots found (E + F + G).
CAST, FOUND = "Cast", "aangetroffen"
#: Statistic rows in eml-nl's order: (label, code). A row is printed when the totals have the code.
STATISTICS: tuple[tuple[str, str], ...] = (
    ("opgeroepenen", CAST),
    ("geldige stempas", "A"),
    ("geldig volmachtbewijs", "B"),
    ("geldige kiezerspas", "C"),
    ("toegelaten kiezers", "D"),
    ("geldige stembiljetten", "E"),
    ("blanco stembiljetten", "F"),
    ("ongeldige stembiljetten", "G"),
    ("aangetroffen stembiljetten", FOUND),
    ("meer stembiljetten dan toegelaten kiezers", "I"),
    ("minder stembiljetten dan toegelaten kiezers", "J"),
)
#: Unicode White_Space: what Rust's ``trim`` and regex ``\s`` mean (Python's also take \x1c-\x1f).
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_POSTCODE = re.compile(rf"\(postcode: (\d{{4}}[{_WHITE_SPACE}]*\w{{2}})\)")
_UNIT_PREFIXES = ("Stembureau ", "Briefstembureau ")
_STATION_ID_PREFIX = re.compile(r"^\d+::SB")
_MUNICIPALITY_CODE = re.compile(r"\d{4}")


def osv4_3_csv(election: Election, totals: Totals, station_results: Mapping[int, Results]) -> bytes:
    """The OSV4-3 CSV of the municipality's count, as bytes (BOM first, no final line end)."""
    code = election.municipality_id
    if not _MUNICIPALITY_CODE.fullmatch(code):
        raise ValueError(f"the OSV4-3 CSV is the municipality's and needs its four-digit code, not {code!r}")
    _check_candidate_numbers(election)
    by_number, rows_of = station_rows(election, totals, station_results)
    stations = list(by_number.values())
    columns = [{**rows_of[s.number], CAST: s.number_of_voters or 0, FOUND: rows_of[s.number]["H"]} for s in stations]
    total = totals.as_dict()
    total[CAST] = total_cast(election, stations)
    total[FOUND] = total["E"] + total["F"] + total["G"]

    heads = [station_column(station) for station in stations]
    rows: list[Sequence[str]] = [
        ("Verkiezing", "", election.name),
        ("Datum", "", election.election_date.isoformat()),
        ("Gebied", "", area_name(election.municipality_name)),
        ("Nummer", "", code),
        (),
        (*HEADER, *(name for name, _ in heads)),
        ("Gebiednummer", "", "", "", "", *(_STATION_ID_PREFIX.sub("", f"{code}::SB{s.number}") for s in stations)),
        ("Postcode", "", "", "", "", *(postcode for _, postcode in heads)),
    ]
    for label, key in STATISTICS:
        if key in total:
            rows.append(("", label, "", "", *_numbers(key, total, columns)))
    for party_list in sorted(election.lists, key=lambda pl: pl.number):
        number = party_list.number
        rows.append((str(number), party_list.name, "", "", *_numbers(list_votes_code(number), total, columns)))
        ranked = sorted(enumerate(party_list.candidates, start=1), key=lambda pair: pair[1].position)
        for index, candidate in ranked:
            votes = _numbers(candidate_code(number, index), total, columns)
            rows.append(("", "", str(candidate.position), candidate_name(candidate), *votes))
    text = BOM + LINE_END.join(SEPARATOR.join(_quote(field) for field in row) for row in rows)
    return text.encode(ENCODING)


def osv4_3_file_name(election: Election) -> str:
    """Abacus' name: ``osv4-3_telling_{category}{year}_{municipality}.csv``, lower case, the
    municipality's name without white space and with "/" as "-" (``csv_filename`` + ``slugify_filename``)."""
    name = re.sub(f"[{_WHITE_SPACE}]+", "", election.municipality_name).lower()
    if not name:
        raise ValueError("the OSV4-3 file name needs the counting municipality's name (import its 110b)")
    return f"osv4-3_telling_{election.category.lower()}{election.election_date.year}_{name}.csv".replace("/", "-")


def area_name(municipality_name: str) -> str:
    """The ``Gebied`` value: "Gemeente X", or "Openbaar lichaam X" for the three public bodies."""
    kind = "Openbaar lichaam" if municipality_name in PUBLIC_BODIES else "Gemeente"
    return f"{kind} {municipality_name}".strip(_WHITE_SPACE)


def station_column(station: PollingStation) -> tuple[str, str]:
    """(column head, postcode) as eml-nl makes them from the station's 510b unit name."""
    name = unit_name(station)
    found = _POSTCODE.search(name)
    postcode = found.group(1) if found else ""
    name = _POSTCODE.sub("", name, count=1)
    for prefix in _UNIT_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    return name.strip(_WHITE_SPACE), postcode


def candidate_name(candidate: Candidate) -> str:
    """The name as Abacus gives it to eml-nl: 'van der Berg, A.B.' (prefix last, initials); no first name."""
    surname = f"{candidate.prefix} {candidate.last_name}" if candidate.prefix else candidate.last_name
    return f"{surname}, {candidate.initials}" if candidate.initials else surname


# -- checks (the rest are the 510b's: kiosk.eml.count_rows) ------------------------------


def _check_candidate_numbers(election: Election) -> None:
    """Candidates are rows by number here: two with the same number would be one row."""
    for party_list in election.lists:
        positions = [candidate.position for candidate in party_list.candidates]
        if len(set(positions)) != len(positions):
            raise ValueError(f"list {party_list.number} has two candidates with the same number")


# -- text ---------------------------------------------------------------------------------


def _numbers(key: str, total: Mapping[str, int], columns: Sequence[Mapping[str, int]]) -> list[str]:
    return [str(total[key]), *(str(column[key]) for column in columns)]


def _quote(field: str) -> str:
    return '"' + field.replace('"', '""') + '"' if field else ""


def _list(numbers: Iterable[int]) -> str:
    return ", ".join(str(n) for n in numbers) or "none"
