"""The one window shell: navigation on the left, the section in the centre, menus, status bar.

The shell knows no feature. The composition root hands it a catalogue factory (ui/sections.py), which builds the
feature screens with the shell at hand and returns them as `Section`s in navigation order, with the actions
and menus they add; the catalogue also wires navigation between features, through the shell's `show_section`."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.admin import OfficeInfo
from ipcase.queries.admin import holidays as holiday_queries
from ipcase.queries.admin import office as office_queries
from ipcase.queries.audit import check as audit_check
from ui.common import labels, messages
from ui.shell import language
from ui.shell import window_state as ui_settings
from ui.shell.context import AppContext


@dataclass(frozen=True)
class Section:
    """One entry of the navigation bar. `refresh` reloads what the section shows (F5, first visit)."""
    title: str
    widget: QWidget
    refresh: Callable[[], None]


class Catalogue(Protocol):
    """What the shell needs from the feature catalogue."""
    entries: list[Section]         # navigation order; Ctrl+1… follow it
    file_actions: list[QAction]    # 文件 menu, above 退出
    view_actions: list[QAction]    # 查看 menu, between the sections and 刷新
    menus: list[QMenu]             # between 查看 and 帮助

    def start(self) -> None: ...        # after the window is set up (first loads)
    def save_state(self) -> None: ...   # when the window closes


CatalogueFactory = Callable[[AppContext, "MainWindow"], Catalogue]


class MainWindow(QMainWindow):
    # 文件 menu: what happens is the session's (ui/shell/session.py): a new login, the own-password dialog.
    logout_requested = Signal()
    change_password_requested = Signal()

    def __init__(self, ctx: AppContext, catalogue: CatalogueFactory, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("专利侵权纠纷行政裁决案件管理"))
        self.resize(1280, 800)
        ctx.runner.error_handler = lambda exc: messages.show_error(self, exc)
        ctx.runner.account_revoked.connect(self._on_account_revoked)

        central = QWidget()
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # Lines across the whole window over the sections, added by the catalogue (add_banner): the field
        # laptop's "笔记本副本" line.
        self.banner_box = QVBoxLayout()
        self.banner_box.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.banner_box)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        column.addLayout(row, 1)
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("nav_list")
        self.nav_list.setFixedWidth(120)
        row.addWidget(self.nav_list)
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)

        # The features: their screens, actions and the links between them (ui/sections.py).
        self.sections = catalogue(ctx, self)
        for section in self.sections.entries:
            self.nav_list.addItem(QListWidgetItem(section.title))
            self.stack.addWidget(section.widget)
        self.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)

        self._build_menus()
        self._build_status_bar()

        ui_settings.restore_geometry(self)
        self._loaded: set[int] = set()
        self.nav_list.setCurrentRow(0)
        self._load_office()
        self.check_provisional_years()
        self.check_audit_record()
        self.sections.start()

    def add_banner(self, widget: QWidget) -> None:
        """A line across the window above the navigation and the section (shown or hidden by its owner)."""
        self.banner_box.addWidget(widget)

    # ---- menus and status bar
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        for action in self.sections.file_actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.change_password_action = QAction(self.tr("修改密码(&P)…"), self)
        self.change_password_action.triggered.connect(self.change_password_requested)
        file_menu.addAction(self.change_password_action)
        self.logout_action = QAction(self.tr("注销 / 切换用户(&L)"), self)
        self.logout_action.triggered.connect(self.logout_requested)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("查看(&V)"))
        for i, section in enumerate(self.sections.entries):
            action = QAction(section.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav_list.setCurrentRow(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in self.sections.view_actions:
            view_menu.addAction(action)
        self.refresh_action = QAction(self.tr("刷新(&R)"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current)
        view_menu.addAction(self.refresh_action)

        for menu in self.sections.menus:
            bar.addMenu(menu)

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addMenu(language.language_menu(self))
        about = help_menu.addAction(self.tr("关于(&A)"))
        about.triggered.connect(lambda: messages.info(self, self.tr("关于"), self.tr(
            "专利侵权纠纷行政裁决案件管理\n依据《专利纠纷行政裁决和调解办法》（国家知识产权局令第81号）。")))

    def _on_account_revoked(self, exc) -> None:
        """The account was deactivated or changed while this window was open: say so, back to the login."""
        messages.show_error(self, exc)
        self.logout_requested.emit()

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        user = self._ctx.user
        self.user_label = QLabel(f"{user.full_name}（{labels.role(user.role)}）" if user else "")
        self.user_label.setObjectName("user_label")
        self.office_label = QLabel(user.office_name if user else "")
        self.office_label.setObjectName("office_label")
        self.provisional_label = QLabel()
        self.provisional_label.setObjectName("provisional_label")
        self.provisional_label.hide()
        self.busy_label = QLabel(self.tr("正在处理…"))
        self.busy_label.hide()
        self.audit_label = QLabel()
        self.audit_label.setObjectName("audit_label")
        self.audit_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.audit_label.hide()
        status.addPermanentWidget(self.audit_label)
        status.addPermanentWidget(self.provisional_label)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.office_label)
        status.addPermanentWidget(self.user_label)
        self._ctx.runner.busy_changed.connect(self.busy_label.setVisible)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _load_office(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(office_queries.office_info, office_id=ctx.user.office_id),
                          on_success=self.set_office, on_failure=lambda exc: None, owner=self)

    def set_office(self, office: OfficeInfo) -> None:
        """The office as loaded at start-up or saved in 设置."""
        self._ctx.office_name = office.name
        self._ctx.extras["higher_office"] = office.higher_office
        self.office_label.setText(office.name)

    def check_provisional_years(self) -> None:
        # Deadlines of cases opened now reach into next year (3 months + up to 3 months of extensions).
        year = self._ctx.clock.today().year
        self._ctx.runner.run_db(self._ctx.db(holiday_queries.holiday_years, years=[year, year + 1]),
                                on_success=self._on_holiday_years_loaded, on_failure=lambda exc: None, owner=self)

    def _on_holiday_years_loaded(self, infos) -> None:
        missing = [str(i.year) for i in infos if i.source == "provisional"]
        if not missing:
            self.provisional_label.hide()
            return
        years = "、".join(missing)
        text = self.tr("⚠ %1 年法定节假日尚未录入，相关期限为暂定").replace("%1", years)
        if self._ctx.may("holidays.edit"):
            text += self.tr("（设置 › 节假日）")
        self.provisional_label.setText(text)
        self.provisional_label.setToolTip(self.tr(
            "内置的放假安排只到 %1 年之前。落在 %2 年的期限暂按周末计算，标注“暂定”；"
            "国务院办公厅公布放假安排后，由管理员在“设置 › 节假日”录入，期限会自动重新计算。")
            .replace("%1", missing[0]).replace("%2", years))
        self.provisional_label.show()

    def check_audit_record(self) -> None:
        # The quick check of the audit chain (its last entries and the signed checkpoints, a checkpoint written
        # when the last is a day old): says when the record was altered, never blocks work.
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(audit_check.startup_check, data_dir=ctx.data_dir, now=ctx.clock.now()),
                          on_success=self._on_audit_checked, on_failure=lambda exc: None, owner=self)

    def _on_audit_checked(self, report) -> None:
        if not report.altered:
            self.audit_label.hide()
            return
        self.audit_label.setText(self.tr("⚠ 审计校验发现记录被改动，请通知审计员（审计 › 完整校验）"))
        self.audit_label.setToolTip(self.tr(
            "审计链或其检查点与数据库不一致：有人绕过本系统改动、删除了记录或审计条目。工作可以继续；"
            "审计员的完整校验会逐条列出改动之处。"))
        self.audit_label.show()

    # ---- navigation
    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if row not in self._loaded:
            self._loaded.add(row)
            self.sections.entries[row].refresh()

    def show_section(self, widget: QWidget) -> None:
        """Bring the section whose widget this is to the front (loading it on its first visit)."""
        self.nav_list.setCurrentRow(next(i for i, s in enumerate(self.sections.entries) if s.widget is widget))

    def current_section(self) -> QWidget:
        return self.stack.currentWidget()

    def refresh_current(self) -> None:
        self.sections.entries[self.stack.currentIndex()].refresh()

    # ---- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        ui_settings.save_geometry(self)
        self.sections.save_state()
        super().closeEvent(event)
