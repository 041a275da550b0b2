"""设置 (administrators): 机关, 用户, 节假日."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.admin.backup_tab import BackupPage
from ui.admin.deadline_rules_tab import DeadlineSettingsPage
from ui.admin.holidays_tab import HolidaysPage
from ui.admin.office_tab import OfficePage
from ui.admin.users_tab import UsersPage
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
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.office_page = OfficePage(ctx)
        self.users_page = UsersPage(ctx)
        self.holidays_page = HolidaysPage(ctx)
        self.tabs.addTab(self.office_page, self.tr("机关(&1)"))
        self.tabs.addTab(self.users_page, self.tr("用户(&2)"))
        self.tabs.addTab(self.holidays_page, self.tr("节假日(&3)"))
        self.deadlines_page = DeadlineSettingsPage(ctx)
        self.tabs.addTab(self.deadlines_page, self.tr("期限规则(&4)"))
        self.documents_page = DocumentsSettingsPage(ctx)
        self.tabs.addTab(self.documents_page, self.tr("文书(&5)"))
        self.hearing_rooms_page = HearingRoomsPage(ctx)
        self.tabs.addTab(self.hearing_rooms_page, self.tr("口审庭(&6)"))
        self.backup_page = BackupPage(ctx)
        self.tabs.addTab(self.backup_page, self.tr("备份(&7)"))
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
