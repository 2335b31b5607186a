"""Stemkiosk OCR: images in, proposals out. Never imports `kiosk`."""
