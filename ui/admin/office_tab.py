"""设置 › 机关: the office's name, 机关简称, 案号 pattern (with a live preview), address, higher office; and its
下级单位 (a top-level office's administrator adds one here, as `init --parent` does)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.numbering import format_number, validate_pattern
from ipcase.dto.admin import OfficeInfo, SubOffices
from ipcase.errors import ConcurrentModification, ValidationFailed
from ipcase.queries.admin import office as office_queries
from ipcase.services.admin import office as office_services
from ui.admin.sub_office_dialog import SubOfficeDialog
from ui.common import errors, messages
from ui.common.field_errors import FieldErrors
from ui.common.plain_table import fill, text_table
from ui.common.submit import Conflict, submit
from ui.shell.context import AppContext

PREVIEW_SEQUENCE = 12


class OfficePage(QWidget):
    office_saved = Signal(object)  # OfficeInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._office: OfficeInfo | None = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.name_edit = QLineEdit()
        self.short_name_edit = QLineEdit()
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("case_number_pattern_edit")
        self.preview_label = QLabel()
        self.preview_label.setObjectName("case_number_preview_label")
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.higher_office_edit = QLineEdit()
        self.higher_office_edit.setPlaceholderText(self.tr("第二次延长结案期限须经其批准"))
        form.addRow(self.tr("机关名称(&N)："), self.name_edit)
        form.addRow(self.tr("机关简称(&S)："), self.short_name_edit)
        form.addRow(self.tr("案号格式(&P)："), self.pattern_edit)
        form.addRow(self.tr("案号示例："), self.preview_label)
        hint = QLabel(self.tr("占位符：{机关简称}、{YYYY}（立案年份）、{n}（当年序号，不补零）。"
                              "例如 {机关简称}知裁字〔{YYYY}〕{n}号"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow("", hint)
        form.addRow(self.tr("地址："), self.address_edit)
        form.addRow(self.tr("电话："), self.phone_edit)
        form.addRow(self.tr("邮编："), self.postcode_edit)
        form.addRow(self.tr("上级部门(&H)："), self.higher_office_edit)
        for label_widget in (self.name_edit, self.short_name_edit, self.pattern_edit, self.higher_office_edit):
            label = form.labelForField(label_widget)
            if isinstance(label, QLabel):
                label.setBuddy(label_widget)
        self.summary_label = QLabel()
        outer.addWidget(self.summary_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存(&V)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(self._sub_offices_box())
        outer.addStretch(1)
        self.field_errors = FieldErrors(self.summary_label)
        for key, w in (("name", self.name_edit), ("short_name", self.short_name_edit),
                       ("case_number_pattern", self.pattern_edit), ("address", self.address_edit),
                       ("phone", self.phone_edit), ("postcode", self.postcode_edit),
                       ("higher_office", self.higher_office_edit)):
            self.field_errors.register(key, w)
        self.pattern_edit.textChanged.connect(self._update_preview)
        self.short_name_edit.textChanged.connect(self._update_preview)

    def _sub_offices_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("下级单位"))
        box.setObjectName("sub_offices_box")
        layout = QVBoxLayout(box)
        self.sub_offices_label = QLabel()
        self.sub_offices_label.setWordWrap(True)
        layout.addWidget(self.sub_offices_label)
        self.sub_offices_table = text_table([self.tr("机关名称"), self.tr("机关简称"), self.tr("案号格式"),
                                             self.tr("管理员")], "sub_offices_table")
        self.sub_offices_table.setMaximumHeight(160)
        layout.addWidget(self.sub_offices_table)
        row = QHBoxLayout()
        self.add_sub_office_button = QPushButton(self.tr("新增下级单位(&A)…"))
        self.add_sub_office_button.setObjectName("add_sub_office_button")
        self.add_sub_office_button.setEnabled(False)   # until the page knows this office may have sub-offices
        self.add_sub_office_button.clicked.connect(self.add_sub_office)
        row.addWidget(self.add_sub_office_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.sub_office_dialog: SubOfficeDialog | None = None
        self._sub_offices: SubOffices | None = None
        return box

    def refresh(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(office_queries.office_info, office_id=ctx.user.office_id),
                          on_success=self._on_office_loaded, owner=self)
        ctx.runner.run_db(ctx.db(office_queries.sub_offices, office_id=ctx.user.office_id),
                          on_success=self._on_sub_offices_loaded, owner=self)

    def _on_sub_offices_loaded(self, page: SubOffices) -> None:
        self._sub_offices = page
        fill(self.sub_offices_table, [[o.name, o.short_name, o.case_number_pattern, o.admins] for o in page.offices])
        self.sub_offices_table.setVisible(bool(page.offices))
        may = page.may_add and self._ctx.may("settings.edit")
        self.add_sub_office_button.setEnabled(may)
        if not page.may_add:
            self.sub_offices_label.setText(self.tr("本单位是下级单位，不能再新增下级单位。"))
        elif not page.offices:
            self.sub_offices_label.setText(self.tr("尚无下级单位。下级单位（如区县局）与本单位共用数据库，各自办案。"))
        else:
            self.sub_offices_label.setText(self.tr("共 %1 个下级单位。").replace("%1", str(len(page.offices))))

    def add_sub_office(self) -> SubOfficeDialog:
        page = self._sub_offices
        dialog = SubOfficeDialog(self._ctx, self, rules=page.rules if page else None,
                                 pattern=page.new_pattern if page else None)
        dialog.added.connect(self._on_sub_office_added)
        self.sub_office_dialog = dialog
        dialog.open()
        return dialog

    def _on_sub_office_added(self, result) -> None:
        office, admin = result
        self.refresh()
        messages.info(self, self.tr("新增下级单位"), self.tr("已新增 %1，其管理员 %2 可用所设密码登录。")
                      .replace("%1", office.name).replace("%2", admin.username))

    def _on_office_loaded(self, office: OfficeInfo) -> None:
        self._office = office
        self.name_edit.setText(office.name)
        self.short_name_edit.setText(office.short_name)
        self.pattern_edit.setText(office.case_number_pattern)
        self.address_edit.setText(office.address)
        self.phone_edit.setText(office.phone)
        self.postcode_edit.setText(office.postcode)
        self.higher_office_edit.setText(office.higher_office)
        self._update_preview()

    def _update_preview(self, *_args) -> None:
        pattern = self.pattern_edit.text()
        try:
            validate_pattern(pattern)
        except ValidationFailed as exc:
            self.preview_label.setStyleSheet("color: #b71c1c;")
            self.preview_label.setText(errors.reason_text(exc))
            return
        self.preview_label.setStyleSheet("font-weight: bold;")
        self.preview_label.setText(format_number(pattern, short_name=self.short_name_edit.text().strip(),
                                                 year=self._ctx.clock.today().year, n=PREVIEW_SEQUENCE))

    def office_input(self) -> OfficeInfo:
        return OfficeInfo(
            id=self._office.id if self._office else self._ctx.user.office_id,
            name=self.name_edit.text().strip(), short_name=self.short_name_edit.text().strip(),
            case_number_pattern=self.pattern_edit.text().strip(), address=self.address_edit.text().strip(),
            phone=self.phone_edit.text().strip(), postcode=self.postcode_edit.text().strip(),
            higher_office=self.higher_office_edit.text().strip())

    def _on_save_button_clicked(self) -> None:
        self.field_errors.clear()
        office = self.office_input()
        ctx = self._ctx
        version = self._office.version if self._office else 0
        submit(self, ctx.runner, ctx.db(office_services.update_office, actor_id=ctx.user_id, office=office,
                                        expected_version=version),
               field_errors=self.field_errors, lock=self.save_button, on_success=lambda _r: self._on_saved(office),
               conflict=Conflict(self._keep_newer_version, self.tr("机关信息已被他人修改"), self.refresh, ask=True))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        if self._office is not None:
            self._office = replace(self._office, version=exc.actual_version)

    def _on_saved(self, office: OfficeInfo) -> None:
        self._office = office
        self.refresh()   # the version the next save names
        self.office_saved.emit(office)
        messages.info(self, self.tr("机关信息"), self.tr("已保存。新的案号格式从下一件立案的案件起使用。"))
