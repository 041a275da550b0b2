"""口审 tab of a case: its sessions (a continued hearing has several), the people of the selected one, where
each party stands with the notice and its 回执, postponement requests, and the gestures of a session."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import CaseState
from ipcase.dto.cases import CaseDetail
from ipcase.dto.hearings import CaseHearings, HearingDetail
from ipcase.queries.hearings import sessions as hearing_queries
from ui.common import labels
from ui.common.plain_table import fill_rows, read_only_table
from ui.hearings import labels as hearing_labels
from ui.hearings.forms import (
    CloseSessionDialog,
    DecidePostponementDialog,
    PostponementDialog,
    ReturnSlipDialog,
)
from ui.hearings.record_window import HearingRecordEditor
from ui.hearings.schedule_dialog import HearingDialog
from ui.shell.context import AppContext

CTX = "CaseHearingsTab"


class CaseHearingsTab(QWidget):
    changed = Signal(int)   # case id

    SESSION_HEADERS = (QT_TRANSLATE_NOOP("CaseHearingsTab", "次"), QT_TRANSLATE_NOOP("CaseHearingsTab", "时间"),
                       QT_TRANSLATE_NOOP("CaseHearingsTab", "口审庭"),
                       QT_TRANSLATE_NOOP("CaseHearingsTab", "方式"), QT_TRANSLATE_NOOP("CaseHearingsTab", "状态"),
                       QT_TRANSLATE_NOOP("CaseHearingsTab", "说明"))
    SLIP_HEADERS = (QT_TRANSLATE_NOOP("CaseHearingsTab", "当事人"), QT_TRANSLATE_NOOP("CaseHearingsTab", "通知送达"),
                    QT_TRANSLATE_NOOP("CaseHearingsTab", "回执期限"),
                    QT_TRANSLATE_NOOP("CaseHearingsTab", "回执收到"),
                    QT_TRANSLATE_NOOP("CaseHearingsTab", "是否参加"),
                    QT_TRANSLATE_NOOP("CaseHearingsTab", "出席人员/理由"))
    POSTPONE_HEADERS = (QT_TRANSLATE_NOOP("CaseHearingsTab", "申请人"),
                        QT_TRANSLATE_NOOP("CaseHearingsTab", "收到"),
                        QT_TRANSLATE_NOOP("CaseHearingsTab", "理由"),
                        QT_TRANSLATE_NOOP("CaseHearingsTab", "状态"),
                        QT_TRANSLATE_NOOP("CaseHearingsTab", "决定"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._case: CaseDetail | None = None
        self.data: CaseHearings | None = None
        layout = QVBoxLayout(self)
        self.legacy_label = QLabel()
        self.legacy_label.setObjectName("legacy_label")
        self.legacy_label.setStyleSheet("color: #6d4c00;")
        self.legacy_label.setWordWrap(True)
        layout.addWidget(self.legacy_label)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("schedule", self.tr("安排口审(&S)…")), ("move", self.tr("变更安排(&M)…")),
                          ("continue", self.tr("续行口审(&C)…")), ("slip", self.tr("登记回执(&R)…")),
                          ("postpone", self.tr("延期申请(&P)…")), ("decide", self.tr("决定延期申请(&D)…")),
                          ("close", self.tr("结束本次口审(&E)…")), ("record", self.tr("口审笔录(&B)…"))):
            button = QPushButton(text)
            button.setObjectName(f"hearing_{key}_button")
            button.clicked.connect(lambda _=False, k=key: self.start(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.sessions_table = read_only_table(CTX, self.SESSION_HEADERS, "sessions_table")
        self.sessions_table.setMaximumHeight(130)
        self.sessions_table.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.sessions_table)
        self.people_label = QLabel()
        self.people_label.setObjectName("people_label")
        self.people_label.setWordWrap(True)
        self.people_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.people_label)
        layout.addWidget(QLabel(self.tr("口头审理通知与回执（回执自收到通知之日起计算，逾期标红）：")))
        self.slips_table = read_only_table(CTX, self.SLIP_HEADERS, "slips_table")
        layout.addWidget(self.slips_table, 1)
        layout.addWidget(QLabel(self.tr("延期口审申请：")))
        self.postponements_table = read_only_table(CTX, self.POSTPONE_HEADERS, "postponements_table")
        self.postponements_table.setMaximumHeight(110)
        layout.addWidget(self.postponements_table)

    # ---- loading
    def set_detail(self, d: CaseDetail) -> None:
        self._case = d
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(hearing_queries.case_hearings, d.id, today=ctx.clock.today()),
                          on_success=self._on_loaded, owner=self)

    def _on_loaded(self, data: CaseHearings) -> None:
        self.data = data
        legacy = data.hearing_at is not None and not any(s.status == "scheduled" for s in data.sessions) \
            and data.case_state == CaseState.HEARING_SCHEDULED
        self.legacy_label.setVisible(legacy)
        if legacy:
            self.legacy_label.setText(self.tr("本案已定于 %1 在“%2”口审，但尚未登记到口审日程：请点击“安排口审”"
                                              "登记口审庭和参加人员。").replace("%1", labels.fmt_date(data.hearing_at))
                                      .replace("%2", data.hearing_room))
        rows = []
        for s in data.sessions:
            mode = "、".join(x for x in (self.tr("公开") if s.public else self.tr("不公开"),
                                         self.tr("线上") if s.online else "") if x)
            rows.append((s.session_no, hearing_labels.hearing_when(s.starts_at, s.ends_at), s.room_name or s.online_link,
                         mode, hearing_labels.hearing_status(s.status), s.close_note))
        fill_rows(self.sessions_table, rows)
        if data.sessions:
            self.sessions_table.selectRow(len(data.sessions) - 1)
        self._show_selected()

    def selected(self) -> HearingDetail | None:
        if self.data is None or not self.data.sessions:
            return None
        row = self.sessions_table.currentRow()
        return self.data.sessions[row] if 0 <= row < len(self.data.sessions) else self.data.sessions[-1]

    def _show_selected(self) -> None:
        h = self.selected()
        scheduled = h is not None and h.status == "scheduled"
        state = self.data.case_state if self.data else None
        any_scheduled = bool(self.data and any(s.status == "scheduled" for s in self.data.sessions))
        can_schedule = state in (CaseState.INVESTIGATION, CaseState.HEARD) or (
            state == CaseState.HEARING_SCHEDULED and not any_scheduled and self.data.hearing_at is not None
            and not any(s.status == "adjourned" for s in self.data.sessions))
        self.buttons["schedule"].setEnabled(bool(can_schedule) and not any_scheduled)
        self.buttons["continue"].setEnabled(h is not None and h.status == "adjourned" and not any_scheduled)
        for key in ("move", "slip", "postpone", "close"):
            self.buttons[key].setEnabled(scheduled)
        self.buttons["record"].setEnabled(h is not None)   # written during the session, read afterwards
        self.buttons["decide"].setEnabled(scheduled and any(p.status == "pending" for p in h.postponements))
        if h is None:
            self.people_label.setText(self.tr("尚未安排口审。"))
            fill_rows(self.slips_table, [])
            fill_rows(self.postponements_table, [])
            return
        staff = [f"{hearing_labels.person_kind(p.kind)}：{p.name}" for p in
                 (*h.panel, *(x for x in (h.clerk, h.tech_investigator) if x))]
        agents = "；".join(f"{a.name}（{a.organization}）" if a.organization else a.name for a in h.agents)
        text = "　".join(staff)
        if agents:
            text += "\n" + self.tr("代理人：") + agents
        if h.online:
            text += "\n" + self.tr("线上：") + h.online_link
        if h.overrides:
            text += "\n" + self.tr("已确认的警示：") + "；".join(
                f"{hearing_labels.choice('warnings', o.get('code'))}（{o.get('reason', '')}）" for o in h.overrides)
        self.people_label.setText(text)
        fill_rows(self.slips_table, [
            (s.party_name, labels.fmt_date(s.notice_served_on) or self.tr("未送达"), labels.fmt_date(s.slip_due),
             labels.fmt_date(s.received_on), "" if s.attending is None else labels.yes_no(s.attending),
             s.attendees or s.reason) for s in h.slips], [s.overdue for s in h.slips])
        fill_rows(self.postponements_table, [
            (p.party_name, labels.fmt_date(p.received_on) + (self.tr("（逾期）") if p.late else ""), p.reason,
             hearing_labels.postponement_status(p.status), p.decision_reason) for p in h.postponements])

    # ---- the case actions this register takes over from the case detail's action dialog
    def takes_case_action(self, action: str) -> bool:
        """Scheduling goes through the hearing register (room, people, every rule checked); closing a scheduled
        session keeps the register in step (held, or adjourned to continue)."""
        if action in (CaseAction.SCHEDULE_HEARING, CaseAction.RESCHEDULE_HEARING):
            return True
        selected = self.selected()
        return action == CaseAction.HOLD_HEARING and selected is not None and selected.status == "scheduled"

    def start_case_action(self, action: str) -> QWidget | None:
        if action == CaseAction.HOLD_HEARING:
            return self.start("close")
        scheduled = self.data and any(s.status == "scheduled" for s in self.data.sessions)
        return self.start("move" if scheduled else "schedule")

    # ---- gestures
    def reveal(self, hit, text: str) -> QWidget | None:
        """A hit of the case's 搜索 in a hearing record (CaseSearchHit.opens: its hearing): that session chosen
        here and its record opened at the step, the words selected."""
        if hit.kind != "hearing_record" or hit.opens is None:
            return None
        sessions = self.data.sessions if self.data is not None else ()
        row = next((i for i, s in enumerate(sessions) if s.id == hit.opens), None)
        if row is not None:
            self.sessions_table.selectRow(row)
        editor = HearingRecordEditor(self._ctx, hit.opens, self)
        editor.closed_record.connect(lambda _r: self.changed.emit(self._case.id))
        editor.show_place(hit.field, text)
        editor.open()
        return editor

    def start(self, key: str) -> QWidget | None:
        """Open the dialog of a gesture; returns it (tests drive it)."""
        if self._case is None:
            return None
        h = self.selected()
        if key == "schedule":
            dialog = HearingDialog(self._ctx, self._case.id, self)
        elif key == "continue":
            dialog = HearingDialog(self._ctx, self._case.id, self, continues=h)
        elif key == "move":
            dialog = HearingDialog(self._ctx, self._case.id, self, hearing=h)
        elif key == "record":   # the hearing-record editor (口头审理笔录), a window of its own
            editor = HearingRecordEditor(self._ctx, h.id, self)
            editor.closed_record.connect(lambda _r: self.changed.emit(self._case.id))
            editor.open()
            return editor
        elif key == "decide":
            request = next(p for p in h.postponements if p.status == "pending")
            dialog = DecidePostponementDialog(self._ctx, h, request, self)
            dialog.grant_requested.connect(lambda reason: self._grant(h, request.id, reason))
        else:
            forms = {"slip": ReturnSlipDialog, "postpone": PostponementDialog, "close": CloseSessionDialog}
            dialog = forms[key](self._ctx, h, self)
        dialog.saved.connect(lambda _r: self.changed.emit(self._case.id))
        dialog.open()
        return dialog

    def _grant(self, h: HearingDetail, request_id: int, reason: str) -> None:
        dialog = HearingDialog(self._ctx, self._case.id, self, hearing=h, postponement_id=request_id,
                               decision_reason=reason)
        dialog.saved.connect(lambda _r: self.changed.emit(self._case.id))
        dialog.open()
        self.grant_dialog = dialog
