"""失信名单: the register of the credit list (专利领域严重失信主体) of the offices in view — every party identified,
listed, removed — with the step each one waits for and its due date; the steps on the selected listing; 导出 Excel.
A listing is started from its case (案件 › 执行 › 失信认定)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ipcase.dto.credit import ListingInfo
from ipcase.queries.credit.register import credit_register, credit_settings_page
from ipcase.reports.credit_register import write_credit_register
from ui.common import messages
from ui.common.file_dialogs import announce_saved, proposed_name, save_file
from ui.common.i18n import tr_ctx
from ui.common.plain_table import fill_rows, text_table
from ui.credit.labels import GROUND, NEXT_STEP, REMOVAL, STATUS
from ui.credit.settings_dialog import CreditSettingsDialog
from ui.credit.step_dialog import ListingStepDialog
from ui.shell.context import AppContext

# The steps a listing in each status may take next, and who may take them (ipcase.domain.permissions).
OFFERED = {
    "identified": (("notice", "credit.manage"), ("statement", "credit.manage"), ("propose", "credit.manage")),
    "proposed": (("decide", "approval.decide"),),
    "listed": (("remove", "credit.manage"), ("apply_repair", "credit.manage")),
    "repair": (("decide_repair", "approval.decide"), ("remove", "credit.manage")),
}


class CreditRegisterView(QWidget):
    case_open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._rows: tuple[ListingInfo, ...] = ()
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("专利领域严重失信主体名单：认定 → 告知并听取陈述申辩 → 报部门负责人批准列入 → 期满移出，"
                              "或经当事人申请信用修复后提前移出。各步骤期限见“下一步/期限”，按本机关设置计算。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        bar = QHBoxLayout()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("credit_status_combo")
        self.status_combo.addItem(self.tr("全部状态"), "")
        for key, text in STATUS.items():
            self.status_combo.addItem(tr_ctx("labels", text), key)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("credit_search_edit")
        self.search_edit.setPlaceholderText(self.tr("名称或统一社会信用代码"))
        self.export_button = QPushButton(self.tr("导出 Excel(&X)…"))
        self.export_button.setObjectName("credit_export_button")
        self.settings_button = QPushButton(self.tr("期限设置(&S)…"))
        self.settings_button.setObjectName("credit_settings_button")
        self.settings_button.setVisible(ctx.may("settings.edit"))
        for w in (QLabel(self.tr("状态：")), self.status_combo, self.search_edit, self.export_button,
                  self.settings_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = text_table([self.tr("当事人"), self.tr("统一社会信用代码/证件号"), self.tr("失信行为"),
                                 self.tr("状态"), self.tr("依据案号"), self.tr("认定日期"), self.tr("列入日期"),
                                 self.tr("期满日期"), self.tr("下一步"), self.tr("期限"), self.tr("移出")],
                                "credit_register_table")
        layout.addWidget(self.table, 1)
        steps = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for key, text in (("notice", self.tr("告知书送达(&N)…")), ("statement", self.tr("陈述申辩(&T)…")),
                          ("propose", self.tr("报请列入(&P)…")), ("decide", self.tr("审批列入(&D)…")),
                          ("remove", self.tr("期满移出(&R)…")), ("apply_repair", self.tr("信用修复申请(&A)…")),
                          ("decide_repair", self.tr("信用修复决定(&F)…"))):
            b = QPushButton(text)
            b.setObjectName(f"credit_{key}_button")
            b.clicked.connect(lambda _=False, k=key: self._open_step(k))
            self.step_buttons[key] = b
            steps.addWidget(b)
        self.open_case_button = QPushButton(self.tr("打开案件(&O)"))
        self.open_case_button.setObjectName("credit_open_case_button")
        steps.addWidget(self.open_case_button)
        steps.addStretch(1)
        layout.addLayout(steps)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.search_edit.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        self.open_case_button.clicked.connect(self._on_open_case_button_clicked)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _i: self._on_open_case_button_clicked())
        self._enable()

    def refresh(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(credit_register, status=self.status_combo.currentData() or None,
                                 text=self.search_edit.text(), today=ctx.clock.now().date()),
                          on_success=self._loaded, owner=self)

    def _loaded(self, rows: tuple[ListingInfo, ...]) -> None:
        self._rows = rows
        today = self._ctx.clock.now().date()
        fill_rows(self.table, [(r.party_name, r.credit_code or r.id_number, tr_ctx("labels", GROUND.get(r.ground, r.ground)),
                                tr_ctx("labels", STATUS.get(r.status, r.status)), r.case_number, r.identified_on,
                                r.listed_on, r.period_end,
                                tr_ctx("labels", NEXT_STEP[r.next_step]) if r.next_step else "", r.next_due,
                                _removed(r)) for r in rows],
                  highlight=[r.next_due is not None and r.next_due < today for r in rows])
        self._enable()

    def _selected(self) -> ListingInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _enable(self) -> None:
        row = self._selected()
        offered = {k: g for k, g in OFFERED.get(row.status, ())} if row else {}
        for key, button in self.step_buttons.items():
            button.setEnabled(key in offered and self._ctx.may(offered[key]))
        self.open_case_button.setEnabled(row is not None)

    def _open_step(self, step: str) -> None:
        row = self._selected()
        if row is None:
            return
        self.dialog = dialog = ListingStepDialog(self._ctx, row, step, self)
        dialog.saved.connect(lambda _ref: self.refresh())
        dialog.open()

    def _on_open_case_button_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self.case_open_requested.emit(row.case_id)

    def _on_settings_button_clicked(self) -> None:
        ctx = self._ctx

        def opened(page) -> None:
            self.dialog = dialog = CreditSettingsDialog(ctx, *page, parent=self)
            dialog.saved.connect(lambda _v: self.refresh())
            dialog.open()
        ctx.runner.run_db(ctx.db(credit_settings_page, office_id=ctx.user.office_id), on_success=opened,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_export_button_clicked(self) -> None:
        ctx = self._ctx
        path = save_file(self, self.tr("导出失信名单"), proposed_name(self.tr("失信名单"), ctx.clock.now().date().isoformat(),
                                                                      suffix=".xlsx"),
                         self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        office = ctx.user.office_name if ctx.user else ""
        status = self.status_combo.currentData() or None
        text = self.search_edit.text()

        def export(uow):
            rows = credit_register(uow, status=status, text=text, today=ctx.clock.now().date())
            return write_credit_register(path, rows, office_name=office,
                                         subtitle=f"导出日期：{ctx.clock.now().date().isoformat()}")
        ctx.runner.run_db(ctx.db(export), on_success=lambda p: announce_saved(self, self.tr("导出失信名单"), p),
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)


def _removed(r: ListingInfo) -> str:
    if r.removed_on is None:
        return ""
    return f"{r.removed_on.isoformat()} {tr_ctx('labels', REMOVAL.get(r.removal_reason, r.removal_reason))}"
