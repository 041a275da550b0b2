"""A statistics report saved from 统计 › 导出统计报表 is an audit entry "statistics.export" (issue 13: every export
is recorded): which file, which format, which period, by whom; someone who may not see the statistics cannot
record (or make) one."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from ui_helpers import open_statistics

from ipcase.db.models.audit import AuditEntry
from ipcase.errors import PermissionDenied
from ipcase.services.audit.outputs import record_report_export
from tests.conftest import NOW


def _exports(new_uow):
    with new_uow() as uow:
        return [(e.actor_id, json.loads(e.changes)) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "statistics.export").order_by(AuditEntry.seq))]


def test_the_export_from_the_dialog_is_recorded(make_ctx, staff, new_uow, qtbot, tmp_path, shown, monkeypatch):
    from ui.common import file_dialogs
    monkeypatch.setattr(file_dialogs, "open_folder", lambda _folder: None)   # the system's file manager
    # no cases needed (the shared stats fixture is beside the point): an empty report is a report too
    assert _exports(new_uow) == []
    _window, view = open_statistics(make_ctx, staff, qtbot)
    dialog = view.open_report_dialog()
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "r.xlsx"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".csv"))
    dialog.export()
    assert (tmp_path / "r.csv").exists()
    qtbot.waitUntil(lambda: len(_exports(new_uow)) == 1)
    [(who, detail)] = _exports(new_uow)
    assert who == view._ctx.user_id
    assert {k: detail.get(k) for k in ("file", "format", "period")} == \
        {"file": "r.csv", "format": "csv", "period": "month 2026-10"}


def test_only_who_may_see_the_statistics_records_an_export(new_uow, staff):
    with new_uow() as uow, pytest.raises(PermissionDenied):
        record_report_export(uow, actor_id=staff.officer.id, period="year 2026-1", target="/tmp/r.pdf", now=NOW)
    assert _exports(new_uow) == []
    with new_uow() as uow:
        record_report_export(uow, actor_id=staff.section_head.id, period="year 2026-1", target="C:\\报表\\r.PDF",
                             now=NOW)
    [(who, detail)] = _exports(new_uow)
    assert who == staff.section_head.id and (detail["file"], detail["format"]) == ("r.PDF", "pdf")
