"""检出到笔记本 (issue 14): lend cases, intake items and mediation cases to an officer's laptop.

The officer (or a 部门负责人 for anyone) picks the records — or "本人的在办记录" at once —, names the laptop, the
day it comes back, how many 文号 of which document to reserve for documents issued on the spot, and where the
laptop copy goes: this computer (a laptop database in the data folder, encrypted with a passphrase; the program
then offers to restart on it) or a check-out package file (for another computer; the same passphrase opens it).
The check-out runs as one step in the core (ipcase.sync.checkout.check_out_to): a copy that fails marks nothing."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.cli.keys import MIN_PASSPHRASE
from ipcase.dto.sync import CheckoutResult
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.queries.sync.candidates import CheckoutChoices
from ipcase.sync.checkout import check_out_to
from ipcase.sync.package import write_database_package
from ui.common import file_dialogs
from ui.common.fields import date_edit
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.common.table_utils import compact_rows
from ui.shell.context import AppContext
from ui.sync.labels import RECORD_KIND, label, number_text

HERE, PACKAGE = "here", "package"
PACKAGE_SUFFIX = ".ipcpkg"


@dataclass(frozen=True)
class CheckoutRequest:
    """What the dialog sends to the core, the target included."""
    inputs: dict                   # check_out_to's keyword inputs (actor, holder, records, laptop, until, numbers)
    target: str                    # HERE | PACKAGE
    path: Path                     # the laptop database (HERE) or the package file (PACKAGE)
    passphrase: str


def run_checkout(new_uow, request: CheckoutRequest) -> CheckoutResult:
    """The check-out, off the GUI thread: into a laptop database here, or packed into a file for another computer
    (the laptop database written to a temporary folder, sealed with the passphrase, then removed)."""
    with new_uow() as uow:
        engine = uow.session.get_bind()   # the office database this window works on (an encrypted file included)
    if request.target == HERE:
        request.path.parent.mkdir(parents=True, exist_ok=True)
        return check_out_to(engine, f"sqlite:///{request.path.as_posix()}", passphrase=request.passphrase,
                            **request.inputs)
    with tempfile.TemporaryDirectory(prefix="ipcase-checkout-") as folder:
        laptop = Path(folder) / "laptop.db"
        result = check_out_to(engine, f"sqlite:///{laptop.as_posix()}", passphrase=request.passphrase,
                              office_url="", **request.inputs)
        m = result.manifest
        write_database_package(request.path, laptop, kind="checkout", office_id=m.office_id,
                               office_name=m.office_name, passphrase=request.passphrase, now=request.inputs["now"],
                               checkout_id=m.checkout_id, about={"laptop": m.laptop_name})
    return result


def laptop_file(data_dir: Path, now: datetime) -> Path:
    """Where a laptop database made on this computer goes: the data folder's `laptop/`, one file per check-out."""
    return Path(data_dir) / "laptop" / f"外出办案-{now:%Y%m%d-%H%M%S}.db"


