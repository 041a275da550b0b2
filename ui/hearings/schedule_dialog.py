"""Arrange a hearing session: room, date and time, public or not, online or not, and the people (the case's
panel, clerk, investigator, parties and agents, all ticked by default). Every change re-checks the rules
(ipcase.queries.hearings.sessions.check_plan) and lists refusals, warnings and notes; warnings need a reason before
saving. The same dialog moves a session (a reason is required) and carries out a granted postponement."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ipcase.dto.cases import CaseDetail
from ipcase.dto.hearings import FindingInfo, HearingDetail, HearingPlan, HearingRef, RoomInfo
from ipcase.queries.cases import register as case_queries
from ipcase.queries.hearings import sessions as hearing_queries
from ipcase.services.hearings import requests as hearing_requests
from ipcase.services.hearings import sessions as hearings
from ui.common import labels, messages
from ui.common.date_field import TimeField
from ui.common.fields import date_edit, from_qdate, to_qdate
from ui.common.form_dialog import FormDialog
from ui.common.office_templates import office_template_dir
from ui.common.submit import show_failure
from ui.hearings import labels as hearing_labels
from ui.shell.context import AppContext

COLOURS = {"refusal": "#b71c1c", "warning": "#8a5300", "note": "#1b5e20"}
_STAFF_KIND = {"leader": "leader", "member": "member", "clerk": "clerk", "tech_investigator": "tech_investigator"}


class HearingDialog(FormDialog):
    saved = Signal(object)   # HearingRef

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None, *,
                 hearing: HearingDetail | None = None, continues: HearingDetail | None = None,
                 starts_at: datetime | None = None, postponement_id: int | None = None,
                 decision_reason: str = ""):
        super().__init__(parent, min_width=620)
        self._ctx, self._case_id, self._hearing, self._continues = ctx, case_id, hearing, continues
        self._postponement_id, self._decision_reason = postponement_id, decision_reason
        self._case: CaseDetail | None = None
        self._findings: tuple[FindingInfo, ...] = ()
        self._minutes = 120
        self.setWindowTitle(self._title())

        self.heading_label = self.add_above(QLabel())
        form = self.form
        self.room_combo = QComboBox()
        self.room_combo.setObjectName("room_combo")
        form.addRow(self.tr("口审庭(&R)"), self.room_combo)
        when = QHBoxLayout()
        self.date_edit = date_edit(ctx.clock.today(), weekday=True)
        self.date_edit.setObjectName("date_edit")
        self.start_edit, self.end_edit = TimeField(), TimeField()   # typed 9:30, 0930, 下午3点…
        self.start_edit.setObjectName("start_edit")
        self.end_edit.setObjectName("end_edit")
        when.addWidget(self.date_edit)
        when.addWidget(self.start_edit)
        when.addWidget(QLabel("—"))
        when.addWidget(self.end_edit)
        when.addStretch(1)
        self.when_widget = QWidget()
        self.when_widget.setLayout(when)
        when.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("日期和时间(&D)"), self.when_widget)
        self.public_check = QCheckBox(self.tr("公开审理(&P)"))
        self.public_check.setChecked(True)
        self.announced_edit = date_edit(ctx.clock.today())
        self.announced_check = QCheckBox(self.tr("已发布公告，日期："))
        row = QHBoxLayout()
        for w in (self.public_check, self.announced_check, self.announced_edit):
            row.addWidget(w)
        row.addStretch(1)
        form.addRow("", row)
        self.online_check = QCheckBox(self.tr("线上口审(&O)"))
        self.link_edit = QLineEdit()
        self.link_edit.setObjectName("link_edit")
        self.link_edit.setPlaceholderText(self.tr("平台及会议号/链接，如 腾讯会议 123-456-789"))
        form.addRow(self.online_check, self.link_edit)
        self.people_list = QListWidget()
        self.people_list.setObjectName("people_list")
        self.people_list.setMaximumHeight(150)
        form.addRow(self.tr("参加人员(&M)"), self.people_list)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setMaximumHeight(60)
        if hearing is not None and postponement_id is None:
            form.addRow(self.tr("变更理由(&Y)"), self.reason_edit)
        else:
            self.reason_edit.hide()
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("findings_list")
        self.findings_list.setMaximumHeight(130)
        self.body.addWidget(QLabel(self.tr("规则检查（口审庭、人员冲突、工作日、通知和公告期限）：")))
        self.body.addWidget(self.findings_list)
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("override_edit")
        self.override_edit.setPlaceholderText(self.tr("有警示时须说明仍按此安排的理由（记入时间线）"))
        form2 = QFormLayout()
        form2.addRow(self.tr("确认警示的理由(&W)"), self.override_edit)
        self.body.addLayout(form2)
        for key, widget in (("room_id", self.room_combo), ("online_link", self.link_edit),
                            ("people", self.people_list), ("reason", self.reason_edit),
                            ("starts_at", self.when_widget), ("decision_reason", self.reason_edit)):
            self.field_errors.register(key, widget)
        self.add_buttons(self.save, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        self._fill_initial(starts_at)
        for signal in (self.room_combo.currentIndexChanged, self.date_edit.dateChanged, self.start_edit.timeChanged,
                       self.end_edit.timeChanged, self.public_check.toggled, self.online_check.toggled,
                       self.announced_check.toggled, self.announced_edit.dateChanged, self.people_list.itemChanged):
            signal.connect(self.recheck)
        self.start_edit.timeChanged.connect(self._on_start_edit_time_changed)
        self._load()

    def _title(self) -> str:
        if self._postponement_id is not None:
            return self.tr("准予延期：重新安排口审")
        if self._hearing is not None:
            return self.tr("变更口审安排")
        return self.tr("续行口审") if self._continues is not None else self.tr("安排口审")

    def _fill_initial(self, starts_at: datetime | None) -> None:
        today = self._ctx.clock.today()
        h = self._hearing
        start = starts_at or (h.starts_at if h else datetime.combine(today + timedelta(days=14), time(9, 0)))
        length = (h.ends_at - h.starts_at) if h else timedelta(minutes=self._minutes)
        self.date_edit.setDate(to_qdate(start.date()))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        end = start + length
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self.announced_edit.setDate(to_qdate(today))
        if h is not None:
            self.public_check.setChecked(h.public)
            self.online_check.setChecked(h.online)
            self.link_edit.setText(h.online_link)
            self.announced_check.setChecked(h.announced_on is not None)
            if h.announced_on:
                self.announced_edit.setDate(to_qdate(h.announced_on))

    # ---- loading
    def _load(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(hearing_queries.rooms, office_id=ctx.user.office_id), on_success=self._on_rooms,
                          owner=self)
        if self._hearing is None:
            ctx.runner.run_db(ctx.db(hearing_queries.hearing_settings, office_id=ctx.user.office_id), on_success=self._on_settings, owner=self)
        ctx.runner.run_db(ctx.db(case_queries.case_detail, self._case_id, viewer_id=ctx.user_id,
                                 today=ctx.clock.today()), on_success=self._on_case, owner=self)

    def _on_settings(self, settings) -> None:
        self._minutes = settings.default_minutes
        self._on_start_edit_time_changed(self.start_edit.time())

    def _on_rooms(self, rooms: tuple[RoomInfo, ...]) -> None:
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        for r in rooms:
            extra = "，".join(x for x in (r.place, self.tr("%1座").replace("%1", str(r.seats)) if r.seats else "",
                                          self.tr("可线上") if r.online_capable else "") if x)
            self.room_combo.addItem(f"{r.name}（{extra}）" if extra else r.name, r.id)
        self.room_combo.addItem(self.tr("不使用口审庭（纯线上）"), None)
        wanted = self._hearing.room_id if self._hearing else (self._continues.room_id if self._continues else None)
        index = self.room_combo.findData(wanted) if wanted is not None else 0
        self.room_combo.setCurrentIndex(max(index, 0))
        self.room_combo.blockSignals(False)

    def _on_case(self, detail: CaseDetail) -> None:
        self._case = detail
        self.heading_label.setText(f"<b>{detail.case_number or ''}</b>　{detail.patent_title}")
        chosen = None
        source = self._hearing or self._continues
        if source is not None:
            chosen = {(p.kind, p.user_id or p.agent_id or p.party_id) for p in self._people_of(source)}
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for kind, ident, text in self._available(detail):
            item = QListWidgetItem(f"{hearing_labels.person_kind(kind)}　{text}")
            item.setData(Qt.ItemDataRole.UserRole, (kind, ident))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = chosen is None or (kind, ident) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        self.people_list.blockSignals(False)
        self.recheck()

    @staticmethod
    def _people_of(h: HearingDetail):
        return (*h.panel, *(x for x in (h.clerk, h.tech_investigator) if x), *h.parties, *h.agents)

    @staticmethod
    def _available(d: CaseDetail):
        order = {"leader": 0, "member": 1, "clerk": 2, "tech_investigator": 3}
        for seat in sorted(d.panel, key=lambda s: order.get(s.role, 9)):
            yield _STAFF_KIND[seat.role], seat.user_id, seat.full_name
        for p in d.parties:
            yield "party", p.id, f"{p.name}（{labels.party_role(p.role)}）"
            for a in p.agents:
                yield "agent", a.id, f"{a.name}（{p.name}的代理人，{a.organization}）" if a.organization \
                    else f"{a.name}（{p.name}的代理人）"

    # ---- the plan and its check
    def plan(self) -> HearingPlan:
        day = from_qdate(self.date_edit.date())
        start = datetime.combine(day, self.start_edit.time().toPython())
        end = datetime.combine(day, self.end_edit.time().toPython())
        people = tuple(self.people_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.people_list.count())
                       if self.people_list.item(i).checkState() == Qt.CheckState.Checked)
        return HearingPlan(
            room_id=self.room_combo.currentData(), starts_at=start, ends_at=end, public=self.public_check.isChecked(),
            online=self.online_check.isChecked(), online_link=self.link_edit.text().strip(),
            announced_on=from_qdate(self.announced_edit.date()) if self.announced_check.isChecked() else None,
            people=people if self._case is not None else None,
            continues_id=self._continues.id if self._continues else None)

    def _on_start_edit_time_changed(self, t: QTime) -> None:
        """Keep the length when the start moves."""
        if self._hearing is None:
            self.end_edit.setTime(t.addSecs(self._minutes * 60))

    def recheck(self, *_args) -> None:
        if self._case is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(hearing_queries.check_plan, case_id=self._case_id, plan=self.plan(),
                                 today=ctx.clock.today(), hearing_id=self._hearing.id if self._hearing else None),
                          on_success=self._on_findings, on_failure=self.field_errors.show, owner=self)

    def _on_findings(self, findings: tuple[FindingInfo, ...]) -> None:
        self._findings = findings
        self.findings_list.clear()
        if not findings:
            self.findings_list.addItem(self.tr("✓ 没有冲突，符合通知和公告期限"))
        for f in findings:
            item = QListWidgetItem(f"[{hearing_labels.severity(f.severity)}] {hearing_labels.finding(f.code, f.detail)}")
            item.setForeground(QBrush(QColor(COLOURS[f.severity])))
            self.findings_list.addItem(item)
        has_warnings = any(f.severity == "warning" for f in findings)
        self.override_edit.setEnabled(has_warnings)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not any(f.severity == "refusal" for f in findings))

    def findings(self) -> tuple[FindingInfo, ...]:
        return self._findings

    # ---- saving
    def save(self) -> None:
        if self._case is None:
            return
        ctx, plan = self._ctx, self.plan()
        override = self.override_edit.text().strip() if self.override_edit.isEnabled() else ""
        now = ctx.clock.now()
        if self._postponement_id is not None:
            task = ctx.db(hearing_requests.decide_postponement, actor_id=ctx.user_id,
                          request_id=self._postponement_id, grant=True, reason=self._decision_reason, plan=plan,
                          override_reason=override, now=now, office_dir=office_template_dir(ctx))
        elif self._hearing is not None:
            task = ctx.db(hearings.reschedule_hearing, actor_id=ctx.user_id, hearing_id=self._hearing.id,
                          expected_version=self._hearing.version, plan=plan,
                          reason=self.reason_edit.toPlainText(), override_reason=override, now=now,
                          office_dir=office_template_dir(ctx))
        else:
            task = ctx.db(hearings.schedule_hearing, actor_id=ctx.user_id, case_id=self._case_id,
                          expected_version=self._case.version, plan=plan, override_reason=override, now=now)
        self.button_box.setEnabled(False)
        ctx.runner.run_db(task, on_success=self._on_saved, on_failure=self._on_failed, owner=self)

    def _on_saved(self, ref: HearingRef) -> None:
        self.button_box.setEnabled(True)
        if ref.change_notices:
            messages.info(self, self.tr("已发出变更通知书"), self.tr("已签发口头审理变更通知书：%1，请送达当事人。")
                          .replace("%1", "、".join(ref.change_notices)))
        self.saved.emit(ref)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.button_box.setEnabled(True)
        show_failure(self, self.field_errors, exc)
        self.recheck()

