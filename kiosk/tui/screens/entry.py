"""Entering one station's form, field by field in the paper's order.

First entry: the crop of the field, OCR's proposal (or nothing when OCR is not
sure) and an input. Enter on an untouched proposal confirms it; typing
replaces it. There is no "accept all": every field needs its own key press.
Second entry: blind — the same screen without any proposal; the first entry's
values are never on it (the domain's view does not even carry them).
Each Enter is one confirmation, committed before the next field shows.

Type-ahead: people type from the paper without waiting for the screen. Every
key goes, in the order typed, through one queue (``TypeAheadInput``) to
``type_key``; an Enter confirms the current field with the text typed for it
and commits (synchronously) before the next key is looked at, so keys typed
during a slow commit wait and then go to the field after it. No key is dropped,
none lands in another field, and a proposal is confirmed only by an Enter on
an untouched field.
"""

from __future__ import annotations

import time

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kiosk.domain.fields import front_page_codes, is_count, list_page_codes, question_codes, signature_codes
from kiosk.domain.validation.messages import Message
from kiosk.domain.workflow import EntryView
from kiosk.i18n import t
from kiosk.services.entry import EntryRefused, parse_typed
from kiosk.tui.screens.session import LOGOUT_KEY, SessionScreen
from kiosk.tui.text import field_label, input_text, message_text, value_text
from kiosk.tui.widgets.field_crop import FieldCrop
from kiosk.tui.widgets.key_bar import KeyBar
from kiosk.tui.widgets.message_line import MessageLine
from kiosk.tui.widgets.type_ahead import EDITING, TypeAheadInput
from kiosk.tui.widgets.words import counted

FRONT = "front"
REPORT = "report"
SIGNATURES = "signatures"
#: Typed for a box that is empty on the paper while OCR proposes something.
EMPTY_MARK = "-"
#: How many of a message's fields the checks list names with their values.
CONCERNS_SHOWN = 6
#: The pages of this many fields ahead are aligned in the background, so that a new page is ready
#: before the verifier gets there (a list page holds up to ~25 fields, a page of part 1 two).
PREFETCH_AHEAD = 12
#: Below this many rows the crop makes way for the checks while they have the focus (app.tcss).
SHORT_SCREEN = 40
#: Refusals to finish that name open checks: worded here with each check's list.
OPEN_CHECKS = {"workflow.unsent_error": "errors", "workflow.unacknowledged_warning": "warnings"}


