"""Plausible, internally consistent station results, for the demo, tests and benchmarks.

Built bottom-up as a polling station fills in its paper: candidate votes, list
totals, then the front page, so that no Kiesraad rule fires unless asked to.
"""

from __future__ import annotations

import random

from kiosk.domain.fields import question_codes, signature_codes
from kiosk.domain.form_model import MIN_SIGNATURES, FormModel
from kiosk.domain.shape import ElectionShape


def consistent_results(shape: ElectionShape, rng: random.Random, voters: int = 1500, difference: int = 0) -> dict:
    """Field code -> value. ``difference`` = H − D (ballots counted minus admitted), kept explained."""
    turnout = max(1, int(voters * rng.uniform(0.45, 0.8)))
    values: dict = {}
    total_e = 0
    weights = {number: rng.uniform(0.2, 3.0) for number in shape.list_numbers}
    weight_sum = sum(weights.values())
    for number in shape.list_numbers:
        list_votes = int(turnout * 0.97 * weights[number] / weight_sum)
        size = shape.candidates(number)
        # Most votes go to the list leader, the rest spread out.
        shares = [rng.uniform(0.1, 1.0) for _ in range(size)]
        shares[0] += size * 0.5
        share_sum = sum(shares)
        votes = [int(list_votes * s / share_sum) for s in shares]
        votes[0] += list_votes - sum(votes)
        for position, count in enumerate(votes, start=1):
            values[f"L{number}.{position}"] = count
        values[f"L{number}.T"] = list_votes
        values[f"E.{number}"] = list_votes
        total_e += list_votes
    blank = rng.randrange(0, max(1, total_e // 100))
    invalid = rng.randrange(0, max(1, total_e // 150))
    cast = total_e + blank + invalid
    admitted = cast - difference
    values.update({"E": total_e, "F": blank, "G": invalid, "H": cast, "D": admitted})
    proxies = rng.randrange(0, max(1, admitted // 20))
    voter_cards = rng.randrange(0, max(1, admitted // 50)) if shape.has_voter_cards else 0
    values["A"] = admitted - proxies - voter_cards
    values["B"] = proxies
    if shape.has_voter_cards:
        values["C"] = voter_cards
    values["I"] = max(difference, 0)
    values["J"] = max(-difference, 0)
    values["K.eq"] = difference == 0
    values["K.gt"] = difference > 0
    values["K.lt"] = difference < 0
    values["K.yes"] = difference != 0
    values["K.no"] = False
    values.update(_report(shape, rng))
    return values


def _report(shape: ElectionShape, rng: random.Random) -> dict:
    """The questions and signatures of the paper model: no objections, every question answered,
    the Bijlage's investigation questions "no", and between 3 and 7 members signed. Drawn after
    the counts, so the counts of a seed are the same on every model."""
    values: dict = {}
    for code in question_codes(shape):
        values[code] = code.endswith(".no")
    if shape.model is FormModel.NA31_2_B1:  # B1-2.1: the station's difference was explained
        values["B1.sb_explained.yes"], values["B1.sb_explained.no"] = True, False
    if shape.model is FormModel.N10_1 and rng.random() < 0.3:  # a station notes a remark now and then
        values["R.notes_vote.yes"], values["R.notes_vote.no"] = True, False
    signers = rng.randint(MIN_SIGNATURES, len(signature_codes(shape))) if signature_codes(shape) else 0
    for position, code in enumerate(signature_codes(shape), start=1):
        values[code] = position <= signers
    return values
