"""Which language the window speaks: Simplified Chinese (the sources' own language) or English (the compiled
catalogue resources/translations/ipcase_en.qm). A choice kept per machine in QSettings; `--lang` on the command
line wins for one start. Documents stay Chinese whatever the window speaks: they are legal texts of the office.

Qt builds most texts once, when a widget is made, so a new choice takes effect at the next start."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ui.common import messages
from ui.common.i18n import tr
from ui.shell import window_state

KEY = "ui/language"
DEFAULT = "zh_CN"
# Each language is named in itself, so whoever cannot read the current one still finds their own.
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def preferred() -> str:
    value = window_state.settings().value(KEY, DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def set_preferred(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    window_state.settings().setValue(KEY, lang)


def current() -> str:
    """The language this start speaks (install_translators made it the default locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else DEFAULT


def chosen(command_line: str | None) -> str:
    """`--lang` for this start, else the machine's choice."""
    return command_line or preferred()


def language_menu(parent: QWidget) -> QMenu:
    """帮助 › 界面语言: one checkable entry per language; choosing another says when it takes effect."""
    menu = QMenu(tr("界面语言 / Language(&G)"), parent)
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    speaking = current()
    for lang, name in LANGUAGES.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(lang == speaking)
        action.setData(lang)
        group.addAction(action)
        menu.addAction(action)

    def choose(action: QAction) -> None:
        lang = action.data()
        set_preferred(lang)
        if lang != speaking:
            messages.info(parent, tr("界面语言 / Language"), tr(
                "下次启动时界面将使用%1。\nThe window will speak %1 from the next start.").replace("%1", LANGUAGES[lang]))

    group.triggered.connect(choose)
    return menu
