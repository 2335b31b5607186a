"""Benchmark: the EML writers at the largest scale, and how fast hostile EML files are refused.

The suite checks what these do (tests/eml, tests/attack); how long they take is measured here, each
next to a baseline measured in the same run on the same machine:

- round trip: writing the election definition (110a), candidate lists (230b) and polling stations
  (110b) of a Tweede Kamer-sized election (40 lists × 80 candidates, 450 stations) with strict XSD
  validation and reading all three back, vs. parsing and serialising the same bytes with bare lxml
  (no schema, no Kiesraad structure);
- refusals: each hostile file (billion laughs in UTF-8 and UTF-16, an external entity, 25 MB of
  garbage, a 5 000-digit station number), vs. reading the Kiesraad's valid example file of that kind.
  A refusal should cost no more than reading a good file: it must never expand, fetch or parse what
  it refuses.

Run:  .venv/bin/python tests/bench/bench_eml.py [--repeat 5]
The suite's old bounds are shown as targets (round trip ≤ 5 s, each refusal ≤ 1 s); nothing here
fails on time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lxml import etree
from timing import timed  # noqa: E402  (tests/bench/timing.py)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eml"))
from eml_support import CREATED, EXAMPLES, largest_election  # noqa: E402  (tests/eml/eml_support.py)

from kiosk.domain.election import Election
from kiosk.eml import EmlError, read_any, read_candidate_lists, read_election_definition, read_polling_stations
from kiosk.eml.write import write_candidate_lists, write_election_definition, write_polling_stations

LAUGHS = b"".join(
    b' <!ENTITY lol%d "%s">\n' % (level, (b"&lol%d;" % (level - 1)) * 10 if level else b"lol") for level in range(10)
)
BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n'
    + LAUGHS
    + b']>\n<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="110a">&lol9;</EML>'
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE EML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    b'<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="110a">&secret;</EML>'
)


def round_trip(election: Election) -> int:
    a = write_election_definition(election, created=CREATED)
    b = write_candidate_lists(election, created=CREATED)
    c = write_polling_stations(election, created=CREATED, authority_id="0344")
    read_election_definition(a, "110a.xml")
    read_candidate_lists(b, "230b.xml")
    read_polling_stations(c, "110b.xml")
    return len(a) + len(b) + len(c)


def bare_round_trip(documents: tuple[bytes, ...]) -> int:
    return sum(len(etree.tostring(etree.fromstring(d))) for d in documents)


def refusal_code(data: bytes) -> str:
    try:
        read_any(data, "bestand.eml.xml")
    except EmlError as error:
        return error.code
    return "accepted (!)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = []

    election = largest_election()
    t_trip, size = timed(lambda: round_trip(election), max(1, args.repeat // 2))
    documents = (
        write_election_definition(election, created=CREATED),
        write_candidate_lists(election, created=CREATED),
        write_polling_stations(election, created=CREATED, authority_id="0344"),
    )
    t_bare, _ = timed(lambda: bare_round_trip(documents), args.repeat)
    rows.append((f"110a+230b+110b round trip ({size / 1e6:.1f} MB)", t_trip, "bare lxml parse+dump", t_bare, "≤ 5 s"))

    if not EXAMPLES.is_dir():
        print(f"{EXAMPLES} is absent: the refusal rows need the Kiesraad example files")
    else:
        good = {kind: (EXAMPLES / f"eml{kind}_test.eml.xml").read_bytes() for kind in ("110a", "110b")}
        t_good = {
            kind: timed(lambda d=data: read_any(d, "goed.eml.xml"), args.repeat)[0] for kind, data in good.items()
        }
        huge = b"9" * 5000
        hostile = (
            ("billion laughs", "110a", BILLION_LAUGHS),
            (
                "billion laughs, UTF-16",
                "110a",
                BILLION_LAUGHS.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="UTF-16"?>')
                .decode()
                .encode("utf-16"),
            ),
            ("external entity", "110a", EXTERNAL_ENTITY),
            ("25 MB of garbage", "110a", b"<EML>" + b"x" * (25 * 1024 * 1024)),
            (
                "5 000-digit station number",
                "110b",
                good["110b"].replace(b'PollingStation Id="1"', b'PollingStation Id="' + huge + b'"'),
            ),
        )
        for name, kind, data in hostile:
            seconds, code = timed(lambda d=data: refusal_code(d), args.repeat)
            rows.append((f"refuse {name} ({code})", seconds, f"read valid {kind}", t_good[kind], "≤ 1 s"))

    print(f"\n{'measurement':<60} {'ms':>9}   {'baseline':<22} {'ms':>9}   target")
    for name, seconds, base_name, base_seconds, target in rows:
        print(f"{name:<60} {seconds * 1e3:>9.2f}   {base_name:<22} {base_seconds * 1e3:>9.2f}   {target}")


if __name__ == "__main__":
    main()
