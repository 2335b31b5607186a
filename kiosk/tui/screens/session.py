"""What every screen after login shares: one key that logs out, shown in every key bar.

The key is Ctrl+L everywhere (it is taken by no screen and no widget; F4 already
means "entry without scan" on the overview and "type again" on the hand count).
Logging out leaves whatever is open as a pause would: every confirmed value is
already on disk and the claim of an entry stays with its owner, who resumes at
the same field after logging in again. The app then shows the login screen.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import ModalScreen, Screen

from kiosk.tui.screens.fault import FaultGuard

#: The binding and how the key bars name it.
LOGOUT_BINDING = "ctrl+l"
LOGOUT_LABEL = "Ctrl+L"
LOGOUT_KEY = (LOGOUT_LABEL, "tui.key.logout")


class SessionScreen(FaultGuard, Screen):
    """Base of the screens shown to a logged-in person."""

    BINDINGS = [Binding(LOGOUT_BINDING, "log_out", show=False)]

    def before_log_out(self) -> None:
        """Stop what the screen has running (a queue of pages) before the app leaves it."""

    def action_log_out(self) -> None:
        if self.app.account is None:
            return
        for screen in list(self.app.screen_stack):
            hook = getattr(screen, "before_log_out", None)
            if hook is not None:
                hook()
        self.app.log_out()


class SessionModal(FaultGuard, ModalScreen):
    """A dialog over a session screen: the same logout key works here too."""

    BINDINGS = [Binding(LOGOUT_BINDING, "log_out", show=False)]

    def action_log_out(self) -> None:
        SessionScreen.action_log_out(self)  # type: ignore[arg-type]
