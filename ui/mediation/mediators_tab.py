"""调解员库: the office's staff mediators and external experts (e.g. a 知识产权纠纷人民调解委员会 member) with their
fields of expertise; filter by expertise, add and edit (officers and the heads). An administrator also sets
the mediation cases' 案号 pattern here."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.permissions import may
from ipcase.dto.mediation import MediatorInfo, MediatorPoolInput, NumberPatternPage
from ipcase.errors import ConcurrentModification
from ipcase.queries.admin import users as user_queries
from ipcase.queries.mediation import cases as mediation_queries
from ipcase.services.mediation import cases as mediation_services
from ipcase.services.mediation import mediators as mediator_services
from ui.common.field_errors import FieldErrors
from ui.common.form_dialog import FormDialog
from ui.common.plain_table import fill, text_table
from ui.common.submit import Conflict, show_failure, submit
from ui.shell.context import AppContext


class MediatorDialog(FormDialog):
    def __init__(self, ctx: AppContext, users, mediator: MediatorInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent, min_width=460)
        self._ctx, self._mediator = ctx, mediator
        self.setWindowTitle(self.tr("修改调解员") if mediator else self.tr("添加调解员"))
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("（外部专家）"), None)
        for u in users:
            if may(u.role, "mediators.serve"):
                self.user_combo.addItem(u.full_name, u.id)
        self.name_edit = QLineEdit()
        self.organization_edit = QLineEdit()
        self.organization_edit.setPlaceholderText(self.tr("如：某市知识产权纠纷人民调解委员会"))
        self.phone_edit = QLineEdit()
        self.expertise_edit = QLineEdit()
        self.expertise_edit.setPlaceholderText(self.tr("用顿号或逗号分隔，如：机械、电子、职务发明"))
        self.note_edit = QLineEdit()
        self.active_check = QCheckBox(self.tr("在库（可被指定）"))
        self.active_check.setChecked(True)
        for text, w, key in ((self.tr("本局人员："), self.user_combo, "user_id"), (self.tr("姓名："), self.name_edit, "name"),
                             (self.tr("单位："), self.organization_edit, ""), (self.tr("电话："), self.phone_edit, ""),
                             (self.tr("专业领域："), self.expertise_edit, "expertise"), (self.tr("备注："), self.note_edit, ""),
                             ("", self.active_check, "")):
            self.add_row(text, w, key)
        if mediator is not None:
            self._fill(mediator)
        self.add_buttons(self.submit, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

    def _fill(self, mediator: MediatorInfo) -> None:
        self._mediator = mediator
        self.user_combo.setCurrentIndex(max(self.user_combo.findData(mediator.user_id), 0))
        self.name_edit.setText(mediator.name)
        self.organization_edit.setText(mediator.organization)
        self.phone_edit.setText(mediator.phone)
        self.expertise_edit.setText("、".join(mediator.expertise))
        self.note_edit.setText(mediator.note)
        self.active_check.setChecked(mediator.active)

    def data(self) -> MediatorPoolInput:
        return MediatorPoolInput(name=self.name_edit.text(), user_id=self.user_combo.currentData(),
                                 organization=self.organization_edit.text(), phone=self.phone_edit.text(),
                                 expertise=(self.expertise_edit.text(),), note=self.note_edit.text(),
                                 active=self.active_check.isChecked())

    def submit(self) -> None:
        ctx = self._ctx
        self.field_errors.clear()
        submit(self, ctx.runner, ctx.db(mediator_services.save_mediator, actor_id=ctx.user_id, data=self.data(),
                                        mediator_id=self._mediator.id if self._mediator else None,
                                        expected_version=self._mediator.version if self._mediator else None),
               field_errors=self.field_errors, on_success=lambda _id: self.accept(),
               conflict=Conflict(self._keep_newer_version, self.tr("调解员信息已被他人修改"), self._reload, ask=True))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        self._mediator = replace(self._mediator, version=exc.actual_version)

    def _reload(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(mediation_queries.mediators, office_id=ctx.user.office_id),
                          on_success=self._on_reloaded, owner=self)

    def _on_reloaded(self, pool) -> None:
        stored = next((m for m in pool if m.id == self._mediator.id), None)
        if stored is not None:
            self._fill(stored)


class MediatorPoolPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.pool: tuple[MediatorInfo, ...] = ()
        self._users = ()
        self._pattern_version = 0   # the 调解案号 pattern's version as loaded (0: never saved)
        self.dialog: MediatorDialog | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("pool_filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("按专业领域、姓名或单位筛选"))
        self.filter_edit.textChanged.connect(lambda _t: self.refresh())
        self.add_button = QPushButton(self.tr("添加调解员(&A)…"))
        self.edit_button = QPushButton(self.tr("修改(&E)…"))
        can_edit = ctx.may("mediators.manage")
        for b in (self.add_button, self.edit_button):
            b.setVisible(can_edit)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.selected()))
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)
        self.table = text_table([self.tr("姓名"), self.tr("类型"), self.tr("单位"), self.tr("电话"), self.tr("专业领域"),
                             self.tr("在办案件"), self.tr("状态")], "mediator_pool_table")
        self.table.doubleClicked.connect(lambda _i: can_edit and self.open_editor(self.selected()))
        layout.addWidget(self.table, 1)
        pattern_row = QHBoxLayout()
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("mediation_pattern_edit")
        self.pattern_button = QPushButton(self.tr("保存案号格式"))
        self.pattern_button.clicked.connect(self.save_pattern)
        pattern_row.addWidget(QLabel(self.tr("调解案号格式（管理员）：")))
        pattern_row.addWidget(self.pattern_edit, 1)
        pattern_row.addWidget(self.pattern_button)
        self.pattern_widget = QWidget()
        self.pattern_widget.setLayout(pattern_row)
        self.pattern_widget.setVisible(ctx.may("settings.edit"))
        self.pattern_errors = FieldErrors()
        self.pattern_errors.register("mediation_case_number_pattern", self.pattern_edit)
        layout.addWidget(self.pattern_widget)

    def refresh(self) -> None:
        ctx = self._ctx
        if not self._users:
            ctx.runner.run_db(ctx.db(user_queries.list_users), on_success=self._on_users, owner=self)
        ctx.runner.run_db(ctx.db(mediation_queries.mediators, office_id=ctx.user.office_id,
                                 expertise=self.filter_edit.text()), on_success=self._on_loaded, owner=self)
        if ctx.may("settings.edit"):
            self.load_pattern()

    def load_pattern(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(mediation_queries.number_pattern, office_id=ctx.user.office_id),
                          on_success=self._on_pattern, owner=self)

    def _on_pattern(self, page: NumberPatternPage) -> None:
        self._pattern_version = page.version   # what the save names: a colleague's save since is not overwritten
        self.pattern_edit.setText(page.pattern)

    def _on_users(self, users) -> None:
        self._users = users

    def _on_loaded(self, pool) -> None:
        self.pool = pool
        fill(self.table, [[m.name, self.tr("本局人员") if m.user_id else self.tr("外部专家"), m.organization, m.phone,
                           "、".join(m.expertise), str(m.open_cases), self.tr("在库") if m.active else self.tr("已停用")]
                          for m in pool])
        for r, m in enumerate(pool):
            if not m.active:
                for c in range(self.table.columnCount()):
                    self.table.item(r, c).setForeground(Qt.GlobalColor.gray)

    def selected(self) -> MediatorInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.pool[min(rows)] if rows and self.pool else None

    def open_editor(self, mediator: MediatorInfo | None) -> MediatorDialog:
        self.dialog = MediatorDialog(self._ctx, self._users, mediator, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog

    def save_pattern(self) -> None:
        ctx = self._ctx
        self.pattern_errors.clear()
        conflict = Conflict(self._keep_newer_pattern_version, self.tr("调解案号格式已被他人修改"), self.load_pattern,
                            ask=True)
        ctx.runner.run_db(ctx.db(mediation_services.update_case_number_pattern, actor_id=ctx.user_id,
                                 pattern=self.pattern_edit.text(), expected_version=self._pattern_version),
                          on_success=self._on_pattern,
                          on_failure=lambda e: show_failure(self, self.pattern_errors, e, conflict=conflict),
                          owner=self)

    def _keep_newer_pattern_version(self, exc: ConcurrentModification) -> None:
        self._pattern_version = exc.actual_version
