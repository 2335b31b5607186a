"""Messages of the command line (`kiosk ...`): prompts, results and refusals that the commands word themselves.
Refusals that come from a service carry that service's own message."""

MESSAGES = {
    # Prompts (kiosk.cli.context.ask)
    "cli.prompt.password": {"nl": "Wachtwoord van {name}: ", "en": "Password of {name}: "},
    "cli.prompt.new_password": {"nl": "Nieuw wachtwoord voor {name}: ", "en": "New password for {name}: "},
    "cli.prompt.again": {"nl": "Nogmaals: ", "en": "Once more: "},
    "cli.prompt.digest_group": {
        "nl": "Typ groep {group} van de vingerafdruk cijfers op het papier: ",
        "en": "Type group {group} of the numbers digest on the paper: ",
    },
    "cli.prompt.hash_group": {
        "nl": "Typ groep {group} uit het hashbestand: ",
        "en": "Type group {group} from the hash file: ",
    },
    "cli.no_answer": {
        "nl": "geen antwoord op de standaardinvoer voor: {prompt}",
        "en": "no answer on standard input for: {prompt}",
    },
    "cli.cannot_write": {"nl": "{path}: kan niet worden geschreven: {error}", "en": "{path}: cannot write: {error}"},
    "cli.no_terminal": {
        "nl": "de kiosk heeft een terminal nodig (stdin en stdout moeten een TTY zijn)",
        "en": "the terminal UI needs a terminal (stdin and stdout must be a TTY)",
    },
    "cli.no_database": {
        "nl": "{path}: hier staat geen kioskdatabase (geef --home of KIOSK_HOME)",
        "en": "{path}: no kiosk database here (set --home or KIOSK_HOME)",
    },
    # The settings file kiosk.toml (kiosk.config)
    "refusal.config.unreadable": {
        "nl": "{path}: de instellingen zijn niet te lezen: {error}",
        "en": "{path}: cannot read the settings: {error}",
    },
    "refusal.config.unknown": {
        "nl": "{path}: onbekende instelling(en): {names}",
        "en": "{path}: unknown setting(s): {names}",
    },
    "refusal.config.idle_lock": {
        "nl": "{path}: idle_lock_minutes moet een getal van 0,5 tot en met 240 zijn",
        "en": "{path}: idle_lock_minutes must be a number from 0.5 to 240",
    },
    "refusal.config.not_text": {"nl": "{path}: {name} moet tekst zijn", "en": "{path}: {name} must be text"},
    # kiosk demo
    "cli.demo.created": {
        "nl": "Demoverkiezing {election} aangemaakt in {home}",
        "en": "Demo election {election} created in {home}",
    },
    "cli.demo.reused": {
        "nl": "Demoverkiezing {election} hergebruikt in {home}",
        "en": "Demo election {election} reused in {home}",
    },
    "cli.demo.other_method": {
        "nl": "{home} is een demo met telmethode {method}; geef een andere demo zijn eigen --home",
        "en": "{home} is a demo counted with {method}; give another demo its own --home",
    },
    "cli.demo.method.DSO": {
        "nl": "telmethode DSO: de stembureaus tellen per kandidaat op Model N 10-1",
        "en": "counting method DSO: the stations count per candidate on Model N 10-1",
    },
    "cli.demo.method.CSO": {
        "nl": "telmethode CSO: de kiosk voert per stembureau de Na 31-2 Bijlage 1 van het centrale telteam in",
        "en": "counting method CSO: the kiosk enters the central count's Na 31-2 Annex 1 per station",
    },
    "cli.demo.size": {
        "nl": "  {stations} stembureaus, {lists} lijsten, {candidates} kandidaten",
        "en": "  {stations} polling stations, {lists} lists, {candidates} candidates",
    },
    "cli.demo.accounts": {"nl": "  accounts (wachtwoord '{password}'):", "en": "  accounts (password '{password}'):"},
    "cli.demo.two_no_rehearsal": {
        "nl": "de oefening (--rehearsal) gaat over één verkiezing; start hem zonder --two-elections",
        "en": "the rehearsal (--rehearsal) is of one election; start it without --two-elections",
    },
    "cli.demo.holds_rehearsal": {
        "nl": "{home} bevat een oefenverkiezing (--rehearsal); gebruik een andere --home voor de gewone demo",
        "en": "{home} holds a rehearsal demo (--rehearsal); use another --home for the plain demo",
    },
    "cli.demo.holds_plain": {
        "nl": "{home} bevat de gewone demo; gebruik een andere --home voor een oefenverkiezing (--rehearsal)",
        "en": "{home} holds the plain demo; use another --home for a rehearsal (--rehearsal)",
    },
    "cli.demo.scans": {
        "nl": "Demoscans: {pages} pagina's ingelezen; OCR stelde {proposed} van {fields} velden voor",
        "en": "Demo scans: {pages} pages read; OCR proposed {proposed} of {fields} fields",
    },
    # kiosk validate
    "cli.validate.too_large": {
        "nl": "{path}: te groot voor de uitslag van één stembureau (hooguit 4 MB)",
        "en": "{path}: file is too large for one station's results (at most 4 MB)",
    },
    "cli.validate.not_regular": {"nl": "geen gewoon bestand", "en": "not a regular file"},
    "cli.validate.too_deep": {
        "nl": "{path}: de JSON is {depth} lagen diep genest; de uitslag van een stembureau is hooguit {maximum} diep",
        "en": "{path}: the JSON nests {depth} levels deep; one station's results are at most {maximum} deep",
    },
    "cli.validate.duplicate_key": {
        "nl": "{path}: de sleutel ‘{name}’ staat twee keer in hetzelfde object; welke waarde geldt is niet te zeggen",
        "en": "{path}: the key ‘{name}’ occurs twice in the same object; which value holds cannot be told",
    },
    "cli.validate.unreadable": {"nl": "{path}: kan niet worden gelezen: {error}", "en": "{path}: cannot read: {error}"},
    "cli.validate.not_utf8": {"nl": "{path}: geen UTF-8-tekst", "en": "{path}: not UTF-8 text"},
    "cli.validate.not_json": {"nl": "{path}: geen geldige JSON: {error}", "en": "{path}: not valid JSON: {error}"},
    # kiosk election
    "cli.election.method_chosen": {"nl": "telmethode: {method}", "en": "counting method: {method}"},
    "cli.election.method_none": {
        "nl": "de telmethode is nog niet gekozen (kiosk election method DSO|CSO --by COÖRDINATOR)",
        "en": "the counting method has not been chosen (kiosk election method DSO|CSO --by COORDINATOR)",
    },
    "cli.election.need_by": {
        "nl": "een coördinator kiest de telmethode: geef --by NAAM",
        "en": "a coordinator chooses the counting method: give --by NAME",
    },
    "cli.election.method_set": {
        "nl": "telmethode {method} gekozen en in de auditlog vastgelegd",
        "en": "counting method {method} chosen and recorded in the audit log",
    },
    # kiosk session
    "cli.session.none": {
        "nl": "nog geen gegevens van de zitting vastgelegd (kiosk session set)",
        "en": "no session details recorded yet (kiosk session set)",
    },
    "cli.session.summary": {
        "nl": "zitting in {place} op {day}, aanvang {start}",
        "en": "session in {place} on {day}, starting {start}",
    },
    "cli.session.recorded": {
        "nl": "gegevens van de zitting vastgelegd ({count} aanwezigen)",
        "en": "session details recorded ({count} attendees)",
    },
    "cli.session.bad_day": {
        "nl": "--day {value}: geen datum als JJJJ-MM-DD",
        "en": "--day {value}: not a date as YYYY-MM-DD",
    },
    "cli.session.bad_attendee": {
        "nl": "--attendee {value}: schrijf 'VOORLETTERS;ACHTERNAAM;ROL;VAN[;TOT]' met ROL voorzitter, plv of lid",
        "en": "--attendee {value}: write 'INITIALS;SURNAME;ROLE;FROM[;TO]' with ROLE voorzitter, plv or lid",
    },
    # kiosk forms
    "cli.forms.no_stations": {
        "nl": "importeer eerst de verkiezing (110a, 230b en 110b): er zijn nog geen stembureaus",
        "en": "import the election (110a, 230b and 110b) first: there are no polling stations yet",
    },
    "cli.forms.not_a_station": {
        "nl": "--station {station}: geen stembureau van {election} (1..{last})",
        "en": "--station {station}: not a polling station of {election} (1..{last})",
    },
    "cli.forms.blank_written": {
        "nl": "{out}: blanco {model} van stembureau {station}",
        "en": "{out}: blank {model} of station {station}",
    },
    "cli.forms.model.N10-1": {"nl": "Model N 10-1", "en": "Model N 10-1"},
    "cli.forms.model.N10-2": {"nl": "Model N 10-2", "en": "Model N 10-2"},
    "cli.forms.model.Na31-2-B1": {"nl": "Model Na 31-2 Bijlage 1", "en": "Model Na 31-2 Annex 1"},
    "cli.forms.blanks_written": {
        "nl": "{count} stembureaus: blanco formulieren geschreven als {pattern}",
        "en": "{count} polling stations: blank forms written as {pattern}",
    },
    "cli.forms.template_written": {
        "nl": "{out}: sjabloon voor {count} stembureau(s)",
        "en": "{out}: template for {count} station(s)",
    },
    # kiosk users
    "cli.users.need_by": {
        "nl": "er zijn al accounts: noem met --by de coördinator die dit goedkeurt",
        "en": "accounts exist already: name the coordinator who authorises this with --by",
    },
    "cli.users.passwords_differ": {
        "nl": "de twee wachtwoorden verschillen; er is niets opgeslagen",
        "en": "the two passwords differ; nothing was written",
    },
    "cli.users.added": {"nl": "account {name} ({role}) toegevoegd", "en": "account {name} ({role}) added"},
    "cli.users.unlocked": {"nl": "account {name} ontgrendeld", "en": "account {name} unlocked"},
    "cli.users.locked": {"nl": "GEBLOKKEERD", "en": "LOCKED"},
    "cli.users.active": {"nl": "actief", "en": "active"},
    # kiosk import
    "cli.import.warning": {"nl": "let op: {warning}", "en": "note: {warning}"},
    "cli.import.no_terminal": {
        "nl": "{source}: geen terminal om de hash te bevestigen; geef de volledige hash met --hash",
        "en": "{source}: no terminal to confirm the hash; give the full hash with --hash",
    },
    # kiosk scan
    "cli.scan.summary": {
        "nl": "{pages} pagina's: {read} ingelezen of al bekend, {refused} geweigerd",
        "en": "{pages} page(s): {read} read or already known, {refused} refused",
    },
    "cli.scan.skipped": {
        "nl": "; {skipped} overgeslagen (geen pagina van een proces-verbaal)",
        "en": "; {skipped} skipped (not a page of a PV)",
    },
    "cli.scan.incomplete": {
        "nl": "nog niet alle pagina's gescand: {stations}",
        "en": "not every page scanned yet: {stations}",
    },
    "cli.scan.stopped": {
        "nl": "de scanner stopte voordat de invoerlade leeg was ({reason}); scan de overige pagina's",
        "en": "the scanner stopped before the feeder was empty ({reason}); scan the remaining pages",
    },
    # kiosk audit
    "cli.audit.intact": {
        "nl": "OK: {rows} auditregels, keten intact; database, beveiliging en afgeleide tabellen kloppen",
        "en": "OK: {rows} audit rows, chain intact; database, protection and derived tables agree",
    },
    "cli.audit.head": {"nl": "laatste rij {seq}, hash: {hash}", "en": "last row {seq}, hash: {hash}"},
    "cli.audit.anchor_ok": {
        "nl": "ankerpunt klopt: rij {seq} heeft hash {hash}",
        "en": "anchor holds: row {seq} has hash {hash}",
    },
    "cli.audit.broken": {"nl": "GEBROKEN: {problem}", "en": "BROKEN: {problem}"},
    "cli.audit.last_good": {"nl": "laatste goede hash ervoor: {hash}", "en": "last good hash before it: {hash}"},
    "cli.audit.finding": {"nl": "KLOPT NIET: {problem}", "en": "DOES NOT AGREE: {problem}"},
    # kiosk totals / print / export
    "cli.results.sealed": {
        "nl": "versie {version}, verzegeld in auditlog rij {seq} (ankerpunt {seq}:{hash})",
        "en": "version {version}, sealed in audit log row {seq} (anchor {seq}:{hash})",
    },
    "cli.results.no_sheet": {"nl": "nog geen totalenblad: {error}", "en": "no totals sheet yet: {error}"},
    "cli.results.sheet_written": {
        "nl": "{out}: totalenblad, EML 510b SHA-256 {sha256}",
        "en": "{out}: totals sheet, EML 510b SHA-256 {sha256}",
    },
    "cli.results.transfer_written": {
        "nl": "{out}: overdrachtsbladen met de totalen, om mee te geven aan het centraal stembureau",
        "en": "{out}: transfer pages of the totals, to hand to the central committee",
    },
    "cli.results.sheet_unwritable": {
        "nl": "het totalenblad kan niet worden geschreven: {error}",
        "en": "the sheet cannot be written: {error}",
    },
    "cli.results.no_printing_system": {
        "nl": "geen afdruksysteem (lp niet gevonden); het totalenblad is bewaard als {path} — druk het af op een andere computer",
        "en": "no printing system (lp not found); the sheet is kept at {path} — print it from another machine",
    },
    "cli.results.print_refused": {
        "nl": "{detail}; het totalenblad is bewaard als {path}",
        "en": "{detail}; the sheet is kept at {path}",
    },
    "cli.results.print_failed": {
        "nl": "afdrukken mislukt: {detail}; het totalenblad is bewaard als {path}",
        "en": "printing failed: {detail}; the sheet is kept at {path}",
    },
    "cli.results.printed": {
        "nl": "naar de printer gestuurd: {detail} ({path})",
        "en": "sent to the printer: {detail} ({path})",
    },
    "cli.results.no_export": {"nl": "nog geen export: {error}", "en": "no export yet: {error}"},
}