class EntryScreen(SessionScreen):
    BINDINGS = [
        Binding("up", "previous_field", show=False),
        Binding("down", "next_field", show=False),
        Binding("f10", "finish", show=False),
        Binding("escape", "pause", show=False),
        Binding("f6", "focus_messages", show=False),
    ]

    def __init__(self, station: int, entry: int):
        super().__init__()
        self.station = station
        self.entry = entry
        self.view: EntryView | None = None
        self.index = 0
        self.shown_sections: set[str] = set()

    # -- building ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static("", id="banner", classes="banner")
        with Horizontal(id="entry-top"):
            yield Static("", id="entry-title", classes="title")
            yield Static("", id="entry-progress")
        yield Static("", id="entry-section")
        # The crop spans the width (a zoomed digit box needs it at 80 columns); below it the
        # field on the left and the checks on the right; the message line and the keys at
        # the bottom are never pushed off the screen (app.tcss).
        yield FieldCrop(self.app.image_mode, id="crop")
        with Horizontal(id="entry-body"):
            with Vertical(id="entry-left"):
                yield Static("", id="field-label")
                yield Static("", id="field-proposal")
                yield TypeAheadInput(self.type_key, id="value", max_length=12)
                yield Static("", id="field-hint", classes="hint")
            with Vertical(id="entry-right"):
                yield Static("", id="messages-title", classes="subtitle")
                yield OptionList(id="messages")
                yield Static("", id="finish-hint", classes="hint")
        yield MessageLine(id="entry-message")
        yield KeyBar(
            [
                ("Enter", "tui.key.confirm"),
                ("↑", "tui.key.previous"),
                ("↓", "tui.key.next"),
                ("F6", "tui.key.messages"),
                ("F10", "tui.key.finish"),
                ("Esc", "tui.key.pause"),
                ("F12", "tui.key.lock"),
                LOGOUT_KEY,
            ],
            id="keys",
        )

    def on_mount(self) -> None:
        entries = self.app.services.entries
        self.election = entries.election
        self.model = entries.shape.model.value
        self.sections = self._sections(entries.shape)
        self.scanned = entries.state(self.station).proposals is not None
        self._texts: dict[str, str] = {}
        self._shown_messages = None
        self.reload()
        self.retranslate_header()
        self.index = self._start_index()
        self.show_field()
        self.query_one("#value", TypeAheadInput).focus()

    def _sections(self, shape) -> dict[str, str]:
        section = {code: REPORT for code in question_codes(shape)}
        section.update({code: FRONT for code in front_page_codes(shape)})
        for number in shape.list_numbers:
            section.update({code: f"L{number}" for code in list_page_codes(shape, number)})
        section.update({code: SIGNATURES for code in signature_codes(shape)})
        return section

    def _start_index(self) -> int:
        codes = [f.code for f in self.view.fields]
        target = self.view.next_field
        if target is None:
            target = next((f.code for f in self.view.fields if f.editable), codes[0])
        return codes.index(target)

    # -- reading the state --------------------------------------------------------

    def reload(self) -> None:
        self.view = self.app.services.entries.entry_view(self.app.account, self.station, self.entry)
        self.fields = self.view.fields
        self.show_messages()

    def retranslate(self) -> None:
        self.retranslate_header()
        # F2 changes the words, not what is being typed: the field keeps its text.
        value_input = self.query_one("#value", TypeAheadInput)
        typed, cursor = value_input.value, value_input.cursor_position
        self.show_field()
        value_input.value, value_input.cursor_position = typed, cursor
        self._shown_messages = None
        self.show_messages()
        self.query_one("#keys", KeyBar).retranslate()

    def _set(self, selector: str, text: str) -> None:
        """Update a text only when it changed: every update costs a layout pass."""
        previous = self._texts.get(selector)
        if previous != text:
            self._texts[selector] = text
            # These lines have a fixed size in app.tcss: no layout pass needed, except for the
            # progress line (its width is its text's) and the section line (one or two rows)
            # when they get longer or shorter, which is rare.
            grows = selector in ("#entry-progress", "#entry-section") and len(previous or "") != len(text)
            self.query_one(selector, Static).update(text, layout=grows)

    def retranslate_header(self) -> None:
        station = next(s for s in self.election.stations if s.number == self.station)
        kind = "correction" if self.view.correction else ("second" if self.view.blind else "first")
        self.query_one("#entry-title", Static).update(
            t(f"tui.entry.title_{kind}", station=self.station, name=station.name)
        )
        banner = self.query_one("#banner", Static)
        banner.display = self.app.services.rehearsal.is_rehearsal()
        banner.update(t("tui.rehearsal_banner"))

    @property
    def current(self):
        return self.fields[self.index]

    # -- one field ----------------------------------------------------------------

    def show_field(self) -> None:
        field = self.current
        code = field.code
        done = sum(1 for f in self.fields if not f.pending)
        self._set(
            "#entry-progress",
            f"{t('tui.entry.progress', index=self.index + 1, count=len(self.fields))}   "
            f"{t('tui.entry.confirmed_count', done=done, left=len(self.fields) - done)}",
        )
        section = self.sections[code]
        if section == FRONT:
            section_text = t(
                "tui.entry.section_front" if self.model == "SB-PV" else f"tui.entry.section_front.{self.model}"
            )
        elif section in (REPORT, SIGNATURES):
            section_text = t(f"tui.entry.section_{section}.{self.model}")
        else:
            number = int(section[1:])
            party = next(pl for pl in self.election.lists if pl.number == number)
            section_text = t("tui.entry.section_list", number=number, name=party.name)
        self._set("#entry-section", f"{section_text}  ·  {t('tui.entry.copy_paper')}")
        self._set("#field-label", f"{code}   {field_label(self.election, code)}")
        value_input = self.query_one("#value", TypeAheadInput)
        # Not disabled: a disabled input loses the focus, and with it the keys typed ahead.
        value_input.set_class(not field.editable, "locked")
        proposal_line = self.query_one("#field-proposal", Static)
        proposal_line.set_class(field.editable and not field.confirmed and field.proposal is not None, "has-proposal")
        placeholder = ""
        if not field.editable:
            self._set("#field-proposal", t("tui.entry.not_editable"))
            value_input.value = input_text(code, field.value)
        elif field.confirmed:
            self._set("#field-proposal", t("tui.entry.confirmed", value=value_text(code, field.value)))
            value_input.value = input_text(code, field.value)
        elif field.proposal is not None:
            self._set("#field-proposal", t("tui.entry.proposal", value=value_text(code, field.proposal)))
            value_input.value = ""
            placeholder = input_text(code, field.proposal)
        else:
            key = (
                "tui.entry.blind"
                if self.view.blind
                else ("tui.entry.no_proposal" if self.scanned else "tui.entry.manual")
            )
            self._set("#field-proposal", t(key))
            value_input.value = ""
        if value_input.placeholder != placeholder:
            value_input.placeholder = placeholder
        hint = (
            "tui.entry.hint_tick"
            if not is_count(code)
            else (
                "tui.entry.hint_proposal"
                if field.proposal is not None and not field.confirmed
                else "tui.entry.hint_typed"
            )
        )
        self._set("#field-hint", t(hint))
        value_input.cursor_position = len(value_input.value)
        if field.editable and field.confirmed and field.pending:
            # Reopened by the coordinator: Enter keeps the value, typing replaces it.
            value_input.select_everything()
        self.call_after_refresh(self._mark_shown)
        crop = self.query_one("#crop", FieldCrop)
        crops = self.app.services.crops
        crop.load(crops, self.station, code)
        # The pages of the next fields are aligned while this one is typed: moving on does not wait.
        # Every page among them, not a sample: part 1 and the signatures have pages of a few fields.
        ahead = [f.code for f in self.fields[self.index + 1 : self.index + 1 + PREFETCH_AHEAD]]
        crop.prefetch(crops, self.station, ahead)

    def _mark_shown(self) -> None:
        """When the current field was on the screen (read by the benchmark)."""
        self.field_shown_at = time.perf_counter()

    # -- keys ---------------------------------------------------------------------

    def type_key(self, key: str, character: str | None) -> bool:
        """One key for the current field, in the order typed (see the module docstring).
        Returns whether the key was used; an unused key goes on to the app's bindings."""
        if self not in self.app.main_stack:
            return True  # left (paused or finished): nothing more goes into a field
        action = self.FIELD_KEYS.get(key)
        if action in self.LEAVING and not self.is_current:
            # Typed before the lock screen came up: the screen cannot be left from
            # under it. (Keys for the field still go in, in their turn.)
            return True
        if action is not None:
            getattr(self, action)()
            return True
        if not self.current.editable:
            # A field that cannot change in this correction: typing is not for it.
            return character is not None or key in EDITING
        return self.query_one("#value", TypeAheadInput).edit(key, character)

    #: Keys the entry screen acts on itself, in their turn among the typed keys.
    FIELD_KEYS = {
        "enter": "confirm_current",
        "up": "action_previous_field",
        "down": "action_next_field",
        "f6": "action_focus_messages",
        "f10": "action_finish",
        "escape": "action_pause",
    }
    LEAVING = frozenset({"action_finish", "action_pause", "action_focus_messages"})

    # -- confirming ---------------------------------------------------------------

    def confirm_current(self) -> None:
        """Enter: confirm the current field with the text typed for it, commit, move on."""
        field = self.current
        typed = self.query_one("#value", TypeAheadInput).value
        message = self.query_one("#entry-message", MessageLine)
        if self.view.next_field is None and field.confirmed and typed == input_text(field.code, field.value):
            # Everything is confirmed: Enter on an unchanged value leads to the checks.
            self.action_focus_messages()
            return
        try:
            if not field.editable:
                self.advance()
                return
            text = typed.strip()
            if text == "" and not field.confirmed and field.proposal is not None:
                value = field.proposal  # Enter on an untouched proposal
            else:
                value = parse_typed(field.code, "" if text == EMPTY_MARK else text)
            # A reopened field (pending again) needs its answer even when it stays the same.
            if field.pending or not (field.confirmed and value == field.value):
                self.app.services.entries.confirm(self.app.account, self.station, self.entry, field.code, value)
                self.reload()
        except EntryRefused as error:
            message.say(t("tui.refused", message=self.app.refusal(error)))
            self.app.bell()
            return
        self._clear_message()
        self.advance()

    def _clear_message(self) -> None:
        self.query_one("#entry-message", MessageLine).say("")

    def advance(self) -> None:
        """To the next field still to confirm after this one (wrapping), else to the checks."""
        count = len(self.fields)
        for step in range(1, count + 1):
            candidate = (self.index + step) % count
            if self.fields[candidate].pending:
                self.index = candidate
                self.show_field()
                return
        self.show_field()
        self.action_focus_messages()

    def action_previous_field(self) -> None:
        self._move(-1)

    def action_next_field(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        index = self.index + step
        while 0 <= index < len(self.fields) and not self.fields[index].editable:
            index += step
        if 0 <= index < len(self.fields):
            self.index = index
            self._clear_message()
            self.show_field()
            self.query_one("#value", TypeAheadInput).focus()

    # -- checks -------------------------------------------------------------------

    def _pending_sections(self) -> set[str]:
        """The sections with a field still to do: one pass over the fields (136 of them on a small
        N 10-1, thousands on a large one), not one per message and field it concerns."""
        return {self.sections[f.code] for f in self.fields if f.pending}

    def _visible(self, message: Message, pending: set[str] | None = None) -> bool:
        pending = self._pending_sections() if pending is None else pending
        if message.code in ("F.001", "W.001"):
            return self.view.next_field is None
        # Not before the paper the rule reads is entered: unread boxes count as not ticked.
        if any(self.sections[code] in pending for code in message.concerns):
            return False
        if message.list_number is not None:
            return f"L{message.list_number}" not in pending and FRONT not in pending
        return FRONT not in pending

    def show_messages(self) -> None:
        view = self.view
        pending = self._pending_sections()
        visible = [m for m in view.messages.messages if self._visible(m, pending)]
        still_open = set(view.open_messages.messages)
        self.visible_messages = visible
        shown = (tuple(visible), frozenset(still_open), view.next_field is None)
        if shown == self._shown_messages:
            return  # the list is the same: rebuilding it would only cost time
        self._shown_messages = shown
        options = self.query_one("#messages", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for number, message in enumerate(visible):
            kind = t("tui.entry.error") if message.is_error else t("tui.entry.warning")
            if message in still_open:
                state = t("tui.entry.open")
            else:
                state = t("tui.entry.ack_error") if message.is_error else t("tui.entry.ack_warning")
            where = f" {t('tui.entry.list_short', list=message.list_number)}" if message.list_number is not None else ""
            options.add_option(
                Option(
                    f"{kind} {message.code}{where} [{state}]\n{message_text(message)}\n{self._concerns_text(message)}",
                    id=str(number),
                )
            )
        if visible and highlighted is not None:
            options.highlighted = min(highlighted, len(visible) - 1)
        self.query_one("#messages-title", Static).update(t("tui.entry.messages"))
        if not visible:
            options.add_option(Option(t("tui.entry.no_messages"), id="none", disabled=True))
        finish = self.query_one("#finish-hint", Static)
        if view.next_field is None:
            open_now = [m for m in visible if m in still_open]
            # While checks are open, the list needs the rows (80 × 24): only what Enter does.
            finish.update(
                t("tui.entry.finish_open")
                if open_now
                else f"{t('tui.entry.finish_title')}\n{t('tui.entry.finish_ready')}"
            )
        else:
            finish.update("")

    def _concerns_text(self, message: Message) -> str:
        """The fields the rule compared, with this entry's own values: where to look."""
        values = {f.code: f.value for f in self.fields}
        shown = [f"{code} {value_text(code, values.get(code))}" for code in message.concerns[:CONCERNS_SHOWN]]
        text = t("tui.entry.concerns", fields=" · ".join(shown))
        if len(message.concerns) > CONCERNS_SHOWN:
            text += t("tui.entry.concerns_more", more=len(message.concerns) - CONCERNS_SHOWN)
        return text

    def on_descendant_focus(self) -> None:
        self._checks_layout()

    def on_resize(self) -> None:
        self._checks_layout()

    def _checks_layout(self) -> None:
        """On a short terminal the checks take the crop's rows while they have the focus."""
        reading = self.focused is self.query_one("#messages", OptionList) and self.size.height < SHORT_SCREEN
        self.set_class(reading, "reading-checks")

    def action_focus_messages(self) -> None:
        options = self.query_one("#messages", OptionList)
        still_open = set(self.view.open_messages.messages)
        first_open = next((i for i, m in enumerate(self.visible_messages) if m in still_open), None)
        if first_open is None:
            if self.view.next_field is None:
                self.query_one("#value", TypeAheadInput).focus()
            return
        options.highlighted = first_open
        options.focus()

    @on(OptionList.OptionSelected, "#messages")
    def acknowledge(self, event: OptionList.OptionSelected) -> None:
        if event.option_id in (None, "none"):
            return
        message = self.visible_messages[int(event.option_id)]
        if message not in set(self.view.open_messages.messages):
            return
        try:
            self.app.services.entries.acknowledge(self.app.account, self.station, self.entry, message)
        except EntryRefused as error:
            self.query_one("#entry-message", MessageLine).say(t("tui.refused", message=self.app.refusal(error)))
            return
        self.reload()
        self._clear_message()  # a refusal about this check is answered now
        self.action_focus_messages()

    def action_finish(self) -> None:
        try:
            state = self.app.services.entries.finish(self.app.account, self.station, self.entry)
        except EntryRefused as error:
            self.query_one("#entry-message", MessageLine).say(t("tui.refused", message=self._finish_refusal(error)))
            self.app.bell()
            return
        self.app.notify(
            t(
                "tui.entry.finished",
                entry=self.entry,
                station=self.station,
                status=t(f"tui.status.{state.status.value}"),
            )
        )
        self.dismiss()

    def _finish_refusal(self, error: EntryRefused) -> str:
        """Why the entry cannot be finished; open checks named with their list ("F.402 lijst 2,
        F.402 lijst 5"), as the checks panel shows them, not the bare codes twice."""
        kind = OPEN_CHECKS.get(error.code)
        if kind is None:
            return self.app.refusal(error)
        still_open = self.view.open_messages
        messages = still_open.errors if kind == "errors" else still_open.warnings
        named = ", ".join(
            dict.fromkeys(
                f"{m.code} {t('tui.entry.list_short', list=m.list_number)}" if m.list_number is not None else m.code
                for m in messages
            )
        )
        return counted(f"tui.entry.open_{kind}", len(messages), checks=named)

    def action_pause(self) -> None:
        # The claim stays: the same person continues later exactly here.
        self.dismiss()
