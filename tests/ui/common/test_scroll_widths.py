"""A form that scrolls never needs horizontal scrolling on a 1366×768 laptop at 125 % (1093×614 logical pixels):
its fields shrink or wrap to the width the screen leaves. Each scrolling dialog of test_dialog_sizes' FACTORIES is
fitted to that screen as the application does; then every scroll area in it shows no horizontal scroll bar, its
content is no wider than its viewport, and every visible widget of the content ends inside the viewport (the 收案登记
dialog cut its 匿名举报 check box and the 收到时间 calendar button at the right edge)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget
from shots import chinese_font, shot  # noqa: F401 — fixture
from test_dialog_sizes import FACTORIES, LAPTOP_125, World

from ui.common import screen_fit


def _form_areas(dialog: QWidget) -> list[QScrollArea]:
    """The scroll areas holding a form: lists and text boxes scroll sideways by nature and are left out."""
    return [a for a in dialog.findChildren(QScrollArea) if a.isVisibleTo(dialog) and a.widget() is not None]


def _cut_widgets(area: QScrollArea) -> list[str]:
    content, viewport = area.widget(), area.viewport()
    width = viewport.width()
    out = []
    for child in content.findChildren(QWidget):
        if not child.isVisibleTo(content) or child.isWindow():
            continue
        if any(isinstance(p, QAbstractScrollArea) and p is not area for p in _parents(child, content)):
            continue   # inside a nested list or text box, which scrolls on its own
        right = child.mapTo(content, QPoint(child.width(), 0)).x()
        if right > width + 1:
            name = child.objectName() or type(child).__name__
            text = getattr(child, "text", None)
            label = text() if callable(text) else ""
            out.append(f"{name} {label!r} ends at {right} > {width}")
    return out


def _parents(widget: QWidget, stop: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parentWidget()


def _area_problems(dialog: QWidget) -> list[str]:
    QApplication.processEvents()   # the resize reaches the scroll areas, which show their bars as they need them
    out = []
    for area in _form_areas(dialog):
        if area.horizontalScrollBar().isVisible():
            out.append(f"horizontal scroll bar (content {area.widget().width()} > viewport {area.viewport().width()})")
        elif area.widget().width() > area.viewport().width():
            out.append(f"content {area.widget().width()} wider than viewport {area.viewport().width()}")
        out += _cut_widgets(area)
    return out


def scroll_problems(dialog: QWidget, screen: QRect) -> list[str]:
    """At the dialog's own size fitted to `screen`, then made as narrow as it lets a user make it."""
    dialog.move(0, 0)
    screen_fit.fit(dialog, screen)
    out = [f"fitted: {p}" for p in _area_problems(dialog)]
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
    out += [f"narrowest ({dialog.width()} px): {p}" for p in _area_problems(dialog)]
    return out


@pytest.mark.usefixtures("chinese_font")
def test_no_scrolling_form_scrolls_sideways(make_ctx, staff, new_uow, clock, qtbot, shown):
    world = World(make_ctx, staff, new_uow, clock)
    failures, checked = {}, []
    for name, factory in FACTORIES.items():
        dialog = factory(world)
        qtbot.addWidget(dialog)
        dialog.show()
        if _form_areas(dialog):
            checked.append(name)
            problems = scroll_problems(dialog, LAPTOP_125)
            if problems:
                failures[name] = problems
            shot(dialog, f"scroll_{name.rsplit('.', 1)[-1]}_narrowest.png")
        dialog.close()
    assert "ui.intake.entry_dialog.IntakeEntryDialog" in checked
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
