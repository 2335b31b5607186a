"""Texts of printing the totals sheet (kiosk.services.printing).

``{detail}`` is what ``lp`` (CUPS) answered, in its own words and language; it
always comes last, after a colon, so our sentence stays whole whatever it says.
"""

MESSAGES = {
    "print.default_printer": {"nl": "de standaardprinter", "en": "the default printer"},
    "print.printed": {
        "nl": "Het totalenblad is naar {printer} gestuurd. Het PDF-bestand blijft bewaard als {path}. "
        "Antwoord van het afdruksysteem: {detail}",
        "en": "The totals sheet was sent to {printer}. The PDF stays kept as {path}. "
        "The printing system answered: {detail}",
    },
    "print.no_lp": {
        "nl": "Op deze computer is geen afdruksysteem (lp ontbreekt). Het totalenblad is bewaard als {path}.",
        "en": "This computer has no printing system (lp is missing). The totals sheet is kept as {path}.",
    },
    "print.failed": {
        "nl": "Afdrukken op {printer} is mislukt. Het totalenblad is bewaard als {path}; controleer de printer en "
        "druk opnieuw af (F6). Melding van het afdruksysteem: {detail}",
        "en": "Printing on {printer} failed. The totals sheet is kept as {path}; check the printer and print "
        "again (F6). The printing system said: {detail}",
    },
    "print.network_present": {
        "nl": "Niet afgedrukt. Het totalenblad is bewaard als {path}. Reden: {detail}",
        "en": "Not printed. The totals sheet is kept as {path}. Reason: {detail}",
    },
}
