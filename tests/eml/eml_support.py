"""Helpers for the EML tests: where the Kiesraad example files are, and how to load them."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation

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


# -- generated elections ------------------------------------------------------------------------

FIRST_NAMES = ["Anaïs", "Zoë", "Jan", "Geert-Jan", "Noël", "Ömer", "Eléonore", "Siebe", "Çem", "Ruud"]
LAST_NAMES = ["Berg", "Bakker", "Jaspers-Gezen", "Öztürk", "Hoen", "Dijk", "Mölenaar", "Ĳzerman", "Sánchez"]
LIST_WORDS = ["Lijst", "Partij voor", "Groep"]
PREFIXES = ["", "", "", "van", "de", "van der", "van den", "in ’t", "van ’t", "ter", "d’"]
PLACES = ["", "Heemdamseburg", "’s-Gravenveen", "Juinen", "Den Haag", "Sint-Oedenrode", "Ĳsselstein"]
GENDERS = ["", "male", "female", "other", "unknown"]


def random_candidate(rng: random.Random, list_number: int, position: int) -> Candidate:
    first = rng.choice(FIRST_NAMES)
    return Candidate(
        list_number=list_number,
        position=position,
        last_name=rng.choice(LAST_NAMES),
        initials=rng.choice(["", first[0] + ".", first[0] + ".B.C."]),
        first_name=rng.choice(["", first]),
        prefix=rng.choice(PREFIXES),
        locality=rng.choice(PLACES),
        gender=rng.choice(GENDERS),
    )


def largest_election() -> Election:
    """Tweede Kamer scale: 40 lists of 80 candidates, 450 polling stations (the same every time)."""
    rng = random.Random(7)
    return Election(
        id="TK2025",
        name="Tweede Kamer der Staten-Generaal 2025",
        category="TK",
        subcategory="TK",
        domain_id="",
        domain_name="",
        election_date=date(2025, 10, 29),
        number_of_seats=150,
        lists=tuple(
            PartyList(n, f"Partij {n}", tuple(random_candidate(rng, n, p) for p in range(1, 81))) for n in range(1, 41)
        ),
        stations=tuple(PollingStation(n, f"Stembureau {n}", "3511 AB", 1000 + n) for n in range(1, 451)),
    )
