"""Words of the seat computation (`kiosk seats`, ``kiosk.domain.seats``): its refusals and the
command's own messages. A refusal's words leave out where in the file it is (``path``): the
command puts that in front (``zetels.json: lists[2].candidates[5]: ...``)."""

MESSAGES = {
    # The input document (kiosk.domain.seats.document)
    "refusal.seats.not_object": {
        "nl": "het bestand moet één JSON-object zijn met seats en lists",
        "en": "the file must be one JSON object with seats and lists",
    },
    "refusal.seats.unknown_key": {
        "nl": "onbekende sleutel ‘{name}’ (toegestaan: {allowed})",
        "en": "unknown key ‘{name}’ (allowed: {allowed})",
    },
    "refusal.seats.missing_key": {"nl": "‘{name}’ ontbreekt", "en": "‘{name}’ is missing"},
    "refusal.seats.seats_count": {
        "nl": "het aantal zetels moet een geheel getal van 1 tot en met {maximum} zijn",
        "en": "the number of seats must be a whole number from 1 to {maximum}",
    },
    "refusal.seats.lists_array": {
        "nl": "moet een lijst (array) van 1 tot en met {maximum} kandidatenlijsten zijn",
        "en": "must be an array of 1 to {maximum} lists",
    },
    "refusal.seats.list_not_object": {
        "nl": "een kandidatenlijst moet een object zijn met number en candidates",
        "en": "a list must be an object with number and candidates",
    },
    "refusal.seats.list_number": {
        "nl": "het lijstnummer moet een geheel getal van 1 tot en met {maximum} zijn",
        "en": "the list number must be a whole number from 1 to {maximum}",
    },
    "refusal.seats.list_twice": {
        "nl": "lijst {number} komt twee keer voor",
        "en": "list {number} occurs twice",
    },
    "refusal.seats.candidates_array": {
        "nl": "moet de stemmen van 1 tot en met {maximum} kandidaten zijn, in de volgorde van de lijst",
        "en": "must be the votes of 1 to {maximum} candidates, in list order",
    },
    "refusal.seats.votes": {
        "nl": "een aantal stemmen moet een geheel getal van 0 tot en met {maximum} zijn",
        "en": "a number of votes must be a whole number from 0 to {maximum}",
    },
    "refusal.seats.deceased_array": {
        "nl": "moet een lijst (array) van paren [lijst, kandidaat] zijn",
        "en": "must be an array of [list, candidate] pairs",
    },
    "refusal.seats.deceased_pair": {
        "nl": "moet [lijstnummer, kandidaatnummer] zijn, twee gehele getallen",
        "en": "must be [list number, candidate number], two whole numbers",
    },
    "refusal.seats.unknown_candidate": {
        "nl": "er is geen kandidaat {candidate} op lijst {list}",
        "en": "there is no candidate {candidate} on list {list}",
    },
    "refusal.seats.deceased_twice": {
        "nl": "kandidaat {candidate} van lijst {list} staat twee keer bij de overledenen",
        "en": "candidate {candidate} of list {list} is named twice among the deceased",
    },
    "refusal.seats.lots_array": {
        "nl": "moet een lijst (array) van hooguit {maximum} getrokken nummers zijn",
        "en": "must be an array of at most {maximum} drawn numbers",
    },
    "refusal.seats.lot_number": {
        "nl": "moet het nummer zijn van de getrokken lijst of kandidaat (een geheel getal vanaf 1)",
        "en": "must be the number of the list or candidate drawn (a whole number from 1)",
    },
    # Recorded lots that do not fit the ties (kiosk.domain.seats.lots)
    "refusal.seats.lot_not_tied_list": {
        "nl": "getrokken is lijst {drawn}, maar deze loting gaat tussen de lijsten {options}",
        "en": "list {drawn} is recorded as drawn, but this lot is between lists {options}",
    },
    "refusal.seats.lot_not_tied_candidate": {
        "nl": "getrokken is kandidaat {drawn}, maar deze loting gaat tussen de kandidaten {options} van lijst {list}",
        "en": "candidate {drawn} is recorded as drawn, but this lot is between candidates {options} of list {list}",
    },
    "refusal.seats.lots_unused": {
        "nl": "{unused} vastgelegde uitkomst(en) van loting niet gebruikt: slechts {used} gelijke stand(en) vroeg(en) om een loting",
        "en": "{unused} recorded lot(s) left over: only {used} tie(s) needed a lot",
    },
    # kiosk seats: reading the file
    "cli.seats.too_large": {
        "nl": "{path}: te groot voor een zetelverdeling (hooguit 4 MB)",
        "en": "{path}: file is too large for a seat assignment (at most 4 MB)",
    },
    "cli.seats.not_regular": {"nl": "geen gewoon bestand", "en": "not a regular file"},
    "cli.seats.too_deep": {
        "nl": "{path}: de JSON is {depth} lagen diep genest; een zetelverdeling is hooguit {maximum} diep",
        "en": "{path}: the JSON nests {depth} levels deep; a seat assignment is at most {maximum} deep",
    },
    "cli.seats.duplicate_key": {
        "nl": "{path}: de sleutel ‘{name}’ staat twee keer in hetzelfde object; welke waarde geldt is niet te zeggen",
        "en": "{path}: the key ‘{name}’ occurs twice in the same object; which value holds cannot be told",
    },
    "cli.seats.unreadable": {"nl": "{path}: kan niet worden gelezen: {error}", "en": "{path}: cannot read: {error}"},
    "cli.seats.not_utf8": {"nl": "{path}: geen UTF-8-tekst", "en": "{path}: not UTF-8 text"},
    "cli.seats.not_json": {"nl": "{path}: geen geldige JSON: {error}", "en": "{path}: not valid JSON: {error}"},
}
