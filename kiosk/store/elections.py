"""Reading and writing the election definition: election, lists, candidates, stations."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.domain.form_model import CountingMethod


def imported_kinds(db: sqlite_utils.Database) -> dict[str, dict]:
    return {row["kind"]: row for row in db["eml_imports"].rows}


def insert_election(db: sqlite_utils.Database, election: Election) -> None:
    db.execute(
        "INSERT INTO election (id, name, category, subcategory, domain_id, domain_name, election_date, number_of_seats)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            election.id,
            election.name,
            election.category,
            election.subcategory,
            election.domain_id,
            election.domain_name,
            election.election_date.isoformat(),
            election.number_of_seats,
        ],
    )


def insert_lists(db: sqlite_utils.Database, lists: tuple[PartyList, ...]) -> None:
    for party_list in lists:
        db.execute("INSERT INTO lists (number, name) VALUES (?, ?)", [party_list.number, party_list.name])
        for c in party_list.candidates:
            db.execute(
                "INSERT INTO candidates (list_number, position, last_name, initials, first_name, prefix, locality, gender)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [party_list.number, c.position, c.last_name, c.initials, c.first_name, c.prefix, c.locality, c.gender],
            )


def insert_stations(db: sqlite_utils.Database, stations: tuple[PollingStation, ...]) -> None:
    for s in stations:
        db.execute(
            "INSERT INTO polling_stations (number, name, postcode, number_of_voters) VALUES (?, ?, ?, ?)",
            [s.number, s.name, s.postcode, s.number_of_voters],
        )


def set_contest(db: sqlite_utils.Database, contest_id: str, contest_name: str) -> None:
    db.execute("UPDATE election SET contest_id = ?, contest_name = ?", [contest_id, contest_name])


def set_authority(db: sqlite_utils.Database, authority_id: str, authority_name: str, voters: int | None) -> None:
    db.execute(
        "UPDATE election SET authority_id = ?, authority_name = ?, number_of_voters = ?",
        [authority_id, authority_name, voters],
    )


def record_import(db: sqlite_utils.Database, kind: str, source_name: str, sha256: str, at: str, by: str) -> None:
    db.execute(
        "INSERT INTO eml_imports (kind, source_name, sha256, imported_at, imported_by) VALUES (?, ?, ?, ?, ?)",
        [kind, source_name, sha256, at, by],
    )


def load_election(db: sqlite_utils.Database) -> Election | None:
    """The whole election with lists, candidates and stations, or None before import."""
    row = db.execute(
        "SELECT id, name, category, subcategory, domain_id, domain_name, election_date, number_of_seats,"
        " counting_method, authority_id, authority_name, contest_id, contest_name, number_of_voters FROM election"
    ).fetchone()
    if row is None:
        return None
    candidates: dict[int, list[Candidate]] = {}
    for ln, pos, last, initials, first, prefix, locality, gender in db.execute(
        "SELECT list_number, position, last_name, initials, first_name, prefix, locality, gender"
        " FROM candidates ORDER BY list_number, position"
    ):
        candidates.setdefault(ln, []).append(Candidate(ln, pos, last, initials, first, prefix, locality, gender))
    lists = tuple(
        PartyList(number, name, tuple(candidates.get(number, ())))
        for number, name in db.execute("SELECT number, name FROM lists ORDER BY number")
    )
    stations = tuple(
        PollingStation(number, name, postcode, voters)
        for number, name, postcode, voters in db.execute(
            "SELECT number, name, postcode, number_of_voters FROM polling_stations ORDER BY number"
        )
    )
    return Election(
        id=row[0],
        name=row[1],
        category=row[2],
        subcategory=row[3],
        domain_id=row[4],
        domain_name=row[5],
        election_date=date.fromisoformat(row[6]),
        number_of_seats=row[7],
        lists=lists,
        stations=stations,
        counting_method=None if row[8] is None else CountingMethod(row[8]),
        authority_id=row[9],
        authority_name=row[10],
        contest_id=row[11],
        contest_name=row[12],
        number_of_voters=row[13],
    )


def counting_method(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT counting_method FROM election").fetchone()
    return None if row is None else row[0]


def set_counting_method(db: sqlite_utils.Database, method: CountingMethod) -> None:
    db.execute("UPDATE election SET counting_method = ?", [method.value])


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of every table: used to prove that a refused import wrote nothing."""
    return {name: db[name].count for name in sorted(db.table_names())}
