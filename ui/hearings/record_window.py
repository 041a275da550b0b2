"""The oral-hearing record editor (口头审理笔录, DOMAIN §8): the running order as a list of steps, each with its
text, and at the right steps the attendance tick-offs, the cross-examination table and the feature table.

Nothing typed is lost: every change goes at once to a local draft (ui/common/drafts.py), and a timer saves the whole
record to the database every few seconds through the database lane; a record reopened after a crash offers
the draft back. The record prints (preview, print) and is issued as the 口头审理笔录; 结束口审 closes it —
held, adjourned, or the requester's no-show filed as a withdrawal.
"""
from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.hearings.record import RUNNING_ORDER, Capacity, RecordStatus, Side, Step, absences
from ipcase.dto.documents import DocumentDraft, DocumentInfo, RenderedDocument
from ipcase.dto.hearings import (
    Attendee,
    CrossExam,
    FeatureRow,
    HearingRecordInfo,
    HearingRecordRef,
    RecordContent,
)
from ipcase.dto.recusal import CaseRecusals, RecusalInfo
from ipcase.errors import ConcurrentModification
from ipcase.queries.recusal.applications import case_recusals
from ipcase.services.documents import issue as doc_services
from ipcase.services.hearings import records as record_services
from ui.common import labels, messages
from ui.common.drafts import drafts_for
from ui.common.office_templates import office_template_dir
from ui.common.pdf_preview import PdfPreviewDialog
from ui.hearings import record_labels
from ui.hearings.close_dialog import CloseRecordDialog
from ui.hearings.record_tables import AttendanceTable, CrossExamTable, FeatureTable
from ui.recusal import labels as recusal_labels
from ui.recusal.application_dialog import RecusalDialog
from ui.shell.context import AppContext

AUTOSAVE_MS = 5000


def content_json(c: RecordContent) -> dict:
    return asdict(c)


def content_from_json(data: dict) -> RecordContent:
    return RecordContent(dict(data.get("sections") or {}),
                         tuple(Attendee(**a) for a in data.get("attendees") or ()),
                         tuple(CrossExam(**x) for x in data.get("cross_exams") or ()),
                         tuple(FeatureRow(**f) for f in data.get("features") or ()))


# the step whose page shows a search hit's field when it is not a step's own text
PLACE_STEP = {"cross_exam": Step.CROSS_EXAMINATION, "features": Step.COMPARISON}


