"""The forms of the 证据 tab: which fields each asks for and which service call saves it. Every call runs on
the database lane (files are read there too); every form keeps its typed text as a draft per case."""
from __future__ import annotations

from datetime import date, datetime, time

from ipcase.domain.evidence.rules import Disposal
from ipcase.domain.machine import Field, FieldKind
from ipcase.dto.admin import UserInfo
from ipcase.dto.cases import CaseDetail
from ipcase.dto.evidence import (
    AppraisalInput,
    EvidenceInput,
    EvidenceRow,
    ExtensionInput,
    RecordInput,
    SeizureInput,
)
from ipcase.services.evidence import investigation as inv_services
from ipcase.services.evidence import register as ev_services
from ui.common.i18n import tr
from ui.evidence.form_dialog import (
    EvidenceFormDialog,
    FilesEditor,
    ItemsEditor,
    OfficersEditor,
    SubmitterEditor,
    read_uploads,
)
from ui.shell.context import AppContext

F, K = Field, FieldKind


def _key(detail: CaseDetail, form: str) -> str:
    return f"evidence-{detail.id}-{form}"


def item_dialog(ctx: AppContext, detail: CaseDetail, row: EvidenceRow | None, parent) -> EvidenceFormDialog:
    """Register an item (row None) or correct one; files may be added either way."""
    today = ctx.clock.today()
    fields = (F("name", K.TEXT, default=row.name if row else ""),
              F("received_on", K.DATE, default=row.received_on if row else today),
              F("purpose", K.LONGTEXT, required=False, default=row.purpose if row else ""),
              F("pages", K.INT, default=row.pages if row else 1),
              F("original", K.BOOL, default=row.original if row else False),
              F("note", K.TEXT, required=False, default=row.note if row else ""))
    submitter = SubmitterEditor(detail.parties, row.party_id if row else None, row.by_office if row else False)
    files = FilesEditor(tuple(f.name for f in row.files) if row else ())

    def submit(v: dict):
        party_id, by_office = v["party_id"]
        data = EvidenceInput(v["name"], v["received_on"], party_id=party_id, by_office=by_office, purpose=v["purpose"],
                             pages=v["pages"], original=v["original"], note=v["note"])

        def task():
            uploads = read_uploads(v["files"])
            with ctx.new_uow() as uow:
                if row is None:
                    return ev_services.add_evidence(uow, actor_id=ctx.user_id, case_id=detail.id, data=data,
                                                    files=uploads, now=ctx.clock.now())
                return ev_services.update_evidence(uow, actor_id=ctx.user_id, item_id=row.id,
                                                   expected_version=row.version, data=data, files=uploads,
                                                   now=ctx.clock.now())
        return task

    title = tr("登记证据") if row is None else tr("修改证据：第 %1 号").replace("%1", str(row.seq))
    return EvidenceFormDialog(ctx, title, fields, submit, parties=detail.parties,
                              extra=(("party_id", submitter), ("files", files)),
                              draft_key=_key(detail, f"item-{row.id if row else 'new'}"), parent=parent)


def admission_dialog(ctx: AppContext, row: EvidenceRow, admitted: bool, detail: CaseDetail,
                     parent) -> EvidenceFormDialog:
    fields = (F("admission_reason", K.LONGTEXT, required=not admitted, default=row.admission_reason),)

    def submit(v: dict):
        return ctx.db(ev_services.decide_admission, actor_id=ctx.user_id, item_id=row.id,
                      expected_version=row.version, admitted=admitted, reason=v["admission_reason"],
                      now=ctx.clock.now())
    title = (tr("采信证据：%1") if admitted else tr("不予采信：%1")).replace("%1", f"{row.seq}. {row.name}")
    return EvidenceFormDialog(ctx, title, fields, submit, draft_key=_key(detail, f"admission-{row.id}"),
                              note=tr("合议组对证据的认定意见；不予采信须说明理由。"), parent=parent)


def record_dialog(ctx: AppContext, detail: CaseDetail, kind: str, officers: tuple[UserInfo, ...],
                  parent) -> EvidenceFormDialog:
    start = datetime.combine(ctx.clock.today(), time(9, 0))
    inspection = kind == "inspection"
    fields = (F("started_at", K.DATETIME, default=start), F("ended_at", K.DATETIME, default=start.replace(hour=10)),
              F("place", K.TEXT), F("subject", K.LONGTEXT),
              *((F("witness", K.TEXT, required=False), F("informed", K.LONGTEXT, required=False,
                                                         default=tr("已出示执法证件，告知检查事由、依法配合的义务及陈述、申辩的权利。")))
                if inspection else ()),
              F("content", K.LONGTEXT))

    def submit(v: dict):
        data = RecordInput(kind, v["started_at"], v["ended_at"], v["place"], v["officer_ids"], v["subject"],
                           v["content"], witness=v.get("witness", ""), informed=v.get("informed", ""))
        return ctx.db(inv_services.add_record, actor_id=ctx.user_id, case_id=detail.id, data=data, now=ctx.clock.now())
    title = tr("现场检查（勘验）笔录") if inspection else tr("调查笔录")
    return EvidenceFormDialog(ctx, title, fields, submit, extra=(("officer_ids", OfficersEditor(officers)),),
                              draft_key=_key(detail, kind), parent=parent,
                              note=tr("调查、检查须由两名以上执法人员进行（专利纠纷行政裁决和调解办法第四十四条、第四十七条）。"))


