"""Sheets that travel: station ranges, transfer pages, partial sheets and re-entry by digest."""

MESSAGES = {
    # -- refusals of the workflow ----------------------------------------------------------------
    "refusal.workflow.not_transfer": {
        "nl": "stembureau {station} is ingevoerd van zijn eigen proces-verbaal, niet van een overdrachtsblad: "
        "het heeft een tweede invoer nodig",
        "en": "station {station} was entered from its own report, not from a transfer sheet: it needs a second entry",
    },
    "refusal.workflow.mixed_paper": {
        "nl": "stembureau {station} heeft al pagina's van ander papier (proces-verbaal of overdrachtsblad); "
        "die twee worden niet gemengd",
        "en": "station {station} already has pages of the other paper (report or transfer sheet); the two are not mixed",
    },
    "refusal.workflow.digest_mismatch": {
        "nl": "de getypte groepen zijn niet die van de vingerafdruk",
        "en": "the typed groups are not those of the digest",
    },
    "refusal.partial.no_range": {
        "nl": "deze kiosk heeft geen reeks stembureaus (kiosk election stations): hij maakt zelf het proces-verbaal",
        "en": "this kiosk has no range of stations (kiosk election stations): it makes the report itself",
    },
    # -- refusals of re-entry --------------------------------------------------------------------
    "refusal.reentry.no_stations": {
        "nl": "geef de stembureaus van het deeloverzicht op (bijvoorbeeld 1-8,10)",
        "en": "name the partial sheet's stations (for example 1-8,10)",
    },
    "refusal.reentry.unknown_stations": {
        "nl": "geen stembureaus van deze verkiezing: {stations}",
        "en": "not stations of this election: {stations}",
    },
    "refusal.reentry.not_ready": {
        "nl": "nog niet van overdrachtsbladen ingevoerd en zonder fouten afgerond: stembureaus {stations}",
        "en": "not yet entered from transfer pages and finished without errors: stations {stations}",
    },
    "refusal.reentry.mismatch": {
        "nl": "de vingerafdruk op papier is niet die van de bevestigde cijfers: er wijkt een getal af. "
        "De stembureaus {stations} krijgen een tweede, blinde invoer",
        "en": "the digest on the paper is not that of the numbers confirmed: a number differs. "
        "Stations {stations} need a second, blind entry",
    },
    "refusal.reentry.role": {
        "nl": "alleen een invoerder of coördinator bevestigt een deeloverzicht met zijn vingerafdruk",
        "en": "only a verifier or coordinator confirms a partial sheet by its digest",
    },
    # -- station ranges --------------------------------------------------------------------------
    "refusal.station_range.malformed": {
        "nl": "‘{text}’ is geen reeks stembureaunummers (bijvoorbeeld 1-225 of 1-8,10)",
        "en": "‘{text}’ is not a range of station numbers (for example 1-225 or 1-8,10)",
    },
    "refusal.station_range.unknown_stations": {
        "nl": "geen stembureaus van deze verkiezing: {stations}",
        "en": "not stations of this election: {stations}",
    },
    "refusal.station_range.in_use": {
        "nl": "van stembureaus buiten die reeks is hier al eigen papier gescand of ingevoerd: {stations}",
        "en": "stations outside that range have their own paper scanned or entered here already: {stations}",
    },
    "refusal.station_range.no_stations": {
        "nl": "importeer eerst de stembureaus (EML 110b)",
        "en": "import the polling stations first (EML 110b)",
    },
    "audit.event.election.station_range": {
        "nl": "stembureaus van deze kiosk gekozen",
        "en": "this kiosk's stations chosen",
    },
    "cli.election.stations_all": {
        "nl": "Deze kiosk voert alle stembureaus in (geen reeks gekozen).",
        "en": "This kiosk enters every station (no range chosen).",
    },
    "cli.election.stations_range": {
        "nl": "Deze kiosk voert de stembureaus {stations} in van hun eigen proces-verbaal; de andere komen van "
        "overdrachtsbladen.",
        "en": "This kiosk enters stations {stations} from their own reports; the others come from transfer pages.",
    },
    # -- scanning --------------------------------------------------------------------------------
    "scan.reason.outside_range": {
        "nl": "stembureau {station} wordt door een andere kiosk ingevoerd (deze kiosk: {stations}); "
        "het komt hier binnen op het overdrachtsblad van die kiosk",
        "en": "polling station {station} is entered by another kiosk (this kiosk: {stations}); "
        "it comes in here on that kiosk's transfer pages",
    },
    "scan.reason.transfer_own_station": {
        "nl": "een overdrachtsblad van stembureau {station}, dat deze kiosk zelf invoert ({stations}): niet ingelezen",
        "en": "a transfer page of polling station {station}, which this kiosk enters itself ({stations}): not read",
    },
    "scan.reason.municipal_totals_page": {
        "nl": "een overdrachtsblad met de totalen van de gemeente: dat leest het centraal stembureau in "
        "(kiosk csb scan), niet deze kiosk",
        "en": "a transfer page of the municipality's totals: the central committee reads it (kiosk csb scan), "
        "not this kiosk",
    },
    "scan.reason.not_municipal_page": {
        "nl": "een pagina van stembureau {station}, geen overdrachtsblad met de totalen van de gemeente",
        "en": "a page of polling station {station}, not a transfer page of the municipality's totals",
    },
    "scan.reason.other_municipality": {
        "nl": "het overdrachtsblad van een andere gemeente (gemeentecode {got})",
        "en": "the transfer page of another municipality (municipality code {got})",
    },
    # -- the partial sheet (printed in Dutch) ----------------------------------------------------
    "partial.title": {
        "nl": "Deeloverzicht stembureaus {stations} — {election}",
        "en": "Partial sheet stations {stations} — {election}",
    },
    "partial.header": {
        "nl": "Gemeente {municipality} · {election} · deeloverzicht stembureaus {stations}",
        "en": "Municipality {municipality} · {election} · partial sheet stations {stations}",
    },
    "partial.identity": {
        "nl": "Gemeente {code} {municipality} · verkiezing {election} · aangemaakt op {date} om {time}",
        "en": "Municipality {code} {municipality} · election {election} · made on {date} at {time}",
    },
    "partial.intro": {
        "nl": "Deze kiosk heeft de {count} stembureaus hieronder ingevoerd, elk twee keer door verschillende "
        "invoerders, en de uitkomst gecontroleerd met de regels van de Kiesraad. Dit deeloverzicht gaat op "
        "papier naar de hoofdkiosk van de gemeente. In de bijlage staan per stembureau alle ingevoerde "
        "getallen op overdrachtsbladen: de hoofdkiosk scant die en leest de gedrukte getallen.",
        "en": "This kiosk entered the {count} stations below, each twice by different verifiers, and checked the "
        "result with the Electoral Council's rules. This partial sheet goes on paper to the municipality's main "
        "kiosk. Its annex holds every number entered, per station, on transfer pages: the main kiosk scans them "
        "and reads the printed numbers.",
    },
    "partial.how_to_check": {
        "nl": "De vingerafdruk van de cijfers onderaan elke pagina is de SHA-256 van alle getallen van dit "
        "deeloverzicht en zijn bijlage (zie de README: ‘Sheets that travel’). De hoofdkiosk vraagt twee "
        "groepen ervan over te typen: komen ze overeen met de cijfers die daar zijn bevestigd, dan is elk "
        "getal precies overgenomen.",
        "en": "The numbers digest at the bottom of every page is the SHA-256 of every number of this partial "
        "sheet and its annex (see the README: ‘Sheets that travel’). The main kiosk asks for two of its groups: "
        "when they match the numbers confirmed there, every number was taken over exactly.",
    },
    "partial.stations_title": {"nl": "Stembureaus {stations}", "en": "Stations {stations}"},
    "partial.totals_title": {
        "nl": "Totalen van deze stembureaus",
        "en": "Totals of these stations",
    },
    "partial.col.code": {"nl": "Code", "en": "Code"},
    "partial.col.what": {"nl": "Omschrijving", "en": "Description"},
    "partial.handover": {"nl": "Overdracht", "en": "Handover"},
    "partial.handover_text": {
        "nl": "Overgedragen aan de hoofdkiosk: dit deeloverzicht met de overdrachtsbladen van de stembureaus "
        "{stations}.",
        "en": "Handed to the main kiosk: this partial sheet with the transfer pages of stations {stations}.",
    },
    "partial.handed_by": {"nl": "Overgedragen door (naam, handtekening)", "en": "Handed over by (name, signature)"},
    "partial.received_by": {"nl": "Ontvangen door (naam, handtekening)", "en": "Received by (name, signature)"},
    "partial.footer_model": {
        "nl": "Deeloverzicht (geen proces-verbaal) · Stemkiosk",
        "en": "Partial sheet (not a report) · Stemkiosk",
    },
    "partial.annex_footer": {
        "nl": "Bijlage bij deeloverzicht {election}, stembureaus {stations}, verzegeld in auditregel {seq}",
        "en": "Annex to partial sheet {election}, stations {stations}, sealed in audit row {seq}",
    },
    "sheet.transfer_footer": {
        "nl": "Bijlage bij het overzicht van gemeente {municipality}, {election}, verzegeld in auditregel {seq}",
        "en": "Annex to the totals sheet of municipality {municipality}, {election}, sealed in audit row {seq}",
    },
    "sheet.transfer_title": {
        "nl": "Overdrachtsbladen totalen gemeente {municipality} {election}",
        "en": "Transfer pages of the totals of municipality {municipality} {election}",
    },
    "partial.digest_line": {"nl": "Vingerafdruk cijfers: {digest}", "en": "Numbers digest: {digest}"},
    "audit.event.partial.sealed": {"nl": "deeloverzicht verzegeld", "en": "partial sheet sealed"},
    "audit.event.reentry.confirmed": {
        "nl": "deeloverzicht bevestigd met zijn vingerafdruk",
        "en": "partial sheet confirmed by its digest",
    },
    "audit.event.reentry.mismatch": {
        "nl": "vingerafdruk van een deeloverzicht week af",
        "en": "a partial sheet's digest did not match",
    },
    # -- command line ----------------------------------------------------------------------------
    "cli.partial.done": {
        "nl": "Deeloverzicht stembureaus {stations} geschreven: {sheet}, overdrachtsbladen: {annex}\n"
        "Vingerafdruk cijfers: {digest}",
        "en": "Partial sheet of stations {stations} written: {sheet}, transfer pages: {annex}\n"
        "Numbers digest: {digest}",
    },
    "cli.reentry.no_terminal": {
        "nl": "typ de groepen aan een terminal, of geef --digest met de hele vingerafdruk van het papier",
        "en": "type the groups at a terminal, or give --digest with the paper's whole digest",
    },
    "cli.reentry.shown": {
        "nl": "Stembureaus {stations}: de vingerafdruk van de bevestigde cijfers hieronder; typ de twee "
        "ontbrekende groepen over van het deeloverzicht.",
        "en": "Stations {stations}: the digest of the numbers confirmed below; type the two missing groups "
        "from the partial sheet.",
    },
    "cli.reentry.done": {
        "nl": "De vingerafdruk klopt: stembureaus {stations} zijn definitief.",
        "en": "The digest matches: stations {stations} are definitive.",
    },
    # -- the screen ------------------------------------------------------------------------------
    "tui.key.reentry": {"nl": "Deeloverzicht", "en": "Partial sheet"},
    "tui.reentry.title": {
        "nl": "Deeloverzicht bevestigen met zijn vingerafdruk",
        "en": "Confirm a partial sheet by its digest",
    },
    "tui.reentry.key.show": {"nl": "vingerafdruk tonen", "en": "show digest"},
    "tui.reentry.key.confirm": {"nl": "bevestigen", "en": "confirm"},
    "tui.reentry.none": {
        "nl": "Er zijn nog geen overdrachtsbladen van een andere kiosk gescand.",
        "en": "No transfer pages of another kiosk have been scanned yet.",
    },
    "tui.reentry.summary": {
        "nl": "Van overdrachtsbladen: stembureaus {all}. Eerste invoer klaar: {ready}. Definitief: {done}.",
        "en": "From transfer pages: stations {all}. First entry done: {ready}. Definitive: {done}.",
    },
    "tui.reentry.stations": {
        "nl": "stembureaus van het deeloverzicht, zoals erop gedrukt (bijv. 1-225)",
        "en": "the partial sheet's stations, as printed on it (e.g. 1-225)",
    },
    "tui.reentry.groups": {
        "nl": "groep {positions}, achter elkaar (8 tekens)",
        "en": "groups {positions}, one after the other (8 characters)",
    },
    "tui.reentry.and": {"nl": "{first} en {second}", "en": "{first} and {second}"},
    "tui.reentry.how": {
        "nl": "Typ de stembureaus zoals ze op het deeloverzicht staan en druk Ctrl+G: de kiosk toont de "
        "vingerafdruk van de cijfers die hier zijn bevestigd, met twee groepen open.",
        "en": "Type the stations as printed on the partial sheet and press Ctrl+G: the kiosk shows the digest "
        "of the numbers confirmed here, with two groups left open.",
    },
    "tui.reentry.shown": {
        "nl": "Stembureaus {stations} — vingerafdruk van de bevestigde cijfers:\n{digest}\n"
        "Typ groep {positions} over van het deeloverzicht (onderaan elke pagina).",
        "en": "Stations {stations} — digest of the numbers confirmed:\n{digest}\n"
        "Type groups {positions} from the partial sheet (at the bottom of every page).",
    },
    "tui.reentry.done": {
        "nl": "De vingerafdruk klopt: stembureaus {stations} zijn definitief, zonder tweede invoer.",
        "en": "The digest matches: stations {stations} are definitive, without a second entry.",
    },
    # -- the demo --------------------------------------------------------------------------------
    "cli.demo.split_alone": {
        "nl": "--split en --csb gaan niet samen, en niet met --rehearsal, --two-elections of --counting CSO",
        "en": "--split and --csb do not combine, nor with --rehearsal, --two-elections or --counting CSO",
    },
    "cli.demo.split_paper": {
        "nl": "Kiosk {name} (stembureaus {stations}): deeloverzicht {sheet}\n    overdrachtsbladen {annex}\n"
        "    vingerafdruk cijfers: {digest}",
        "en": "Kiosk {name} (stations {stations}): partial sheet {sheet}\n    transfer pages {annex}\n"
        "    numbers digest: {digest}",
    },
    "cli.demo.split_next": {
        "nl": "Deze kiosk is de hoofdkiosk: voer elk stembureau in van zijn overdrachtsblad (invoerder1), en "
        "bevestig daarna elk deeloverzicht met zijn vingerafdruk (Ctrl+D op het overzicht).",
        "en": "This kiosk is the main kiosk: enter each station from its transfer page (invoerder1), then "
        "confirm each partial sheet by its digest (Ctrl+D on the overview).",
    },
    "cli.demo.csb_next": {
        "nl": "Het GSB heeft geteld; zijn proces-verbaal: {sheet}\n    vingerafdruk cijfers: {digest}\n"
        "    met de overdrachtsbladen van zijn totalen: {transfer}, gescand in {scans}\n"
        "De zitting van het centraal stembureau, in deze map:\n"
        "    kiosk --home {home} csb scan {scans} --stations 1-12 --by invoerder1\n"
        "        (Enter bij elk getal dat klopt met het papier, dan twee groepen van de vingerafdruk)\n"
        "    kiosk --home {home} csb result\n"
        "    kiosk --home {home} csb documents --out {home}/uitslag\n"
        "Of getypt in plaats van gescand: csb totals --entry 1 --stations 1-12 --file {totals} --by invoerder1, "
        "dan csb digest --by invoerder2.",
        "en": "The GSB has counted; its report: {sheet}\n    numbers digest: {digest}\n"
        "    with the transfer pages of its totals: {transfer}, scanned in {scans}\n"
        "The central committee's session, in this folder:\n"
        "    kiosk --home {home} csb scan {scans} --stations 1-12 --by invoerder1\n"
        "        (Enter at each number that matches the paper, then two groups of the digest)\n"
        "    kiosk --home {home} csb result\n"
        "    kiosk --home {home} csb documents --out {home}/uitslag\n"
        "Or typed instead of scanned: csb totals --entry 1 --stations 1-12 --file {totals} --by invoerder1, "
        "then csb digest --by invoerder2.",
    },
    "cli.import.stations_need_110b": {
        "nl": "--stations hoort bij het importeren van de stembureaus (EML 110b); het bestand is geïmporteerd, "
        "kies de reeks met kiosk election stations",
        "en": "--stations goes with importing the polling stations (EML 110b); the file was imported, choose the "
        "range with kiosk election stations",
    },
}
