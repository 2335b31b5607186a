"""Backup and restore: why one was refused (``refusal.backup.*``, ``refusal.restore.*``) and what was done.

Every refusal names the file or folder it is about; nothing of a refused backup
or restore is left behind, and the words say so where it matters to the operator.
"""

MESSAGES = {
    # -- backup refusals (kiosk.store.backup / kiosk.services.backups) --------------------------
    "refusal.backup.inside_home": {
        "nl": "{path}: een back-up moet buiten de gegevensmap {home} staan (liefst op een andere schijf)",
        "en": "{path}: a backup must be outside the data directory {home} (preferably on another disk)",
    },
    "refusal.backup.exists": {
        "nl": "{path}: er staat al een back-up met deze naam; er is niets overschreven. Probeer het over een seconde opnieuw",
        "en": "{path}: a backup with this name exists already; nothing was overwritten. Try again in a second",
    },
    "refusal.backup.disk_full": {
        "nl": "{path}: de schijf is vol; de back-up is niet gemaakt en er is niets van achtergebleven",
        "en": "{path}: the disk is full; the backup was not made and nothing of it was left behind",
    },
    "refusal.backup.read_only": {
        "nl": "{path}: de schijf is alleen-lezen; de back-up is niet gemaakt",
        "en": "{path}: the disk is read-only; the backup was not made",
    },
    "refusal.backup.not_writable": {
        "nl": "{path}: geen toestemming om hier te schrijven; de back-up is niet gemaakt",
        "en": "{path}: no permission to write here; the backup was not made",
    },
    "refusal.backup.failed": {
        "nl": "{path}: de back-up is niet gemaakt: {error}",
        "en": "{path}: the backup was not made: {error}",
    },
    "refusal.backup.source_corrupt": {
        "nl": "{path}: de database van de kiosk is beschadigd (integriteitscontrole: {problem}); er is geen back-up "
        "gemaakt. Waarschuw de coördinator; herstel zo nodig de laatste goede back-up",
        "en": "{path}: the kiosk's database is damaged (integrity check: {problem}); no backup was made. "
        "Tell the coordinator; restore the last good backup if needed",
    },
    "refusal.backup.copy_corrupt": {
        "nl": "{path}: de kopie is niet gelijk aan het origineel ({problem}); de back-up is verwijderd. "
        "Controleer de doelschijf of kies een andere",
        "en": "{path}: the copy differs from the original ({problem}); the backup was removed. "
        "Check the target disk or choose another one",
    },
    "refusal.backup.audit_broken": {
        "nl": "{path}: het auditlog of wat het bewijst klopt niet ({report}); er is geen back-up gemaakt. "
        "Controleer het auditlog (kiosk audit verify) en waarschuw de coördinator",
        "en": "{path}: the audit log or what it proves does not verify ({report}); no backup was made. "
        "Check the audit log (kiosk audit verify) and tell the coordinator",
    },
    "refusal.backup.page_corrupt": {
        "nl": "{path}: dit scanbeeld past niet meer bij zijn SHA-256 (beschadigd); de back-up is niet gemaakt",
        "en": "{path}: this page image no longer matches its SHA-256 (damaged); the backup was not made",
    },
    # -- restore refusals (kiosk.store.restore / kiosk.services.restore) -------------------------
    "refusal.restore.backup_missing": {
        "nl": "{path}: deze back-up kan niet gelezen worden ({error})",
        "en": "{path}: this backup cannot be read ({error})",
    },
    "refusal.restore.backup_corrupt": {
        "nl": "{path}: deze back-up is beschadigd of geen kioskdatabase ({problem}); er is niets teruggezet",
        "en": "{path}: this backup is damaged or not a kiosk database ({problem}); nothing was restored",
    },
    "refusal.restore.backup_tampered": {
        "nl": "{path}: het auditlog van deze back-up of wat het bewijst klopt niet ({report}); er is niets teruggezet",
        "en": "{path}: the audit log of this backup or what it proves does not verify ({report}); nothing was restored",
    },
    "refusal.restore.current_longer": {
        "nl": "{path}: de huidige database heeft meer auditregels ({current_rows}) dan de back-up ({backup_rows}); "
        'terugzetten zou werk weggooien. Er is niets teruggezet. Weet u het zeker: --force --reason "WAAROM"',
        "en": "{path}: the current database has more audit rows ({current_rows}) than the backup ({backup_rows}); "
        'restoring would throw work away. Nothing was restored. If you are sure: --force --reason "WHY"',
    },
    "refusal.restore.diverged": {
        "nl": "{path}: de back-up is geen voortzetting van de huidige database (auditregel {seq} verschilt); "
        'er is niets teruggezet. Weet u het zeker: --force --reason "WAAROM"',
        "en": "{path}: the backup does not continue the current database (audit row {seq} differs); "
        'nothing was restored. If you are sure: --force --reason "WHY"',
    },
    "refusal.restore.reason_needed": {
        "nl": '--force vraagt een reden: --reason "WAAROM" (komt in het auditlog)',
        "en": '--force needs a reason: --reason "WHY" (it goes into the audit log)',
    },
    "refusal.restore.same_file": {
        "nl": "{path}: dat is de database van de kiosk zelf, geen back-up",
        "en": "{path}: that is the kiosk's own database, not a backup",
    },
    "refusal.restore.disk_full": {
        "nl": "{path}: de schijf is vol; er is niets teruggezet",
        "en": "{path}: the disk is full; nothing was restored",
    },
    "refusal.restore.read_only": {
        "nl": "{path}: de schijf is alleen-lezen; er is niets teruggezet",
        "en": "{path}: the disk is read-only; nothing was restored",
    },
    "refusal.restore.not_writable": {
        "nl": "{path}: geen toestemming om hier te schrijven; er is niets teruggezet",
        "en": "{path}: no permission to write here; nothing was restored",
    },
    "refusal.restore.failed": {"nl": "{path}: terugzetten mislukt: {error}", "en": "{path}: restore failed: {error}"},
    # -- what was done ---------------------------------------------------------------------------
    "backup.written": {
        "nl": "back-up geschreven: {database} (integrity_check: {integrity}, auditlog tot regel {seq}, "
        "{pages} nieuwe scanbeelden)\nSHA-256 van de back-up: {sha256}",
        "en": "backup written: {database} (integrity_check: {integrity}, audit log up to row {seq}, "
        "{pages} new page images)\nSHA-256 of the backup: {sha256}",
    },
    "restore.done": {
        "nl": "teruggezet: {backup} (SHA-256 {sha256}, auditlog tot regel {backup_rows}) in {database}",
        "en": "restored: {backup} (SHA-256 {sha256}, audit log up to row {backup_rows}) into {database}",
    },
    "restore.head": {
        "nl": "nieuwe laatste auditregel {seq}, hash: {hash}",
        "en": "new head audit row {seq}, hash: {hash}",
    },
    "restore.replaced": {
        "nl": "de vervangen database staat in {folder}",
        "en": "the replaced database is kept in {folder}",
    },
    "restore.pages": {"nl": "{count} ontbrekende scanbeelden teruggezet", "en": "{count} missing page images restored"},
    "restore.bad_pages": {
        "nl": "LET OP: {count} scanbeelden in de back-up passen niet bij hun SHA-256 en zijn niet teruggezet: {files}",
        "en": "NOTE: {count} page images in the backup do not match their SHA-256 and were not restored: {files}",
    },
    "restore.forced": {
        "nl": "teruggezet met --force; reden in het auditlog: {reason}",
        "en": "restored with --force; reason in the audit log: {reason}",
    },
}
