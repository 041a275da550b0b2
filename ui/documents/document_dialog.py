"""Pick a document for a case, write what only the clerk knows (经审理查明, 本局认为 …), preview it, issue it.

Everything the office already knows is filled in by the engine; the free-text fields start from what the app
can say (the panel's opinion, the refusal reasons, the default orders …) and the clerk edits them. Issuing
numbers the document and makes it immutable; a correction is issued as a new document that names the old one.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.documents.sections import section_label
from ipcase.domain.documents.types import BY_KEY, Addressee, DocType, offered
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.dto.cases import CaseDetail
from ipcase.dto.documents import DocumentDraft, DocumentInfo, RenderedDocument
from ipcase.dto.signatories import SignatoryChoice
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.queries.documents import register as doc_queries
from ipcase.queries.documents.signatories import signatory_choice
from ipcase.services.documents import issue as doc_services
from ui.common import labels, messages
from ui.common.field_errors import FieldErrors
from ui.common.office_templates import office_template_dir
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.screen_fit import form_scrolling
from ui.common.submit import submit
from ui.documents import labels as doc_labels
from ui.documents.late_notice_check import check_late_notice
from ui.shell.context import AppContext


def _refuse_without_signatory(uow, **draft) -> None:
    """No 签发人 was chosen: the draft's own errors (checked as by a preview, nothing written) and that one."""
    missing = ValidationFailed("signed_by", "required")
    try:
        doc_services.preview_document(uow, **draft)
    except ValidationErrors as e:
        raise ValidationErrors([*e.errors, missing]) from None
    except ValidationFailed as e:
        raise ValidationErrors([e, missing]) from None
    raise missing


