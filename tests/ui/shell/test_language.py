"""The window in English (issue 18): the compiled catalogue is installed, every menu, section, tab, button and
column heading of every section speaks English, and the language is chosen in the window (kept per machine)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHeaderView, QMenu, QTabWidget

from ui.sections import Sections
from ui.shell import app as ui_app
from ui.shell import language
from ui.shell.main_window import MainWindow

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(qapp):
    before = QLocale()
    installed = ui_app.install_translators(qapp, "en")
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def _menu_texts(menu: QMenu) -> list[str]:
    if menu.objectName() == "language_menu":
        return []   # bilingual on purpose (界面语言 / Language, each language named in itself): found by anyone
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
        elif not action.isSeparator():
            texts.append(action.text())
    return texts


def _interface_texts(window: MainWindow) -> list[str]:
    """What the interface itself says (not the data it shows): menus, sections, tabs, buttons, group titles and
    column headings of everything built so far."""
    texts = [window.nav_list.item(i).text() for i in range(window.nav_list.count())]
    for action in window.menuBar().actions():
        texts += _menu_texts(action.menu())
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    texts += [box.title() for box in window.findChildren(QGroupBox)]
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if model is not None:
            texts += [str(model.headerData(i, header.orientation()) or "") for i in range(header.count())]
    return texts


def test_every_section_speaks_english(english, make_ctx, staff, qtbot):
    assert english, "the English catalogue was not found"
    for user in (staff.admin, staff.officer, staff.dept_head):
        window = MainWindow(make_ctx(user), Sections)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for row in range(window.nav_list.count()):
            window.nav_list.setCurrentRow(row)
            qtbot.wait(1)
        chinese = [t for t in _interface_texts(window) if HAN.search(t)]
        assert not chinese, f"untranslated in the English window ({user.username}): {sorted(set(chinese))}"
        assert "Workbench" in [window.nav_list.item(i).text() for i in range(window.nav_list.count())]


def test_the_language_is_chosen_in_the_window_and_kept(make_ctx, staff, qtbot, shown):
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "language_menu")
    assert menu is not None
    entries = {action.text(): action for action in menu.actions()}
    assert set(entries) == {"简体中文", "English"} and entries["简体中文"].isChecked()
    entries["English"].trigger()
    assert language.preferred() == "en" and language.chosen(None) == "en"
    assert language.chosen("zh_CN") == "zh_CN"          # --lang wins for one start
    assert shown.infos and "English" in shown.infos[-1]  # says it takes effect at the next start
    entries["简体中文"].trigger()
    assert language.preferred() == "zh_CN"
