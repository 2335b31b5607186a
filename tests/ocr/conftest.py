"""Fixtures for the form, synthesis and registration tests (not tests/ocr/digits)."""

from __future__ import annotations

import numpy as np
import pytest
from ocr_forms_support import SRC_DPI, small_spec

from ocr.forms import FormSpec, build_template
from ocr.synth import FontDigits, render_blank, synth_page


@pytest.fixture(scope="session")
def form_spec() -> FormSpec:
    return small_spec()


@pytest.fixture(scope="session")
def form_template(form_spec) -> dict:
    return build_template(form_spec)


@pytest.fixture(scope="session")
def filled_front(form_template):
    """Front page at 300 dpi with handwriting (FontDigits), and its truth."""
    rng = np.random.default_rng(20260318)
    blank = render_blank(form_template, 1, SRC_DPI)
    return synth_page(form_template, 1, None, FontDigits(), rng, dpi=SRC_DPI, writer_id=7, blank=blank)
