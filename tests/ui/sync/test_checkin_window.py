"""签入 from the window (issue 14), with a real office database, a real check-out and a real laptop database: the
officer works in the laptop copy's window (banner: what waits to be sent), then either checks in directly from the
laptop (签入到单位数据库, through the office address kept at check-out) or exports a check-in package that the office
checks in from 外出办案 › 签入; the result is shown record by record, and a package checked in twice is refused."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from intake_helpers import item_input
from shots import chinese_font, shot  # noqa: F401 — fixture
from ui_helpers import main_window, type_text

from case_helpers import Driver, at
from ipcase import commands
from ipcase.config import AppConfig
from ipcase.db.engine import make_engine
from ipcase.errors import PackageAlreadyApplied
from ipcase.queries.sync.records import record_checkout
from ipcase.sync.checkout import check_out_to
from ipcase.uow import uow_factory
from ui.common import file_dialogs
from ui.shell.context import AppContext
from ui.shell.tasks import SyncRunner
from ui.sync import restart

NOW = at(date(2026, 11, 2))
OFFLINE = datetime(2026, 11, 3, 14, 5)


class Laptop:
    def __init__(self, sqlite_engine, staff, tmp_path, clock, case_id):
        self.url = f"sqlite:///{tmp_path / 'laptop.db'}"
        self.result = check_out_to(sqlite_engine, self.url, actor_id=staff.officer.id, user_id=staff.officer.id,
                                   cases=(case_id,), laptop_name="执法笔记本-01", until=date(2026, 11, 20),
                                   now=NOW + timedelta(hours=1))
        self.engine = make_engine(self.url)
        self.new_uow = uow_factory(self.engine)
        data = tmp_path / "laptop-data"
        data.mkdir()
        self.ctx = AppContext(config=AppConfig(db_url=self.url, data_dir=data, demo=False), clock=clock,
                              new_uow=self.new_uow, runner=SyncRunner(), user=staff.officer)

    def register_item(self, staff):
        """An intake item registered at a trade fair, on the laptop (a provisional 收案编号, one outbox entry)."""
        with self.new_uow() as uow:
            return commands.run("intake.register", uow, actor_id=staff.officer.id, data=item_input(), now=OFFLINE)


def test_the_laptop_checks_in_directly_and_offers_the_office_again(sqlite_engine, new_uow, staff, clock, qtbot,
                                                                   tmp_path, shown, monkeypatch,
                                                                   chinese_font):  # noqa: F811
    case = Driver.new(new_uow, staff, NOW)
    laptop = Laptop(sqlite_engine, staff, tmp_path, clock, case.ref.id)
    item = laptop.register_item(staff)
    assert item.number.startswith("临-")
    switched = []
    monkeypatch.setattr(restart, "switch_database", lambda data_dir, url: switched.append(url))
    monkeypatch.setattr(restart, "restart_application", lambda: True)
    try:
        window = main_window(laptop.ctx, qtbot)
        banner = window.sections.laptop_banner
        assert banner.isVisible() and banner.text().endswith("· 待发送 1 项")
        view = window.sections.sync_view
        window.show_section(view)
        assert view.direct_button.isEnabled()
        view.direct_button.click()
        dialog = view.dialog
        assert dialog.objectName() == "sync_checkin_result_dialog"
        assert dialog.summary.count("applied") == 1 and dialog.summary.checkout_state == "returned"
        top = dialog.tree.topLevelItem(0)
        assert top.text(0).startswith("收案 测试市收〔2026〕") and top.text(0).endswith("（笔记本上新登记）")
        assert top.text(1) == "全部执行"
        assert top.child(0).text(1) == "已签入"
        assert "全部记录已签回单位" in dialog.summary_label.text()
        shot(dialog, "sync_checkin_result.png")
        dialog.close()
        # Everything came back: the program offers to open the office database again.
        assert "切换回单位数据库" in shown.confirmed[-1] and switched == [_office_url(sqlite_engine)]
        assert banner.text().endswith("· 待发送 0 项")
        assert view.laptop_page.outbox_table.item(0, 4).text() == "已签入"
    finally:
        laptop.engine.dispose()
    with new_uow() as uow:
        assert record_checkout(uow, kind="case", record_id=case.ref.id) is None   # returned


def _office_url(engine) -> str:
    from pathlib import Path
    return f"sqlite:///{Path(engine.url.database).resolve().as_posix()}"


def test_a_package_is_exported_on_the_laptop_and_checked_in_at_the_office(sqlite_engine, new_uow, staff, clock,
                                                                           make_ctx, qtbot, tmp_path, shown,
                                                                           monkeypatch):
    case = Driver.new(new_uow, staff, NOW)
    laptop = Laptop(sqlite_engine, staff, tmp_path, clock, case.ref.id)
    laptop.register_item(staff)
    package = tmp_path / "签入包.ipcpkg"
    receipt = tmp_path / "签入包-回执.ipcpkg"
    chosen = {"file": package}
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(package))
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(chosen["file"]))
    try:
        window = main_window(laptop.ctx, qtbot)
        on_laptop = window.sections.sync_view
        window.show_section(on_laptop)
        on_laptop.export_button.click()
        assert package.exists() and not shown.errors

        office = main_window(make_ctx(staff.officer), qtbot)
        view = office.sections.sync_view
        office.show_section(view)
        assert view.office_page.checkouts_table.rowCount() == 1
        view.checkin_button.click()
        dialog = view.dialog
        assert dialog.summary.count("applied") == 1 and not shown.errors
        assert dialog.summary.receipt == str(receipt) and receipt.exists()
        assert "回执已写在签入包旁" in dialog.summary_label.text()
        assert view.office_page.checkouts_table.rowCount() == 0          # all came back
        dialog.close()
        view.checkin_button.click()                                        # the same file again
        assert isinstance(shown.errors[-1], PackageAlreadyApplied)
        from ui.common.texts import current
        assert "此前已经签入" in current().errors.message(shown.errors[-1])

        # Back on the laptop, the receipt tells the outbox what became of its operation.
        assert on_laptop.laptop_page.outbox_table.item(0, 4).text() == "待发送"
        chosen["file"] = receipt
        on_laptop.receipt_button.click()
        assert on_laptop.laptop_page.outbox_table.item(0, 4).text() == "已签入"
        assert "已导入回执：1 项" in shown.infos[-1]
        assert window.sections.laptop_banner.text().endswith("· 待发送 0 项")
    finally:
        laptop.engine.dispose()


def test_work_after_an_ended_checkout_waits_in_the_queue_and_is_applied_from_the_window(
        sqlite_engine, new_uow, staff, clock, make_ctx, qtbot, tmp_path, shown, chinese_font):  # noqa: F811
    from ipcase.db.models.intake import IntakeItem
    from ipcase.services.sync.conflicts import end_checkout
    case = Driver.new(new_uow, staff, NOW)
    laptop = Laptop(sqlite_engine, staff, tmp_path, clock, case.ref.id)
    laptop.register_item(staff)
    with new_uow() as uow:     # the laptop was reported lost: its 部门负责人 ends the check-out
        end_checkout(uow, actor_id=staff.dept_head.id, checkout_id=laptop.result.manifest.checkout_id,
                     reason="笔记本遗失", now=NOW + timedelta(days=1))
    try:
        window = main_window(laptop.ctx, qtbot)
        view = window.sections.sync_view
        window.show_section(view)
        view.direct_button.click()
        dialog = view.dialog
        assert dialog.summary.count("conflict") == 1 and dialog.summary.checkout_state == "ended"
        line = dialog.tree.topLevelItem(0).child(0)
        assert line.text(1) == "待单位处理（冲突）"
        assert line.text(2).startswith("外出办案已被结束")
        assert "冲突队列" in dialog.summary_label.text() and not shown.confirmed   # no switch offered
        dialog.resize(900, 420)
        shot(dialog, "sync_checkin_conflict.png")
        dialog.close()
        assert view.laptop_page.outbox_table.item(0, 4).text() == "待单位处理（冲突）"
    finally:
        laptop.engine.dispose()
    with new_uow() as uow:
        before = uow.session.query(IntakeItem).count()

    # At the office the officer sees it in the queue and applies it as it was.
    office = main_window(make_ctx(staff.officer), qtbot)
    view = office.sections.sync_view
    office.show_section(view)
    table = view.office_page.conflicts_table
    assert table.rowCount() == 1 and table.item(0, 3).text() == "收案登记"
    table.selectRow(0)
    view.decide_button.click()
    decision = view.dialog
    assert decision.office_text.toPlainText() == "（此操作不涉及单位已有的记录）"
    decision.button_box.button(decision.button_box.StandardButton.Ok).click()      # 照原样执行
    assert not shown.errors and table.rowCount() == 0
    with new_uow() as uow:
        assert uow.session.query(IntakeItem).count() == before + 1


def test_the_office_checks_in_the_laptop_database_file_itself(sqlite_engine, new_uow, staff, clock, make_ctx,
                                                               qtbot, tmp_path, shown, monkeypatch):
    from ipcase.errors import WrongPassphrase
    from ipcase.sync.copy import open_laptop
    from ui.sync.section import SyncView
    case = Driver.new(new_uow, staff, NOW)
    url = f"sqlite:///{tmp_path / 'laptop.db'}"
    result = check_out_to(sqlite_engine, url, actor_id=staff.officer.id, user_id=staff.officer.id,
                          cases=(case.ref.id,), laptop_name="执法笔记本-03", now=NOW + timedelta(hours=1),
                          passphrase="field-laptop-2026")
    engine = open_laptop(url, "field-laptop-2026")
    try:
        with uow_factory(engine)() as uow:
            commands.run("intake.register", uow, actor_id=staff.officer.id, data=item_input(), now=OFFLINE)
    finally:
        engine.dispose()
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: result.laptop_path)
    answers = ["wrong passphrase", "field-laptop-2026"]
    monkeypatch.setattr(SyncView, "ask_passphrase", lambda self, path: answers.pop(0))

    office = main_window(make_ctx(staff.officer), qtbot)
    view = office.sections.sync_view
    office.show_section(view)
    view.checkin_button.click()
    assert isinstance(shown.errors[-1], WrongPassphrase)
    from ui.common.texts import current
    assert current().errors.message(shown.errors[-1]).startswith("口令不正确")
    view.checkin_button.click()
    dialog = view.dialog
    assert dialog.summary.laptop_name == "执法笔记本-03" and dialog.summary.count("applied") == 1
    assert view.office_page.checkouts_table.rowCount() == 0
    engine = open_laptop(url, "field-laptop-2026")
    try:
        from ipcase.queries.sync.status import laptop_status
        with uow_factory(engine)() as uow:
            lap = laptop_status(uow)
        assert lap.counts == {"applied": 1} and lap.last_checkin_at is not None
    finally:
        engine.dispose()


def test_a_conflict_is_adapted_with_edited_inputs_from_the_window(sqlite_engine, new_uow, staff, clock, make_ctx,
                                                                  qtbot, tmp_path, shown):
    from ipcase.db.models.intake import IntakeItem
    from ipcase.db.models.sync import SyncConflict
    from ipcase.services.sync.conflicts import end_checkout
    from ipcase.sync.handover import check_in_direct
    case = Driver.new(new_uow, staff, NOW)
    laptop = Laptop(sqlite_engine, staff, tmp_path, clock, case.ref.id)
    laptop.register_item(staff)
    with new_uow() as uow:
        end_checkout(uow, actor_id=staff.dept_head.id, checkout_id=laptop.result.manifest.checkout_id,
                     reason="承办人调离", now=NOW + timedelta(days=1))
    try:
        check_in_direct(laptop.new_uow, now=NOW + timedelta(days=2))
    finally:
        laptop.engine.dispose()
    with new_uow() as uow:
        known = {i.id for i in uow.session.query(IntakeItem)}

    window = main_window(make_ctx(staff.dept_head), qtbot)       # the 部门负责人 decides any laptop's queue
    view = window.sections.sync_view
    window.show_section(view)
    view.office_page.conflicts_table.selectRow(0)
    view.decide_button.click()
    dialog = view.dialog
    dialog.decision_buttons["adapt"].setChecked(True)
    edit = dialog.input_edits["data.submitter_phone"]
    assert edit.text() == "0574-88886666"
    edit.setText("0574-88880000")
    type_text(dialog.reason_edit, "电话已更正")
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
    assert not shown.errors and not dialog.isVisible()
    with new_uow() as uow:
        s = uow.session
        [new] = [i for i in s.query(IntakeItem) if i.id not in known]
        assert new.submitter_phone == "0574-88880000"
        c = s.query(SyncConflict).one()
        assert (c.state, c.decided_by_id, c.decision_reason) == ("adapted", staff.dept_head.id, "电话已更正")
