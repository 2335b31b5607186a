"""Refusals of untrusted input: bounds on results documents, hidden characters, special files,
and the demo's refusal to enter a real election's data directory.

(EML's own bounds are in catalog_eml.py, a page image's size in catalog_scan.py.)
"""

MESSAGES = {
    # A results document (kiosk validate) beyond the bounds of kiosk.domain.validation.document.
    "refusal.document.too_many_lists": {
        "nl": "{count} lijsten; hooguit {maximum} lijsten",
        "en": "{count} lists; at most {maximum} lists",
    },
    "refusal.document.list_number_too_high": {
        "nl": "lijstnummer {value} is te hoog; lijstnummers lopen tot en met {maximum}",
        "en": "list number {value} is too high; list numbers go up to {maximum}",
    },
    "refusal.document.too_many_candidates": {
        "nl": "{value} kandidaten; een lijst heeft er hooguit {maximum}",
        "en": "{value} candidates; a list has at most {maximum}",
    },
    # kiosk demo in a data directory that is not the demo's (kiosk.demo.setup).
    "refusal.demo.other_election": {
        "nl": "{home} bevat de verkiezing {election}, niet de demo; geef de demo een eigen --home",
        "en": "{home} holds the election {election}, not the demo; give the demo its own --home",
    },
    "refusal.demo.other_accounts": {
        "nl": (
            "{home} bevat accounts die niet van de demo zijn ({accounts}); de demo zou daar accounts met "
            "een openbaar wachtwoord bij zetten. Geef de demo een eigen --home"
        ),
        "en": (
            "{home} holds accounts that are not the demo's ({accounts}); the demo would add accounts with "
            "a published password there. Give the demo its own --home"
        ),
    },
}