class HearingRecordEditor(QDialog):
    closed_record = Signal(object)   # HearingRecordRef: the hearing ended, the case moved on

    def __init__(self, ctx: AppContext, hearing_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._hearing_id = ctx, hearing_id
        self.info: HearingRecordInfo | None = None
        self._place: tuple[str, str] | None = None   # (field, text) a search hit asked to show, once loaded
        self._version = 0
        self._edits = 0          # changes since the last successful save
        self._saving = False
        self._drafts = drafts_for(ctx)
        self.dialog: QDialog | None = None
        self.setWindowTitle(self.tr("口头审理笔录"))
        self.resize(1100, 760)
        layout = QVBoxLayout(self)
        self.header_label = QLabel()
        self.header_label.setObjectName("record_header_label")
        self.header_label.setWordWrap(True)
        layout.addWidget(self.header_label)
        splitter = QSplitter()
        layout.addWidget(splitter, 1)
        self.steps_list = QListWidget()
        self.steps_list.setObjectName("steps_list")
        for i, step in enumerate(RUNNING_ORDER, 1):
            self.steps_list.addItem(f"{i}. {record_labels.record_step(step)}")
        self.steps_list.setMaximumWidth(220)
        splitter.addWidget(self.steps_list)
        self.pages = QStackedWidget()
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.section_edits: dict[str, QPlainTextEdit] = {}
        self.attendance = AttendanceTable()
        self.cross_exams = CrossExamTable()
        self.features = FeatureTable()
        extras = {Step.OPENING: self._attendance_tools(), Step.RECUSAL: self._recusal_tools(),
                  Step.CROSS_EXAMINATION: self.cross_exams, Step.COMPARISON: self._feature_tools()}
        for step in RUNNING_ORDER:
            self.pages.addWidget(self._page(step, extras.get(step)))
        self.steps_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        for table in (self.attendance, self.cross_exams, self.features):
            table.changed.connect(self._on_changed)
        bottom = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("save_status_label")
        bottom.addWidget(self.status_label, 1)
        self.save_button = QPushButton(self.tr("立即保存(&S)"))
        self.print_button = QPushButton(self.tr("打印预览(&P)"))
        self.issue_button = QPushButton(self.tr("签发笔录(&I)"))
        self.close_hearing_button = QPushButton(self.tr("结束口审(&E)…"))
        self.done_button = QPushButton(self.tr("关闭"))
        for name, button, slot in (("save", self.save_button, self.autosave), ("print", self.print_button, self.preview),
                                   ("issue", self.issue_button, self._on_issue_button_clicked),
                                   ("close_hearing", self.close_hearing_button, self.start_close),
                                   ("done", self.done_button, self.close)):
            button.setObjectName(f"record_{name}_button")
            button.clicked.connect(slot)
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.steps_list.setCurrentRow(0)
        self._set_editable(False)
        ctx.runner.run_db(ctx.db(record_services.open_record, actor_id=ctx.user_id, hearing_id=hearing_id,
                                 now=ctx.clock.now()), on_success=self._on_loaded, on_failure=self._on_failed,
                          owner=self)

    # ---- building
    def _page(self, step: Step, extra: QWidget | None) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(QLabel(f"<b>{record_labels.record_step(step)}</b>"))
        edit = QPlainTextEdit()
        edit.setObjectName(f"section_{step.value}_edit")
        edit.textChanged.connect(self._on_changed)
        self.section_edits[step.value] = edit
        v.addWidget(edit, 1 if extra is None else 0)
        if extra is not None:
            edit.setMaximumHeight(150)
            v.addWidget(extra, 1)
        return page

    def _attendance_tools(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(self.tr("到庭人员（逐一核对身份后勾选；拒绝在笔录上签名的，勾选并写明情况）：")))
        v.addWidget(self.attendance, 1)
        row = QHBoxLayout()
        self.person_buttons = []
        for capacity, text in ((Capacity.WITNESS, self.tr("增加证人")), (Capacity.INTERPRETER, self.tr("增加翻译人员")),
                               (Capacity.APPRAISER, self.tr("增加鉴定人"))):
            button = QPushButton(text)
            button.setObjectName(f"add_{capacity.value}_button")
            button.clicked.connect(lambda _=False, c=capacity: self.attendance.add_person(Side.OTHER, c))
            row.addWidget(button)
            self.person_buttons.append(button)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _recusal_tools(self) -> QWidget:
        box = QWidget()
        h = QHBoxLayout(box)
        h.setContentsMargins(0, 0, 0, 0)
        self.recusal_button = QPushButton(self.tr("记录当庭回避申请(&H)…"))
        self.recusal_button.setObjectName("record_recusal_button")
        self.recusal_button.setToolTip(self.tr("登记为回避申请：被申请人员暂停参与本案，待部门负责人决定"))
        self.recusal_button.clicked.connect(self.start_recusal)
        h.addWidget(self.recusal_button)
        h.addStretch(1)
        box.setMaximumHeight(50)
        return box

    def _feature_tools(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.features, 1)
        row = QHBoxLayout()
        self.add_feature_button = QPushButton(self.tr("增加技术特征(&F)"))
        self.add_feature_button.setObjectName("add_feature_button")
        self.add_feature_button.clicked.connect(self.features.add_row)
        self.remove_feature_button = QPushButton(self.tr("删除所选行"))
        self.remove_feature_button.clicked.connect(self.features.remove_selected)
        row.addWidget(self.add_feature_button)
        row.addWidget(self.remove_feature_button)
        row.addStretch(1)
        v.addLayout(row)
        return box

    # ---- loading and drafts
    @property
    def draft_key(self) -> str:
        return f"hearing_record_{self.info.id}" if self.info else ""

    def show_place(self, field: str, text: str) -> None:
        """Open at the step that holds `field` (a hit of the case's 搜索: a step key, "cross_exam" or "features")
        with the first `text` there selected — now, or as soon as the record is read."""
        self._place = (field, text)
        if self.info is not None:
            self._go_to_place()

    def _go_to_place(self) -> None:
        field, text = self._place
        self._place = None
        step = PLACE_STEP.get(field) or next((s for s in RUNNING_ORDER if s.value == field), None)
        if step is None:
            return
        self.steps_list.setCurrentRow(RUNNING_ORDER.index(step))
        table = {"cross_exam": self.cross_exams, "features": self.features}.get(field)
        if table is not None and text:
            table.choose_row_with(text)
        edit = self.section_edits.get(step.value)
        if edit is not None and field == step.value and text:
            found = edit.document().find(text)   # case-insensitive, as the search
            if not found.isNull():
                edit.setTextCursor(found)
                edit.ensureCursorVisible()
                edit.setFocus()

    @property
    def editable(self) -> bool:
        return self.info is not None and self.info.status == RecordStatus.OPEN

    def _on_loaded(self, info: HearingRecordInfo) -> None:
        self.info, self._version = info, info.version
        self.header_label.setText(self.tr("%1　第%2次口审　%3 — %4　%5　状态：%6")
                                  .replace("%1", info.case_number or "").replace("%2", str(info.session_no))
                                  .replace("%3", labels.fmt_date(info.starts_at))
                                  .replace("%4", info.ends_at.strftime("%H:%M")).replace("%5", info.place)
                                  .replace("%6", record_labels.record_status(info.status)))
        content = info.content
        saved = self._drafts.load(self.draft_key) if self.editable else None
        restored = False
        if saved is not None:
            draft = content_from_json(saved[0].get("content") or {})
            if draft != content and messages.ask_restore_draft(self, saved[1]):
                content, restored = draft, True
            else:
                self._drafts.clear(self.draft_key)
        self._show(content)
        self._set_editable(self.editable)
        if restored:
            self._edits = 1
            self.status_label.setText(self.tr("已恢复未保存的内容，正在保存…"))
            self.autosave()
        else:
            self.status_label.setText(self.tr("上次保存：%1 %2").replace("%1", labels.fmt_date(info.updated_at))
                                      .replace("%2", info.updated_by))
        if self._place is not None:
            self._go_to_place()
        if self.editable:
            self.timer.start()

    def _show(self, content: RecordContent) -> None:
        for key, edit in self.section_edits.items():
            edit.blockSignals(True)
            edit.setPlainText(content.sections.get(key, ""))
            edit.moveCursor(QTextCursor.MoveOperation.End)   # the script ends where the clerk goes on
            edit.blockSignals(False)
        self.attendance.set_rows(content.attendees, dict(self.info.parties))
        self.cross_exams.set_rows(self.info.evidence, content.cross_exams)
        self.features.set_rows(content.features)

    def _set_editable(self, on: bool) -> None:
        for edit in self.section_edits.values():
            edit.setReadOnly(not on)
        for table in (self.attendance, self.cross_exams, self.features):
            table.set_editable(on)
        for b in (*self.person_buttons, self.recusal_button, self.add_feature_button, self.remove_feature_button,
                  self.save_button):
            b.setEnabled(on)
        self.close_hearing_button.setEnabled(on and self._ctx.may("case.procedure"))
        self.print_button.setEnabled(self.info is not None)
        self.issue_button.setEnabled(self.info is not None)

    def content(self) -> RecordContent:
        return RecordContent({k: e.toPlainText() for k, e in self.section_edits.items()}, self.attendance.rows(),
                             self.cross_exams.rows(), self.features.rows())

    def _on_changed(self, *_args) -> None:
        if not self.editable:
            return
        self._edits += 1
        self._drafts.save(self.draft_key, {"version": self._version, "content": content_json(self.content())},
                          saved_at=self._ctx.clock.now())
        self.status_label.setText(self.tr("有未保存的修改（已存草稿）"))

    # ---- saving
    def autosave(self) -> None:
        """Save the whole record off the GUI thread when something changed (the timer calls this)."""
        if not self.editable or self._saving or not self._edits:
            return
        self._saving, pending = True, self._edits
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(record_services.save_record, actor_id=ctx.user_id, record_id=self.info.id,
                                 expected_version=self._version, content=self.content(), now=ctx.clock.now()),
                          on_success=lambda ref: self._on_saved(ref, pending), on_failure=self._on_save_failed,
                          owner=self)

    def _on_saved(self, ref: HearingRecordRef, pending: int) -> None:
        self._saving = False
        self._version = ref.version
        self._edits -= pending
        if self._edits <= 0:
            self._edits = 0
            self._drafts.clear(self.draft_key)
        self.status_label.setText(self.tr("已自动保存 %1").replace("%1", ref.saved_at.strftime("%H:%M:%S")))

    def _on_save_failed(self, exc: Exception) -> None:
        self._saving = False
        self.timer.stop()    # the draft keeps everything; the user decides what to do
        self.status_label.setText(self.tr("保存失败：内容已存为草稿，未丢失"))
        messages.show_error(self, exc, self.tr("此笔录已被他人修改") if isinstance(exc, ConcurrentModification) else None)

    def _on_failed(self, exc: Exception) -> None:
        messages.show_error(self, exc)

    def closeEvent(self, event) -> None:  # noqa: N802 — Qt override
        self.autosave()      # the draft stays until this save has gone through
        self.timer.stop()
        super().closeEvent(event)

    # ---- recusal at the hearing
    def start_recusal(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(case_recusals, self.info.case_id), on_success=self._open_recusal, owner=self)

    def _open_recusal(self, data: CaseRecusals) -> None:
        self.dialog = RecusalDialog(self._ctx, data, self, hearing_id=self.info.hearing_id)
        self.dialog.saved.connect(self._on_recusal_saved)
        self.dialog.open()

    def _on_recusal_saved(self, app: RecusalInfo) -> None:
        edit = self.section_edits[Step.RECUSAL.value]
        line = self.tr("%1申请%2回避，理由：%3。合议组宣布暂停口审，报请部门负责人决定；决定作出前，被申请人员暂停参与本案工作。") \
            .replace("%1", app.applicant).replace("%2", recusal_labels.challenged_role(app.challenged_role) + app.challenged_name) \
            .replace("%3", app.reason.rstrip("。"))
        edit.setPlainText(edit.toPlainText().rstrip() + "\n" + line)

    # ---- printing and issuing
    def _draft(self) -> DocumentDraft:
        return DocumentDraft("hearing_record", {"hearing_id": str(self.info.hearing_id)})

    def preview(self) -> None:
        """Save what is typed, then render the record as it would be issued (printing from the preview)."""
        if self.info is None:
            return
        self.autosave()
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(doc_services.preview_document, case_id=self.info.case_id, draft=self._draft(),
                                 now=ctx.clock.now(), office_dir=office_template_dir(ctx)),
                          on_success=self._on_preview_ready, on_failure=self._on_failed, owner=self)

    def _on_preview_ready(self, r: RenderedDocument) -> None:
        self.dialog = PdfPreviewDialog(self.tr("预览：%1").replace("%1", r.title), r.pdf, r.docx, r.title, self,
                                       note=self.tr("草稿预览：签发后编号存档。"), case_number=self.info.case_number or "")
        self.dialog.open()

    def _on_issue_button_clicked(self) -> None:
        if not messages.confirm(self, self.tr("签发笔录"),
                                self.tr("签发后笔录编号存档，内容不能再修改。确定签发本次口审的笔录吗？")):
            return
        self.autosave()
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(doc_services.issue_document, actor_id=ctx.user_id, case_id=self.info.case_id,
                                 draft=self._draft(), now=ctx.clock.now(), office_dir=office_template_dir(ctx)),
                          on_success=self._on_issued, on_failure=self._on_failed, owner=self)

    def _on_issued(self, doc: DocumentInfo) -> None:
        messages.info(self, self.tr("签发笔录"), self.tr("已签发：%1").replace("%1", doc.number))

    # ---- ending the hearing
    def start_close(self) -> CloseRecordDialog:
        requester_absent, respondent_absent = absences(self.attendance.rows())
        self.dialog = CloseRecordDialog(requester_absent=requester_absent, respondent_absent=respondent_absent,
                                        hearing_day=self.info.starts_at.date(), today=self._ctx.clock.today(),
                                        parent=self)
        self.dialog.submitted.connect(lambda d=self.dialog: self._on_close_submitted(d))
        self.dialog.open()
        return self.dialog

    def _on_close_submitted(self, dialog: CloseRecordDialog) -> None:
        ctx = self._ctx
        self.timer.stop()
        ctx.runner.run_db(ctx.db(record_services.close_record, actor_id=ctx.user_id, record_id=self.info.id,
                                 expected_version=self._version, content=self.content(),
                                 outcome=dialog.outcome().value, closed_on=dialog.closed_on(), note=dialog.note(),
                                 now=ctx.clock.now()),
                          on_success=lambda ref: self._on_record_closed(ref, dialog),
                          on_failure=lambda exc: self._on_close_failed(exc, dialog), owner=self)

    def _on_record_closed(self, ref: HearingRecordRef, dialog: CloseRecordDialog) -> None:
        dialog.accept()
        self._edits = 0
        self._drafts.clear(self.draft_key)
        self.info = None
        self.closed_record.emit(ref)
        self._ctx.runner.run_db(self._ctx.db(record_services.open_record, actor_id=self._ctx.user_id,
                                             hearing_id=self._hearing_id, now=self._ctx.clock.now()),
                                on_success=self._on_loaded, on_failure=self._on_failed, owner=self)

    def _on_close_failed(self, exc: Exception, dialog: CloseRecordDialog) -> None:
        self.timer.start()
        dialog.failed(exc)
