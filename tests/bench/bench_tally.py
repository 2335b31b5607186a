"""Benchmark: tabulation, EML 510b export and totals sheet at the largest scale.

Two cases (``--case``), random consistent results for every station:

- ``default``: 450 polling stations × 40 lists × 50 candidates, the kiosk's own
  counts-only form (no counting method chosen), the sheet without Bijlage 1:
  the case the README's numbers are for;
- ``tk``: a real Tweede Kamer election in the largest municipality: 450
  stations, 26 lists of 80 (the four largest parties), 50 (twelve) and 30 (ten)
  candidates, 1 220 in all, names as long as real ones (list names ~70
  characters, candidates ~60), counted decentrally (Model N 10-1, so part 1's
  questions and the signatures are entered too); the sheet with Bijlage 1 (one
  block per station), as the kiosk prints it; and one station's blank N 10-1.

Each measurement is printed next to a baseline measured in the same run on the
same data:

- tabulation: the domain's ``sum_results`` vs. a plain ``Counter`` sum of dicts
  (the least a tally can cost in Python);
- EML 510b: ``write_510b`` (with strict XSD validation) vs. serialising the same
  numbers as bare XML with lxml (no schema, no Kiesraad structure);
- sheet: ``render_totals_sheet`` vs. ``csv_export`` of the same totals;
- forms (``tk`` only): one station's blank N 10-1 PDF vs. laying out its
  template (what registration needs) without drawing it;
- restart: rebuilding one station's state from its stored events (two full
  entries), the cost a kiosk pays per station when it restarts;
- audit verify: ``kiosk audit verify`` of the whole election (every station
  entered twice through the real entry service's events: ~4 200 events per
  station in the default case, ~2 600 in tk), derived tables included, on one core, vs. reading the same rows
  back from SQLite without checking anything; and ``--deep`` (replaying every
  event through the state machine) beside it.

Run:  .venv/bin/python tests/bench/bench_tally.py [--stations 450 --lists 40 --candidates 50]
      .venv/bin/python tests/bench/bench_tally.py --case tk [--stations 450]
Targets (DESIGN/issue): tabulation ≤ 1 s, sheet ≤ 3 s, audit verify ≤ 10 s.
``--verify-stations 0`` skips the audit-verify rows (building that store takes minutes).
Pin it to one core (``taskset -c 1``) when another job shares the machine.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path

from lxml import etree
from timing import timed  # noqa: E402  (tests/bench/timing.py)

from kiosk.demo.results import consistent_results
from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.domain.form_model import CountingMethod
from kiosk.domain.handcount import HandEntry, check_hand_count
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import sum_results
from kiosk.eml.write_510b import write_510b
from kiosk.reports.csv_export import csv_bytes
from kiosk.reports.totals_sheet import SheetData, render_totals_sheet

#: The tk case's lists: a party with more than 15 seats may field 80 candidates, any other 50;
#: small parties field fewer (TK 2023: 26 lists).
TK_LIST_SIZES = (80,) * 4 + (50,) * 12 + (30,) * 10


def big_election(
    stations: int, sizes: Sequence[int], method: CountingMethod | None = None, long_names: bool = False
) -> Election:
    """Lists of ``sizes`` candidates; ``long_names``: names as long as real ones (the tk case: list
    names ~70 characters, candidates ~60; the list number and position keep them apart)."""
    return Election(
        id="TK2025",
        name="Tweede Kamer 2025 (benchmark)",
        category="TK",
        subcategory="TK",
        domain_id="",  # a TK's domain is the country
        domain_name="",
        election_date=date(2025, 10, 29),
        number_of_seats=150,
        lists=tuple(
            PartyList(
                number,
                f"Christen-Democratisch Appèl / Staatkundig Gereformeerde Partij nr. {number}"
                if long_names
                else f"Partij {number}",
                tuple(
                    Candidate(number, c, f"Oosterbroek-van Steenwijk{number}x{c}", "A.B.C.D.", "Maximiliaan", "van")
                    if long_names
                    else Candidate(number, c, f"Kandidaat{c}", "A.")
                    for c in range(1, size + 1)
                ),
            )
            for number, size in enumerate(sizes, start=1)
        ),
        stations=tuple(PollingStation(n, f"Stembureau {n}", "1011 AB", 2000) for n in range(1, stations + 1)),
        counting_method=method,
        authority_id="0363",  # the counting municipality: the 110b's sender
        authority_name="Benchmarkstad",
        contest_id="9",  # the 230b's electoral district
        contest_name="Amsterdam",
    )


def import_election(store, election: Election) -> None:
    """Into a fresh store through the real door: its 110a, 230b and 110b written and imported with
    their hash check; then its counting method chosen (if it has one)."""
    from kiosk.eml import write
    from kiosk.services import counting_method, election_import
    from kiosk.services.auth import Account

    created = datetime(2025, 9, 1, 9, 0, tzinfo=timezone.utc)
    for kind, writer in (
        ("110a", write.write_election_definition),
        ("230b", write.write_candidate_lists),
        ("110b", write.write_polling_stations),
    ):
        data = writer(election, created)
        election_import.import_with_hash(store, data, f"bench.{kind}.xml", hashlib.sha256(data).hexdigest(), "bench")
    if election.counting_method is not None:
        counting_method.choose(store, Account("coordinator", "coordinator"), election.counting_method)


def naive_sum(raw: dict[int, dict]) -> dict:
    total: Counter = Counter()
    for values in raw.values():
        total.update({k: v for k, v in values.items() if isinstance(v, int) and not isinstance(v, bool)})
    return dict(total)


def bare_xml(raw: dict[int, dict]) -> bytes:
    root = etree.Element("counts")
    for station, values in raw.items():
        unit = etree.SubElement(root, "station", id=str(station))
        for code, value in values.items():
            etree.SubElement(unit, "v", code=code).text = str(value)
    return etree.tostring(root)


def restart_cost(shape: ElectionShape, values: dict, method: CountingMethod | None) -> float:
    """Seconds to rebuild one station with two full entries from the event log."""
    from kiosk.domain.fields import field_codes
    from kiosk.services.auth import Account
    from kiosk.services.entry import EntryService
    from kiosk.store import open_store

    election = big_election(1, [size for _, size in shape.lists], method)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp))
        import_election(store, election)
        service = EntryService(store)
        for account, entry in ((Account("v1", "verifier"), 1), (Account("v2", "verifier"), 2)):
            service.claim(account, 1, entry)
            for code in field_codes(service.shape):
                service.confirm(account, 1, entry, code, values.get(code))
            for message in service.entry_view(account, 1, entry).open_messages.messages:
                service.acknowledge(account, 1, entry, message)
            service.finish(account, 1, entry)
        seconds, state = timed(lambda: EntryService(store).state(1), repeat=3)
        assert state.status.value == "definitive", state.status
        store.close()
    return seconds


def verified_store_cost(election: Election, values: dict, home: Path) -> list[tuple]:
    """Rows for the audit-verify measurement: build a store of ``election`` whose every station
    holds the events of two full entries of ``values`` (the events of station 1, made by the real
    entry service, copied to the other stations with their audit rows, as the service writes
    them), then time ``integrity.check``."""
    from kiosk.domain.fields import field_codes
    from kiosk.services import auth, integrity
    from kiosk.services.auth import Account
    from kiosk.services.entry import EntryService
    from kiosk.store import audit, open_store, station_events

    store = open_store(home)
    coordinator = auth.add_account(store, "coordinator", "coordinator", "bench-coordinator-1", None)
    for name in ("v1", "v2"):
        auth.add_account(store, name, "verifier", f"bench-verifier-{name}", coordinator)
    import_election(store, election)
    service = EntryService(store)
    for account, entry in ((Account("v1", "verifier"), 1), (Account("v2", "verifier"), 2)):
        service.claim(account, 1, entry)
        for code in field_codes(service.shape):  # one commit each (in one transaction the cache is dropped per event)
            service.confirm(account, 1, entry, code, values.get(code))
        for message in service.entry_view(account, 1, entry).open_messages.messages:
            service.acknowledge(account, 1, entry, message)
        service.finish(account, 1, entry)
    template = [
        (row["actor"], row["action"], row["details"])
        for row in reversed(audit.rows(store.db))
        if row["action"].startswith("station.")
    ]
    status, _, results = station_events.statuses(store.db, election.id)[1]
    start = time.perf_counter()
    with store.transaction() as db:
        for station in range(2, len(election.stations) + 1):
            row_id = 0
            for actor, action, details in template:
                event = details["event"]
                row_id = db.execute(
                    "INSERT INTO station_events (election_id, station, type, actor, at, event) VALUES (?, ?, ?, ?, ?, ?)",
                    [election.id, station, event["type"], actor, event["at"], audit.canonical_json(event).decode()],
                ).lastrowid
                store.audit(actor, action, {**details, "station": station})
            station_events.save_status(db, election.id, station, status, row_id, results)
    events = db.execute("SELECT count(*) FROM station_events").fetchone()[0]
    seconds = time.perf_counter() - start
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = (home / "kiosk.db").stat().st_size
    print(f"verify store: {events} station events in {seconds:.0f} s, database {size / 1e9:.2f} GB")

    # The target is for one core: pin this process to one CPU for these measurements.
    cpus = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cpus)})
    t_verify, report = timed(lambda: integrity.check(store), repeat=1)
    assert report.ok, report.problem
    t_read, _ = timed(
        lambda: (
            sum(1 for _ in store.db.execute("SELECT * FROM audit_log"))
            + sum(1 for _ in store.db.execute("SELECT * FROM station_events"))
        ),
        repeat=1,
    )
    t_deep, deep = timed(lambda: integrity.check(store, deep=True), repeat=1)
    assert deep.ok, deep.problem
    parts = []

    def chain_and_stations():
        stations = integrity.StationEventsCheck(store.db)
        audit.verify(store.db, watch=(stations.PREFIX, stations.see))
        return stations.finish()

    for name, part in (
        ("chain", lambda: audit.verify(store.db)),
        ("chain + station events", chain_and_stations),
        ("integrity_check", lambda: integrity.rows.integrity_check(store.db)),
    ):
        parts.append(f"{name} {timed(part, repeat=1)[0]:.1f} s")
    os.sched_setaffinity(0, cpus)
    print("audit verify parts (one core): " + ", ".join(parts))
    store.close()
    return [
        (f"audit verify ({events} events, derived incl.)", t_verify, "read the same rows", t_read, "≤ 10 s"),
        ("audit verify --deep (replay every event)", t_deep, "audit verify", t_verify, "-"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=("default", "tk"), default="default", help="see the module docstring")
    parser.add_argument("--stations", type=int, default=450)
    parser.add_argument("--lists", type=int, default=40, help="default case only")
    parser.add_argument("--candidates", type=int, default=50, help="default case only")
    parser.add_argument(
        "--verify-stations",
        type=int,
        default=None,
        metavar="N",
        help="stations in the audit-verify store (default: --stations; 0 skips it)",
    )
    args = parser.parse_args()

    tk = args.case == "tk"
    method = CountingMethod.DSO if tk else None
    sizes = TK_LIST_SIZES if tk else (args.candidates,) * args.lists

    def make(stations: int) -> Election:
        return big_election(stations, sizes, method, long_names=tk)

    election = make(args.stations)
    shape = ElectionShape.from_election(election)
    rng = random.Random(450)
    start = time.perf_counter()
    raw = {s.number: consistent_results(shape, rng, 2000, rng.choice((0, 0, 0, 1, -2))) for s in election.stations}
    results = {n: Results.from_mapping(shape, values) for n, values in raw.items()}
    lists = f"{len(sizes)} lists of {'/'.join(str(n) for n in sorted(set(sizes), reverse=True))}"
    print(
        f"set-up ({args.case}, form {shape.model.value}): {args.stations} stations × {lists} candidates "
        f"({sum(sizes)} in all; {len(results[1])} fields per station) generated in {time.perf_counter() - start:.1f} s"
    )

    rows = []
    t_tab, totals = timed(lambda: sum_results(shape, results))
    t_naive, naive = timed(lambda: naive_sum(raw))
    assert all(totals[code] == naive.get(code, 0) for code, _ in totals.counts)
    rows.append(("tabulation (sum_results)", t_tab, "Counter sum of dicts", t_naive, "≤ 1 s"))

    created = datetime(2025, 10, 29, 23, 0, tzinfo=timezone.utc)
    t_eml, eml = timed(lambda: write_510b(election, totals, results, created), repeat=1)
    t_bare, _ = timed(lambda: bare_xml(raw), repeat=1)
    rows.append((f"EML 510b export ({len(eml) / 1e6:.0f} MB, XSD-validated)", t_eml, "bare lxml XML", t_bare, "-"))

    hand = HandEntry.of("coordinator", totals.list_totals())
    data = SheetData(
        election=election,
        totals=totals,
        hand_check=check_hand_count(shape, totals.list_totals(), hand, hand),
        eml_sha256=hashlib.sha256(eml).hexdigest(),
        audit_head="0" * 64,
        produced_at=created,
        station_results=results if tk else {},  # tk: Bijlage 1, one block per station, as the kiosk prints it
    )
    t_sheet, pdf = timed(lambda: render_totals_sheet(data))
    t_csv, _ = timed(lambda: csv_bytes(election, totals, results))
    pages = len(re.findall(rb"/Type /Page\b", pdf))
    rows.append((f"totals sheet PDF ({pages} pages, {len(pdf) // 1024} KiB)", t_sheet, "CSV export", t_csv, "≤ 3 s"))

    if tk:
        rows.append(blank_form_cost(election))

    t_restart = restart_cost(shape, raw[1], method)
    rows.append(
        ("rebuild 1 station from events", t_restart, f"× {args.stations} stations", t_restart * args.stations, "-")
    )

    verify_stations = args.stations if args.verify_stations is None else args.verify_stations
    if verify_stations:
        with tempfile.TemporaryDirectory() as tmp:
            rows += verified_store_cost(make(verify_stations), raw[1], Path(tmp))

    print(f"\n{'measurement':<46} {'seconds':>8}   {'baseline':<22} {'seconds':>8}   target")
    for name, seconds, base_name, base_seconds, target in rows:
        print(f"{name:<46} {seconds:>8.3f}   {base_name:<22} {base_seconds:>8.3f}   {target}")


def blank_form_cost(election: Election) -> tuple:
    """One station's blank N 10-1 (what the kiosk prints per station) vs. its template alone."""
    from kiosk.services.forms import form_spec
    from ocr.forms import build_template
    from ocr.forms.pdf import render_pdf

    spec = form_spec(election, election.stations[0], "N10-1")
    t_layout, template = timed(lambda: build_template(spec))
    t_pdf, _ = timed(lambda: render_pdf(template))
    name = f"blank N 10-1, 1 station ({template['page_count']} pages)"
    return (name, t_pdf, "its template (layout)", t_layout, "-")


if __name__ == "__main__":
    main()
