"""Application-wide set-up done once by main.py: Chinese font, translators, style sheet, error hook."""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ipcase.resources import BUNDLED_FONT, ICONS, TRANSLATIONS
from ui.common import screen_fit
from ui.common.error_dialog import show_unexpected_error

log = logging.getLogger(__name__)

APP_ICON = ICONS / "ipcase.svg"

# Fonts an office machine usually has, best first; the bundled WenQuanYi Micro Hei is the fallback.
PREFERRED_CJK = (
    "Microsoft YaHei", "微软雅黑", "Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "思源黑体", "SimHei", "黑体", "SimSun", "宋体", "WenQuanYi Micro Hei",
)

STYLE_SHEET = """
*[error="true"] { border: 1px solid #c62828; border-radius: 2px; }
/* the style-sheet frame is thinner than the native one: without the padding a line edit shrinks by 4 px at its
   first error and the form below it moves (issue 16: "the form jumps while it is filled") */
QLineEdit[error="true"] { padding: 2px 0px; }
QLabel#state_badge, QLabel#suspended_badge, QLabel#extended_badge, QLabel#approval_badge {
    border-radius: 3px; padding: 2px 8px; font-weight: bold;
}
QLabel#state_badge { background: #e3f2fd; color: #0d47a1; }
QLabel#suspended_badge { background: #fff3e0; color: #e65100; }
QLabel#extended_badge { background: #f3e5f5; color: #4a148c; }
QLabel#approval_badge { background: #fffde7; color: #6d4c00; }
QLabel#case_number_label { font-size: 15pt; font-weight: bold; }
QListWidget#nav_list { font-size: 11pt; }
QListWidget#nav_list::item { padding: 10px 12px; }
QLabel#provisional_label { color: #8d6e00; }
"""




def install_cjk_font(app: QGuiApplication) -> str | None:
    """Use an installed official CJK font if there is one, else load the bundled one; the application
    font keeps its Latin family first and falls back to the CJK family for Chinese."""
    families = set(QFontDatabase.families())
    cjk = next((f for f in PREFERRED_CJK if f in families), None)
    if cjk is None and BUNDLED_FONT.exists():
        font_id = QFontDatabase.addApplicationFont(str(BUNDLED_FONT))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        cjk = loaded[0] if loaded else None
    if cjk is None:
        log.warning("no Chinese font found; text may render as boxes")
        return None
    font = QFont(app.font())
    base = font.family()
    font.setFamilies([base, cjk] if base and base != cjk else [cjk])
    if font.pointSizeF() < 9:
        font.setPointSizeF(10)
    app.setFont(font)
    return cjk


def install_translators(app: QCoreApplication, lang: str = "zh_CN") -> list[QTranslator]:
    """Qt's own strings (standard buttons, calendar) in `lang`; the app's source strings are already
    Simplified Chinese, so an ipcase_<lang>.qm is loaded only for other languages."""
    installed = []
    QLocale.setDefault(QLocale(lang))
    # Qt's own dialogs (file dialogs, calendars, standard buttons) from Qt's catalogue; a bundled build may
    # not report it through QLibraryInfo, so the PySide6 package's copy is the fallback.
    qt_dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).parent / "Qt" / "translations")]
    wanted = [(f"qtbase_{lang}", qt_dirs)]
    if not lang.startswith("zh"):
        wanted.append((f"ipcase_{lang}", [str(TRANSLATIONS)]))
    for name, directories in wanted:
        translator = QTranslator(app)
        if any(translator.load(name, directory) for directory in directories):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation %s in %s", name, directories)
    return installed


def install_style(app: QApplication, *, sheet: bool = True) -> None:
    """The screen fit, the icon and (unless `sheet=False`: main.py sets it with the first window,
    install_style_sheet) the application's style sheet."""
    if sheet:
        install_style_sheet(app)
    screen_fit.install(app)   # every dialog and window capped to its screen (1366×768 at 125 %)
    if APP_ICON.exists():
        app.setWindowIcon(QIcon(str(APP_ICON)))


def install_style_sheet(app: QApplication) -> None:
    """STYLE_SHEET for the whole application. main.py sets it once the first main window is made, before it is
    shown (Session's before_show), not earlier: with an application style sheet, Qt styles a widget again each
    time it is put into a parent, and the main window's ≈ 1,500 widgets are built bottom-up — ≈ 0.8 s of its
    ≈ 1.4 s of CPU; built without the sheet, the whole window is styled once, when the sheet is set."""
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)


def style_before_window(dialog: QWidget) -> QWidget:
    """A dialog shown before the first main window (login, passphrase, storage failure, first run) carries
    STYLE_SHEET itself — its fields' red error frames — while the application has none yet."""
    if QApplication.instance().styleSheet() != STYLE_SHEET:
        dialog.setStyleSheet(STYLE_SHEET)
    return dialog


def install_excepthook(parent_getter=lambda: None) -> None:
    """Uncaught exceptions on the GUI thread are logged and shown; in other threads only logged."""
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            show_unexpected_error(exc, parent_getter())
        except Exception:  # noqa: BLE001 — the hook itself must never raise
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
    threading.excepthook = lambda args: log.error(
        "uncaught error in thread %s", args.thread, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def setup_logging(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "ipcase.log"
    # Everything goes to the log file; the terminal gets only warnings and errors (not, e.g., Alembic's
    # "Context impl SQLiteImpl" / "Running upgrade …" lines at every start).
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setLevel(logging.WARNING)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(path, encoding="utf-8"), terminal])
    return path
