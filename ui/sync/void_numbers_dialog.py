"""作废预留文号: a 处(科)室负责人 or 部门负责人 settles the 文号 reserved for an ended check-out whose laptop will not come
back (ipcase.services.sync.numbers): each still-reserved number is marked void in the register with the reason,
audited; none is given back to the counter, since the laptop may have printed it."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ipcase.dto.sync_status import CheckoutStatus
from ipcase.services.sync.numbers import void_reserved_numbers
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext


class VoidNumbersDialog(FormDialog):
    voided = Signal(int)   # how many

    def __init__(self, ctx: AppContext, checkout: CheckoutStatus, parent: QWidget | None = None):
        super().__init__(parent, min_width=520)
        self._ctx, self._checkout = ctx, checkout
        self.setObjectName("sync_void_numbers_dialog")
        self.setWindowTitle(self.tr("作废预留文号"))
        intro = QLabel(self.tr(
            "%1 的笔记本“%2”的外出办案已于 %3 结束（%4），仍有 %5 个预留文号未签回。\n\n作废后，这些文号在文号登记中"
            "注明作废原因，不再退回文号序列（笔记本可能已经用它们制作并送达了文书）。如笔记本日后找回，其签入的文书仍"
            "按原文号登记。").replace("%1", checkout.user_name).replace("%2", checkout.laptop_name)
            .replace("%3", f"{checkout.ended_at:%Y-%m-%d}" if checkout.ended_at else "")
            .replace("%4", checkout.end_reason or "").replace("%5", str(checkout.reserved_left)))
        intro.setWordWrap(True)
        self.add_above(intro)
        self.reason_edit = self.add_row(self.tr("作废原因(&R)："), QPlainTextEdit(), "reason")
        self.reason_edit.setPlaceholderText(self.tr("例如：笔记本遗失，无法核实预留文号是否使用"))
        self.reason_edit.setMaximumHeight(110)
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(void_reserved_numbers, actor_id=ctx.user_id, checkout_id=self._checkout.id,
                      reason=self.reason_edit.toPlainText(), now=ctx.clock.now(), version=self._checkout.version)
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_voided,
               lock=self.button_box)

    def _on_voided(self, count: int) -> None:
        self.voided.emit(count)
        self.accept()
