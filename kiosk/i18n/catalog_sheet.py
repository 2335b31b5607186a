"""Texts of the checked municipal totals sheet (kiosk.reports.totals_sheet).

The sheet itself is always printed in Dutch (it is the official paper); the
English texts are for the screen and for reviewers. Keys under ``sheet.error.``
are the refusals of ``SheetData``.
"""

MESSAGES = {
    # -- title block and running header/footer --------------------------------
    "sheet.title": {
        "nl": "Telling gemeentelijk stembureau — uitkomst met rekenhulpmiddel",
        "en": "Count of the municipal counting committee — result with calculation aid",
    },
    "sheet.municipality": {"nl": "Gemeente {name}", "en": "Municipality of {name}"},
    "sheet.election_line": {"nl": "{name} — verkiezingsdatum {date}", "en": "{name} — election date {date}"},
    "sheet.produced": {
        "nl": "Aangemaakt op {date} om {time} ({offset})",
        "en": "Produced on {date} at {time} ({offset})",
    },
    "sheet.election_id": {"nl": "Verkiezing: {id}", "en": "Election: {id}"},
    "sheet.kiosk": {"nl": "Kiosk: {kiosk}", "en": "Kiosk: {kiosk}"},
    "sheet.stations_all": {
        "nl": "Geteld: alle {count} stembureaus van de gemeente.",
        "en": "Counted: all {count} polling stations of the municipality.",
    },
    "sheet.stations_part": {
        "nl": "Deeltelling: {count} van de {total} stembureaus van de gemeente; "
        "de overige stembureaus zijn elders geteld.",
        "en": "Partial count: {count} of the municipality's {total} polling stations; "
        "the other stations were counted elsewhere.",
    },
    "sheet.note": {"nl": "Opmerking: {note}", "en": "Note: {note}"},
    "sheet.numbers_note": {
        "nl": "Aantallen staan zonder scheidingsteken voor duizendtallen: 12345 betekent "
        "twaalfduizend driehonderdvijfenveertig.",
        "en": "Counts are printed without a thousands separator: 12345 means "
        "twelve thousand three hundred and forty-five.",
    },
    "sheet.header": {
        "nl": "Gemeente {municipality} · {election} · aangemaakt {date} {time}",
        "en": "Municipality of {municipality} · {election} · produced {date} {time}",
    },
    "sheet.header_right": {"nl": "Telling gemeentelijk stembureau", "en": "Municipal count"},
    "sheet.page": {"nl": "pagina {page} van {pages}", "en": "page {page} of {pages}"},
    "sheet.footer_eml": {"nl": "SHA-256 EML 510b-export:", "en": "SHA-256 of EML 510b export:"},
    "sheet.footer_audit": {"nl": "Auditlog, laatste hash:", "en": "Audit log, head hash:"},
    "sheet.footer_seal": {"nl": "Auditlog, zegel rij {seq}:", "en": "Audit log, seal row {seq}:"},
    "sheet.version": {"nl": "Versie {version}", "en": "Version {version}"},
    "sheet.replaces": {
        "nl": "Deze versie vervangt versie {version} (zegel auditlog rij {seq}, hash {hash}).",
        "en": "This version replaces version {version} (seal audit log row {seq}, hash {hash}).",
    },
    "sheet.continued": {"nl": "{title} (vervolg)", "en": "{title} (continued)"},
    # -- 1. front-page totals -----------------------------------------------
    "sheet.section.counts": {
        "nl": "1. Toegelaten kiezers en uitgebrachte stemmen",
        "en": "1. Admitted voters and votes cast",
    },
    "sheet.col.code": {"nl": "Code", "en": "Code"},
    "sheet.col.label": {"nl": "Omschrijving", "en": "Description"},
    "sheet.col.count": {"nl": "Aantal", "en": "Count"},
    "sheet.label.A": {"nl": "Aantal geldige stempassen", "en": "Valid poll cards"},
    "sheet.label.B": {"nl": "Aantal geldige volmachtbewijzen", "en": "Valid proxy certificates"},
    "sheet.label.C": {"nl": "Aantal geldige kiezerspassen", "en": "Valid voter cards"},
    "sheet.label.D": {"nl": "Totaal toegelaten kiezers", "en": "Total admitted voters"},
    "sheet.label.E_list": {"nl": "Totaal lijst {number} — {name}", "en": "Total list {number} — {name}"},
    "sheet.label.E": {"nl": "Totaal stemmen op kandidaten", "en": "Total votes on candidates"},
    "sheet.label.F": {"nl": "Aantal blanco stemmen", "en": "Blank votes"},
    "sheet.label.G": {"nl": "Aantal ongeldige stemmen", "en": "Invalid votes"},
    "sheet.label.H": {"nl": "Totaal uitgebrachte stemmen", "en": "Total votes cast"},
    "sheet.label.I": {"nl": "Aantal méér getelde stembiljetten", "en": "More ballots counted than voters admitted"},
    "sheet.label.J": {"nl": "Aantal minder getelde stembiljetten", "en": "Fewer ballots counted than voters admitted"},
    # -- 2. I and J per station -----------------------------------------------
    "sheet.section.differences": {
        "nl": "2. Méér en minder getelde stembiljetten per stembureau",
        "en": "2. More and fewer ballots counted, per polling station",
    },
    "sheet.diff_check": {
        "nl": "Uitgebrachte stemmen min toegelaten kiezers (H − D) = {h_minus_d}; "
        "méér getelde min minder getelde stembiljetten (I − J) = {i_minus_j}.",
        "en": "Votes cast minus admitted voters (H − D) = {h_minus_d}; "
        "more counted minus fewer counted ballots (I − J) = {i_minus_j}.",
    },
    "sheet.diff_title": {
        "nl": "{code}. {label}: {total}, in {count} stembureau(s)",
        "en": "{code}. {label}: {total}, in {count} polling station(s)",
    },
    "sheet.diff_none": {
        "nl": "{code}. {label}: 0 — in geen enkel stembureau.",
        "en": "{code}. {label}: 0 — in no polling station.",
    },
    "sheet.col.station_name": {"nl": "Naam", "en": "Name"},
    "sheet.col.number": {"nl": "Nr.", "en": "No."},
    # -- 3. hand count -------------------------------------------------------
    "sheet.section.hand": {
        "nl": "3. Controle: lijsttotalen met de hand opgeteld",
        "en": "3. Check: list totals added up by hand",
    },
    "sheet.hand_intro": {
        "nl": "Per lijst is het totaal met de hand opgeteld, zonder digitaal hulpmiddel, en twee keer "
        "ingevoerd. Voor elke lijst komt het met de hand opgetelde totaal overeen met het totaal "
        "van het rekenhulpmiddel.",
        "en": "Each list's total was added up by hand, without any digital aid, and entered twice. "
        "For every list, the total added up by hand agrees with the calculation aid's total.",
    },
    "sheet.col.list": {"nl": "Lijst", "en": "List"},
    "sheet.col.list_name": {"nl": "Naam lijst", "en": "List name"},
    "sheet.col.machine": {"nl": "Rekenhulpmiddel", "en": "Calculation aid"},
    "sheet.col.hand": {"nl": "Met de hand", "en": "By hand"},
    "sheet.col.agrees": {"nl": "Vergelijking", "en": "Comparison"},
    "sheet.agrees": {"nl": "komt overeen", "en": "agrees"},
    "sheet.total_e": {"nl": "Totaal alle lijsten (E)", "en": "Total of all lists (E)"},
    # -- 4. candidates -------------------------------------------------------
    "sheet.section.candidates": {"nl": "4. Stemmen per kandidaat", "en": "4. Votes per candidate"},
    "sheet.list_title": {"nl": "Lijst {number} — {name}", "en": "List {number} — {name}"},
    "sheet.col.position": {"nl": "Nr.", "en": "No."},
    "sheet.col.candidate": {"nl": "Naam kandidaat", "en": "Candidate"},
    "sheet.col.votes": {"nl": "Stemmen", "en": "Votes"},
    "sheet.list_total": {"nl": "Totaal lijst {number}", "en": "Total list {number}"},
    # -- 5. stations ---------------------------------------------------------
    "sheet.section.stations": {
        "nl": "5. Getelde stembureaus ({count})",
        "en": "5. Polling stations counted ({count})",
    },
    # -- 6. signatures -------------------------------------------------------
    "sheet.section.signatures": {"nl": "6. Ondertekening", "en": "6. Signatures"},
    "sheet.sign_statement": {
        "nl": "Het gemeentelijk stembureau stelt de uitkomst vast zoals vermeld in dit document van "
        "{pages} pagina's. De met de hand opgetelde lijsttotalen komen overeen met de uitkomst van "
        "het rekenhulpmiddel. Elke pagina vermeldt onderaan dezelfde SHA-256 van de EML 510b-export "
        "en dezelfde laatste hash van de auditlog.",
        "en": "The municipal counting committee establishes the result as stated in this document of "
        "{pages} pages. The list totals added up by hand agree with the calculation aid's result. "
        "Every page carries at the bottom the same SHA-256 of the EML 510b export and the same "
        "audit log head hash.",
    },
    "sheet.sign_place": {"nl": "Plaats:", "en": "Place:"},
    "sheet.sign_date": {"nl": "Datum:", "en": "Date:"},
    "sheet.sign_time": {"nl": "Tijd:", "en": "Time:"},
    "sheet.col.role": {"nl": "Functie", "en": "Role"},
    "sheet.col.name": {"nl": "Naam", "en": "Name"},
    "sheet.col.signature": {"nl": "Handtekening", "en": "Signature"},
    "sheet.role.chair": {"nl": "Voorzitter", "en": "Chair"},
    "sheet.role.member": {"nl": "Lid", "en": "Member"},
    # -- PDF metadata ----------------------------------------------------------
    "sheet.pdf_title": {
        "nl": "Telling gemeentelijk stembureau {municipality} — {election}",
        "en": "Municipal count {municipality} — {election}",
    },
    # -- refusals (SheetError codes) -------------------------------------------
    "refusal.sheet.error.hand_count_not_agreed": {
        "nl": "het totalenoverzicht kan niet worden gemaakt: de handtelling komt nog niet overeen "
        "met het rekenhulpmiddel voor lijst {list_numbers}",
        "en": "the totals sheet cannot be made: the hand count does not agree with the calculation "
        "aid yet for list(s) {list_numbers}",
    },
    "refusal.sheet.error.hand_check_stale": {
        "nl": "de handtelling is vergeleken met andere totalen dan deze (lijst {list_numbers}); "
        "vergelijk de handtelling opnieuw",
        "en": "the hand count was compared with other totals than these (list(s) {list_numbers}); "
        "compare the hand count again",
    },
    "refusal.sheet.error.hand_check_lists": {
        "nl": "de handtelling gaat over andere lijsten dan deze verkiezing heeft",
        "en": "the hand count covers other lists than this election has",
    },
    "refusal.sheet.error.wrong_election": {
        "nl": "de totalen horen niet bij deze verkiezing (andere lijsten, kandidaten of kiezerspassen)",
        "en": "the totals do not belong to this election (other lists, candidates or voter cards)",
    },
    "refusal.sheet.error.unknown_stations": {
        "nl": "de totalen bevatten stembureaus die niet bij deze verkiezing horen: {station_numbers}",
        "en": "the totals include polling stations that are not in this election: {station_numbers}",
    },
    "refusal.sheet.error.no_stations": {
        "nl": "de totalen bevatten geen enkel stembureau",
        "en": "the totals include no polling station at all",
    },
    "refusal.sheet.error.inconsistent": {
        "nl": "de totalen kloppen onderling niet ({checks}); het overzicht wordt niet gemaakt",
        "en": "the totals are inconsistent ({checks}); the sheet is not made",
    },
    "refusal.sheet.error.bad_hash": {
        "nl": "{what} moet een SHA-256 zijn (64 hexadecimale tekens), niet {value}",
        "en": "{what} must be a SHA-256 (64 hexadecimal characters), not {value}",
    },
    "refusal.sheet.error.naive_time": {
        "nl": "het tijdstip van aanmaken moet een tijdzone hebben",
        "en": "the production time must have a time zone",
    },
}
