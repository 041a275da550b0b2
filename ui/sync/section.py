"""外出办案 (issue 14): the field laptop's page.

At the office: the check-outs — one officer's laptop each — with their records, the last check-in and a warning
when a laptop has not checked in for more than the office's `sync.warn_days` or stays out after its return date;
检出 (records to a laptop), 签入 (a check-in package, with the result record by record and a receipt for the laptop),
结束外出 for a 部门负责人, and the conflict queue with its decision dialog.
On a laptop copy: what the laptop did and what waits to be sent (the outbox), 签入到单位数据库 (direct, through the
office address recorded at check-out), 导出签入包 (a file for a USB stick) and 导入回执 (the office's answer to it).
The two faces are ui/sync/pages.py; the dialogs are beside them."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.sync_status import CheckinSummary, ConflictEntry, SyncStatus
from ipcase.progress import Cancelled
from ipcase.queries.sync.candidates import checkout_choices
from ipcase.queries.sync.conflicts import conflict_queue
from ipcase.queries.sync.status import sync_status, warn_days_page
from ipcase.sync.handover import (
    check_in_direct,
    check_in_laptop_file,
    check_in_package,
    export_package,
    import_receipt,
    laptop_file_encrypted,
)
from ipcase.sync.package_format import is_package
from ui.common import file_dialogs, messages
from ui.common.progress_task import ProgressTask
from ui.shell.context import AppContext
from ui.sync import restart
from ui.sync.checkin_dialog import CheckinResultDialog
from ui.sync.checkout_dialog import PACKAGE, PACKAGE_SUFFIX, CheckoutDialog
from ui.sync.conflict_dialog import ConflictDialog
from ui.sync.end_dialog import EndCheckoutDialog
from ui.sync.errors import outbox_message, reason_line
from ui.sync.labels import document_title
from ui.sync.open_package_dialog import OpenedCopy, OpenPackageDialog
from ui.sync.pages import LaptopPage, OfficePage
from ui.sync.settings_dialog import SyncSettingsDialog
from ui.sync.void_numbers_dialog import VoidNumbersDialog

# The gestures the buttons ask (ipcase.domain.permissions); the services check again.
CHECK_OUT = "sync.check_out"
CHECK_IN = "record.change"     # a check-in replays each operation as its own user, under that user's rights


class SyncView(QWidget):
    case_open_requested = Signal(int)
    intake_open_requested = Signal(int)
    mediation_case_open_requested = Signal(int)
    changed = Signal()           # a check-out, check-in or decision changed records: lists refresh
    status_loaded = Signal(object)   # SyncStatus (the main window's laptop banner follows it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QWidget | None = None
        self.status: SyncStatus | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.checkout_button = QPushButton(self.tr("检出到笔记本(&O)…"))
        self.checkout_button.setObjectName("sync_checkout_button")
        self.checkin_button = QPushButton(self.tr("签入(&I)…"))
        self.checkin_button.setObjectName("sync_checkin_button")
        self.checkin_button.setToolTip(self.tr("签入笔记本带回的签入包或笔记本数据库文件"))
        self.end_button = QPushButton(self.tr("结束外出(&E)…"))
        self.end_button.setObjectName("sync_end_button")
        self.void_button = QPushButton(self.tr("作废预留文号(&V)…"))
        self.void_button.setObjectName("sync_void_button")
        self.void_button.setToolTip(self.tr("已结束外出办案、笔记本不再交回时，作废其未签回的预留文号"))
        self.decide_button = QPushButton(self.tr("处理冲突(&D)…"))
        self.decide_button.setObjectName("sync_decide_button")
        self.direct_button = QPushButton(self.tr("签入到单位数据库(&S)"))
        self.direct_button.setObjectName("sync_direct_button")
        self.export_button = QPushButton(self.tr("导出签入包(&X)…"))
        self.export_button.setObjectName("sync_export_button")
        self.receipt_button = QPushButton(self.tr("导入回执(&P)…"))
        self.receipt_button.setObjectName("sync_receipt_button")
        self.receipt_button.setToolTip(self.tr("单位签入签入包后写出的回执：笔记本据此知道每项操作的结果"))
        self.open_package_button = QPushButton(self.tr("打开案件包(&K)…"))
        self.open_package_button.setObjectName("sync_open_package_button")
        self.open_package_button.setToolTip(self.tr("打开其他机关移送来的案件包（只读副本），建立查阅人账户后查阅"))
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.settings_button = QPushButton(self.tr("提醒设置(&W)…"))
        self.settings_button.setObjectName("sync_settings_button")
        for b in (self.checkout_button, self.checkin_button, self.end_button, self.void_button, self.decide_button,
                  self.direct_button, self.export_button, self.receipt_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.open_package_button)
        bar.addWidget(self.settings_button)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        self.pages = QStackedWidget()
        self.office_page = OfficePage()
        self.laptop_page = LaptopPage()
        self.pages.addWidget(self.office_page)
        self.pages.addWidget(self.laptop_page)
        layout.addWidget(self.pages, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.office_page.checkouts_table.itemSelectionChanged.connect(self._enable)
        self.office_page.conflicts_table.itemSelectionChanged.connect(self._enable)
        self.office_page.records_table.doubleClicked.connect(self._on_records_table_double_clicked)
        self.office_page.conflicts_table.doubleClicked.connect(lambda _i: self.decide_button.click())
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.void_button.clicked.connect(self._on_void_button_clicked)
        self.checkout_button.clicked.connect(self._on_checkout_button_clicked)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        self.checkin_button.clicked.connect(self._on_checkin_button_clicked)
        self.direct_button.clicked.connect(self._on_direct_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.open_package_button.clicked.connect(self._on_open_package_button_clicked)
        self.checkin_progress = ProgressTask(self)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self._enable()

    # ---- loading
    def refresh(self) -> None:
        ctx = self._ctx
        office_id = ctx.user.office_id if ctx.user else None
        now = ctx.clock.now()

        def both(uow):
            status = sync_status(uow, office_id=office_id, now=now)
            return status, (conflict_queue(uow, office_id=office_id) if status.laptop is None else ())
        ctx.runner.run_db(ctx.db(both), on_success=self._loaded, owner=self)

    def _loaded(self, result) -> None:
        self.status, conflicts = result
        if self.status.laptop is not None:
            self.laptop_page.show_laptop(self.status.laptop, self._message_text)
            self.pages.setCurrentWidget(self.laptop_page)
        else:
            self.office_page.show_status(self.status, conflicts, self._conflict_reason)
            self.pages.setCurrentWidget(self.office_page)
        self._enable()
        self.status_loaded.emit(self.status)

    @staticmethod
    def _conflict_reason(c: ConflictEntry) -> str:
        return reason_line(c.reason_code, c.reason_detail)

    @staticmethod
    def _message_text(message: str) -> str:
        return outbox_message(message)

    # ---- what may be done now
    def _enable(self) -> None:
        laptop = self.status is not None and self.status.laptop is not None
        ctx = self._ctx
        for b in (self.checkout_button, self.checkin_button, self.end_button, self.void_button, self.decide_button):
            b.setVisible(not laptop)
        for b in (self.direct_button, self.export_button, self.receipt_button):
            b.setVisible(laptop)
        self.settings_button.setVisible(not laptop and ctx.may("settings.edit"))
        self.open_package_button.setVisible(not laptop)   # writes only a new file: anyone signed in may
        self.checkout_button.setEnabled(ctx.may(CHECK_OUT))
        self.checkin_button.setEnabled(ctx.may(CHECK_IN))
        c = self.office_page.selected_checkout()
        self.end_button.setEnabled(c is not None and c.state == "out" and ctx.may("sync.end_checkout"))
        self.void_button.setEnabled(c is not None and c.state == "ended" and c.reserved_left > 0
                                    and ctx.may("sync.end_checkout"))
        self.decide_button.setEnabled(self.office_page.selected_conflict() is not None
                                      and ctx.may("sync.decide_conflict"))
        lap = self.status.laptop if laptop else None
        self.direct_button.setEnabled(bool(lap and lap.office_url))
        self.direct_button.setToolTip("" if lap is None or lap.office_url else self.tr(
            "本笔记本副本是以数据包方式检出的，没有记录单位数据库地址：请导出签入包带回单位签入。"))
        self.export_button.setEnabled(lap is not None)

    def _on_records_table_double_clicked(self, _index) -> None:
        r = self.office_page.selected_record()
        if r is None or r.returned_at is not None:
            return
        {"case": self.case_open_requested, "intake": self.intake_open_requested,
         "mediation": self.mediation_case_open_requested}[r.kind].emit(r.record_id)

    # ---- 检出
    def _on_checkout_button_clicked(self) -> None:
        ctx = self._ctx
        if not self.checkout_button.isEnabled():
            return

        def opened(choices) -> None:
            self.dialog = dialog = CheckoutDialog(ctx, choices, self)
            dialog.checked_out.connect(self._on_checked_out)
            dialog.open()
        ctx.runner.run_db(ctx.db(checkout_choices, office_id=ctx.user.office_id), on_success=opened,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_checked_out(self, outcome) -> None:
        result, request = outcome
        m = result.manifest
        self._on_records_changed()
        lines = [self.tr("已检出 %1 件记录到“%2”（外出办案编号 %3）。").replace("%1", str(len(m.records)))
                 .replace("%2", m.laptop_name).replace("%3", str(m.checkout_id))]
        for b in m.blocks:
            lines.append(self.tr("预留文号：%1 %2 年第 %3–%4 号").replace("%1", document_title(b.kind))
                         .replace("%2", str(b.year)).replace("%3", str(b.first)).replace("%4", str(b.last)))
        if request.target == PACKAGE:
            lines.append(self.tr("检出包：%1\n在笔记本上导入它需要同一口令。").replace("%1", str(request.path)))
            messages.info(self, self.tr("检出到笔记本"), "\n".join(lines))
            return
        lines.append(self.tr("笔记本副本：%1").replace("%1", result.laptop_path))
        lines.append("")
        lines.append(self.tr("现在切换到笔记本副本并重新启动本程序吗？切换后，本程序每次启动都打开笔记本副本（需要刚才"
                             "设置的口令），直到签入后在“外出办案”中切换回单位数据库。"))
        if messages.confirm(self, self.tr("检出到笔记本"), "\n".join(lines)):
            restart.switch_database(self._ctx.data_dir, result.laptop_url)
            if not restart.restart_application():
                messages.info(self, self.tr("检出到笔记本"), self.tr("未能自动重新启动，请关闭本程序后再打开。"))

    # ---- 签入: a package at the office, or the laptop straight into the office database
    def _on_checkin_button_clicked(self) -> None:
        path = file_dialogs.open_file(self, self.tr("选择签入包或笔记本数据库"), self.tr(
            "ipcase 数据包 (*.ipcpkg);;笔记本数据库 (*.db);;所有文件 (*)"))
        if not path:
            return
        if is_package(path):
            self.check_in_package(path)
            return
        passphrase = None
        if laptop_file_encrypted(path):
            passphrase = self.ask_passphrase(path)
            if passphrase is None:
                return
        ctx, now = self._ctx, self._ctx.clock.now()
        self._run_checkin(lambda progress, cancel: check_in_laptop_file(
            ctx.new_uow, path, passphrase=passphrase, now=now, progress=progress, cancel=cancel))

    def ask_passphrase(self, path: str) -> str | None:
        """The passphrase of an encrypted laptop database (the one set at check-out); None: cancelled."""
        text, ok = QInputDialog.getText(self, self.tr("笔记本数据库口令"), self.tr(
            "“%1”已加密。请输入检出时设置的口令：").replace("%1", path), QLineEdit.EchoMode.Password)
        return text if ok else None

    def check_in_package(self, path: str) -> None:
        ctx = self._ctx
        actor, now = ctx.user_id, ctx.clock.now()
        self._run_checkin(lambda progress, cancel: check_in_package(
            ctx.new_uow, path, now=now, actor_id=actor, progress=progress, cancel=cancel))

    def _on_direct_button_clicked(self) -> None:
        if self.direct_button.isEnabled():
            ctx, now = self._ctx, self._ctx.clock.now()
            self._run_checkin(lambda progress, cancel: check_in_direct(
                ctx.new_uow, now=now, progress=progress, cancel=cancel))

    def _run_checkin(self, work) -> None:
        # 取消 stops the check-in between two operations; a new check-in goes on from there
        self.checkin_progress.start(self._ctx.runner, work, label=self.tr("正在签入…"), title=self.tr("签入"),
                                    on_success=self._on_checked_in, on_failure=self._on_checkin_failed)

    def _on_checkin_failed(self, exc: BaseException) -> None:
        self.checkin_progress.close()
        if isinstance(exc, Cancelled):
            messages.info(self, self.tr("签入"), self.tr("签入已中断。已执行的操作不会重复，再次签入即可继续。"))
        else:
            messages.show_error(self, exc)
        self._on_records_changed()

    def _on_checked_in(self, summary: CheckinSummary) -> None:
        self.checkin_progress.close()
        self._on_records_changed()
        self.dialog = dialog = CheckinResultDialog(summary, self)
        if summary.office_url and summary.checkout_state == "returned":
            dialog.finished.connect(lambda _r: self._offer_office(summary.office_url))
        dialog.open()

    def _offer_office(self, office_url: str) -> None:
        if messages.confirm(self, self.tr("签入"), self.tr(
                "全部记录已签回单位。现在切换回单位数据库并重新启动本程序吗？（笔记本副本保留在本机，可随时删除。）")):
            restart.switch_database(self._ctx.data_dir, office_url)
            if not restart.restart_application():
                messages.info(self, self.tr("签入"), self.tr("未能自动重新启动，请关闭本程序后再打开。"))

    def _on_export_button_clicked(self) -> None:
        lap = self.status.laptop if self.status is not None else None
        if lap is None:
            return
        ctx, now = self._ctx, self._ctx.clock.now()
        name = file_dialogs.proposed_name(self.tr("签入包"), lap.laptop_name, f"{now:%Y%m%d-%H%M}",
                                          suffix=PACKAGE_SUFFIX)
        path = file_dialogs.save_file(self, self.tr("导出签入包"), name, self.tr("ipcase 数据包 (*.ipcpkg)"))
        if not path:
            return

        def exported(packed) -> None:
            file_dialogs.announce_saved(self, self.tr("导出签入包"), packed.path)
            self.refresh()
        ctx.runner.run_db(lambda: export_package(ctx.new_uow, path, now=now), on_success=exported,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_settings_button_clicked(self) -> None:
        ctx = self._ctx

        def opened(page) -> None:
            self.dialog = dialog = SyncSettingsDialog(ctx, *page, parent=self)
            dialog.saved.connect(lambda _v: self.refresh())
            dialog.open()
        ctx.runner.run_db(ctx.db(warn_days_page, office_id=ctx.user.office_id), on_success=opened,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_receipt_button_clicked(self) -> None:
        path = file_dialogs.open_file(self, self.tr("选择回执"), self.tr("ipcase 数据包 (*.ipcpkg);;所有文件 (*)"))
        if not path:
            return
        ctx = self._ctx

        def imported(count: int) -> None:
            self.refresh()
            messages.info(self, self.tr("导入回执"), self.tr("已导入回执：%1 项操作的结果已记入操作记录。")
                          .replace("%1", str(count)))
        ctx.runner.run_db(lambda: import_receipt(ctx.new_uow, path), on_success=imported,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    # ---- 打开案件包: a 移送/meeting package from another office, as a read-only copy with a 查阅人 account
    def _on_open_package_button_clicked(self) -> None:
        path = file_dialogs.open_file(self, self.tr("选择案件包"), self.tr("ipcase 数据包 (*.ipcpkg);;所有文件 (*)"))
        if not path:
            return
        self.dialog = dialog = OpenPackageDialog(self._ctx, path, self)
        dialog.opened.connect(self._on_package_opened)
        dialog.open()

    def _on_package_opened(self, copy: OpenedCopy) -> None:
        what = self.tr("移送案件包") if copy.kind == "transfer" else self.tr("会议案件包")
        text = self.tr("已打开%1（%2）：%3\n查阅人账户：%4（只能查阅）。\n\n现在另开一个窗口查阅该副本吗？"
                       "（需要数据包口令和查阅人密码；本窗口仍是单位数据库。）") \
            .replace("%1", what).replace("%2", copy.office_name).replace("%3", str(copy.path)) \
            .replace("%4", copy.username)
        if messages.confirm(self, self.tr("打开案件包"), text) and not restart.start_on(copy.url):
            messages.info(self, self.tr("打开案件包"), self.tr("未能启动新窗口，请用“python main.py --db %1”打开。")
                          .replace("%1", copy.url))

    # ---- the office's decisions
    def _on_end_button_clicked(self) -> None:
        c = self.office_page.selected_checkout()
        if c is None or not self.end_button.isEnabled():
            return
        self.dialog = dialog = EndCheckoutDialog(self._ctx, c, self)
        dialog.ended.connect(self._on_records_changed)
        dialog.open()

    def _on_void_button_clicked(self) -> None:
        c = self.office_page.selected_checkout()
        if c is None or not self.void_button.isEnabled():
            return
        self.dialog = dialog = VoidNumbersDialog(self._ctx, c, self)
        dialog.voided.connect(self._on_numbers_voided)
        dialog.open()

    def _on_numbers_voided(self, count: int) -> None:
        self._on_records_changed()
        messages.info(self, self.tr("作废预留文号"), self.tr("已作废 %1 个预留文号，并在文号登记中注明原因。")
                      .replace("%1", str(count)))

    def _on_decide_button_clicked(self) -> None:
        c = self.office_page.selected_conflict()
        if c is None or not self.decide_button.isEnabled():
            return
        self.dialog = dialog = ConflictDialog(self._ctx, c, self)
        dialog.decided.connect(self._on_records_changed)
        dialog.open()

    def _on_records_changed(self, *_args) -> None:
        self.refresh()
        self.changed.emit()
