"""Schema, as sqlite-utils migrations. Never edit an applied migration: add one."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("stemkiosk")


def _run(db: sqlite_utils.Database, *statements: str) -> None:
    # One execute per statement: executescript() would commit the migration's
    # transaction half-way.
    for statement in statements:
        db.execute(statement)


@migrations()
def m001_election_and_accounts(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """CREATE TABLE election (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            category TEXT NOT NULL,
            subcategory TEXT NOT NULL,
            domain_id TEXT NOT NULL,
            domain_name TEXT NOT NULL,
            election_date TEXT NOT NULL,
            number_of_seats INTEGER,
            singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1)
        )""",
        """CREATE TABLE lists (
            number INTEGER PRIMARY KEY CHECK (number > 0),
            name TEXT NOT NULL
        )""",
        """CREATE TABLE candidates (
            list_number INTEGER NOT NULL REFERENCES lists(number),
            position INTEGER NOT NULL CHECK (position > 0),
            last_name TEXT NOT NULL,
            initials TEXT NOT NULL DEFAULT '',
            first_name TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            locality TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (list_number, position)
        )""",
        """CREATE TABLE polling_stations (
            number INTEGER PRIMARY KEY CHECK (number > 0),
            name TEXT NOT NULL,
            postcode TEXT NOT NULL DEFAULT '',
            number_of_voters INTEGER CHECK (number_of_voters IS NULL OR number_of_voters >= 0)
        )""",
        """CREATE TABLE eml_imports (
            kind TEXT PRIMARY KEY CHECK (kind IN ('110a', '230b', '110b')),
            source_name TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL
        )""",
        """CREATE TABLE accounts (
            username TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'verifier', 'coordinator')),
            password_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
            locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        )""",
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
            hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
        )""",
        # Append-only: the log refuses to be rewritten. (An attacker with the
        # file can drop these triggers; the hash chain catches that case.)
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
        # A new row must continue the chain from the current head.
        """CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
           WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
             OR NEW.prev_hash IS NOT coalesce(
                  (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
                  '0000000000000000000000000000000000000000000000000000000000000000')
           BEGIN SELECT RAISE(ABORT, 'audit_log row does not continue the chain'); END""",
    )


@migrations()
def m002_station_events(db: sqlite_utils.Database) -> None:
    """The entry workflow of each polling station, as its stream of events
    (kiosk.domain.workflow). A station's state is the replay of its events;
    nothing is ever overwritten, so both entries survive any resolution."""
    _run(
        db,
        """CREATE TABLE station_events (
            id INTEGER PRIMARY KEY,
            station INTEGER NOT NULL REFERENCES polling_stations(number),
            type TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            event TEXT NOT NULL
        )""",
        "CREATE INDEX station_events_by_station ON station_events (station, id)",
        """CREATE TRIGGER station_events_no_update BEFORE UPDATE ON station_events
           BEGIN SELECT RAISE(ABORT, 'station_events is append-only'); END""",
        """CREATE TRIGGER station_events_no_delete BEFORE DELETE ON station_events
           BEGIN SELECT RAISE(ABORT, 'station_events is append-only'); END""",
    )


@migrations()
def m003_hand_counts(db: sqlite_utils.Database) -> None:
    """The per-list totals added up by hand, typed twice (slot 1 and 2). A new
    typing of a slot supersedes the old one; the old row stays for history."""
    _run(
        db,
        """CREATE TABLE hand_counts (
            id INTEGER PRIMARY KEY,
            slot INTEGER NOT NULL CHECK (slot IN (1, 2)),
            account TEXT NOT NULL,
            at TEXT NOT NULL,
            totals TEXT NOT NULL
        )""",
        """CREATE TRIGGER hand_counts_no_update BEFORE UPDATE ON hand_counts
           BEGIN SELECT RAISE(ABORT, 'hand_counts is append-only'); END""",
        """CREATE TRIGGER hand_counts_no_delete BEFORE DELETE ON hand_counts
           BEGIN SELECT RAISE(ABORT, 'hand_counts is append-only'); END""",
    )


