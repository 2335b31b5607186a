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
    "cli.yes": {"nl": "ja", "en": "yes"},
    "cli.no": {"nl": "nee", "en": "no"},
}
