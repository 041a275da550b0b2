"""设置 (administrators): 机关, 用户, 节假日."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.admin.backup_tab import BackupPage
from ui.admin.deadline_rules_tab import DeadlineSettingsPage
from ui.admin.fonts_tab import FontsPage
from ui.admin.holidays_tab import HolidaysPage
from ui.admin.office_tab import OfficePage
from ui.admin.users_tab import UsersPage
from ui.common.tabs import PageTabs
from ui.documents.settings_tab import DocumentsSettingsPage
from ui.hearings.rooms_tab import HearingRoomsPage
from ui.shell.context import AppContext


class SettingsView(QWidget):
    holidays_changed = Signal()
    office_saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.tabs = PageTabs()   # Alt+1 … Alt+7; each page scrolls on a short screen
        self.tabs.setObjectName("settings_tabs")
        self.office_page = OfficePage(ctx)
        self.users_page = UsersPage(ctx)
        self.holidays_page = HolidaysPage(ctx)
        self.tabs.add_page(self.office_page, self.tr("机关"), scroll=True)
        self.tabs.add_page(self.users_page, self.tr("用户"), scroll=True)
        self.tabs.add_page(self.holidays_page, self.tr("节假日"), scroll=True)
        self.deadlines_page = DeadlineSettingsPage(ctx)
        self.tabs.add_page(self.deadlines_page, self.tr("期限规则"), scroll=True)
        self.documents_page = DocumentsSettingsPage(ctx)
        self.tabs.add_page(self.documents_page, self.tr("文书"), scroll=True)
        self.hearing_rooms_page = HearingRoomsPage(ctx)
        self.tabs.add_page(self.hearing_rooms_page, self.tr("口审庭"), scroll=True)
        self.backup_page = BackupPage(ctx)
        self.tabs.add_page(self.backup_page, self.tr("备份"), scroll=True)
        self.fonts_page = FontsPage(ctx)
        self.tabs.add_page(self.fonts_page, self.tr("公文字体"), scroll=True)
        layout.addWidget(self.tabs)
        self.holidays_page.holidays_changed.connect(self.holidays_changed)
        self.office_page.office_saved.connect(self.office_saved)

    def refresh(self) -> None:
        self.office_page.refresh()
        self.users_page.refresh()
        self.holidays_page.refresh()
        self.deadlines_page.refresh()
        self.documents_page.refresh()
        self.hearing_rooms_page.refresh()
        self.backup_page.refresh()
        self.fonts_page.refresh()
