"""Texts of the central committee's report (kiosk.reports.p22_2): Model P 22-2 with Bijlage 1, always
printed in Dutch (English for reviewers), worded as the Kiesraad's model as Abacus renders it
(models.md §5). "gemeentelijk stembureau" and "Gemeente {" become the words for a public body
where the election is one (kiosk.reports.sheet_text.PUBLIC_BODY_WORDS)."""

MESSAGES = {
    "p22.pdf_title": {
        "nl": "Model P 22-2 centraal stembureau {municipality} — {election}",
        "en": "Model P 22-2 central electoral committee {municipality} — {election}",
    },
    "p22.municipality": {"nl": "Gemeente {name}", "en": "Municipality {name}"},
    "p22.committee": {"nl": "Centraal stembureau", "en": "Central electoral committee"},
    "p22.election_line": {"nl": "{name} - {date}", "en": "{name} - {date}"},
    "p22.title": {
        "nl": "Verslag, uitslag en zetelverdeling – Model {model}",
        "en": "Report, result and seat assignment – Model {model}",
    },
    "p22.produced": {
        "nl": "Aangemaakt op {date} om {time} ({offset})",
        "en": "Produced on {date} at {time} ({offset})",
    },
    "p22.election_id": {"nl": "Verkiezing: {id}", "en": "Election: {id}"},
    "p22.seats": {"nl": "Te verdelen zetels: {seats} ({size})", "en": "Seats to assign: {seats} ({size})"},
    "p22.size_small": {"nl": "minder dan 19 zetels", "en": "fewer than 19 seats"},
    "p22.size_large": {"nl": "19 zetels of meer", "en": "19 seats or more"},
    "p22.sealed": {
        "nl": "De uitslag is verzegeld in rij {seq} van de auditlog.",
        "en": "The result is sealed in row {seq} of the audit log.",
    },
    "p22.numbers_note": {
        "nl": "Aantallen staan zonder scheidingsteken voor duizendtallen. Breuken staan als geheel getal "
        "en rest: 823 6/15 is 823 plus 6 vijftiende.",
        "en": "Numbers have no thousands separator. Fractions are a whole number and a remainder: "
        "823 6/15 is 823 plus 6 fifteenths.",
    },
    "p22.front.details": {"nl": "Details van het centraal stembureau", "en": "Details of the committee"},
    "p22.session_place": {"nl": "Plaats:", "en": "Place:"},
    "p22.session_day": {"nl": "Datum:", "en": "Date:"},
    "p22.session_start": {"nl": "Aanvang:", "en": "Start:"},
    "p22.front.pv": {"nl": "Proces-verbaal", "en": "Official report"},
    "p22.front.pv_intro": {
        "nl": "Het centraal stembureau maakt bij een verkiezing een verslag van de controlewerkzaamheden, "
        "de uitslag en de zetelverdeling. Dit heet een proces-verbaal.",
        "en": "The central committee reports on its checks, the result and the seat assignment: the official report.",
    },
    "p22.front.contents": {"nl": "Inhoudsopgave", "en": "Contents"},
    "p22.contents.part1": {"nl": "Deel 1 - Verslag van de zitting", "en": "Part 1 - Report of the session"},
    "p22.contents.part2": {"nl": "Deel 2 - Uitslag en zetelverdeling", "en": "Part 2 - Result and seats"},
    "p22.contents.part3": {
        "nl": "Deel 3 - Ondertekening door de leden van het centraal stembureau",
        "en": "Part 3 - Signatures of the committee's members",
    },
    "p22.contents.annex1": {
        "nl": "Bijlage 1: Stemmen per lijst en per kandidaat",
        "en": "Annex 1: Votes per list and per candidate",
    },
    "p22.contents.annex2": {
        "nl": "Bijlage 2: Meldingen van belangstellenden (met de hand toe te voegen)",
        "en": "Annex 2: Reports from interested parties (added by hand)",
    },
    "p22.contents.annex3": {
        "nl": "Bijlage 3: Verslag van de controlewerkzaamheden (met de hand toe te voegen)",
        "en": "Annex 3: Report of the checks (added by hand)",
    },
    "p22.contents.annex4": {
        "nl": "Bijlage 4: Bezwaren van belangstellenden tijdens de zitting (met de hand toe te voegen)",
        "en": "Annex 4: Objections made during the session (added by hand)",
    },
    "p22.contents.annex5": {
        "nl": "Bijlage 5: Bijzonderheden (met de hand toe te voegen)",
        "en": "Annex 5: Particulars (added by hand)",
    },
    "p22.contents.page": {"nl": "pagina {page}", "en": "page {page}"},
    "p22.header": {
        "nl": "Gemeente {municipality} · {election} · aangemaakt {date} {time}",
        "en": "Municipality {municipality} · {election} · produced {date} {time}",
    },
    "p22.annex1_header": {
        "nl": "Bijlage 1 – Stemmen per lijst en per kandidaat",
        "en": "Annex 1 – Votes per list and per candidate",
    },
    "p22.header_right": {"nl": "Centraal stembureau · Model {model}", "en": "Central committee · Model {model}"},
    "p22.page": {"nl": "pagina {page} van {pages}", "en": "page {page} of {pages}"},
    "p22.footer_model": {
        "nl": "Proces-verbaal van het centraal stembureau · Model {model}",
        "en": "Official report of the central committee · Model {model}",
    },
    "p22.footer_eml": {"nl": "SHA-256 EML 520:", "en": "SHA-256 of EML 520:"},
    "p22.footer_audit": {"nl": "Auditlog, laatste hash:", "en": "Audit log, head hash:"},
    "p22.footer_seal": {"nl": "Auditlog, zegel rij {seq}:", "en": "Audit log, seal row {seq}:"},
    "p22.continued": {"nl": "{title} (vervolg)", "en": "{title} (continued)"},
    "p22.continued_table": {"nl": "(vervolg)", "en": "(continued)"},
    "p22.yes": {"nl": "Ja", "en": "Yes"},
    "p22.no": {"nl": "Nee", "en": "No"},
    "p22.and": {"nl": "{first} en {last}", "en": "{first} and {last}"},
    "p22.list_title": {"nl": "Lijst {number} {name}", "en": "List {number} {name}"},
    "p22.list_n": {"nl": "lijst {number}", "en": "list {number}"},
    "p22.total": {"nl": "Totaal", "en": "Total"},
    "p22.part1": {"nl": "Deel 1 - Verslag van de zitting", "en": "Part 1 - Report of the session"},
    "p22.s1_1": {"nl": "Presentielijst", "en": "Attendance"},
    "p22.s1_1_members": {"nl": "Aanwezige leden van het centraal stembureau", "en": "Members present"},
    "p22.roles": {
        "nl": "De volgende rollen zijn mogelijk: voorzitter, plaatsvervangend voorzitter of lid.",
        "en": "Possible roles: chair, deputy chair or member.",
    },
    "p22.col.initials": {"nl": "Voorletters", "en": "Initials"},
    "p22.col.surname": {"nl": "Achternaam", "en": "Surname"},
    "p22.col.role": {"nl": "Rol", "en": "Role"},
    "p22.s1_2": {"nl": "Verslag van controlewerkzaamheden", "en": "Report of checks"},
    "p22.q1_2": {
        "nl": "Zijn er controlewerkzaamheden uitgevoerd vanwege telverschillen of andere mogelijke fouten?",
        "en": "Were checks carried out because of counting differences or other possible errors?",
    },
    "p22.q1_2_yes": {"nl": "Ja, → Zie bijlage 3", "en": "Yes, → see annex 3"},
    "p22.s1_3": {"nl": "Bezwaren", "en": "Objections"},
    "p22.q1_3": {"nl": "Tijdens de zitting zijn:", "en": "During the session:"},
    "p22.q1_3_none": {"nl": "Geen bezwaren ingebracht", "en": "No objections were made"},
    "p22.q1_3_made": {
        "nl": "Bezwaren ingebracht. Deze staan in bijlage 4 bij dit proces-verbaal. De reactie van het "
        "centraal stembureau staat daar ook bij.",
        "en": "Objections were made. They are in annex 4, with the committee's response.",
    },
    "p22.part2": {"nl": "Deel 2 - Uitslag en zetelverdeling", "en": "Part 2 - Result and seat assignment"},
    "p22.s2_1": {"nl": "Aantal kiesgerechtigden", "en": "Number of eligible voters"},
    "p22.box.Z": {"nl": "Kiesgerechtigden", "en": "Eligible voters"},
    "p22.z_unknown": {
        "nl": "Het aantal kiesgerechtigden is niet bekend in de kiosk: vul het met de hand in.",
        "en": "The kiosk does not know the number of eligible voters: fill it in by hand.",
    },
    "p22.s2_2": {"nl": "Toegelaten kiezers", "en": "Admitted voters"},
    "p22.count_admitted": {
        "nl": "Tel het aantal geldige stempassen en volmachtbewijzen",
        "en": "Count the valid poll cards and proxy certificates",
    },
    "p22.count_admitted_c": {
        "nl": "Tel het aantal geldige stempassen, volmachtbewijzen en kiezerspassen",
        "en": "Count the valid poll cards, proxy certificates and voter cards",
    },
    "p22.box.A": {"nl": "Stempassen", "en": "Poll cards"},
    "p22.box.B": {"nl": "Volmachtbewijzen (schriftelijk of via ingevulde stempas)", "en": "Proxy certificates"},
    "p22.box.B_c": {
        "nl": "Volmachtbewijzen (schriftelijk of via ingevulde stempas of kiezerspas)",
        "en": "Proxy certificates (written or on a poll card or voter card)",
    },
    "p22.box.C": {"nl": "Kiezerspassen", "en": "Voter cards"},
    "p22.box.D": {"nl": "Totaal toegelaten kiezers (A+B)", "en": "Total admitted voters (A+B)"},
    "p22.box.D_c": {"nl": "Totaal toegelaten kiezers (A+B+C)", "en": "Total admitted voters (A+B+C)"},
    "p22.s2_3": {"nl": "Uitgebrachte stemmen", "en": "Votes cast"},
    "p22.s2_3_table": {"nl": "Stemmen per lijst", "en": "Votes per list"},
    "p22.col.number": {"nl": "Nr.", "en": "No."},
    "p22.col.list": {"nl": "Lijst", "en": "List"},
    "p22.col.votes": {"nl": "Stemmen", "en": "Votes"},
    "p22.votes_candidates": {"nl": "Stemmen op kandidaten", "en": "Votes for candidates"},
    "p22.votes_blank": {"nl": "Blanco stemmen", "en": "Blank votes"},
    "p22.votes_invalid": {"nl": "Ongeldige stemmen", "en": "Invalid votes"},
    "p22.votes_cast": {"nl": "Totaal uitgebrachte stemmen", "en": "Total votes cast"},
    "p22.s2_4": {"nl": "Verschillen tussen aantal kiezers en uitgebrachte stemmen", "en": "Differences voters / votes"},
    "p22.q2_4_1": {"nl": "Is het aantal uitgebrachte stemmen en het aantal toegelaten kiezers gelijk?", "en": "Equal?"},
    "p22.q2_4_1_no": {"nl": "Nee, er zijn verschillen", "en": "No, there are differences"},
    "p22.q2_4_2": {
        "nl": "In de stembureaus zijn in totaal méér uitgebrachte stemmen dan toegelaten kiezers geteld.",
        "en": "In total, the stations counted more votes cast than admitted voters.",
    },
    "p22.box.I": {"nl": "Totaal aantal méér getelde stemmen", "en": "Total of votes counted in excess"},
    "p22.q2_4_3": {
        "nl": "In de stembureaus zijn in totaal minder uitgebrachte stemmen dan toegelaten kiezers geteld.",
        "en": "In total, the stations counted fewer votes cast than admitted voters.",
    },
    "p22.box.J": {"nl": "Totaal aantal minder getelde stemmen", "en": "Total of votes counted short"},
    "p22.s2_5": {"nl": "Kiesdeler", "en": "Quota"},
    "p22.quota_intro": {
        "nl": "Met de kiesdeler wordt de zetelverdeling bepaald. De kiesdeler is het aantal stemmen dat nodig "
        "is voor een zetel. De kiesdeler is het totaal aantal uitgebrachte stemmen op een kandidaat gedeeld "
        "door het aantal te verdelen zetels.",
        "en": "The quota is the number of votes a seat takes: all votes for candidates divided by the seats.",
    },
    "p22.col.valid_votes": {"nl": "Geldige stemmen op kandidaten", "en": "Valid votes for candidates"},
    "p22.col.calculation": {"nl": "Berekening", "en": "Calculation"},
    "p22.col.seats_count": {"nl": "Aantal zetels", "en": "Seats"},
    "p22.col.quota": {"nl": "Kiesdeler", "en": "Quota"},
    "p22.quota_e_differs": {
        "nl": "Let op: E ({e}) is niet gelijk aan de som van de stemmen op kandidaten ({votes}).",
        "en": "Note: E ({e}) differs from the sum of the candidates' votes ({votes}).",
    },
    "p22.s2_6": {"nl": "Aantal volle zetels per lijst", "en": "Full seats per list"},
    "p22.full_intro": {
        "nl": "Hieronder is berekend hoe vaak elke lijst qua stemmenaantal de kiesdeler heeft gehaald. Het "
        "resultaat van deze deling geeft het aantal volle zetels dat per lijst is behaald.",
        "en": "How many times each list's votes contain the quota: its full seats.",
    },
    "p22.s2_6_table": {"nl": "Volle zetels per lijst", "en": "Full seats per list"},
    "p22.col.votes_count": {"nl": "Aantal stemmen", "en": "Votes"},
    "p22.col.divide": {"nl": "÷ Kiesdeler", "en": "÷ Quota"},
    "p22.divide_by": {"nl": "÷ {quota} =", "en": "÷ {quota} ="},
    "p22.col.full_seats": {"nl": "Volle zetels", "en": "Full seats"},
    "p22.s2_7": {"nl": "Restzetels", "en": "Residual seats"},
    "p22.s2_7_1": {"nl": "Berekening aantal restzetels", "en": "Number of residual seats"},
    "p22.residual_intro": {
        "nl": "Na toewijzing van de volle zetels blijft een aantal te verdelen zetels over. Dit zijn de restzetels.",
        "en": "The seats left after the full seats are the residual seats.",
    },
    "p22.seats_total": {"nl": "Totaal aantal te verdelen zetels", "en": "Seats to assign"},
    "p22.seats_full": {"nl": "Toegewezen volle zetels", "en": "Full seats assigned"},
    "p22.seats_residual": {"nl": "Aantal restzetels", "en": "Residual seats"},
    "p22.s2_7_2": {"nl": "Verdeling van de restzetels", "en": "Assignment of the residual seats"},
    "p22.no_residual": {"nl": "Er zijn geen restzetels te verdelen.", "en": "There are no residual seats."},
    "p22.bullets_small": {
        "nl": "Het centraal stembureau berekent hoeveel stemmen elke lijst overhoudt na toekenning van de volle "
        "zetels. Dat is het ‘overschot’ aan stemmen voor die lijst.\n"
        "Het centraal stembureau verdeelt de restzetels, in volgorde van de grootste overschotten. Elke lijst "
        "kan maar één restzetel krijgen. Alleen lijsten die ten minste 75% van de kiesdeler hebben behaald "
        "kunnen een restzetel krijgen.\n"
        "Als er daarna nog restzetels over zijn, verdeelt het centraal stembureau die volgens het systeem van "
        "de grootste gemiddelden. Ook bij deze verdeling mag iedere lijst maar één restzetel krijgen.\n"
        "Als lijsten precies evenveel stemmen behalen en er niet voldoende restzetels zijn voor die lijsten, "
        "dan wordt geloot welke lijst de restzetel krijgt.",
        "en": "Remainders first (one seat per list, lists with at least 75% of the quota), then highest "
        "averages (one seat per list); a lot decides a tie there are not enough seats for.",
    },
    "p22.bullets_large": {
        "nl": "Eerst wordt voor alle lijsten berekend hoeveel stemmen per zetel op een bepaalde lijst zouden zijn "
        "uitgebracht als die lijst één zetel extra zou krijgen: de op de lijst uitgebrachte stemmen worden "
        "gedeeld door het aantal volle zetels plus 1.\n"
        "De uitkomsten van deze berekening zijn gemiddelden per zetel; zij worden naar grootte gerangschikt.\n"
        "De eerste restzetel gaat naar de lijst met het grootste gemiddelde per zetel. Voor deze lijst wordt "
        "opnieuw berekend wat het gemiddelde nu is, uitgaande van het aantal volle zetels, de toegewezen "
        "restzetel en weer één extra zetel.\n"
        "Als er nog een restzetel te verdelen is, wordt deze toegewezen aan de lijst met nu het grootste "
        "gemiddelde.\n"
        "Het centraal stembureau herhaalt de procedure totdat alle restzetels verdeeld zijn.\n"
        "Als meerdere lijsten gelijke gemiddelden hebben en er niet voldoende restzetels zijn voor toekenning "
        "ervan aan die lijsten, wordt geloot welke lijst de restzetel krijgt.",
        "en": "Highest averages: each residual seat goes to the list with the highest votes per seat if it got "
        "one more; a lot decides a tie there are not enough seats for.",
    },
    "p22.remainders_title": {
        "nl": "Overschotten van de lijsten die ten minste 75% van de kiesdeler hebben behaald",
        "en": "Remainders of the lists with at least 75% of the quota",
    },
    "p22.col.remainder": {"nl": "Overschot", "en": "Remainder"},
    "p22.col.residual_seats": {"nl": "Aantal restzetels", "en": "Residual seats"},
    "p22.col.residual_seats_short": {"nl": "Restzetels", "en": "Residual"},
    "p22.one_per_list_intro": {
        "nl": "De resterende restzetels zijn verdeeld via het systeem van de grootste gemiddelden. De lijst die na "
        "toewijzing van een restzetel het hoogste gemiddeld aantal stemmen per zetel zou hebben, krijgt een "
        "restzetel. Ook bij deze verdeling mag iedere lijst maar één restzetel krijgen.",
        "en": "The remaining residual seats went by highest averages, one seat per list.",
    },
    "p22.remaining_one": {
        "nl": "Nadat de restzetels zijn verdeeld via het systeem van de grootste gemiddelden, is er nog {seats} "
        "zetel te verdelen. Deze zetel wordt nogmaals verdeeld via het systeem van de grootste gemiddelden, "
        "met dien verstande dat de bepaling dat aan iedere lijst maar eenmaal een zetel mag worden toegekend "
        "buiten beschouwing wordt gelaten.",
        "en": "{seats} seat was left; it went by highest averages without the one-seat-per-list rule.",
    },
    "p22.remaining_more": {
        "nl": "Nadat de restzetels zijn verdeeld via het systeem van de grootste gemiddelden, zijn er nog {seats} "
        "zetels te verdelen. Deze zetels worden nogmaals verdeeld via het systeem van de grootste gemiddelden, "
        "met dien verstande dat de bepaling dat aan iedere lijst maar eenmaal een zetel mag worden toegekend "
        "buiten beschouwing wordt gelaten.",
        "en": "{seats} seats were left; they went by highest averages without the one-seat-per-list rule.",
    },
    "p22.averages_title": {
        "nl": "Gemiddeld aantal stemmen per zetel bij toewijzing restzetels",
        "en": "Average votes per seat when assigning residual seats",
    },
    "p22.averages_title_one": {
        "nl": "Gemiddeld aantal stemmen per zetel bij toewijzing restzetels (één restzetel per lijst)",
        "en": "Average votes per seat when assigning residual seats (one per list)",
    },
    "p22.col.seat_n": {"nl": "Restzetel {seat}", "en": "Seat {seat}"},
    "p22.averages_note": {
        "nl": "Per restzetel staat het gemiddelde van elke lijst als zij die zetel zou krijgen: haar stemmen "
        "gedeeld door haar zetels plus 1. ✓ = de lijst die de restzetel kreeg; – = de lijst kon deze zetel "
        "niet krijgen (geen stemmen, al een zetel in deze ronde, of geen kandidaten meer).",
        "en": "Each list's average if it got the seat; ✓ the list that got it; – the list could not get it.",
    },
    "p22.steps_title": {"nl": "De restzetels stap voor stap", "en": "The residual seats step by step"},
    "p22.col.seat": {"nl": "Zetel", "en": "Seat"},
    "p22.col.method": {"nl": "Wijze van toewijzing", "en": "Method"},
    "p22.col.value": {"nl": "Overschot / gemiddelde", "en": "Remainder / average"},
    "p22.col.remark": {"nl": "Opmerking", "en": "Remark"},
    "p22.steps_note": {
        "nl": "Elke stap in de volgorde waarin hij is gezet. Bij een gelijke stand zonder loting waren er genoeg "
        "restzetels voor alle lijsten met die stand; zij kregen ze in de volgorde van hun lijstnummer.",
        "en": "Every step in order. A tie without a lot had enough seats for every tied list, given in list order.",
    },
    "p22.method.largest_remainder": {"nl": "Grootste overschotten (P 8)", "en": "Largest remainders (P 8)"},
    "p22.method.highest_average_one_per_list": {
        "nl": "Grootste gemiddelden, één per lijst (P 8)",
        "en": "Highest averages, one per list (P 8)",
    },
    "p22.method.highest_average": {"nl": "Grootste gemiddelden (P 7)", "en": "Highest averages (P 7)"},
    "p22.method.absolute_majority": {"nl": "Volstrekte meerderheid (P 9)", "en": "Absolute majority (P 9)"},
    "p22.method.list_exhaustion": {"nl": "Lijstuitputting (P 10)", "en": "List exhaustion (P 10)"},
    "p22.tied_with": {"nl": "gelijk met lijst {lists}", "en": "tied with list {lists}"},
    "p22.footnote_ref": {"nl": "voetnoot {number}", "en": "footnote {number}"},
    "p22.moved": {"nl": "van lijst {giver} naar lijst {to}", "en": "from list {giver} to list {to}"},
    "p22.withdrawn_full": {"nl": "lijst {number}: volle zetel vervalt", "en": "list {number}: full seat withdrawn"},
    "p22.withdrawn_residual": {
        "nl": "lijst {number}: restzetel vervalt",
        "en": "list {number}: residual seat withdrawn",
    },
    "p22.kind_averages": {"nl": "gemiddelden", "en": "averages"},
    "p22.kind_remainders": {"nl": "overschotten", "en": "remainders"},
    "p22.kind_remainders_averages": {"nl": "overschotten en/of gemiddelden", "en": "remainders and/or averages"},
    "p22.fn_lot": {
        "nl": "De lijsten {lists} hebben gelijke {kind}, maar er zijn niet voldoende restzetels voor toekenning "
        "ervan aan die lijsten. Er is daarom geloot welke lijst de restzetel krijgt.",
        "en": "Lists {lists} have equal {kind}, but there are not enough residual seats; a lot was drawn.",
    },
    "p22.fn_majority": {
        "nl": "{list} heeft meer dan de helft van de stemmen behaald en heeft daardoor een volstrekte meerderheid. "
        "Omdat de lijst op basis van de zetelverdeling niet meer dan de helft van de zetels heeft gekregen, "
        "heeft de lijst via de restzetelverdeling een extra (rest)zetel gekregen.",
        "en": "{list} has an absolute majority of the votes but not of the seats, and got an extra seat.",
    },
    "p22.fn_majority_lot": {
        "nl": "De lijsten {lists} kregen de laatste restzetels met gelijke waarde; er is geloot welke lijst "
        "haar restzetel afstaat.",
        "en": "Lists {lists} won the last residual seats with equal values; a lot chose which gives it up.",
    },
    "p22.fn_majority_from": {"nl": "Deze zetel is afgenomen van {giver}.", "en": "The seat was taken from {giver}."},
    "p22.fn_exhausted": {
        "nl": "{list} heeft niet voldoende kandidaten beschikbaar om de haar toegewezen zetels te bezetten. De "
        "‘overtollige’ zetels gaan over op andere lijsten door toepassing van het systeem van de grootste {kind}.",
        "en": "{list} has too few candidates for its seats; the excess goes to other lists by the largest {kind}.",
    },
    "p22.fn_drawn": {
        "nl": "Het centraal stembureau heeft geloot (lot {number}); het lot viel op {list}.",
        "en": "The committee drew a lot (lot {number}); it fell on {list}.",
    },
    "p22.unassigned": {
        "nl": "Let op: {seats} zetel(s) konden aan geen enkele lijst worden toegewezen.",
        "en": "Note: {seats} seat(s) could not be assigned to any list.",
    },
    "p22.s2_8": {"nl": "Verdeling van de zetels", "en": "Seats per list"},
    "p22.seats_intro": {
        "nl": "De aan de lijsten toegewezen volle zetels en restzetels zijn bij elkaar opgeteld. De verdeling van "
        "alle zetels ziet er als volgt uit:",
        "en": "Full and residual seats added up per list:",
    },
    "p22.s2_8_table": {"nl": "Zetels per lijst", "en": "Seats per list"},
    "p22.col.assigned_seats": {"nl": "Toegewezen zetels", "en": "Seats"},
    "p22.s2_9": {"nl": "Toewijzing van zetels aan kandidaten", "en": "Seats assigned to candidates"},
    "p22.threshold": {
        "nl": "De voorkeursdrempel is {share} van de kiesdeler: {threshold} stemmen. Een kandidaat met meer "
        "stemmen dan de voorkeursdrempel is met voorkeursstemmen gekozen, zolang de lijst zetels heeft.",
        "en": "The preference threshold is {share} of the quota: {threshold} votes.",
    },
    "p22.list_seats": {"nl": "Aantal zetels: {seats}", "en": "Seats: {seats}"},
    "p22.by_preference": {"nl": "Met voorkeursstemmen gekozen kandidaten", "en": "Elected on preference votes"},
    "p22.by_preference_intro": {
        "nl": "Het overzicht met de stemmen per kandidaat is te vinden in bijlage 1 bij dit proces-verbaal. Deze "
        "kandidaten hebben als gevolg van het aantal voorkeursstemmen direct een zetel gekregen.",
        "en": "The votes per candidate are in annex 1. These candidates won a seat by their preference votes.",
    },
    "p22.by_preference_share": {
        "nl": "Deze kandidaten hebben meer dan {share} van de kiesdeler gehaald.",
        "en": "These candidates have more than {share} of the quota.",
    },
    "p22.by_preference_none": {
        "nl": "Er is geen enkele kandidaat met voorkeursstemmen gekozen.",
        "en": "No candidate was elected on preference votes.",
    },
    "p22.by_list_order": {
        "nl": "Kandidaten die gekozen zijn vanwege hun positie op de lijst",
        "en": "Elected by their position on the list",
    },
    "p22.by_list_order_intro": {
        "nl": "Deze kandidaten hebben zelfstandig niet voldoende stemmen gehaald voor een zetel, maar hebben een "
        "zetel toegewezen vanwege hun positie op de lijst.",
        "en": "These candidates won their seat by their position on the list.",
    },
    "p22.by_list_order_none": {
        "nl": "Geen enkele kandidaat is zonder voorkeursstemmen gekozen.",
        "en": "No candidate was elected without preference votes.",
    },
    "p22.succession": {"nl": "Rangschikking van kandidaten voor opvolging", "en": "Ranking for succession"},
    "p22.succession_intro": {
        "nl": "De volgende kandidaten hebben geen zetel toegewezen gekregen. Als een zetel vrijkomt wordt deze via "
        "de onderstaande volgorde aan opvolgers toegewezen.",
        "en": "These candidates have no seat; a seat that falls vacant goes to them in this order.",
    },
    "p22.succession_none": {"nl": "Geen enkele kandidaat is niet gekozen.", "en": "Every candidate was elected."},
    "p22.col.name": {"nl": "Naam", "en": "Name"},
    "p22.col.locality": {"nl": "Woonplaats", "en": "Locality"},
    "p22.col.position": {"nl": "Positie op lijst", "en": "Position on list"},
    "p22.col.rank": {"nl": "Rang", "en": "Rank"},
    "p22.deceased": {
        "nl": "Overleden (artikel P 19a Kieswet), niet gekozen en niet in de rangschikking; de stemmen op hen "
        "tellen mee voor lijst {list}: {names}.",
        "en": "Deceased (P 19a), not elected and not ranked; their votes count for list {list}: {names}.",
    },
    "p22.deceased_one": {"nl": "{name} (positie {position})", "en": "{name} (position {position})"},
    "p22.deceased_name": {"nl": "{name} — overleden", "en": "{name} — deceased"},
    "p22.candidate_lot": {
        "nl": "Lot {number}: {names} hadden evenveel voorkeursstemmen ({votes}) en er was niet voor ieder van hen "
        "een zetel (zetel {seat} van de lijst). Het centraal stembureau heeft geloot: {drawn} kreeg de zetel.",
        "en": "Lot {number}: {names} tied at {votes} preference votes for the list's seat {seat}; {drawn} got it.",
    },
    "p22.lists_without_seats": {"nl": "Lijsten zonder zetels: {lists}.", "en": "Lists without seats: {lists}."},
    "p22.s2_10": {
        "nl": "Gekozen kandidaten in alfabetische volgorde",
        "en": "Elected candidates in alphabetical order",
    },
    "p22.s2_10_table": {"nl": "Gekozen kandidaten ({count})", "en": "Elected candidates ({count})"},
    "p22.s2_11": {"nl": "Uitkomst controleprotocol", "en": "Outcome of the control protocol"},
    "p22.q2_11_1": {
        "nl": "Voer de controle uit volgens de stappen in het controleprotocol. Kruis aan wat van toepassing is:",
        "en": "Carry out the check as the control protocol says. Tick what applies:",
    },
    "p22.protocol_none": {"nl": "Er zijn geen verschillen geconstateerd.", "en": "No differences were found."},
    "p22.protocol_found": {
        "nl": "Er zijn verschillen geconstateerd. Er is contact opgenomen met de Kiesraad. Noteer hieronder wat "
        "daarvan de uitkomst is:",
        "en": "Differences were found; the Kiesraad was contacted. Write the outcome below:",
    },
    "p22.q2_11_2": {
        "nl": "Is voor de invoer gebruik gemaakt van de bestanden die zijn uitgewisseld via het platform "
        "‘Teluitslagen’?",
        "en": "Were the files exchanged through the 'Teluitslagen' platform used for the entry?",
    },
    "p22.q2_11_2_no": {
        "nl": "Nee, de resultaten van de papieren processen-verbaal twee keer handmatig ingevoerd in de "
        "uitslagensoftware",
        "en": "No, the paper reports' results were entered twice by hand",
    },
    "p22.q2_11_3": {
        "nl": "Heeft het gemeentelijk stembureau verschillen geconstateerd bij de uitvoering van het controleprotocol?",
        "en": "Did the municipal committee find differences in its control protocol?",
    },
    "p22.q2_11_3_yes": {
        "nl": "Ja, noteer hieronder wat het gemeentelijk stembureau daarover heeft opgeschreven.",
        "en": "Yes, write below what the municipal committee wrote about it.",
    },
    "p22.provenance": {
        "nl": "Herkomst van de ingevoerde totalen (vastgelegd door de kiosk)",
        "en": "Where the entered totals came from (recorded by the kiosk)",
    },
    "p22.provenance_intro": {
        "nl": "Per proces-verbaal van een gemeentelijk stembureau: de vingerafdruk van de cijfers die erop staat, "
        "en hoe de totalen zijn ingevoerd.",
        "en": "Per municipal committee's report: the numbers digest it printed, and how the totals were entered.",
    },
    "p22.provenance_table": {"nl": "Ingevoerde processen-verbaal", "en": "Reports entered"},
    "p22.provenance_none": {
        "nl": "De kiosk heeft geen ingevoerd proces-verbaal vastgelegd.",
        "en": "The kiosk recorded no entered report.",
    },
    "p22.col.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "p22.col.numbers_digest": {"nl": "Vingerafdruk cijfers", "en": "Numbers digest"},
    "p22.col.entered": {"nl": "Ingevoerd", "en": "Entered"},
    "p22.entered_digest": {
        "nl": "Eenmaal ingevoerd, bewezen met de vingerafdruk",
        "en": "Entered once, proven by the digest",
    },
    "p22.entered_twice": {"nl": "Tweemaal ingevoerd, door twee personen", "en": "Entered twice, by two people"},
    "p22.part3": {"nl": "Deel 3 - Ondertekening", "en": "Part 3 - Signatures"},
    "p22.sign_statement": {
        "nl": "Het centraal stembureau stelt de uitslag en de zetelverdeling vast zoals vermeld in dit "
        "proces-verbaal van {pages} pagina's. Elke pagina vermeldt onderaan dezelfde SHA-256 van het EML "
        "520-bestand en dezelfde hash van de auditlog.",
        "en": "The committee determines the result and seats as in this {pages}-page report; every page shows "
        "the same EML 520 SHA-256 and audit hash.",
    },
    "p22.sign_date": {"nl": "Datum", "en": "Date"},
    "p22.sign_datetime": {"nl": "Datum en tijd:", "en": "Date and time:"},
    "p22.sign_chair": {"nl": "Voorzitter van het centraal stembureau:", "en": "Chair of the central committee:"},
    "p22.sign_deputy": {"nl": "Plaatsvervangend voorzitter van het centraal stembureau:", "en": "Deputy chair:"},
    "p22.sign_members": {"nl": "De andere leden van het centraal stembureau:", "en": "The other members:"},
    "p22.sign_name": {"nl": "Naam:", "en": "Name:"},
    "p22.sign_signature": {"nl": "Handtekening:", "en": "Signature:"},
    "p22.annex1": {"nl": "Bijlage 1 - Stemmen per lijst en per kandidaat", "en": "Annex 1 - Votes per candidate"},
    "p22.annex1_intro": {
        "nl": "Per lijst de stemmen op elke kandidaat, zoals het centraal stembureau ze heeft vastgesteld.",
        "en": "The votes of every candidate per list, as determined by the central committee.",
    },
    "p22.col.candidate": {"nl": "Kandidaat", "en": "Candidate"},
    "p22.list_total": {"nl": "Totaal lijst {number}", "en": "Total list {number}"},
}
