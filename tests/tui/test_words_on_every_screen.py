"""Every screen in both languages: no catalogue key shown raw, no word of the other language.

The screens are reached as people reach them (login, overview, entry, resolve,
scan inbox, hand totals, sheet, accounts, backup, audit, lock, air gap, the F11
dialog); on each the text on the terminal is read in Dutch, then after F2 in English.
Names from the election (stations, lists, candidates) are data, not words of the UI.
"""

from __future__ import annotations

import html
import re

import pytest

from kiosk.airgap import reason
from kiosk.demo.scans import demo_paper
from kiosk.i18n import catalogue, language, set_language
from kiosk.services.printing import PrintResult
from kiosk.tui.screens.audit_words import action_text, details_text
from kiosk.tui.widgets.network_words import status_line
from kiosk.tui.widgets.words import counted
from tests.support.entry import VERIFIER_1, VERIFIER_2, type_entry
from tests.tui.conftest import log_in, run

#: Words of one language that must not show in the other's UI (whole words, any case).
DUTCH = (
    "stembureau",
    "stembureaus",
    "invoer",
    "fout",
    "fouten",
    "geen",
    "alle",
    "leeg",
    "gescand",
    "definitief",
    "afmelden",
    "vergrendel",
    "terug",
    "bevestigd",
)
ENGLISH = (
    "station",
    "stations",
    "entry",
    "entries",
    "error",
    "errors",
    "none",
    "all",
    "empty",
    "scanned",
    "definitive",
    "lock",
    "back",
    "confirmed",
    "refused",
)
#: Where the other language is meant: the language key names the other language.
ALLOWED = {"English", "Nederlands"}
KEY_LIKE = re.compile(r"[A-Za-z_0-9]+(?:\.[A-Za-z_0-9]+)+")
TEXT = re.compile(r'<text[^>]*\by="([0-9.]+)"[^>]*>(.*?)</text>', re.S)


def screen_text(app) -> str:
    """The terminal's text, line by line (from the SVG screenshot, as the snapshot tests see it)."""
    lines: dict[float, list[str]] = {}
    for y, content in TEXT.findall(app.export_screenshot()):
        lines.setdefault(float(y), []).append(html.unescape(re.sub(r"<[^>]+>", "", content)))
    return "\n".join("".join(parts).replace("\xa0", " ") for _, parts in sorted(lines.items()))


def data_names(entries) -> list[str]:
    election = entries.election
    names = [election.name, election.domain_name or ""]
    names += [s.name for s in election.stations]
    for party in election.lists:
        names.append(party.name)
        names += [c.display_name for c in party.candidates]
    return sorted((n for n in names if n), key=len, reverse=True)


def problems(text: str, lang: str, names: list[str]) -> list[str]:
    found = [f"raw key {key!r}" for key in KEY_LIKE.findall(text) if key in catalogue()]
    for name in names:
        text = text.replace(name, " ")
    for word in ALLOWED:
        text = text.replace(word, " ")
    foreign = ENGLISH if lang == "nl" else DUTCH
    for word in foreign:
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I):
            found.append(f"{'English' if lang == 'nl' else 'Dutch'} word {word!r}")
    return found


