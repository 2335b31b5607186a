"""Messages about the air gap: the kiosk refuses entry and printing while a network is present."""

MESSAGES = {
    "airgap.refused": {
        "nl": "{action} kan niet: er is een netwerk gevonden ({reasons}). Koppel de kiosk los van elk netwerk "
        "(kabel eruit, draadloos uit); invoeren en afdrukken kan pas weer als er geen netwerk meer is",
        "en": "{action} is not allowed: a network was found ({reasons}). Disconnect the kiosk from every network "
        "(unplug the cable, switch off wireless); entry and printing are possible again once no network is left",
    },
    # Why a network is present (kiosk.airgap.reasons.CODES, same codes and parameters).
    "airgap.reason.carrier": {
        "nl": "netwerkaansluiting {name} staat aan en heeft verbinding",
        "en": "interface {name} is up with carrier",
    },
    "airgap.reason.address": {
        "nl": "netwerkaansluiting {name} staat aan en heeft adres {address}",
        "en": "interface {name} is up with address {address}",
    },
    "airgap.reason.ipv4": {"nl": "IPv4-adres {address} is ingesteld", "en": "IPv4 address {address} is configured"},
    "airgap.reason.route": {"nl": "er is een standaardroute via {interface}", "en": "default route via {interface}"},
    "airgap.reason.route_gateway": {
        "nl": "er is een standaardroute via {interface} (gateway {gateway})",
        "en": "default route via {interface} (gateway {gateway})",
    },
    "airgap.reason.tcp": {
        "nl": "een TCP-verbinding met {host}:{port} is gelukt",
        "en": "a TCP connection to {host}:{port} succeeded",
    },
    "airgap.reason.dns": {"nl": "de naam {name} kon worden opgezocht", "en": "the name {name} could be resolved"},
    "airgap.reason.unreadable": {
        "nl": "de netwerktoestand is onbekend: {path} is niet te lezen ({error})",
        "en": "network state unknown: cannot read {path} ({error})",
    },
    "airgap.reason.unexpected": {
        "nl": "de netwerktoestand is onbekend: onverwachte inhoud in {path}: {content}",
        "en": "network state unknown: unexpected content in {path}: {content}",
    },
    "airgap.reason.no_report": {
        "nl": "geen rapport van de netwerkbewaker ({path}: {error})",
        "en": "no report from the network watcher ({path}: {error})",
    },
    "airgap.reason.bad_report": {
        "nl": "onleesbaar rapport van de netwerkbewaker ({path}: {error})",
        "en": "unreadable report from the network watcher ({path}: {error})",
    },
    "airgap.reason.no_reason": {
        "nl": "er is een netwerk gemeld zonder reden",
        "en": "a network was reported without a reason",
    },
    "airgap.reason.bad_setting": {
        "nl": "de instelling {setting} van de netwerkcontrole is ongeldig: {value}",
        "en": "network probe setting {setting} is invalid: {value}",
    },
    "airgap.reason.detector_failed": {
        "nl": "de netwerkcontrole is mislukt: {error}",
        "en": "network detector failed: {error}",
    },
    "airgap.reason.stale": {
        "nl": "het netwerk is al {seconds} seconden niet gecontroleerd",
        "en": "the network has not been checked for {seconds} seconds",
    },
    "airgap.reason.never_checked": {
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
