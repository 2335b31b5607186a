"""Investigations and correction rounds: refusals, reasons and what the command line says."""

MESSAGES = {
    # -- refusals ---------------------------------------------------------------------------------
    "refusal.investigation.unknown_station": {
        "nl": "stembureau {station} bestaat niet in deze verkiezing",
        "en": "polling station {station} does not exist in this election",
    },
    "refusal.investigation.unknown_reason": {
        "nl": "onbekende aanleiding ‘{reason}’ (kies uit: {reasons})",
        "en": "unknown reason ‘{reason}’ (choose from: {reasons})",
    },
    "refusal.investigation.already_open": {
        "nl": "stembureau {station} wordt al onderzocht (onderzoek {number}); rond dat eerst af",
        "en": "polling station {station} is already under investigation (investigation {number}); conclude it first",
    },
    "refusal.investigation.unknown": {
        "nl": "er is geen onderzoek {number}",
        "en": "there is no investigation {number}",
    },
    "refusal.investigation.concluded": {
        "nl": "onderzoek {number} is al afgerond",
        "en": "investigation {number} is concluded already",
    },
    "refusal.investigation.no_findings": {
        "nl": "onderzoek {number} heeft nog geen bevindingen; leg die eerst vast",
        "en": "investigation {number} has no findings yet; record them first",
    },
    "refusal.investigation.bad_conclusion": {
        "nl": "herteld en gecorrigeerd zijn elk ja of nee",
        "en": "recounted and corrected are each yes or no",
    },
    "refusal.investigation.not_definitive": {
        "nl": (
            "stembureau {station} is nog niet definitief: de invoer die loopt geeft de uitslag; "
            "rond het onderzoek af zonder correctie"
        ),
        "en": (
            "polling station {station} is not definitive yet: the entry under way gives its results; "
            "conclude the investigation without a correction"
        ),
    },
    "refusal.investigation.open": {
        "nl": "nog in onderzoek: stembureau {stations}; het totaal kan pas worden vastgesteld als elk onderzoek is afgerond",
        "en": "still under investigation: polling station {stations}; the totals wait until every investigation is concluded",
    },
    "refusal.investigation.no_correction": {
        "nl": "onderzoek {number} heeft geen uitslag gecorrigeerd: er is geen corrigendum",
        "en": "investigation {number} corrected no results: there is no corrigendum",
    },
    "refusal.investigation.correction_open": {
        "nl": "de gecorrigeerde uitslag van stembureau {station} is nog niet definitief (twee invoeren nodig)",
        "en": "the corrected results of polling station {station} are not definitive yet (two entries needed)",
    },
    "refusal.investigation.text_too_long": {
        "nl": "de tekst is te lang (hoogstens {limit} tekens)",
        "en": "the text is too long (at most {limit} characters)",
    },
    "refusal.investigation.text_missing": {
        "nl": "schrijf op wat er is gevonden (of waarom er wordt onderzocht)",
        "en": "write down what was found (or why it is investigated)",
    },
    # -- reasons (the models' words) ---------------------------------------------------------------
    "investigation.reason.unexplained_difference": {
        "nl": "onverklaard verschil tussen toegelaten kiezers en getelde stembiljetten",
        "en": "unexplained difference between admitted voters and counted ballots",
    },
    "investigation.reason.other_error": {"nl": "(vermoedelijk) andere fout", "en": "another (suspected) error"},
    "investigation.reason.objection": {"nl": "bezwaar", "en": "objection"},
    "investigation.reason.csb_request": {
        "nl": "verzoek van het centraal stembureau",
        "en": "request of the central committee",
    },
    "investigation.reason.other": {"nl": "andere reden", "en": "another reason"},
    # -- kiosk investigations -----------------------------------------------------------------------
    "cli.investigations.none": {"nl": "Geen onderzoeken.", "en": "No investigations."},
    "cli.investigations.line": {
        "nl": "onderzoek {number}: stembureau {station}, aanleiding: {reason} — {state}",
        "en": "investigation {number}: polling station {station}, reason: {reason} — {state}",
    },
    "cli.investigations.open": {"nl": "loopt", "en": "open"},
    "cli.investigations.concluded": {
        "nl": "afgerond (herteld: {recounted}, gecorrigeerd: {corrected})",
        "en": "concluded (recounted: {recounted}, corrected: {corrected})",
    },
    "cli.investigations.finding": {
        "nl": "    bevinding ({by}, {at}): {text}",
        "en": "    finding ({by}, {at}): {text}",
    },
    "cli.investigations.round": {
        "nl": "  ronde {number}: {status}; ingevoerd door {by}",
        "en": "  round {number}: {status}; entered by {by}",
    },
    "cli.investigations.corrigendum": {"nl": "{out}: corrigendum geschreven", "en": "{out}: corrigendum written"},
    "cli.investigations.round_closed": {
        "nl": "    gesloten op {at} door {by} (onderzoek {number})",
        "en": "    closed on {at} by {by} (investigation {number})",
    },
    "cli.yes": {"nl": "ja", "en": "yes"},
    "cli.no": {"nl": "nee", "en": "no"},
    # -- the corrigendum (kiosk/reports/corrigendum.py; always Dutch, like the sheet) -------------------
    "corr.pdf_title": {"nl": "Model {model} — stembureau {station}", "en": "Model {model} — polling station {station}"},
    "corr.title": {"nl": "Model {model}", "en": "Model {model}"},
    "corr.subtitle": {
        "nl": "Corrigendum: gecorrigeerde telresultaten na onderzoek door het gemeentelijk stembureau",
        "en": "Corrigendum: corrected count results after an investigation by the committee",
    },
    "corr.station": {"nl": "Stembureau {number} — {name}", "en": "Polling station {number} — {name}"},
    "corr.part1": {"nl": "Deel 1 - Onderzoek", "en": "Part 1 - Investigation"},
    "corr.reason": {"nl": "Aanleiding van het onderzoek", "en": "Reason for the investigation"},
    "corr.findings": {"nl": "Bevindingen", "en": "Findings"},
    "corr.finding": {"nl": "{text} ({by}, {date} {time})", "en": "{text} ({by}, {date} {time})"},
    "corr.recounted": {"nl": "Stembiljetten (deels) herteld: {answer}", "en": "Ballots (partly) recounted: {answer}"},
    "corr.corrected": {"nl": "Gecorrigeerde uitslag: Ja", "en": "Corrected results: Yes"},
    "corr.part2": {"nl": "Deel 2 - Gecorrigeerde telresultaten", "en": "Part 2 - Corrected count results"},
    "corr.part2_intro": {
        "nl": (
            "Per aantal het oorspronkelijke getal (de eerdere definitieve uitslag van dit stembureau) en, alleen "
            "waar het is gewijzigd, het gecorrigeerde getal. Kandidaten staan er alleen in als hun aantal is gewijzigd."
        ),
        "en": (
            "For each count the original number (this station's earlier definitive results) and, only where it "
            "changed, the corrected number. Candidates appear only when their number changed."
        ),
    },
    "corr.table": {"nl": "Telresultaten", "en": "Count results"},
    "corr.table_continued": {"nl": "Telresultaten (vervolg)", "en": "Count results (continued)"},
    "corr.col.code": {"nl": "Vak", "en": "Box"},
    "corr.col.original": {"nl": "Oorspronkelijk", "en": "Original"},
    "corr.col.corrected": {"nl": "Gecorrigeerd", "en": "Corrected"},
    "corr.part3": {"nl": "Deel 3 - Ondertekening", "en": "Part 3 - Signatures"},
    "corr.sign_intro": {
        "nl": "Ondertekening door de voorzitter en de leden van het gemeentelijk stembureau.",
        "en": "Signed by the chair and the members of the committee.",
    },
    "corr.chair": {"nl": "Voorzitter: naam en handtekening", "en": "Chair: name and signature"},
    "corr.member": {"nl": "Lid {number}: naam en handtekening", "en": "Member {number}: name and signature"},
    "corr.header": {"nl": "Gemeente {municipality} · {election}", "en": "Municipality of {municipality} · {election}"},
    "corr.footer": {
        "nl": "stembureau {station} · onderzoek {number} · gemaakt {date} {time}",
        "en": "polling station {station} · investigation {number} · made {date} {time}",
    },
    # -- kiosk handcount -------------------------------------------------------------------------------
    "cli.handcount.bad_list": {"nl": "geen lijstnummer: {value}", "en": "not a list number: {value}"},
    "cli.handcount.recorded": {
        "nl": "Uitkomst ‘verschillen geconstateerd’ vastgelegd voor lijst {lists}; een andere coördinator bevestigt hem (kiosk handcount confirm).",
        "en": "Outcome ‘differences found’ recorded for list {lists}; another coordinator confirms it (kiosk handcount confirm).",
    },
    "cli.handcount.confirmed": {
        "nl": "Uitkomst bevestigd (vastgelegd door {recorded}, bevestigd door {confirmed}).",
        "en": "Outcome confirmed (recorded by {recorded}, confirmed by {confirmed}).",
    },
    # -- the screen (kiosk/tui/screens/investigations.py) ----------------------------------------------
    "tui.admin.investigations.title": {"nl": "Onderzoeken", "en": "Investigations"},
    "tui.admin.investigations.key.open": {"nl": "Onderzoek openen", "en": "Open investigation"},
    "tui.admin.investigations.key.findings": {"nl": "Bevinding vastleggen", "en": "Record finding"},
    "tui.admin.investigations.key.conclude": {"nl": "Afronden", "en": "Conclude"},
    "tui.admin.investigations.none": {
        "nl": "Nog geen onderzoeken. Typ een stembureaunummer, kies de aanleiding en druk Ctrl+N.",
        "en": "No investigations yet. Type a polling station number, choose the reason and press Ctrl+N.",
    },
    "tui.admin.investigations.summary": {"nl": "{count} onderzoek(en)", "en": "{count} investigation(s)"},
    "tui.admin.investigations.col.number": {"nl": "Nr.", "en": "No."},
    "tui.admin.investigations.col.station": {"nl": "Stembureau", "en": "Station"},
    "tui.admin.investigations.col.reason": {"nl": "Aanleiding", "en": "Reason"},
    "tui.admin.investigations.col.state": {"nl": "Stand", "en": "State"},
    "tui.admin.investigations.open": {"nl": "loopt ({findings} bevinding(en))", "en": "open ({findings} finding(s))"},
    "tui.admin.investigations.concluded": {
        "nl": "afgerond · herteld: {recounted} · gecorrigeerd: {corrected}",
        "en": "concluded · recounted: {recounted} · corrected: {corrected}",
    },
    "tui.admin.investigations.recounted.yes": {"nl": "herteld: ja", "en": "recounted: yes"},
    "tui.admin.investigations.recounted.no": {"nl": "herteld: nee", "en": "recounted: no"},
    "tui.admin.investigations.corrected.yes": {"nl": "gecorrigeerd: ja", "en": "corrected: yes"},
    "tui.admin.investigations.corrected.no": {"nl": "gecorrigeerd: nee", "en": "corrected: no"},
    "tui.admin.investigations.station": {"nl": "Stembureau nr.", "en": "Station no."},
    "tui.admin.investigations.text": {
        "nl": "Toelichting bij de aanleiding, of de bevinding (Ctrl+B)",
        "en": "Explanation of the reason, or the finding (Ctrl+B)",
    },
    "tui.admin.investigations.about": {
        "nl": "Onderzoek {number} — stembureau {station}",
        "en": "Investigation {number} — polling station {station}",
    },
    "tui.admin.investigations.finding": {"nl": "  bevinding ({by}): {text}", "en": "  finding ({by}): {text}"},
    "tui.admin.investigations.need_station": {
        "nl": "Typ eerst het nummer van het stembureau.",
        "en": "Type the polling station's number first.",
    },
    "tui.admin.investigations.opened": {
        "nl": "Onderzoek {number} van stembureau {station} geopend.",
        "en": "Investigation {number} of polling station {station} opened.",
    },
    "tui.admin.investigations.recorded": {
        "nl": "Bevinding vastgelegd bij onderzoek {number}.",
        "en": "Finding recorded for investigation {number}.",
    },
    "tui.admin.investigations.done": {
        "nl": "Onderzoek {number} afgerond; de uitslag van stembureau {station} blijft.",
        "en": "Investigation {number} concluded; the results of polling station {station} stand.",
    },
    "tui.admin.investigations.corrected_round": {
        "nl": "Onderzoek {number} afgerond. Stembureau {station} is terug naar ‘leeg’: twee nieuwe, blinde invoeren van de gecorrigeerde uitslag zijn nodig.",
        "en": "Investigation {number} concluded. Polling station {station} is back to ‘empty’: two new, blind entries of the corrected results are needed.",
    },
}
