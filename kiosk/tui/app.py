"""The kiosk application: login, idle lock, language, and no way out for users.

Screens are pushed on top of the login screen; logging out or locking returns
to it. The app holds who is logged in; every action goes through ``Services``,
and the domain checks the role again.
"""

from __future__ import annotations

import gc
import time
from contextlib import contextmanager

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input

from kiosk.i18n import language, refusal_text, set_language, t
from kiosk.services.auth import Account
from kiosk.services.network import CHECK_INTERVAL
from kiosk.tui.context import Services
from kiosk.tui.screens.too_small import TooSmallScreen, too_small
from kiosk.tui.widgets.message_line import MessageLine

#: The mode (a screen stack of its own) that shows "make the window larger"; the kiosk's own
#: screens stay as they are in the default mode meanwhile.
TOO_SMALL = "too_small"


class KioskApp(App):
    # A fault (full disk, damaged database, a bug) opens the fault screen instead of ending
    # the kiosk with a traceback. Tests turn it off so that an error fails the test.
    SHOW_FAULTS = True
    CSS_PATH = "app.tcss"
    TITLE = "Stemkiosk"
    ENABLE_COMMAND_PALETTE = False
    MODES = {"_default": Screen, TOO_SMALL: TooSmallScreen}
    # A kiosk cannot be left: ctrl+q and ctrl+c are taken over (priority) and do
    # nothing for users; --dev turns ctrl+q back into quit for developers.
    BINDINGS = [
        Binding("ctrl+q", "kiosk_quit", show=False, priority=True),
        Binding("ctrl+c", "kiosk_quit", show=False, priority=True),
        Binding("ctrl+z", "nothing", show=False, priority=True),
        Binding("f12", "lock", show=False, priority=True),
        Binding("f2", "toggle_language", show=False, priority=True),
    ]

    def __init__(
        self,
        services: Services,
        *,
        dev: bool = False,
        image_mode: str = "auto",
        idle_lock_seconds: float | None = None,
        clock=time.monotonic,
        blink: bool = True,
    ):
        super().__init__()
        self.blink = blink  # off for snapshot tests: a blinking cursor is not reproducible
        self.services = services
        self.dev = dev
        self.image_mode = image_mode  # "auto" (sixel/kitty/half-cell), "halfcell" (tests), "none"
        minutes = services.config.idle_lock_minutes
        self.idle_lock_seconds = idle_lock_seconds if idle_lock_seconds is not None else minutes * 60
        self.clock = clock
        self.account: Account | None = None
        self.last_activity = clock()
        self._warned_network = False
        self._language_when_small = language()

    # -- start and who is logged in --------------------------------------------

    def on_mount(self) -> None:
        from kiosk.tui.screens.login import LoginScreen

        # What exists now (modules, the election, Textual itself) lives all night: out of the cyclic
        # garbage collector's reach, whose full passes over it paused the entry screen for tens of
        # milliseconds now and then (tests/bench/bench_tui.py: crop drawn p95 87 ms -> 60 ms). Garbage
        # is collected first, so only what is alive is frozen.
        gc.collect()
        gc.freeze()

        with self.on_main_stack():  # the first resize may have shown the too-small screen already
            self.push_screen(LoginScreen())
        self.check_size()
        self.set_interval(1.0, self.lock_if_idle, name="idle-lock")
        self.check_network()
        self.set_interval(CHECK_INTERVAL.total_seconds(), self.check_network, name="air-gap")

    def logged_in(self, account: Account) -> None:
        from kiosk.tui.screens.dashboard import DashboardScreen

        self.account = account
        self.last_activity = self.clock()
        self.push_screen(DashboardScreen())

    def log_out(self) -> None:
        self.account = None
        while len(self.screen_stack) > 2:
            self.pop_screen()
        from kiosk.tui.screens.login import LoginScreen

        if isinstance(self.screen, LoginScreen):
            self.screen.reset()

    # -- the terminal's size ---------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        # This runs before App's own handler has taken the new size; switching modes now would lay
        # the screens out at the old size (and a background screen then bounces between both).
        self.call_later(self.check_size)
        self.clear_messages()

    def clear_messages(self) -> None:
        """Old news off every message line: after a lock, an unlock or a resize, what a line said
        belonged to what came before (a refusal, a released entry) and would mislead now."""
        if not self.screen_stack:
            return
        for screen in self.main_stack:
            clear = getattr(screen, "clear_message", None)
            if clear is not None:
                clear()
            else:
                for line in screen.query(MessageLine):
                    line.say("")

    def check_size(self) -> None:
        """Below the minimum size the too-small screen shows instead; resized up, the kiosk's screens
        come back as they were (an entry with its field and what was typed in it)."""
        small = too_small(*self.size)
        if small and self.current_mode != TOO_SMALL:
            self._language_when_small = language()
            self.switch_mode(TOO_SMALL)
        elif not small and self.current_mode == TOO_SMALL:
            self.switch_mode(self.DEFAULT_MODE)
            if language() != self._language_when_small:  # F2 was pressed meanwhile
                for screen in self.screen_stack:
                    if hasattr(screen, "retranslate"):
                        screen.retranslate()

    @property
    def main_stack(self) -> list[Screen]:
        """The kiosk's own screens, also while the too-small screen shows instead of them."""
        return self.get_screen_stack(self.DEFAULT_MODE)

    @contextmanager
    def on_main_stack(self):
        """Within this, ``screen`` and ``push_screen`` are the kiosk's own stack's, also while the
        too-small screen shows (a lock, a network warning or a fault waits there, on top)."""
        small = self.current_mode == TOO_SMALL
        if small:
            self.switch_mode(self.DEFAULT_MODE)
        try:
            yield
        finally:
            if small:
                self.switch_mode(TOO_SMALL)

    # -- air gap -----------------------------------------------------------------

    def check_network(self) -> None:
        """Every 30 s: a network blocks the whole screen until it is gone (the
        services refuse entry and printing anyway; this makes it unmissable)."""
        from kiosk.tui.screens.airgap import AirgapScreen

        report = self.services.network.check()
        if not self.screen_stack:  # the app is closing: a timer may still fire once
            return
        showing = isinstance(self.main_stack[-1], AirgapScreen)
        if report.present and self.services.enforce_airgap:
            if showing:
                self.main_stack[-1].show(report)
            else:
                with self.on_main_stack():
                    self.push_screen(AirgapScreen(report))
        elif showing:
            with self.on_main_stack():
                self.pop_screen()
        if report.present and not self.services.enforce_airgap and not self._warned_network:
            self._warned_network = True
            self.notify(t("tui.airgap.demo_warning"), severity="warning", timeout=15)

    # -- idle lock -------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):
            self.last_activity = self.clock()
        await super().on_event(event)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if not self.blink and isinstance(event.widget, Input):
            event.widget.cursor_blink = False

    def lock_if_idle(self) -> None:
        from kiosk.tui.screens.airgap import AirgapScreen
        from kiosk.tui.screens.lock import LockScreen

        if self.account is None or not self.screen_stack:  # nobody logged in, or the app is closing
            return
        if isinstance(self.main_stack[-1], (LockScreen, AirgapScreen)):
            return
        if self.clock() - self.last_activity >= self.idle_lock_seconds:
            self.clear_messages()
            with self.on_main_stack():
                self.push_screen(LockScreen(self.account))

    def action_lock(self) -> None:
        from kiosk.tui.screens.lock import LockScreen

        if self.account is not None and not isinstance(self.main_stack[-1], LockScreen):
            self.clear_messages()
            with self.on_main_stack():
                self.push_screen(LockScreen(self.account))

    # -- language and leaving ------------------------------------------------------

    async def action_toggle_language(self) -> None:
        set_language("en" if language() == "nl" else "nl")
        for screen in self.screen_stack:  # the too-small screen, or the kiosk's (the others follow when shown)
            if hasattr(screen, "retranslate"):
                screen.retranslate()

    def action_kiosk_quit(self) -> None:
        if self.dev:
            self.exit()
        else:
            self.notify(t("tui.no_quit"), severity="warning")

    def action_nothing(self) -> None:
        pass

    def refusal(self, error: Exception) -> str:
        """The person-facing text of a refused action."""
        return refusal_text(error)

    # -- faults: never a traceback -------------------------------------------------------

    def show_fault(self, error: BaseException) -> bool:
        """Show ``error`` over the current screen: a storage fault in its coded words, anything
        else as an internal error whose traceback goes to the data directory's log. False
        when the app is closing (the caller lets Textual end it)."""
        from kiosk.tui.screens.fault import FaultScreen

        if not self.SHOW_FAULTS or not self.screen_stack or self._exit_renderables:
            return False
        fault = self.services.faults.storage_fault(error)
        if fault is not None:
            words = lambda: refusal_text(fault)  # noqa: E731 - re-worded on F2
        else:
            log = self.services.faults.log_unexpected(error, "kiosk tui")
            words = (
                (lambda: t("internal.error", log=log))
                if log
                else (lambda: t("internal.error_no_log", error=type(error).__name__))
            )
        self.bell()
        with self.on_main_stack():
            self.push_screen(FaultScreen(words))
        return True

    async def _dispatch_action(self, namespace, action_name, params) -> bool:
        """Every key binding's action: a fault opens the fault screen, the kiosk goes on."""
        try:
            return await super()._dispatch_action(namespace, action_name, params)
        except Exception as error:  # noqa: BLE001
            if not self.show_fault(error):
                raise
            return True

    def _handle_exception(self, error: Exception) -> None:
        """Textual's last resort (a timer, a worker): show the fault rather than exit with a traceback."""
        if self.dev or not self.show_fault(error):
            super()._handle_exception(error)
