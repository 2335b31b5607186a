"""Backup: copy the database and the scans to another disk, and check the copy.

``make_backup`` copies through the store's own SQLite connection, which belongs
to this (the main) thread, so the backup runs here: the screen first shows
"bezig…", then copies. The result names the file, the checks and the audit row
the backup ends with; a refusal (full disk, read-only disk, damaged database,
...) is shown in words, never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Label, Static

from kiosk.i18n import refusal_text, t
from kiosk.services import backups
from kiosk.tui.screens.admin_common import AdminScreen

PLACEHOLDER = "/media/backup"


class BackupScreen(AdminScreen):
    TITLE_KEY = "tui.admin.backup.title"
    KEYS = [("Enter", "tui.admin.backup.key.run")]
    BINDINGS = [Binding("f5", "run", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self.busy = False
        self.result: backups.BackupResult | None = None

    def compose_body(self) -> ComposeResult:
        yield Static("", id="backup-explain", classes="hint")
        yield Label("", id="backup-target-label")
        yield Input(id="backup-target", placeholder=PLACEHOLDER)
        yield Static("", id="backup-result")

    def load(self) -> None:
        self.query_one("#backup-target", Input).focus()

    def retranslate_body(self) -> None:
        self.query_one("#backup-explain", Static).update(t("tui.admin.backup.explain"))
        self.query_one("#backup-target-label", Label).update(t("tui.admin.backup.target"))
        self.query_one("#backup-result", Static).update(self.result_text())

    def result_text(self) -> str:
        if self.result is None:
            return ""
        return t(
            "tui.admin.backup.done",
            path=self.result.database,
            integrity=self.result.integrity,
            pages=self.result.pages_copied,
            seq=self.result.audit_seq,
            sha256=self.result.sha256,
        )

    @on(Input.Submitted, "#backup-target")
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_run()

    def action_run(self) -> None:
        if self.busy:
            return
        typed = self.query_one("#backup-target", Input).value.strip()
        if not typed:
            self.say(lambda: t("tui.admin.backup.no_target", example=PLACEHOLDER))
            return
        target = Path(typed).expanduser()
        if not target.is_absolute():
            self.say(lambda: t("tui.admin.backup.not_absolute", path=typed))
            return
        self.busy = True
        self.result = None
        self.retranslate_body()
        self.say(lambda: t("tui.admin.backup.busy", path=target))
        # Let "bezig…" reach the screen before the copy holds this thread.
        self.call_after_refresh(self._run, target)

    def _run(self, target: Path) -> None:
        try:
            self.result = self.app.services.backups.make_backup(target, self.app.account.username)
        except backups.BackupRefused as refusal:
            # The words are made again on F2, after this block has ended: bind the refusal now.
            self.say(lambda refusal=refusal: t("tui.admin.backup.failed", path=target, reason=refusal_text(refusal)))
            self.app.bell()
        except Exception as error:  # noqa: BLE001 - whatever happened, the operator gets words, not a traceback
            reason = (
                refusal_text(error) if getattr(error, "code", None) else getattr(error, "strerror", None) or str(error)
            )
            self.say(lambda: t("tui.admin.backup.failed", path=target, reason=reason))
            self.app.bell()
        else:
            self.say(lambda: t("tui.admin.backup.ok"))
        finally:
            self.busy = False
        self.retranslate_body()
