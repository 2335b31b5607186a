"""Screens reach the store only through services (``kiosk.tui.context``)."""

from pathlib import Path

from kiosk.services import audit_log, auth
from kiosk.tui.context import Bound, Services

TUI = Path(__file__).resolve().parents[2] / "kiosk" / "tui"


def test_a_bound_module_fills_in_the_store_and_passes_the_rest_through(demo_store):
    services = Services(demo_store, header_check=False)
    assert not hasattr(services, "store")
    assert services.audit.head() == audit_log.head(demo_store)
    names = {row["username"] for row in services.accounts.list_accounts()}
    assert names == {row["username"] for row in auth.list_accounts(demo_store)} and "coordinator" in names
    assert services.accounts.AuthError is auth.AuthError and services.accounts.ROLES == auth.ROLES
    # A function whose first parameter is not the store is the module's own.
    assert services.accounts.check_username is auth.check_username


def test_bound_follows_a_patched_module(demo_store, monkeypatch):
    bound = Bound(audit_log, demo_store)
    monkeypatch.setattr(audit_log, "head", lambda store: (store is demo_store, "x"))
    assert bound.head() == (True, "x")


def test_no_screen_or_widget_names_the_store():
    offenders = [
        str(path.relative_to(TUI))
        for path in TUI.rglob("*.py")
        if path.name != "context.py" and ("services.store" in path.read_text() or "_store" in path.read_text())
    ]
    assert offenders == []
