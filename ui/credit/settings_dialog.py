"""失信名单 › 设置: the office's periods of the credit list (an administrator's; defaults where the rules leave the
period open — see the README). Saved with the settings group's version, so a stale page is refused."""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from ipcase.domain.credit.listing import CreditSettings
from ipcase.services.credit.settings import LIMITS, update_credit_settings
from ui.common.form_dialog import FormDialog
from ui.common.submit import Conflict, submit
from ui.shell.context import AppContext

ROWS = {   # translated by the dialog's self.tr: the context is its class name
    "statement_working_days": QT_TRANSLATE_NOOP("CreditSettingsDialog", "陈述申辩期限（工作日）(&S)："),
    "proposal_working_days": QT_TRANSLATE_NOOP("CreditSettingsDialog", "报请列入期限（工作日）(&P)："),
    "listing_years": QT_TRANSLATE_NOOP("CreditSettingsDialog", "列入期限（年）(&Y)："),
    "repair_after_months": QT_TRANSLATE_NOOP("CreditSettingsDialog", "列入满几个月可申请信用修复(&M)："),
    "repair_decision_working_days": QT_TRANSLATE_NOOP("CreditSettingsDialog", "信用修复决定期限（工作日）(&D)："),
}


class CreditSettingsDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, settings: CreditSettings, version: int, parent: QWidget | None = None):
        super().__init__(parent, min_width=520)
        self._ctx, self._version = ctx, version
        self.setObjectName("credit_settings_dialog")
        self.setWindowTitle(self.tr("失信名单期限设置"))
        note = QLabel(self.tr("各期限按本机关执行的规定填写；已列入的主体仍按列入时计算的期满日期移出。"))
        note.setWordWrap(True)
        self.add_above(note)
        self.spins: dict[str, QSpinBox] = {}
        labels = {k: self.tr(v) for k, v in ROWS.items()}
        for f in fields(CreditSettings):
            spin = QSpinBox()
            spin.setRange(*LIMITS.get(f.name, (1, 60)))
            spin.setValue(getattr(settings, f.name))
            self.spins[f.name] = self.add_row(labels[f.name], spin, f.name)
        self.add_buttons(self._on_button_box_accepted)

    def values(self) -> CreditSettings:
        return CreditSettings(**{k: s.value() for k, s in self.spins.items()})

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(update_credit_settings, actor_id=ctx.user_id, settings=self.values(),
                      expected_version=self._version)
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box,
               # Saving again after the message keeps what was typed over the newer save.
               conflict=Conflict(lambda e: setattr(self, "_version", e.actual_version), self.tr("失信名单期限设置")))

    def _on_saved(self, version: int) -> None:
        self._version = version
        self.saved.emit(version)
        self.accept()