@migrations()
def m004_station_status(db: sqlite_utils.Database) -> None:
    """Each station's current status (and definitive results), written in the
    same transaction as the event that caused it. It is derived data: the
    dashboard and the tabulation read it instead of replaying every station's
    events, and the entry service rebuilds any row that lags the event log."""
    _run(
        db,
        """CREATE TABLE station_status (
            station INTEGER PRIMARY KEY REFERENCES polling_stations(number),
            status TEXT NOT NULL,
            last_event_id INTEGER NOT NULL,
            definitive_results TEXT
        )""",
    )


@migrations()
def m005_pages(db: sqlite_utils.Database) -> None:
    """Accepted scanned pages. The image file is content-addressed by its SHA-256
    next to the database; a rescan of the same page adds a row (the newest row of
    a station's page is current) and the old one stays for history."""
    _run(
        db,
        """CREATE TABLE pages (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            station INTEGER NOT NULL REFERENCES polling_stations(number),
            page INTEGER NOT NULL CHECK (page > 0),
            page_count INTEGER NOT NULL CHECK (page_count >= page),
            file TEXT NOT NULL,
            scanned_at TEXT NOT NULL,
            scanned_by TEXT NOT NULL,
            registration TEXT NOT NULL,
            readings TEXT NOT NULL
        )""",
        "CREATE INDEX pages_by_station ON pages (station, page)",
    )


@migrations()
def m006_rehearsal_seeds(db: sqlite_utils.Database) -> None:
    """Rehearsal mode only (``kiosk demo --rehearsal``): the OCR proposals that
    were made wrong on purpose, to measure rubber-stamping. A real election's
    store never has rows here. Append-only, like the audit log."""
    _run(
        db,
        """CREATE TABLE rehearsal_seeds (
            station INTEGER NOT NULL REFERENCES polling_stations(number),
            code TEXT NOT NULL,
            read_value TEXT NOT NULL,
            seeded_value TEXT NOT NULL,
            PRIMARY KEY (station, code)
        )""",
        """CREATE TRIGGER rehearsal_seeds_no_update BEFORE UPDATE ON rehearsal_seeds
           BEGIN SELECT RAISE(ABORT, 'rehearsal seeds are append-only'); END""",
        """CREATE TRIGGER rehearsal_seeds_no_delete BEFORE DELETE ON rehearsal_seeds
           BEGIN SELECT RAISE(ABORT, 'rehearsal seeds are append-only'); END""",
    )


@migrations()
def m007_audit_by_action(db: sqlite_utils.Database) -> None:
    """Finding the events of one kind without reading the whole log: a login checks its
    account against the chain, sealing finds the newest seal."""
    _run(db, "CREATE INDEX audit_log_by_action ON audit_log (action, seq)")


# The term every query through ``audit_log_by_action`` repeats, so SQLite may use the
# partial index (it must find the index's WHERE among the query's terms, word for word).
NOT_STATION_ACTION = "substr(action, 1, 8) <> 'station.'"


@migrations()
def m008_audit_log_lean(db: sqlite_utils.Database) -> None:
    """The audit log without two indexes that cost ``kiosk audit verify`` most of its
    ``PRAGMA integrity_check`` time (a 450-station election: ~1.9 million rows):

    - UNIQUE on ``hash``: an index in random order, checked row by row. The chain already
      makes every hash unique (each covers its own row number), and verify proves it.
    - ``audit_log_by_action`` over the station events (nine rows in ten): nothing looks
      them up by action; the index now covers the other rows only (partial index).

    The rows are copied unchanged: the hashes cover the events, not the table."""
    _run(
        db,
        """CREATE TABLE audit_log_lean (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
            hash TEXT NOT NULL CHECK (length(hash) = 64)
        )""",
        "INSERT INTO audit_log_lean (seq, at, actor, action, details, prev_hash, hash)"
        " SELECT seq, at, actor, action, details, prev_hash, hash FROM audit_log ORDER BY seq",
        # Dropping a table fires no DELETE trigger; the table's triggers and indexes go with it.
        "DROP TABLE audit_log",
        "ALTER TABLE audit_log_lean RENAME TO audit_log",
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
        """CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
           WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
             OR NEW.prev_hash IS NOT coalesce(
                  (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
                  '0000000000000000000000000000000000000000000000000000000000000000')
           BEGIN SELECT RAISE(ABORT, 'audit_log row does not continue the chain'); END""",
        f"CREATE INDEX audit_log_by_action ON audit_log (action, seq) WHERE {NOT_STATION_ACTION}",
    )


