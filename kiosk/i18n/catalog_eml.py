"""Messages of EML import and the import hash check (kiosk.eml).

Refusals (``EmlError``: ``refusal.eml.<code>``) begin with the file name: "bestand.xml: <text>".
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
    "eml.item.authority": {"nl": "de gemeentecode van de afzender", "en": "the sender's municipality code"},
    # -- errors: the file itself -----------------------------------------------
    "refusal.eml.too_large": {
        "nl": (
            "{source}: bestand is te groot ({size_mb} MB; maximaal {limit_mb} MB) — dit is geen EML-bestand van "
            "de Kiesraad"
        ),
        "en": "{source}: file is too large ({size_mb} MB; at most {limit_mb} MB) — this is not a Kiesraad EML file",
    },
    "refusal.eml.empty": {"nl": "{source}: bestand is leeg", "en": "{source}: file is empty"},
    "refusal.eml.binary": {
        "nl": "{source}: dit is geen XML-bestand (binaire inhoud)",
        "en": "{source}: this is not an XML file (binary content)",
    },
    "refusal.eml.not_xml": {
        "nl": "{source}: dit is geen geldig XML-bestand (regel {line}: {detail})",
        "en": "{source}: this is not a valid XML file (line {line}: {detail})",
    },
    "refusal.eml.dtd_forbidden": {
        "nl": (
            "{source}: bestand bevat een DOCTYPE/entiteiten; dat komt in EML niet voor en wordt om "
            "veiligheidsredenen geweigerd"
        ),
        "en": "{source}: file contains a DOCTYPE/entities; EML never does, so it is refused for safety",
    },
    "refusal.eml.not_eml": {
        "nl": "{source}: dit is geen EML-bestand (hoofdelement {root} in namespace {namespace})",
        "en": "{source}: this is not an EML file (root element {root} in namespace {namespace})",
    },
    "refusal.eml.unknown_kind": {
        "nl": "{source}: onbekend soort EML-bericht (Id ‘{declared}’)",
        "en": "{source}: unknown kind of EML message (Id ‘{declared}’)",
    },
    "refusal.eml.document_type_mismatch": {
        "nl": "{source}: het bestand noemt zich EML {declared_kind} ({declared_kind_name}), maar bevat {payload_name}",
        "en": "{source}: the file calls itself EML {declared_kind} ({declared_kind_name}), but contains {payload_name}",
    },
    "refusal.eml.wrong_kind": {
        "nl": (
            "{source}: verwacht EML {expected_kind} ({expected_kind_name}), maar dit is EML {found_kind} "
            "({found_kind_name})"
        ),
        "en": (
            "{source}: expected EML {expected_kind} ({expected_kind_name}), but this is EML {found_kind} "
            "({found_kind_name})"
        ),
    },
    "refusal.eml.count_file": {
        "nl": (
            "{source}: dit is een EML {found_kind} ({found_kind_name}), geen verkiezingsdefinitie; uitslagen "
            "worden nooit digitaal ingelezen — neem tellingen over van het papieren proces-verbaal"
        ),
        "en": (
            "{source}: this is an EML {found_kind} ({found_kind_name}), not an election definition; results are "
            "never imported digitally — enter counts from the paper report"
        ),
    },
    "refusal.eml.unsupported_kind": {
        "nl": (
            "{source}: EML {found_kind} ({found_kind_name}) kan niet worden ingelezen; lees EML 110a, 230b of 110b in"
        ),
        "en": "{source}: EML {found_kind} ({found_kind_name}) cannot be imported; import EML 110a, 230b or 110b",
    },
    "refusal.eml.schema": {
        "nl": "{source}: voldoet niet aan het EML_NL-schema voor {kind} (regel {line}: {detail})",
        "en": "{source}: does not conform to the EML_NL schema for {kind} (line {line}: {detail})",
    },
    # -- errors: numbers and characters the kiosk cannot take (kiosk.eml.bounds) --
    "refusal.eml.not_a_number": {
        "nl": "{source}: {element} (regel {line}) is geen geheel getal: ‘{value}’",
        "en": "{source}: {element} (line {line}) is not a whole number: ‘{value}’",
    },
    "refusal.eml.number_out_of_range": {
        "nl": "{source}: {element} (regel {line}) is {value}; dat moet tussen {minimum} en {maximum} liggen",
        "en": "{source}: {element} (line {line}) is {value}; it must be between {minimum} and {maximum}",
    },
    "refusal.eml.unsafe_character": {
        "nl": (
            "{source}: {element} (regel {line}) bevat op positie {position} het onzichtbare of sturende teken "
            "{char}; zo'n naam kan anders lijken dan hij is en wordt niet ingelezen"
        ),
        "en": (
            "{source}: {element} (line {line}) holds the invisible or control character {char} at position "
            "{position}; such a name can look other than it is and is not imported"
        ),
    },
    # -- errors: content of the election identifier ----------------------------
    "refusal.eml.missing_election_date": {
        "nl": "{source}: de verkiezingsdatum (ElectionDate) ontbreekt",
        "en": "{source}: the election date (ElectionDate) is missing",
    },
    "refusal.eml.duplicate_element": {
        "nl": "{source}: {element} staat meer dan eens in de verkiezingsgegevens",
        "en": "{source}: {element} occurs more than once in the election identifier",
    },
    "refusal.eml.category_subcategory_mismatch": {
        "nl": "{source}: soort verkiezing {category} past niet bij subcategorie {subcategory} (toegestaan: {allowed})",
        "en": "{source}: election category {category} does not match subcategory {subcategory} (allowed: {allowed})",
    },
    "refusal.eml.missing_domain": {
        "nl": (
            "{source}: het gebied van de verkiezing (ElectionDomain) ontbreekt; een {category}-verkiezing moet "
            "haar gemeente, provincie of waterschap noemen"
        ),
        "en": (
            "{source}: the election domain (ElectionDomain) is missing; a {category} election must name its "
            "municipality, province or water board"
        ),
    },
    "refusal.eml.dates_inconsistent": {
        "nl": "{source}: dag van kandidaatstelling {nomination_date} ligt na de verkiezingsdatum {election_date}",
        "en": "{source}: nomination date {nomination_date} is after election date {election_date}",
    },
    "refusal.eml.seats_subcategory_mismatch": {
        "nl": (
            "{source}: subcategorie {subcategory} past niet bij {seats} zetels (1 = minder dan 19 zetels, 2 = "
            "19 of meer)"
        ),
        "en": (
            "{source}: subcategory {subcategory} does not match {seats} seats (1 = fewer than 19 seats, 2 = 19 or more)"
        ),
    },
    "refusal.eml.preference_threshold_mismatch": {
        "nl": (
            "{source}: voorkeurdrempel {threshold}% past niet bij subcategorie {subcategory} (de wet schrijft "
            "{expected}% voor)"
        ),
        "en": (
            "{source}: preference threshold {threshold}% does not match subcategory {subcategory} (the law "
            "prescribes {expected}%)"
        ),
    },
    "refusal.eml.election_tree_mismatch": {
        "nl": (
            "{source}: de verkiezingsboom past niet bij soort verkiezing {category}: bovenaan hoort een regio "
            "van soort {expected}, maar de boom begint bij {found} ‘{region}’"
        ),
        "en": (
            "{source}: the election tree does not fit election category {category}: its top should be a region "
            "of kind {expected}, but the tree starts at {found} ‘{region}’"
        ),
    },
    # -- errors: candidate lists -------------------------------------------------
    "refusal.eml.missing_authority": {
        "nl": (
            "{source}: de afzender (ManagingAuthority) ontbreekt; kandidatenlijsten moeten het centraal "
            "stembureau noemen"
        ),
        "en": (
            "{source}: the sender (ManagingAuthority) is missing; candidate lists must name the central "
            "electoral committee"
        ),
    },
    "refusal.eml.no_lists": {
        "nl": "{source}: bevat geen enkele kandidatenlijst",
        "en": "{source}: contains no candidate list at all",
    },
    "refusal.eml.list_without_candidates": {
        "nl": "{source}: lijst {list} ({name}) heeft geen kandidaten",
        "en": "{source}: list {list} ({name}) has no candidates",
    },
    "refusal.eml.list_without_number": {
        "nl": "{source}: lijst ‘{name}’ heeft geen lijstnummer",
        "en": "{source}: list ‘{name}’ has no list number",
    },
    "refusal.eml.duplicate_list": {
        "nl": "{source}: lijstnummer {list} komt meer dan eens voor",
        "en": "{source}: list number {list} occurs more than once",
    },
    "refusal.eml.duplicate_candidate": {
        "nl": "{source}: lijst {list}: kandidaatnummer {position} komt meer dan eens voor",
        "en": "{source}: list {list}: candidate number {position} occurs more than once",
    },
    "refusal.eml.candidate_order": {
        "nl": "{source}: lijst {list}: de kandidaten staan niet in de volgorde van hun nummers",
        "en": "{source}: list {list}: the candidates are not in the order of their numbers",
    },
    "refusal.eml.candidate_without_number": {
        "nl": "{source}: lijst {list}: kandidaat zonder geldig kandidaatnummer (‘{value}’)",
        "en": "{source}: list {list}: candidate without a valid candidate number (‘{value}’)",
    },
    "refusal.eml.candidate_without_name": {
        "nl": "{source}: lijst {list}, kandidaat {position}: achternaam ontbreekt",
        "en": "{source}: list {list}, candidate {position}: last name is missing",
    },
    "refusal.eml.multiple_contests": {
        "nl": (
            "{source}: bevat {count} kieskringen; lees het bestand met de kandidatenlijsten van uw eigen kieskring in"
        ),
        "en": "{source}: contains {count} electoral districts; import the candidate lists file of your own district",
    },
    # -- errors: polling stations --------------------------------------------
    "refusal.eml.multiple_elections": {
        "nl": "{source}: bevat {count} verkiezingen; verwacht precies één",
        "en": "{source}: contains {count} elections; expected exactly one",
    },
    "refusal.eml.duplicate_station": {
        "nl": "{source}: stembureaunummer {station} komt meer dan eens voor",
        "en": "{source}: polling station number {station} occurs more than once",
    },
    "refusal.eml.sender_not_municipality": {
        "nl": (
            "{source}: de afzender (‘{found}’) is geen gemeentecode van vier cijfers; een stembureaubestand "
            "komt van de gemeente zelf"
        ),
        "en": (
            "{source}: the sender (‘{found}’) is not a four-digit municipality code; a polling station file "
            "comes from the municipality itself"
        ),
    },
    # -- errors: files that do not belong together ---------------------------
    "refusal.eml.election_mismatch": {
        "nl": (
            "{source}: hoort niet bij de ingelezen verkiezing: {item_name} is ‘{found}’ in dit bestand, maar "
            "‘{expected}’ in de verkiezingsdefinitie"
        ),
        "en": (
            "{source}: does not belong to the imported election: {item_name} is ‘{found}’ in this file, but "
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
    "refusal.eml.hash.invalid_length": {
        "nl": "geen geldige SHA-256-hash: verwacht 64 tekens (16 groepen van 4), maar dit zijn er {length}",
        "en": "not a valid SHA-256 hash: expected 64 characters (16 groups of 4), but these are {length}",
    },
    "refusal.eml.hash.invalid_chars": {
        "nl": "geen geldige SHA-256-hash: alleen 0-9 en a-f mogen, niet ‘{chars}’",
        "en": "not a valid SHA-256 hash: only 0-9 and a-f are allowed, not ‘{chars}’",
    },
}
