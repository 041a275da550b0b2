"""设置 › 用户 › 登录与密码规则: the office's password rules, the wrong-password lock and the idle lock
(ipcase.domain.passwords.AccountRules; the ranges are the core's)."""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

from ipcase.domain.passwords import RANGES, AccountRules
from ipcase.dto.admin import AccountRulesPage
from ipcase.errors import ConcurrentModification
from ipcase.queries.admin.accounts import account_rules_page
from ipcase.services.admin import account_rules as service
from ui.common.form_dialog import FormDialog
from ui.common.submit import Conflict, submit
from ui.shell.context import AppContext


class AccountRulesDialog(FormDialog):
    saved = Signal(object)   # AccountRules

    def __init__(self, ctx: AppContext, page: AccountRulesPage, parent: QWidget | None = None):
        super().__init__(parent, min_width=440)
        self._ctx = ctx
        self._version = page.version   # what the save names: another administrator's save since is not overwritten
        rules = page.rules
        self.setObjectName("account_rules_dialog")
        self.setWindowTitle(self.tr("登录与密码规则"))
        note = QLabel(self.tr("规则适用于本局账户，自下次设置密码或登录时起生效；已设置的密码不因规则变化而失效（有效期除外）。"))
        note.setWordWrap(True)
        self.add_above(note)
        self.widgets: dict[str, QSpinBox | QCheckBox] = {}
        texts = {
            "min_length": self.tr("密码最短长度(&L)："),
            "letters_and_digits": self.tr("须同时包含字母和数字(&D)"),
            "not_username": self.tr("不得与用户名相同(&U)"),
            "expiry_days": self.tr("密码有效期(&E)："),
            "max_failures": self.tr("锁定前允许输错(&F)："),
            "lock_minutes": self.tr("首次锁定时长(&M)："),
            "idle_minutes": self.tr("无操作自动锁屏(&I)："),
        }
        suffixes = {"min_length": self.tr(" 个字符"), "expiry_days": self.tr(" 天（0 为永不过期）"),
                    "max_failures": self.tr(" 次"), "lock_minutes": self.tr(" 分钟（再次锁定时加倍，最长一天）"),
                    "idle_minutes": self.tr(" 分钟（0 为不锁屏）")}
        for f in fields(AccountRules):
            value = getattr(rules, f.name)
            if f.name in RANGES:
                widget = QSpinBox()
                widget.setRange(*RANGES[f.name])
                widget.setSuffix(suffixes[f.name])
                widget.setValue(value)
                self.add_row(texts[f.name], widget, f.name)
            else:
                widget = QCheckBox(texts[f.name])
                widget.setChecked(value)
                self.add_row("", widget, f.name)
            widget.setObjectName(f"{f.name}_edit")
            self.widgets[f.name] = widget
        # 三员分立 (issue 13): saved with these rules (same page, same version); its change is itself audited.
        self.separation_box = QCheckBox(self.tr("三员分立(&S)：系统管理员不能查看审计记录"))
        self.separation_box.setObjectName("audit_separation_edit")
        self.separation_box.setChecked(page.audit_separation)
        self.add_row("", self.separation_box, "audit_separation")
        explain = QLabel(self.tr("审计记录只由审计员查阅和导出；取消后系统管理员也可查看。此项改动本身记入审计记录。"))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555;")
        self.add_row("", explain)
        self.add_buttons(self._on_button_box_accepted)

    def rules(self) -> AccountRules:
        return AccountRules(**{name: w.value() if isinstance(w, QSpinBox) else w.isChecked()
                               for name, w in self.widgets.items()})

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(service.update_account_rules, actor_id=ctx.user_id, rules=self.rules(),
                                        expected_version=self._version,
                                        audit_separation=self.separation_box.isChecked()),
               field_errors=self.field_errors, on_success=self._on_saved, lock=self.button_box,
               conflict=Conflict(self._keep_newer_version, self.tr("登录与密码规则已被他人修改"), self._reload, ask=True))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        self._version = exc.actual_version

    def _reload(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(account_rules_page, office_id=ctx.user.office_id), on_success=self.show_page,
                          owner=self)

    def show_page(self, page: AccountRulesPage) -> None:
        """The rules as stored now (another administrator's), replacing what was typed."""
        self._version = page.version
        for name, widget in self.widgets.items():
            if isinstance(widget, QSpinBox):
                widget.setValue(getattr(page.rules, name))
            else:
                widget.setChecked(getattr(page.rules, name))
        self.separation_box.setChecked(page.audit_separation)

    def _on_saved(self, rules: AccountRules) -> None:
        self.saved.emit(rules)
        self.accept()
