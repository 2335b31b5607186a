"""Messages about accounts, passwords and logging in."""

MESSAGES = {
    "refusal.auth.password_blank": {
        "nl": "een wachtwoord van alleen spaties kan niet",
        "en": "a password of spaces only is not allowed",
    },
    "refusal.auth.password_too_plain": {
        "nl": "het wachtwoord moet minstens {minimum} verschillende tekens hebben",
        "en": "the password must have at least {minimum} different characters",
    },
    "refusal.auth.tampered": {
        "nl": "dit account klopt niet met de auditlog (buiten de kiosk gewijzigd); inloggen kan niet — de coördinator controleert met kiosk audit verify",
        "en": "this account does not agree with the audit log (changed outside the kiosk); it cannot log in — the coordinator checks with kiosk audit verify",
    },
    "refusal.auth.busy": {
        "nl": "het account werd tegelijk ergens anders gewijzigd; probeer het nog eens",
        "en": "the account was changed elsewhere at the same moment; please try again",
    },
    "refusal.auth.password_too_short": {
        "nl": "het wachtwoord moet minstens {minimum} tekens hebben",
        "en": "the password must have at least {minimum} characters",
    },
    "refusal.auth.password_is_username": {
        "nl": "het wachtwoord mag niet gelijk zijn aan de gebruikersnaam",
        "en": "the password must not be the user name",
    },
    "refusal.auth.bad_username": {
        "nl": "gebruikersnaam {username!r} kan niet: gebruik 2-32 kleine letters, cijfers, '.', '_' of '-', te beginnen met een letter",
        "en": "user name {username!r} is not allowed: use 2-32 lower-case letters, digits, '.', '_' or '-', starting with a letter",
    },
    "refusal.auth.bad_role": {
        "nl": "rol {role!r} bestaat niet; kies uit {roles}",
        "en": "role {role!r} does not exist; choose one of {roles}",
    },
    "refusal.auth.first_must_be_coordinator": {
        "nl": "het eerste account moet een coördinator zijn",
        "en": "the first account must be a coordinator",
    },
    "refusal.auth.not_coordinator": {
        "nl": "alleen een coördinator mag dit doen",
        "en": "only a coordinator can do this",
    },
    "refusal.auth.exists": {
        "nl": "er bestaat al een account met de naam {username!r}",
        "en": "an account named {username!r} already exists",
    },
    "refusal.auth.unknown_user": {
        "nl": "er is geen account met de naam {username!r}",
        "en": "there is no account named {username!r}",
    },
    "refusal.auth.bad_credentials": {
        "nl": "onbekende gebruikersnaam of onjuist wachtwoord",
        "en": "unknown user name or wrong password",
    },
    "refusal.auth.locked": {
        "nl": "dit account is geblokkeerd; een coördinator kan het vrijgeven",
        "en": "this account is locked; a coordinator can unlock it",
    },
    "refusal.auth.operator_only_coordinators": {
        "nl": "zonder coördinator kan alleen een coördinator worden vrijgegeven; die geeft daarna de anderen vrij",
        "en": "without a coordinator only a coordinator can be unlocked; they then unlock the others",
    },
    "refusal.auth.coordinator_available": {
        "nl": "er is nog een coördinator die niet geblokkeerd is; die moet het account vrijgeven",
        "en": "a coordinator who is not locked exists; they must unlock the account",
    },
    "refusal.auth.not_root": {
        "nl": "--no-coordinator-left mag alleen de beheerder (root) van deze machine gebruiken",
        "en": "--no-coordinator-left is for this machine's administrator (root) only",
    },
    "refusal.auth.now_locked": {
        "nl": "te veel mislukte pogingen: dit account is nu geblokkeerd; een coördinator kan het vrijgeven",
        "en": "too many failed attempts: this account is now locked; a coordinator can unlock it",
    },
    "refusal.auth.wrong_current_password": {
        "nl": "het huidige wachtwoord is onjuist",
        "en": "the current password is wrong",
    },
}
