"""设置 › 机关 › 新增下级单位: a county office under this (top-level) office and its first administrator, through
the service `init --parent` uses (ipcase.services.admin.setup.add_sub_office)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ipcase.domain.passwords import AccountRules
from ipcase.services.admin import setup
from ui.admin.office_setup_form import OfficeSetupForm
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext


class SubOfficeDialog(FormDialog):
    added = Signal(object)   # (OfficeInfo, UserInfo)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, rules: AccountRules | None = None,
                 pattern: str | None = None):
        super().__init__(parent, min_width=560, scroll=True)
        self._ctx = ctx
        self.setObjectName("sub_office_dialog")
        self.setWindowTitle(self.tr("新增下级单位"))
        intro = QLabel(self.tr("下级单位与本单位共用一个数据库，各自办案、互不修改；本单位可查阅其案件和统计。"
                               "它从本单位的设置（期限规则、文书、分流、口审和密码规则）开始，其管理员可再修改。"))
        intro.setWordWrap(True)
        self.add_above(intro)
        self.setup_form = OfficeSetupForm(year=ctx.clock.today().year, rules=rules, field_errors=self.field_errors)
        if pattern:
            self.setup_form.set_pattern(pattern)
        self.form.addRow(self.setup_form)
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        if not self.setup_form.check_all():
            return
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(setup.add_sub_office, actor_id=ctx.user_id, **self.setup_form.values()),
               field_errors=self.field_errors, on_success=self._on_added, lock=self.button_box)

    def _on_added(self, result) -> None:
        self.added.emit(result)
        self.accept()
