"""The data of the page reader's refusals in words (``ocr.register.REFUSALS``), worded by
``kiosk.i18n.scan_words`` into the parameters of ``scan.reason.<code>`` (``catalog_scan.py``):
the markers a scan lacks (``names``), and the ``detail`` of an unreadable image, of a QR code that is
no page code and of a printed header that disagrees with it."""

MESSAGES = {
    # marker positions (ocr.forms.geometry.MARKERS) -> names of scan.reason.markers_missing
    "scan.marker.top_left": {"nl": "linksboven", "en": "top left"},
    "scan.marker.top_right": {"nl": "rechtsboven", "en": "top right"},
    "scan.marker.bottom_right": {"nl": "rechtsonder", "en": "bottom right"},
    "scan.marker.bottom_left": {"nl": "linksonder", "en": "bottom left"},
    "scan.marker.top_middle": {"nl": "midden boven", "en": "top middle"},
    "scan.marker.bottom_middle": {"nl": "midden onder", "en": "bottom middle"},
    "scan.markers.one": {"nl": "markering {position}", "en": "the {position} marker"},
    "scan.markers.many": {"nl": "markeringen {positions} en {last}", "en": "the {positions} and {last} markers"},
    # image_unreadable: problem (ocr.register.UnreadableImage) -> detail
    "scan.image.empty": {"nl": "geen beeld", "en": "no image"},
    "scan.image.channels": {"nl": "onverwachte vorm {size}", "en": "unexpected shape {size}"},
    "scan.image.too_small": {"nl": "te klein ({size} beeldpunten)", "en": "too small ({size} pixels)"},
    # qr_invalid: problem (ocr.forms.identity.PROBLEMS) -> detail
    "scan.qr.bad_election_id": {"nl": "ongeldige verkiezingscode", "en": "invalid election code"},
    "scan.qr.bad_template_version": {"nl": "ongeldige sjabloonversie", "en": "invalid template version"},
    "scan.qr.bad_number": {"nl": "ongeldig getal", "en": "invalid number"},
    "scan.qr.too_many_pages": {"nl": "te veel pagina's", "en": "too many pages"},
    "scan.qr.page_beyond_count": {
        "nl": "paginanummer groter dan het aantal pagina's",
        "en": "page number beyond the page count",
    },
    "scan.qr.not_ascii": {"nl": "vreemde tekens", "en": "unexpected characters"},
    "scan.qr.empty": {"nl": "lege paginacode", "en": "empty page code"},
    "scan.qr.malformed": {"nl": "onverwachte vorm", "en": "unexpected form"},
    "scan.qr.not_ours": {"nl": "geen Stemkiosk-paginacode", "en": "not a Stemkiosk page code"},
    "scan.qr.checksum": {"nl": "controlegetal klopt niet", "en": "check digits do not match"},
    # header_mismatch: problems (ocr.printed.header.PROBLEMS) -> detail, joined with "; "
    "scan.header.station_unreadable": {
        "nl": "stembureaunummer in de kop onleesbaar",
        "en": "polling station number in the header unreadable",
    },
    "scan.header.station_differs": {
        "nl": "kop zegt stembureau {read}, QR-code zegt {expected}",
        "en": "the header says polling station {read}, the QR code says {expected}",
    },
    "scan.header.page_unreadable": {
        "nl": "paginanummer in de kop onleesbaar",
        "en": "page number in the header unreadable",
    },
    "scan.header.page_differs": {
        "nl": "kop zegt pagina {read_page} van {read_count}, QR-code zegt pagina {page} van {count}",
        "en": "the header says page {read_page} of {read_count}, the QR code says page {page} of {count}",
    },
    "scan.header.text_missing": {
        "nl": "'{expected}' niet gevonden in de kop",
        "en": "'{expected}' not found in the header",
    },
    "scan.header.text_differs": {
        "nl": "kop zegt '{read}', formulier zegt '{expected}'",
        "en": "the header says '{read}', the form says '{expected}'",
    },
}