@migrations()
def m009_counting_method(db: sqlite_utils.Database) -> None:
    """The counting method (DSO/CSO), chosen once by the coordinator: EML 110a does not carry
    it, and it decides which paper the kiosk prints and enters. NULL: not chosen (the kiosk's
    counts-only form of earlier versions)."""
    _run(db, "ALTER TABLE election ADD COLUMN counting_method TEXT CHECK (counting_method IN ('DSO', 'CSO'))")


@migrations()
def m010_counting_authority(db: sqlite_utils.Database) -> None:
    """Who counts and where: the municipality that sent the 110b (the 510b's authority,
    which in a TK, EP, PS or AB election is not the election's domain), its number of
    eligible voters (the 510b's total Cast), and the 230b's contest (an electoral district)."""
    for sql in (
        "ALTER TABLE election ADD COLUMN authority_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE election ADD COLUMN authority_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE election ADD COLUMN number_of_voters INTEGER",
        "ALTER TABLE election ADD COLUMN contest_id TEXT NOT NULL DEFAULT 'geen'",
        "ALTER TABLE election ADD COLUMN contest_name TEXT NOT NULL DEFAULT ''",
    ):
        _run(db, sql)


@migrations()
def m011_several_elections(db: sqlite_utils.Database) -> None:
    """Several elections in one data folder (two on one day: PS and AB, GR and a
    referendum): every table of an election is keyed by the election's id, and the
    election table loses its single-row rule. Accounts and the audit log stay shared:
    one set of people, one chain. Rows of the (at most one) election already here are
    copied with its id; the tables are rebuilt because SQLite cannot change a key."""
    old = ("rehearsal_seeds", "pages", "station_status", "hand_counts", "station_events", "eml_imports")
    old += ("polling_stations", "candidates", "lists", "election")
    # Renaming a table takes its triggers and indexes along; they go when it is dropped.
    _run(db, *(f"ALTER TABLE {table} RENAME TO {table}_m010" for table in old))
    _run(
        db,
        """CREATE TABLE election (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            category TEXT NOT NULL,
            subcategory TEXT NOT NULL,
            domain_id TEXT NOT NULL,
            domain_name TEXT NOT NULL,
            election_date TEXT NOT NULL,
            number_of_seats INTEGER,
            counting_method TEXT CHECK (counting_method IN ('DSO', 'CSO')),
            authority_id TEXT NOT NULL DEFAULT '',
            authority_name TEXT NOT NULL DEFAULT '',
            number_of_voters INTEGER,
            contest_id TEXT NOT NULL DEFAULT 'geen',
            contest_name TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE lists (
            election_id TEXT NOT NULL REFERENCES election(id),
            number INTEGER NOT NULL CHECK (number > 0),
            name TEXT NOT NULL,
            PRIMARY KEY (election_id, number)
        )""",
        """CREATE TABLE candidates (
            election_id TEXT NOT NULL,
            list_number INTEGER NOT NULL,
            position INTEGER NOT NULL CHECK (position > 0),
            last_name TEXT NOT NULL,
            initials TEXT NOT NULL DEFAULT '',
            first_name TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            locality TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (election_id, list_number, position),
            FOREIGN KEY (election_id, list_number) REFERENCES lists(election_id, number)
        )""",
        """CREATE TABLE polling_stations (
            election_id TEXT NOT NULL REFERENCES election(id),
            number INTEGER NOT NULL CHECK (number > 0),
            name TEXT NOT NULL,
            postcode TEXT NOT NULL DEFAULT '',
            number_of_voters INTEGER CHECK (number_of_voters IS NULL OR number_of_voters >= 0),
            PRIMARY KEY (election_id, number)
        )""",
        """CREATE TABLE eml_imports (
            election_id TEXT NOT NULL REFERENCES election(id),
            kind TEXT NOT NULL CHECK (kind IN ('110a', '230b', '110b')),
            source_name TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            PRIMARY KEY (election_id, kind)
        )""",
        """CREATE TABLE station_events (
            id INTEGER PRIMARY KEY,
            election_id TEXT NOT NULL,
            station INTEGER NOT NULL,
            type TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            event TEXT NOT NULL,
            FOREIGN KEY (election_id, station) REFERENCES polling_stations(election_id, number)
        )""",
        """CREATE TABLE hand_counts (
            id INTEGER PRIMARY KEY,
            election_id TEXT NOT NULL REFERENCES election(id),
            slot INTEGER NOT NULL CHECK (slot IN (1, 2)),
            account TEXT NOT NULL,
            at TEXT NOT NULL,
            totals TEXT NOT NULL
        )""",
        """CREATE TABLE station_status (
            election_id TEXT NOT NULL,
            station INTEGER NOT NULL,
            status TEXT NOT NULL,
            last_event_id INTEGER NOT NULL,
            definitive_results TEXT,
            PRIMARY KEY (election_id, station),
            FOREIGN KEY (election_id, station) REFERENCES polling_stations(election_id, number)
        )""",
        """CREATE TABLE pages (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            election_id TEXT NOT NULL,
            station INTEGER NOT NULL,
            page INTEGER NOT NULL CHECK (page > 0),
            page_count INTEGER NOT NULL CHECK (page_count >= page),
            file TEXT NOT NULL,
            scanned_at TEXT NOT NULL,
            scanned_by TEXT NOT NULL,
            registration TEXT NOT NULL,
            readings TEXT NOT NULL,
            FOREIGN KEY (election_id, station) REFERENCES polling_stations(election_id, number)
        )""",
        """CREATE TABLE rehearsal_seeds (
            election_id TEXT NOT NULL,
            station INTEGER NOT NULL,
            code TEXT NOT NULL,
            read_value TEXT NOT NULL,
            seeded_value TEXT NOT NULL,
            PRIMARY KEY (election_id, station, code),
            FOREIGN KEY (election_id, station) REFERENCES polling_stations(election_id, number)
        )""",
    )
    the_one = "(SELECT id FROM election_m010)"
    _run(
        db,
        "INSERT INTO election SELECT id, name, category, subcategory, domain_id, domain_name, election_date,"
        " number_of_seats, counting_method, authority_id, authority_name, number_of_voters, contest_id, contest_name"
        " FROM election_m010",
        f"INSERT INTO lists SELECT {the_one}, number, name FROM lists_m010",
        f"INSERT INTO candidates SELECT {the_one}, list_number, position, last_name, initials, first_name, prefix,"
        " locality, gender FROM candidates_m010",
        f"INSERT INTO polling_stations SELECT {the_one}, number, name, postcode, number_of_voters"
        " FROM polling_stations_m010",
        f"INSERT INTO eml_imports SELECT {the_one}, kind, source_name, sha256, imported_at, imported_by"
        " FROM eml_imports_m010",
        f"INSERT INTO station_events SELECT id, {the_one}, station, type, actor, at, event FROM station_events_m010",
        f"INSERT INTO hand_counts SELECT id, {the_one}, slot, account, at, totals FROM hand_counts_m010",
        f"INSERT INTO station_status SELECT {the_one}, station, status, last_event_id, definitive_results"
        " FROM station_status_m010",
        # rowid order is the scan order (the newest scan of a page is current): keep it.
        f"INSERT INTO pages (rowid, sha256, election_id, station, page, page_count, file, scanned_at, scanned_by,"
        f" registration, readings) SELECT rowid, sha256, {the_one}, station, page, page_count, file, scanned_at,"
        " scanned_by, registration, readings FROM pages_m010",
        f"INSERT INTO rehearsal_seeds SELECT {the_one}, station, code, read_value, seeded_value"
        " FROM rehearsal_seeds_m010",
    )
    # Children first: dropping a table fires no DELETE trigger, but does check foreign keys.
    _run(db, *(f"DROP TABLE {table}_m010" for table in old))
    _run(
        db,
        "CREATE INDEX station_events_by_station ON station_events (election_id, station, id)",
        "CREATE INDEX pages_by_station ON pages (election_id, station, page)",
        *(
            f"""CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table}
           BEGIN SELECT RAISE(ABORT, '{what} append-only'); END"""
            for table, what in (
                ("station_events", "station_events is"),
                ("hand_counts", "hand_counts is"),
                ("rehearsal_seeds", "rehearsal seeds are"),
            )
            for verb in ("update", "delete")
        ),
    )


def migrate(db: sqlite_utils.Database) -> None:
    migrations.apply(db)
