"""The review pane: the page viewer with its tools (pan, region, redact, note, pin), the page
navigator and zoom, the actions that ask about the page, and the list of marks with an editor
for the selected one. It says what the reviewer did; ReviewController decides what happens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pixdesk.domain import Mark, MarkKind
from pixdesk.services.review import MARK_COLOURS
from pixdesk.ui.flow_layout import FlowLayout
from pixdesk.ui.i18n import translate
from pixdesk.ui.page_view import PageView, Tool
from pixdesk.ui.region_question import RegionQuestion
from pixdesk.ui.small_print_notice import SmallPrintNotice


# The words are functions, not constants: they are read in the language installed at start,
# which is after this module is imported.
def _tools() -> tuple[tuple[Tool, str, str, str], ...]:
    """tool, label, shortcut, what it does"""
    return (
        (
            Tool.PAN,
            translate("review_panel", "Pan"),
            "H",
            translate("review_panel", "Drag the page; the wheel zooms (Shift+wheel scrolls)"),
        ),
        (
            Tool.REGION,
            translate("review_panel", "Region"),
            "R",
            translate("review_panel", "Draw the area to ask about"),
        ),
        (
            Tool.REDACT,
            translate("review_panel", "Redact"),
            "X",
            translate("review_panel", "Black out an area: it is never sent, in this or any later question"),
        ),
        (Tool.ANNOTATE, translate("review_panel", "Note"), "N", translate("review_panel", "Draw a box with a note")),
        (Tool.PIN, translate("review_panel", "Pin"), "P", translate("review_panel", "Click to pin a note to a spot")),
    )


def _kind_word(kind: MarkKind) -> str:
    return {
        MarkKind.REDACTION: translate("review_panel", "Redaction"),
        MarkKind.ANNOTATION: translate("review_panel", "Note"),
        MarkKind.PIN: translate("review_panel", "Pin"),
        MarkKind.REGION: translate("review_panel", "Asked about"),
    }[kind]


def _colour_names() -> dict[str, str]:
    """MARK_COLOURS in words: a colour option is read out, and seen, by its name."""
    return {
        "#d13438": translate("review_panel", "Red"),
        "#0b57d0": translate("review_panel", "Blue"),
        "#107c10": translate("review_panel", "Green"),
        "#ca5010": translate("review_panel", "Orange"),
        "#8764b8": translate("review_panel", "Purple"),
    }


_TITLE_WIDTH = 220  # the document's name is elided beyond this (the whole name in its tooltip)


def colour_name(colour: str) -> str:
    return _colour_names().get(colour.lower(), colour)


def swatch_frame(palette: QPalette) -> QColor:
    """The outline around a colour swatch: the palette's text colour, so that a swatch as dark
    (or as light) as the list behind it still shows its edge (>= 3:1)."""
    return palette.color(QPalette.ColorRole.Text)


def _swatch(colour: str, palette: QPalette) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(swatch_frame(palette))
    painter = QPainter(pixmap)
    painter.fillRect(1, 1, 12, 12, QColor(colour))
    painter.end()
    return QIcon(pixmap)


class ReviewPanel(QWidget):
    ask_region_requested = Signal(int, QRect, bool)  # page, area, with the whole page for context
    region_question_asked = Signal(str, int, QRect, bool)  # typed in the box beside the region
    region_changed = Signal(object)  # QRect | None: the area selected to ask about
    fine_print_requested = Signal(int)
    whole_document_requested = Signal()  # the next question is about every page
    preview_requested = Signal(int, QRect)  # page, area (null: the whole page)
    page_requested = Signal(int)
    mark_drawn = Signal(object, int, QRect)  # MarkKind, page, area
    mark_edited = Signal(object, dict)  # Mark, the changes ({"note": …} or {"colour": …})
    mark_deleted = Signal(object)
    close_requested = Signal()
    report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("review_panel", "Document review"))
        self.page = 0
        self.page_count = 0
        self.marks: list[Mark] = []
        self.name = ""
        self.region: QRect | None = None  # drawn with the Region tool, not yet asked about

        self.title = QLabel(self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_box = QSpinBox(self)
        self.page_box.setPrefix(translate("review_panel", "Page "))
        self.page_box.setAccessibleName(translate("review_panel", "Page"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.page_requested.emit(value - 1))
        self.view = PageView(self)
        self.view.drawn.connect(self._drawn)
        self.region_box = RegionQuestion(self.view)  # the question box that sits with the region
        self.region_box.asked.connect(self._region_question)
        self.view.mark_selected.connect(self._select_in_list)
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(translate("review_panel", "Zoom"))
        self.view.zoom_changed.connect(lambda zoom: self.zoom_label.setText(f"{zoom * 100:.0f} %"))

        # The buttons are tool buttons in rows that wrap (not toolbars, which hide what does not
        # fit behind »), and take Tab focus: the whole pane works from the keyboard. Their
        # shortcuts belong to the pane, so they work wherever focus is inside it — and only there
        # (PageUp typed in the question box scrolls the question, it does not turn the page).
        top = FlowLayout()
        top.addWidget(self.title)
        self.previous_button = self._button(
            top,
            "◀",
            translate("review_panel", "Previous page"),
            translate("review_panel", "Previous page (Page Up)"),
            Qt.Key.Key_PageUp,
            self._previous_page,
        )
        top.addWidget(self.page_box)
        self.next_button = self._button(
            top,
            "▶",
            translate("review_panel", "Next page"),
            translate("review_panel", "Next page (Page Down)"),
            Qt.Key.Key_PageDown,
            self._next_page,
        )
        fit = translate("review_panel", "Fit")
        self.fit_button = self._button(top, fit, fit, translate("review_panel", "The whole page"), None, self.view.fit)
        self.actual_size_button = self._button(
            top,
            translate("review_panel", "Actual size"),
            translate("review_panel", "Actual size"),
            translate("review_panel", "One page pixel to one screen pixel"),
            None,
            self.view.actual_size,
        )
        top.addWidget(self.zoom_label)
        self.report_button = self._button(
            top,
            translate("review_panel", "Report…"),
            translate("review_panel", "Report"),
            translate(
                "review_panel",
                "Export the review — pages with their marks, questions and answers — as PDF or a web page",
            ),
            None,
            self.report_requested.emit,
        )
        self.close_button = self._button(
            top,
            translate("review_panel", "Close"),
            translate("review_panel", "Close the document"),
            translate("review_panel", "Close the document (its marks are kept)"),
            None,
            self.close_requested.emit,
        )

        tools = FlowLayout()
        group = QActionGroup(self)
        self.tool_actions: dict[Tool, QAction] = {}
        self.tool_buttons: dict[Tool, QToolButton] = {}
        for tool, label, key, tip in _tools():
            action = QAction(label, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{tip} ({key})")
            action.triggered.connect(lambda _checked, t=tool: self.set_tool(t))
            group.addAction(action)
            self.addAction(action)  # the shortcut works anywhere in the pane
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(translate("review_panel", "{tool} tool").format(tool=label))
            button.setAccessibleDescription(tip)
            tools.addWidget(button)
            self.tool_actions[tool] = action
            self.tool_buttons[tool] = button
        self.tool_actions[Tool.PAN].setChecked(True)

        self.ask_button = QPushButton(translate("review_panel", "Ask about this region"), self)
        self.ask_button.setToolTip(
            translate("review_panel", "Sends the area at full resolution, with your question from the box below")
        )
        self.ask_button.clicked.connect(self._ask_region)
        self.with_context = QCheckBox(translate("review_panel", "with the whole page, small"), self)
        self.with_context.setChecked(True)
        self.with_context.setToolTip(
            translate("review_panel", "So the model knows where on the page the area is (about 1,100 tokens more)")
        )
        self.fine_print_button = QPushButton(translate("review_panel", "Read the fine print…"), self)
        self.fine_print_button.setToolTip(
            translate(
                "review_panel",
                "Send the page once, plus close-ups of its smallest text, enlarged only as far as "
                "that text needs; the cost is shown before anything is sent",
            )
        )
        self.fine_print_button.clicked.connect(lambda: self.fine_print_requested.emit(self.page))
        self.whole_document_button = QPushButton(translate("review_panel", "Ask about the whole document…"), self)
        self.whole_document_button.setToolTip(
            translate(
                "review_panel",
                "Your next question goes with every page; how many requests it takes and its cost are "
                "shown before anything is sent",
            )
        )
        self.whole_document_button.clicked.connect(self.whole_document_requested.emit)
        self.preview_button = QPushButton(translate("review_panel", "What the model sees"), self)
        self.preview_button.setToolTip(
            translate("review_panel", "Exactly what would be sent: the region (or the page), redactions burned in")
        )
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit(self.page, self.region or QRect()))
        actions = FlowLayout()
        for widget in (
            self.ask_button,
            self.with_context,
            self.fine_print_button,
            self.whole_document_button,
            self.preview_button,
        ):
            actions.addWidget(widget)

        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("review_panel", "Marks on this document"))
        self.list.currentRowChanged.connect(self._list_selected)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(translate("review_panel", "Note for the selected mark"))
        self.note.setAccessibleName(translate("review_panel", "Note"))
        self.note.editingFinished.connect(self._note_edited)
        self.colour = QComboBox(self)
        self.colour.setAccessibleName(translate("review_panel", "Colour"))
        for colour in MARK_COLOURS:
            self.colour.addItem(_swatch(colour, self.palette()), colour_name(colour), colour)
        self.colour.activated.connect(self._colour_edited)
        self.delete_button = QToolButton(self)
        self.delete_button.setText(translate("review_panel", "Delete"))
        self.delete_button.setAccessibleName(translate("review_panel", "Delete the selected mark"))
        self.delete_button.clicked.connect(self._delete)
        editor = QHBoxLayout()
        editor.addWidget(self.note, 1)
        editor.addWidget(self.colour)
        editor.addWidget(self.delete_button)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addLayout(actions)
        # Near "Read the fine print…": the page on screen has print the fit makes unreadable.
        self.small_print_notice = SmallPrintNotice(below)
        below_layout.addWidget(self.small_print_notice)
        below_layout.addWidget(self.list, 1)
        below_layout.addLayout(editor)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setSizes([520, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(split, 1)
        self._update_actions()

    # --- shown by the controller ----------------------------------------------------------------

    def show_document(self, name: str, page_count: int) -> None:
        self.name = name
        self.title.setText(self.title.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, _TITLE_WIDTH))
        self.title.setToolTip(name)
        self.title.setAccessibleName(name)
        self.page_count = page_count
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(1, page_count))
        self.page_box.setSuffix(translate("review_panel", " of {count}").format(count=page_count))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page = 0
        self.set_region(None)
        self._describe_page()

    def set_page(self, page: int) -> None:
        self.page = page
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.set_region(None)
        self._describe_page()

    def show_marks(self, marks: list[Mark]) -> None:
        """All the document's marks: the list shows them all, the page those on it."""
        selected = self.selected_mark()
        self.marks = list(marks)
        self.view.show_marks([m for m in marks if m.page == self.page])
        self.list.blockSignals(True)
        self.list.clear()
        for mark in marks:
            text = translate("review_panel", "{kind} · page {page}").format(
                kind=_kind_word(mark.kind), page=mark.page + 1
            )
            text += f" · {mark.note}" if mark.note else ""
            colour = mark.colour or ("#000000" if mark.kind is MarkKind.REDACTION else "#0b57d0")
            item = QListWidgetItem(_swatch(colour, self.palette()), text, self.list)
            item.setToolTip(mark.note or text)
        self.list.blockSignals(False)
        self._describe_page()
        if selected is not None:
            # (redactions and the other marks are numbered apart: the same id may be both kinds)
            self.select(
                next((m for m in marks if m.id is not None and (m.kind, m.id) == (selected.kind, selected.id)), None)
            )
        self._update_actions()

    def set_region(self, rect: QRect | None, focus: bool = False) -> None:
        """The area selected to ask about (None: none); `focus`: its question box ready to type."""
        self.region = rect
        self.view.show_pending(rect)
        self.region_box.show_for(rect, focus)
        self._update_actions()
        self.region_changed.emit(rect)

    def select(self, mark: Mark | None) -> None:
        self.view.select_mark(mark)
        self._select_in_list(mark)

    def set_tool(self, tool: Tool) -> None:
        self.tool_actions[tool].setChecked(True)
        self.view.set_tool(tool)

    def selected_mark(self) -> Mark | None:
        row = self.list.currentRow()
        return self.marks[row] if 0 <= row < len(self.marks) else None

    def page_description(self) -> str:
        """The page in words, for screen readers: "Page 2 of 12, contract.pdf, 3 redactions, 1 note"."""
        if not self.page_count:
            return translate("review_panel", "No document open")
        on_page = [m for m in self.marks if m.page == self.page]
        redactions = sum(m.kind is MarkKind.REDACTION for m in on_page)
        notes = sum(m.kind in (MarkKind.ANNOTATION, MarkKind.PIN) for m in on_page)
        regions = sum(m.kind is MarkKind.REGION for m in on_page)
        parts = [
            translate("review_panel", "Page {page} of {count}").format(page=self.page + 1, count=self.page_count),
            self.name,
        ]
        if redactions:
            parts.append(translate("review_panel", "%n redaction(s)", None, redactions))
        if notes:
            parts.append(translate("review_panel", "%n note(s)", None, notes))
        if regions:
            parts.append(translate("review_panel", "%n area(s) asked about", None, regions))
        return ", ".join(parts)

    def _describe_page(self) -> None:
        description = self.page_description()
        self.view.setAccessibleName(description)
        self.view.setAccessibleDescription(
            translate(
                "review_panel",
                "The page. Choose a tool, then draw with the mouse, or with the keyboard: arrow keys move the "
                "box, Shift+arrow keys size it, Enter draws it, Esc cancels.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Light or dark switched: the swatches' outlines follow the palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "colour"):  # (not while being built)
            for index, colour in enumerate(MARK_COLOURS):
                self.colour.setItemIcon(index, _swatch(colour, self.palette()))
            self.show_marks(self.marks)

    def _button(
        self, row: FlowLayout, text: str, name: str, tip: str, key: Qt.Key | None, slot: Callable[[], object]
    ) -> QToolButton:
        action = QAction(text, self)
        action.setToolTip(tip)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(name)
        row.addWidget(button)
        return button

    def close_document(self) -> None:
        self.close_requested.emit()

    def _previous_page(self) -> None:
        self.page_box.setValue(self.page_box.value() - 1)

    def _next_page(self) -> None:
        self.page_box.setValue(self.page_box.value() + 1)

    # --- what the reviewer does --------------------------------------------------------------

    def _drawn(self, tool: Tool, rect: QRect) -> None:
        if tool is Tool.REGION:
            self.set_region(rect, focus=True)
            return
        kind = {Tool.REDACT: MarkKind.REDACTION, Tool.ANNOTATE: MarkKind.ANNOTATION, Tool.PIN: MarkKind.PIN}[tool]
        self.mark_drawn.emit(kind, self.page, rect)

    def _ask_region(self) -> None:
        if self.region is not None:
            self.ask_region_requested.emit(self.page, self.region, self.with_context.isChecked())

    def _region_question(self, question: str) -> None:
        if self.region is not None:
            self.region_question_asked.emit(question, self.page, self.region, self.with_context.isChecked())

    def _select_in_list(self, mark: Mark | None) -> None:
        row = next((i for i, m in enumerate(self.marks) if m is mark), -1)
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._update_actions()

    def _list_selected(self, row: int) -> None:
        mark = self.selected_mark()
        if mark is not None and mark.page != self.page:
            self.page_requested.emit(mark.page)  # the controller shows that page, then selects it
        self.view.select_mark(mark)
        self._update_actions()

    def _note_edited(self) -> None:
        mark = self.selected_mark()
        if (
            mark is not None
            and mark.kind in (MarkKind.ANNOTATION, MarkKind.PIN)
            and self.note.text().strip() != mark.note
        ):
            self.mark_edited.emit(mark, {"note": self.note.text().strip()})

    def _colour_edited(self, index: int) -> None:
        mark = self.selected_mark()
        if (
            mark is not None
            and mark.kind in (MarkKind.ANNOTATION, MarkKind.PIN)
            and mark.colour != self.colour.itemData(index)
        ):
            self.mark_edited.emit(mark, {"colour": self.colour.itemData(index)})

    def _delete(self) -> None:
        mark = self.selected_mark()
        if mark is not None and mark.kind is not MarkKind.REGION:
            self.mark_deleted.emit(mark)

    def _update_actions(self) -> None:
        self.ask_button.setEnabled(self.region is not None)
        mark = self.selected_mark()
        editable = mark is not None and mark.kind in (MarkKind.ANNOTATION, MarkKind.PIN)
        self.note.setEnabled(editable)
        self.colour.setEnabled(editable)
        self.delete_button.setEnabled(mark is not None and mark.kind is not MarkKind.REGION)
        self.note.setText(mark.note if mark is not None and editable else "")
        if mark is not None and editable and mark.colour in MARK_COLOURS:
            self.colour.setCurrentIndex(MARK_COLOURS.index(mark.colour))
