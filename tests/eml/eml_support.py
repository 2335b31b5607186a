"""Helpers for the EML tests: where the Kiesraad example files are, and how to load them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

# The shared folder sits beside the repository checkout (here and in CI).
EXAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "eml" / "examples"
CREATED = datetime(2026, 2, 6, 17, 11, 55)


def example(name: str) -> bytes:
    if not EXAMPLES.is_dir():
        pytest.skip(f"Kiesraad example EML files not found at {EXAMPLES.resolve()}")
    return (EXAMPLES / name).read_bytes()


def examples_matching(pattern: str) -> list[str]:
    """File names for parametrize; empty (tests then skip) when the folder is absent."""
    return sorted(p.name for p in EXAMPLES.glob(pattern)) if EXAMPLES.is_dir() else []
