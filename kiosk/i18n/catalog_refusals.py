"""Why the kiosk refused an action, by the refusal's stable code (``refusal.<code>``).

Only the parameters the domain or service passes are used; the UI falls back to
the English developer text for a code without an entry here.
"""

MESSAGES = {
    "refusal.workflow.same_verifier": {
        "nl": "{account} heeft de andere invoer van stembureau {station} gedaan; een ander moet deze doen (vier ogen).",
        "en": "{account} did the other entry of station {station}; someone else must do this one (four eyes)."},
    "refusal.workflow.already_claimed": {"nl": "u werkt al aan deze invoer", "en": "you already have this entry"},
    "refusal.workflow.claimed_by_other": {"nl": "{claimant} werkt aan deze invoer; de coördinator kan hem vrijgeven",
                                          "en": "{claimant} is working on this entry; the coordinator can release it"},
    "refusal.workflow.not_claimant": {"nl": "deze invoer is van {claimant}, niet van u",
                                      "en": "this entry belongs to {claimant}, not to you"},
    "refusal.workflow.wrong_state": {"nl": "dat kan niet nu het stembureau de status '{status}' heeft",
                                     "en": "not possible while the station's status is '{status}'"},
    "refusal.workflow.role_not_allowed": {"nl": "dat mag uw rol niet", "en": "your role may not do that"},
    "refusal.workflow.incomplete": {"nl": "nog {count} veld(en) niet bevestigd", "en": "{count} field(s) not confirmed yet"},
    "refusal.workflow.unacknowledged_warning": {"nl": "waarschuwing(en) nog niet gecontroleerd: {codes}",
                                                "en": "warning(s) not checked yet: {codes}"},
    "refusal.workflow.unsent_error": {"nl": "fout(en) nog niet naar de coördinator gestuurd: {codes}",
                                      "en": "error(s) not sent to the coordinator yet: {codes}"},
    "refusal.workflow.not_disputed": {"nl": "{field} staat niet ter discussie in deze correctie",
                                      "en": "{field} is not disputed in this correction"},
    "refusal.workflow.no_such_message": {"nl": "melding {rule} is er nu niet (meer)", "en": "message {rule} is not there now"},
    "refusal.workflow.definitive": {"nl": "dit stembureau is al definitief", "en": "this station is already definitive"},
    "refusal.workflow.not_claimed": {"nl": "niemand werkt aan deze invoer", "en": "nobody is working on this entry"},
    "refusal.not_a_number": {"nl": "'{text}' is geen heel getal; neem de cijfers van het papier over",
                             "en": "'{text}' is not a whole number; copy the digits from the paper"},
    "refusal.not_a_tick": {"nl": "'{text}' is geen vinkje: j = aangevinkt, n = niet aangevinkt",
                           "en": "'{text}' is not a tick: j = ticked, n = not ticked"},
    "refusal.value.too_large": {"nl": "{field}: hoogstens 999999", "en": "{field}: at most 999999"},
    "refusal.value.negative": {"nl": "{field}: kan niet negatief zijn", "en": "{field}: cannot be negative"},
    "refusal.unknown_station": {"nl": "dat stembureau bestaat niet in deze verkiezing",
                                "en": "that station does not exist in this election"},
    "refusal.auth.not_coordinator": {"nl": "alleen een coördinator mag dit doen", "en": "only a coordinator can do this"},
    "refusal.tui.not_scanned": {
        "nl": "dit stembureau is nog niet gescand; F4 begint de invoer zonder scan",
        "en": "this station has not been scanned yet; F4 starts the entry without a scan"},
}
