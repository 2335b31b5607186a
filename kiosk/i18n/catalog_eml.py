"""Messages of EML import and the import hash check (kiosk.eml).

Error texts follow the file name in ``str(EmlError)``: "bestand.xml: <text>".
They say what is wrong in terms an operator can check or pass on.
"""

MESSAGES = {
    # -- names of EML kinds, used inside other messages ---------------------
    "eml.kind.110a": {"nl": "verkiezingsdefinitie", "en": "election definition"},
    "eml.kind.110b": {"nl": "stembureaus", "en": "polling stations"},
    "eml.kind.210": {"nl": "kandidaatstelling", "en": "nomination"},
    "eml.kind.230a": {"nl": "ingeleverde kandidatenlijsten", "en": "submitted candidate lists"},
    "eml.kind.230b": {"nl": "kandidatenlijsten", "en": "candidate lists"},
    "eml.kind.230c": {"nl": "kandidatenlijsten (na combinatie)", "en": "candidate lists (after combination)"},
    "eml.kind.510a": {"nl": "telling stembureau", "en": "polling station count"},
    "eml.kind.510b": {"nl": "telling", "en": "count"},
    "eml.kind.510c": {"nl": "telling hoofdstembureau", "en": "district count"},
    "eml.kind.510d": {"nl": "telling centraal stembureau", "en": "central count"},
    "eml.kind.520": {"nl": "uitslag", "en": "result"},
    "eml.kind.630": {"nl": "referendumopties", "en": "referendum options"},
    "eml.payload.ElectionEvent": {
        "nl": "een verkiezingsdefinitie of stembureaulijst (EML 110)",
        "en": "an election definition or polling station list (EML 110)",
    },
    "eml.payload.Nomination": {"nl": "een kandidaatstelling (EML 210)", "en": "a nomination (EML 210)"},
    "eml.payload.CandidateList": {"nl": "kandidatenlijsten (EML 230)", "en": "candidate lists (EML 230)"},
    "eml.payload.Count": {"nl": "een telling (EML 510)", "en": "a count (EML 510)"},
    "eml.payload.Result": {"nl": "een uitslag (EML 520)", "en": "a result (EML 520)"},
    "eml.payload.OptionsList": {"nl": "referendumopties (EML 630)", "en": "referendum options (EML 630)"},
    # -- items compared by check_belongs_to ----------------------------------
    "eml.item.id": {"nl": "de verkiezingscode", "en": "the election id"},
    "eml.item.category": {"nl": "de soort verkiezing", "en": "the election category"},
    "eml.item.election_date": {"nl": "de verkiezingsdatum", "en": "the election date"},
    "eml.item.domain_id": {"nl": "de gebiedscode", "en": "the domain code"},
    "eml.item.domain_name": {"nl": "de gebiedsnaam", "en": "the domain name"},
    "eml.item.name": {"nl": "de naam van de verkiezing", "en": "the election name"},
    # -- errors: the file itself -----------------------------------------------
    "eml.error.too_large": {
        "nl": (
            "bestand is te groot ({size_mb} MB; maximaal {limit_mb} MB) — dit is geen EML-bestand van "
            "de Kiesraad"
        ),
        "en": "file is too large ({size_mb} MB; at most {limit_mb} MB) — this is not a Kiesraad EML file",
    },
    "eml.error.empty": {"nl": "bestand is leeg", "en": "file is empty"},
    "eml.error.binary": {
        "nl": "dit is geen XML-bestand (binaire inhoud)",
        "en": "this is not an XML file (binary content)",
    },
    "eml.error.not_xml": {
        "nl": "dit is geen geldig XML-bestand (regel {line}: {detail})",
        "en": "this is not a valid XML file (line {line}: {detail})",
    },
    "eml.error.dtd_forbidden": {
        "nl": (
            "bestand bevat een DOCTYPE/entiteiten; dat komt in EML niet voor en wordt om "
            "veiligheidsredenen geweigerd"
        ),
        "en": "file contains a DOCTYPE/entities; EML never does, so it is refused for safety",
    },
    "eml.error.not_eml": {
        "nl": "dit is geen EML-bestand (hoofdelement {root} in namespace {namespace})",
        "en": "this is not an EML file (root element {root} in namespace {namespace})",
    },
    "eml.error.unknown_kind": {
        "nl": "onbekend soort EML-bericht (Id ‘{declared}’)",
        "en": "unknown kind of EML message (Id ‘{declared}’)",
    },
    "eml.error.document_type_mismatch": {
        "nl": "het bestand noemt zich EML {declared_kind} ({declared_kind_name}), maar bevat {payload_name}",
        "en": "the file calls itself EML {declared_kind} ({declared_kind_name}), but contains {payload_name}",
    },
    "eml.error.wrong_kind": {
        "nl": (
            "verwacht EML {expected_kind} ({expected_kind_name}), maar dit is EML {found_kind} "
            "({found_kind_name})"
        ),
        "en": (
            "expected EML {expected_kind} ({expected_kind_name}), but this is EML {found_kind} "
            "({found_kind_name})"
        ),
    },
    "eml.error.count_file": {
        "nl": (
            "dit is een EML {found_kind} ({found_kind_name}), geen verkiezingsdefinitie; uitslagen "
            "worden nooit digitaal ingelezen — neem tellingen over van het papieren proces-verbaal"
        ),
        "en": (
            "this is an EML {found_kind} ({found_kind_name}), not an election definition; results are "
            "never imported digitally — enter counts from the paper report"
        ),
    },
    "eml.error.unsupported_kind": {
        "nl": (
            "EML {found_kind} ({found_kind_name}) kan niet worden ingelezen; lees EML 110a, 230b of "
            "110b in"
        ),
        "en": "EML {found_kind} ({found_kind_name}) cannot be imported; import EML 110a, 230b or 110b",
    },
    "eml.error.schema": {
        "nl": "voldoet niet aan het EML_NL-schema voor {kind} (regel {line}: {detail})",
        "en": "does not conform to the EML_NL schema for {kind} (line {line}: {detail})",
    },
    # -- errors: numbers and characters the kiosk cannot take (kiosk.eml.bounds) --
    "eml.error.not_a_number": {
        "nl": "{element} (regel {line}) is geen geheel getal: ‘{value}’",
        "en": "{element} (line {line}) is not a whole number: ‘{value}’",
    },
    "eml.error.number_out_of_range": {
        "nl": "{element} (regel {line}) is {value}; dat moet tussen {minimum} en {maximum} liggen",
        "en": "{element} (line {line}) is {value}; it must be between {minimum} and {maximum}",
    },
    "eml.error.unsafe_character": {
        "nl": (
            "{element} (regel {line}) bevat op positie {position} het onzichtbare of sturende teken "
            "{char}; zo'n naam kan anders lijken dan hij is en wordt niet ingelezen"
        ),
        "en": (
            "{element} (line {line}) holds the invisible or control character {char} at position "
            "{position}; such a name can look other than it is and is not imported"
        ),
    },
    # -- errors: content of the election identifier ----------------------------
    "eml.error.missing_election_date": {
        "nl": "de verkiezingsdatum (ElectionDate) ontbreekt",
        "en": "the election date (ElectionDate) is missing",
    },
    "eml.error.duplicate_element": {
        "nl": "{element} staat meer dan eens in de verkiezingsgegevens",
        "en": "{element} occurs more than once in the election identifier",
    },
    "eml.error.category_subcategory_mismatch": {
        "nl": "soort verkiezing {category} past niet bij subcategorie {subcategory} (toegestaan: {allowed})",
        "en": "election category {category} does not match subcategory {subcategory} (allowed: {allowed})",
    },
    "eml.error.missing_domain": {
        "nl": (
            "het gebied van de verkiezing (ElectionDomain) ontbreekt; een {category}-verkiezing moet "
            "haar gemeente, provincie of waterschap noemen"
        ),
        "en": (
            "the election domain (ElectionDomain) is missing; a {category} election must name its "
            "municipality, province or water board"
        ),
    },
    "eml.error.dates_inconsistent": {
        "nl": "dag van kandidaatstelling {nomination_date} ligt na de verkiezingsdatum {election_date}",
        "en": "nomination date {nomination_date} is after election date {election_date}",
    },
    "eml.error.seats_subcategory_mismatch": {
        "nl": (
            "subcategorie {subcategory} past niet bij {seats} zetels (1 = minder dan 19 zetels, 2 = "
            "19 of meer)"
        ),
        "en": (
            "subcategory {subcategory} does not match {seats} seats (1 = fewer than 19 seats, 2 = 19 "
            "or more)"
        ),
    },
    "eml.error.preference_threshold_mismatch": {
        "nl": (
            "voorkeurdrempel {threshold}% past niet bij subcategorie {subcategory} (de wet schrijft "
            "{expected}% voor)"
        ),
        "en": (
            "preference threshold {threshold}% does not match subcategory {subcategory} (the law "
            "prescribes {expected}%)"
        ),
    },
    "eml.error.election_tree_mismatch": {
        "nl": (
            "de verkiezingsboom past niet bij soort verkiezing {category}: bovenaan hoort een regio "
            "van soort {expected}, maar de boom begint bij {found} ‘{region}’"
        ),
        "en": (
            "the election tree does not fit election category {category}: its top should be a region "
            "of kind {expected}, but the tree starts at {found} ‘{region}’"
        ),
    },
    # -- errors: candidate lists -------------------------------------------------
    "eml.error.missing_authority": {
        "nl": (
            "de afzender (ManagingAuthority) ontbreekt; kandidatenlijsten moeten het centraal "
            "stembureau noemen"
        ),
        "en": (
            "the sender (ManagingAuthority) is missing; candidate lists must name the central "
            "electoral committee"
        ),
    },
    "eml.error.no_lists": {
        "nl": "bevat geen enkele kandidatenlijst",
        "en": "contains no candidate list at all",
    },
    "eml.error.list_without_candidates": {
        "nl": "lijst {list} ({name}) heeft geen kandidaten",
        "en": "list {list} ({name}) has no candidates",
    },
    "eml.error.list_without_number": {
        "nl": "lijst ‘{name}’ heeft geen lijstnummer",
        "en": "list ‘{name}’ has no list number",
    },
    "eml.error.duplicate_list": {
        "nl": "lijstnummer {list} komt meer dan eens voor",
        "en": "list number {list} occurs more than once",
    },
    "eml.error.duplicate_candidate": {
        "nl": "lijst {list}: kandidaatnummer {position} komt meer dan eens voor",
        "en": "list {list}: candidate number {position} occurs more than once",
    },
    "eml.error.candidate_order": {
        "nl": "lijst {list}: de kandidaten staan niet in de volgorde van hun nummers",
        "en": "list {list}: the candidates are not in the order of their numbers",
    },
    "eml.error.candidate_without_number": {
        "nl": "lijst {list}: kandidaat zonder geldig kandidaatnummer (‘{value}’)",
        "en": "list {list}: candidate without a valid candidate number (‘{value}’)",
    },
    "eml.error.candidate_without_name": {
        "nl": "lijst {list}, kandidaat {position}: achternaam ontbreekt",
        "en": "list {list}, candidate {position}: last name is missing",
    },
    "eml.error.multiple_contests": {
        "nl": (
            "bevat {count} kieskringen; lees het bestand met de kandidatenlijsten van uw eigen "
            "kieskring in"
        ),
        "en": "contains {count} electoral districts; import the candidate lists file of your own district",
    },
    # -- errors: polling stations --------------------------------------------
    "eml.error.multiple_elections": {
        "nl": "bevat {count} verkiezingen; verwacht precies één",
        "en": "contains {count} elections; expected exactly one",
    },
    "eml.error.duplicate_station": {
        "nl": "stembureaunummer {station} komt meer dan eens voor",
        "en": "polling station number {station} occurs more than once",
    },
    # -- errors: files that do not belong together ---------------------------
    "eml.error.election_mismatch": {
        "nl": (
            "hoort niet bij de ingelezen verkiezing: {item_name} is ‘{found}’ in dit bestand, maar "
            "‘{expected}’ in de verkiezingsdefinitie"
        ),
        "en": (
            "does not belong to the imported election: {item_name} is ‘{found}’ in this file, but "
            "‘{expected}’ in the election definition"
        ),
    },
    # -- warnings ------------------------------------------------------------
    "eml.warning.nomination_date_ignored": {
        "nl": "de dag van kandidaatstelling in dit stembureaubestand hoort daar niet en is genegeerd",
        "en": "the nomination date in this polling station file does not belong there and was ignored",
    },
    "eml.warning.few_stations": {
        "nl": "bevat maar {count} stembureau(s); controleer of dit de volledige lijst is",
        "en": "contains only {count} polling station(s); check that this is the complete list",
    },
    "eml.warning.voters_unknown": {
        "nl": "stembureau {station}: aantal kiezers is 0 in het bestand en wordt als onbekend behandeld",
        "en": "polling station {station}: number of voters is 0 in the file and is treated as unknown",
    },
    "eml.warning.candidate_numbers_gap": {
        "nl": "lijst {list}: {count} kandidaten, maar de nummering loopt tot {last}",
        "en": "list {list}: {count} candidates, but the numbering runs to {last}",
    },
    "eml.warning.subcategory_differs": {
        "nl": "subcategorie {found} in dit bestand wijkt af van {expected} in de verkiezingsdefinitie",
        "en": "subcategory {found} in this file differs from {expected} in the election definition",
    },
    # -- import hash check ---------------------------------------------------
    "eml.hash.instruction": {
        "nl": "Neem de twee ontbrekende groepen van de hash over van het papier.",
        "en": "Copy the two missing groups of the hash from the paper.",
    },
    "eml.hash.mismatch": {
        "nl": "De getypte groepen komen niet overeen met dit bestand. Controleer het papier en het bestand.",
        "en": "The typed groups do not match this file. Check the paper and the file.",
    },
    "eml.hash.invalid_length": {
        "nl": "geen geldige SHA-256-hash: verwacht 64 tekens (16 groepen van 4), maar dit zijn er {length}",
        "en": "not a valid SHA-256 hash: expected 64 characters (16 groups of 4), but these are {length}",
    },
    "eml.hash.invalid_chars": {
        "nl": "geen geldige SHA-256-hash: alleen 0-9 en a-f mogen, niet ‘{chars}’",
        "en": "not a valid SHA-256 hash: only 0-9 and a-f are allowed, not ‘{chars}’",
    },
}
