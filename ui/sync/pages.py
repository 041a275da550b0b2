"""The two faces of the 外出办案 page: the office's (check-outs per laptop, their records, the conflict queue) and a
laptop copy's (since when, for whom, its outbox). They only show what ui/sync/section.py loads."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ipcase.dto.sync_status import CheckoutStatus, ConflictEntry, LaptopStatus, SyncStatus
from ipcase.sync.laptop import is_provisional
from ui.common.i18n import tr_ctx
from ui.common.plain_table import fill_rows, text_table
from ui.common.table_utils import compact_rows
from ui.sync.labels import (
    CHECKOUT_STATE,
    OUTBOX_STATE,
    PROVISIONAL_HINT,
    RECORD_KIND,
    command_label,
    document_title,
    label,
    number_text,
)


def when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value is not None else ""


def day(value) -> str:
    return value.isoformat() if value is not None else ""


class OfficePage(QWidget):
    """The office's side: check-outs, their records, the conflict queue."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("sync_summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.checkouts_table = text_table(
            [self.tr("笔记本"), self.tr("办案人员"), self.tr("检出时间"), self.tr("预计返回"), self.tr("记录"),
             self.tr("上次签入"), self.tr("状态")], "sync_checkouts_table")
        compact_rows(self.checkouts_table)
        top_layout.addWidget(self.checkouts_table, 3)
        top_layout.addWidget(QLabel(self.tr("所选笔记本的外出记录（双击打开）：")))
        self.records_table = text_table([self.tr("类别"), self.tr("编号"), self.tr("状态")], "sync_records_table")
        compact_rows(self.records_table)
        top_layout.addWidget(self.records_table, 2)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.conflicts_label = QLabel(self.tr("冲突队列（签入时单位未自动执行的操作，需人工处理）："))
        bottom_layout.addWidget(self.conflicts_label)
        self.conflicts_table = text_table(
            [self.tr("笔记本"), self.tr("办案人员"), self.tr("笔记本上的时间"), self.tr("操作"), self.tr("记录"),
             self.tr("原因")], "sync_conflicts_table")
        compact_rows(self.conflicts_table)
        bottom_layout.addWidget(self.conflicts_table, 1)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status: SyncStatus | None = None
        self.conflicts: tuple[ConflictEntry, ...] = ()
        self.checkouts_table.itemSelectionChanged.connect(self._show_records)

    def show_status(self, status: SyncStatus, conflicts: tuple[ConflictEntry, ...], reason_text) -> None:
        self.status, self.conflicts = status, conflicts
        out = [c for c in status.checkouts if c.state == "out"]
        text = self.tr("外出中的笔记本 %1 台，外出记录 %2 件；冲突待处理 %3 项。").replace("%1", str(len(out))) \
            .replace("%2", str(sum(1 for c in out for r in c.records if r.returned_at is None))) \
            .replace("%3", str(len(conflicts)))
        if status.warnings:
            text += " " + self.tr("⚠ %1 台笔记本超过 %2 天未签入或已超过预计返回日期。") \
                .replace("%1", str(len(status.warnings))).replace("%2", str(status.warn_days))
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet("color: #b00020; font-weight: bold;" if status.warnings else "")
        selected = self.selected_checkout()
        fill_rows(self.checkouts_table, [self._checkout_row(c) for c in status.checkouts],
                  highlight=[c.warn or c.overdue for c in status.checkouts])
        if selected is not None:
            for row, c in enumerate(status.checkouts):
                if c.id == selected.id:
                    self.checkouts_table.selectRow(row)
        elif status.checkouts:
            self.checkouts_table.selectRow(0)
        self._show_records()
        fill_rows(self.conflicts_table, [
            (c.laptop_name, c.laptop_user_name, when(c.laptop_at), command_label(c.command),
             self._record_text(c.record_kind, c.record_number), reason_text(c))
            for c in conflicts])

    def _checkout_row(self, c: CheckoutStatus) -> tuple:
        out = [r for r in c.records if r.returned_at is None]
        numbers = "、".join(number_text(r.number) for r in out[:3]) + (
            self.tr(" 等 %1 件").replace("%1", str(len(out))) if len(out) > 3 else "")
        state = label(CHECKOUT_STATE, c.state)
        notes = []
        if c.warn:
            notes.append(self.tr("%1 天未签入").replace("%1", str(c.days_without_checkin)))
        if c.overdue:
            notes.append(self.tr("已超过预计返回日期"))
        if c.open_conflicts:
            notes.append(self.tr("冲突 %1 项").replace("%1", str(c.open_conflicts)))
        if notes:
            state = "⚠ " + state + "（" + "，".join(notes) + "）"
        return (c.laptop_name, c.user_name, when(c.created_at), day(c.until), numbers,
                when(c.last_checkin_at) or self.tr("尚未签入"), state)

    def _record_text(self, kind: str, number: str) -> str:
        return f"{label(RECORD_KIND, kind)} {number_text(number)}" if kind else ""

    def selected_checkout(self) -> CheckoutStatus | None:
        rows = self.checkouts_table.selectionModel().selectedRows()
        if not rows or self.status is None or rows[0].row() >= len(self.status.checkouts):
            return None
        return self.status.checkouts[rows[0].row()]

    def selected_conflict(self) -> ConflictEntry | None:
        rows = self.conflicts_table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def selected_record(self):
        c = self.selected_checkout()
        rows = self.records_table.selectionModel().selectedRows()
        return c.records[rows[0].row()] if c and rows and rows[0].row() < len(c.records) else None

    def _show_records(self) -> None:
        c = self.selected_checkout()
        records = c.records if c else ()
        fill_rows(self.records_table, [
            (label(RECORD_KIND, r.kind), number_text(r.number),
             self.tr("外出中") if r.returned_at is None else self.tr("已签入 %1").replace("%1", when(r.returned_at)))
            for r in records])
        for row, r in enumerate(records):
            if is_provisional(r.number):
                self.records_table.item(row, 1).setToolTip(tr_ctx("labels", PROVISIONAL_HINT))


