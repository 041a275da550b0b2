"""One dialog for every form of the evidence feature (an evidence item, an investigation record, a sampling
or preservation list, an appraisal, an opinion, an extension …): rows built from workflow `Field`s plus a few
editors of its own (officers, an item table, files, the submitter). Wrong fields are named next to them; the
text typed is kept as a draft until it is saved, so closing the dialog by accident loses nothing."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.evidence.rules import ITEM_COLUMNS
from ipcase.domain.machine import Field
from ipcase.dto.admin import UserInfo
from ipcase.dto.cases import PartyInfo
from ipcase.dto.evidence import OFFICE_SUBMITTER, FileUpload
from ipcase.errors import ValidationErrors
from ipcase.files import read_upload
from ipcase.services.evidence.register import MAX_FILE
from ui.common import errors, labels, messages
from ui.common.drafts import drafts_for
from ui.common.field_errors import FieldErrors
from ui.common.fields import Editor, make_editor
from ui.common.file_dialogs import open_files
from ui.common.i18n import tr
from ui.common.screen_fit import form_scrolling
from ui.common.submit import show_failure
from ui.evidence import labels as evidence_labels
from ui.shell.context import AppContext

OFFICE = -1   # the submitter combo's value for 本局调取
ITEM_KEY = re.compile(r"items\[(\d+)\]\.(\w+)")   # how the service names a wrong cell of an item list


class SubmitterEditor(Editor):
    """A party of the case, or the office itself (本局调取)."""

    def __init__(self, parties: tuple[PartyInfo, ...], party_id: int | None, by_office: bool):
        self.widget = QComboBox()
        self.widget.addItem(tr("请选择…"), None)
        for p in parties:
            self.widget.addItem(f"{labels.party_role(p.role)}：{p.name}", p.id)
        self.widget.addItem(tr(OFFICE_SUBMITTER), OFFICE)
        wanted = OFFICE if by_office else party_id
        self.widget.setCurrentIndex(max(0, self.widget.findData(wanted)) if wanted is not None else 0)

    def value(self) -> tuple[int | None, bool]:
        data = self.widget.currentData()
        return (None, True) if data == OFFICE else (data, False)


class OfficersEditor(Editor):
    """The officers who took part (at least two: the service says so next to this list)."""

    def __init__(self, users: tuple[UserInfo, ...]):
        self.widget = QListWidget()
        self.widget.setMaximumHeight(120)
        for u in users:
            item = QListWidgetItem(f"{u.full_name}（{labels.role(u.role)}）")
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.widget.addItem(item)

    def value(self) -> tuple[int, ...]:
        items = (self.widget.item(i) for i in range(self.widget.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)


class ItemsEditor(Editor):
    """名称, 规格型号, 数量, 单价, 保存地点, 备注 — one row an item."""

    def __init__(self):
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(ITEM_COLUMNS))
        self.table.setObjectName("items_table")
        self.table.setHorizontalHeaderLabels([evidence_labels.item_column(c) for c in ITEM_COLUMNS])
        self.table.setMinimumHeight(140)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(tr("添加一行(&W)"))
        remove = QPushButton(tr("删除所选行"))
        add.clicked.connect(lambda: self.add_row({}))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.set_rows([])

    def set_rows(self, rows: list[dict]) -> None:
        self.table.setRowCount(0)
        for row in rows or ({},):
            self.add_row(row)

    def add_row(self, values: dict) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, key in enumerate(ITEM_COLUMNS):
            self.table.setItem(r, c, QTableWidgetItem(str(values.get(key, ""))))

    def name_cells(self, exc: Exception, field_errors: FieldErrors) -> None:
        """The service names a wrong cell `items[row].column`: say which row and column next to the table,
        and put the cursor on the first one."""
        first = None
        for e in exc.errors if isinstance(exc, ValidationErrors) else (exc,):
            found = ITEM_KEY.fullmatch(getattr(e, "field", ""))
            if found is None or found[2] not in ITEM_COLUMNS:
                continue
            row, column = int(found[1]), found[2]
            field_errors.set(e.field, tr("第 %1 行 %2：%3").replace("%1", str(row + 1))
                             .replace("%2", evidence_labels.item_column(column)).replace("%3", errors.reason_text(e)))
            first = first or (row, ITEM_COLUMNS.index(column))
        if first is not None:
            self.table.setCurrentCell(*first)

    def value(self) -> tuple[dict, ...]:
        out = []
        for r in range(self.table.rowCount()):
            out.append({key: (self.table.item(r, c).text() if self.table.item(r, c) else "")
                        for c, key in enumerate(ITEM_COLUMNS)})
        return tuple(out)


class FilesEditor(Editor):
    """Files to attach; read on the database lane when the form is saved, never on the GUI thread."""

    def __init__(self, existing: tuple[str, ...] = ()):
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("files_list")
        self.list.setMaximumHeight(90)
        for name in existing:
            item = QListWidgetItem(tr("（已存）%1").replace("%1", name))
            self.list.addItem(item)
        self.paths: list[str] = []
        add = QPushButton(tr("添加文件(&F)…"))
        add.setObjectName("add_files_button")
        add.clicked.connect(self._on_add_clicked)
        layout.addWidget(self.list, 1)
        layout.addWidget(add)

    def add_paths(self, paths: list[str]) -> None:
        for p in paths:
            if p and p not in self.paths:
                self.paths.append(p)
                self.list.addItem(Path(p).name)

    def _on_add_clicked(self) -> None:
        paths = open_files(self.widget, tr("选择证据文件"))
        self.add_paths(paths)

    def value(self) -> tuple[str, ...]:
        return tuple(self.paths)


def read_uploads(paths: tuple[str, ...]) -> tuple[FileUpload, ...]:
    """Called inside the database task: the bytes and their name (an over-limit file is refused by its size,
    before it is read)."""
    return tuple(FileUpload(*read_upload(p, field=f"files[{i}]", limit=MAX_FILE)) for i, p in enumerate(paths))


class EvidenceFormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, title: str, fields: tuple[Field, ...],
                 submit: Callable[[dict], Callable[[], Any]], *, parties: tuple[PartyInfo, ...] = (),
                 extra: tuple[tuple[str, Editor], ...] = (), draft_key: str | None = None, note: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._submit = ctx, submit
        self._drafts = drafts_for(ctx) if draft_key else None
        self._draft_key = draft_key
        self.setWindowTitle(title)
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            layout.addWidget(hint)
        body = QWidget()
        form = QFormLayout(body)
        layout.addWidget(form_scrolling(body, framed=True), 1)
        self.summary_label = QLabel()
        self.field_errors = FieldErrors(self.summary_label)
        layout.addWidget(self.summary_label)
        self.editors: dict[str, Editor] = {}
        today = ctx.clock.today()
        for f in fields:
            editor = make_editor(f, names=evidence_labels.SCOPE, today=today, parties=parties)
            self._add_row(form, f.name, editor, f.required)
        for name, editor in extra:
            self._add_row(form, name, editor, True)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setText(tr("保存(&S)"))
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self._offer_draft()

    def _add_row(self, form: QFormLayout, name: str, editor: Editor, required: bool) -> None:
        editor.widget.setObjectName(editor.widget.objectName() or f"{name}_edit")
        self.editors[name] = editor
        text = evidence_labels.evidence_field(name) + ("" if required else tr("（选填）"))
        form.addRow(text + "：", editor.widget)
        self.field_errors.register(name, editor.widget)
        if isinstance(editor.widget, QPlainTextEdit | QLineEdit):
            editor.widget.textChanged.connect(self._save_draft)
        elif isinstance(editor, ItemsEditor):
            editor.table.itemChanged.connect(self._save_draft)
            editor.table.model().rowsRemoved.connect(self._save_draft)

    # ---- drafts of what was typed: the text fields and the rows of an item list
    def _typed(self) -> dict:
        out = {}
        for name, e in self.editors.items():
            if isinstance(e.widget, QPlainTextEdit | QLineEdit):
                out[name] = e.value()
            elif isinstance(e, ItemsEditor):
                out[name] = [row for row in e.value() if any(row.values())]
        return out

    def _save_draft(self, *_args) -> None:
        typed = self._typed()
        if self._drafts is not None and any(typed.values()):
            self._drafts.save(self._draft_key, typed, saved_at=self._ctx.clock.now())

    def _offer_draft(self) -> None:
        found = self._drafts.load(self._draft_key) if self._drafts is not None else None
        if found is None or not messages.ask_restore_draft(self, found[1]):
            return
        for name, value in found[0].items():
            editor = self.editors.get(name)
            if isinstance(editor, ItemsEditor):
                editor.set_rows(value)
            elif editor is not None and isinstance(editor.widget, QPlainTextEdit):
                editor.widget.setPlainText(value)
            elif editor is not None and isinstance(editor.widget, QLineEdit):
                editor.widget.setText(value)

    # ---- saving
    def values(self) -> dict:
        return {name: e.value() for name, e in self.editors.items()}

    def save(self) -> None:
        self.field_errors.clear()
        self.save_button.setEnabled(False)
        self._ctx.runner.run_db(self._submit(self.values()), on_success=self._on_saved, on_failure=self._on_failed,
                                owner=self)

    def _on_saved(self, result) -> None:
        if self._drafts is not None:
            self._drafts.clear(self._draft_key)
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if show_failure(self, self.field_errors, exc) and isinstance(self.editors.get("items"), ItemsEditor):
            self.editors["items"].name_cells(exc, self.field_errors)
