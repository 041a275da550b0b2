"""Every window fits the screen it opens on.

Offices run 1366×768 laptops, often at 125 % scaling (1093×614 logical pixels): a dialog sized for a large monitor
(the 文书 dialog at 780×820, the PDF preview at 820×960) put its buttons below the screen's edge. One application-wide
event filter (`install`) caps each top-level window, when it is shown, to the available geometry of its screen
(without the task bar) and moves it inside; a dialog asks for a size with `resize` as before and gets at most the
screen. A dialog whose form cannot shrink that far holds it in a scroll area (`form_scrolling`), so its buttons stay
on screen and its fields never run past its right edge; tests/ui/common/test_dialog_sizes.py checks every dialog of
ui/ at 1366×768 and 1093×614, tests/ui/common/test_scroll_widths.py that no form scrolls sideways."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QMainWindow, QScrollArea, QWidget

# The window frame (title bar and borders) the window manager adds around a window, when Qt does not know it yet
# (before the first show): Windows 10/11 at 100 % is about 8 px each side and 31 px of title bar.
FRAME_ALLOWANCE = (16, 40)


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(window: QWidget, area: QRect) -> None:
    """Cap `window` to `area` (its frame included) and move it inside."""
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w = frame.width() - inner.width() or FRAME_ALLOWANCE[0]
    extra_h = frame.height() - inner.height() or FRAME_ALLOWANCE[1]
    max_w, max_h = max(area.width() - extra_w, 200), max(area.height() - extra_h, 150)
    width, height = min(window.width(), max_w), min(window.height(), max_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    left = min(max(window.x(), area.left()), area.right() - width - extra_w + 1)
    top = min(max(window.y(), area.top()), area.bottom() - height - extra_h + 1)
    if (left, top) != (window.x(), window.y()):
        window.move(max(left, area.left()), max(top, area.top()))


class ScreenFit(QObject):
    """The event filter: fits dialogs and main windows to their screen when they are shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        # Every event of the application passes here, on the GUI thread: the class test first (a C-level check),
        # since `event.type()` builds a Python enum member each time (≈ 30,000 events while the main window is made).
        if isinstance(watched, (QDialog, QMainWindow)) and event.type() == QEvent.Type.Show and watched.isWindow():
            fit(watched, available_area(watched))
        return False


def install(app: QApplication) -> ScreenFit:
    """Fit every window of `app` to its screen from now on (called once at start-up)."""
    fitter = ScreenFit(app)
    app.installEventFilter(fitter)
    return fitter


class FormScrollArea(QScrollArea):
    """A scroll area for a form: it scrolls vertically only. Its minimum width is its content's minimum width, so
    the window holding it never shrinks below what the fields need (a QScrollArea's own minimum is a few pixels: the
    收案登记 dialog at its minimum cut its 匿名举报 check box and its calendar button at the right edge, behind a
    horizontal scroll bar); fields shrink or wrap down to that width, and a form grown by a new row or an error
    line widens its window instead of scrolling sideways."""

    def __init__(self, content: QWidget | None = None, *, framed: bool = False):
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not framed:
            self.setFrameShape(QFrame.Shape.NoFrame)
        if content is not None:
            self.setWidget(content)

    def setWidget(self, content: QWidget) -> None:  # noqa: N802 — Qt's name
        super().setWidget(content)
        content.installEventFilter(self)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        # the vertical bar's width is always reserved: a form that starts to scroll must not lose that width
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()   # the content's minimum changed (a row shown, an error line): so does ours
        return False


def scrolling(content: QWidget) -> QScrollArea:
    """`content` (a long page of a window) in a frameless scroll area that scrolls vertically when the screen is
    short (and sideways only when the page cannot shrink to the window). Forms in dialogs use `form_scrolling`."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def form_scrolling(content: QWidget | None = None, *, framed: bool = False) -> FormScrollArea:
    """`content` (a dialog's long form) in a scroll area that scrolls vertically when the screen is short and never
    sideways (FormScrollArea); `framed` draws the usual sunken frame around it. Without `content`, the form is set
    later with `setWidget`."""
    return FormScrollArea(content, framed=framed)
