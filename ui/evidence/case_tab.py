"""The 证据 tab of a case: the evidence register (add, correct, attach and verify files, admit or reject,
print the 证据材料清单), the investigation records (调查/检查笔录, 抽样取证, 登记保存 and its decision, 鉴定, the
技术调查官's opinion, each printable through the document dialog) and the parties' evidence periods."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.permissions import may
from ipcase.dto.cases import CaseDetail
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.evidence import CaseEvidence, EvidenceRow, VerifyResult
from ipcase.queries.admin import users as user_queries
from ipcase.queries.evidence import register as ev_queries
from ipcase.queries.evidence.documents import evidence_draft
from ipcase.services.evidence import register as ev_services
from ui.common import labels, messages
from ui.common.pdf_preview import open_externally
from ui.common.plain_table import fill, text_table
from ui.documents.document_dialog import DocumentDialog
from ui.evidence import forms
from ui.evidence import labels as evidence_labels
from ui.evidence.form_dialog import EvidenceFormDialog
from ui.shell.context import AppContext


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class EvidenceTab(QWidget):
    changed = Signal(int)   # case id: something was saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.detail: CaseDetail | None = None
        self.data: CaseEvidence | None = None
        self.officers: tuple = ()
        self.dialog: EvidenceFormDialog | DocumentDialog | None = None
        layout = QVBoxLayout(self)
        self.inner = QTabWidget()
        layout.addWidget(self.inner)
        self.inner.addTab(self._register_page(), self.tr("证据登记"))
        self.inner.addTab(self._records_page(), self.tr("调查取证"))
        self.inner.addTab(self._periods_page(), self.tr("举证期限"))

    # ---- pages
    def _buttons(self, layout: QVBoxLayout, specs) -> dict[str, QPushButton]:
        row = QHBoxLayout()
        out = {}
        for name, text, slot in specs:
            button = QPushButton(text)
            button.setObjectName(name)
            if slot is not None:
                button.clicked.connect(slot)
            row.addWidget(button)
            out[name] = button
        row.addStretch(1)
        layout.addLayout(row)
        return out

    def _register_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        b = self._buttons(layout, (
            ("add_evidence_button", self.tr("登记证据(&A)…"), lambda: self.open_item(None)),
            ("edit_evidence_button", self.tr("修改/添加文件…"), self._on_edit_clicked),
            ("admit_button", self.tr("采信…"), lambda: self.open_admission(True)),
            ("reject_button", self.tr("不予采信…"), lambda: self.open_admission(False)),
            ("open_file_button", self.tr("打开文件"), self._on_open_file_clicked),
            ("verify_button", self.tr("校验文件(&V)"), self.verify),
            ("print_list_button", self.tr("打印证据材料清单(&P)…"), self.print_list)))
        self.add_evidence_button, self.verify_button = b["add_evidence_button"], b["verify_button"]
        self.print_list_button = b["print_list_button"]
        self.register_table = text_table([self.tr("序号"), self.tr("名称"), self.tr("递交人"), self.tr("收到日期"),
                                      self.tr("所要说明的事实"), self.tr("页数"), self.tr("原件/复印件"),
                                      self.tr("文件（SHA-256 校验）"), self.tr("认定"), self.tr("理由")],
                                     "evidence_table")
        layout.addWidget(self.register_table, 1)
        self.verify_label = QLabel()
        self.verify_label.setObjectName("verify_label")
        self.verify_label.setWordWrap(True)
        layout.addWidget(self.verify_label)
        return page

    def _records_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        b = self._buttons(layout, (
            ("new_record_button", self.tr("新建(&N)"), None),
            ("dispose_button", self.tr("登记保存处理决定…"), self._on_dispose_clicked),
            ("report_button", self.tr("收到鉴定意见…"), self._on_report_clicked),
            ("print_record_button", self.tr("制作文书(&D)…"), lambda: self.print_record(False)),
            ("print_release_button", self.tr("解除登记保存决定书…"), lambda: self.print_record(True))))
        menu = QMenu(self)
        for text, slot in ((self.tr("调查笔录…"), lambda: self.open_record("interview")),
                           (self.tr("现场检查（勘验）笔录…"), lambda: self.open_record("inspection")),
                           (self.tr("抽样取证…"), lambda: self.open_seizure("sampling")),
                           (self.tr("证据登记保存…"), lambda: self.open_seizure("preservation")),
                           (self.tr("委托技术鉴定…"), self._open(lambda: forms.appraisal_dialog(self._ctx, self.detail, self))),
                           (self.tr("技术调查官意见…"), self._open(lambda: forms.opinion_dialog(self._ctx, self.detail, self)))):
            menu.addAction(text).triggered.connect(slot)
        b["new_record_button"].setMenu(menu)
        self.new_menu = menu
        self.records_table = text_table([self.tr("类别"), self.tr("日期"), self.tr("对象/机构/地点"), self.tr("人员"),
                                     self.tr("情况")], "records_table")
        layout.addWidget(self.records_table, 1)
        self._record_keys: list[tuple[str, int]] = []
        return page

    def _periods_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._buttons(layout, (("extend_button", self.tr("延长举证期限(&E)…"),
                                self._open(lambda: forms.extension_dialog(self._ctx, self.detail, self))),))
        self.periods_table = text_table([self.tr("当事人"), self.tr("起算日"), self.tr("届满日"), self.tr("计算过程")],
                                    "periods_table")
        layout.addWidget(self.periods_table, 1)
        self.extensions_table = text_table([self.tr("当事人"), self.tr("申请日"), self.tr("决定日"), self.tr("延长"),
                                        self.tr("原届满日 → 新届满日"), self.tr("理由")], "extensions_table")
        layout.addWidget(QLabel(self.tr("延长记录（延长期间不计入结案期限）：")))
        layout.addWidget(self.extensions_table, 1)
        return page

    # ---- loading
    def set_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        ctx = self._ctx
        if not self.officers:
            ctx.runner.run_db(ctx.db(user_queries.list_users), on_success=self._on_users_loaded, owner=self)
        ctx.runner.run_db(ctx.db(ev_queries.case_evidence, case_id=detail.id, today=ctx.clock.today()),
                          on_success=self._on_loaded, on_failure=lambda e: messages.show_error(self, e), owner=self)

    def _on_users_loaded(self, users) -> None:
        self.officers = tuple(u for u in users if may(u.role, "case.procedure"))   # who may sign a record

    def _on_loaded(self, data: CaseEvidence) -> None:
        self.data = data
        fill(self.register_table, [[
            str(r.seq), r.name, r.submitted_by, labels.fmt_date(r.received_on), r.purpose, str(r.pages or ""),
            self.tr("原件") if r.original else self.tr("复印件"), self._files_text(r), evidence_labels.admission(r.admitted),
            r.admission_reason] for r in data.items])
        rows, self._record_keys = [], []
        for x in data.records:
            rows.append([evidence_labels.record_kind(x.kind), f"{x.started_at:%Y-%m-%d %H:%M}", f"{x.subject}　{x.place}",
                         "、".join(x.officer_names), x.content[:40]])
            self._record_keys.append(("record", x.id))
        for z in data.seizures:
            state = "" if z.kind == "sampling" else (
                self.tr("待作出处理决定") if z.disposed_on is None else
                f"{evidence_labels.disposal(z.disposal)} {labels.fmt_date(z.disposed_on)}")
            rows.append([evidence_labels.seizure_kind(z.kind), labels.fmt_date(z.decided_on), f"{z.party_name}　{z.place}",
                         self.tr("%1 项物品").replace("%1", str(len(z.items))), state])
            self._record_keys.append(("seizure", z.id))
        for a in data.appraisals:
            state = (self.tr("鉴定中，已暂停结案期限 %1 日") if a.report_on is None else
                     self.tr("已收到意见，暂停 %1 日")).replace("%1", str(a.paused_days))
            rows.append([self.tr("技术鉴定"), labels.fmt_date(a.commissioned_on), a.institution, "",
                         f"{state}　{a.conclusion}"])
            self._record_keys.append(("appraisal", a.id))
        for o in data.opinions:
            rows.append([self.tr("技术调查官意见"), labels.fmt_date(o.submitted_on), "", o.investigator,
                         o.opinion[:40] + (self.tr("（附 %1 个文件）").replace("%1", str(len(o.files))) if o.files else "")])
            self._record_keys.append(("opinion", o.id))
        fill(self.records_table, rows)
        fill(self.periods_table, [[p.party_name, labels.fmt_date(p.start), labels.provisional_date(p.due, p.provisional),
                                   p.basis] for p in data.periods])
        fill(self.extensions_table, [[e.party_name, labels.fmt_date(e.requested_on), labels.fmt_date(e.decided_on),
                                      self.tr("%1 日").replace("%1", str(e.days)),
                                      f"{labels.fmt_date(e.old_due)} → {labels.fmt_date(e.new_due)}", e.reason]
                                     for e in data.extensions])

    def _files_text(self, r: EvidenceRow) -> str:
        marks = {True: self.tr("✓"), False: self.tr("✗ 已被改动"), None: ""}
        return "；".join(f"{f.name}（{_size(f.size)}）{marks[f.intact]}" for f in r.files)

    # ---- selection
    def reveal(self, hit, _text: str) -> None:
        """A hit of the case's 搜索: the evidence item (证据登记) or the investigation record (调查取证) chosen."""
        if self.data is None:
            return
        if hit.kind == "evidence":
            row = next((i for i, r in enumerate(self.data.items) if r.id == hit.record_id), None)
            table, page = self.register_table, 0
        else:
            row = next((i for i, k in enumerate(self._record_keys) if k == ("record", hit.record_id)), None)
            table, page = self.records_table, 1
        self.inner.setCurrentIndex(page)
        if row is not None:
            table.selectRow(row)
            table.scrollToItem(table.item(row, 0))
            table.setFocus()

    def selected_item(self) -> EvidenceRow | None:
        r = self.register_table.currentRow()
        return self.data.items[r] if self.data and 0 <= r < len(self.data.items) else None

    def selected_record(self) -> tuple[str, int] | None:
        r = self.records_table.currentRow()
        return self._record_keys[r] if 0 <= r < len(self._record_keys) else None

    # ---- dialogs
    def _show(self, dialog: EvidenceFormDialog | DocumentDialog) -> None:
        self.dialog = dialog
        signal = dialog.saved if isinstance(dialog, EvidenceFormDialog) else dialog.issued
        signal.connect(self._on_saved)
        dialog.open()

    def _open(self, make):
        return lambda: self._show(make()) if self.detail is not None else None

    def open_item(self, row: EvidenceRow | None) -> None:
        if self.detail is not None:
            self._show(forms.item_dialog(self._ctx, self.detail, row, self))

    def _on_edit_clicked(self) -> None:
        row = self.selected_item()
        if row is not None:
            self.open_item(row)

    def open_admission(self, admitted: bool) -> None:
        row = self.selected_item()
        if row is not None:
            self._show(forms.admission_dialog(self._ctx, row, admitted, self.detail, self))

    def open_record(self, kind: str) -> None:
        if self.detail is not None:
            self._show(forms.record_dialog(self._ctx, self.detail, kind, self.officers, self))

    def open_seizure(self, kind: str) -> None:
        if self.detail is not None:
            self._show(forms.seizure_dialog(self._ctx, self.detail, kind, self))

    def _on_dispose_clicked(self) -> None:
        key = self.selected_record()
        if key and key[0] == "seizure":
            self._show(forms.disposal_dialog(self._ctx, self.detail, key[1], self))

    def _on_report_clicked(self) -> None:
        key = self.selected_record()
        if key and key[0] == "appraisal":
            self._show(forms.report_dialog(self._ctx, self.detail, key[1], self))

    def _on_saved(self, _result) -> None:
        self.changed.emit(self.detail.id)

    # ---- files
    def _on_open_file_clicked(self) -> None:
        row = self.selected_item()
        if row is None or not row.files:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(ev_queries.evidence_file, file_id=row.files[-1].id),
                          on_success=lambda named: open_externally(named[1], named[0]),
                          on_failure=lambda e: messages.show_error(self, e), owner=self)

    def verify(self) -> None:
        if self.detail is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(ev_services.verify_files, actor_id=ctx.user_id, case_id=self.detail.id,
                                 now=ctx.clock.now()),
                          on_success=self._on_verified, on_failure=lambda e: messages.show_error(self, e), owner=self)

    def _on_verified(self, result: VerifyResult) -> None:
        if result.changed:
            text = self.tr("校验 %1 个文件：以下文件与登记时的 SHA-256 不一致，可能已被改动：%2") \
                .replace("%1", str(result.checked)).replace("%2", "、".join(result.changed))
            self.verify_label.setStyleSheet("color: #b71c1c;")
        else:
            text = self.tr("校验 %1 个文件：全部与登记时一致。").replace("%1", str(result.checked))
            self.verify_label.setStyleSheet("color: #1b5e20;")
        self.verify_label.setText(text)
        self.changed.emit(self.detail.id)

    # ---- printing through the document dialog (preview, then issue with a 文号)
    def print_list(self) -> None:
        if self.detail is not None:
            self._draft("list", None)

    def print_record(self, release: bool) -> None:
        key = self.selected_record()
        if key is None or key[0] == "opinion":
            return
        what = "release" if release else key[0]
        if release and key[0] != "seizure":
            return
        self._draft(what, key[1])

    def _draft(self, what: str, record_id: int | None) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(evidence_draft, case_id=self.detail.id, what=what, record_id=record_id,
                                 viewer_id=ctx.user_id, today=ctx.clock.today()),
                          on_success=self._open_document, on_failure=lambda e: messages.show_error(self, e),
                          owner=self)

    def _open_document(self, draft: DocumentDraft) -> None:
        self._show(DocumentDialog(self._ctx, self.detail, parent=self, doc_key=draft.doc_type, prefill=draft))
