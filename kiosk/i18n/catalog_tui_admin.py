"""Texts of the coordinator's tool screens (hand totals, sheet, accounts, backup,
audit, rehearsal) and of the scan inbox."""

MESSAGES = {
    # -- shared --------------------------------------------------------------
    "tui.admin.not_allowed": {
        "nl": "Dit scherm is alleen voor: {roles}. Esc: terug.",
        "en": "This screen is only for: {roles}. Esc: back.",
    },
    "tui.admin.yes": {"nl": "ja", "en": "yes"},
    "tui.admin.no": {"nl": "nee", "en": "no"},
    "tui.admin.cannot_write": {
        "nl": "Kan het bestand niet schrijven: {reason}",
        "en": "Cannot write the file: {reason}",
    },
    "tui.admin.key.next_list": {"nl": "Volgende lijst", "en": "Next list"},
    "tui.admin.key.next_field": {"nl": "Volgende veld", "en": "Next field"},
    "tui.admin.key.move": {"nl": "Vorige/volgende", "en": "Previous/next"},
    "tui.admin.key.save": {"nl": "Opslaan", "en": "Save"},
    "tui.admin.key.cancel": {"nl": "Annuleren", "en": "Cancel"},
    # -- hand totals ---------------------------------------------------------
    "tui.admin.hand.title": {"nl": "Handtelling van de lijsttotalen", "en": "Hand count of the list totals"},
    "tui.admin.hand.mode_1": {"nl": "Handtelling invoeren — eerste keer", "en": "Enter the hand count — first time"},
    "tui.admin.hand.mode_2": {"nl": "Handtelling invoeren — tweede keer", "en": "Enter the hand count — second time"},
    "tui.admin.hand.mode_compare": {
        "nl": "Handtelling vergeleken met de machinetelling",
        "en": "Hand count compared with the machine count",
    },
    "tui.admin.hand.slot_1": {"nl": "eerste keer", "en": "first time"},
    "tui.admin.hand.slot_2": {"nl": "tweede keer", "en": "second time"},
    "tui.admin.hand.explain_entry": {
        "nl": "Typ per lijst het totaal over van het papier waarop met de hand is opgeteld. Enter: volgende lijst; "
        "na de laatste lijst wordt de invoer opgeslagen. De handtelling wordt twee keer ingetypt om "
        "typfouten te vinden. De machinetotalen ziet u pas na het invoeren.",
        "en": "For each list, type the total from the paper on which it was added up by hand. Enter: next list; "
        "after the last list the typing is saved. The hand count is typed twice to catch typing slips. "
        "The machine totals are shown only after typing.",
    },
    "tui.admin.hand.explain_compare": {
        "nl": "De handtelling is leidend. Waar hand en machine verschillen, zoek het verschil op papier. "
        "F3/F4: eerste of tweede keer opnieuw intypen (bij een typfout).",
        "en": "The hand count is leading. Where hand and machine differ, find the difference on paper. "
        "F3/F4: type the first or second time again (after a typing slip).",
    },
    "tui.admin.hand.placeholder": {"nl": "totaal van het papier", "en": "total from the paper"},
    "tui.admin.hand.empty": {
        "nl": "Lijst {number} ({name}) is nog leeg: typ het totaal van het papier (ook 0).",
        "en": "List {number} ({name}) is still empty: type the total from the paper (0 too).",
    },
    "tui.admin.hand.saved": {"nl": "Handtelling ({slot}) opgeslagen.", "en": "Hand count ({slot}) saved."},
    "tui.admin.hand.col.list": {"nl": "Lijst", "en": "List"},
    "tui.admin.hand.col.name": {"nl": "Naam", "en": "Name"},
    "tui.admin.hand.col.machine": {"nl": "Machine", "en": "Machine"},
    "tui.admin.hand.col.first": {"nl": "Hand 1e keer", "en": "Hand 1st time"},
    "tui.admin.hand.col.second": {"nl": "Hand 2e keer", "en": "Hand 2nd time"},
    "tui.admin.hand.col.difference": {"nl": "Verschil", "en": "Difference"},
    "tui.admin.hand.col.status": {"nl": "Uitkomst", "en": "Result"},
    "tui.admin.hand.status.agrees": {"nl": "klopt", "en": "agrees"},
    "tui.admin.hand.status.not_entered": {"nl": "nog niet twee keer ingevoerd", "en": "not typed twice yet"},
    "tui.admin.hand.status.entries_differ": {"nl": "1e en 2e keer verschillen", "en": "1st and 2nd time differ"},
    "tui.admin.hand.status.differs_from_machine": {"nl": "WIJKT AF van machine", "en": "DIFFERS from machine"},
    "tui.admin.hand.agrees": {
        "nl": "Alle {count} lijsten kloppen: handtelling en machinetelling zijn gelijk. Het totalenblad kan worden "
        "gemaakt (F6 in het overzicht).",
        "en": "All {count} lists agree: hand count and machine count are equal. The totals sheet can be made "
        "(F6 on the overview).",
    },
    "tui.admin.hand.blocked": {"nl": "Het totalenblad blijft geblokkeerd:", "en": "The totals sheet stays blocked:"},
    "tui.admin.hand.line_differs": {
        "nl": "  lijst {number} ({name}): hand {hand}, machine {machine}, verschil {difference} — zoek het verschil op papier",
        "en": "  list {number} ({name}): hand {hand}, machine {machine}, difference {difference} — find the difference on paper",
    },
    "tui.admin.hand.line_typings": {
        "nl": "  lijst {number} ({name}): eerste keer {first}, tweede keer {second} — typfout? Controleer het papier en typ opnieuw",
        "en": "  list {number} ({name}): first time {first}, second time {second} — typing slip? Check the paper and type again",
    },
    "tui.admin.hand.line_missing": {
        "nl": "  lijst {number} ({name}): nog niet twee keer ingevoerd",
        "en": "  list {number} ({name}): not typed twice yet",
    },
    "tui.admin.hand.no_totals": {
        "nl": "Vergelijken kan pas als alle stembureaus definitief zijn. Nog niet definitief: {stations}.",
        "en": "Comparing is possible once every station is definitive. Not definitive yet: {stations}.",
    },
    "tui.admin.hand.key.again_1": {"nl": "1e keer opnieuw", "en": "1st time again"},
    "tui.admin.hand.key.again_2": {"nl": "2e keer opnieuw", "en": "2nd time again"},
    # -- totals sheet --------------------------------------------------------
    "tui.admin.sheet.title": {"nl": "Gecontroleerd totalenblad", "en": "Checked totals sheet"},
    "tui.admin.sheet.ready": {
        "nl": "Klaar: alle {count} stembureaus zijn definitief en de handtelling klopt voor elke lijst.",
        "en": "Ready: all {count} stations are definitive and the hand count agrees for every list.",
    },
    "tui.admin.sheet.not_ready": {
        "nl": "Het totalenblad kan nog niet worden gemaakt.",
        "en": "The totals sheet cannot be made yet.",
    },
    "tui.admin.sheet.stations_missing": {
        "nl": "  nog niet gescand of ingevoerd ({count}): {stations}",
        "en": "  not scanned or entered yet ({count}): {stations}",
    },
    "tui.admin.sheet.stations_pending": {
        "nl": "  invoer of controle nog bezig ({count}): {stations}",
        "en": "  entry or check still in progress ({count}): {stations}",
    },
    "tui.admin.sheet.stations_errors": {
        "nl": "  met fouten, naar de coördinator ({count}): {stations}",
        "en": "  with errors, for the coordinator ({count}): {stations}",
    },
    "tui.admin.sheet.lists_open": {
        "nl": "  de handtelling klopt nog niet voor lijst {lists} (F5 in het overzicht):",
        "en": "  the hand count does not agree yet for list {lists} (F5 on the overview):",
    },
    "tui.admin.sheet.list_not_entered": {
        "nl": "    lijst {number}: handtelling nog niet twee keer ingevoerd",
        "en": "    list {number}: hand count not typed twice yet",
    },
    "tui.admin.sheet.list_entries_differ": {
        "nl": "    lijst {number}: de twee keer ingetypte handtellingen verschillen",
        "en": "    list {number}: the two typings of the hand count differ",
    },
    "tui.admin.sheet.list_differs_from_machine": {
        "nl": "    lijst {number}: hand en machine verschillen ({difference})",
        "en": "    list {number}: hand and machine differ ({difference})",
    },
    "tui.admin.sheet.refused_not_ready": {
        "nl": "Nog geen totalenblad: zie hierboven wat er nog ontbreekt.",
        "en": "No totals sheet yet: see above what is still missing.",
    },
    "tui.admin.sheet.pdf_done": {"nl": "Totalenblad gemaakt.", "en": "Totals sheet made."},
    "tui.admin.sheet.pdf_kept": {"nl": "Totalenblad (PDF): {path}", "en": "Totals sheet (PDF): {path}"},
    "tui.admin.sheet.eml_hash": {"nl": "SHA-256 van EML 510b: {hash}", "en": "SHA-256 of EML 510b: {hash}"},
    "tui.admin.sheet.seal": {
        "nl": "Versie {version}, verzegeld in auditlog rij {seq}, hash: {hash}",
        "en": "Version {version}, sealed in audit log row {seq}, hash: {hash}",
    },
    "tui.admin.sheet.audit_broken": {
        "nl": "Geen totalenblad: de auditlog klopt niet (F9 in het overzicht). {reason}",
        "en": "No totals sheet: the audit log does not verify (F9 on the overview). {reason}",
    },
    "tui.admin.sheet.no_totals": {
        "nl": "Nog geen export: niet alle stembureaus zijn definitief.",
        "en": "No export yet: not every station is definitive.",
    },
    "tui.admin.sheet.eml510_done": {"nl": "EML 510b geëxporteerd.", "en": "EML 510b exported."},
    "tui.admin.sheet.csv_done": {"nl": "CSV geëxporteerd.", "en": "CSV exported."},
    "tui.admin.sheet.eml510_kept": {
        "nl": "EML 510b: {path} (SHA-256 {hash})",
        "en": "EML 510b: {path} (SHA-256 {hash})",
    },
    "tui.admin.sheet.csv_kept": {"nl": "CSV: {path} (SHA-256 {hash})", "en": "CSV: {path} (SHA-256 {hash})"},
    "tui.admin.sheet.key.pdf": {"nl": "PDF maken", "en": "Make PDF"},
    "tui.admin.sheet.key.print": {"nl": "Afdrukken", "en": "Print"},
    "tui.admin.sheet.key.eml": {"nl": "EML 510b", "en": "EML 510b"},
    "tui.admin.sheet.key.csv": {"nl": "CSV", "en": "CSV"},
    # -- accounts ------------------------------------------------------------
    "tui.admin.accounts.title": {"nl": "Accounts", "en": "Accounts"},
    "tui.admin.accounts.col.name": {"nl": "Gebruikersnaam", "en": "User name"},
    "tui.admin.accounts.col.role": {"nl": "Rol", "en": "Role"},
    "tui.admin.accounts.col.locked": {"nl": "Geblokkeerd", "en": "Locked"},
    "tui.admin.accounts.col.failures": {"nl": "Mislukte pogingen", "en": "Failed attempts"},
    "tui.admin.accounts.key.unlock": {"nl": "Deblokkeren", "en": "Unlock"},
    "tui.admin.accounts.key.add": {"nl": "Nieuw account", "en": "New account"},
    "tui.admin.accounts.not_locked": {"nl": "{username} is niet geblokkeerd.", "en": "{username} is not locked."},
    "tui.admin.accounts.unlocked": {
        "nl": "{username} is gedeblokkeerd; de teller van mislukte pogingen staat weer op 0.",
        "en": "{username} is unlocked; the count of failed attempts is back to 0.",
    },
    "tui.admin.accounts.form_title": {"nl": "Nieuw account", "en": "New account"},
    "tui.admin.accounts.role": {"nl": "Rol", "en": "Role"},
    "tui.admin.accounts.choose_role": {"nl": "kies een rol (Enter)", "en": "choose a role (Enter)"},
    "tui.admin.accounts.password": {
        "nl": "Wachtwoord (minstens {minimum} tekens)",
        "en": "Password (at least {minimum} characters)",
    },
    "tui.admin.accounts.password_again": {"nl": "Wachtwoord nogmaals", "en": "Password again"},
    "tui.admin.accounts.form_hint": {
        "nl": "Enter: volgende veld · na het tweede wachtwoord wordt het account gemaakt · Esc: annuleren",
        "en": "Enter: next field · after the second password the account is made · Esc: cancel",
    },
    "tui.admin.accounts.no_role": {"nl": "Kies eerst een rol.", "en": "Choose a role first."},
    "tui.admin.accounts.passwords_differ": {
        "nl": "De twee wachtwoorden zijn niet gelijk; typ ze opnieuw.",
        "en": "The two passwords differ; type them again.",
    },
    "tui.admin.accounts.added": {
        "nl": "Account {username} ({role}) aangemaakt.",
        "en": "Account {username} ({role}) created.",
    },
    # -- backup --------------------------------------------------------------
    "tui.admin.backup.title": {"nl": "Back-up", "en": "Backup"},
    "tui.admin.backup.explain": {
        "nl": "Kopieert de database en de scans naar een andere schijf en controleert de kopie "
        "(integriteitscontrole en auditlog) voordat hij zijn naam krijgt. Kies een map buiten de "
        "gegevensmap van de kiosk.",
        "en": "Copies the database and the scans to another disk and checks the copy (integrity check and "
        "audit log) before it gets its name. Choose a folder outside the kiosk's data directory.",
    },
    "tui.admin.backup.target": {"nl": "Doelmap", "en": "Target folder"},
    "tui.admin.backup.key.run": {"nl": "Back-up maken", "en": "Make backup"},
    "tui.admin.backup.no_target": {
        "nl": "Vul een doelmap in, bijvoorbeeld {example}.",
        "en": "Fill in a target folder, for example {example}.",
    },
    "tui.admin.backup.not_absolute": {
        "nl": "{path}: geef het volledige pad, beginnend met /.",
        "en": "{path}: give the full path, starting with /.",
    },
    "tui.admin.backup.busy": {"nl": "Bezig met de back-up naar {path}…", "en": "Making the backup to {path}…"},
    "tui.admin.backup.ok": {"nl": "Back-up gelukt.", "en": "Backup done."},
    "tui.admin.backup.failed": {
        "nl": "Back-up naar {path} mislukt: {reason}",
        "en": "Backup to {path} failed: {reason}",
    },
    "tui.admin.backup.done": {
        "nl": "Back-up: {path}\nIntegriteitscontrole van de kopie: {integrity}; auditlog van de kopie intact "
        "tot regel {seq}\nSHA-256: {sha256}\nNieuwe scanbeelden gekopieerd: {pages}",
        "en": "Backup: {path}\nIntegrity check of the copy: {integrity}; audit log of the copy intact "
        "up to row {seq}\nSHA-256: {sha256}\nNew page images copied: {pages}",
    },
    # -- audit ---------------------------------------------------------------
    "tui.admin.audit.title": {"nl": "Auditlog", "en": "Audit log"},
    "tui.admin.remarks.title": {
        "nl": "Bezwaren en opmerkingen (handgeschreven op de processen-verbaal)",
        "en": "Objections and remarks (handwritten on the reports)",
    },
    "tui.admin.remarks.key.read": {"nl": "Gelezen", "en": "Read"},
    "tui.admin.remarks.busy": {
        "nl": "De gescande pagina's worden doorzocht op handschrift …",
        "en": "Looking for handwriting on the scanned pages …",
    },
    "tui.admin.remarks.none": {
        "nl": "Op de gescande pagina's staat niets geschreven in de vakken voor bezwaren, gebeurtenissen en opmerkingen.",
        "en": "Nothing is written in the areas for objections, events and remarks on the scanned pages.",
    },
    "tui.admin.remarks.summary": {
        "nl": "{count} vakken met handschrift, {unread} nog niet gelezen. Lees elk op het papier en druk Enter.",
        "en": "{count} areas with handwriting, {unread} not read yet. Read each on the paper and press Enter.",
    },
    "tui.admin.remarks.col.station": {"nl": "Stembureau", "en": "Station"},
    "tui.admin.remarks.col.page": {"nl": "Pagina", "en": "Page"},
    "tui.admin.remarks.col.area": {"nl": "Vak", "en": "Area"},
    "tui.admin.remarks.col.read": {"nl": "Gelezen door", "en": "Read by"},
    "tui.admin.remarks.unread": {"nl": "nog niet", "en": "not yet"},
    "tui.admin.remarks.marked": {
        "nl": "Stembureau {station}, pagina {page}: {area} als gelezen vastgelegd.",
        "en": "Station {station}, page {page}: {area} recorded as read.",
    },
    "tui.admin.audit.key.verify": {"nl": "Opnieuw controleren", "en": "Check again"},
    "tui.admin.audit.busy": {"nl": "Bezig met controleren van de hele keten…", "en": "Checking the whole chain…"},
    "tui.admin.audit.ok": {
        "nl": "Auditlog in orde: {rows} regels, de keten is intact; database, beveiliging en afgeleide tabellen kloppen.\nLaatste hash (rij {rows}): {head}",
        "en": "Audit log OK: {rows} rows, the chain is intact; database, protection and derived tables agree.\nHead hash (row {rows}): {head}",
    },
    "tui.admin.audit.last": {
        "nl": "De laatste {count} gebeurtenissen, nieuwste eerst",
        "en": "The last {count} events, newest first",
    },
    "tui.admin.audit.last.one": {"nl": "De enige gebeurtenis", "en": "The only event"},
    "tui.admin.audit.col.seq": {"nl": "Nr.", "en": "No."},
    "tui.admin.audit.col.at": {"nl": "Tijd (UTC)", "en": "Time (UTC)"},
    "tui.admin.audit.col.actor": {"nl": "Wie", "en": "Who"},
    "tui.admin.audit.col.action": {"nl": "Actie", "en": "Action"},
    "tui.admin.audit.col.details": {"nl": "Details", "en": "Details"},
    # -- scan inbox ----------------------------------------------------------
    "tui.admin.scan.title": {"nl": "Scans inlezen", "en": "Read scans"},
    "tui.admin.scan.explain": {
        "nl": "Elke pagina wordt herkend aan de QR-code, rechtgezet op de markeringen en gecontroleerd. "
        "Een geweigerde pagina: los het probleem op (papier recht, schoon, hele pagina) en scan opnieuw.",
        "en": "Each page is identified by its QR code, aligned on its markers and checked. "
        "A refused page: fix the problem (paper straight, clean, whole page) and scan it again.",
    },
    "tui.admin.scan.folder": {
        "nl": "Map met scans (Enter leest alle beelden in)",
        "en": "Folder of scans (Enter reads all images)",
    },
    "tui.admin.scan.key.folder": {"nl": "Map inlezen", "en": "Read folder"},
    "tui.admin.scan.key.scanner": {"nl": "Scanner starten", "en": "Start scanner"},
    "tui.admin.scan.no_folder_given": {
        "nl": "Vul eerst de map met scans in.",
        "en": "Fill in the folder of scans first.",
    },
    "tui.admin.scan.no_folder": {"nl": "{folder} is geen map.", "en": "{folder} is not a folder."},
    "tui.admin.scan.no_images": {
        "nl": "In {folder} staan geen beelden (PNG, JPEG, TIFF).",
        "en": "{folder} holds no images (PNG, JPEG, TIFF).",
    },
    "tui.admin.scan.no_device": {
        "nl": "Er is geen scanner ingesteld (scanner_device in kiosk.toml). Lees de beelden in uit een map.",
        "en": "No scanner is set up (scanner_device in kiosk.toml). Read the images from a folder.",
    },
    "tui.admin.scan.no_sane": {
        "nl": "Scannen kan niet: het scanprogramma (scanimage, pakket sane-utils) ontbreekt. Lees de beelden in uit een map.",
        "en": "Cannot scan: the scanning program (scanimage, package sane-utils) is missing. Read the images from a folder.",
    },
    "tui.admin.scan.timeout": {
        "nl": "De scanner {device} werd niet op tijd klaar.",
        "en": "The scanner {device} did not finish in time.",
    },
    "tui.admin.scan.failed": {
        "nl": "De scanner {device} gaf een fout: {reason}",
        "en": "The scanner {device} reported an error: {reason}",
    },
    "tui.admin.scan.scanner_busy": {"nl": "De scanner is bezig…", "en": "The scanner is busy…"},
    "tui.admin.scan.scanner_stopped": {
        "nl": "De scanner stopte voordat de invoerlade leeg was ({reason}). Scan de overige pagina's.",
        "en": "The scanner stopped before its feeder was empty ({reason}). Scan the remaining pages.",
    },
    "tui.admin.scan.scanner_empty": {
        "nl": "De scanner leverde geen pagina's. Liggen de pagina's in de invoerlade?",
        "en": "The scanner delivered no pages. Are the pages in the feeder?",
    },
    "tui.admin.scan.busy": {"nl": "Bezig met inlezen… nog {left} pagina('s)", "en": "Reading… {left} page(s) to go"},
    "tui.admin.scan.summary": {
        "nl": "{count} pagina('s): {accepted} ingelezen, {duplicate} al gescand, {refused} geweigerd",
        "en": "{count} page(s): {accepted} read, {duplicate} already scanned, {refused} refused",
    },
    "tui.admin.scan.summary_skipped": {
        "nl": "; {skipped} overgeslagen (geen pagina van een proces-verbaal)",
        "en": "; {skipped} skipped (not a page of a report)",
    },
    "tui.admin.scan.incomplete": {
        "nl": "Nog niet alle pagina's gescand: {stations}",
        "en": "Not every page scanned yet: {stations}",
    },
    "tui.admin.scan.incomplete_one": {
        "nl": "stembureau {station} (ontbreekt: pagina {missing} van {total})",
        "en": "station {station} (missing: page {missing} of {total})",
    },
    "tui.admin.scan.col.file": {"nl": "Bestand", "en": "File"},
    "tui.admin.scan.col.station": {"nl": "Stembureau", "en": "Station"},
    "tui.admin.scan.col.page": {"nl": "Pagina", "en": "Page"},
    "tui.admin.scan.col.result": {"nl": "Resultaat", "en": "Result"},
    "tui.admin.scan.accepted": {
        "nl": "ingelezen — {proposals} van {fields} velden voorgesteld",
        "en": "read — {proposals} of {fields} fields proposed",
    },
    "tui.admin.scan.replaced": {
        "nl": "ingelezen, vervangt de eerdere scan — {proposals} van {fields} velden voorgesteld",
        "en": "read, replaces the earlier scan — {proposals} of {fields} fields proposed",
    },
    "tui.admin.scan.duplicate": {"nl": "al gescand", "en": "already scanned"},
    "tui.admin.scan.refused": {"nl": "GEWEIGERD: {reason}", "en": "REFUSED: {reason}"},
    "tui.admin.scan.rescan": {"nl": "opnieuw scannen", "en": "scan again"},
    "tui.admin.scan.skipped": {"nl": "OVERGESLAGEN: {reason}", "en": "SKIPPED: {reason}"},
    # -- rehearsal -----------------------------------------------------------
    "tui.admin.rehearsal.title": {"nl": "Oefenresultaat", "en": "Rehearsal result"},
    "tui.admin.rehearsal.key.refresh": {"nl": "Bijwerken", "en": "Refresh"},
    "tui.admin.rehearsal.not_rehearsal": {
        "nl": "Dit is geen oefening: in deze gegevens zijn geen voorstellen opzettelijk fout gemaakt.",
        "en": "This is not a rehearsal: no proposals were made wrong on purpose in this data.",
    },
    "tui.admin.rehearsal.explain": {
        "nl": "In deze oefening zijn per gescand stembureau twee voorstellen van de computer opzettelijk fout "
        "gemaakt: één cijfer anders. Wie elk veld met het papier vergelijkt, verbetert ze; wie op Enter "
        "drukt zonder te kijken, neemt ze over. Het papier is leidend: de computer stelt voor, de invoerder "
        "controleert elk veld.",
        "en": "In this rehearsal two of the computer's proposals for each scanned station were made wrong on "
        "purpose: one digit changed. Whoever compares every field with the paper corrects them; whoever "
        "presses Enter without looking accepts them. The paper is leading: the computer proposes, the "
        "verifier checks every field.",
    },
    "tui.admin.rehearsal.summary": {
        "nl": "{seeds} foute voorstellen uitgezet; {seen} keer gezien door een invoerder.",
        "en": "{seeds} wrong proposals planted; seen {seen} times by a verifier.",
    },
    "tui.admin.rehearsal.none_yet": {
        "nl": "{seeds} foute voorstellen uitgezet; nog door niemand gezien.",
        "en": "{seeds} wrong proposals planted; not seen by anyone yet.",
    },
    "tui.admin.rehearsal.col.verifier": {"nl": "Invoerder", "en": "Verifier"},
    "tui.admin.rehearsal.col.seen": {"nl": "Gezien", "en": "Seen"},
    "tui.admin.rehearsal.col.unchanged": {"nl": "Ongewijzigd bevestigd", "en": "Confirmed unchanged"},
    "tui.admin.rehearsal.col.corrected": {"nl": "Verbeterd", "en": "Corrected"},
    "tui.admin.rehearsal.col.caught": {"nl": "Deel verbeterd", "en": "Share corrected"},
}
