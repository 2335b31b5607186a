import hashlib
import sqlite3
import subprocess
import sys

COORD = "coordinator-password"


def test_help_documents_every_command():
    result = subprocess.run([sys.executable, "-m", "kiosk.cli", "--help"], capture_output=True, text=True, check=True)
    for command in ("tui", "demo", "import", "users", "audit", "backup", "restore"):
        assert command in result.stdout


def test_first_coordinator_then_accounts_authorised_by_a_coordinator(kiosk):
    code, out, _ = kiosk("users", "add", "anna", "--role", "coordinator", stdin=f"{COORD}\n{COORD}\n")
    assert code == 0 and "anna (coordinator)" in out
    code, _, err = kiosk("users", "add", "bram", "--role", "verifier", stdin="invoer-wachtwoord\ninvoer-wachtwoord\n")
    assert code == 2 and "--by" in err
    code, out, _ = kiosk(
        "users",
        "add",
        "bram",
        "--role",
        "verifier",
        "--by",
        "anna",
        stdin=f"{COORD}\ninvoer-wachtwoord\ninvoer-wachtwoord\n",
    )
    assert code == 0
    code, out, _ = kiosk("users", "list")
    assert "anna" in out and "bram" in out and "verifier" in out


def test_mistyped_second_password_writes_nothing(kiosk):
    code, _, err = kiosk("users", "add", "anna", "--role", "coordinator", stdin=f"{COORD}\n{COORD}x\n")
    assert code == 2 and "verschillen" in err
    code, _, _ = kiosk("audit", "verify")
    code, out, _ = kiosk("users", "list")
    assert out == ""


def test_missing_answers_on_stdin_are_a_clear_error_not_a_hang(kiosk):
    code, _, err = kiosk("users", "add", "anna", "--role", "coordinator", stdin="")
    assert code == 2 and "geen antwoord op de standaardinvoer" in err


def test_unlock_needs_a_coordinators_password(kiosk):
    kiosk("users", "add", "anna", "--role", "coordinator", stdin=f"{COORD}\n{COORD}\n")
    code, _, err = kiosk("users", "unlock", "anna", "--by", "anna", stdin="wrong\n")
    assert code == 2 and "onjuist wachtwoord" in err


def test_audit_verify_reports_head_and_then_the_first_broken_row(kiosk):
    kiosk("users", "add", "anna", "--role", "coordinator", stdin=f"{COORD}\n{COORD}\n")
    code, out, _ = kiosk("audit", "verify")
    assert code == 0 and out.startswith("OK: 1 auditregels") and "laatste rij 1, hash: " in out
    db = sqlite3.connect(kiosk.home / "kiosk.db")
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    db.commit()
    db.close()
    code, out, _ = kiosk("audit", "verify")
    assert code == 1 and "GEBROKEN: rij 1: de inhoud past niet bij de hash" in out
    assert "KLOPT NIET: beveiliging ontbreekt in de database: trigger audit_log_no_update" in out


def test_audit_verify_without_a_database_says_so(kiosk):
    code, _, err = kiosk("audit", "verify")
    assert code == 2 and "hier staat geen kioskdatabase" in err
    assert not kiosk.home.exists()


def test_backup_writes_a_checked_copy_and_audits_it(kiosk, tmp_path):
    kiosk("users", "add", "anna", "--role", "coordinator", stdin=f"{COORD}\n{COORD}\n")
    code, out, _ = kiosk("backup", "--to", str(tmp_path / "usb-disk"))
    assert code == 0 and "integrity_check: ok" in out and "auditlog tot regel 1" in out
    copies = list((tmp_path / "usb-disk").glob("kiosk-*.db"))
    assert len(copies) == 1
    assert hashlib.sha256(copies[0].read_bytes()).hexdigest() in out
    copy = sqlite3.connect(copies[0])
    assert copy.execute("SELECT username FROM accounts").fetchall() == [("anna",)]
    code, out, _ = kiosk("audit", "show")
    assert "backup" in out


def test_backup_inside_the_data_directory_is_refused(kiosk):
    kiosk("users", "add", "anna", "--role", "coordinator", stdin=f"{COORD}\n{COORD}\n")
    code, _, err = kiosk("backup", "--to", str(kiosk.home / "backups"))
    assert code == 2 and "buiten de gegevensmap" in err


def test_when_every_coordinator_is_locked_only_root_can_unlock_one(kiosk, monkeypatch):
    import os

    kiosk("users", "add", "anna", "--role", "coordinator", stdin=f"{COORD}\n{COORD}\n")
    kiosk(
        "users",
        "add",
        "bram",
        "--role",
        "verifier",
        "--by",
        "anna",
        stdin=f"{COORD}\ninvoer-wachtwoord\ninvoer-wachtwoord\n",
    )
    # a coordinator who is not locked exists: the escape is refused, even for root
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    code, _, err = kiosk("users", "unlock", "anna", "--no-coordinator-left")
    assert code == 2 and "niet geblokkeerd" in err
    for _ in range(5):
        kiosk("users", "unlock", "bram", "--by", "anna", stdin="wrong password!\n")
    code, out, _ = kiosk("users", "list")
    assert "anna" in out and "GEBLOKKEERD" in out.splitlines()[0]
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    code, _, err = kiosk("users", "unlock", "anna", "--no-coordinator-left")
    assert code == 2 and "root" in err
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    code, _, err = kiosk("users", "unlock", "bram", "--no-coordinator-left")
    assert code == 2 and "alleen een coördinator" in err
    code, out, _ = kiosk("users", "unlock", "anna", "--no-coordinator-left")
    assert code == 0
    code, out, _ = kiosk("users", "list")
    assert "GEBLOKKEERD" not in out.splitlines()[0]
    code, out, _ = kiosk("audit", "show", "--last", "1")
    assert "operator:" in out and "account.unlock" in out


def test_a_home_without_a_database_is_named_in_the_chosen_language(tmp_path, capsys):
    from kiosk.cli import main

    assert main(["--home", str(tmp_path), "audit", "verify"]) == 2
    assert f"{tmp_path / 'kiosk.db'}: hier staat geen kioskdatabase" in capsys.readouterr().err
    assert main(["--lang", "en", "--home", str(tmp_path), "audit", "verify"]) == 2
    assert f"{tmp_path / 'kiosk.db'}: no kiosk database here" in capsys.readouterr().err
    assert not (tmp_path / "kiosk.db").exists()  # nothing was created
