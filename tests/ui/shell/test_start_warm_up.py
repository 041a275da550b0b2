"""What a first start does while it waits for the demo build (ui/shell/warm_up.py, main._warm_up_steps), and no
application-wide style sheet: the styled widgets carry their own (ui/shell/app.install_style)."""
from __future__ import annotations

import ast
import importlib.util
import inspect
import logging

from PySide6.QtWidgets import QApplication, QLineEdit

import main
from ipcase.cli import startup
from ui.common import field_errors
from ui.sections import Sections
from ui.shell import app as ui_app
from ui.shell import warm_up
from ui.shell.main_window import MainWindow


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


def test_no_application_style_sheet_and_the_styled_widgets_carry_their_own(make_ctx, staff, qtbot):
    app = QApplication.instance()
    ui_app.install_style(app)
    assert app.styleSheet() == ""   # with one, Qt styles every widget again as it is put into a parent
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.show()
    badge = window.sections.case_detail_view.state_badge
    badge.setText("处理中")
    badge.adjustSize()
    image = badge.grab().toImage()
    assert image.pixelColor(image.width() // 2, 1).name() == "#e3f2fd"   # the badge's own background
    assert window.nav_list.font().pointSizeF() == 11


def test_a_field_in_error_has_a_red_frame_and_loses_it(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.resize(200, 30)
    edit.show()
    field_errors.mark(edit, True)
    image = edit.grab().toImage()
    assert image.pixelColor(image.width() // 2, 0).name() == "#c62828"
    field_errors.mark(edit, False)
    image = edit.grab().toImage()
    assert image.pixelColor(image.width() // 2, 0).name() != "#c62828"
    field_errors.mark(edit, True)
    assert edit.styleSheet().count(field_errors.FRAME_RULE) == 1   # the rule is added once
