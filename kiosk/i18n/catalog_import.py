"""Messages of the election import (EML 110a, 230b, 110b)."""

MESSAGES = {
    "import.kind_110a": {"nl": "verkiezingsdefinitie (EML 110a)", "en": "election definition (EML 110a)"},
    "import.kind_230b": {"nl": "kandidatenlijsten (EML 230b)", "en": "candidate lists (EML 230b)"},
    "import.kind_110b": {"nl": "stembureaus (EML 110b)", "en": "polling stations (EML 110b)"},
    # Refusals (ImportRefused "import.<name>"; a refused file's own problem is an "eml.<name>" refusal).
    "refusal.import.already_imported": {
        "nl": "{source}: de {kind_name} (EML {kind}) is al ingelezen (uit {previous}); een tweede keer inlezen kan niet",
        "en": "{source}: the {kind_name} (EML {kind}) has already been imported (from {previous}); it cannot be imported twice",
    },
    "refusal.import.no_definition": {
        "nl": (
            "{source}: de {kind_name} (EML {kind}) hoort bij verkiezing {election}, die niet is ingelezen "
            "(ingelezen: {known}); lees eerst de verkiezingsdefinitie (EML 110a) van {election} in"
        ),
        "en": (
            "{source}: the {kind_name} (EML {kind}) belongs to election {election}, which is not imported "
            "(imported: {known}); import the election definition (EML 110a) of {election} first"
        ),
    },
    "refusal.import.wrong_order": {
        "nl": "{source}: lees eerst de {expected_kind_name} (EML {expected_kind}) in",
        "en": "{source}: import the {expected_kind_name} (EML {expected_kind}) first",
    },
    "refusal.import.unsupported_kind": {
        "nl": "{source}: dit is een EML {kind}-bestand; inlezen kan alleen 110a, 230b en 110b",
        "en": "{source}: this is an EML {kind} file; only 110a, 230b and 110b can be imported",
    },
    "refusal.import.hash_mismatch": {
        "nl": "{source}: de hashcode klopt niet met het bestand; niets ingelezen. Controleer of dit het juiste bestand is",
        "en": "{source}: the hash does not match the file; nothing imported. Check that this is the right file",
    },
    "refusal.import.no_election_stations": {
        "nl": "{source}: het bestand bevat geen stembureaus",
        "en": "{source}: the file contains no polling stations",
    },
    "refusal.import.not_a_file": {
        "nl": "{source}: geen leesbaar bestand ({problem})",
        "en": "{source}: not a readable file ({problem})",
    },
    "refusal.import.too_large": {
        "nl": "{source}: bestand is te groot ({size} bytes; hooguit {limit})",
        "en": "{source}: file is too large ({size} bytes; at most {limit})",
    },
    "import.done": {
        "nl": "{source}: {what} ingelezen ({summary})",
        "en": "{source}: {what} imported ({summary})",
    },
    "refusal.import.not_regular_file": {
        "nl": "{source}: geen leesbaar bestand (geen gewoon bestand)",
        "en": "{source}: not a readable file (not a regular file)",
    },
}
