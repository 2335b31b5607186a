"""Texts of printing the totals sheet (kiosk.services.printing)."""

MESSAGES = {
    "print.default_printer": {"nl": "de standaardprinter", "en": "the default printer"},
    "print.printed": {
        "nl": "Het totalenblad is naar {printer} gestuurd ({detail}). Het PDF-bestand blijft bewaard: {path}",
        "en": "The totals sheet was sent to {printer} ({detail}). The PDF stays kept: {path}"},
    "print.no_lp": {
        "nl": "Op deze computer is geen afdruksysteem (lp ontbreekt). Het totalenblad is bewaard als {path}.",
        "en": "This computer has no printing system (lp is missing). The totals sheet is kept as {path}."},
    "print.failed": {
        "nl": "Afdrukken op {printer} is mislukt: {detail}. Het totalenblad is bewaard als {path}.",
        "en": "Printing on {printer} failed: {detail}. The totals sheet is kept as {path}."},
    "print.network_present": {
        "nl": "Niet afgedrukt: {detail}. Het totalenblad is bewaard als {path}.",
        "en": "Not printed: {detail}. The totals sheet is kept as {path}."},
}
