"""Which paper the kiosk enters for a station: the counting method decides the model.

- Decentral counting (DSO): the station counts everything, per candidate too, on
  **Model N 10-1**; the kiosk enters that PV, part 1 (objections, remarks) and the
  signatures included.
- Central counting (CSO): the station counts per list on **Model N 10-2**; the
  municipality's counting team counts per candidate a day later and writes one
  **Na 31-2 Bijlage 1** per station. The kiosk enters the Bijlage (models.md §1).
- ``SB_PV`` is the kiosk's own counts-only form from before the official models: an
  election whose counting method was never chosen keeps it, so a store made by an
  earlier kiosk reads exactly as it did (its definitive results, hashes included).
"""

from __future__ import annotations

import enum

from kiosk.domain.errors import DomainError


class CountingMethod(enum.Enum):
    DSO = "DSO"  # decentrale stemopneming
    CSO = "CSO"  # centrale stemopneming


class FormModel(enum.Enum):
    SB_PV = "SB-PV"
    N10_1 = "N10-1"
    NA31_2_B1 = "Na31-2-B1"

    @classmethod
    def for_method(cls, method: CountingMethod | None) -> FormModel:
        """The model the kiosk enters under ``method`` (None: not chosen, the legacy form)."""
        if method is None:
            return cls.SB_PV
        return cls.N10_1 if method is CountingMethod.DSO else cls.NA31_2_B1


#: Part 1 of N 10-1, "Verslag van de zitting": the yes/no questions in paper order, each
#: above the ruled area where the station writes what happened. Field codes R.<topic>.yes/no.
REPORT_TOPICS: tuple[str, ...] = ("obj_vote", "events", "notes_vote", "obj_count", "notes_count")
#: The topics that are objections (bezwaren): a "yes" is warning SK.W02.
OBJECTION_TOPICS: tuple[str, ...] = ("obj_vote", "obj_count")

#: Na 31-2 Bijlage 1 questions (B1-1 and B1-2), paper order. Field codes B1.<question>.yes/no.
#: extra: B1-1 extra investigation for another reason than an unexplained difference;
#: recount: B1-1 ballots (partly) recounted; sb_explained: B1-2.1 the station's difference
#: fully explained; lists_differ: B1-2.3 the counts per list differ from the station's.
INVESTIGATION_QUESTIONS: tuple[str, ...] = ("extra", "recount")
COUNTING_DIFFERENCE_QUESTIONS: tuple[str, ...] = ("sb_explained", "lists_differ")
BIJLAGE_QUESTIONS: tuple[str, ...] = INVESTIGATION_QUESTIONS + COUNTING_DIFFERENCE_QUESTIONS

#: N 10-1 Deel 3: voorzitter (S.1), two members (S.2, S.3) and four further lines (S.4-S.7).
SIGNATURE_BOXES = 7
#: "All present sign, at least 3" (models.md §2): fewer signed boxes is warning SK.W01.
MIN_SIGNATURES = 3


def choose_counting_method(current: CountingMethod | None, wanted: CountingMethod, paper_in_use: bool) -> None:
    """The rule for choosing the counting method: once, and before any paper is scanned
    or entered (a choice afterwards would change the fields of what is already there).

    Raises DomainError ``counting_method.already_chosen`` (``method``) or
    ``counting_method.paper_in_use``."""
    if current is not None:
        raise DomainError(
            "counting_method.already_chosen",
            f"the counting method was chosen already: {current.value}",
            method=current.value,
        )
    if paper_in_use:
        raise DomainError(
            "counting_method.paper_in_use",
            "pages were scanned or results entered already: the counting method can no longer be chosen",
        )
    if not isinstance(wanted, CountingMethod):
        raise DomainError("counting_method.unknown", f"unknown counting method {wanted!r}", method=repr(wanted))
