import pytest

from kiosk.i18n import refusal_text
from kiosk.services import auth
from kiosk.store import audit


def actions(store):
    return [row["action"] for row in reversed(audit.rows(store.db))]


@pytest.fixture
def coordinator(store):
    return auth.add_account(store, "anna", "coordinator", "correct horse battery", None)


def test_the_first_account_must_be_a_coordinator(store):
    with pytest.raises(auth.AuthError) as refused:
        auth.add_account(store, "bram", "verifier", "lang genoeg wachtwoord", None)
    assert refused.value.code == "auth.first_must_be_coordinator"
    assert auth.needs_first_coordinator(store)
    assert store.db["audit_log"].count == 0


def test_after_the_first_account_only_a_coordinator_adds_accounts(store, coordinator):
    clerk = auth.add_account(store, "chris", "clerk", "scanner-wachtwoord", coordinator)
    with pytest.raises(auth.AuthError) as refused:
        auth.add_account(store, "dirk", "verifier", "invoer-wachtwoord", clerk)
    assert refused.value.code == "auth.not_coordinator"
    with pytest.raises(auth.AuthError):
        auth.add_account(store, "dirk", "verifier", "invoer-wachtwoord", None)
    assert [a["username"] for a in auth.list_accounts(store)] == ["anna", "chris"]


@pytest.mark.parametrize(
    "username, password, code",
    [
        ("eva", "twelve chars", "auth.password_too_short"),
        ("evaevaevaevaeva", "EvaEvaEvaEvaEva", "auth.password_is_username"),
        ("eva", " " * 13, "auth.password_blank"),
        ("eva", "aaaaabbbbbccc", "auth.password_too_plain"),
        ("eva", "abab abab abab", "auth.password_too_plain"),
        ("Eva", "lang genoeg wachtwoord", "auth.bad_username"),
        ("e", "lang genoeg wachtwoord", "auth.bad_username"),
        ("eva; drop", "lang genoeg wachtwoord", "auth.bad_username"),
    ],
)
def test_bad_names_and_passwords_are_refused_and_nothing_is_written(store, coordinator, username, password, code):
    before = store.db["audit_log"].count
    with pytest.raises(auth.AuthError) as refused:
        auth.add_account(store, username, "verifier", password, coordinator)
    assert refused.value.code == code
    assert store.db["audit_log"].count == before
    assert store.db["accounts"].count == 1


def test_a_password_of_exactly_13_characters_is_accepted(store, coordinator):
    assert len("abcdefabcdefa") == auth.MIN_PASSWORD_LENGTH
    added = auth.add_account(store, "eva", "verifier", "abcdefabcdefa", coordinator)
    assert (added.username, added.role) == ("eva", "verifier")
    assert auth.login(store, "eva", "abcdefabcdefa").username == "eva"


def test_unknown_role_and_duplicate_names_are_refused(store, coordinator):
    with pytest.raises(auth.AuthError, match="does not exist"):
        auth.add_account(store, "eva", "admin", "lang genoeg wachtwoord", coordinator)
    with pytest.raises(auth.AuthError) as refused:
        auth.add_account(store, "anna", "verifier", "lang genoeg wachtwoord", coordinator)
    assert refused.value.code == "auth.exists"


def test_passwords_are_stored_as_argon2id_hashes(store, coordinator):
    stored = store.db.execute("SELECT password_hash FROM accounts WHERE username = 'anna'").fetchone()[0]
    assert stored.startswith("$argon2id$")
    assert "correct horse" not in stored


def test_login_succeeds_and_is_audited(store, coordinator):
    account = auth.login(store, "anna", "correct horse battery")
    assert account == auth.Account("anna", "coordinator")
    assert actions(store)[-1] == "login"


def test_wrong_name_and_wrong_password_get_the_same_message(store, coordinator):
    with pytest.raises(auth.AuthError) as unknown:
        auth.login(store, "nobody", "correct horse battery")
    with pytest.raises(auth.AuthError) as wrong:
        auth.login(store, "anna", "wrong password!!")
    assert refusal_text(unknown.value) == refusal_text(wrong.value) == "onbekende gebruikersnaam of onjuist wachtwoord"
    assert actions(store)[-2:] == ["login.failed", "login.failed"]


def test_five_failures_lock_the_account_until_a_coordinator_unlocks_it(store, coordinator):
    bram = auth.add_account(store, "bram", "verifier", "invoer-wachtwoord", coordinator)
    for attempt in range(1, 5):
        with pytest.raises(auth.AuthError) as refused:
            auth.login(store, "bram", f"wrong {attempt}")
        assert refused.value.code == "auth.bad_credentials"
    with pytest.raises(auth.AuthError) as refused:
        auth.login(store, "bram", "wrong 5")
    assert refused.value.code == "auth.now_locked"
    # Locked: even the right password is refused.
    with pytest.raises(auth.AuthError) as refused:
        auth.login(store, "bram", "invoer-wachtwoord")
    assert refused.value.code == "auth.locked"
    with pytest.raises(auth.AuthError):
        auth.unlock(store, "bram", bram)
    auth.unlock(store, "bram", coordinator)
    assert auth.login(store, "bram", "invoer-wachtwoord").role == "verifier"
    assert "account.locked" in actions(store)
    assert "account.unlock" in actions(store)
    assert audit.verify(store.db).ok


def test_a_successful_login_resets_the_failure_count(store, coordinator):
    for _ in range(4):
        with pytest.raises(auth.AuthError):
            auth.login(store, "anna", "wrong password!!")
    auth.login(store, "anna", "correct horse battery")
    for _ in range(4):
        with pytest.raises(auth.AuthError):
            auth.login(store, "anna", "wrong password!!")
    assert auth.login(store, "anna", "correct horse battery")


def test_password_change_needs_the_current_password(store, coordinator):
    with pytest.raises(auth.AuthError):
        auth.change_password(store, coordinator, "not the password", "a brand new password")
    auth.change_password(store, coordinator, "correct horse battery", "a brand new password")
    assert auth.login(store, "anna", "a brand new password")
    assert {"password.change_refused", "password.change"} <= set(actions(store))


def test_messages_are_available_in_english(store, coordinator):
    from kiosk import i18n

    i18n.set_language("en")
    with pytest.raises(auth.AuthError, match="unknown user name or wrong password"):
        auth.login(store, "anna", "wrong password!!")
