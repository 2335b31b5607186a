"""Short explanations of the validation rules, for the person entering (DESIGN §5, §6).

Each says what to check on the paper, briefly: people skim long error texts.
"""

MESSAGES = {
    "rule.F.001": {
        "nl": "Vak leeg gelaten: {fields}. Staat er echt niets op het papier?",
        "en": "Box left empty: {fields}. Is it really empty on the paper?",
    },
    "rule.F.101": {
        "nl": "Bijlage 1, B1-1: de ene vraag over extra onderzoek is beantwoord en de andere niet. Beantwoord beide.",
        "en": "Annex 1, B1-1: one question about extra investigation is answered and the other is not. Answer both.",
    },
    "rule.F.102": {
        "nl": "Bijlage 1, B1-1: bij een vraag zijn zowel Ja als Nee aangevinkt. Kijk op het papier welke geldt.",
        "en": "Annex 1, B1-1: a question has both Yes and No ticked. Check the paper for which one holds.",
    },
    "rule.F.111": {
        "nl": "Bijlage 1, B1-2: een vraag over verschillen met het stembureau is niet beantwoord.",
        "en": "Annex 1, B1-2: a question about differences with the polling station is not answered.",
    },
    "rule.F.112": {
        "nl": "Bijlage 1, B1-2: bij een vraag zijn zowel Ja als Nee aangevinkt. Kijk op het papier welke geldt.",
        "en": "Annex 1, B1-2: a question has both Yes and No ticked. Check the paper for which one holds.",
    },
    "rule.F.201": {
        "nl": "A + B + C is niet gelijk aan D. Controleer A, B, C en D op het papier.",
        "en": "A + B + C does not equal D. Check A, B, C and D on the paper.",
    },
    "rule.F.202": {
        "nl": "De lijsttotalen (E.1, E.2, …) tellen niet op tot E.",
        "en": "The list totals (E.1, E.2, …) do not add up to E.",
    },
    "rule.F.203": {"nl": "E + F + G is niet gelijk aan H.", "en": "E + F + G does not equal H."},
    "rule.F.204": {"nl": "Er zijn stemmen op lijsten, maar E is 0.", "en": "There are votes on lists, but E is 0."},
    "rule.F.301": {
        "nl": "'D en H gelijk' is aangevinkt, maar D en H verschillen.",
        "en": "'D equals H' is ticked, but D and H differ.",
    },
    "rule.F.302": {
        "nl": "'H groter dan D' is aangevinkt, maar H is niet groter.",
        "en": "'H greater than D' is ticked, but H is not greater.",
    },
    "rule.F.303": {
        "nl": "'H kleiner dan D' is aangevinkt, maar H is niet kleiner.",
        "en": "'H less than D' is ticked, but H is not less.",
    },
    "rule.F.304": {
        "nl": "Niet precies één van de drie vakjes bij vraag 4 is aangevinkt.",
        "en": "Not exactly one of the three boxes of question 4 is ticked.",
    },
    "rule.F.305": {
        "nl": "D en H zijn gelijk, maar I of J is ingevuld.",
        "en": "D and H are equal, but I or J is filled in.",
    },
    "rule.F.306": {
        "nl": "H is groter dan D, maar I is niet H min D.",
        "en": "H is greater than D, but I is not H minus D.",
    },
    "rule.F.307": {"nl": "H is groter dan D, maar J is niet 0.", "en": "H is greater than D, but J is not 0."},
    "rule.F.308": {
        "nl": "H is kleiner dan D, maar J is niet D min H.",
        "en": "H is less than D, but J is not D minus H.",
    },
    "rule.F.309": {"nl": "H is kleiner dan D, maar I is niet 0.", "en": "H is less than D, but I is not 0."},
    "rule.F.310": {
        "nl": "D en H verschillen: precies één van 'verklaard ja / nee' moet aangevinkt zijn.",
        "en": "D and H differ: exactly one of 'explained yes / no' must be ticked.",
    },
    "rule.F.401": {
        "nl": "Lijst {list}: er zijn stemmen, maar het lijsttotaal is 0.",
        "en": "List {list}: there are votes, but the list total is 0.",
    },
    "rule.F.402": {
        "nl": "Lijst {list}: de kandidaatstemmen tellen niet op tot het lijsttotaal.",
        "en": "List {list}: the candidates' votes do not add up to the list total.",
    },
    "rule.F.403": {
        "nl": "Lijst {list}: het lijsttotaal op de lijstpagina verschilt van E.{list} op de voorkant.",
        "en": "List {list}: the list page's total differs from E.{list} on the front page.",
    },
    "rule.W.001": {
        "nl": "Verschilt van de eerste invoer: {fields}. Kijk die velden opnieuw na op het papier.",
        "en": "Differs from the first entry: {fields}. Check those fields again on the paper.",
    },
    "rule.W.201": {
        "nl": "Veel blanco stemmen (F is 3% of meer van H). Klopt F met het papier?",
        "en": "Many blank votes (F is 3% or more of H). Does F match the paper?",
    },
    "rule.W.202": {
        "nl": "Veel ongeldige stemmen (G is 3% of meer van H). Klopt G met het papier?",
        "en": "Many invalid votes (G is 3% or more of H). Does G match the paper?",
    },
    "rule.W.203": {
        "nl": "Groot verschil tussen D en H. Klopt dat met het papier?",
        "en": "Large difference between D and H. Does it match the paper?",
    },
    "rule.W.204": {
        "nl": "H is 0: er zijn geen stemmen uitgebracht. Klopt dat?",
        "en": "H is 0: no votes were cast. Is that right?",
    },
    "rule.SK.W01": {
        "nl": "Het proces-verbaal is door minder dan 3 leden ondertekend (Deel 3). Klopt dat met het papier?",
        "en": "The report is signed by fewer than 3 members (part 3). Does the paper say so?",
    },
    "rule.SK.W02": {
        "nl": "Het stembureau heeft bezwaren genoteerd (1.2.1 of 1.3.2). Lees ze op het papier.",
        "en": "The polling station noted objections (1.2.1 or 1.3.2). Read them on the paper.",
    },
    "rule.SK.W03": {
        "nl": "Een vraag in Deel 1 is niet of met zowel Ja als Nee beantwoord. Kijk op het papier.",
        "en": "A question in part 1 has neither or both of Yes and No ticked. Check the paper.",
    },
}
