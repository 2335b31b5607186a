"""The words for the place that counts: a municipality, or one of the Caribbean public bodies
(Bonaire, Saba, Sint Eustatius), whose models say "openbaar lichaam" where a municipality's
say "gemeente" (as the Kiesraad's models and Abacus' templates do)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlaceWords:
    label: str  # before the name in the details: "Gemeente: Duinwijk"
    this: str  # "In deze gemeente is gekozen voor ..."
    committee: str  # the committee that counts centrally and adds up


MUNICIPALITY = PlaceWords("Gemeente", "deze gemeente", "gemeentelijk stembureau")
PUBLIC_BODY = PlaceWords("Openbaar lichaam", "dit openbaar lichaam", "stembureau voor het openbaar lichaam")


def place_words(spec) -> PlaceWords:
    return PUBLIC_BODY if getattr(spec, "public_body", False) else MUNICIPALITY
