"""The central committee's session (CSB): the GSB's totals typed, deceased candidates, lots, the result."""

MESSAGES = {
    # -- refusals: the GSB sheet typed ---------------------------------------------------------------
    "refusal.csb.missing": {"nl": "nog niet getypt: {fields}", "en": "not typed yet: {fields}"},
    "refusal.csb.unknown_fields": {
        "nl": "staat niet op het proces-verbaal van het GSB: {fields}",
        "en": "not on the GSB's report: {fields}",
    },
    "refusal.csb.bad_value": {
        "nl": "{field}: {value} is geen aantal stemmen",
        "en": "{field}: {value} is not a number of votes",
    },
    "refusal.csb.no_stations": {
        "nl": "typ ook welke stembureaus het GSB telde (ze staan in 1.2 en in zijn vingerafdruk)",
        "en": "type which stations the GSB counted too (they are in 1.2 and in its digest)",
    },
    "refusal.csb.inconsistent": {
        "nl": "de getypte totalen kloppen niet: {checks}; controleer ze op het papier",
        "en": "the typed totals do not add up: {checks}; check them against the paper",
    },
    "refusal.csb.same_person": {
        "nl": "{account} typte de andere invoer al: de tweede invoer is van iemand anders",
        "en": "{account} typed the other entry: the second entry is someone else's",
    },
    "refusal.csb.no_entry": {
        "nl": "typ eerst de totalen van het GSB (invoer 1)",
        "en": "type the GSB's totals first (entry 1)",
    },
    "refusal.csb.digest_mismatch": {
        "nl": "de vingerafdruk op het proces-verbaal is niet die van de getypte totalen: er wijkt een getal af; "
        "een tweede invoer is nodig",
        "en": "the digest on the report is not that of the totals typed: a number differs; a second entry is needed",
    },
    "refusal.csb.definitive": {
        "nl": "de totalen van het GSB zijn al definitief",
        "en": "the GSB's totals are definitive already",
    },
    "refusal.csb.bad_entry": {"nl": "invoer 1 of 2", "en": "entry 1 or 2"},
    "refusal.csb.role": {
        "nl": "alleen een invoerder of coördinator typt het proces-verbaal van het GSB",
        "en": "only a verifier or coordinator types the GSB's report",
    },
    # -- refusals: the result ----------------------------------------------------------------------
    "refusal.csb.unknown_candidate": {
        "nl": "lijst {list} heeft geen kandidaat {candidate}",
        "en": "list {list} has no candidate {candidate}",
    },
    "refusal.csb.no_lot_needed": {
        "nl": "er hoeft nu niet geloot te worden",
        "en": "no lot needs to be drawn now",
    },
    "refusal.csb.not_tied": {
        "nl": "{winner} doet niet mee aan deze loting (mee doen: {options})",
        "en": "{winner} is not in this draw (in it: {options})",
    },
    "refusal.csb.not_definitive": {
        "nl": "de totalen van het GSB zijn nog niet definitief: twee gelijke invoeren, of één met de vingerafdruk",
        "en": "the GSB's totals are not definitive yet: two equal entries, or one proven by the digest",
    },
    "refusal.csb.no_seats": {
        "nl": "het aantal zetels staat niet in de verkiezingsdefinitie (EML 110a)",
        "en": "the number of seats is not in the election definition (EML 110a)",
    },
    "refusal.csb.lot_needed": {
        "nl": "eerst loten: {request}",
        "en": "draw a lot first: {request}",
    },
    # -- the audit log -----------------------------------------------------------------------------
    "refusal.csb.scan.page_refused": {"nl": "{source}: {reason}", "en": "{source}: {reason}"},
    "refusal.csb.scan.page_twice": {
        "nl": "pagina {page} van de overdrachtsbladen is twee keer gescand, met een verschillend beeld: "
        "scan elke pagina één keer",
        "en": "page {page} of the transfer pages was scanned twice, with different images: scan each page once",
    },
    "refusal.csb.scan.pages_missing": {
        "nl": "nog niet gescand: pagina {pages} van {count}; scan alle pagina's van de overdrachtsbladen",
        "en": "not scanned yet: page {pages} of {count}; scan every page of the transfer pages",
    },
    "cli.csb.scan_page": {"nl": "{source}: pagina {page} van {count}", "en": "{source}: page {page} of {count}"},
    "cli.csb.scan_confirm": {
        "nl": "Vergelijk elk getal met het papier. Enter: het getal tussen [ ] klopt; anders typt u het getal "
        "van het papier.",
        "en": "Compare each number with the paper. Enter: the number in [ ] is right; otherwise type the number "
        "on the paper.",
    },
    "cli.csb.not_a_number": {
        "nl": "'{answer}' is geen aantal: typ alleen cijfers",
        "en": "'{answer}' is not a count: type digits only",
    },
    "cli.csb.digest_prompt": {
        "nl": "Vingerafdruk cijfers van het overzicht: typ de twee weggelaten groepen van het papier.",
        "en": "Numbers digest of the sheet: type the two groups left out, from the paper.",
    },
    "audit.event.csb.entry": {"nl": "totalen van het GSB getypt", "en": "GSB totals typed"},
    "audit.event.csb.digest_confirmed": {
        "nl": "totalen van het GSB bevestigd met de vingerafdruk",
        "en": "GSB totals confirmed by the digest",
    },
    "audit.event.csb.digest_mismatch": {
        "nl": "vingerafdruk van het GSB week af",
        "en": "the GSB's digest did not match",
    },
    "audit.event.csb.deceased": {"nl": "overleden kandidaat vastgelegd", "en": "deceased candidate recorded"},
    "audit.event.csb.lot": {"nl": "loting vastgelegd", "en": "lot recorded"},
    "audit.event.csb.sealed": {"nl": "uitslag van het CSB verzegeld", "en": "CSB result sealed"},
    "audit.event.csb.printed": {"nl": "P 22-2 afgedrukt", "en": "P 22-2 printed"},
    "audit.event.csb.print_failed": {"nl": "P 22-2 niet afgedrukt", "en": "P 22-2 not printed"},
    # -- command line ----------------------------------------------------------------------------
    "cli.csb.not_an_object": {
        "nl": '{path}: geen JSON-object met de totalen ("A": 1234, ...)',
        "en": '{path}: not a JSON object with the totals ("A": 1234, ...)',
    },
    "cli.csb.entered": {
        "nl": "Invoer {entry} van de totalen van het GSB vastgelegd.",
        "en": "Entry {entry} of the GSB totals recorded.",
    },
    "cli.csb.differ": {
        "nl": "De twee invoeren verschillen in: {fields}. Controleer het papier en typ de verkeerde invoer opnieuw.",
        "en": "The two entries differ in: {fields}. Check the paper and type the wrong entry again.",
    },
    "cli.csb.definitive": {"nl": "De totalen van het GSB zijn definitief.", "en": "The GSB totals are definitive."},
    "cli.csb.deceased": {
        "nl": "Kandidaat {candidate} van lijst {list} vastgelegd als overleden.",
        "en": "Candidate {candidate} of list {list} recorded as deceased.",
    },
    "cli.csb.deceased_withdrawn": {
        "nl": "Kandidaat {candidate} van lijst {list} staat niet meer als overleden vastgelegd.",
        "en": "Candidate {candidate} of list {list} is no longer recorded as deceased.",
    },
    "cli.csb.lot": {"nl": "Loting vastgelegd: {winner} getrokken.", "en": "Lot recorded: {winner} drawn."},
    "cli.csb.needs_lot": {
        "nl": "Er moet geloot worden tussen {request}.",
        "en": "A lot must be drawn between {request}.",
    },
    "cli.csb.documents": {
        "nl": "P 22-2 en EML 520 geschreven in {out}; verzegeld in auditregel {seq} ({hash})",
        "en": "P 22-2 and EML 520 written to {out}; sealed in audit row {seq} ({hash})",
    },
    "cli.csb.file.too_large": {"nl": "{path}: te groot (hooguit 4 MB)", "en": "{path}: too large (at most 4 MB)"},
    "cli.csb.file.unreadable": {"nl": "{path}: kan niet worden gelezen: {error}", "en": "{path}: cannot read: {error}"},
    "cli.csb.file.not_regular": {"nl": "geen gewoon bestand", "en": "not a regular file"},
    "cli.csb.file.not_utf8": {"nl": "{path}: geen UTF-8-tekst", "en": "{path}: not UTF-8 text"},
    "cli.csb.file.too_deep": {
        "nl": "{path}: te diep genest ({depth}, hooguit {maximum})",
        "en": "{path}: nested too deeply ({depth}, at most {maximum})",
    },
    "cli.csb.file.duplicate_key": {"nl": "{path}: {name} staat er twee keer in", "en": "{path}: {name} appears twice"},
    "cli.csb.file.not_json": {"nl": "{path}: geen geldige JSON: {error}", "en": "{path}: not valid JSON: {error}"},
    "cli.csb.not_printed": {
        "nl": "P 22-2 niet afgedrukt ({detail}); het is bewaard als {path}",
        "en": "P 22-2 not printed ({detail}); it is kept as {path}",
    },
    "cli.csb.printed": {
        "nl": "P 22-2 naar de printer gestuurd ({detail}): {path}",
        "en": "P 22-2 sent to the printer ({detail}): {path}",
    },
}
