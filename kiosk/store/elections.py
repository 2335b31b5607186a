"""Reading and writing the election definition: election, lists, candidates, stations."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.domain.form_model import CountingMethod


def election_ids(db: sqlite_utils.Database) -> list[str]:
    """The ids of the imported elections, in the order they were imported."""
    return [row[0] for row in db.execute("SELECT id FROM election ORDER BY rowid")]


def imported_kinds(db: sqlite_utils.Database, election_id: str) -> dict[str, dict]:
    return {row["kind"]: row for row in db["eml_imports"].rows_where("election_id = ?", [election_id])}


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


def insert_lists(db: sqlite_utils.Database, election_id: str, lists: tuple[PartyList, ...]) -> None:
    for party_list in lists:
        db.execute(
            "INSERT INTO lists (election_id, number, name) VALUES (?, ?, ?)",
            [election_id, party_list.number, party_list.name],
        )
        for c in party_list.candidates:
            db.execute(
                "INSERT INTO candidates (election_id, list_number, position, last_name, initials, first_name, prefix,"
                " locality, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [election_id, party_list.number, c.position, c.last_name, c.initials, c.first_name, c.prefix]
                + [c.locality, c.gender],
            )


def insert_stations(db: sqlite_utils.Database, election_id: str, stations: tuple[PollingStation, ...]) -> None:
    for s in stations:
        db.execute(
            "INSERT INTO polling_stations (election_id, number, name, postcode, number_of_voters)"
            " VALUES (?, ?, ?, ?, ?)",
            [election_id, s.number, s.name, s.postcode, s.number_of_voters],
        )


def set_contest(db: sqlite_utils.Database, election_id: str, contest_id: str, contest_name: str) -> None:
    db.execute(
        "UPDATE election SET contest_id = ?, contest_name = ? WHERE id = ?", [contest_id, contest_name, election_id]
    )


def set_authority(
    db: sqlite_utils.Database, election_id: str, authority_id: str, authority_name: str, voters: int | None
) -> None:
    db.execute(
        "UPDATE election SET authority_id = ?, authority_name = ?, number_of_voters = ? WHERE id = ?",
        [authority_id, authority_name, voters, election_id],
    )


def record_import(
    db: sqlite_utils.Database, election_id: str, kind: str, source_name: str, sha256: str, at: str, by: str
) -> None:
    db.execute(
        "INSERT INTO eml_imports (election_id, kind, source_name, sha256, imported_at, imported_by)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [election_id, kind, source_name, sha256, at, by],
    )


def load_election(db: sqlite_utils.Database, election_id: str | None = None) -> Election | None:
    """The whole election with lists, candidates and stations, or None when it is not
    imported. Without an id: the only election (None when there are none or several)."""
    if election_id is None:
        ids = election_ids(db)
        if len(ids) != 1:
            return None
        election_id = ids[0]
    row = db.execute(
        "SELECT id, name, category, subcategory, domain_id, domain_name, election_date, number_of_seats,"
        " counting_method, authority_id, authority_name, contest_id, contest_name, number_of_voters FROM election"
        " WHERE id = ?",
        [election_id],
    ).fetchone()
    if row is None:
        return None
    candidates: dict[int, list[Candidate]] = {}
    for ln, pos, last, initials, first, prefix, locality, gender in db.execute(
        "SELECT list_number, position, last_name, initials, first_name, prefix, locality, gender"
        " FROM candidates WHERE election_id = ? ORDER BY list_number, position",
        [election_id],
    ):
        candidates.setdefault(ln, []).append(Candidate(ln, pos, last, initials, first, prefix, locality, gender))
    lists = tuple(
        PartyList(number, name, tuple(candidates.get(number, ())))
        for number, name in db.execute(
            "SELECT number, name FROM lists WHERE election_id = ? ORDER BY number", [election_id]
        )
    )
    stations = tuple(
        PollingStation(number, name, postcode, voters)
        for number, name, postcode, voters in db.execute(
            "SELECT number, name, postcode, number_of_voters FROM polling_stations WHERE election_id = ?"
            " ORDER BY number",
            [election_id],
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


def counting_method(db: sqlite_utils.Database, election_id: str) -> str | None:
    row = db.execute("SELECT counting_method FROM election WHERE id = ?", [election_id]).fetchone()
    return None if row is None else row[0]


def set_counting_method(db: sqlite_utils.Database, election_id: str, method: CountingMethod) -> None:
    db.execute("UPDATE election SET counting_method = ? WHERE id = ?", [method.value, election_id])


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of every table: used to prove that a refused import wrote nothing."""
    return {name: db[name].count for name in sorted(db.table_names())}
