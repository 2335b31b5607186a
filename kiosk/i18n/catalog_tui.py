"""Texts of the terminal UI."""

MESSAGES = {
    # -- app -----------------------------------------------------------------
    "tui.title": {"nl": "Stemkiosk", "en": "Stemkiosk"},
    "tui.rehearsal_banner": {"nl": "OEFENING — geen echte verkiezing", "en": "REHEARSAL — not a real election"},
    "tui.no_quit": {
        "nl": "De kiosk kan niet worden afgesloten. Gebruik F12 om te vergrendelen.",
        "en": "The kiosk cannot be closed. Use F12 to lock.",
    },
    "tui.key.lock": {"nl": "Vergrendel", "en": "Lock"},
    "tui.key.language": {"nl": "English", "en": "Nederlands"},
    "tui.key.back": {"nl": "Terug", "en": "Back"},
    "tui.key.logout": {"nl": "Afmelden", "en": "Log out"},
    "tui.key.quit_dev": {"nl": "Afsluiten (dev)", "en": "Quit (dev)"},
    "tui.refused": {"nl": "Geweigerd: {message}", "en": "Refused: {message}"},
    # -- login / lock --------------------------------------------------------
    "tui.login.title": {"nl": "Aanmelden", "en": "Log in"},
    "tui.login.election": {
        "nl": "{election} — gemeente {municipality}",
        "en": "{election} — municipality of {municipality}",
    },
    "tui.login.elections": {"nl": "Verkiezingen: {names}", "en": "Elections: {names}"},
    "tui.login.username": {"nl": "Gebruikersnaam", "en": "User name"},
    "tui.login.password": {"nl": "Wachtwoord", "en": "Password"},
    "tui.login.hint": {
        "nl": "Enter: volgende veld / aanmelden · F2: English",
        "en": "Enter: next field / log in · F2: Nederlands",
    },
    "tui.login.no_election": {
        "nl": "Er is nog geen verkiezing ingelezen. De coördinator leest de EML-bestanden in met `kiosk import`.",
        "en": "No election has been imported yet. The coordinator imports the EML files with `kiosk import`.",
    },
    "tui.login.demo": {
        "nl": "Demo — accounts: {accounts}; wachtwoord: {password}",
        "en": "Demo — accounts: {accounts}; password: {password}",
    },
    "tui.lock.title": {"nl": "Scherm vergrendeld", "en": "Screen locked"},
    "tui.lock.explain": {
        "nl": "Vergrendeld voor {username}. Wachtwoord om verder te gaan, of Ctrl+L om af te melden.",
        "en": "Locked for {username}. Password to continue, or Ctrl+L to log out.",
    },
    "tui.lock.logout": {"nl": "Afmelden", "en": "Log out"},
    # -- dashboard -----------------------------------------------------------
    "tui.dash.title": {"nl": "Overzicht stembureaus", "en": "Polling stations"},
    "tui.dash.user": {"nl": "{username} ({role})", "en": "{username} ({role})"},
    "tui.dash.jump": {"nl": "Stembureau nr. (Enter opent)", "en": "Station no. (Enter opens)"},
    "tui.dash.filter_all": {"nl": "alle", "en": "all"},
    "tui.dash.col.number": {"nl": "Nr.", "en": "No."},
    "tui.dash.col.name": {"nl": "Stembureau", "en": "Polling station"},
    "tui.dash.col.status": {"nl": "Status", "en": "Status"},
    "tui.dash.col.next": {"nl": "Volgende stap", "en": "Next step"},
    # The counts per status above the table: "3 leeg · 1 met fouten" (``.one``: a count of one).
    "tui.dash.count.empty": {"nl": "{count} leeg", "en": "{count} empty"},
    "tui.dash.count.scanned": {"nl": "{count} gescand", "en": "{count} scanned"},
    "tui.dash.count.first_entry": {"nl": "{count} in eerste invoer", "en": "{count} in first entry"},
    "tui.dash.count.first_done": {"nl": "{count} klaar voor tweede invoer", "en": "{count} ready for second entry"},
    "tui.dash.count.second_entry": {"nl": "{count} in tweede invoer", "en": "{count} in second entry"},
    "tui.dash.count.entries_differ": {"nl": "{count} met verschillen", "en": "{count} with differences"},
    "tui.dash.count.entries_differ.one": {"nl": "1 met verschil", "en": "1 with differences"},
    "tui.dash.count.has_errors": {"nl": "{count} met fouten", "en": "{count} with errors"},
    "tui.dash.count.definitive": {"nl": "{count} definitief", "en": "{count} definitive"},
    "tui.dash.scanned_part": {"nl": "gescand: {present} van {total} pag.", "en": "scanned: {present} of {total} pages"},
    "tui.dash.no_station": {
        "nl": "Stembureau {number} bestaat niet in deze verkiezing.",
        "en": "Station {number} does not exist in this election.",
    },
    "tui.dash.nothing_to_do": {
        "nl": "Stembureau {number}: {status} — hier is voor u nu niets te doen.",
        "en": "Station {number}: {status} — nothing for you to do here now.",
    },
    "tui.key.open": {"nl": "Openen", "en": "Open"},
    "tui.key.filter": {"nl": "Filter", "en": "Filter"},
    "tui.key.scan": {"nl": "Scannen", "en": "Scan"},
    "tui.key.manual": {"nl": "Invoer zonder scan", "en": "Entry without scan"},
    "tui.key.hand": {"nl": "Handtellingen", "en": "Hand totals"},
    "tui.key.sheet": {"nl": "Totalenblad", "en": "Totals sheet"},
    "tui.key.accounts": {"nl": "Accounts", "en": "Accounts"},
    "tui.key.backup": {"nl": "Back-up", "en": "Backup"},
    "tui.key.audit": {"nl": "Auditlog", "en": "Audit log"},
    "tui.key.rehearsal": {"nl": "Oefenresultaat", "en": "Rehearsal result"},
    "tui.key.release": {"nl": "Vrijgeven", "en": "Release"},
    "tui.key.remarks": {"nl": "Opmerkingen", "en": "Remarks"},
    "tui.key.investigations": {"nl": "Onderzoeken", "en": "Investigations"},
    "tui.status.empty": {"nl": "leeg", "en": "empty"},
    "tui.status.scanned": {"nl": "gescand", "en": "scanned"},
    "tui.status.first_entry": {"nl": "eerste invoer", "en": "first entry"},
    "tui.status.first_done": {"nl": "klaar voor tweede invoer", "en": "ready for second entry"},
    "tui.status.second_entry": {"nl": "tweede invoer", "en": "second entry"},
    "tui.status.entries_differ": {"nl": "verschil", "en": "differences"},
    "tui.status.has_errors": {"nl": "fouten", "en": "errors"},
    "tui.status.definitive": {"nl": "definitief", "en": "definitive"},
    "tui.next.empty": {"nl": "scannen of invoer zonder scan", "en": "scan, or entry without scan"},
    "tui.next.scanned": {"nl": "eerste invoer", "en": "first entry"},
    "tui.next.scan_rest": {
        "nl": "ontbrekende pagina's scannen, dan eerste invoer",
        "en": "scan the missing pages, then first entry",
    },
    "tui.next.first_entry": {"nl": "eerste invoer afmaken ({claimant})", "en": "finish first entry ({claimant})"},
    "tui.next.first_done": {"nl": "tweede invoer (andere invoerder)", "en": "second entry (another verifier)"},
    "tui.next.second_entry": {"nl": "tweede invoer afmaken ({claimant})", "en": "finish second entry ({claimant})"},
    "tui.next.entries_differ": {"nl": "coördinator: verschillen oplossen", "en": "coordinator: resolve differences"},
    "tui.next.has_errors": {"nl": "coördinator: fouten afhandelen", "en": "coordinator: handle errors"},
    "tui.next.definitive": {"nl": "—", "en": "—"},
    "tui.role.clerk": {"nl": "scanmedewerker", "en": "clerk"},
    "tui.role.verifier": {"nl": "invoerder", "en": "verifier"},
    "tui.role.coordinator": {"nl": "coördinator", "en": "coordinator"},
    "tui.released": {
        "nl": "De {entry} van stembureau {station} is vrijgegeven (was in gebruik bij {who}).",
        "en": "The {entry} of station {station} is released (it was held by {who}).",
    },
    # -- F11: release an entry -----------------------------------------------
    "tui.release.title": {
        "nl": "Invoer vrijgeven — stembureau {station} {name}",
        "en": "Release an entry — station {station} {name}",
    },
    "tui.release.explain": {
        "nl": "Voor een invoer die iemand heeft laten staan. De bevestigde velden blijven bewaard; daarna kan "
        "een invoerder de invoer overnemen en verdergaan waar die gebleven is.",
        "en": "For an entry someone left behind. The confirmed fields are kept; then a verifier can take the "
        "entry over and go on where it stopped.",
    },
    "tui.release.entry_1": {"nl": "eerste invoer", "en": "first entry"},
    "tui.release.entry_2": {"nl": "tweede invoer", "en": "second entry"},
    "tui.release.held": {
        "nl": "{entry}: in gebruik bij {who} ({done} van {total} velden bevestigd)",
        "en": "{entry}: held by {who} ({done} of {total} fields confirmed)",
    },
    "tui.release.not_started": {"nl": "{entry}: nog niet begonnen", "en": "{entry}: not started yet"},
    "tui.release.finished": {"nl": "{entry}: afgerond", "en": "{entry}: finished"},
    "tui.release.free": {"nl": "{entry}: bij niemand in gebruik", "en": "{entry}: held by nobody"},
    "tui.release.choose": {"nl": "Welke invoer? Druk op 1 of 2.", "en": "Which entry? Press 1 or 2."},
    "tui.release.not_held": {
        "nl": "De {entry} is bij niemand in gebruik: er is niets vrij te geven.",
        "en": "The {entry} is held by nobody: there is nothing to release.",
    },
    "tui.release.confirm": {
        "nl": "Enter: de {entry} van stembureau {station} vrijgeven; {who} kan er dan niet meer mee verder. "
        "Esc: niets doen.",
        "en": "Enter: release the {entry} of station {station}; {who} can then no longer go on with it. "
        "Esc: do nothing.",
    },
    "tui.release.nothing": {
        "nl": "Stembureau {station}: geen invoer is in gebruik, er is niets vrij te geven.",
        "en": "Station {station}: no entry is held, there is nothing to release.",
    },
    "tui.release.key.choose": {"nl": "Invoer kiezen", "en": "Choose entry"},
    "tui.release.key.release": {"nl": "Vrijgeven", "en": "Release"},
    "tui.release.key.cancel": {"nl": "Niets doen", "en": "Do nothing"},
    # -- entry ---------------------------------------------------------------
    "tui.entry.title_first": {
        "nl": "Eerste invoer — stembureau {station} {name}",
        "en": "First entry — station {station} {name}",
    },
    "tui.entry.title_second": {
        "nl": "Tweede invoer (blind) — stembureau {station} {name}",
        "en": "Second entry (blind) — station {station} {name}",
    },
    "tui.entry.title_correction": {
        "nl": "Correctie — stembureau {station} {name}",
        "en": "Correction — station {station} {name}",
    },
    "tui.entry.progress": {"nl": "veld {index} van {count}", "en": "field {index} of {count}"},
    "tui.entry.confirmed_count": {"nl": "{done} bevestigd, {left} te gaan", "en": "{done} confirmed, {left} to go"},
    "tui.entry.proposal": {"nl": "Voorstel: {value}", "en": "Proposal: {value}"},
    "tui.entry.no_proposal": {
        "nl": "Geen voorstel — typ over wat op het papier staat",
        "en": "No proposal — type what the paper says",
    },
    "tui.entry.blind": {
        "nl": "Blinde invoer — typ over wat op het papier staat",
        "en": "Blind entry — type what the paper says",
    },
    "tui.entry.manual": {
        "nl": "Geen scan — typ over wat op het papier staat",
        "en": "No scan — type what the paper says",
    },
    "tui.entry.confirmed": {"nl": "Bevestigd: {value}", "en": "Confirmed: {value}"},
    "tui.entry.not_editable": {
        "nl": "Dit veld staat niet ter discussie en blijft zoals het is.",
        "en": "This field is not disputed and stays as it is.",
    },
    "tui.entry.input": {"nl": "Waarde op het papier", "en": "Value on the paper"},
    "tui.entry.hint_proposal": {
        "nl": "Enter: voorstel klopt met het papier · typ om te vervangen · ↑ vorig veld",
        "en": "Enter: proposal matches the paper · type to replace · ↑ previous field",
    },
    "tui.entry.hint_typed": {
        "nl": "Typ het getal van het papier, Enter · leeg vak: Enter zonder getal · ↑ vorig veld",
        "en": "Type the number on the paper, Enter · empty box: Enter without a number · ↑ previous field",
    },
    "tui.entry.hint_tick": {
        "nl": "Aangevinkt: j of x · niet aangevinkt: n · Enter",
        "en": "Ticked: j or x · not ticked: n · Enter",
    },
    "tui.entry.open_errors": {
        "nl": "{count} fouten zijn nog niet naar de coördinator gestuurd: {checks}. F6: naar de meldingen.",
        "en": "{count} errors are not sent to the coordinator yet: {checks}. F6: to the messages.",
    },
    "tui.entry.open_errors.one": {
        "nl": "1 fout is nog niet naar de coördinator gestuurd: {checks}. F6: naar de meldingen.",
        "en": "1 error is not sent to the coordinator yet: {checks}. F6: to the messages.",
    },
    "tui.entry.open_warnings": {
        "nl": "{count} waarschuwingen zijn nog niet gecontroleerd: {checks}. F6: naar de meldingen.",
        "en": "{count} warnings are not checked yet: {checks}. F6: to the messages.",
    },
    "tui.entry.open_warnings.one": {
        "nl": "1 waarschuwing is nog niet gecontroleerd: {checks}. F6: naar de meldingen.",
        "en": "1 warning is not checked yet: {checks}. F6: to the messages.",
    },
    "tui.entry.copy_paper": {
        "nl": "Neem over wat op het papier staat. Niet zelf rekenen.",
        "en": "Copy what the paper says. Do not calculate.",
    },
    "tui.entry.empty": {"nl": "(leeg)", "en": "(empty)"},
    "tui.entry.ticked": {"nl": "aangevinkt", "en": "ticked"},
    "tui.entry.signed": {"nl": "ondertekend", "en": "signed"},
    "tui.entry.not_signed": {"nl": "niet ondertekend", "en": "not signed"},
    "tui.entry.section_report.N10-1": {
        "nl": "Deel 1 – Verslag van de zitting",
        "en": "Part 1 – Report of the session",
    },
    "tui.entry.section_report.Na31-2-B1": {
        "nl": "Bijlage 1 – Extra onderzoek en verschillen (B1-1, B1-2)",
        "en": "Annex 1 – Extra investigation and differences (B1-1, B1-2)",
    },
    "tui.entry.section_front.N10-1": {"nl": "Deel 2 \u2013 Telresultaten", "en": "Part 2 \u2013 Count results"},
    "tui.entry.section_front.Na31-2-B1": {
        "nl": "Bijlage 1 \u2013 Telresultaten (B1-3)",
        "en": "Annex 1 \u2013 Count results (B1-3)",
    },
    "tui.entry.section_signatures.N10-1": {"nl": "Deel 3 – Ondertekening", "en": "Part 3 – Signatures"},
    "tui.entry.not_ticked": {"nl": "niet aangevinkt", "en": "not ticked"},
    "tui.entry.section_front": {"nl": "Voorkant", "en": "Front page"},
    "tui.entry.section_list": {"nl": "Lijst {number} — {name}", "en": "List {number} — {name}"},
    "tui.entry.messages": {"nl": "Controles", "en": "Checks"},
    "tui.entry.no_messages": {"nl": "Geen meldingen.", "en": "No messages."},
    "tui.entry.finish_title": {"nl": "Alle velden zijn bevestigd", "en": "All fields are confirmed"},
    "tui.entry.finish_open": {
        "nl": "Enter op een melding: gecontroleerd / naar coördinator",
        "en": "Enter on a message: checked / to the coordinator",
    },
    "tui.entry.finish_ready": {"nl": "F10: invoer afronden", "en": "F10: finish the entry"},
    "tui.entry.finished": {
        "nl": "Invoer {entry} van stembureau {station} afgerond: {status}.",
        "en": "Entry {entry} of station {station} finished: {status}.",
    },
    "tui.entry.ack_warning": {"nl": "gecontroleerd", "en": "checked"},
    "tui.entry.ack_error": {"nl": "naar coördinator", "en": "sent to coordinator"},
    "tui.entry.open": {"nl": "open", "en": "open"},
    "tui.entry.error": {"nl": "FOUT", "en": "ERROR"},
    "tui.entry.warning": {"nl": "LET OP", "en": "CHECK"},
    "tui.entry.list_short": {"nl": "lijst {list}", "en": "list {list}"},
    "tui.entry.concerns": {"nl": "Kijk na: {fields}", "en": "Check: {fields}"},
    "tui.entry.concerns_more": {"nl": "… (+{more})", "en": "… (+{more})"},
    "tui.key.finish": {"nl": "Afronden", "en": "Finish"},
    "tui.key.previous": {"nl": "Vorig veld", "en": "Previous field"},
    "tui.key.next": {"nl": "Volgend veld", "en": "Next field"},
    "tui.key.pause": {"nl": "Pauze", "en": "Pause"},
    "tui.key.messages": {"nl": "Meldingen", "en": "Messages"},
    "tui.entry.no_crop": {"nl": "(geen scan van dit veld)", "en": "(no scan of this field)"},
    "tui.entry.crop_loading": {
        "nl": "(de scan van dit veld wordt opgehaald…)",
        "en": "(fetching the scan of this field…)",
    },
    # -- resolve -------------------------------------------------------------
    "tui.resolve.title_differ": {
        "nl": "Verschillen oplossen — stembureau {station} {name}",
        "en": "Resolve differences — station {station} {name}",
    },
    "tui.resolve.title_errors": {
        "nl": "Fouten afhandelen — stembureau {station} {name}",
        "en": "Handle errors — station {station} {name}",
    },
    "tui.resolve.col.field": {"nl": "Veld", "en": "Field"},
    "tui.resolve.col.first_short": {"nl": "1e invoer", "en": "1st entry"},
    "tui.resolve.col.second_short": {"nl": "2e invoer", "en": "2nd entry"},
    "tui.resolve.explain_differ": {
        "nl": "Pak het papier erbij. Welke invoer klopt met het papier?",
        "en": "Take the paper. Which entry matches the paper?",
    },
    "tui.resolve.explain_errors": {
        "nl": "De invoer heeft fouten: een typefout, of het papier zelf klopt niet. Vergelijk de velden hieronder "
        "met het papier. Een typefout: terug naar de invoerder, die alleen deze velden verbetert.",
        "en": "The entry has errors: a typing slip, or the paper itself does not add up. Compare the fields below "
        "with the paper. A typing slip: back to the verifier, who corrects only these fields.",
    },
    "tui.resolve.keep_first": {"nl": "1: eerste invoer klopt", "en": "1: first entry is right"},
    "tui.resolve.keep_second": {"nl": "2: tweede invoer klopt", "en": "2: second entry is right"},
    "tui.resolve.return_first": {
        "nl": "3: eerste invoer laten corrigeren",
        "en": "3: first entry back for correction",
    },
    "tui.resolve.return_second": {
        "nl": "4: tweede invoer laten corrigeren",
        "en": "4: second entry back for correction",
    },
    "tui.resolve.discard_both": {"nl": "5: beide weggooien, opnieuw invoeren", "en": "5: discard both, enter again"},
    "tui.resolve.return_errors": {"nl": "3: terug naar de invoerder", "en": "3: back to the verifier"},
    "tui.resolve.discard": {"nl": "5: weggooien, opnieuw invoeren", "en": "5: discard, enter again"},
    "tui.resolve.done": {"nl": "Stembureau {station}: {status}.", "en": "Station {station}: {status}."},
    "tui.resolve.confirm": {
        "nl": "Nogmaals dezelfde toets om te bevestigen: {choice}",
        "en": "Press the same key again to confirm: {choice}",
    },
    "tui.resolve.col.rules": {"nl": "Controle", "en": "Check"},
    "tui.resolve.disarm": {
        "nl": "Esc: toch niet. Een ander cijfer: die keuze.",
        "en": "Esc: not now. Another number: that choice.",
    },
    "tui.resolve.cost": {"nl": "   → daarna {count} velden in te voeren", "en": "   → then {count} fields to enter"},
    "tui.resolve.cost.one": {"nl": "   → daarna 1 veld in te voeren", "en": "   → then 1 field to enter"},
    "tui.resolve.kept": {
        "nl": "Blijft: de {entry}e invoer ({who}); die wordt de eerste invoer.",
        "en": "Kept: entry {entry} ({who}); it becomes the first entry.",
    },
    "tui.resolve.discarded": {
        "nl": "Vervalt: de {entry}e invoer ({who}); die blijft in de geschiedenis.",
        "en": "Set aside: entry {entry} ({who}); it stays in the history.",
    },
    "tui.resolve.returned": {
        "nl": "Terug naar {who}: de {entry}e invoer, alleen deze velden: {fields}.",
        "en": "Back to {who}: entry {entry}, only these fields: {fields}.",
    },
    "tui.resolve.next": {"nl": "Wat er daarna moet gebeuren:", "en": "What must happen next:"},
    "tui.resolve.step.correct": {
        "nl": "{n}. {who} corrigeert {count} velden (de rest blijft staan).",
        "en": "{n}. {who} corrects {count} fields (the rest stays as it is).",
    },
    "tui.resolve.step.correct.one": {
        "nl": "{n}. {who} corrigeert 1 veld (de rest blijft staan).",
        "en": "{n}. {who} corrects 1 field (the rest stays as it is).",
    },
    "tui.resolve.step.first_entry": {
        "nl": "{n}. Een nieuwe eerste invoer: alle {count} velden.",
        "en": "{n}. A new first entry: all {count} fields.",
    },
    "tui.resolve.step.second_entry": {
        "nl": "{n}. Een nieuwe blinde tweede invoer: alle {count} velden, door een ander dan {not_by}.",
        "en": "{n}. A new blind second entry: all {count} fields, by someone other than {not_by}.",
    },
    "tui.resolve.step.second_entry_anyone": {
        "nl": "{n}. Een blinde tweede invoer: alle {count} velden, door een andere invoerder.",
        "en": "{n}. A blind second entry: all {count} fields, by another verifier.",
    },
    "tui.resolve.step.resolve_errors": {
        "nl": "{n}. De bewaarde invoer heeft fouten: eerst die afhandelen (coördinator).",
        "en": "{n}. The kept entry has errors: handle them first (coordinator).",
    },
    "tui.resolve.total": {"nl": "Samen: {count} velden in te voeren.", "en": "In all: {count} fields to enter."},
    "tui.resolve.total.one": {"nl": "Samen: 1 veld in te voeren.", "en": "In all: 1 field to enter."},
    # -- field labels --------------------------------------------------------
    "tui.field.answer.yes": {"nl": "ja", "en": "yes"},
    "tui.field.answer.no": {"nl": "nee", "en": "no"},
    "tui.field.R.obj_vote": {
        "nl": "1.2.1 Bezwaren tijdens de stemming: {answer}",
        "en": "1.2.1 Objections during voting: {answer}",
    },
    "tui.field.R.events": {
        "nl": "1.2.2 Gebeurtenissen die een verschil kunnen verklaren: {answer}",
        "en": "1.2.2 Events that may explain a difference: {answer}",
    },
    "tui.field.R.notes_vote": {
        "nl": "1.2.3 Bijzonderheden tijdens de stemming: {answer}",
        "en": "1.2.3 Other particulars during voting: {answer}",
    },
    "tui.field.R.obj_count": {
        "nl": "1.3.2 Bezwaren tijdens de telling: {answer}",
        "en": "1.3.2 Objections during counting: {answer}",
    },
    "tui.field.R.notes_count": {
        "nl": "1.3.3 Bijzonderheden tijdens de telling: {answer}",
        "en": "1.3.3 Particulars during counting: {answer}",
    },
    "tui.field.B1.extra": {
        "nl": "B1-1 Extra onderzoek om een andere reden dan een onverklaard verschil: {answer}",
        "en": "B1-1 Extra investigation for another reason than an unexplained difference: {answer}",
    },
    "tui.field.B1.recount": {
        "nl": "B1-1 Stembiljetten (deels) herteld: {answer}",
        "en": "B1-1 Ballots (partly) recounted: {answer}",
    },
    "tui.field.B1.sb_explained": {
        "nl": "B1-2.1 Verschil bij het stembureau volledig verklaard: {answer}",
        "en": "B1-2.1 The polling station's difference fully explained: {answer}",
    },
    "tui.field.B1.lists_differ": {
        "nl": "B1-2.3 Tellingen per lijst wijken af van het stembureau: {answer}",
        "en": "B1-2.3 Counts per list differ from the polling station's: {answer}",
    },
    "tui.field.signature.1": {"nl": "Handtekening voorzitter", "en": "Signature of the chair"},
    "tui.field.signature.2": {"nl": "Handtekening lid {n}", "en": "Signature of member {n}"},
    "tui.field.signature.3": {"nl": "Handtekening lid {n}", "en": "Signature of member {n}"},
    "tui.field.signature.4": {"nl": "Handtekening overig lid (vak {n})", "en": "Signature of another member (box {n})"},
    "tui.field.explained_yes": {"nl": "Verschil volledig verklaard: ja", "en": "Difference fully explained: yes"},
    "tui.field.explained_no": {"nl": "Verschil volledig verklaard: nee", "en": "Difference fully explained: no"},
    "tui.field.list_total_front": {
        "nl": "Totaal lijst {number} ({name}) op de voorkant",
        "en": "Total of list {number} ({name}) on the front page",
    },
    "tui.field.list_total": {
        "nl": "Totaal lijst {number} (onderaan de lijstpagina)",
        "en": "Total of list {number} (bottom of the list page)",
    },
    "tui.key.choose": {"nl": "Kiezen (twee keer)", "en": "Choose (twice)"},
    "tui.key.confirm": {"nl": "Bevestigen", "en": "Confirm"},
    # -- air gap -------------------------------------------------------------
    "tui.airgap.title": {
        "nl": "NETWERK GEVONDEN — INVOEREN EN AFDRUKKEN GEBLOKKEERD",
        "en": "NETWORK FOUND — ENTRY AND PRINTING BLOCKED",
    },
    "tui.airgap.todo": {
        "nl": "Het rekenhulpmiddel mag alleen werken zonder netwerk. Haal de netwerkkabel eruit en zet draadloos uit; "
        "waarschuw de coördinator. Dit scherm verdwijnt vanzelf als er geen netwerk meer is "
        "(laatste controle {time}; R: nu opnieuw controleren). Dit is vastgelegd in het auditlog.",
        "en": "The calculation aid may only work without a network. Unplug the network cable and switch off wireless; "
        "tell the coordinator. This screen goes away by itself once no network is left "
        "(last check {time}; R: check again now). This has been recorded in the audit log.",
    },
    "tui.airgap.check_now": {"nl": "Nu controleren", "en": "Check now"},
    "tui.airgap.demo_warning": {
        "nl": "Netwerk gevonden. Dit is een demo, dus invoeren gaat door; bij een echte verkiezing wordt het geblokkeerd.",
        "en": "Network found. This is a demo, so entry goes on; in a real election it would be blocked.",
    },
    "tui.airgap.status_offline": {"nl": "Netwerk: geen (gecontroleerd {time})", "en": "Network: none (checked {time})"},
    # The network in few words (kiosk.tui.widgets.network_words): each interface once.
    "tui.network.present": {"nl": "Netwerk AANWEZIG {what}", "en": "Network PRESENT {what}"},
    "tui.network.via": {"nl": "via {interfaces}", "en": "via {interfaces}"},
    "tui.network.because": {"nl": "— {reason}", "en": "— {reason}"},
    "tui.network.more": {"nl": " (en {count} meer)", "en": " (and {count} more)"},
    "tui.network.unknown": {"nl": "(oorzaak onbekend)", "en": "(cause unknown)"},
    "tui.network.blocked": {"nl": "Invoeren en afdrukken zijn geblokkeerd.", "en": "Entry and printing are blocked."},
    "tui.network.demo": {"nl": "Demo: invoeren gaat door.", "en": "Demo: entry goes on."},
    "tui.network.interface": {"nl": "Netwerkaansluiting {name}: {facts}", "en": "Interface {name}: {facts}"},
    "tui.network.fact.carrier": {"nl": "staat aan met verbinding", "en": "up with carrier"},
    "tui.network.fact.address": {"nl": "adres {address}", "en": "address {address}"},
    "tui.network.fact.route": {"nl": "standaardroute", "en": "default route"},
    "tui.network.fact.route_gateway": {"nl": "standaardroute via {gateway}", "en": "default route via {gateway}"},
}
