"""A settings page saved by someone else since it was loaded (issue 12): the page says so, names who saved, keeps
what was typed, and offers to load the newer settings instead; keeping them saves over the other's knowingly."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shots import chinese_font, shot  # noqa: F401  (fixture)

from ipcase.domain.enums import Role
from ipcase.queries.admin.deadline_rules import deadline_rules
from ipcase.services.admin import auth
from ipcase.services.admin import deadline_rules as deadline_services
from ui.admin.deadline_rules_tab import DeadlineSettingsPage

NOW = datetime(2026, 12, 6, 10, 0)


@pytest.fixture
def colleague(new_uow, staff):
    with new_uow() as uow:
        return auth.create_user(uow, actor_id=staff.admin.id, username="admin2", full_name="钱管理",
                                role=Role.ADMIN, password="password1")


def _colleague_saves(new_uow, staff, colleague, evidence_days):
    with new_uow() as uow:
        page = deadline_rules(uow, office_id=staff.office.id)
    with new_uow() as uow:
        deadline_services.update_deadline_settings(uow, actor_id=colleague.id, expected_version=page.version,
                                                   settings=replace(page.settings, evidence_days=evidence_days),
                                                   now=NOW)


def _answer_conflict(answer: str, seen: dict, picture: str | None = None):
    """Answer the conflict box once it is up (it runs its own event loop), remembering what it said."""
    def respond():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        if picture:
            shot(box, picture)
        button = next(b for b in box.buttons() if answer in b.text())
        button.click()
    QTimer.singleShot(0, respond)


def _stored_evidence_days(new_uow, staff):
    with new_uow() as uow:
        return deadline_rules(uow, office_id=staff.office.id).settings.evidence_days


def test_keeping_what_was_typed_saves_it_over_the_colleagues(make_ctx, staff, colleague, new_uow, qtbot, shown,
                                                            chinese_font):  # noqa: F811
    page = DeadlineSettingsPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.editors["evidence_days"].setValue(25)
    _colleague_saves(new_uow, staff, colleague, 20)   # meanwhile, in another window

    seen: dict = {}
    _answer_conflict("保留", seen, "settings_conflict_box.png")
    page.save_button.click()
    assert seen["title"] == "期限规则已被他人修改"
    assert "钱管理" in seen["text"] and "载入最新设置" in seen["text"]
    shot(page, "settings_conflict_page_1366x768.png")
    assert page.editors["evidence_days"].value() == 25          # what was typed is still there
    assert _stored_evidence_days(new_uow, staff) == 20          # and nothing of the colleague's save was lost
    assert shown.infos == []

    page.save_button.click()                                    # saving again: knowingly over theirs
    assert shown.errors == [] and shown.infos
    assert _stored_evidence_days(new_uow, staff) == 25


def test_loading_the_newer_settings_shows_the_colleagues(make_ctx, staff, colleague, new_uow, qtbot, shown):
    page = DeadlineSettingsPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.refresh()
    page.editors["evidence_days"].setValue(25)
    _colleague_saves(new_uow, staff, colleague, 20)

    seen: dict = {}
    _answer_conflict("载入", seen)
    page.save_button.click()
    assert page.editors["evidence_days"].value() == 20           # the colleague's settings, freshly loaded
    assert _stored_evidence_days(new_uow, staff) == 20
    page.editors["suit_days"].setValue(30)
    page.save_button.click()                                     # the page now names the newer version
    assert shown.errors == []
    with new_uow() as uow:
        stored = deadline_rules(uow, office_id=staff.office.id)
    assert (stored.settings.evidence_days, stored.settings.suit_days, stored.version) == (20, 30, 2)


def test_a_page_saves_twice_in_a_row_and_is_told_of_another_save(make_ctx, staff, new_uow, qtbot, shown):
    """After its own save a page names the newer version (no conflict with itself); a save from elsewhere makes
    the next one ask — for the office page (a row) and the document settings (a group)."""
    from ipcase.queries.documents.register import document_settings
    from ipcase.services.documents.issue import update_document_settings
    from ui.admin.office_tab import OfficePage
    from ui.documents.settings_tab import DocumentsSettingsPage

    office = OfficePage(make_ctx(staff.admin))
    documents = DocumentsSettingsPage(make_ctx(staff.admin))
    for page in (office, documents):
        qtbot.addWidget(page)
        page.refresh()
    office.phone_edit.setText("0571-1")
    office.save_button.click()
    office.phone_edit.setText("0571-2")
    office.save_button.click()
    documents.days_spin.setValue(45)
    documents.save_button.click()
    documents.days_spin.setValue(50)
    documents.save_button.click()
    assert shown.errors == [] and len(shown.infos) == 4
    with new_uow() as uow:
        stored = document_settings(uow, office_id=staff.office.id)
        update_document_settings(uow, actor_id=staff.admin.id, settings=replace(stored, public_notice_days=60),
                                 expected_version=stored.version)
    seen: dict = {}
    _answer_conflict("载入", seen)
    documents.days_spin.setValue(55)
    documents.save_button.click()
    assert seen["title"] == "文书设置已被他人修改"
    assert documents.days_spin.value() == 60
