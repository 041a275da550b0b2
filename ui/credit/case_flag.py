"""The 失信 flag under a case's header, whichever tab is open: a party of this case matches a party on the credit
list (or being identified) because of another case — who, why, since when, which case. The same match as
intake's and the 执行 tab's (ipcase.queries.credit.register.case_credit_flags)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ipcase.dto.cases import CaseDetail
from ipcase.queries.credit.register import case_credit_flags
from ui.credit.case_tab import flag_text
from ui.shell.context import AppContext


class CaseCreditFlag(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._case_id: int | None = None
        self.flags: tuple = ()
        self.setObjectName("case_credit_flag")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold; background: #fdecea; padding: 3px 6px;")
        self.setToolTip(self.tr("当事人在失信名单中（或正在认定）：详见“失信名单”"))
        self.hide()

    def set_detail(self, d: CaseDetail) -> None:
        self._case_id = d.id
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(case_credit_flags, case_id=d.id),
                          on_success=lambda flags, case_id=d.id: self._loaded(case_id, flags), owner=self)

    def _loaded(self, case_id: int, flags) -> None:
        if case_id != self._case_id:
            return   # another case was opened meanwhile
        self.flags = tuple(flags)
        self.setText(self.tr("失信提示：") + flag_text(flags).replace("\n", "；") if flags else "")
        self.setVisible(bool(flags))
