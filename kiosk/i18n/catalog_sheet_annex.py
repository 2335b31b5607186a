"""Words of the totals sheet's Bijlage 1 (the results per station, kiosk/reports/sheet_annex.py),
and of what the committee's investigations and the hand count's outcome add to the sheet.
Always Dutch on the sheet; English for reading along."""

MESSAGES = {
    # -- Bijlage 1 ----------------------------------------------------------------------------
    "sheet.annex1": {
        "nl": "Bijlage 1 - Telresultaten van alle stembureaus in de gemeente",
        "en": "Annex 1 - Count results of every polling station",
    },
    "sheet.annex_in_eml": {
        "nl": "De telresultaten per stembureau zijn niet aan dit overzicht meegegeven. Zij staan in de EML "
        "510b-export waarvan de SHA-256 onderaan elke pagina staat.",
        "en": "The results per station were not given to this sheet; they are in the EML 510b export.",
    },
    "sheet.annex_intro": {
        "nl": "Per stembureau de telresultaten zoals zij uit het proces-verbaal van het stembureau zijn "
        "ingevoerd en definitief vastgesteld, met de antwoorden uit deel 1 van dat proces-verbaal. De stemmen "
        "per kandidaat per stembureau staan in de EML 510b-export.",
        "en": "Per polling station, the results as entered from its report and made definitive, with the "
        "answers of part 1 of that report. The votes per candidate per station are in the EML 510b export.",
    },
    "sheet.annex_intro_cso": {
        "nl": "Per stembureau de telresultaten zoals het gemeentelijk stembureau ze bij de centrale telling "
        "heeft vastgesteld (Bijlage 1 per stembureau, ingevoerd en definitief), met de antwoorden op B1-1 en "
        "B1-2. De stemmen per kandidaat per stembureau staan in de EML 510b-export.",
        "en": "Per polling station, the results as the committee established them at the central count (each "
        "station's Bijlage 1, entered and definitive), with the answers to B1-1 and B1-2. The votes per "
        "candidate per station are in the EML 510b export.",
    },
    "sheet.annex_station": {"nl": "Stembureau {number} — {name}", "en": "Polling station {number} — {name}"},
    "sheet.differs": {"nl": "verschil {difference}", "en": "difference {difference}"},
    "sheet.difference_explained": {
        "nl": "Lijst {list} ({name}): handmatig opgeteld {hand}, door de kiosk opgeteld {machine}. Verklaring: {explanation}",
        "en": "List {list} ({name}): added by hand {hand}, added by the kiosk {machine}. Explanation: {explanation}",
    },
    "sheet.difference_by": {
        "nl": "Vastgelegd door {recorded}, bevestigd door {confirmed}.",
        "en": "Recorded by {recorded}, confirmed by {confirmed}.",
    },
    "sheet.annex_objections": {"nl": "BEZWAREN in proces-verbaal", "en": "OBJECTIONS in the report"},
    "sheet.investigated": {
        "nl": "Onderzocht door het gemeentelijk stembureau: {reason} · herteld: {recounted} · uitslag gecorrigeerd: {corrected}",
        "en": "Investigated by the committee: {reason} · recounted: {recounted} · results corrected: {corrected}",
    },
    "sheet.corrected_fields": {"nl": "Gecorrigeerd: {changes}", "en": "Corrected: {changes}"},
    "sheet.answer.both": {"nl": "Ja én Nee", "en": "Yes and No"},
    "sheet.answer.none": {"nl": "niet ingevuld", "en": "not answered"},
    "sheet.answer.not_applicable": {"nl": "n.v.t.", "en": "n/a"},
    "sheet.b1_1": {
        "nl": "B1-1 Extra onderzoek gedaan: {extra} · stembiljetten (deels) herteld: {recount}",
        "en": "B1-1 Further investigation: {extra} · ballots (partly) recounted: {recount}",
    },
    "sheet.b1_2": {
        "nl": "B1-2.1 Verschil stembureau volledig verklaard: {explained} · B1-2.3 Verschil met de telling van het "
        "stembureau: {differ}",
        "en": "B1-2.1 Station's difference fully explained: {explained} · B1-2.3 Differs from the station's "
        "count: {differ}",
    },
    "sheet.topic.obj_vote": {
        "nl": "{number} Bezwaren stemming: {answer}",
        "en": "{number} Objections, voting: {answer}",
    },
    "sheet.topic.events": {
        "nl": "{number} Gebeurtenissen (verklaring verschil): {answer}",
        "en": "{number} Events (explaining a difference): {answer}",
    },
    "sheet.topic.notes_vote": {
        "nl": "{number} Bijzonderheden stemming: {answer}",
        "en": "{number} Particulars, voting: {answer}",
    },
    "sheet.topic.obj_count": {
        "nl": "{number} Bezwaren telling: {answer}",
        "en": "{number} Objections, counting: {answer}",
    },
    "sheet.topic.notes_count": {
        "nl": "{number} Bijzonderheden telling: {answer}",
        "en": "{number} Particulars, counting: {answer}",
    },
    "sheet.station_pv": {"nl": "Proces-verbaal stembureau: {answers}", "en": "Station's report: {answers}"},
    "sheet.signed_by": {"nl": "ondertekend door {count} leden", "en": "signed by {count} members"},
    "sheet.compare": {
        "nl": "Vergelijking: {ticks} · verschil volledig verklaard: {explained}",
        "en": "Comparison: {ticks} · difference fully explained: {explained}",
    },
    "sheet.compare.K.eq": {"nl": "D = H", "en": "D = H"},
    "sheet.compare.K.gt": {"nl": "H > D", "en": "H > D"},
    "sheet.compare.K.lt": {"nl": "H < D", "en": "H < D"},
}
