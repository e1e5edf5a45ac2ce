"""The import of scans as a new batch, in the app (supervisors and admins; Keying menu,
Ctrl+Shift+I): the same use case as `keying batch import` (`keying.services.ingest`), run in
a worker thread with a progress bar and a Cancel button.

Keyboard first: every field has an Alt mnemonic; a path typed in *Add path* and Enter adds
it (folders and files alike), Alt+E / Alt+D browse for files or a folder, Alt+L for a form
definition file, Delete removes the selected paths. Enter elsewhere starts the import
(Alt+I); Esc cancels a running import (nothing is written: the import is one transaction)
or closes the dialog. The summary lists
the documents and pages imported and every file skipped with its reason; a refusal is one
sentence, with its cases listed under it.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keying.forms.wording import counted, plural
from keying.services import Services
from keying.services.ingest import (
    MAX_DPI,
    MIN_DPI,
    ImportCancelled,
    ImportProgress,
    ImportRefused,
    ImportReport,
    ImportRequest,
    import_batch,
    stored_forms,
)
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local, translate

log = logging.getLogger(__name__)

SCAN_FILTER = QT_TRANSLATE_NOOP(
    "keying", "Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"
)


class ImportWorker(QObject):
    """Runs one import in its thread; answers on the GUI thread through its signals."""

    progressed = Signal(int, int, str)  # files done, files in all, the file just read
    finished = Signal(object)  # ImportReport
    failed = Signal(str, list)  # one sentence, and the cases under it
    cancelled = Signal()

    def __init__(self, services: Services, request: ImportRequest) -> None:
        super().__init__()
        self.services = services
        self.request = request
        self.stop = threading.Event()

    def run(self) -> None:
        def show(p: ImportProgress) -> None:
            self.progressed.emit(p.files_done, p.files_total, p.path.name if p.path else "")

        try:
            report = import_batch(self.services.sessions, self.request, show, self.stop.is_set)
        except ImportCancelled:
            self.cancelled.emit()
        except ImportRefused as exc:
            self.failed.emit(str(exc), list(exc.details))
        except Exception as exc:  # the database refused or is unreachable: said, not hidden
            log.exception("the import failed")
            cause = getattr(exc, "orig", None) or exc
            first = (str(cause).strip().splitlines() or [type(exc).__name__])[0]
            refused = translate("keying", "The central database refused the import: {0}")
            self.failed.emit(refused.format(first), [])
        else:
            self.finished.emit(report)


def summary_text(report: ImportReport) -> str:
    """What the dialog shows after an import: counts, then each skipped file and why."""
    documents = plural.translate("keying", "%n document(s)", None, 1)
    in_pages = plural.translate("keying", "%n page(s)", None, 1)
    documents = local(counted(documents, report.documents))
    in_pages = local(counted(in_pages, report.pages))
    imported = translate(
        "keying", "Batch “{0}” ({1}) imported: {2}, {3} ({4} new page images stored)."
    )
    lines = [imported.format(report.batch, report.form, documents, in_pages, report.new_blobs)]
    if report.skipped:
        skipped = plural.translate("keying", "%n skipped:", None, 1)
        lines.append(local(counted(skipped, len(report.skipped))))
        lines += [f"  {s.path}: {s.reason}" for s in report.skipped]
    else:
        lines.append(translate("keying", "No file was skipped."))
    return "\n".join(lines)


def as_sentence(text: str) -> str:
    """The service's one-line refusal (`a batch named 'x' exists already`) as a sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _labelled(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ImportDialog(QDialog):
    """Choose the form, the batch name, the files and folders, pages per document and dpi;
    import with a progress bar; Cancel leaves nothing."""

    imported = Signal(object)  # ImportReport, when a batch was stored

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.thread_: QThread | None = None
        self.worker: ImportWorker | None = None
        self.report: ImportReport | None = None
        self._sized = False
        self.setWindowTitle(translate("keying", "Import scans as a new batch"))
        accessible(self, translate("keying", "Import scans as a new batch"))

        self.form = QComboBox()
        self.form.setEditable(True)
        self.form.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.form.setMinimumContentsLength(16)
        self.form.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        accessible(self.form, translate("keying", "Form: a stored form or a form definition file"))
        editor = self.form.lineEdit()
        assert editor is not None  # editable
        editor.setPlaceholderText(translate("keying", "name@version, or a .yaml file"))
        browse_form = QPushButton(translate("keying", "Form fi&le…"))
        browse_form.clicked.connect(self._browse_form)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form, 1)
        form_row.addWidget(browse_form)

        self.name = QLineEdit()
        accessible(self.name, translate("keying", "Batch name"))
        self.name.setMaxLength(200)

        self.path = QLineEdit()
        accessible(self.path, translate("keying", "Add a file or folder by its path"))
        self.path.setPlaceholderText(translate("keying", "a file or folder; Enter adds it"))
        self.path.returnPressed.connect(self._add_typed)
        add_files = QPushButton(translate("keying", "Fil&es…"))
        accessible(add_files, translate("keying", "Browse for files to import"))
        add_files.clicked.connect(self._browse_files)
        add_folder = QPushButton(translate("keying", "Fol&der…"))
        accessible(add_folder, translate("keying", "Browse for a folder to import"))
        add_folder.clicked.connect(self._browse_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(add_files)
        path_row.addWidget(add_folder)

        self.paths = QListWidget()
        accessible(self.paths, translate("keying", "Files and folders to import (Delete removes)"))
        self.paths.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.paths.setMinimumHeight(60)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.paths)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_selected)

        self.pages_per_document = QSpinBox()
        self.pages_per_document.setRange(0, 999)
        self.pages_per_document.setSpecialValueText(translate("keying", "one document per file"))
        accessible(
            self.pages_per_document,
            translate("keying", "Pages per document (0: one document per file)"),
        )
        self.dpi = QSpinBox()
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setValue(200)
        self.dpi.setSuffix(" dpi")
        accessible(self.dpi, translate("keying", "Resolution PDF pages are rasterized at"))

        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fields.addRow(_labelled(translate("keying", "&Form:"), self.form), form_row)
        fields.addRow(_labelled(translate("keying", "Batch &name:"), self.name), self.name)
        fields.addRow(_labelled(translate("keying", "&Add path:"), self.path), path_row)
        fields.addRow(_labelled(translate("keying", "&To import:"), self.paths), self.paths)
        per_document = translate("keying", "&Pages per document:")
        fields.addRow(_labelled(per_document, self.pages_per_document), self.pages_per_document)
        fields.addRow(_labelled(translate("keying", "PDF &resolution:"), self.dpi), self.dpi)

        self.progress = QProgressBar()
        accessible(self.progress, translate("keying", "Import progress"))
        self.progress.setFormat("%v of %m files")
        self.progress.setValue(0)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )  # Tab reaches it; the arrows and Page Down read a long list of skipped files
        accessible(self.summary, translate("keying", "Summary of the import"))
        self.summary.setPlaceholderText(
            translate("keying", "The summary of the import shows here.")
        )
        self.summary.setMinimumHeight(60)

        self.import_button = QPushButton("&Import")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(translate("keying", "Cancel"))
        accessible(self.cancel_button, translate("keying", "Cancel the import, or close"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.summary, 1)
        self.inputs: list[QWidget] = [
            self.form, browse_form, self.name, self.path, add_files, add_folder, self.paths,
            self.pages_per_document, self.dpi, self.import_button,
        ]  # fmt: skip
        self._fill_forms()
        self.form.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: wide enough for paths and the summary, never past the screen
        (1024×768 at 200 % text included)."""
        if not self._sized:
            self._sized = True
            screen = self.screen().availableGeometry()
            em = self.fontMetrics().horizontalAdvance("m")
            line = self.fontMetrics().lineSpacing()
            self.paths.setMaximumHeight(5 * line)  # the room goes to the summary
            self.resize(
                min(screen.width() - 20, max(self.sizeHint().width(), 60 * em)),
                min(screen.height() - 60, max(self.sizeHint().height(), 26 * line)),
            )
        super().showEvent(event)

    # --- choosing --------------------------------------------------------------------------

    def _fill_forms(self) -> None:
        try:
            names = stored_forms(self.services.sessions)
        except Exception as exc:  # the list is a help: a name or a file can still be typed
            log.warning("the stored forms could not be listed: %s", exc)
            names = []
        self.form.addItems(names)
        self.form.setCurrentText(names[0] if names else "")

    def add_path(self, text: str) -> None:
        text = text.strip()
        if text and not self.paths.findItems(text, Qt.MatchFlag.MatchExactly):
            self.paths.addItem(text)

    def _add_typed(self) -> None:
        self.add_path(self.path.text())
        self.path.clear()

    def _remove_selected(self) -> None:
        for item in self.paths.selectedItems():
            self.paths.takeItem(self.paths.row(item))

    def _browse_form(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("keying", "Form definition"),
            "",
            translate("keying", "Form definitions (*.yaml *.yml)"),
        )
        if chosen:
            self.form.setCurrentText(chosen)

    def _browse_files(self) -> None:
        title = translate("keying", "Scans to import")
        chosen, _ = QFileDialog.getOpenFileNames(self, title, "", translate("keying", SCAN_FILTER))
        for path in chosen:
            self.add_path(path)

    def _browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "A folder of scans")
        if chosen:
            self.add_path(chosen)

    def request(self) -> ImportRequest:
        ppd = self.pages_per_document.value()
        return ImportRequest(
            form=self.form.currentText().strip(),
            name=self.name.text().strip(),
            paths=[self.paths.item(i).text() for i in range(self.paths.count())],
            pages_per_document=ppd or None,
            dpi=self.dpi.value(),
        )

    # --- importing -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.thread_ is not None

    def start(self) -> None:
        """Import in a worker thread; the inputs stay locked until it ends."""
        if self.running:
            return
        if self.path.text().strip():  # a path typed but not added yet is meant
            self._add_typed()
        request = self.request()
        if not request.form:
            choose = translate("keying", "Choose a form: a stored one, or a form definition file.")
            self._failed(choose, [])
            return
        self.summary.clear()
        self.progress.setRange(0, 0)  # busy until the first file is read
        self.state.setText(translate("keying", "Reading the files…"))
        for widget in self.inputs:
            widget.setEnabled(False)
        self.cancel_button.setText(translate("keying", "Cancel"))
        self.cancel_button.setFocus()
        self.thread_ = QThread(self)
        self.worker = ImportWorker(self.services, request)
        self.worker.moveToThread(self.thread_)
        self.thread_.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.thread_.start()

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.state.setText(
            translate("keying", "Read {0} ({1} of {2} files).").format(name, done, total)
        )

    def _finished(self, report: ImportReport) -> None:
        self._ended()
        self.report = report
        self.state.setText(
            translate("keying", "Imported: batch “{0}”. Esc closes.").format(report.batch)
        )
        self.summary.setPlainText(summary_text(report))
        self.cancel_button.setText(translate("keying", "Close"))
        self.imported.emit(report)

    def _failed(self, sentence: str, details: list[str]) -> None:
        self._ended()
        nothing = translate("keying", "Nothing was imported. {0}")
        self.state.setText(nothing.format(as_sentence(local(sentence))))
        self.summary.setPlainText("\n".join(details))

    def _cancelled(self) -> None:
        self._ended()
        self.state.setText(translate("keying", "Cancelled: nothing was imported."))

    def _ended(self) -> None:
        if self.thread_ is not None:
            self.thread_.quit()
            self.thread_.wait()
            self.thread_.deleteLater()
        self.thread_, self.worker = None, None
        self.progress.setRange(0, max(self.progress.maximum(), 1))
        for widget in self.inputs:
            widget.setEnabled(True)
        self.cancel_button.setText(translate("keying", "Close"))

    def cancel(self) -> None:
        """Ask the import under way to stop: it stops before its next file, and rolls back."""
        if self.worker is not None:
            self.worker.stop.set()
            self.state.setText(translate("keying", "Cancelling…"))

    def cancel_or_close(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.accept() if self.report is not None else self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.path:
            return  # Enter in *Add path* added the path (returnPressed): it does not import
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_or_close()  # Esc never leaves an import running behind a closed dialog
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:  # the window's close button while importing: cancel, then close
            self.cancel()
            while self.running:  # the worker stops before its next file and rolls back
                QThread.msleep(20)
                QApplication.processEvents()
        super().closeEvent(event)
