"""What another feature shows in the case detail: a tab (证据, 口审, 调解, 文书, 送达, 收案) or a box under the 合议组
page (回避), how it follows the case shown, and what the detail does when the page saves something.

The case detail (ui/cases/detail.py) imports no feature: ui/sections.py, which composes the features, hands it
the pages in their order and makes the links between them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from ipcase.dto.cases import CaseDetail, CaseSearchHit


@dataclass(frozen=True)
class CasePage:
    key: str                                          # its name: CaseDetailView.page(key), show_page(key)
    widget: QWidget
    title: str = ""                                   # the tab's title with its Alt shortcut; "" = under 合议组
    show: Callable[[CaseDetail], None] | None = None  # given every CaseDetail loaded (None: another page feeds it)
    saved: SignalInstance | None = None               # the page saved something (optionally with the case id) …
    saved_message: str = ""                           # … the detail says so, reloads, and the lists refresh
    # A case action the page takes over instead of the action dialog (scheduling goes through the hearing
    # register): whether it takes `action` now, and how it starts it (returns the dialog, tests drive it).
    takes_action: Callable[[str], bool] | None = None
    start_action: Callable[[str], QWidget | None] | None = None
    # A line above the tabs, under the case's header, seen whichever tab is open (the 失信 flag of a party)
    banner: bool = False
    # A hit of the case's 搜索 tab in one of the page's records (CaseSearchHit, the searched text): the page opens
    # that record at the place (returns the window it opened, if any: tests drive it).
    reveal: Callable[[CaseSearchHit, str], QWidget | None] | None = None

    @property
    def under_panel(self) -> bool:
        return not self.title and not self.banner