class LaptopPage(QWidget):
    """A laptop copy's side: since when, for whom, and its outbox."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.info_label = QLabel()
        self.info_label.setObjectName("sync_laptop_info_label")
        self.info_label.setWordWrap(True)
        layout.addWidget(self.info_label)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("sync_outbox_counts_label")
        layout.addWidget(self.counts_label)
        self.numbers_label = QLabel()
        self.numbers_label.setObjectName("sync_numbers_label")
        self.numbers_label.setWordWrap(True)
        layout.addWidget(self.numbers_label)
        self.outbox_table = text_table([self.tr("序号"), self.tr("时间"), self.tr("操作"), self.tr("人员"),
                                        self.tr("状态"), self.tr("说明")], "sync_outbox_table")
        compact_rows(self.outbox_table)
        layout.addWidget(self.outbox_table, 1)
        self.laptop: LaptopStatus | None = None

    def show_laptop(self, laptop: LaptopStatus, message_text) -> None:
        self.laptop = laptop
        until = self.tr("至 %1").replace("%1", day(laptop.until)) if laptop.until else ""
        self.info_label.setText(
            self.tr("本机是笔记本副本“%1”：%2 的外出办案，自 %3 起%4；来自 %5。").replace("%1", laptop.laptop_name)
            .replace("%2", laptop.user_name).replace("%3", when(laptop.checked_out_at)).replace("%4", until)
            .replace("%5", laptop.office_name)
            + (self.tr("上次签入：%1。").replace("%1", when(laptop.last_checkin_at)) if laptop.last_checkin_at
               else self.tr("尚未签入。")))
        parts = [f"{label(OUTBOX_STATE, state)} {n}" for state, n in sorted(
            laptop.counts.items(), key=lambda kv: list(OUTBOX_STATE).index(kv[0]) if kv[0] in OUTBOX_STATE else 99)]
        self.counts_label.setText(self.tr("操作记录：") + ("，".join(parts) if parts else self.tr("暂无")))
        blocks = [self.tr("%1 %2 年第 %3–%4 号（余 %5 个）").replace("%1", document_title(b.kind))
                  .replace("%2", str(b.year)).replace("%3", str(b.first)).replace("%4", str(b.last))
                  .replace("%5", str(b.left)) for b in laptop.numbers]
        self.numbers_label.setText(self.tr("预留文号：") + ("；".join(blocks) if blocks else self.tr("无（在笔记本上出具需要"
                                                                                         "文号的文书，须在检出时预留）")))
        fill_rows(self.outbox_table, [
            (o.seq, when(o.at), command_label(o.command), o.user_name, label(OUTBOX_STATE, o.state),
             message_text(o.message)) for o in laptop.outbox],
            highlight=[o.state in ("refused", "conflict") for o in laptop.outbox])
