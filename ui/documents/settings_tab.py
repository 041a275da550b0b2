"""设置 › 文书: the 公告送达 period ([U] setting, default 30 days), the office's 文号 pattern of each document
type (gapless per type and year), substitute fonts for official fonts missing here, the office's template folder,
and the 行政裁决书's choices: the 案号 as its number or a 文号 series of its own, the codes printed, the court named."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.documents import DocumentSettings
from ipcase.errors import ConcurrentModification
from ipcase.queries.documents import office_settings as doc_queries
from ipcase.services.documents import issue as doc_services
from ui.common import messages
from ui.common.field_errors import FieldErrors
from ui.common.submit import Conflict, submit
from ui.documents import labels as doc_labels
from ui.documents.document_dialog import office_template_dir
from ui.shell.context import AppContext

# GB/T 9704 roles: which official font each replaces.
FONT_ROLES = (("title", QT_TRANSLATE_NOOP("DocumentsSettingsPage", "标题（方正小标宋简体）")),
              ("body", QT_TRANSLATE_NOOP("DocumentsSettingsPage", "正文（仿宋_GB2312）")),
              ("hei", QT_TRANSLATE_NOOP("DocumentsSettingsPage", "一级标题（黑体）")),
              ("kai", QT_TRANSLATE_NOOP("DocumentsSettingsPage", "二级标题（楷体_GB2312）")),
              ("song", QT_TRANSLATE_NOOP("DocumentsSettingsPage", "页码、表格（宋体）")))


class DocumentsSettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        layout.addLayout(row)
        row.addWidget(QLabel(self.tr("公告送达视为送达的期间：")))
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("public_notice_days_spin")
        self.days_spin.setRange(1, 366)
        self.days_spin.setSuffix(self.tr(" 日"))
        row.addWidget(self.days_spin)
        # In the user's terms: what the number does, and the two rules an office chooses between.
        note = QLabel(self.tr("公告发出之日起经过此期间，即视为送达（民事诉讼法第九十五条为30日，原办案指南为60日）"))
        note.setStyleSheet("color: #6d4c00;")
        row.addWidget(note)
        row.addStretch(1)
        layout.addWidget(QLabel(self.tr("文号格式（每类文书每年单独连续编号；占位符 {机关简称}、{YYYY}、{n}）：")))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("patterns_table")
        self.table.setHorizontalHeaderLabels([self.tr("文书"), self.tr("文号格式")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        fonts_box = QGroupBox(self.tr("文书字体（本机未安装公文字体时使用的替代字体文件，留空则自动选择）"))
        fonts_form = QFormLayout(fonts_box)
        self.font_edits: dict[str, QLineEdit] = {}
        for role, text in FONT_ROLES:
            edit = QLineEdit()
            edit.setObjectName(f"font_{role}_edit")
            edit.setPlaceholderText(self.tr("自动：已安装的公文字体，否则内置字体"))
            browse = QPushButton(self.tr("浏览…"))
            browse.clicked.connect(lambda _c=False, e=edit: self._choose_font(e))
            line = QHBoxLayout()
            line.addWidget(edit, 1)
            line.addWidget(browse)
            fonts_form.addRow(self.tr(text) + "：", line)
            self.font_edits[role] = edit
        layout.addWidget(fonts_box)
        ruling_box = QGroupBox(self.tr("行政裁决书"))
        ruling_form = QFormLayout(ruling_box)
        self.separate_number_check = QCheckBox(self.tr("裁决书另行编写文号（不勾选时，以案号作为裁决书的编号）"))
        self.separate_number_check.setObjectName("ruling_separate_number_check")
        self.codes_check = QCheckBox(self.tr("当事人信息中载明统一社会信用代码、居民身份证号码（公开的裁决书通常不载明）"))
        self.codes_check.setObjectName("ruling_codes_check")
        self.court_edit = QLineEdit()
        self.court_edit.setObjectName("court_edit")
        self.court_edit.setPlaceholderText(self.tr("例如：宁波市中级人民法院、上海知识产权法院；留空则写“人民法院”"))
        ruling_form.addRow(self.tr("编号："), self.separate_number_check)
        ruling_form.addRow(self.tr("当事人："), self.codes_check)
        ruling_form.addRow(self.tr("行政诉讼管辖法院："), self.court_edit)
        layout.addWidget(ruling_box)
        self.summary_label = QLabel()
        layout.addWidget(self.summary_label)
        self.field_errors = FieldErrors(self.summary_label)
        self.field_errors.register("public_notice_days", self.days_spin)
        self.field_errors.register("court", self.court_edit)
        for role, edit in self.font_edits.items():
            self.field_errors.register(f"fonts.{role}", edit)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存(&V)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.templates_button = QPushButton(self.tr("打开本机关模板文件夹(&T)"))
        self.templates_button.setToolTip(self.tr(
            "在此文件夹中放入与 resources/templates 同名的模板文件，即可修改文书的措辞或版头，无需改动程序。"))
        self.templates_button.clicked.connect(self._on_templates_button_clicked)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.templates_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._keys: list[str] = []
        self._version = 0   # of the settings shown (optimistic locking)

    def refresh(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(doc_queries.document_settings, office_id=ctx.user.office_id),
                          on_success=self._on_loaded, owner=self)

    def _on_loaded(self, settings: DocumentSettings) -> None:
        self._version = settings.version
        self.days_spin.setValue(settings.public_notice_days)
        self.separate_number_check.setChecked(settings.ruling_separate_number)
        self.codes_check.setChecked(settings.ruling_codes)
        self.court_edit.setText(settings.court)
        configured = dict(settings.fonts)
        for role, edit in self.font_edits.items():
            edit.setText(configured.get(role, ""))
        self._keys = [key for key, _p in settings.patterns]
        self.table.setRowCount(len(settings.patterns))
        for r, (key, pattern) in enumerate(settings.patterns):
            name = QTableWidgetItem(doc_labels.doc_type(key))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(pattern))
        self.table.resizeColumnToContents(0)

    def settings(self) -> DocumentSettings:
        return DocumentSettings(self.days_spin.value(), tuple(
            (key, self.table.item(r, 1).text().strip()) for r, key in enumerate(self._keys)),
            tuple((role, edit.text().strip()) for role, edit in self.font_edits.items()),
            ruling_separate_number=self.separate_number_check.isChecked(),
            ruling_codes=self.codes_check.isChecked(), court=self.court_edit.text().strip())

    def _choose_font(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择字体文件"), edit.text(),
                                              self.tr("TrueType 字体 (*.ttf *.ttc *.TTF *.TTC)"))
        if path:
            edit.setText(path)

    def _on_save_button_clicked(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(doc_services.update_document_settings, actor_id=ctx.user_id,
                                        settings=self.settings(), expected_version=self._version),
               field_errors=self.field_errors, on_success=self._on_saved,
               conflict=Conflict(self._keep_newer_version, self.tr("文书设置已被他人修改"), self.refresh, ask=True))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        self._version = exc.actual_version

    def _on_saved(self, _result) -> None:
        self._version += 1   # this save counted once (services.setting_locks.claim_group)
        messages.info(self, self.tr("文书"), self.tr("已保存。"))

    def _on_templates_button_clicked(self) -> None:
        folder = Path(office_template_dir(self._ctx))
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
