"""结束外出: a 部门负责人 ends a check-out before its laptop checks in (the laptop was lost, the officer left, the
records are needed at the office). The records are the office's again at once; what the laptop did afterwards
comes back through the conflict queue at its check-in, never silently. The reason is required and audited."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ipcase.dto.sync_status import CheckoutStatus
from ipcase.services.sync.conflicts import end_checkout
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext
from ui.sync.labels import RECORD_KIND, label, number_text


class EndCheckoutDialog(FormDialog):
    ended = Signal(int)   # the check-out's id

    def __init__(self, ctx: AppContext, checkout: CheckoutStatus, parent: QWidget | None = None):
        super().__init__(parent, min_width=520)
        self._ctx, self._checkout = ctx, checkout
        self.setObjectName("sync_end_dialog")
        self.setWindowTitle(self.tr("结束外出办案"))
        out = [r for r in checkout.records if r.returned_at is None]
        records = "、".join(f"{label(RECORD_KIND, r.kind)} {number_text(r.number)}" for r in out[:8])
        if len(out) > 8:
            records += self.tr(" 等 %1 件").replace("%1", str(len(out)))
        intro = QLabel(self.tr(
            "%1 的笔记本“%2”自 %3 起外出办案，带走：%4。\n\n结束后，这些记录立即回到单位，可在单位修改；笔记本此后"
            "签入的操作不会自动执行，而是进入冲突队列，由部门负责人或承办人逐项决定。")
            .replace("%1", checkout.user_name).replace("%2", checkout.laptop_name)
            .replace("%3", f"{checkout.created_at:%Y-%m-%d %H:%M}").replace("%4", records or self.tr("（无）")))
        intro.setWordWrap(True)
        self.add_above(intro)
        self.reason_edit = self.add_row(self.tr("结束原因(&R)："), QPlainTextEdit(), "reason")
        self.reason_edit.setPlaceholderText(self.tr("例如：笔记本遗失；承办人调离；案件须在单位继续办理"))
        self.reason_edit.setMaximumHeight(110)
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(end_checkout, actor_id=ctx.user_id, checkout_id=self._checkout.id,
                      reason=self.reason_edit.toPlainText(), now=ctx.clock.now(), version=self._checkout.version)
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_ended,
               lock=self.button_box)

    def _on_ended(self, _result) -> None:
        self.ended.emit(self._checkout.id)
        self.accept()
