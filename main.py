"""ipcase — 专利侵权纠纷行政裁决案件管理. The composition root.

    python main.py                      # the desktop application (same as `python main.py gui`)
    python main.py --db postgresql://user@host/ipcase --data-dir D:/ipcase
    python main.py --today 2026-11-21 --user zhangwei --password ipcase2026   # demos and screenshots

The command line (`init`, `report`, `demo`, `documents`, the shared options) lives in ipcase/cli/, one module per
command; this file adds the desktop application as its default command.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from ipcase.cli import main as cli
from ipcase.cli.startup import NotInitialised, catch_up_steps, make_clock, prepare_database
from ipcase.errors import StorageFailed

log = logging.getLogger("ipcase")


# ---- GUI ---------------------------------------------------------------------------------------

def _wait_for(runner, fn, on_progress=None):
    """Run `fn` on the database lane and spin the event loop until it is done (start-up only). With
    `on_progress`, `fn` is called as `fn(progress=…, cancel=…)` and its reports reach `on_progress` on this
    thread (the runner's relay)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict = {}

    def done(key, value):
        outcome[key] = value
        loop.quit()

    runner.run_db(fn, on_success=lambda v: done("ok", v), on_failure=lambda e: done("error", e),
                  on_progress=on_progress, with_progress=on_progress is not None)
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["ok"]


def _show_build(dialog, done: int, total: int, text: str = "") -> None:
    from PySide6.QtCore import QCoreApplication

    from ipcase.cli.first_build import WAITING
    if text == WAITING:   # another start of the application is building the demo in the same folder
        dialog.setLabelText(QCoreApplication.translate("main", "另一个窗口正在创建演示数据，请稍候…"))
        return
    if dialog.maximum() != total:
        dialog.setLabelText(QCoreApplication.translate("main", "正在创建演示数据（仅首次运行）…"))
        dialog.setMaximum(total)
    dialog.setValue(done)


def _progress_dialog():
    """A determinate bar moved by the demo build's own reports (a few dozen): a busy (0..0) bar would be
    repainted by the GUI thread all through the build, ≈ 2 s of CPU on a first start."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QProgressDialog

    progress = QProgressDialog(QCoreApplication.translate("main", "正在准备数据库（首次运行会创建演示数据）…"),
                               "", 0, 100)
    progress.setCancelButton(None)
    progress.setWindowTitle(QCoreApplication.translate("main", "专利侵权纠纷行政裁决案件管理"))
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)
    return progress


def _recover_storage(exc, runner, args, clock, config):
    """The start-up dialog of an unusable database; restoring the latest good backup starts up again."""
    from PySide6.QtWidgets import QDialog

    from ipcase.cli.keys import safety_message
    from ipcase.cli.startup import latest_backup, restore_latest
    from ipcase.errors import BackupRefused
    from ui.common import messages
    from ui.common.i18n import tr
    from ui.shell import app as ui_app
    from ui.shell.storage_dialog import StorageFailureDialog

    backup = _wait_for(runner, lambda: latest_backup(config.data_dir))
    dialog = ui_app.style_before_window(StorageFailureDialog(exc, backup))
    try:
        while True:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            secret = dialog.secret()  # an encrypted backup's recovery code or the database passphrase
            try:
                _wait_for(runner, lambda secret=secret: restore_latest(config, backup, clock.now(), secret))
                break
            except BackupRefused as refused:
                if refused.code not in ("wrong_key", "key_required"):
                    messages.info(None, tr("未能恢复"), safety_message(refused))
                    return None
                dialog.show_wrong_key()   # said next to the field; the dialog opens again
        if backup.key == "database":
            args.passphrase = secret   # the restored database is encrypted under the same passphrase
        return _wait_for(runner, lambda: prepare_database(args, clock, config))
    except Exception as again:  # noqa: BLE001 — shown to the user, then the app stops
        messages.show_error(None, again)
        return None


def _ask_passphrase(args: argparse.Namespace, runner, config) -> bool:
    """An encrypted embedded database: its passphrase, asked before anything opens it (checked off the GUI
    thread; a wrong one is said next to the field). False: the user gave up."""
    from ipcase import keystore
    from ipcase.cli.keys import database_key, embedded_file
    from ipcase.db.sqlcipher import PASSPHRASE_ENV, is_encrypted
    from ipcase.errors import WrongDatabaseKey
    from ui.shell import app as ui_app
    from ui.shell.passphrase_dialog import PassphraseDialog

    path = embedded_file(config)
    if path is None or not is_encrypted(path) or os.environ.get(PASSPHRASE_ENV):
        return True
    # The OS key store first (the office chose to keep the passphrase there); a stale one asks as usual.
    kept = _wait_for(runner, lambda: keystore.stored_passphrase(path))
    if kept:
        try:
            _wait_for(runner, lambda: database_key(config, argparse.Namespace(passphrase=kept)))
            args.passphrase = kept
            return True
        except WrongDatabaseKey:
            pass
    dialog = ui_app.style_before_window(PassphraseDialog(str(path), _wait_for(runner, keystore.unavailable)))
    while dialog.exec() == PassphraseDialog.DialogCode.Accepted:
        attempt = argparse.Namespace(passphrase=dialog.passphrase())
        try:
            _wait_for(runner, lambda attempt=attempt: database_key(config, attempt))
        except WrongDatabaseKey:
            dialog.show_wrong()
            continue
        args.passphrase = attempt.passphrase
        if dialog.remember():
            try:
                _wait_for(runner, lambda kept=attempt.passphrase: keystore.remember(path, kept))
            except keystore.KeyStoreUnavailable:
                logging.getLogger(__name__).warning("the passphrase could not be kept in the key store")
        return True
    return False


def _first_start(args: argparse.Namespace, config) -> bool:
    """The first-run wizard: asked for (--welcome), or the packaged application's first start with no database
    (from source, `python main.py` keeps building the demo directly, as the README's first command promises)."""
    if getattr(args, "welcome", False):
        return True
    if not getattr(sys, "frozen", False) or not config.is_default_sqlite:
        return False
    path = Path(config.data_dir) / "ipcase.db"
    return not path.exists() or path.stat().st_size == 0


def _welcome(args: argparse.Namespace, runner, clock, config):
    """The configuration to start on after the wizard (None: the user quit)."""
    if not _first_start(args, config):
        return config
    from ipcase.config import load_config
    from ui.admin.first_run import WelcomeDialog
    from ui.shell import app as ui_app

    dialog = ui_app.style_before_window(WelcomeDialog(runner, config, clock))
    if dialog.exec() != WelcomeDialog.DialogCode.Accepted:
        return None
    return load_config(args.db, args.data_dir)   # a shared database chosen there is remembered


def _start_first_build(args: argparse.Namespace, clock, config):
    """A first start from source builds the demo in a child process, begun before Qt is imported: it runs on
    the second core while this process starts Qt, the fonts and the translations (ipcase.cli.first_build).
    None when this start builds nothing (or the first-run wizard asks first)."""
    from ipcase.cli import first_build
    if _first_start(args, config) or not first_build.needed(args, config):
        return None
    return first_build.start(config, today=clock.today(), now=clock.now())


def _warm_up_steps():
    """What the start needs after the build that needs no data (ui/shell/warm_up.py): the database side's
    modules, the schema's head revisions and the ORM's mappers, then every feature's screens, one module a
    step, and the modules this function imports after the build."""
    from ipcase.cli import startup
    from ui.shell import warm_up

    yield from warm_up.imports(startup.MODULES)
    yield "schema heads and mappers", startup.ready_before_database
    yield from warm_up.imports(n for n in warm_up.imported_by("ui.sections") if n.startswith(("ui.", "ipcase.")))
    yield from warm_up.imports(AFTER_BUILD)


# What run_gui imports after the demo build (warmed while it waits).
AFTER_BUILD = ("ui.sections", "ui.shell.session", "ui.admin.password_dialog", "ui.shell.start_probe",
               "ui.admin.backup_tab", "ui.admin.font_notice")


def run_gui(args: argparse.Namespace) -> int:
    from ipcase.config import load_config

    clock = make_clock(args.today)
    config = load_config(args.db, args.data_dir)
    build = _start_first_build(args, clock, config)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from ui.common.error_dialog import show_unexpected_error
    from ui.shell import app as ui_app

    ui_app.setup_logging(Path(config.data_dir))
    QCoreApplication.setOrganizationName("ipcase")
    QCoreApplication.setApplicationName("ipcase")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.shell import smoke
    smoke.install(qapp)   # IPCASE_SMOKE=1: name the first window shown and quit (packaging smoke test)
    ui_app.install_cjk_font(qapp)
    from ui.shell import language
    ui_app.install_translators(qapp, language.chosen(args.lang))
    from ui import catalogue
    from ui.common import texts
    texts.install(catalogue.TEXTS)  # every feature's labels and error texts, for the shell and the common kit
    ui_app.install_style(qapp, sheet=False)   # the style sheet comes with the first window (before_show)
    window_ref: dict = {}
    ui_app.install_excepthook(lambda: window_ref.get("window"))

    from ui.sections import Sections
    from ui.shell import heap
    from ui.shell.context import AppContext
    from ui.shell.login_dialog import LoginDialog
    from ui.shell.session import Session
    from ui.shell.tasks import TaskRunner

    runner = TaskRunner()
    config = _welcome(args, runner, clock, config)
    if config is None:
        return 0
    if not _ask_passphrase(args, runner, config):
        return 0
    progress = _progress_dialog()
    demo_built = False
    try:
        if build is not None:   # the child's reports move the bar; its error is raised here, as in-process
            log.info("start-up: the window's toolkit is ready (CPU %.1f s); waiting for the demo build",
                     time.process_time())
            from ui.shell.warm_up import WarmUp
            warm = WarmUp(_warm_up_steps())   # meanwhile: what needs no data, a step per turn of the loop
            warm.start()
            try:
                demo_built = _wait_for(runner, lambda progress, cancel: build.wait(progress),
                                       on_progress=lambda done, total, text: _show_build(progress, done, total, text))
            finally:
                meanwhile = len(warm.done)
                warm.finish()
            log.info("start-up: the demo build is done (CPU %.1f s); prepared meanwhile %d of %d steps",
                     time.process_time(), meanwhile, len(warm.done))
        db = _wait_for(runner, lambda progress, cancel: prepare_database(args, clock, config, catch_up_now=False,
                                                                          progress=progress, demo_built=demo_built),
                       on_progress=lambda done, total, text: _show_build(progress, done, total, text))
    except NotInitialised as exc:
        progress.close()
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.warning(None, QCoreApplication.translate("main", "数据库尚未初始化"), str(exc))
        return 2
    except StorageFailed as exc:   # damaged, read-only, full or out of reach: what to do, and the latest backup
        progress.close()
        db = _recover_storage(exc, runner, args, clock, config)
        if db is None:
            return 2
    except Exception as exc:  # noqa: BLE001 — shown to the user, then the app stops
        progress.close()
        show_unexpected_error(exc)
        return 2
    progress.close()
    log.info("start-up: the database is ready (CPU %.1f s)", time.process_time())

    ctx = AppContext(config=db.config, clock=clock, new_uow=db.new_uow, runner=runner, extras={"db_key": db.db_key})
    user = None
    if args.user and args.password:
        from ipcase.services.admin import auth
        try:
            user = _wait_for(runner, ctx.db(auth.login, username=args.user, password=args.password,
                                            now=clock.now()))
        except Exception as exc:  # noqa: BLE001 — fall back to the dialog
            log.warning("automatic login failed: %s", exc)
    if user is None:
        login = ui_app.style_before_window(LoginDialog(ctx, username=args.user or ""))
        if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
            return 0
        user = login.user

    def new_context(user):
        """A fresh context for each login (文件 › 注销/切换用户 logs in again without quitting)."""
        return AppContext(config=db.config, clock=clock, new_uow=db.new_uow, runner=runner, user=user,
                          extras={"db_key": db.db_key})

    from ui.admin.password_dialog import PasswordDialog
    session = Session(ctx, new_context, Sections,
                      lambda user_ctx, parent, expired: PasswordDialog(user_ctx, parent, expired=expired),
                      before_show=lambda _window: ui_app.install_style_sheet(qapp))
    session.window_opened.connect(lambda window: window_ref.__setitem__("window", window))
    # the start-up's and the window's objects out of the garbage collector's full passes (GUI stalls, issue 19)
    session.window_opened.connect(lambda _window: heap.freeze_long_lived())
    session.logged_out.connect(heap.thaw)   # the closed window's objects collectable again
    log.info("start-up: logged in (CPU %.1f s)", time.process_time())
    session.open_window(user)
    QTimer.singleShot(0, lambda: log.info("start-up: the window is usable (CPU %.1f s)", time.process_time()))
    # The start-of-day routines (paused limits, deemed services, the daily backup) on the database lane once the
    # window is usable; a failure is logged and retried at the next start (their watermark is not moved).
    steps = catch_up_steps(db, clock)

    def next_step(_done=None) -> None:   # one step at a time: the user's tasks queue in between
        runner.run_db(lambda: next(steps, None), on_success=lambda step: step is not None and next_step(),
                      on_failure=lambda exc: log.error("start-of-day routines failed", exc_info=exc))
    next_step()
    from ui.shell import start_probe
    start_probe.report_when_usable()   # IPCASE_START_PROBE=file: tools/benchmark_scale.py's "usable window"
    from ui.admin.backup_tab import warn_if_overdue
    warn_if_overdue(ctx, window_ref.get("window"))  # the last good backup older than the office allows
    from ui.admin import font_notice
    font_notice.tell_once(new_context(user), window_ref.get("window"))  # official fonts missing here: once
    code = qapp.exec()
    runner.wait_idle()
    db.engine.dispose()
    return code


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv, gui=run_gui)


if __name__ == "__main__":
    sys.exit(main())

