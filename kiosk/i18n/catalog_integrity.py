"""What `kiosk audit verify` reports: problems of the chain, tables that do not agree
with it, the anchor, the seal (kiosk.store.audit, kiosk.services.integrity, kiosk.services.seal)."""

MESSAGES = {
    # -- the chain ------------------------------------------------------------------------
    "audit.problem.at_row": {"nl": "rij {seq}: {problem}", "en": "row {seq}: {problem}"},
    "audit.problem.sequence": {
        "nl": "volgnummer klopt niet, {expected} verwacht (rij verwijderd of ingevoegd)",
        "en": "sequence number wrong, {expected} expected (row removed or inserted)",
    },
    "audit.problem.prev_hash": {
        "nl": "de vorige hash klopt niet met de rij ervoor",
        "en": "the previous hash does not match the row before",
    },
    "audit.problem.json": {"nl": "de gegevens zijn geen geldige JSON", "en": "the details are not valid JSON"},
    "audit.problem.edited": {
        "nl": "de inhoud past niet bij de hash (gewijzigd)",
        "en": "the contents do not match the hash (edited)",
    },
    "audit.problem.anchor_missing": {
        "nl": "deze rij van het ankerpunt bestaat niet: de auditlog heeft maar {rows} rijen (ingekort)",
        "en": "this row of the anchor does not exist: the audit log has only {rows} rows (cut short)",
    },
    "audit.problem.anchor_mismatch": {
        "nl": "deze rij heeft een andere hash dan het ankerpunt (herschreven)",
        "en": "this row has another hash than the anchor (rewritten)",
    },
    "audit.problem.unreadable": {"nl": "de auditlog is niet te lezen", "en": "the audit log cannot be read"},
    "audit.problem.unknown": {"nl": "onbekend probleem", "en": "unknown problem"},
    "refusal.audit.bad_anchor": {
        "nl": "'{anchor}' is geen ankerpunt: verwacht rijnummer:hash (64 hexadecimale tekens, spaties mogen)",
        "en": "'{anchor}' is not an anchor: expected row:hash (64 hex characters, spaces allowed)",
    },
    # -- tables against the chain ---------------------------------------------------------
    "integrity.database": {
        "nl": "het databasebestand is beschadigd ({detail}); herstel van een reservekopie (kiosk restore)",
        "en": "the database file is damaged ({detail}); restore from a backup (kiosk restore)",
    },
    "integrity.schema_missing": {
        "nl": "beveiliging ontbreekt in de database: {kind} {name}",
        "en": "protection missing from the database: {kind} {name}",
    },
    "integrity.schema_changed": {
        "nl": "de database is van opzet veranderd: {kind} {name}",
        "en": "the database's structure was changed: {kind} {name}",
    },
    "integrity.schema_extra": {
        "nl": "de database bevat iets dat de kiosk niet maakte: {kind} {name}",
        "en": "the database holds something the kiosk did not make: {kind} {name}",
    },
    "integrity.election": {
        "nl": "de verkiezingsgegevens ({kind}) kloppen niet met de auditlog: {what}",
        "en": "the election data ({kind}) do not agree with the audit log: {what}",
    },
    "integrity.counting_method": {
        "nl": "de gekozen telmethode klopt niet met de auditlog: {what}",
        "en": "the chosen counting method does not agree with the audit log: {what}",
    },
    "integrity.accounts": {
        "nl": "account {username} klopt niet met de auditlog: {what}",
        "en": "account {username} does not agree with the audit log: {what}",
    },
    "integrity.station_events": {
        "nl": "de invoer van stembureau {station} klopt niet met de auditlog: {what}",
        "en": "the entry of polling station {station} does not agree with the audit log: {what}",
    },
    "integrity.station_status": {
        "nl": "de stand of uitslag van stembureau {station} klopt niet met de invoer: {what}",
        "en": "the state or results of polling station {station} do not agree with its entry: {what}",
    },
    "integrity.hand_counts": {
        "nl": "de handmatig getelde totalen (invoer {row}) kloppen niet met de auditlog: {what}",
        "en": "the hand-counted totals (typing {row}) do not agree with the audit log: {what}",
    },
    "integrity.pages": {
        "nl": "scan van stembureau {station} pagina {page} klopt niet met de auditlog: {what}",
        "en": "the scan of polling station {station} page {page} does not agree with the audit log: {what}",
    },
    "integrity.what.no_event": {"nl": "niet in de auditlog", "en": "not in the audit log"},
    "integrity.what.missing": {"nl": "ontbreekt", "en": "missing"},
    "integrity.what.differs": {"nl": "gewijzigd", "en": "changed"},
    "integrity.what.content": {"nl": "inhoud gewijzigd", "en": "contents changed"},
    "integrity.what.import_record": {"nl": "importregistratie gewijzigd", "en": "import record changed"},
    "integrity.what.role": {"nl": "rol gewijzigd", "en": "role changed"},
    "integrity.what.password": {
        "nl": "wachtwoord gewijzigd buiten de kiosk",
        "en": "password changed outside the kiosk",
    },
    "integrity.what.lock": {"nl": "blokkering gewijzigd", "en": "lock changed"},
    "integrity.what.replay": {
        "nl": "een gebeurtenis past niet in de werkstroom",
        "en": "an event does not fit the workflow",
    },
    "integrity.what.no_events": {"nl": "zonder invoer", "en": "without entries"},
    "integrity.what.no_election": {"nl": "geen verkiezing", "en": "no election"},
    "tui.dash.anchor": {
        "nl": "Auditlog: rij {seq}, hash {start} … {end}",
        "en": "Audit log: row {seq}, hash {start} … {end}",
    },
    "tui.admin.audit.broken_all": {
        "nl": "KLOPT NIET: {problem}\nLaatste goede hash: {head}",
        "en": "DOES NOT AGREE: {problem}\nLast good hash: {head}",
    },
    "tui.admin.audit.col.hash": {"nl": "Hash", "en": "Hash"},
    # -- sealing --------------------------------------------------------------------------
    "refusal.seal.integrity": {
        "nl": "niet verzegeld: de database of de auditlog klopt niet ({report}); controleer met kiosk audit verify",
        "en": "not sealed: the database or the audit log does not verify ({report}); check with kiosk audit verify",
    },
}
