"""Texts of the totals sheet (kiosk.reports.totals_sheet): Model Na 31-2 / Na 31-1 with Bijlage 1, always
printed in Dutch (English for the screen and reviewers), worded as the Kiesraad's models (models.md §3).
``sheet.label.*`` are also the screen's field labels (kiosk.tui.text); ``sheet.error.*`` are SheetData's refusals.
"""

MESSAGES = {
    # -- front matter, running header and footer ----------------------------------------
    "sheet.municipality": {"nl": "Gemeente {name}", "en": "Municipality of {name}"},
    "sheet.committee": {"nl": "Gemeentelijk stembureau", "en": "Municipal counting committee"},
    "sheet.election_line": {"nl": "{name} — verkiezingsdatum {date}", "en": "{name} — election date {date}"},
    "sheet.title": {
        "nl": "Verslag en telresultaten per lijst en kandidaat – Model {model}",
        "en": "Report and count results per list and candidate – Model {model}",
    },
    "sheet.subtitle": {
        "nl": "Proces-verbaal van een gemeentelijk stembureau – {model}",
        "en": "Official report of a municipal counting committee – {model}",
    },
    "sheet.model_line": {"nl": "Model {model} {method}", "en": "Model {model} {method}"},
    "sheet.method.cso": {"nl": "centrale stemopneming", "en": "central counting"},
    "sheet.method.dso": {"nl": "decentrale stemopneming", "en": "decentral counting"},
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
    "sheet.front.details": {"nl": "Details van het gemeentelijk stembureau", "en": "Details of the committee"},
    "sheet.front.authority": {"nl": "Gemeente {id} {name}", "en": "Municipality {id} {name}"},
    "sheet.session_place": {"nl": "Plaats:", "en": "Place:"},
    "sheet.session_day": {"nl": "Datum:", "en": "Date:"},
    "sheet.session_start": {"nl": "Aanvang:", "en": "Start:"},
    "sheet.front.pv": {"nl": "Proces-verbaal", "en": "Official report"},
    "sheet.front.pv_intro": {
        "nl": "Elke gemeente maakt bij een verkiezing een verslag: het proces-verbaal. Hierin staat hoe "
        "het tellen van de stemmen is verlopen en wat de uitslag van de stemming was.",
        "en": "Every municipality reports on an election: how the votes were counted and the result.",
    },
    "sheet.front.cso": {
        "nl": "In deze gemeente is gekozen voor centrale stemopneming. Ieder stembureau heeft direct na het "
        "stemmen geteld hoeveel stemmen elke lijst kreeg. Het gemeentelijk stembureau telt de stemmen per "
        "kandidaat en telt daarna de resultaten van alle stembureaus bij elkaar op.",
        "en": "This municipality chose central counting. Every polling station counted the votes per list "
        "right after voting. The municipal committee counts the votes per candidate and then adds up the "
        "results of all polling stations.",
    },
    "sheet.front.dso": {
        "nl": "In deze gemeente is gekozen voor decentrale stemopneming. Ieder stembureau heeft na het stemmen "
        "de stemmen per lijst en per kandidaat geteld. Het gemeentelijk stembureau controleert de "
        "processen-verbaal van de stembureaus en telt de resultaten van alle stembureaus bij elkaar op.",
        "en": "This municipality chose decentral counting. Every polling station counted the votes per list "
        "and per candidate after voting. The municipal committee checks the stations' reports and adds up "
        "the results of all polling stations.",
    },
    "sheet.front.nomethod": {
        "nl": "Ieder stembureau heeft na het stemmen de stemmen geteld. Het gemeentelijk stembureau controleert "
        "de processen-verbaal van de stembureaus en telt de resultaten van alle stembureaus bij elkaar op.",
        "en": "Every polling station counted the votes after voting. The municipal committee checks the "
        "stations' reports and adds up the results of all polling stations.",
    },
    "sheet.front.aid": {
        "nl": "De resultaten zijn opgeteld met het rekenhulpmiddel Stemkiosk. De lijsttotalen zijn daarnaast "
        "met de hand opgeteld en vergeleken (rubriek 2.5).",
        "en": "The results were added up with the Stemkiosk calculation aid. The list totals were also added "
        "up by hand and compared (section 2.5).",
    },
    "sheet.front.contents": {"nl": "Inhoudsopgave", "en": "Contents"},
    "sheet.contents.part1": {
        "nl": "Deel 1 - Verslag van de zitting (het verloop van het tellen en optellen)",
        "en": "Part 1 - Report of the session (how the counting and adding up went)",
    },
    "sheet.contents.part2": {
        "nl": "Deel 2 - Telresultaten van de hele gemeente",
        "en": "Part 2 - Count results of the whole municipality",
    },
    "sheet.contents.part3": {
        "nl": "Deel 3 - Ondertekening door de leden van het gemeentelijk stembureau",
        "en": "Part 3 - Signatures of the committee's members",
    },
    "sheet.contents.annex1": {
        "nl": "Bijlage 1: Telresultaten van alle stembureaus in de gemeente",
        "en": "Annex 1: Count results of every polling station in the municipality",
    },
    "sheet.contents.annex2": {
        "nl": "Bijlage 2: Overzicht van alle bezwaren die op de stembureaus zijn gemaakt (met de hand toe te voegen)",
        "en": "Annex 2: All objections made at the polling stations (to be added by hand)",
    },
    "sheet.contents.page": {"nl": "pagina {page}", "en": "page {page}"},
    "sheet.header": {
        "nl": "Gemeente {municipality} · {election} · aangemaakt {date} {time}",
        "en": "Municipality of {municipality} · {election} · produced {date} {time}",
    },
    "sheet.header_right": {"nl": "Model {model}", "en": "Model {model}"},
    "sheet.page": {"nl": "pagina {page} van {pages}", "en": "page {page} of {pages}"},
    "sheet.footer_model": {
        "nl": "Proces-verbaal van een gemeentelijk stembureau · {model}",
        "en": "Official report of a municipal counting committee · {model}",
    },
    "sheet.footer_numbers": {"nl": "Vingerafdruk cijfers:", "en": "Numbers digest:"},
    "sheet.footer_eml": {"nl": "SHA-256 EML 510b-export:", "en": "SHA-256 of EML 510b export:"},
    "sheet.footer_audit": {"nl": "Auditlog, laatste hash:", "en": "Audit log, head hash:"},
    "sheet.footer_seal": {"nl": "Auditlog, zegel rij {seq}:", "en": "Audit log, seal row {seq}:"},
    "sheet.version": {"nl": "Versie {version}", "en": "Version {version}"},
    "sheet.replaces_eml": {
        "nl": "EML 510b van versie {version}: {hash}.",
        "en": "EML 510b of version {version}: {hash}.",
    },
    "sheet.replaces": {
        "nl": "Deze versie vervangt versie {version} (zegel auditlog rij {seq}, hash {hash}).",
        "en": "This version replaces version {version} (seal audit log row {seq}, hash {hash}).",
    },
    "sheet.continued": {"nl": "{title} (vervolg)", "en": "{title} (continued)"},
    "sheet.yes": {"nl": "Ja", "en": "Yes"},
    "sheet.no": {"nl": "Nee", "en": "No"},
    # -- Deel 1 -------------------------------------------------------------------------------
    "sheet.part1": {"nl": "Deel 1 - Verslag van de zitting", "en": "Part 1 - Report of the session"},
    "sheet.s1_1": {"nl": "Presentielijst", "en": "Attendance"},
    "sheet.q1_1_1": {"nl": "Aanwezige leden van het gemeentelijk stembureau", "en": "Members present"},
    "sheet.roles": {
        "nl": "De volgende rollen zijn mogelijk: voorzitter, plaatsvervangend voorzitter of lid.",
        "en": "Possible roles: chair, deputy chair or member.",
    },
    "sheet.col.initials": {"nl": "Voorletters", "en": "Initials"},
    "sheet.col.surname": {"nl": "Achternaam", "en": "Surname"},
    "sheet.col.role": {"nl": "Rol", "en": "Role"},
    "sheet.col.present": {"nl": "Aanwezig van - tot", "en": "Present from - to"},
    "sheet.col.location": {"nl": "Locatie", "en": "Location"},
    "sheet.s1_2": {"nl": "Getelde stembureaus", "en": "Polling stations counted"},
    "sheet.q1_2_1": {
        "nl": "De resultaten van onderstaande stembureaus zijn door het gemeentelijk stembureau gecontroleerd "
        "en opgeteld tot het totaal van de gemeente.",
        "en": "The committee checked the results of the polling stations below and added them up to the "
        "municipality's total.",
    },
    "sheet.q1_2_1_cso": {
        "nl": "De resultaten van onderstaande stembureaus zijn door het gemeentelijk stembureau gecontroleerd "
        "en opgeteld tot het totaal van de gemeente. Als er extra onderzoeken hebben plaatsgevonden, dan is "
        "dat in de laatste drie kolommen aangegeven.",
        "en": "The committee checked the results of the polling stations below and added them up to the "
        "municipality's total. Further investigations are marked in the last three columns.",
    },
    "sheet.col.number": {"nl": "Nr.", "en": "No."},
    "sheet.col.location_name": {"nl": "Naam locatie", "en": "Location"},
    "sheet.col.postcode": {"nl": "Postcode", "en": "Postcode"},
    "sheet.col.investigation1": {
        "nl": "Toegelaten kiezers opnieuw vastgesteld?",
        "en": "Admitted voters established again?",
    },
    "sheet.col.investigation2": {
        "nl": "Onderzocht vanwege andere reden dan onverklaard verschil?",
        "en": "Investigated for another reason than an unexplained difference?",
    },
    "sheet.col.investigation3": {"nl": "Stembiljetten (deels) herteld?", "en": "Ballots (partly) recounted?"},
    "sheet.investigations_unknown": {
        "nl": "De antwoorden uit Bijlage 1 per stembureau zijn niet aan dit overzicht meegegeven: kruis de "
        "kolommen zo nodig met de hand aan.",
        "en": "The answers of each station's Bijlage 1 were not given to this sheet: tick the columns by "
        "hand where needed.",
    },
    "sheet.q1_2_2": {
        "nl": "Voor de stembureaus waar onderzoek naar is gedaan kan hieronder een toelichting worden gegeven. "
        "Het geven van een toelichting is niet verplicht.",
        "en": "An explanation may be given below for the stations that were investigated. It is optional.",
    },
    "sheet.col.station_number": {"nl": "Nummer stembureau", "en": "Station number"},
    "sheet.col.explanation": {"nl": "Toelichting", "en": "Explanation"},
    "sheet.s1_3": {"nl": "Tijdens de zitting", "en": "During the session"},
    "sheet.station_objections": {
        "nl": "Bezwaren op de stembureaus (Bijlage 2): volgens hun proces-verbaal zijn bezwaren gemaakt bij "
        "stembureau {numbers}.",
        "en": "Objections at the polling stations (annex 2): according to their reports, objections were "
        "made at station {numbers}.",
    },
    "sheet.station_objections_none": {
        "nl": "Bezwaren op de stembureaus (Bijlage 2): geen enkel proces-verbaal van een stembureau vermeldt bezwaren.",
        "en": "Objections at the polling stations (annex 2): no station's report mentions objections.",
    },
    "sheet.station_objections_cso": {
        "nl": "Bezwaren op de stembureaus (Bijlage 2): die staan in de processen-verbaal van de stembureaus "
        "(Model N 10-2); zij zijn niet in de kiosk ingevoerd.",
        "en": "Objections at the stations (annex 2): in the stations' N 10-2 reports, not entered in the kiosk.",
    },
    "sheet.station_objections_elsewhere": {
        "nl": "Bezwaren op de stembureaus (Bijlage 2): die staan in de processen-verbaal van de stembureaus; "
        "zij zijn niet in de kiosk ingevoerd.",
        "en": "Objections at the stations (annex 2): in the stations' reports, not entered in the kiosk.",
    },
    "sheet.q1_3_1": {"nl": "Schrijf alle bezwaren van aanwezigen op.", "en": "Write down every objection made."},
    "sheet.q1_3_1_note": {
        "nl": "Bijvoorbeeld over het ongeldig verklaren van een stembiljet. Schrijf geen namen of andere "
        "persoonsgegevens op. Schrijf alle bezwaren op, ook als u het er niet mee eens bent. Geef aan hoe het "
        "bezwaar door het gemeentelijk stembureau is behandeld.",
        "en": "E.g. about an invalid ballot. No names or personal data; every objection; how it was handled.",
    },
    "sheet.col.time": {"nl": "Tijdstip", "en": "Time"},
    "sheet.col.objection": {"nl": "Bezwaar", "en": "Objection"},
    "sheet.col.response": {"nl": "Reactie gemeentelijk stembureau", "en": "Committee's response"},
    "sheet.q1_3_2": {
        "nl": "Andere bijzonderheden die mogelijk invloed hebben op het telproces of de resultaten van het "
        "gemeentelijk stembureau.",
        "en": "Other particulars that may affect the counting or the committee's results.",
    },
    "sheet.q1_3_2_note": {
        "nl": "Bijvoorbeeld een schorsing of als er meerdere verkiezingen tegelijk werden georganiseerd en een "
        "stembiljet in de verkeerde stembus zat.",
        "en": "E.g. an adjournment, or a ballot in the wrong ballot box at combined elections.",
    },
    "sheet.col.remark": {"nl": "Bijzonderheid", "en": "Particular"},
    # -- Deel 2 -------------------------------------------------------------------------------
    "sheet.part2": {"nl": "Deel 2 - Telresultaten van de gemeente", "en": "Part 2 - Count results of the municipality"},
    "sheet.s2_1": {"nl": "Aantal kiesgerechtigden", "en": "Number of people entitled to vote"},
    "sheet.box.Z": {"nl": "Kiesgerechtigden", "en": "Entitled to vote"},
    "sheet.z_unknown": {
        "nl": "Niet van elk geteld stembureau is het aantal kiesgerechtigden bekend: vul Z met de hand in.",
        "en": "The number entitled to vote is not known for every station counted: write Z by hand.",
    },
    "sheet.s2_2": {"nl": "Toegelaten kiezers", "en": "Admitted voters"},
    "sheet.count_admitted": {
        "nl": "Tel het aantal geldige stempassen en volmachtbewijzen",
        "en": "Count the valid poll cards and proxy certificates",
    },
    "sheet.count_admitted_c": {
        "nl": "Tel het aantal geldige stempassen, volmachtbewijzen en kiezerspassen",
        "en": "Count the valid poll cards, proxy certificates and voter cards",
    },
    "sheet.box.A": {"nl": "Stempassen", "en": "Poll cards"},
    "sheet.box.B": {
        "nl": "Volmachtbewijzen (schriftelijk of via ingevulde achterkant stempas)",
        "en": "Proxy certificates (written or on the back of a poll card)",
    },
    "sheet.box.B_c": {
        "nl": "Volmachtbewijzen (schriftelijk of via ingevulde achterkant stempas of kiezerspas)",
        "en": "Proxy certificates (written or on the back of a poll card or voter card)",
    },
    "sheet.box.C": {"nl": "Kiezerspassen", "en": "Voter cards"},
    "sheet.box.D": {"nl": "Totaal toegelaten kiezers (A+B)", "en": "Total admitted voters (A+B)"},
    "sheet.box.D_c": {"nl": "Totaal toegelaten kiezers (A+B+C)", "en": "Total admitted voters (A+B+C)"},
    "sheet.s2_3": {"nl": "Uitgebrachte stemmen", "en": "Votes cast"},
    "sheet.box.E_list": {"nl": "Totaal lijst {number} - {name}", "en": "Total list {number} - {name}"},
    "sheet.box.E": {
        "nl": "Totaal stemmen op kandidaten (tel E.1 t/m E.{last} op)",
        "en": "Total votes on candidates (add up E.1 to E.{last})",
    },
    "sheet.box.F": {"nl": "Blanco stemmen", "en": "Blank votes"},
    "sheet.box.G": {"nl": "Ongeldige stemmen", "en": "Invalid votes"},
    "sheet.box.H": {"nl": "Totaal uitgebrachte stemmen (E+F+G)", "en": "Total votes cast (E+F+G)"},
    "sheet.s2_4": {
        "nl": "Verschillen tussen aantal kiezers en uitgebrachte stemmen",
        "en": "Differences between voters and votes cast",
    },
    "sheet.q2_4_1": {
        "nl": "Is bij alle afzonderlijke stembureaus in deze gemeente het aantal uitgebrachte stemmen en het "
        "aantal toegelaten kiezers gelijk?",
        "en": "Are the votes cast and the admitted voters equal at every polling station in this municipality?",
    },
    "sheet.q2_4_1_no": {"nl": "Nee, er zijn stembureaus met een verschil", "en": "No, some stations have a difference"},
    "sheet.diff_check": {
        "nl": "Controle: uitgebrachte stemmen min toegelaten kiezers (H − D) = {h_minus_d}; "
        "méér getelde min minder getelde stemmen (I − J) = {i_minus_j}.",
        "en": "Check: votes cast minus admitted voters (H − D) = {h_minus_d}; "
        "more counted minus fewer counted (I − J) = {i_minus_j}.",
    },
    "sheet.diff_stations": {
        "nl": "Voor de stembureaus met de nummers {numbers} zijn er {which} uitgebrachte stemmen dan "
        "toegelaten kiezers geteld.",
        "en": "At the stations numbered {numbers}, {which} votes were counted than voters were admitted.",
    },
    "sheet.diff_none": {
        "nl": "In geen van de stembureaus zijn er {which} uitgebrachte stemmen dan toegelaten kiezers geteld.",
        "en": "At no station were {which} votes counted than voters admitted.",
    },
    "sheet.diff_I": {"nl": "méér", "en": "more"},
    "sheet.diff_J": {"nl": "minder", "en": "fewer"},
    "sheet.diff_title": {"nl": "{code} per stembureau ({count})", "en": "{code} per polling station ({count})"},
    "sheet.box.I": {"nl": "Totaal aantal méér getelde stemmen", "en": "Total more votes counted"},
    "sheet.box.J": {"nl": "Totaal aantal minder getelde stemmen", "en": "Total fewer votes counted"},
    "sheet.col.station_name": {"nl": "Naam", "en": "Name"},
    "sheet.col.count": {"nl": "Aantal", "en": "Count"},
    "sheet.s2_5": {"nl": "Uitkomst controleprotocol", "en": "Outcome of the check protocol"},
    "sheet.protocol_intro": {
        "nl": "Voer de controle uit volgens de stappen in het controleprotocol.",
        "en": "Carry out the check following the steps of the check protocol.",
    },
    "sheet.hand_intro": {
        "nl": "Per lijst is het totaal met de hand opgeteld, zonder digitaal hulpmiddel, en twee keer "
        "ingevoerd. Voor elke lijst komt het met de hand opgetelde totaal overeen met het totaal "
        "van het rekenhulpmiddel.",
        "en": "Each list's total was added up by hand, without any digital aid, and entered twice. "
        "For every list, the total added up by hand agrees with the calculation aid's total.",
    },
    "sheet.hand_title": {
        "nl": "Lijsttotalen met de hand opgeteld en met het rekenhulpmiddel",
        "en": "List totals added up by hand and by the calculation aid",
    },
    "sheet.col.list": {"nl": "Lijst", "en": "List"},
    "sheet.col.list_name": {"nl": "Naam lijst", "en": "List name"},
    "sheet.col.machine": {"nl": "Rekenhulpmiddel", "en": "Calculation aid"},
    "sheet.col.hand": {"nl": "Met de hand", "en": "By hand"},
    "sheet.col.agrees": {"nl": "Vergelijking", "en": "Comparison"},
    "sheet.agrees": {"nl": "komt overeen", "en": "agrees"},
    "sheet.total_e": {"nl": "Totaal alle lijsten (E)", "en": "Total of all lists (E)"},
    "sheet.q2_5_1": {"nl": "Kruis aan wat van toepassing is:", "en": "Tick what applies:"},
    "sheet.protocol_agrees": {"nl": "Er zijn geen verschillen geconstateerd.", "en": "No differences were found."},
    "sheet.protocol_differs": {
        "nl": "Er zijn verschillen geconstateerd. Er is contact opgenomen met de Kiesraad. Noteer hieronder wat "
        "daarvan de uitkomst is:",
        "en": "Differences were found. The Kiesraad was contacted. Write down the outcome below:",
    },
    "sheet.s2_6": {"nl": "Stemmen per lijst en per kandidaat", "en": "Votes per list and per candidate"},
    "sheet.list_title": {"nl": "Lijst {number} — {name}", "en": "List {number} — {name}"},
    "sheet.col.position": {"nl": "Nr.", "en": "No."},
    "sheet.col.candidate": {"nl": "Naam kandidaat", "en": "Candidate"},
    "sheet.col.votes": {"nl": "Stemmen", "en": "Votes"},
    "sheet.list_total": {"nl": "Totaal lijst {number}", "en": "Total list {number}"},
    # -- field labels on the screen (kiosk.tui.text) --------------------------------------
    "sheet.label.A": {"nl": "Aantal geldige stempassen", "en": "Valid poll cards"},
    "sheet.label.B": {"nl": "Aantal geldige volmachtbewijzen", "en": "Valid proxy certificates"},
    "sheet.label.C": {"nl": "Aantal geldige kiezerspassen", "en": "Valid voter cards"},
    "sheet.label.D": {"nl": "Totaal toegelaten kiezers", "en": "Total admitted voters"},
    "sheet.label.E": {"nl": "Totaal stemmen op kandidaten", "en": "Total votes on candidates"},
    "sheet.label.F": {"nl": "Aantal blanco stemmen", "en": "Blank votes"},
    "sheet.label.G": {"nl": "Aantal ongeldige stemmen", "en": "Invalid votes"},
    "sheet.label.H": {"nl": "Totaal uitgebrachte stemmen", "en": "Total votes cast"},
    "sheet.label.I": {"nl": "Aantal méér getelde stembiljetten", "en": "More ballots counted than voters admitted"},
    "sheet.label.J": {"nl": "Aantal minder getelde stembiljetten", "en": "Fewer ballots counted than voters admitted"},
    # -- Deel 3 -------------------------------------------------------------------------------
    "sheet.part3": {"nl": "Deel 3 - Ondertekening", "en": "Part 3 - Signatures"},
    "sheet.sign_rule": {
        "nl": "Het proces-verbaal moet worden ondertekend door alle aanwezige leden. Bij een gemeentelijk "
        "stembureau zijn dit er minimaal {minimum}.",
        "en": "The report must be signed by every member present: for a municipal committee at least {minimum}.",
    },
    "sheet.sign_statement": {
        "nl": "Het gemeentelijk stembureau stelt de uitkomst vast zoals vermeld in dit proces-verbaal van "
        "{pages} pagina's. De met de hand opgetelde lijsttotalen komen overeen met de uitkomst van "
        "het rekenhulpmiddel. Elke pagina vermeldt onderaan dezelfde vingerafdruk van de cijfers, "
        "dezelfde SHA-256 van de EML 510b-export en dezelfde laatste hash van de auditlog.",
        "en": "The municipal counting committee establishes the result as stated in this report of "
        "{pages} pages. The list totals added up by hand agree with the calculation aid's result. "
        "Every page carries at the bottom the same numbers digest, the same SHA-256 of the EML 510b "
        "export and the same audit log head hash.",
    },
    "sheet.sign_datetime": {"nl": "Datum en tijd:", "en": "Date and time:"},
    "sheet.sign_place": {"nl": "Plaats:", "en": "Place:"},
    "sheet.s3_1": {
        "nl": "Voorzitter en {count} leden van het gemeentelijk stembureau",
        "en": "Chair and {count} members of the committee",
    },
    "sheet.count.2": {"nl": "twee", "en": "two"},
    "sheet.count.4": {"nl": "vier", "en": "four"},
    "sheet.s3_2": {
        "nl": "Ondertekening door andere aanwezige leden van het gemeentelijk stembureau",
        "en": "Signatures of the other members present",
    },
    "sheet.col.name": {"nl": "Naam", "en": "Name"},
    "sheet.col.signature": {"nl": "Handtekening", "en": "Signature"},
    "sheet.role.chair": {"nl": "Voorzitter", "en": "Chair"},
    "sheet.role.deputy": {"nl": "Plv. voorzitter", "en": "Deputy chair"},
    "sheet.role.member": {"nl": "Lid", "en": "Member"},
    # -- PDF metadata ----------------------------------------------------------
    "sheet.pdf_title": {
        "nl": "Model {model} gemeentelijk stembureau {municipality} — {election}",
        "en": "Model {model} municipal committee {municipality} — {election}",
    },
    # -- refusals (SheetError codes) -------------------------------------------
    "refusal.sheet.error.station_results_stations": {
        "nl": "de uitslagen per stembureau horen niet bij de getelde stembureaus (ontbreken: {missing}; "
        "niet geteld: {extra})",
        "en": "the results per station are not those of the stations counted (missing: {missing}; "
        "not counted: {extra})",
    },
    "refusal.sheet.error.station_results_totals": {
        "nl": "de uitslagen per stembureau tellen niet op tot deze totalen; het overzicht wordt niet gemaakt",
        "en": "the results per station do not add up to these totals; the sheet is not made",
    },
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
