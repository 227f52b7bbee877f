"""The batch window: choose files, folders and pages, one or more prompts (built-in templates and
your own), start; watch the progress with the time left (from the quota) and each item's
status; read results as they arrive; pause, resume or stop; export CSV, JSON Lines or Markdown.

Everything it shows comes from the history store, where the batch lives: closing the window, or
pixdesk, loses nothing — an interrupted batch is offered here again, to resume."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pixdesk.errors import KnownError
from pixdesk.services.batch import TEMPLATES, BatchItem, BatchJob, BatchProgress, BatchRunner, ItemStatus
from pixdesk.services.saved_redactions import applied_sentence, applied_words
from pixdesk.services.workspace import Workspace
from pixdesk.ui.folders import remembering_dialog
from pixdesk.ui.i18n import error_sentence, number, translate, translated
from pixdesk.ui.safe_browser import MARKDOWN, SafeBrowser
from pixdesk.ui.window_memory import fit_dialog

OWN_PROMPTS_KEY = "batch/own_prompts"  # the prompts you added, offered again next time (a line each)
_EXPORTS = {"CSV (*.csv)": "csv", "JSON Lines (*.jsonl)": "jsonl", "Markdown (*.md)": "md"}  # format names
REDACTION_LINES = 3  # files named under the table; the rest are counted (all of them in its tooltip)


def _status_word(status: ItemStatus) -> str:
    """(A function, not a table: the words are read in the language installed at start.)"""
    return {
        ItemStatus.PENDING: translate("batch_window", "waiting"),
        ItemStatus.RUNNING: translate("batch_window", "asking…"),
        ItemStatus.DONE: translate("batch_window", "done"),
        ItemStatus.FAILED: translate("batch_window", "failed"),
    }[status]


class BatchWindow(QDialog):
    def __init__(self, workspace: Workspace, spawn: Callable, parent: QWidget | None = None) -> None:
        """A new batch is asked with the workspace's options (tier, answer length, system prompt)
        as they are when it starts, in this session's region."""
        super().__init__(parent)
        self.workspace = workspace
        self.settings = workspace.settings
        self.setWindowTitle(translate("batch_window", "Batch — pixdesk"))
        self.setAccessibleName(translate("batch_window", "Batch"))
        self._spawn = spawn
        self.runner: BatchRunner | None = None
        self._task: asyncio.Task | None = None  # the runner's run(), while it goes
        self.job: BatchJob | None = None
        self.items: list[BatchItem] = []

        # --- what to run -------------------------------------------------------------------
        self.paths = QListWidget(self)
        self.paths.setAccessibleName(translate("batch_window", "Files and folders"))
        add_files = QPushButton(translate("batch_window", "Add files…"), self)
        add_files.clicked.connect(self._add_files)
        add_folder = QPushButton(translate("batch_window", "Add folder…"), self)
        add_folder.clicked.connect(self._add_folder)
        remove = QPushButton(translate("batch_window", "Remove"), self)
        remove.clicked.connect(lambda: [self.paths.takeItem(self.paths.row(i)) for i in self.paths.selectedItems()])
        self.pages = QLineEdit("all", self)
        self.pages.setAccessibleName(translate("batch_window", "Pages of PDFs and TIFFs"))
        self.pages.setToolTip(translate("batch_window", "Pages of PDFs and multi-page TIFFs, e.g. 1-3,5 or all"))
        self.prompts = QListWidget(self)
        self.prompts.setAccessibleName(translate("batch_window", "Prompts"))
        for name, (title, prompt) in TEMPLATES.items():
            self._add_prompt(title, prompt, checked=name == "transcribe")
        for prompt in self._own_prompts():
            self._add_prompt(prompt, prompt, checked=False)
        self.own = QLineEdit(self)
        self.own.setPlaceholderText(translate("batch_window", "Your own prompt, e.g. “List every date and amount”"))
        self.own.setAccessibleName(translate("batch_window", "Your own prompt"))
        self.own.returnPressed.connect(self._add_own)
        add_own = QPushButton(translate("batch_window", "Add"), self)
        add_own.clicked.connect(self._add_own)
        self.start_button = QPushButton(translate("batch_window", "Start batch"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._spawn(self.start()))
        self.earlier = QComboBox(self)
        self.earlier.setAccessibleName(translate("batch_window", "Earlier batches"))
        self.earlier.activated.connect(lambda index: self._spawn(self.open_job(self.earlier.itemData(index))))

        files_row = QHBoxLayout()
        for widget in (add_files, add_folder, remove):
            files_row.addWidget(widget)
        files_row.addStretch(1)
        files_row.addWidget(QLabel(translate("batch_window", "Pages:"), self))
        files_row.addWidget(self.pages)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(add_own)
        setup = QWidget(self)
        setup_layout = QVBoxLayout(setup)
        setup_layout.addWidget(
            QLabel(
                translate("batch_window", "<b>Files and folders</b> (PDF and TIFF pages are items of their own)"), self
            )
        )
        setup_layout.addWidget(self.paths, 1)
        setup_layout.addLayout(files_row)
        setup_layout.addWidget(
            QLabel(translate("batch_window", "<b>Prompts</b> — each is asked about every page"), self)
        )
        setup_layout.addWidget(self.prompts, 1)
        setup_layout.addLayout(own_row)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        start_row.addWidget(QLabel(translate("batch_window", "Earlier batches:"), self))
        start_row.addWidget(self.earlier)
        setup_layout.addLayout(start_row)

        # --- how it goes -------------------------------------------------------------------
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(translate("batch_window", "Batch progress"))
        self.status = QLabel(translate("batch_window", "Choose files and prompts, then start."), self)
        self.status.setAccessibleDescription(translate("batch_window", "Batch status"))  # its name is what it says
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("batch_window", "File"),
                translate("batch_window", "Page"),
                translate("batch_window", "Prompt"),
                translate("batch_window", "Status"),
                translate("batch_window", "Tokens"),
            ]
        )
        self.table.setAccessibleName(translate("batch_window", "Batch results"))
        self.table.setAccessibleDescription(
            translate("batch_window", "One row per page and prompt; select a row to read its answer")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        # Which files went out with the redactions saved for them in a review: said where the
        # results are, as their pages are prepared — the batch applies them, the person is told.
        self.redactions = QLabel(self)
        self.redactions.setAccessibleName(translate("batch_window", "Saved redactions applied"))
        self.redactions.setWordWrap(True)
        self.redactions.setTextFormat(Qt.TextFormat.PlainText)  # file names are not ours: never markup
        self.redactions.hide()
        self.answer = SafeBrowser(self)
        self.answer.setAccessibleName(translate("batch_window", "Answer"))
        self.answer.setPlaceholderText(translate("batch_window", "Select an item to read its answer."))
        self.pause_button = QPushButton(translate("batch_window", "Pause"), self)
        self.pause_button.setToolTip(translate("batch_window", "Finish the answers being written, then stop"))
        self.pause_button.clicked.connect(self.pause)
        self.resume_button = QPushButton(translate("batch_window", "Resume"), self)
        self.resume_button.clicked.connect(lambda: self._spawn(self.resume()))
        self.stop_button = QPushButton(translate("batch_window", "Stop"), self)
        self.stop_button.setToolTip(
            translate("batch_window", "Stop now; the answers being written are asked again on Resume")
        )
        self.stop_button.clicked.connect(self.stop)
        self.export_button = QPushButton(translate("batch_window", "Export results…"), self)
        self.export_button.clicked.connect(self._export)
        controls = QHBoxLayout()
        for widget in (self.pause_button, self.resume_button, self.stop_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        results = QSplitter(Qt.Orientation.Horizontal, self)
        results.addWidget(self.table)
        results.addWidget(self.answer)
        results.setSizes([560, 400])
        run = QWidget(self)
        run_layout = QVBoxLayout(run)
        run_layout.addWidget(self.bar)
        run_layout.addWidget(self.status)
        run_layout.addWidget(results, 1)
        run_layout.addWidget(self.redactions)
        run_layout.addLayout(controls)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(setup)
        split.addWidget(run)
        split.setSizes([300, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        fit_dialog(self, QSize(1000, 760), parent)
        self._update_buttons()

    # --- choosing ----------------------------------------------------------------------------

    def add_paths(self, paths: list[str]) -> None:
        for path in paths:
            if not self.paths.findItems(path, Qt.MatchFlag.MatchExactly):
                self.paths.addItem(path)

    def _add_files(self) -> None:
        dialog = remembering_dialog(self, translate("batch_window", "Add files to the batch"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                translate("batch_window", "Images and PDFs")
                + " (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.heif *.pdf)",
                translate("batch_window", "All files") + " (*)",
            ]
        )
        dialog.filesSelected.connect(lambda paths: self.add_paths(list(paths)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _add_folder(self) -> None:
        dialog = remembering_dialog(self, translate("batch_window", "Add a folder to the batch"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(lambda path: self.add_paths([path]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _add_prompt(self, title: str, prompt: str, checked: bool) -> None:
        item = QListWidgetItem(title, self.prompts)
        item.setData(Qt.ItemDataRole.UserRole, prompt)
        item.setToolTip(prompt)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _add_own(self) -> None:
        prompt = self.own.text().strip()
        if not prompt:
            return
        self._add_prompt(prompt, prompt, checked=True)
        self.own.clear()
        own = [p for p in self._own_prompts() if p != prompt] + [" ".join(prompt.split())]
        self.settings.set(OWN_PROMPTS_KEY, "\n".join(own[-20:]))  # offered again next time

    def _own_prompts(self) -> list[str]:
        return [line for line in self.settings.get(OWN_PROMPTS_KEY).splitlines() if line.strip()]

    def chosen_prompts(self) -> list[str]:
        return [
            self.prompts.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.prompts.count())
            if self.prompts.item(row).checkState() == Qt.CheckState.Checked
        ]

    # --- running -----------------------------------------------------------------------------

    async def start(self) -> None:
        paths = [self.paths.item(row).text() for row in range(self.paths.count())]
        if self.running:
            return
        try:
            items = await self.workspace.plan_batch(paths, self.chosen_prompts(), self.pages.text().strip() or "all")
        except KnownError as error:
            self.status.setText(error_sentence(error))
            return
        names = ", ".join(Path(p).name for p in paths)[:100]
        count = len(items)  # (lupdate sees a count only as a plain name)
        title = translate("batch_window", "%n item(s): {files}", None, count).format(files=names)
        job_id = await self.workspace.create_batch(title, items, self.workspace.choices.ask_options())
        await self.open_job(job_id)
        await self.resume()

    async def open_job(self, job_id: int | None) -> None:
        """Show a batch (its items and results) from the store; Resume carries it on."""
        if job_id is None or self.running:
            return
        self.job = await self.workspace.batch_job(job_id)
        self.items = await self.workspace.batch_items(job_id)
        self.runner = self.workspace.batch_runner(self.job, on_progress=self._progress, on_item=self._item_finished)
        self._fill_table()
        self.bar.setRange(0, max(1, self.job.total))
        self.bar.setValue(self.job.total - self.job.left)
        done, failed = self.job.counts.get(ItemStatus.DONE, 0), self.job.counts.get(ItemStatus.FAILED, 0)
        self.status.setText(self._job_line(job_id, done, failed, self.job.total, self.job.left))
        await self.refresh_earlier()
        self._update_buttons()

    @staticmethod
    def _job_line(job_id: int, done: int, failed: int, total: int, left: int) -> str:
        """How far a batch got, in a whole sentence (a translator sees each case whole)."""
        if failed and left:
            text = translate(
                "batch_window", "Batch {job}: {done} of {total} done, {failed} failed; {left} left — Resume carries on."
            )
        elif failed:
            text = translate("batch_window", "Batch {job}: {done} of {total} done, {failed} failed.")
        elif left:
            text = translate("batch_window", "Batch {job}: {done} of {total} done; {left} left — Resume carries on.")
        else:
            text = translate("batch_window", "Batch {job}: {done} of {total} done.")
        return text.format(job=job_id, done=number(done), total=number(total), failed=number(failed), left=number(left))

    async def resume(self) -> None:
        if self.runner is None or self.running:
            return
        task = self._task = asyncio.ensure_future(self.runner.run())
        self._update_buttons()
        try:
            self.job = await task
        except asyncio.CancelledError:
            self.job = await self.workspace.batch_job(self.runner.job_id)
        except KnownError as error:
            self.status.setText(error_sentence(error))
        self._update_buttons()  # at once: Resume must not wait for the table to be read again
        self.items = await self.workspace.batch_items(self.runner.job_id)
        self._fill_table()
        if self.job is not None:
            self._progress(self.runner.progress())
            if self.job.left:
                self.status.setText(
                    translate("batch_window", "{status} — paused; Resume carries on.").format(status=self.status.text())
                )
        await self.refresh_earlier()
        self._update_buttons()

    def pause(self) -> None:
        if self.runner is not None:
            self.runner.pause()
            self.status.setText(translate("batch_window", "Pausing: the answers being written will finish first…"))

    def stop(self) -> None:
        if self.runner is not None:
            self.runner.stop()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    # --- showing -------------------------------------------------------------------------------

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            self._fill_row(row, item)
        self._show_redactions()

    def _fill_row(self, row: int, item: BatchItem) -> None:
        audit = item.audit or {}
        tokens = (
            f"{number(audit['input_tokens'])} / {number(audit['output_tokens'])}"
            if audit.get("input_tokens") is not None
            else ""
        )
        cells = [Path(item.path).name, str(item.page + 1), item.prompt, _status_word(item.status), tokens]
        redacted = self.runner.redactions_applied_on(item.path, item.page) if self.runner is not None else 0
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column == 0:
                cell.setToolTip(item.path)
            if column == 3:
                notes = [str(audit.get("error_message") or "")] if item.status == ItemStatus.FAILED else []
                notes += [translated(applied_words(redacted))] if redacted else []
                cell.setToolTip("\n".join(note for note in notes if note))
            self.table.setItem(row, column, cell)

    def _show_redactions(self) -> None:
        """A line per file whose saved redactions went into its pages in this run, in the words
        the chat's chips and `pixdesk batch` use ("2 saved redactions applied to contract.pdf")."""
        applied = self.runner.redactions_applied() if self.runner is not None else {}
        sentences = [translated(applied_sentence(count, Path(path).name)) for path, count in applied.items()]
        shown = sentences[:REDACTION_LINES]
        if len(sentences) > REDACTION_LINES:
            more = len(sentences) - REDACTION_LINES
            shown.append(translate("batch_window", "and saved redactions applied to %n more file(s)", None, more))
        self.redactions.setText("\n".join(shown))
        self.redactions.setToolTip("\n".join(sentences) if len(sentences) > REDACTION_LINES else "")
        self.redactions.setVisible(bool(sentences))

    def _item_finished(self, item: BatchItem) -> None:
        self._spawn(self._reload_item(item))

    async def _reload_item(self, finished: BatchItem) -> None:
        fresh = next((i for i in await self.workspace.batch_items(finished.job_id) if i.id == finished.id), finished)
        row = next((row for row, item in enumerate(self.items) if item.id == fresh.id), None)
        if row is not None:
            self.items[row] = fresh
            self._fill_row(row, fresh)
            self._show_redactions()
            if self.table.currentRow() == row:
                self._show_selected()

    def _progress(self, progress: BatchProgress) -> None:
        self.bar.setRange(0, max(1, progress.total))
        self.bar.setValue(progress.finished)
        self.status.setText(translated(progress.line()))

    def _show_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.answer.clear()
            return
        item = self.items[row]
        if item.status == ItemStatus.DONE:
            self.answer.document().setMarkdown(item.answer, MARKDOWN)
        elif item.status == ItemStatus.FAILED:
            self.answer.setPlainText(
                str((item.audit or {}).get("error_message") or translate("batch_window", "Failed."))
            )
        else:
            self.answer.setPlainText(translate("batch_window", "Not answered yet."))

    async def refresh_earlier(self) -> None:
        jobs = await self.workspace.batch_jobs()
        self.earlier.blockSignals(True)
        self.earlier.clear()
        for job in jobs:
            if job.finished_at:
                text = translate("batch_window", "{job}: {title} (finished)")
            else:
                left = job.left
                text = translate("batch_window", "{job}: {title} (%n left)", None, left)
            self.earlier.addItem(text.format(job=job.id, title=job.title[:40]), job.id)
        if self.job is not None:
            self.earlier.setCurrentIndex(max(0, self.earlier.findData(self.job.id)))
        self.earlier.blockSignals(False)

    def _update_buttons(self) -> None:
        running = self.running
        left = self.job is not None and self.job.left > 0
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.resume_button.setEnabled(not running and left)
        self.export_button.setEnabled(self.job is not None and bool(self.items))
        self.earlier.setEnabled(not running)

    # --- results out ---------------------------------------------------------------------------

    def _export(self) -> None:
        dialog = remembering_dialog(self, translate("batch_window", "Export batch results"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(list(_EXPORTS))
        dialog.selectFile(f"batch-{self.job.id}-results.csv")
        dialog.fileSelected.connect(lambda path: self._spawn(self.export(path, _EXPORTS[dialog.selectedNameFilter()])))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    async def export(self, path: str, fmt: str) -> None:
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_suffix(f".{fmt}")
        try:
            written = await self.workspace.export_batch_results(self.job, target, fmt)
        except KnownError as error:
            self.status.setText(error_sentence(error))
            return
        self.status.setText(translate("batch_window", "Results saved to {path}.").format(path=written))

    def closeEvent(self, event) -> None:  # noqa: N802
        """Closing pauses: what is being asked finishes and is kept; the rest waits for Resume."""
        self.pause()
        super().closeEvent(event)
