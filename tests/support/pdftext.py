"""The text of a PDF as pdftotext lays it out, for tests that read what the paper says."""

from __future__ import annotations

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
