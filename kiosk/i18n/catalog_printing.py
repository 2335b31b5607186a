"""Texts of printing the totals sheet (kiosk.services.printing).

What ``lp`` (CUPS) answers is English and never shown: a failure is worded by its coded
reason (``print.reason.<code>``); lp's own text is kept in the audit log only.
"""

MESSAGES = {
    "print.default_printer": {"nl": "de standaardprinter", "en": "the default printer"},
    "print.printed": {
        "nl": "Het totalenblad is naar {printer} gestuurd{job}. Het PDF-bestand blijft bewaard als {path}.",
        "en": "The totals sheet was sent to {printer}{job}. The PDF stays kept as {path}.",
    },
    "print.job": {"nl": " (afdrukopdracht {job})", "en": " (print job {job})"},
    "print.no_lp": {
        "nl": "Op deze computer is geen afdruksysteem (lp ontbreekt). Het totalenblad is bewaard als {path}.",
        "en": "This computer has no printing system (lp is missing). The totals sheet is kept as {path}.",
    },
    "print.failed": {
        "nl": "Afdrukken op {printer} is mislukt: {reason}. Los dat op en druk opnieuw af (F6); het totalenblad is "
        "bewaard als {path}.",
        "en": "Printing on {printer} failed: {reason}. Put that right and print again (F6); the totals sheet is kept "
        "as {path}.",
    },
    "print.network_present": {
        "nl": "Niet afgedrukt. Het totalenblad is bewaard als {path}. Reden: {reason}",
        "en": "Not printed. The totals sheet is kept as {path}. Reason: {reason}",
    },
    # -- why printing failed (kiosk.services.printing.REASONS) ---------------------------------
    "print.reason.no_printer": {
        "nl": "het afdruksysteem kent geen printer met deze naam",
        "en": "the printing system has no printer of that name",
    },
    "print.reason.no_default": {
        "nl": "er is geen standaardprinter ingesteld",
        "en": "no default printer is set",
    },
    "print.reason.not_running": {
        "nl": "het afdruksysteem (CUPS) draait niet of is niet bereikbaar",
        "en": "the printing system (CUPS) is not running or cannot be reached",
    },
    "print.reason.not_accepting": {
        "nl": "de printer neemt nu geen opdrachten aan (gepauzeerd of uitgeschakeld)",
        "en": "the printer does not take jobs now (paused or disabled)",
    },
    "print.reason.timed_out": {
        "nl": "het afdruksysteem antwoordde niet binnen {seconds} seconden",
        "en": "the printing system did not answer within {seconds} seconds",
    },
    "print.reason.other": {
        "nl": "het afdruksysteem meldde een andere fout",
        "en": "the printing system reported another error",
    },
    "print.reason.no_lp": {
        "nl": "op deze computer is geen afdruksysteem (lp ontbreekt)",
        "en": "this computer has no printing system (lp is missing)",
    },
    # -- the audit log (F9) ----------------------------------------------------------------------
    "audit.event.totals.print_failed": {"nl": "afdrukken mislukt", "en": "printing failed"},
}
