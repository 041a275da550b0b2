"""What a first start does while it waits for the demo build (ui/shell/warm_up.py, main._warm_up_steps), and the
application style sheet set with the first window, once it is made (ui/shell/app.py)."""
from __future__ import annotations

import ast
import importlib.util
import inspect
import logging

import pytest
from PySide6.QtWidgets import QApplication, QDialog

import main
from ipcase.cli import startup
from ui.admin.password_dialog import PasswordDialog
from ui.sections import Sections
from ui.shell import app as ui_app
from ui.shell import warm_up
from ui.shell.session import Session


def test_warm_up_runs_one_step_per_turn_of_the_event_loop_and_finish_runs_the_rest(qtbot, caplog):
    ran: list[str] = []

    def failing():
        raise ImportError("no such module")
    work = [("a", lambda: ran.append("a")), ("broken", failing), ("b", lambda: ran.append("b")),
            ("c", lambda: ran.append("c"))]
    warm = warm_up.WarmUp(iter(work))
    warm.start()
    assert ran == [] and warm.running   # nothing before the loop turns: the dialog paints first
    qtbot.waitUntil(lambda: len(warm.done) >= 1)
    assert ran[:1] == ["a"]
    with caplog.at_level(logging.WARNING):
        warm.finish()
    assert ran == ["a", "b", "c"] and warm.done == ["a", "broken", "b", "c"] and not warm.running
    assert "broken" in caplog.text   # a failing step is logged, the others still run


def test_warm_up_covers_every_feature_of_the_sections_and_what_the_start_imports_after_the_build():
    names = [name for name, _step in main._warm_up_steps()]
    assert names[:len(startup.MODULES)] == list(startup.MODULES)
    assert "schema heads and mappers" in names
    for module in ("ui.workbench.section", "ui.cases.detail", "ui.mediation.section", "ui.admin.section"):
        assert module in names
    assert "PySide6.QtCore" not in names   # only the application's own modules
    # Every ui.* module run_gui imports once the build is done is warmed (AFTER_BUILD).
    tree = ast.parse(inspect.getsource(main.run_gui))
    waits = min(node.lineno for node in ast.walk(tree)
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_progress_dialog")
    after = {_module(node.module, alias.name) for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and node.lineno > waits and (node.module or "").startswith("ui.")
             for alias in node.names} - {"ui.shell.warm_up"}   # (the warm-up itself)
    assert after and after <= {*main.AFTER_BUILD, *names}, after - {*main.AFTER_BUILD, *names}


def _module(package: str, name: str) -> str:
    """`from ui.shell import start_probe` imports ui.shell.start_probe; `from ui.sections import Sections`, ui.sections."""
    return f"{package}.{name}" if importlib.util.find_spec(package).submodule_search_locations is not None \
        and importlib.util.find_spec(f"{package}.{name}") is not None else package


def test_every_warm_up_step_runs():
    for _name, step in main._warm_up_steps():
        step()   # an import that no longer exists, or the heads/mappers step failing, fails here


@pytest.fixture
def no_style_sheet():
    app = QApplication.instance()
    app.setStyleSheet("")
    yield app
    app.setStyleSheet("")   # the other tests run without the application's sheet, as before


def test_the_style_sheet_comes_with_the_first_window_before_it_is_shown(make_ctx, staff, qtbot, no_style_sheet):
    app = no_style_sheet
    ui_app.install_style(app, sheet=False)
    assert app.styleSheet() == ""
    seen = []

    def before_show(window):
        seen.append(window.isVisible())
        ui_app.install_style_sheet(app)
    session = Session(make_ctx(None), make_ctx, Sections,
                      lambda ctx, parent, expired: PasswordDialog(ctx, parent, expired=expired),
                      before_show=before_show)
    window = session.open_window(staff.officer)
    qtbot.addWidget(window)
    assert seen == [False] and window.isVisible()
    assert app.styleSheet() == ui_app.STYLE_SHEET
    # the sheet reaches the window built without it: the case's state badge has its background
    badge = window.sections.case_detail_view.state_badge
    badge.setText("处理中")
    badge.adjustSize()
    image = badge.grab().toImage()
    assert image.pixelColor(image.width() // 2, 1).name() == "#e3f2fd"


def test_a_dialog_before_the_first_window_carries_the_sheet_itself(qtbot, no_style_sheet):
    dialog = ui_app.style_before_window(QDialog())
    qtbot.addWidget(dialog)
    assert dialog.styleSheet() == ui_app.STYLE_SHEET
    ui_app.install_style_sheet(no_style_sheet)
    later = ui_app.style_before_window(QDialog())
    qtbot.addWidget(later)
    assert later.styleSheet() == ""   # the application's sheet applies: no second copy
