"""欢迎使用: the first start of the packaged application with no database (issue 18), or `python main.py --welcome`.

One dialog, three ways on:
- 试用演示数据: the demo office, built as `python main.py` builds it from source (main.py shows its progress);
- 新建本单位数据库: the `init` steps — office name, 机关简称, 案号 pattern with its first number, the administrator
  and password — each field checked next to it by the core's rule, then created by the service `init` calls
  (ipcase.cli.first_run.create_office_database → services.admin.setup.create_office);
- 连接单位共享数据库: a PostgreSQL URL or a shared SQLite file; 测试连接 says in Chinese what stands in the way
  (ipcase.shared_database.probe), offers to upgrade an older schema, or to set the office up in an empty database;
  the address is remembered for the next starts.
The database work runs on the task runner's database lane, never on the GUI thread. When the dialog is accepted,
`choice` says which way was taken; main.py then opens the database as configured and shows the login window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase import shared_database
from ipcase.cli.first_run import create_office_database, upgrade_database
from ipcase.config import AppConfig
from ipcase.errors import ValidationErrors, ValidationFailed
from ui.admin.office_setup_form import OfficeSetupForm
from ui.common import errors, messages
from ui.common.field_errors import FieldErrors
from ui.common.file_dialogs import open_file
from ui.common.screen_fit import form_scrolling

DEMO, CREATED, CONNECTED = "demo", "created", "connected"
OK_STYLE, PROBLEM_STYLE = "color: #1b5e20;", "color: #b71c1c;"


class WelcomeDialog(QDialog):
    def __init__(self, runner, config: AppConfig, clock, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner, self._config, self._clock = runner, config, clock
        self.choice: str | None = None
        self.probe: shared_database.Probe | None = None
        self._target = config            # where 新建本单位数据库 creates the office (the embedded file, or a shared one)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(self.tr("欢迎使用 — 专利侵权纠纷行政裁决案件管理"))
        self.resize(720, 640)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.choose_page = self._choose_page()
        self.office_page = self._office_page()
        self.connect_page = self._connect_page()
        for page in (self.choose_page, self.office_page, self.connect_page):
            self.pages.addWidget(page)
        bottom = QHBoxLayout()
        self.back_button = QPushButton(self.tr("上一步(&B)"))
        self.back_button.setObjectName("welcome_back_button")
        self.back_button.clicked.connect(lambda: self.show_page(self.choose_page))
        self.next_button = QPushButton()
        self.next_button.setObjectName("welcome_next_button")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.quit_button = QPushButton(self.tr("退出(&Q)"))
        self.quit_button.setObjectName("welcome_quit_button")
        self.quit_button.clicked.connect(self.reject)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.quit_button)
        outer.addLayout(bottom)
        self.show_page(self.choose_page)

    # ---- the pages
    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("欢迎使用专利侵权纠纷行政裁决案件管理"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        intro = QLabel(self.tr("本机还没有案件数据库。请选择如何开始："))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.demo_button = QCommandLinkButton(
            self.tr("试用演示数据(&D)"),
            self.tr("一个虚构的市局，含各阶段的演示案件和各角色的演示账户，可随意操作。"
                    "正式使用时再新建本单位数据库或连接单位数据库。"))
        self.demo_button.setObjectName("welcome_demo_button")
        self.new_button = QCommandLinkButton(
            self.tr("新建本单位数据库(&N)"),
            self.tr("在本机建立本单位的数据库：填写机关名称、机关简称、案号格式和系统管理员账户。"))
        self.new_button.setObjectName("welcome_new_button")
        self.connect_button = QCommandLinkButton(
            self.tr("连接单位共享数据库(&C)"),
            self.tr("单位已在服务器上建有数据库（PostgreSQL），或在共享文件夹中存放数据库文件。"))
        self.connect_button.setObjectName("welcome_connect_button")
        self.demo_button.clicked.connect(self.choose_demo)
        self.new_button.clicked.connect(lambda: self.show_office_page(self._config))
        self.connect_button.clicked.connect(lambda: self.show_page(self.connect_page))
        for button in (self.demo_button, self.new_button, self.connect_button):
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _office_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("新建本单位数据库"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(heading)
        self.location_label = QLabel()
        self.location_label.setObjectName("welcome_location_label")
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.location_label)
        self.office_summary = QLabel()
        self.office_errors = FieldErrors(self.office_summary)
        self.setup_form = OfficeSetupForm(year=self._clock.today().year, field_errors=self.office_errors)
        self.office_errors.register("database", self.location_label)
        layout.addWidget(form_scrolling(self.setup_form), 1)
        note = QLabel(self.tr("管理员登录后可在“设置”中添加用户、新增下级单位、录入节假日。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        layout.addWidget(self.office_summary)
        return page

    def _connect_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("连接单位共享数据库"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(heading)
        hint = QLabel(self.tr("服务器数据库请填写地址，如 postgresql://用户名:密码@服务器地址:5432/ipcase（向单位的系统管理员"
                              "索取）；共享文件夹中的数据库文件请点“选择文件…”。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("welcome_address_edit")
        self.address_edit.setPlaceholderText(self.tr("postgresql://用户名:密码@服务器地址:5432/ipcase"))
        self.address_edit.textEdited.connect(lambda _t: self._forget_probe())
        browse = QPushButton(self.tr("选择文件(&F)…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.test_button = QPushButton(self.tr("测试连接(&T)"))
        self.test_button.setObjectName("welcome_test_button")
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.address_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.test_button)
        layout.addLayout(row)
        self.probe_label = QLabel()
        self.probe_label.setObjectName("welcome_probe_label")
        self.probe_label.setWordWrap(True)
        self.probe_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.probe_label)
        self.upgrade_check = QCheckBox(self.tr("升级数据库结构（请先确认单位已备份该数据库；升级后旧版程序不能再打开它）"))
        self.upgrade_check.setObjectName("welcome_upgrade_check")
        self.upgrade_check.toggled.connect(lambda _on: self._update_next())
        self.upgrade_check.hide()
        layout.addWidget(self.upgrade_check)
        self.set_up_here_button = QPushButton(self.tr("在此数据库中新建本单位(&S)…"))
        self.set_up_here_button.setObjectName("welcome_set_up_here_button")
        self.set_up_here_button.clicked.connect(self._on_set_up_here_clicked)
        self.set_up_here_button.hide()
        layout.addWidget(self.set_up_here_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        if page is self.office_page:
            self.next_button.setText(self.tr("创建并登录(&O)"))
        elif page is self.connect_page:
            self.next_button.setText(self.tr("连接并登录(&O)"))
        self.next_button.setMinimumWidth(self.next_button.sizeHint().width())   # the text changed: room for it
        self.back_button.setVisible(page is not self.choose_page)
        self.next_button.setVisible(page is not self.choose_page)
        if page is self.office_page:
            self.setup_form.name_edit.setFocus()
        elif page is self.connect_page:
            self.address_edit.setFocus()
        self._update_next()

    def show_office_page(self, target: AppConfig) -> None:
        self._target = target
        where = shared_database.describe(target.db_url)
        self.location_label.setText(self.tr("数据库位置：%1").replace("%1", where))
        self.show_page(self.office_page)

    def _update_next(self) -> None:
        if self.pages.currentWidget() is self.connect_page:
            probe = self.probe
            ready = probe is not None and (probe.state == shared_database.READY or (
                probe.state == shared_database.OLDER and self.upgrade_check.isChecked()))
            self.next_button.setEnabled(ready)
        else:
            self.next_button.setEnabled(True)

    # ---- the three ways
    def choose_demo(self) -> None:
        self.choice = DEMO
        self.accept()

    def _on_next_button_clicked(self) -> None:
        if self.pages.currentWidget() is self.office_page:
            self.create_office()
        elif self.pages.currentWidget() is self.connect_page:
            self.connect()

    def create_office(self) -> None:
        if not self.setup_form.check_all():
            return
        target, clock, values = self._target, self._clock, self.setup_form.values()
        self.next_button.setEnabled(False)
        self._runner.run_db(lambda: create_office_database(target, clock, **values), owner=self,
                            on_success=lambda _result: self._on_office_created(target),
                            on_failure=self._on_office_refused)

    def _on_office_refused(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        if isinstance(exc, ValidationFailed | ValidationErrors) and self.office_errors.show(exc):
            return
        messages.show_error(self, exc)

    def _on_office_created(self, target: AppConfig) -> None:
        if target.db_url != self._config.db_url:   # set up in a shared database: start on it from now on
            shared_database.remember(self._config.data_dir, target.db_url)
        self.choice = CREATED
        self.accept()

    def test_connection(self) -> None:
        text = self.address_edit.text()
        self.test_button.setEnabled(False)
        self.probe_label.setStyleSheet("")
        self.probe_label.setText(self.tr("正在连接…"))
        self._runner.run_db(lambda: shared_database.probe(text), owner=self, on_success=self._on_probed,
                            on_failure=self._on_probe_failed)

    def _on_probe_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.probe_label.setStyleSheet(PROBLEM_STYLE)
        self.probe_label.setText(errors.message(exc))

    def _on_probed(self, probe: shared_database.Probe) -> None:
        self.test_button.setEnabled(True)
        self.probe = probe
        ok = probe.state in (shared_database.READY, shared_database.OLDER, shared_database.EMPTY,
                             shared_database.NO_OFFICE)
        self.probe_label.setStyleSheet(OK_STYLE if ok else PROBLEM_STYLE)
        self.probe_label.setText(self.probe_text(probe))
        self.upgrade_check.setChecked(False)
        self.upgrade_check.setVisible(probe.state == shared_database.OLDER)
        self.set_up_here_button.setVisible(probe.state in (shared_database.EMPTY, shared_database.NO_OFFICE))
        self._update_next()

    def _forget_probe(self) -> None:
        self.probe = None
        self.probe_label.clear()
        self.upgrade_check.hide()
        self.set_up_here_button.hide()
        self._update_next()

    def probe_text(self, probe: shared_database.Probe) -> str:
        state = {
            shared_database.READY: self.tr("连接成功：这是本系统的数据库，可以登录。"),
            shared_database.OLDER: self.tr("连接成功：这是本系统旧版本的数据库，须先升级数据库结构才能使用。"),
            shared_database.NEWER: self.tr("这是本系统更新版本的数据库，本程序版本较旧，请先升级本程序。"),
            shared_database.EMPTY: self.tr("连接成功：这是一个空数据库，可以在其中新建本单位。"),
            shared_database.NO_OFFICE: self.tr("连接成功：数据库已建好但还没有单位，可以在其中新建本单位。"),
        }
        if probe.state in state:
            return state[probe.state]
        problem = {
            "unsupported": self.tr("无法识别的地址：请填写以 postgresql:// 开头的地址，或选择数据库文件。"),
            "host_not_found": self.tr("找不到服务器：请检查服务器地址（主机名或 IP）是否写对，本机能否连上单位网络。"),
            "refused": self.tr("服务器拒绝连接：请检查端口号（通常为 5432），以及数据库服务是否已启动、是否允许本机连接。"),
            "wrong_password": self.tr("用户名或密码不正确：请向单位的系统管理员核对。"),
            "no_database": self.tr("服务器上没有这个数据库：请检查地址最后的数据库名。"),
            "timeout": self.tr("连接超时：服务器没有应答，请检查网络或防火墙。"),
            "no_file": self.tr("找不到该文件：请检查共享文件夹是否已连接、路径是否正确。"),
            "not_a_database": self.tr("该文件不是数据库文件，或已损坏、已加密。"),
            "not_ipcase": self.tr("这是一个数据库，但不是本系统的数据库：请检查地址，不要连接其他系统的数据库。"),
        }.get(probe.problem, self.tr("无法连接：%1").replace("%1", probe.detail))
        return problem

    def _on_browse_clicked(self) -> None:
        path = open_file(self, self.tr("选择数据库文件"), self.tr("数据库文件 (*.db *.sqlite);;所有文件 (*)"))
        if path:
            self.address_edit.setText(path)
            self._forget_probe()

    def _on_set_up_here_clicked(self) -> None:
        if self.probe is not None:
            self.show_office_page(AppConfig(db_url=self.probe.url, data_dir=self._config.data_dir, demo=False))

    def connect(self) -> None:
        probe = self.probe
        if probe is None or not probe.usable:
            return
        target = AppConfig(db_url=probe.url, data_dir=self._config.data_dir, demo=False)
        data_dir, clock = self._config.data_dir, self._clock

        def work() -> None:
            if probe.state == shared_database.OLDER:
                upgrade_database(target, clock)
            shared_database.remember(data_dir, probe.url)
        self.next_button.setEnabled(False)
        self._runner.run_db(work, owner=self, on_success=lambda _r: self._on_connected(),
                            on_failure=self._on_probe_failed)

    def _on_connected(self) -> None:
        self.choice = CONNECTED
        self.accept()
