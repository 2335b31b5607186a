"""The text of a PDF as pdftotext lays it out, for tests that read what the paper says."""

from __future__ import annotations

import re
import subprocess

import pytest


def pdf_text(pdf: bytes) -> str:
    """``pdftotext -layout`` of ``pdf``; the test is skipped where poppler-utils is missing."""
    try:
        return subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")


def pdf_words(pdf: bytes) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, every word pdftotext finds: (x0, y0, x1, y1) in mm and its text."""
    try:
        html = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    mm = 25.4 / 72
    pages = []
    for page in html.decode("utf-8").split("<page ")[1:]:
        words = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
        )
        pages.append([(float(a) * mm, float(b) * mm, float(c) * mm, float(d) * mm, w) for a, b, c, d, w in words])
    return pages
