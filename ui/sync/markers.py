"""The field laptop's lines in other screens: the banner across the main window when it runs on a laptop copy
("笔记本副本 · 外出办案自 … 至 … · 待发送 N 项"), and the 外出办案 line under a record's header (who holds it, on
which laptop, since and until when, and what the office may still do with it)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ipcase.dto.cases import CaseDetail
from ipcase.dto.sync_status import LaptopStatus, RecordCheckout
from ipcase.queries.sync.records import record_checkout
from ipcase.queries.sync.status import laptop_status
from ui.shell.context import AppContext

# The outbox grows with every gesture made on the laptop; the banner counts it again this often.
BANNER_REFRESH_MS = 30_000


class LaptopBanner(QLabel):
    """Hidden in an office database; on a laptop copy, always in view above the sections."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.laptop: LaptopStatus | None = None
        self.setObjectName("laptop_banner")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3e0; color: #8a4b00; font-weight: bold; padding: 5px 10px;"
                           "border-bottom: 1px solid #f0c27b;")
        self.timer = QTimer(self)
        self.timer.setInterval(BANNER_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.hide()

    def refresh(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(laptop_status, outbox_limit=0), on_success=self.show_laptop,
                          on_failure=lambda exc: None, owner=self)

    def show_laptop(self, laptop: LaptopStatus | None) -> None:
        self.laptop = laptop
        if laptop is None:
            self.timer.stop()
            self.hide()
            return
        since = f"{laptop.checked_out_at:%Y-%m-%d}"
        text = self.tr("笔记本副本 · 外出办案自 %1").replace("%1", since)
        if laptop.until is not None:
            text += self.tr(" 至 %1").replace("%1", laptop.until.isoformat())
        text += self.tr(" · 待发送 %1 项").replace("%1", str(laptop.pending))
        if laptop.counts.get("conflict") or laptop.counts.get("refused"):
            text += self.tr(" · 单位未执行 %1 项（见“外出办案”）").replace(
                "%1", str(laptop.counts.get("conflict", 0) + laptop.counts.get("refused", 0)))
        self.setText(text)
        self.setToolTip(self.tr(
            "本窗口使用的是从“%1”检出的笔记本副本，不是单位数据库。在这里所做的操作都记录下来，签入单位数据库"
            "（外出办案 › 签入到单位数据库，或导出签入包带回单位）后才成为单位的记录。").replace("%1", laptop.office_name))
        self.show()
        if not self.timer.isActive():
            self.timer.start()

    def update_from(self, status) -> None:
        """The 外出办案 page loaded a SyncStatus: the same figures, without another query."""
        self.show_laptop(status.laptop)


class RecordCheckoutLine(QLabel):
    """The 外出办案 line under a record's header, whichever tab is open; hidden while the record is at the office."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._kind = ctx, kind
        self._record_id: int | None = None
        self.checkout: RecordCheckout | None = None
        self.setObjectName(f"{kind}_checkout_line")
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a4b00; font-weight: bold; background: #fff3e0; padding: 3px 6px;")
        self.hide()

    def set_detail(self, d: CaseDetail) -> None:
        self.set_record(d.id)

    def set_record(self, record_id: int | None) -> None:
        self._record_id = record_id
        if record_id is None:
            self._loaded(None, None)
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(record_checkout, kind=self._kind, record_id=record_id),
                          on_success=lambda out, rid=record_id: self._loaded(rid, out), owner=self)

    def line(self, out: RecordCheckout) -> str:
        until = self.tr("，预计 %1 返回").replace("%1", out.until.isoformat()) if out.until else ""
        if out.on_this_laptop:
            text = self.tr("外出办案（笔记本副本）：%1，笔记本“%2”，自 %3 起%4。在此所做的修改签入单位数据库后生效。")
        else:
            text = self.tr("外出办案：%1，笔记本“%2”，自 %3 起%4。签入之前，单位只能登记邮寄送达回证和当事人提交的"
                           "材料，其他修改会被拒绝（请在笔记本上办理，或由部门负责人结束外出）。")
        return (text.replace("%1", out.user_name).replace("%2", out.laptop_name)
                .replace("%3", f"{out.since:%Y-%m-%d}").replace("%4", until))

    def _loaded(self, record_id: int, out: RecordCheckout | None) -> None:
        if record_id != self._record_id:
            return   # another record was opened meanwhile
        self.checkout = out
        self.setText(self.line(out) if out else "")
        self.setVisible(out is not None)