@pytest.mark.slow
def test_every_screen_in_both_languages(make_app, network):
    app = make_app()
    entries = app.services.entries
    names = data_names(entries)
    paper = demo_paper(entries, 1)
    type_entry(entries, VERIFIER_1, 1, 1, paper)
    type_entry(entries, VERIFIER_2, 1, 2, dict(paper, A=paper["A"] + 10))
    report: dict[str, list[str]] = {}

    async def check(pilot, name: str) -> None:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for lang in ("nl", "en"):
            if language() != lang:
                await pilot.press("f2")
                await pilot.pause()
            text = screen_text(pilot.app)
            found = problems(text, lang, names)
            if name not in ("login", "air gap"):  # logged in: the logout key is in the key bar
                logout = "Ctrl+L  Afmelden" if lang == "nl" else "Ctrl+L  Log out"
                if logout not in text:
                    found.append(f"no {logout!r} in the key bar")
            if found:
                report[f"{name} ({lang})"] = found
        await pilot.press("f2")  # back to Dutch
        await pilot.pause()

    async def open_and_check(pilot, key: str, name: str) -> None:
        await pilot.press(key)
        await check(pilot, name)
        await pilot.press("escape")
        await pilot.pause()

    async def scenario(pilot):
        await check(pilot, "login")
        await log_in(pilot, "coordinator")
        await check(pilot, "dashboard")
        await pilot.press("2", "f4")  # entry without scan: the entry screen
        await check(pilot, "entry")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("2", "f11")  # station 2's first entry is held: the release dialog
        await check(pilot, "release")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("1", "enter")  # differences
        await check(pilot, "resolve")
        await pilot.press("escape")
        await pilot.pause()
        for key, name in (
            ("f3", "scan inbox"),
            ("f5", "hand totals"),
            ("f6", "sheet"),
            ("f7", "accounts"),
            ("f8", "backup"),
            ("f9", "audit"),
        ):
            await open_and_check(pilot, key, name)
        await pilot.press("f12")
        await check(pilot, "lock")
        await pilot.press("ctrl+l")
        await pilot.pause()
        network.reasons = [
            reason("carrier", name="eth0"),
            reason("address", name="eth0", address="10.0.0.5"),
            reason("ipv4", address="10.0.0.5"),
            reason("route_gateway", interface="eth0", gateway="10.0.0.1"),
        ]
        app.check_network()
        await check(pilot, "air gap")

    run(app, scenario)
    assert report == {}


def test_words_that_were_wrong(tmp_path):
    """The slips found on the appliance, one by one."""
    saved = language()
    try:
        set_language("nl")
        assert counted("tui.dash.count.has_errors", 1) == "1 met fouten"
        assert counted("tui.dash.count.entries_differ", 1) == "1 met verschil"
        assert counted("tui.resolve.total", 1) == "Samen: 1 veld in te voeren."
        assert counted("tui.resolve.total", 3) == "Samen: 3 velden in te voeren."
        line = status_line(
            [
                reason("carrier", name="eth0"),
                reason("address", name="eth0", address="10.0.0.5"),
                reason("ipv4", address="10.0.0.5"),
                reason("route_gateway", interface="eth0", gateway="10.0.0.1"),
            ],
            enforced=True,
        )
        assert line == "Netwerk AANWEZIG via eth0 (10.0.0.5). Invoeren en afdrukken zijn geblokkeerd."
        lp_said = "lp: Error - The printer or class does not exist."
        failed = PrintResult("failed", tmp_path / "totals.pdf", "gsb-a4", lp_said, "no_printer").text()
        assert ".." not in failed
        assert failed.startswith("Afdrukken op gsb-a4 is mislukt: het afdruksysteem kent geen printer met deze naam.")
        assert "Error" not in failed and "lp:" not in failed  # lp's English only in the audit log
        assert action_text("station.FieldConfirmed") == "veld bevestigd"
        assert action_text("totals.sealed") == "uitslag verzegeld"
        details = {
            "station": 3,
            "status": "first_entry",
            "event": {
                "type": "FieldConfirmed",
                "entry": 1,
                "code": "A",
                "value": 812,
                "actor": {"account": "invoerder1", "role": "verifier"},
                "at": "2026-03-18T21:00:00+00:00",
            },
        }
        assert details_text("station.FieldConfirmed", details) == "stembureau 3, invoer 1, veld A = 812"
        assert action_text("something.new") == "something.new"  # unknown: its code, details as name: value
        assert details_text("something.new", {"a": 1, "b": "x"}) == "a: 1, b: x"
        assert details_text("login", {"role": "clerk"}) == "rol scanmedewerker"
        set_language("en")
        assert counted("tui.dash.count.has_errors", 1) == "1 with errors"
        assert details_text("station.FieldConfirmed", details) == "station 3, entry 1, field A = 812"
        assert action_text("login") == "logged in"
    finally:
        set_language(saved)
