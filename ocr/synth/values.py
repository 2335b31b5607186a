"""Plausible, internally consistent results of one station, for synthetic forms."""

from __future__ import annotations

import numpy as np


def random_values(
    template: dict, rng: np.random.Generator, p_empty: float = 0.0, p_difference: float = 0.2, max_votes: int = 400
) -> dict:
    """{code: value} for every field of the template, consistent like a correct paper PV.

    p_empty: chance that a count is left empty (None) on paper — the arithmetic is then no longer
    checkable; p_difference: chance that D and H differ.
    """
    values: dict = {}
    e_total = 0
    for pl in template["lists"]:
        n, total = pl["number"], 0
        weight = rng.pareto(1.2) + 0.05
        for c in range(1, pl["candidates"] + 1):
            v = int(rng.poisson(max_votes * weight / (c**1.3) / 10))
            values[f"L{n}.{c}"] = v
            total += v
        values[f"L{n}.T"] = total
        values[f"E.{n}"] = total
        e_total += total
    f, gv = int(rng.integers(0, 8)), int(rng.integers(0, 8))
    h = e_total + f + gv
    diff = 0 if rng.random() >= p_difference else int(rng.choice([-1, 1]) * rng.integers(1, 4))
    d = max(0, h + diff)
    has_c = template.get("has_C", False)
    b = int(rng.integers(0, max(1, d // 20) + 1)) if d else 0
    c = int(rng.integers(0, max(1, (d - b) // 30) + 1)) if has_c and d - b > 0 else 0
    values.update(A=d - b - c, B=b, D=d, E=e_total, F=f, G=gv, H=h, I=max(0, h - d), J=max(0, d - h))
    if has_c:
        values["C"] = c
    values["K.eq"], values["K.gt"], values["K.lt"] = d == h, h > d, h < d
    values["K.yes"] = (d != h) and bool(rng.random() < 0.7)
    values["K.no"] = (d != h) and not values["K.yes"]
    _questions(template, rng, values, d != h)
    if p_empty:
        for code, v in list(values.items()):
            if not isinstance(v, bool) and rng.random() < p_empty:
                values[code] = None
    return values


def _questions(template: dict, rng: np.random.Generator, values: dict, differ: bool) -> None:
    """Yes/no questions (R.*, B1.*: one of the pair ticked) and signatures (S.*: most members sign) of
    the official models; nothing for a template without them (no random draws either)."""
    codes = [f["code"] for p in template["pages"] for f in p["fields"] if f["kind"] != "count"]
    pairs = sorted({c.rsplit(".", 1)[0] for c in codes if c.startswith(("R.", "B1.")) and c.endswith(".yes")})
    for prefix in pairs:
        yes = bool(rng.random() < (0.6 if prefix == "R.events" and differ else 0.25))
        values[f"{prefix}.yes"], values[f"{prefix}.no"] = yes, not yes
    for code in codes:
        if code.startswith("S."):
            values[code] = bool(int(code[2:]) <= 3 or rng.random() < 0.5)
