"""Faults of the data directory (kiosk.store.faults) and of the kiosk itself, with what to do."""

MESSAGES = {
    "refusal.store.busy": {
        "nl": "de database is bezet door een andere handeling; er is niets opgeslagen — probeer het zo nog eens",
        "en": "the database is busy with another action; nothing was saved — try again in a moment",
    },
    "refusal.store.full": {
        "nl": "de schijf is vol ({path}); er is niets opgeslagen — maak ruimte vrij (of vraag de beheerder) en probeer opnieuw",
        "en": "the disk is full ({path}); nothing was saved — free some space (or ask the administrator) and try again",
    },
    "refusal.store.read_only": {
        "nl": "er kan niet worden geschreven in {path} (alleen-lezen); er is niets opgeslagen — vraag de beheerder",
        "en": "{path} cannot be written (read-only); nothing was saved — ask the administrator",
    },
    "refusal.store.cannot_open": {
        "nl": "de database {path} kan niet worden geopend; controleer de gegevensmap (--home) of vraag de beheerder",
        "en": "the database {path} cannot be opened; check the data directory (--home) or ask the administrator",
    },
    "refusal.store.not_a_database": {
        "nl": "{path} is geen kioskdatabase (of is beschadigd); herstel van een reservekopie met kiosk restore",
        "en": "{path} is not a kiosk database (or is damaged); restore from a backup with kiosk restore",
    },
    "refusal.store.corrupt": {
        "nl": "de database {path} is beschadigd; werk er niet mee verder en herstel van een reservekopie met kiosk restore",
        "en": "the database {path} is damaged; do not go on with it and restore from a backup with kiosk restore",
    },
    "refusal.store.io_error": {
        "nl": "lezen of schrijven op de schijf mislukt ({path}); er is mogelijk niets opgeslagen — vraag de beheerder",
        "en": "reading or writing the disk failed ({path}); possibly nothing was saved — ask the administrator",
    },
    "internal.error": {
        "nl": "interne fout in de kiosk; er is niets half opgeslagen. De details staan in {log}; meld dit aan de beheerder",
        "en": "internal error in the kiosk; nothing was saved half-way. The details are in {log}; report this to the administrator",
    },
    "internal.error_no_log": {
        "nl": "interne fout in de kiosk; er is niets half opgeslagen. Meld dit aan de beheerder ({error})",
        "en": "internal error in the kiosk; nothing was saved half-way. Report this to the administrator ({error})",
    },
    "tui.fault.title": {"nl": "Er ging iets mis", "en": "Something went wrong"},
    "tui.fault.keep": {
        "nl": "Wat al bevestigd was, is bewaard. Druk Enter om terug te gaan.",
        "en": "What was confirmed is kept. Press Enter to go back.",
    },
}
