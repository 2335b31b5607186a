"""Why the kiosk refused an action, by the refusal's stable code (``refusal.<code>``).

Every refusal (``kiosk.domain.refusal.Refusal``) is worded from ``refusal.<code>``; other areas
keep their refusals beside their other messages (``catalog_auth.py``, ``catalog_eml.py``, ...).
Only the parameters the raise site passes are used (tests/test_refusals.py checks this). A code
without an entry fails the tests; on the kiosk it is logged and ``refusal.unworded`` is shown.
"""

MESSAGES = {
    "refusal.unworded": {
        "nl": "Dit kan niet (code {code}). De details staan in het foutenlog; meld de code aan de coördinator.",
        "en": "This is not possible (code {code}). The details are in the error log; tell the coordinator the code.",
    },
    "refusal.forms.no_counting_method": {
        "nl": "kies eerst de telmethode (kiosk election method DSO|CSO): die bepaalt welk model wordt afgedrukt",
        "en": "choose the counting method first (kiosk election method DSO|CSO): it decides which model is printed",
    },
    "refusal.forms.unknown_station": {
        "nl": "stembureau {station} is geen stembureau van {election}",
        "en": "station {station} is not a polling station of {election}",
    },
    "refusal.workflow.same_verifier": {
        "nl": "{account} heeft de andere invoer van stembureau {station} gedaan; een ander moet deze doen (vier ogen).",
        "en": "{account} did the other entry of station {station}; someone else must do this one (four eyes).",
    },
    "refusal.workflow.already_claimed": {"nl": "u werkt al aan deze invoer", "en": "you already have this entry"},
    "refusal.workflow.claimed_by_other": {
        "nl": "{claimant} werkt aan deze invoer; de coördinator kan hem vrijgeven",
        "en": "{claimant} is working on this entry; the coordinator can release it",
    },
    "refusal.workflow.not_claimant": {
        "nl": "deze invoer is van {claimant}, niet van u",
        "en": "this entry belongs to {claimant}, not to you",
    },
    "refusal.workflow.wrong_state": {
        "nl": "dat kan niet nu het stembureau de status '{status}' heeft",
        "en": "not possible while the station's status is '{status}'",
    },
    "refusal.workflow.role_not_allowed": {"nl": "dat mag uw rol niet", "en": "your role may not do that"},
    "refusal.workflow.incomplete": {
        "nl": "nog {count} veld(en) niet bevestigd",
        "en": "{count} field(s) not confirmed yet",
    },
    "refusal.workflow.unacknowledged_warning": {
        "nl": "waarschuwing(en) nog niet gecontroleerd: {codes}",
        "en": "warning(s) not checked yet: {codes}",
    },
    "refusal.workflow.unsent_error": {
        "nl": "fout(en) nog niet naar de coördinator gestuurd: {codes}",
        "en": "error(s) not sent to the coordinator yet: {codes}",
    },
    "refusal.workflow.not_disputed": {
        "nl": "{field} staat niet ter discussie in deze correctie",
        "en": "{field} is not disputed in this correction",
    },
    "refusal.workflow.no_such_message": {
        "nl": "melding {rule} is er nu niet (meer)",
        "en": "message {rule} is not there now",
    },
    "refusal.workflow.definitive": {
        "nl": "dit stembureau is al definitief",
        "en": "this station is already definitive",
    },
    "refusal.workflow.not_claimed": {"nl": "niemand werkt aan deze invoer", "en": "nobody is working on this entry"},
    "refusal.not_a_number": {
        "nl": "'{text}' is geen heel getal; neem de cijfers van het papier over",
        "en": "'{text}' is not a whole number; copy the digits from the paper",
    },
    "refusal.not_a_tick": {
        "nl": "'{text}' is geen vinkje: j of x = aangevinkt, n = niet aangevinkt",
        "en": "'{text}' is not a tick: j, y or x = ticked, n = not ticked",
    },
    "refusal.value.too_large": {"nl": "{field}: hoogstens 999999", "en": "{field}: at most 999999"},
    "refusal.value.negative": {"nl": "{field}: kan niet negatief zijn", "en": "{field}: cannot be negative"},
    "refusal.unknown_station": {
        "nl": "dat stembureau bestaat niet in deze verkiezing",
        "en": "that station does not exist in this election",
    },
    "refusal.tui.not_scanned": {
        "nl": "dit stembureau is nog niet gescand; F4 begint de invoer zonder scan",
        "en": "this station has not been scanned yet; F4 starts the entry without a scan",
    },
    # Refusals of the pure domain (kiosk/domain); each code there has an entry (tests/test_i18n_refusals.py).
    "refusal.none": {"nl": "geen", "en": "none"},
    "refusal.tabulation.not_ready": {
        "nl": "nog geen totaal: zonder uitslag: {missing}; niet definitief: {not_definitive}; met open fouten: {has_errors}",
        "en": "cannot total yet: missing: {missing}; not definitive: {not_definitive}; unresolved errors: {has_errors}",
    },
    "refusal.tabulation.unknown_station": {
        "nl": "uitslagen van stembureaus die niet bij deze verkiezing horen: {stations}",
        "en": "results for stations not in this election: {stations}",
    },
    "refusal.tabulation.shape_mismatch": {
        "nl": "stembureau {station} heeft uitslagen van een andere verkiezing",
        "en": "station {station} has results of another election",
    },
    "refusal.tabulation.incomplete": {
        "nl": "stembureau {station} heeft lege velden: {fields}",
        "en": "station {station} has empty fields: {fields}",
    },
    "refusal.shape.has_c_not_bool": {"nl": "has_C moet true of false zijn", "en": "has_C must be true or false"},
    "refusal.counting_method.already_chosen": {
        "nl": "de telmethode is al gekozen: {method}",
        "en": "the counting method was chosen already: {method}",
    },
    "refusal.counting_method.paper_in_use": {
        "nl": "er zijn al pagina's gescand of uitslagen ingevoerd: de telmethode kan niet meer gekozen worden",
        "en": "pages were scanned or results entered already: the counting method can no longer be chosen",
    },
    "refusal.counting_method.unknown": {
        "nl": "onbekende telmethode {method}: kies DSO of CSO",
        "en": "unknown counting method {method}: choose DSO or CSO",
    },
    "refusal.counting_method.no_election": {
        "nl": "er is nog geen verkiezing ingelezen (kiosk import)",
        "en": "no election has been imported yet (kiosk import)",
    },
    "refusal.session.bad_text": {
        "nl": "{what}: 1 tot 80 leesbare tekens, niet {value}",
        "en": "{what}: 1 to 80 printable characters, not {value}",
    },
    "refusal.session.bad_time": {
        "nl": "{what}: een tijd als UU:MM, niet {value}",
        "en": "{what}: a time as HH:MM, not {value}",
    },
    "refusal.session.bad_record": {
        "nl": "de gegevens van de zitting zijn onleesbaar: {value}",
        "en": "the session details cannot be read: {value}",
    },
    "refusal.session.bad_role": {"nl": "onbekende rol {value}", "en": "unknown role {value}"},
    "refusal.session.too_many_attendees": {
        "nl": "hooguit 24 aanwezigen, niet {value}",
        "en": "at most 24 attendees, not {value}",
    },
    "refusal.shape.bad_model": {"nl": "onbekend formuliermodel {model}", "en": "unknown form model {model}"},
    "refusal.shape.bad_list_number": {
        "nl": "lijstnummer {list} is geen positief heel getal",
        "en": "list number {list} is not a positive whole number",
    },
    "refusal.shape.bad_list_size": {
        "nl": "lijst {list} moet minstens één kandidaat hebben, niet {size}",
        "en": "list {list} must have at least one candidate, not {size}",
    },
    "refusal.shape.duplicate_list": {"nl": "lijst {list} komt twee keer voor", "en": "list {list} appears twice"},
    "refusal.handcount.machine_lists": {
        "nl": "de machinetotalen horen niet precies bij de lijsten van deze verkiezing",
        "en": "the machine totals do not cover exactly this election's lists",
    },
    "refusal.handcount.not_settled": {
        "nl": "de handmatige totalen van lijst {lists} zijn nog niet twee keer gelijk ingevoerd",
        "en": "the hand totals of list {lists} are not yet typed twice alike",
    },
    "refusal.handcount.no_differences": {
        "nl": "handmatige en kiosktotalen komen overeen: er is niets te verklaren",
        "en": "hand and kiosk totals agree: there is nothing to explain",
    },
    "refusal.handcount.explain_each": {
        "nl": "geef een verklaring voor precies de lijsten die verschillen: {lists}",
        "en": "explain exactly the lists that differ: {lists}",
    },
    "refusal.handcount.bad_explanation": {
        "nl": "lijst {list}: een verklaring van 1 tot {limit} tekens",
        "en": "list {list}: an explanation of 1 to {limit} characters",
    },
    "refusal.handcount.no_outcome": {
        "nl": "er is geen uitkomst ‘verschillen geconstateerd’ vastgelegd",
        "en": "no outcome ‘differences found’ has been recorded",
    },
    "refusal.handcount.outcome_confirmed": {
        "nl": "de uitkomst is al bevestigd",
        "en": "the outcome is confirmed already",
    },
    "refusal.handcount.outcome_four_eyes": {
        "nl": "{account} legde de uitkomst vast; een andere coördinator bevestigt hem",
        "en": "{account} recorded the outcome; another coordinator confirms it",
    },
    "refusal.handcount.unknown_list": {"nl": "lijst {list} bestaat niet", "en": "list {list} does not exist"},
    "refusal.handcount.invalid_total": {
        "nl": "lijst {list}: een handtotaal is een heel aantal stemmen, niet {value}",
        "en": "list {list}: a hand total is a whole number of votes, not {value}",
    },
    "refusal.handcount.not_agreed": {
        "nl": "hand- en machinetotalen komen nog niet overeen voor lijst(en) {lists}",
        "en": "hand and machine totals do not agree yet for list(s) {lists}",
    },
    # A results document (kiosk validate) that cannot be read; the CLI puts the place in front.
    "refusal.document.not_object": {"nl": "moet een JSON-object zijn", "en": "must be a JSON object"},
    "refusal.document.not_bool": {
        "nl": "moet true of false zijn, niet {value}",
        "en": "must be true or false, not {value}",
    },
    "refusal.document.bad_list_number": {
        "nl": "{value} is geen lijstnummer (1, 2, ...)",
        "en": "{value} is not a list number (1, 2, ...)",
    },
    "refusal.document.bad_list_size": {
        "nl": "het aantal kandidaten moet 1 of meer zijn, niet {value}",
        "en": "the number of candidates must be 1 or more, not {value}",
    },
    "refusal.document.duplicate_list": {"nl": "lijst {list} komt twee keer voor", "en": "list {list} appears twice"},
    "refusal.document.bad_counting_method": {
        "nl": 'moet "DSO" of "CSO" zijn, niet {value}',
        "en": 'must be "DSO" or "CSO", not {value}',
    },
    "refusal.document.missing": {"nl": "ontbreekt", "en": "is missing"},
    "refusal.field.syntax": {"nl": "{field} is geen veldcode", "en": "{field} is not a field code"},
    "refusal.field.no_voter_cards": {
        "nl": "veld {field} bestaat niet: deze verkiezing heeft geen kiezerspassen",
        "en": "field {field} does not exist: this election has no voter cards",
    },
    "refusal.field.no_such_list": {
        "nl": "{field}: lijst {list} bestaat niet",
        "en": "{field}: list {list} does not exist",
    },
    "refusal.field.no_such_candidate": {
        "nl": "{field}: lijst {list} heeft {size} kandidaten, niet {candidate}",
        "en": "{field}: list {list} has {size} candidates, not {candidate}",
    },
    "refusal.field.not_a_count": {
        "nl": "{field} is geen aantal",
        "en": "{field} is not a count",
    },
    "refusal.field.not_a_signature": {
        "nl": "{field} is geen handtekeningvak",
        "en": "{field} is not a signature box",
    },
    "refusal.field.not_on_model": {
        "nl": "{field} staat niet op het formulier dat deze verkiezing invoert ({model})",
        "en": "{field} is not on the form this election enters ({model})",
    },
    "refusal.field.not_a_tick": {
        "nl": "{field} is een aantal, geen vinkvak",
        "en": "{field} is a count, not a tick box",
    },
    "refusal.field.shape_mismatch": {
        "nl": "uitslagen van verschillende verkiezingen zijn niet te vergelijken",
        "en": "cannot compare results of different elections",
    },
    "refusal.validation.shape_mismatch": {
        "nl": "de uitslagen horen bij een andere verkiezing",
        "en": "the results belong to another election",
    },
    "refusal.value.not_tick": {
        "nl": "{field} is een vinkvak of handtekeningvak: true, false of leeg, niet {value}",
        "en": "{field} is a tick or signature box: true, false or empty, not {value}",
    },
    "refusal.value.bool_in_count": {
        "nl": "{field} is een aantal, geen vinkje ({value})",
        "en": "{field} is a count, not a tick ({value})",
    },
    "refusal.value.text": {
        "nl": "{field} is een aantal; de tekst '{value}' is geen getal",
        "en": "{field} is a count; the text '{value}' is not a number",
    },
    "refusal.value.not_whole": {
        "nl": "{field} is een aantal hele stemmen, niet {value}",
        "en": "{field} is a count of whole votes, not {value}",
    },
    "refusal.value.not_a_number": {
        "nl": "{field} is een aantal; {value} is geen getal",
        "en": "{field} is a count; {value} is not a number",
    },
    "refusal.workflow.bad_event": {
        "nl": "interne fout: een onbekende handeling voor dit stembureau",
        "en": "internal error: an unknown action for this station",
    },
    "refusal.workflow.duplicate_page": {
        "nl": "pagina {page} hoort al bij stembureau {station}",
        "en": "page {page} is already attached to station {station}",
    },
    # Refusals of the services that the command line passes on as they are
    "refusal.no_election": {
        "nl": "er is nog geen verkiezing ingelezen (kiosk import)",
        "en": "no election has been imported yet (kiosk import)",
    },
    "refusal.unknown_election": {
        "nl": "verkiezing {election} is niet ingelezen (ingelezen: {known})",
        "en": "election {election} is not imported (imported: {known})",
    },
    "refusal.choose_election": {
        "nl": "er zijn meerdere verkiezingen ingelezen ({known}); kies er een (--election)",
        "en": "several elections are imported ({known}); choose one (--election)",
    },
    "refusal.scan.no_folder": {"nl": "{folder}: geen map", "en": "{folder}: not a folder"},
    "refusal.scan.no_sane": {
        "nl": "scanimage ontbreekt (apt-get install sane-utils); lees de beelden in uit een map met --dir",
        "en": "scanimage not found (apt-get install sane-utils); import files with --dir instead",
    },
    "refusal.scan.timeout": {
        "nl": "de scanner {device} was niet binnen {seconds} s klaar",
        "en": "the scanner {device} did not finish within {seconds} s",
    },
    "refusal.scan.failed": {
        "nl": "de scanner gaf een fout: {problem}",
        "en": "the scanner reported an error: {problem}",
    },
    "refusal.handcount.bad_slot": {
        "nl": "interne fout: de handtelling wordt twee keer getypt, als 1 of 2",
        "en": "internal error: the hand count is typed twice, as 1 or 2",
    },
}
