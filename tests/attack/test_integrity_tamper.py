"""The attacks of the integrity issue, tried again: an SQLite shell on the data directory.

Each edit of a table the sheet, the tabulation or a login trusts is found by
`kiosk audit verify` (exit 1, naming the table), sealing refuses while it is there,
and a printed anchor catches a log cut short or rewritten with recomputed hashes.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3

from kiosk.services import auth
from kiosk.store import audit, open_store

SEAL_LINE = re.compile(r"ankerpunt (\d+):([0-9a-f]{64})")


def seal_anchor(counted) -> tuple[int, str]:
    code, out, err = counted("totals", "--out", str(counted.home.parent / "sheet.pdf"))
    assert code == 0, err
    found = SEAL_LINE.search(out)
    assert found, out
    return int(found.group(1)), found.group(2)


def verify(counted, *extra):
    code, out, _ = counted("audit", "verify", *extra)
    return code, out


def test_an_honest_home_verifies_and_its_sheet_anchor_holds_after_later_events(counted):
    assert verify(counted)[0] == 0
    seq, digest = seal_anchor(counted)
    pdf = (counted.home.parent / "sheet.pdf").read_bytes()
    # Later logins, a second sheet and an export move the head, not the anchor or the sheet.
    store = open_store(counted.home)
    auth.login(store, "invoerder1", "stemkiosk-demo")
    store.close()
    assert seal_anchor(counted) == (seq, digest)
    assert (counted.home.parent / "sheet.pdf").read_bytes() == pdf
    code, out = verify(counted, "--anchor", f"{seq}:{' '.join(digest[i : i + 4] for i in range(0, 64, 4))}")
    assert code == 0 and f"rij {seq} heeft hash {digest}" in out
    head_code, head, _ = counted("audit", "head")
    head_seq, head_hash = head.split()
    assert head_code == 0 and int(head_seq) > seq and len(head_hash) == 64


def test_the_eml_on_a_signed_sheet_stays_the_same_after_locks_logins_and_backups(counted, tmp_path):
    counted("export", "eml510", "--out", str(tmp_path / "first.xml"))
    store = open_store(counted.home)
    auth.login(store, "coordinator", "stemkiosk-demo")
    with store.transaction():
        store.audit("coordinator", "screen.locked", {})
    store.close()
    assert counted("backup", "--to", str(tmp_path / "usb"))[0] == 0
    counted("export", "eml510", "--out", str(tmp_path / "later.xml"))
    counted("export", "csv", "--out", str(tmp_path / "later.csv"))
    first, later = (tmp_path / "first.xml").read_bytes(), (tmp_path / "later.xml").read_bytes()
    assert first == later
    sealed = [row for row in audit.rows(open_store(counted.home).db) if row["action"] == "totals.sealed"]
    assert len(sealed) == 1 and sealed[0]["details"]["eml_sha256"] == hashlib.sha256(first).hexdigest()


def test_moving_votes_in_the_status_table_is_found_and_nothing_is_sealed(counted):
    db = sqlite3.connect(counted.home / "kiosk.db")
    results = json.loads(db.execute("SELECT definitive_results FROM station_status WHERE station = 3").fetchone()[0])
    db.close()
    richest = max((code for code in results if code.startswith("L1.") and code != "L1.T"), key=results.get)
    poorest = min((code for code in results if code.startswith("L1.") and code != "L1.T"), key=results.get)
    assert results[richest] >= 50
    results[richest] -= 50  # the list total stays right: only an audit can tell
    results[poorest] += 50
    counted.sql(
        f"UPDATE station_status SET definitive_results = '{json.dumps(results, sort_keys=True, separators=(',', ':'))}'"
        " WHERE station = 3"
    )
    code, out = verify(counted)
    assert code == 1 and "stand of uitslag van stembureau 3 klopt niet" in out
    code, _, err = counted("totals")
    assert code == 1 and "niet verzegeld" in err and "stand of uitslag van stembureau 3 klopt niet" in err
    assert counted("export", "eml510", "--out", str(counted.home / "x.xml"))[0] == 1


def test_a_clerk_made_coordinator_is_found_and_cannot_log_in(counted):
    counted.sql("UPDATE accounts SET role = 'coordinator' WHERE username = 'scanner'")
    code, out = verify(counted)
    assert code == 1 and "account scanner klopt niet met de auditlog: rol gewijzigd" in out
    store = open_store(counted.home)
    try:
        auth.login(store, "scanner", "stemkiosk-demo")
    except auth.AuthError as error:
        assert error.code == "auth.tampered"
    else:
        raise AssertionError("a tampered account logged in")
    finally:
        store.close()


def test_a_password_hash_swapped_in_is_found(counted):
    counted.sql(
        "UPDATE accounts SET password_hash = (SELECT password_hash FROM accounts WHERE username = 'invoerder1')"
        " WHERE username = 'coordinator'"
    )
    code, out = verify(counted)
    assert code == 1 and "account coordinator klopt niet met de auditlog: wachtwoord gewijzigd buiten de kiosk" in out


def test_unlocking_an_account_by_hand_is_found(counted):
    counted.sql(
        "UPDATE accounts SET failed_attempts = 0, locked = 0 WHERE username = 'invoerder2'",
        "UPDATE accounts SET locked = 1 WHERE username = 'invoerder1'",
    )
    code, out = verify(counted)
    assert code == 1 and "account invoerder1 klopt niet met de auditlog: blokkering gewijzigd" in out


def test_dropping_triggers_editing_events_and_restoring_the_triggers_is_found(counted):
    db = sqlite3.connect(counted.home / "kiosk.db")
    triggers = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'station_events'"
    ).fetchall()
    row_id, text = db.execute(
        "SELECT id, event FROM station_events WHERE type = 'FieldConfirmed' AND station = 5 ORDER BY id LIMIT 1"
    ).fetchone()
    db.close()
    event = json.loads(text)
    event["value"] = (event["value"] or 0) + 50
    edited = json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    counted.sql(
        "DROP TRIGGER station_events_no_update", f"UPDATE station_events SET event = '{edited}' WHERE id = {row_id}"
    )
    code, out = verify(counted)
    assert code == 1 and "trigger station_events_no_update" in out
    counted.sql(*(sql for (sql,) in triggers if "no_update" in sql))
    code, out = verify(counted)
    assert code == 1 and "de invoer van stembureau 5 klopt niet met de auditlog: gewijzigd" in out


def test_a_changed_election_definition_is_found(counted):
    counted.sql("UPDATE candidates SET last_name = 'Vervalst' WHERE list_number = 1 AND position = 1")
    code, out = verify(counted)
    assert code == 1 and "verkiezingsgegevens (230b) kloppen niet" in out
    counted.sql(
        "UPDATE candidates SET last_name = (SELECT last_name FROM candidates WHERE list_number = 1"
        " AND position = 2) WHERE list_number = 1 AND position = 1"
    )
    assert verify(counted)[0] == 1


def test_hand_counts_edited_behind_the_triggers_are_found(counted):
    counted.sql(
        "DROP TRIGGER hand_counts_no_update",
        "UPDATE hand_counts SET totals = '{\"1\":1}' WHERE id = 1",
        "CREATE TRIGGER hand_counts_no_update BEFORE UPDATE ON hand_counts"
        " BEGIN SELECT RAISE(ABORT, 'hand_counts is append-only'); END",
    )
    code, out = verify(counted)
    assert code == 1 and "handmatig getelde totalen (invoer 1) kloppen niet met de auditlog: gewijzigd" in out


def test_cutting_rows_off_the_end_fails_the_printed_anchor(counted):
    seq, digest = seal_anchor(counted)
    counted.sql(
        "DROP TRIGGER audit_log_no_delete",
        f"DELETE FROM audit_log WHERE seq >= {seq}",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    )
    assert verify(counted)[0] == 0  # without the anchor a shorter, intact chain cannot be told apart
    code, out = verify(counted, "--anchor", f"{seq}:{digest}")
    assert code == 1 and f"rij {seq}: deze rij van het ankerpunt bestaat niet" in out and "(ingekort)" in out


def test_a_full_rewrite_with_recomputed_hashes_fails_the_anchor(counted):
    seq, digest = seal_anchor(counted)
    db = sqlite3.connect(counted.home / "kiosk.db")
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_chain")
    prev = audit.GENESIS_HASH
    for row_seq, at, actor, action, details in db.execute(
        "SELECT seq, at, actor, action, details FROM audit_log ORDER BY seq"
    ).fetchall():
        if row_seq == 2:
            at = at.replace("21:", "20:")  # history rewritten from row 2 on
        digest_new = audit.event_hash(
            prev, {"seq": row_seq, "at": at, "actor": actor, "action": action, "details": json.loads(details)}
        )
        db.execute(
            "UPDATE audit_log SET at = ?, prev_hash = ?, hash = ? WHERE seq = ?", [at, prev, digest_new, row_seq]
        )
        prev = digest_new
    db.commit()
    db.close()
    code, out = verify(counted)
    assert code == 1 and "beveiliging ontbreekt" in out  # the dropped triggers show
    code, out = verify(counted, "--anchor", f"{seq}:{digest}")
    assert code == 1 and f"rij {seq}: deze rij heeft een andere hash dan het ankerpunt (herschreven)" in out


def test_a_bad_anchor_is_refused_with_the_format(counted):
    code, _, err = counted("audit", "verify", "--anchor", "12:abc")
    assert code == 2 and "is geen ankerpunt" in err


def test_audit_show_prints_each_rows_number_and_hash(counted):
    code, out, _ = counted("audit", "show", "--last", "3")
    store = open_store(counted.home)
    newest = audit.rows(store.db, limit=3)
    store.close()
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 3
    for line, row in zip(reversed(lines), newest):
        assert line.split()[:2] == [str(row["seq"]), row["hash"]]


def test_a_change_after_a_seal_makes_a_new_version_naming_the_previous(counted, monkeypatch):
    # The change is simulated where the seal sees it, the digest of what the documents show
    # (tests/e2e/test_second_session.py makes a real one, by an investigation and a correction).
    from kiosk.services import seal as sealing

    first = seal_anchor(counted)
    assert seal_anchor(counted) == first  # unchanged results: the same seal
    real = sealing.results_digest
    monkeypatch.setattr(sealing, "results_digest", lambda ready: hashlib.sha256(real(ready).encode()).hexdigest())
    code, out, _ = counted("totals", "--out", str(counted.home.parent / "v2.pdf"))
    assert code == 0 and "versie 2" in out
    store = open_store(counted.home)
    seal = [r for r in audit.rows(store.db) if r["action"] == "totals.sealed"][0]
    store.close()
    assert seal["details"]["version"] == 2
    previous = seal["details"]["previous"]
    assert {key: previous[key] for key in ("version", "seq", "hash")} == {
        "version": 1,
        "seq": first[0],
        "hash": first[1],
    }
    assert len(previous["eml_sha256"]) == 64  # the replaced version's 510b, which sheet v2 names


def observer_steps(language_heading: str) -> list[str]:
    """The commands of the observer check in deploy/README.md, as written there."""
    from tests.conftest import REPO

    text = (REPO / "deploy" / "README.md").read_text(encoding="utf-8")
    section = text[text.index(language_heading) :]
    block = section[section.index("```sh") + 5 : section.index("```", section.index("```sh") + 5)]
    return [line.split("#")[0].strip() for line in block.strip().splitlines()]


def run_observer_check(counted, steps: list[str], anchor: str, eml_sha256: str, workdir) -> int:
    """Do what the README tells an observer; returns the first non-zero exit code (or 0)."""
    import shlex

    for step in steps:
        step = step.replace("N:HASH", anchor)
        command, _, checksum = step.partition("&&")
        argv = shlex.split(command)
        assert argv[0] == "kiosk"
        argv = [a if not a.endswith(".xml") else str(workdir / a) for a in argv[1:] if a != "--lang" and a != "en"]
        code, _, _ = counted(*argv)
        if code:
            return code
        if checksum.strip().startswith("sha256sum"):
            if hashlib.sha256((workdir / "f.xml").read_bytes()).hexdigest() != eml_sha256:
                return 1
    return 0


def test_the_observer_check_of_the_deploy_readme_passes_honest_and_fails_tampered(counted, tmp_path):
    code, out, _ = counted("totals", "--out", str(tmp_path / "sheet.pdf"))
    seq, digest = SEAL_LINE.search(out).groups()
    eml_sha256 = re.search(r"EML 510b SHA-256 ([0-9a-f]{64})", out).group(1)
    grouped = " ".join(digest[i : i + 4] for i in range(0, 64, 4))  # as printed on the sheet
    for heading in ("### 7. Hoe een waarnemer", "### 7. How an observer"):
        steps = observer_steps(heading)
        assert any("--anchor" in step for step in steps)
        assert run_observer_check(counted, steps, f"{seq}:{grouped}", eml_sha256, tmp_path) == 0
    counted.sql("UPDATE accounts SET role = 'coordinator' WHERE username = 'invoerder1'")
    assert (
        run_observer_check(
            counted, observer_steps("### 7. Hoe een waarnemer"), f"{seq}:{grouped}", eml_sha256, tmp_path
        )
        == 1
    )


def _station_findings(counted):
    from kiosk.services import integrity

    store = open_store(counted.home)
    try:
        return [(f.code, f.params) for f in integrity.check(store).findings]
    finally:
        store.close()


def _without_triggers(table: str, *statements: str) -> tuple[str, ...]:
    drop = (f"DROP TRIGGER {table}_no_update", f"DROP TRIGGER {table}_no_delete")
    return (*drop, *statements)


def _restore_triggers(counted, table: str):
    from kiosk.store import integrity as rows

    wanted = [
        sql
        for (kind, name), sql in rows.reference_schema().items()
        if kind == "trigger" and name in (f"{table}_no_update", f"{table}_no_delete")
    ]
    counted.sql(*wanted)


def test_a_station_event_deleted_behind_the_triggers_is_found(counted):
    counted.sql(
        *_without_triggers(
            "station_events",
            "DELETE FROM station_events WHERE id = (SELECT max(id) FROM station_events WHERE station = 3)",
        )
    )
    _restore_triggers(counted, "station_events")
    findings = _station_findings(counted)
    assert findings[0][0] == "station_events" and findings[0][1]["what"] == "differs", findings


def test_the_last_station_event_deleted_is_found_as_missing(counted):
    counted.sql(
        *_without_triggers(
            "station_events", "DELETE FROM station_events WHERE id = (SELECT max(id) FROM station_events)"
        )
    )
    _restore_triggers(counted, "station_events")
    findings = _station_findings(counted)
    assert findings[0][0] == "station_events" and findings[0][1]["what"] == "missing", findings


def test_a_station_event_added_without_an_audit_row_is_found(counted):
    counted.sql(
        "INSERT INTO station_events (election_id, station, type, actor, at, event)"
        " SELECT election_id, station, type, actor, at, event"
        " FROM station_events WHERE id = (SELECT max(id) FROM station_events)"
    )
    findings = _station_findings(counted)
    assert findings == [
        ("station_events", {"station": findings[0][1]["station"], "row": findings[0][1]["row"], "what": "no_event"})
    ], findings


def test_a_status_row_pointing_at_another_event_is_found(counted):
    counted.sql("UPDATE station_status SET last_event_id = last_event_id - 1 WHERE station = 2")
    assert ("station_status", {"station": 2, "what": "differs"}) in _station_findings(counted)


def test_a_status_set_back_by_hand_is_found(counted):
    counted.sql("UPDATE station_status SET status = 'second_entry' WHERE station = 4")
    assert _station_findings(counted) == [("station_status", {"station": 4, "what": "differs"})]


def test_an_event_moved_to_another_station_is_found(counted):
    counted.sql(
        *_without_triggers(
            "station_events",
            "UPDATE station_events SET station = 1 WHERE id = (SELECT min(id) FROM station_events WHERE station = 2)",
        )
    )
    _restore_triggers(counted, "station_events")
    findings = _station_findings(counted)
    assert findings[0][0] == "station_events" and findings[0][1]["what"] == "differs", findings


def test_session_details_recorded_after_a_seal_make_a_new_version(counted):
    first = seal_anchor(counted)
    code, _, err = counted(
        "session", "set", "--place", "Stadhuis", "--day", "2026-03-19", "--start", "09:00",
        "--attendee", "A.;Jansen;voorzitter;09:00", "--by", "coordinator", stdin="stemkiosk-demo\n",
    )  # fmt: skip
    assert code == 0, err
    second = seal_anchor(counted)
    assert second != first
    assert seal_anchor(counted) == second  # the same details: the same seal
