"""Messages about the air gap: the kiosk refuses entry and printing while a network is present."""

MESSAGES = {
    "airgap.refused": {
        "nl": "{action} kan niet: er is een netwerk gevonden ({reasons}). Koppel de kiosk los van elk netwerk "
        "(kabel eruit, draadloos uit); invoeren en afdrukken kan pas weer als er geen netwerk meer is",
        "en": "{action} is not allowed: a network was found ({reasons}). Disconnect the kiosk from every network "
        "(unplug the cable, switch off wireless); entry and printing are possible again once no network is left",
    },
    "airgap.stale": {
        "nl": "het netwerk is al {seconds} seconden niet gecontroleerd",
        "en": "the network has not been checked for {seconds} seconds",
    },
    "airgap.never_checked": {
        "nl": "het netwerk is nog niet gecontroleerd",
        "en": "the network has not been checked yet",
    },
    "airgap.action.claim": {"nl": "Invoer beginnen", "en": "Starting an entry"},
    "airgap.action.confirm": {"nl": "Een veld bevestigen", "en": "Confirming a field"},
    "airgap.action.acknowledge": {"nl": "Een melding afhandelen", "en": "Acknowledging a message"},
    "airgap.action.finish": {"nl": "Invoer afronden", "en": "Finishing an entry"},
    "airgap.action.resolve_differences": {"nl": "Verschillen oplossen", "en": "Resolving differences"},
    "airgap.action.resolve_errors": {"nl": "Fouten afhandelen", "en": "Resolving errors"},
    "airgap.action.print": {"nl": "Afdrukken", "en": "Printing"},
    "airgap.action.other": {"nl": "Deze handeling", "en": "This action"},
}
