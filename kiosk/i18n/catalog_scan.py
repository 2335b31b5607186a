"""Why a scanned file was not attached to a station, by its code (``scan.reason.<code>``).

The page reader's own codes (``ocr.register.REFUSALS``: codes and parameters, no words; its marker
positions are worded by ``kiosk.i18n.scan_words``) and the scan service's codes
(``kiosk.services.scanning``). The audit log keeps the Dutch words; the screens and ``kiosk scan`` show
these in the chosen language.
"""

MESSAGES = {
    # The page reader (ocr)
    "scan.reason.image_unreadable": {
        "nl": "beeld onleesbaar ({detail}) — opnieuw scannen",
        "en": "image unreadable ({detail}) — scan again",
    },
    "scan.reason.undecodable": {
        "nl": "geen beeld te lezen: het bestand is leeg, beschadigd of geen afbeelding — opnieuw scannen",
        "en": "no image to read: the file is empty, damaged or not an image — scan again",
    },
    "scan.reason.image_too_large": {
        "nl": "beeld te groot ({width} × {height} beeldpunten, meer dan {limit_mp} miljoen) — scan de pagina op 300 dpi",
        "en": "image too large ({width} × {height} pixels, more than {limit_mp} million) — scan the page at 300 dpi",
    },
    "scan.reason.multi_page": {
        "nl": "een bestand met {pages} pagina's: alleen losse pagina's worden ingelezen — scan elke pagina als een eigen bestand",
        "en": "a file with {pages} pages: only single pages are read — scan each page as a file of its own",
    },
    "scan.reason.no_markers": {
        "nl": "geen markeringen gevonden — is dit een pagina van het proces-verbaal? Opnieuw scannen",
        "en": "no markers found — is this a page of the official report? Scan again",
    },
    "scan.reason.blank_page": {
        "nl": "lege pagina, geen proces-verbaal (de achterkant bij dubbelzijdig scannen?)",
        "en": "blank page, not an official report (the back of a sheet scanned on both sides?)",
    },
    "scan.reason.markers_missing": {
        "nl": "{names} niet gevonden — opnieuw scannen",
        "en": "{names} not found — scan again",
    },
    "scan.reason.marker_residual": {
        "nl": "markeringen liggen niet waar ze horen (afwijking {residual:.1f} mm) — pagina glad leggen en opnieuw scannen",
        "en": "the markers are not where they belong (off by {residual:.1f} mm) — lay the page flat and scan again",
    },
    "scan.reason.resolution_too_low": {
        "nl": "scan te grof ({dpi:.0f} dpi) — scan met {min_dpi:.0f} dpi of meer",
        "en": "scan too coarse ({dpi:.0f} dpi) — scan at {min_dpi:.0f} dpi or more",
    },
    "scan.reason.too_blurry": {"nl": "scan te onscherp — opnieuw scannen", "en": "scan too blurry — scan again"},
    "scan.reason.qr_missing": {
        "nl": "paginacode (QR-code rechtsboven) niet leesbaar — opnieuw scannen",
        "en": "page code (QR code, top right) not readable — scan again",
    },
    "scan.reason.qr_invalid": {
        "nl": "paginacode is geen Stemkiosk-paginacode ({detail}) — is dit wel ons formulier?",
        "en": "the page code is not a Stemkiosk page code ({detail}) — is this our form?",
    },
    "scan.reason.wrong_election": {
        "nl": "pagina hoort bij een andere verkiezing ({got}), niet bij {expected}",
        "en": "the page belongs to another election ({got}), not to {expected}",
    },
    "scan.reason.wrong_station": {
        "nl": "pagina hoort bij stembureau {got}, niet bij stembureau {expected}",
        "en": "the page belongs to polling station {got}, not to polling station {expected}",
    },
    "scan.reason.unknown_template": {
        "nl": "geen formulier bekend voor stembureau {station} van {election}",
        "en": "no form known for polling station {station} of {election}",
    },
    "scan.reason.template_version": {
        "nl": "formulier is gedrukt met sjabloonversie {got}, deze kiosk verwacht versie {expected} — nieuw formulier afdrukken",
        "en": "the form was printed with template version {got}, this kiosk expects version {expected} — print a new form",
    },
    "scan.reason.other_model": {
        "nl": "dit is een pagina van model {model} (stembureau {station}); ingevoerd wordt model {entered}: scan dat",
        "en": "this is a page of model {model} (polling station {station}); model {entered} is entered: scan that",
    },
    "scan.reason.page_count_mismatch": {
        "nl": "pagina zegt 'van {got}', maar dit formulier heeft {expected} pagina's — verkeerde afdruk?",
        "en": "the page says 'of {got}', but this form has {expected} pages — a wrong print?",
    },
    "scan.reason.page_out_of_range": {
        "nl": "pagina {page} bestaat niet in dit formulier ({count} pagina's)",
        "en": "page {page} does not exist in this form ({count} pages)",
    },
    "scan.reason.header_mismatch": {
        "nl": "gedrukte kop klopt niet met de paginacode ({detail}) — pagina controleren",
        "en": "the printed header does not match the page code ({detail}) — check the page",
    },
    # The scan service (kiosk)
    "scan.reason.folder": {
        "nl": "een map: de bestanden daarin worden niet ingelezen; lees die map apart in",
        "en": "a folder: the files in it are not read; read that folder on its own",
    },
    "scan.reason.special_file": {
        "nl": "geen gewoon bestand (een pijp, apparaat of socket): niet geopend en niet ingelezen",
        "en": "not a regular file (a pipe, device or socket): not opened and not read",
    },
    "scan.reason.pdf": {
        "nl": "een PDF, geen afbeelding: niet ingelezen; scan de pagina's als PNG, JPEG of TIFF",
        "en": "a PDF, not an image: not read; scan the pages as PNG, JPEG or TIFF",
    },
    "scan.reason.not_an_image": {
        "nl": "een {suffix}-bestand, geen afbeelding: niet ingelezen; alleen PNG, JPEG en TIFF worden ingelezen",
        "en": "a {suffix} file, not an image: not read; only PNG, JPEG and TIFF are read",
    },
    "scan.reason.no_extension": {
        "nl": "een bestand zonder extensie, geen afbeelding: niet ingelezen; alleen PNG, JPEG en TIFF worden ingelezen",
        "en": "a file without an extension, not an image: not read; only PNG, JPEG and TIFF are read",
    },
    "scan.reason.too_large": {"nl": "bestand te groot ({size} bytes)", "en": "file too large ({size} bytes)"},
    "scan.reason.unreadable": {"nl": "niet te lezen: {error}", "en": "cannot be read: {error}"},
    "scan.reason.duplicate": {
        "nl": "deze pagina is al gescand (stembureau {station}, pagina {page})",
        "en": "this page was scanned already (polling station {station}, page {page})",
    },
    "scan.reason.entry_started": {
        "nl": "de invoer van stembureau {station} is al begonnen; opnieuw scannen kan niet meer",
        "en": "the entry of polling station {station} has started; scanning again is no longer possible",
    },
    # One line per file (kiosk scan, kiosk demo)
    "scan.line.accepted": {
        "nl": "{source}: stembureau {station} pagina {page} ingelezen ({proposals} van {fields} velden voorgesteld)",
        "en": "{source}: polling station {station} page {page} read ({proposals} of {fields} fields proposed)",
    },
    "scan.line.replaced": {
        "nl": "{source}: stembureau {station} pagina {page} ingelezen, vervangt de eerdere scan ({proposals} van {fields} velden voorgesteld)",
        "en": "{source}: polling station {station} page {page} read, replaces the earlier scan ({proposals} of {fields} fields proposed)",
    },
}
