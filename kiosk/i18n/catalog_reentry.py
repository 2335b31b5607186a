"""Sheets that travel: station ranges, transfer pages, partial sheets and re-entry by digest."""

MESSAGES = {
    # -- refusals of the workflow ----------------------------------------------------------------
    "refusal.workflow.not_transfer": {
        "nl": "stembureau {station} is ingevoerd van zijn eigen proces-verbaal, niet van een overdrachtsblad: "
        "het heeft een tweede invoer nodig",
        "en": "station {station} was entered from its own report, not from a transfer sheet: it needs a second entry",
    },
    "refusal.workflow.mixed_paper": {
        "nl": "stembureau {station} heeft al pagina's van ander papier (proces-verbaal of overdrachtsblad); "
        "die twee worden niet gemengd",
        "en": "station {station} already has pages of the other paper (report or transfer sheet); the two are not mixed",
    },
    "refusal.workflow.digest_mismatch": {
        "nl": "de getypte groepen zijn niet die van de vingerafdruk",
        "en": "the typed groups are not those of the digest",
    },
    # -- refusals of re-entry --------------------------------------------------------------------
    "refusal.reentry.no_stations": {
        "nl": "geef de stembureaus van het deeloverzicht op (bijvoorbeeld 1-8,10)",
        "en": "name the partial sheet's stations (for example 1-8,10)",
    },
    "refusal.reentry.unknown_stations": {
        "nl": "geen stembureaus van deze verkiezing: {stations}",
        "en": "not stations of this election: {stations}",
    },
    "refusal.reentry.not_ready": {
        "nl": "nog niet van overdrachtsbladen ingevoerd en zonder fouten afgerond: stembureaus {stations}",
        "en": "not yet entered from transfer pages and finished without errors: stations {stations}",
    },
    "refusal.reentry.mismatch": {
        "nl": "de vingerafdruk op papier is niet die van de bevestigde cijfers: er wijkt een getal af. "
        "De stembureaus {stations} krijgen een tweede, blinde invoer",
        "en": "the digest on the paper is not that of the numbers confirmed: a number differs. "
        "Stations {stations} need a second, blind entry",
    },
    "refusal.reentry.role": {
        "nl": "alleen een invoerder of coördinator bevestigt een deeloverzicht met zijn vingerafdruk",
        "en": "only a verifier or coordinator confirms a partial sheet by its digest",
    },
}