def seizure_dialog(ctx: AppContext, detail: CaseDetail, kind: str, parent) -> EvidenceFormDialog:
    preservation = kind == "preservation"
    fields = (F("party_id", K.PARTY, parties="all"), F("decision_date", K.DATE), F("place", K.TEXT),
              *((F("from_time", K.DATETIME, default=datetime.combine(ctx.clock.today(), time(9, 0))),)
                if preservation else ()))

    def submit(v: dict):
        data = SeizureInput(kind, v["party_id"], v["decision_date"], v["place"], v["items"], v.get("from_time"))
        return ctx.db(inv_services.add_seizure, actor_id=ctx.user_id, case_id=detail.id, data=data,
                      now=ctx.clock.now())
    title = tr("证据登记保存") if preservation else tr("抽样取证")
    note = tr("登记保存后须在七日内作出处理决定（期限列入“期限”页和工作台）。") if preservation else ""
    return EvidenceFormDialog(ctx, title, fields, submit, parties=detail.parties, extra=(("items", ItemsEditor()),),
                              draft_key=_key(detail, kind), note=note, parent=parent)


def disposal_dialog(ctx: AppContext, detail: CaseDetail, seizure_id: int, parent) -> EvidenceFormDialog:
    fields = (F("disposal", K.CHOICE, choices=tuple(d.value for d in Disposal), default=Disposal.RELEASE.value),
              F("decision_date", K.DATE), F("disposal_note", K.LONGTEXT, required=False))

    def submit(v: dict):
        return ctx.db(inv_services.dispose_preservation, actor_id=ctx.user_id, seizure_id=seizure_id,
                      disposal=v["disposal"], decided_on=v["decision_date"], note=v["disposal_note"], now=ctx.clock.now())
    return EvidenceFormDialog(ctx, tr("登记保存处理决定"), fields, submit, draft_key=_key(detail, f"disposal-{seizure_id}"),
                              parent=parent)


def appraisal_dialog(ctx: AppContext, detail: CaseDetail, parent) -> EvidenceFormDialog:
    fields = (F("institution", K.TEXT), F("matters", K.LONGTEXT), F("materials", K.LONGTEXT, required=False),
              F("commissioned_on", K.DATE), F("due_on", K.DATE, required=False, past_only=False))

    def submit(v: dict):
        data = AppraisalInput(v["institution"], v["matters"], v["commissioned_on"], v["materials"], v["due_on"])
        return ctx.db(inv_services.commission_appraisal, actor_id=ctx.user_id, case_id=detail.id, data=data,
                      now=ctx.clock.now())
    return EvidenceFormDialog(ctx, tr("委托技术鉴定"), fields, submit, draft_key=_key(detail, "appraisal"), parent=parent,
                              note=tr("自委托之日起至收到鉴定意见之日，鉴定期间自动不计入结案期限。"))


def report_dialog(ctx: AppContext, detail: CaseDetail, appraisal_id: int, parent) -> EvidenceFormDialog:
    fields = (F("report_on", K.DATE), F("conclusion", K.LONGTEXT))

    def submit(v: dict):
        return ctx.db(inv_services.receive_appraisal_report, actor_id=ctx.user_id, appraisal_id=appraisal_id,
                      report_on=v["report_on"], conclusion=v["conclusion"], now=ctx.clock.now())
    return EvidenceFormDialog(ctx, tr("收到鉴定意见"), fields, submit, draft_key=_key(detail, f"report-{appraisal_id}"),
                              parent=parent)


def opinion_dialog(ctx: AppContext, detail: CaseDetail, parent) -> EvidenceFormDialog:
    fields = (F("submitted_on", K.DATE), F("tech_opinion", K.LONGTEXT))
    files = FilesEditor()

    def submit(v: dict):
        def task():
            uploads = read_uploads(v["files"])
            with ctx.new_uow() as uow:
                return inv_services.add_tech_opinion(uow, actor_id=ctx.user_id, case_id=detail.id,
                                                     submitted_on=v["submitted_on"], opinion=v["tech_opinion"],
                                                     files=uploads, now=ctx.clock.now())
        return task
    return EvidenceFormDialog(ctx, tr("技术调查官意见"), fields, submit, extra=(("files", files),),
                              draft_key=_key(detail, "opinion"), parent=parent,
                              note=tr("技术调查官的意见供合议组参考，技术调查官不参与表决。"))


def extension_dialog(ctx: AppContext, detail: CaseDetail, parent) -> EvidenceFormDialog:
    today: date = ctx.clock.today()
    fields = (F("party_id", K.PARTY, parties="all"), F("requested_on", K.DATE, default=today),
              F("decision_date", K.DATE, default=today), F("days", K.INT, default=15), F("reason", K.LONGTEXT, required=False))

    def submit(v: dict):
        data = ExtensionInput(v["party_id"], v["requested_on"], v["decision_date"], v["days"], v["reason"])
        return ctx.db(inv_services.extend_evidence_period, actor_id=ctx.user_id, case_id=detail.id, data=data,
                      now=ctx.clock.now())
    return EvidenceFormDialog(ctx, tr("延长举证期限"), fields, submit, parties=detail.parties,
                              draft_key=_key(detail, "extension"), parent=parent,
                              note=tr("当事人申请、经本局同意延长的举证期限不计入结案期限。"))