class DocumentDialog(QDialog):
    issued = Signal(object)   # DocumentInfo

    def __init__(self, ctx: AppContext, detail: CaseDetail, documents: tuple[DocumentInfo, ...] = (),
                 parent: QWidget | None = None, *, doc_key: str | None = None,
                 corrects: DocumentInfo | None = None, prefill: DocumentDraft | None = None):
        super().__init__(parent)
        self._ctx, self._detail, self._documents, self._corrects = ctx, detail, documents, corrects
        self._prefill = prefill   # a draft built from a structured record (evidence feature)
        self._defaults: dict[str, str] = {}
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.preview_dialog: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("文书 — %1").replace("%1", detail.case_number or self.tr("未立案")))
        self.resize(780, 700)      # fits a 1366×768 screen with the taskbar; the fields scroll
        layout = QVBoxLayout(self)
        head = QFormLayout()
        layout.addLayout(head)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("doc_type_combo")
        types = [BY_KEY[corrects.doc_type]] if corrects else offered(CaseState(detail.state), detail.patent_type)
        for dt in types:
            self.type_combo.addItem(doc_labels.doc_type(dt.key), dt.key)
        head.addRow(self.tr("文书(&T)："), self.type_combo)
        self.party_combo = QComboBox()
        self.party_combo.setObjectName("party_combo")
        head.addRow(self.tr("受送达人(&R)："), self.party_combo)
        self.subject_combo = QComboBox()
        self.subject_combo.setObjectName("subject_combo")
        head.addRow(self.tr("所涉文书(&J)："), self.subject_combo)
        # 签发人: the leader who approves issuing (named by the approval the document carries out, else chosen);
        # the clerk who issues is recorded as 制作人.
        self.signatory_combo = QComboBox()
        self.signatory_combo.setObjectName("signatory_combo")
        self.signatory_note = QLabel()
        self.signatory_note.setObjectName("signatory_note")
        self.signatory_note.setWordWrap(True)
        self.signatory_note.setStyleSheet("color: #555;")
        head.addRow(self.tr("签发人(&S)："), self.signatory_combo)
        head.addRow("", self.signatory_note)
        self._signatory: SignatoryChoice | None = None
        self._head = head
        if corrects:
            note = QLabel(self.tr("更正 %1：签发后原文书作废，新文书载明所更正的文号。").replace("%1", corrects.number))
            note.setWordWrap(True)
            note.setStyleSheet("background: #fffde7; color: #6d4c00; padding: 6px;")
            layout.addWidget(note)
        self.known_label = QLabel(self.tr("机关、案号、当事人、专利、合议组、日期、期限和法律依据由系统自动填入；"
                                          "请只填写下面需要您撰写的内容。"))
        self.known_label.setWordWrap(True)
        self.known_label.setStyleSheet("color: #555;")
        layout.addWidget(self.known_label)
        self.scroll = form_scrolling(framed=True)   # the fields come with the document type
        layout.addWidget(self.scroll, 1)
        self.summary_label = QLabel()
        self.field_errors = FieldErrors(self.summary_label)
        layout.addWidget(self.summary_label)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.button_box.addButton(self.tr("预览(&P)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button = self.button_box.addButton(self.tr("签发(&I)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setObjectName("issue_button")
        self.preview_button.clicked.connect(self.preview)
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.type_combo.currentIndexChanged.connect(self._rebuild)
        if doc_key and (i := self.type_combo.findData(doc_key)) >= 0:
            self.type_combo.setCurrentIndex(i)
        ctx.runner.run_db(ctx.db(doc_queries.draft_defaults, case_id=detail.id),
                          on_success=self._on_defaults_loaded, owner=self)
        self._rebuild()

    # ---- the form of the chosen type
    @property
    def doc_type(self) -> DocType:
        return BY_KEY[self.type_combo.currentData()]

    def _on_defaults_loaded(self, defaults: dict) -> None:
        self._defaults = defaults
        self._rebuild()

    def _rebuild(self, *_args) -> None:
        dt = self.doc_type
        self.field_errors = FieldErrors(self.summary_label)
        self._fill_parties(dt)
        self._fill_subjects(dt)
        self._load_signatories(dt)
        body = QWidget()
        form = QFormLayout(body)
        self.editors = {}
        previous = self._corrects.fields if self._corrects else \
            self._prefill.fields if self._prefill and self._prefill.doc_type == dt.key else {}
        for f in dt.fields:
            text = previous.get(f.name) or self._defaults.get(f.source, "")
            if f.multiline:
                editor = QPlainTextEdit(text)
                editor.setMinimumHeight(150 if dt.key == "ruling" else 90)
                editor.setTabChangesFocus(True)
            else:
                editor = QLineEdit(text)
            editor.setObjectName(f"{f.name}_edit")
            if label := section_label(dt.key, f.name):
                # The template prints the section's label; typed again, the core leaves it out.
                hint = self.tr("文书已印有“%1”，请直接写其后的内容").replace("%1", label)
                editor.setPlaceholderText(hint)
                editor.setToolTip(hint)
            self.editors[f.name] = editor
            name = doc_labels.doc_field(f.name) + ("" if f.required else self.tr("（选填）"))
            form.addRow(name + "：", editor)
            self.field_errors.register(f"fields.{f.name}", editor)
        if not dt.fields:
            form.addRow(QLabel(self.tr("本文书的内容全部由系统根据案件信息生成，无需填写。")))
        self.field_errors.register("party_id", self.party_combo)
        self.field_errors.register("subject_id", self.subject_combo)
        self.field_errors.register("signed_by", self.signatory_combo)
        self.scroll.setWidget(body)
        self.issue_button.setEnabled(True)

    def _fill_parties(self, dt: DocType) -> None:
        self.party_combo.clear()
        wanted = {Addressee.REQUESTER: (PartyRole.REQUESTER,), Addressee.RESPONDENT: (PartyRole.RESPONDENT,),
                  Addressee.PARTY: tuple(PartyRole)}.get(dt.addressee)
        if dt.key == "service_proof":
            wanted = tuple(PartyRole)
        for p in self._detail.parties:
            if wanted and p.role in wanted:
                self.party_combo.addItem(f"{labels.party_role(p.role)}：{p.name}", p.id)
        chosen = self._corrects or (self._prefill if self._prefill and self._prefill.doc_type == dt.key else None)
        if chosen and chosen.party_id is not None:
            self.party_combo.setCurrentIndex(max(0, self.party_combo.findData(chosen.party_id)))
        self._head.setRowVisible(self.party_combo, bool(wanted))

    def _fill_subjects(self, dt: DocType) -> None:
        self.subject_combo.clear()
        wanted = {"service_proof": None, "ruling_correction_notice": ("ruling",), "reminder": ("ruling",),
                  "enforcement_application": ("ruling",)}
        kinds = wanted.get(dt.key)
        for d in self._documents:
            if dt.needs_subject and (kinds is None or d.doc_type in kinds) and d.doc_type != "service_proof":
                self.subject_combo.addItem(f"{d.title}　{d.number}", d.id)
        self._head.setRowVisible(self.subject_combo, dt.needs_subject)

    def _load_signatories(self, dt: DocType) -> None:
        self._signatory = None
        self.signatory_combo.clear()
        self.signatory_combo.setEnabled(False)
        self.signatory_note.setText(self.tr("正在读取…"))
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(signatory_choice, case_id=self._detail.id, doc_type_key=dt.key),
                          on_success=lambda choice, key=dt.key: self._on_signatories_loaded(key, choice), owner=self)

    def _on_signatories_loaded(self, key: str, choice: SignatoryChoice) -> None:
        if key != self.doc_type.key:      # the clerk picked another document meanwhile
            return
        self._signatory = choice
        self.signatory_combo.clear()
        self._head.setRowVisible(self.signatory_combo, choice.needed)
        self._head.setRowVisible(self.signatory_note, choice.needed)
        if choice.fixed is not None:
            self.signatory_combo.addItem(choice.fixed[1], choice.fixed[0])
            self.signatory_note.setText(self.tr("本文书执行已批准的决定，签发人为审批的部门负责人。"))
            return
        self.signatory_combo.addItem(self.tr("（请选择）"), None)
        for user_id, name in choice.choices:
            self.signatory_combo.addItem(name, user_id)
        if (i := self.signatory_combo.findData(self._ctx.user_id)) > 0:
            self.signatory_combo.setCurrentIndex(i)     # a leader issuing himself signs it
        self.signatory_combo.setEnabled(True)
        self.signatory_note.setText(self.tr("签发人是批准签发的部门负责人；您作为制作人记录。")
                                    if choice.choices else self.tr("本机关没有可作为签发人的部门负责人账户。"))

    # ---- draft, preview, issue
    def draft(self) -> DocumentDraft:
        dt = self.doc_type
        fields = {name: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()
                  for name, e in self.editors.items()}
        needs_party = dt.addressee in (Addressee.REQUESTER, Addressee.RESPONDENT, Addressee.PARTY) \
            or dt.key == "service_proof"
        return DocumentDraft(dt.key, fields, party_id=self.party_combo.currentData() if needs_party else None,
                             subject_id=self.subject_combo.currentData() if dt.needs_subject else None,
                             corrects_id=self._corrects.id if self._corrects else None,
                             signed_by=self._chosen_signatory())

    def _chosen_signatory(self) -> int | None:
        """The leader chosen in the dialog; None where the approval names him (the core records its approver)."""
        choice = self._signatory
        if choice is None or not choice.needed or choice.fixed is not None:
            return None
        return self.signatory_combo.currentData()

    def preview(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(doc_services.preview_document, case_id=self._detail.id, draft=self.draft(),
                                        now=ctx.clock.now(), office_dir=office_template_dir(ctx)),
               field_errors=self.field_errors, on_success=self._on_preview_ready)

    def _on_preview_ready(self, r: RenderedDocument) -> None:
        self.preview_dialog = PdfPreviewDialog(
            self.tr("预览：%1").replace("%1", r.title), r.pdf, r.docx, r.title, self,
            note=self.tr("草稿预览：文号在签发时编定，签发前内容仍可修改。"),
            case_number=self._detail.case_number or "")   # 另存为 proposes a name of this case
        self.preview_dialog.open()

    def _on_issue_button_clicked(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        choice = self._signatory
        if choice is not None and choice.needed and choice.fixed is None and self._chosen_signatory() is None:
            # Nothing is issued; the draft is still checked so that every wrong field is marked at once.
            submit(self, ctx.runner, ctx.db(_refuse_without_signatory, case_id=self._detail.id, draft=self.draft(),
                                            now=ctx.clock.now(), office_dir=office_template_dir(ctx)),
                   field_errors=self.field_errors, lock=self.issue_button, on_success=lambda _r: None)
            return
        # A hearing notice that can no longer be served in time: the warning first (it may postpone instead).
        check_late_notice(self, ctx, case_id=self._detail.id, doc_type=self.doc_type.key, day=ctx.clock.today(),
                          proceed=self._confirm_and_issue)

    def _confirm_and_issue(self) -> None:
        ctx = self._ctx
        if not messages.confirm(self, self.tr("签发文书"), self.tr(
                "签发后文书编号并存档，内容不能再修改（如有错误须另行更正）。确定签发“%1”吗？")
                .replace("%1", doc_labels.doc_type(self.doc_type.key))):
            return
        submit(self, ctx.runner, ctx.db(doc_services.issue_document, actor_id=ctx.user_id, case_id=self._detail.id,
                                        draft=self.draft(), now=ctx.clock.now(), office_dir=office_template_dir(ctx)),
               field_errors=self.field_errors, lock=self.issue_button, on_success=self._on_issued)

    def _on_issued(self, info: DocumentInfo) -> None:
        self.issued.emit(info)
        self.accept()
