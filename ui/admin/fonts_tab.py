"""设置 › 公文字体 (administrators): which font each part of a printed document uses on THIS computer — the
official font GB/T 9704 names, the font file an administrator picked here, the office's substitute or the bundled
one — and the choice of a font file per part (checked and copied into this computer's data folder by the core)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.documents.fonts import OFFICIAL, FontSet
from ipcase.queries.admin.fonts import fonts_in_use
from ipcase.services.admin.fonts import pick_document_font, remove_document_font
from ui.common.field_errors import FieldErrors
from ui.common.file_dialogs import open_file
from ui.common.submit import submit
from ui.shell.context import AppContext

ROLE_TEXT = {
    "title": QT_TRANSLATE_NOOP("FontsPage", "标题"),
    "body": QT_TRANSLATE_NOOP("FontsPage", "正文"),
    "hei": QT_TRANSLATE_NOOP("FontsPage", "一级标题"),
    "kai": QT_TRANSLATE_NOOP("FontsPage", "二级标题"),
    "song": QT_TRANSLATE_NOOP("FontsPage", "页码、表格"),
}


def source_text(choice) -> str:
    tr = lambda s: QCoreApplication.translate("FontsPage", s)  # noqa: E731
    if choice.picked:
        return tr("管理员为本机选择的字体文件")
    if not choice.official:
        return tr("缺少公文字体，使用内置替代字体")
    if choice.family == OFFICIAL[choice.role][0][0]:
        return tr("本机已安装")
    return tr("本机已安装的相近字体")


class FontsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._roles: list[str] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "公文按 GB/T 9704 使用方正小标宋简体（标题）、仿宋_GB2312（正文）、黑体和楷体_GB2312（层次标题）。"
            "本机缺少时，PDF 使用替代字体，Word 文件仍写明公文字体名称。可在此为本机选择单位已有的字体文件"
            "（TrueType .ttf/.ttc），程序检查后复制到本机数据文件夹，只对本机有效。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("fonts_table")
        self.table.setHorizontalHeaderLabels([self.tr("用途"), self.tr("公文字体"), self.tr("本机文书使用"),
                                              self.tr("来源")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("fonts_problem_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("color: #c62828;")
        self.summary_label.hide()
        layout.addWidget(self.summary_label)
        self.field_errors = FieldErrors(self.summary_label)
        buttons = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("选择字体文件(&F)…"))
        self.pick_button.setObjectName("pick_font_button")
        self.pick_button.clicked.connect(self._on_pick_clicked)
        self.remove_button = QPushButton(self.tr("恢复自动选择(&A)"))
        self.remove_button.setObjectName("remove_font_button")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._fonts: FontSet | None = None
        self._update_buttons()

    def refresh(self) -> None:
        ctx = self._ctx
        if ctx.user is None:
            return
        ctx.runner.run_db(ctx.db(fonts_in_use, office_id=ctx.user.office_id), on_success=self._on_loaded,
                          owner=self)

    def _on_loaded(self, fonts: FontSet) -> None:
        self._fonts = fonts
        chosen = list(fonts)
        self._roles = [f.role for f in chosen]
        self.table.setRowCount(len(chosen))
        for row, choice in enumerate(chosen):
            cells = (QCoreApplication.translate("FontsPage", ROLE_TEXT[choice.role]), OFFICIAL[choice.role][0][0],
                     f"{choice.family}（{choice.path.name}）", source_text(choice))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(choice.path) if column == 2 else text)
                self.table.setItem(row, column, item)
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)
        self._update_buttons()

    def selected_role(self) -> str | None:
        row = self.table.currentRow()
        return self._roles[row] if 0 <= row < len(self._roles) else None

    def _update_buttons(self) -> None:
        role = self.selected_role()
        admin = self._ctx.may("settings.edit")
        self.pick_button.setEnabled(admin and role is not None)
        picked = self._fonts is not None and role is not None and getattr(self._fonts, role).picked
        self.remove_button.setEnabled(admin and picked)

    def _on_pick_clicked(self) -> None:
        role = self.selected_role()
        if role is None:
            return
        path = open_file(self, self.tr("选择字体文件"), self.tr("TrueType 字体 (*.ttf *.ttc *.TTF *.TTC);;所有文件 (*)"))
        if path:
            self.pick(role, path)

    def pick(self, role: str, path: str) -> None:
        """Check and copy `path` as this computer's font of `role` (the file dialog's answer, or a test's)."""
        ctx = self._ctx
        self.field_errors.clear()
        submit(self, ctx.runner, ctx.db(pick_document_font, actor_id=ctx.user_id, data_dir=ctx.data_dir,
                                        role=role, path=path),
               field_errors=self.field_errors, on_success=lambda _picked: self.refresh(), lock=self.pick_button)

    def _on_remove_clicked(self) -> None:
        role = self.selected_role()
        if role is None:
            return
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(remove_document_font, actor_id=ctx.user_id, data_dir=ctx.data_dir,
                                        role=role),
               field_errors=self.field_errors, on_success=lambda _none: self.refresh(), lock=self.remove_button)
