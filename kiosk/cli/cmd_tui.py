"""`kiosk tui`: the terminal UI of the kiosk."""

from __future__ import annotations

import sys
from argparse import Namespace

from kiosk.cli.context import store_from
from kiosk.cli.errors import CliError
from kiosk.i18n import refusal_text, report_faults_to, t


def register(commands) -> None:
    parser = commands.add_parser("tui", help="start the terminal UI (the default command)")
    parser.add_argument("--dev", action="store_true", help="development mode: ctrl+q quits")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    from kiosk.config import ConfigError, KioskConfig

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CliError(t("cli.no_terminal"))
    store = store_from(args)
    report_faults_to(store.home)  # words that cannot be made are logged in this data directory
    try:
        try:
            config = KioskConfig.load(store.home)
        except ConfigError as error:
            raise CliError(refusal_text(error)) from None
        # textual-image asks the terminal what it can show (sixel, kitty) before
        # Textual takes the terminal over; it cannot ask afterwards.
        import kiosk.tui  # noqa: F401  (before Textual: it sets Textual's frame rate)

        # isort: split
        import textual_image.widget  # noqa: F401  (imported for its side effect: the terminal query)

        from kiosk.tui.app import KioskApp
        from kiosk.tui.context import Services

        # The demo and the rehearsal count nothing: a network only warns there.
        demo = getattr(args, "demo", False)
        demo_login = None
        if demo:
            from kiosk.demo import setup

            demo_login = (tuple(name for name, _ in setup.DEMO_ACCOUNTS), setup.DEMO_PASSWORD)
        app = KioskApp(Services(store, config, enforce_airgap=not demo, demo_login=demo_login), dev=args.dev)
        app.run()
    finally:
        store.close()
    return 0