class CheckoutDialog(FormDialog):
    checked_out = Signal(object)   # (CheckoutResult, CheckoutRequest)

    def __init__(self, ctx: AppContext, choices: CheckoutChoices, parent: QWidget | None = None):
        super().__init__(parent, min_width=900, scroll=True)
        self._ctx, self._choices = ctx, choices
        self.setObjectName("sync_checkout_dialog")
        self.setWindowTitle(self.tr("检出到笔记本"))
        intro = QLabel(self.tr("检出的记录在单位标注“外出办案”：签入之前，单位只能登记邮寄送达回证和当事人提交的材料。"
                               "笔记本上所做的一切在签入时由单位按同样的规则执行，不能执行的进入冲突队列，由人决定。"))
        intro.setWordWrap(True)
        self.add_above(intro)
        self.any_holder = ctx.may("sync.check_out_any")

        self.user_combo = QComboBox()
        self.user_combo.setObjectName("sync_user_combo")
        for uid, name in choices.officers:
            self.user_combo.addItem(name, uid)
        mine = self.user_combo.findData(ctx.user_id)
        if mine < 0:
            self.user_combo.addItem(ctx.user.full_name, ctx.user_id)
            mine = self.user_combo.count() - 1
        self.user_combo.setCurrentIndex(mine)
        self.user_combo.setEnabled(self.any_holder)   # a 部门负责人 may check out for another officer
        self.add_row(self.tr("办案人员(&U)："), self.user_combo, "user_id")
        self.laptop_edit = self.add_row(self.tr("笔记本名称(&L)："), QLineEdit(), "laptop_name")
        self.laptop_edit.setText(self.tr("%1的笔记本").replace("%1", ctx.user.full_name))
        today = ctx.clock.today()
        self.until_edit = self.add_row(self.tr("预计返回(&T)："), date_edit(today + timedelta(days=7)), "until")

        records = QWidget()
        column = QVBoxLayout(records)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.only_holders_check = QCheckBox(self.tr("只列出该办案人员承办的记录"))
        self.only_holders_check.setChecked(True)
        self.only_holders_check.setEnabled(self.any_holder)
        self.mine_button = QPushButton(self.tr("选中全部在办记录(&M)"))
        self.mine_button.setObjectName("sync_mine_button")
        bar.addWidget(self.only_holders_check)
        bar.addWidget(self.mine_button)
        bar.addStretch(1)
        column.addLayout(bar)
        self.records_table = QTableWidget(0, 5)
        self.records_table.setObjectName("sync_candidates_table")
        self.records_table.setHorizontalHeaderLabels(
            [self.tr("检出"), self.tr("类别"), self.tr("编号"), self.tr("当事人 / 事由"), self.tr("承办人")])
        self.records_table.verticalHeader().hide()
        self.records_table.horizontalHeader().setStretchLastSection(True)
        self.records_table.setMinimumHeight(170)
        compact_rows(self.records_table)
        column.addWidget(self.records_table)
        self.add_row(self.tr("记录："), records, "records")
        for key in ("cases", "intake", "mediation"):   # the service's refusals of a record picked
            self.field_errors.register(key, records)

        self.numbers_table = QTableWidget(len(choices.documents), 2)
        self.numbers_table.setObjectName("sync_numbers_table")
        self.numbers_table.setHorizontalHeaderLabels([self.tr("文书"), self.tr("预留文号数")])
        self.numbers_table.verticalHeader().hide()
        self.numbers_table.horizontalHeader().setStretchLastSection(True)
        self.numbers_table.setMinimumHeight(130)
        compact_rows(self.numbers_table)
        self.number_spins: dict[str, QSpinBox] = {}
        for row, d in enumerate(choices.documents):
            item = QTableWidgetItem(d.title + (self.tr("（现场常用）") if d.on_site else ""))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.numbers_table.setItem(row, 0, item)
            spin = QSpinBox()
            spin.setRange(0, 200)
            self.numbers_table.setCellWidget(row, 1, spin)
            self.number_spins[d.key] = spin
        self.numbers_table.resizeColumnToContents(0)
        self.add_row(self.tr("预留文号："), self.numbers_table, "numbers")

        target = QWidget()
        target_column = QVBoxLayout(target)
        target_column.setContentsMargins(0, 0, 0, 0)
        self.target_group = QButtonGroup(self)
        self.here_radio = QRadioButton(self.tr("本机：在本电脑建立笔记本副本（检出后可用它重新启动本程序）"))
        self.here_radio.setObjectName("sync_target_here")
        self.package_radio = QRadioButton(self.tr("检出包文件：带到另一台电脑，在那里导入"))
        self.package_radio.setObjectName("sync_target_package")
        for b in (self.here_radio, self.package_radio):
            self.target_group.addButton(b)
            target_column.addWidget(b)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("sync_package_file_edit")
        self.browse_button = QPushButton(self.tr("选择(&B)…"))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        target_column.addLayout(file_row)
        self.add_row(self.tr("检出到："), target, "path")
        self.passphrase_edit = self.add_row(self.tr("口令(&P)："), QLineEdit(), "passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(
            self.tr("至少 %1 个字符；打开笔记本副本或检出包时需要").replace("%1", str(MIN_PASSPHRASE)))
        self.confirm_edit = self.add_row(self.tr("再次输入口令(&C)："), QLineEdit(), "passphrase_again")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_buttons(self._on_button_box_accepted)
        self.button_box.button(self.button_box.StandardButton.Ok).setText(self.tr("检出(&O)"))

        self.here_radio.setChecked(True)
        self.target_group.buttonToggled.connect(lambda *_: self._enable())
        self.user_combo.currentIndexChanged.connect(lambda _i: self._fill_records())
        self.only_holders_check.toggled.connect(lambda _on: self._fill_records())
        self.mine_button.clicked.connect(self._on_mine_button_clicked)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self._fill_records()
        self._enable()

    # ---- the records offered
    def holder(self) -> int:
        return self.user_combo.currentData()

    def _fill_records(self) -> None:
        holder = self.holder()
        ticked = set(self.selected_records())
        shown = [c for c in self._choices.records
                 if not self.only_holders_check.isChecked() or holder in c.holders]
        self._shown = shown
        table = self.records_table
        table.setRowCount(len(shown))
        for row, c in enumerate(shown):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if (c.kind, c.id) in ticked else Qt.CheckState.Unchecked)
            table.setItem(row, 0, check)
            for col, text in enumerate((label(RECORD_KIND, c.kind), number_text(c.number), c.title,
                                        c.officer_name), start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()

    def selected_records(self) -> list[tuple[str, int]]:
        shown = getattr(self, "_shown", [])
        return [(c.kind, c.id) for row, c in enumerate(shown)
                if self.records_table.item(row, 0) is not None
                and self.records_table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _on_mine_button_clicked(self) -> None:
        holder = self.holder()
        for row, c in enumerate(self._shown):
            if holder in c.holders:
                self.records_table.item(row, 0).setCheckState(Qt.CheckState.Checked)

    # ---- the target
    def _enable(self) -> None:
        package = self.package_radio.isChecked()
        self.file_edit.setEnabled(package)
        self.browse_button.setEnabled(package)

    def _on_browse_button_clicked(self) -> None:
        name = file_dialogs.proposed_name(self.tr("检出包"), self.laptop_edit.text(),
                                          f"{self._ctx.clock.today():%Y%m%d}", suffix=PACKAGE_SUFFIX)
        path = file_dialogs.save_file(self, self.tr("保存检出包"), name, self.tr("ipcase 数据包 (*.ipcpkg)"))
        if path:
            self.file_edit.setText(path)

    # ---- sending
    def request(self) -> CheckoutRequest:
        """The form as the core's inputs; what can be told here (passphrase, file, a record picked) is refused
        next to its field, the rest by the service."""
        errors = []
        picked = self.selected_records()
        if not picked:
            errors.append(ValidationFailed("records", "required"))
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            errors.append(ValidationFailed("passphrase", "required"))
        elif len(passphrase) < MIN_PASSPHRASE:
            errors.append(ValidationFailed("passphrase", "too_short", str(MIN_PASSPHRASE)))
        elif self.confirm_edit.text() != passphrase:
            errors.append(ValidationFailed("passphrase_again", "mismatch"))
        now = self._ctx.clock.now()
        if self.package_radio.isChecked():
            text = self.file_edit.text().strip()
            if not text:
                errors.append(ValidationFailed("path", "required"))
            path = Path(text) if text else Path()
            if text and path.exists():
                errors.append(ValidationFailed("path", "duplicate", str(path)))
        else:
            path = laptop_file(self._ctx.data_dir, now)
        if errors:
            raise ValidationErrors(errors)
        inputs = dict(actor_id=self._ctx.user_id, user_id=self.holder(),
                      cases=tuple(i for k, i in picked if k == "case"),
                      intake=tuple(i for k, i in picked if k == "intake"),
                      mediation=tuple(i for k, i in picked if k == "mediation"),
                      laptop_name=self.laptop_edit.text(), until=self.until_edit.value(),
                      numbers={k: s.value() for k, s in self.number_spins.items() if s.value()}, now=now)
        return CheckoutRequest(inputs, PACKAGE if self.package_radio.isChecked() else HERE, path, passphrase)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        try:
            request = self.request()
        except ValidationErrors as exc:
            self.field_errors.show(exc)
            return
        ctx = self._ctx
        viewer = ctx.user_id

        def task():
            return run_checkout(lambda: ctx.new_uow(viewer_id=viewer), request), request
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_checked_out,
               lock=self.button_box)

    def _on_checked_out(self, result) -> None:
        self.checked_out.emit(result)
        self.accept()
