"""The rulings of the demo's past cases (ipcase/demo/past_cases.py) and their publication, written as rows the way
the services leave them: the ruling as issued (its 文号 is the 案号, drawn from the office's ruling register; its
files made on first opening from the frozen content, like every issued document since migration 0030) and its
published version (M25 art 83: within 20 working days — D13), masked by the editor's proposals as they stand,
filed by the officer and approved by the 部门负责人. An office that keeps its deadlines: a newcomer's 我的期限 shows
no past ruling waiting to be published. The published version's files are made when opened (its text, title
and approval moment fix them: ipcase.queries.publication.register.published_files).

The ruling's text is shorter than a ruling issued through the 文书 dialog (no hearing, no evidence list: these
cases have none on record), but it has the parts a published ruling has: the parties, the request, the finding,
the decision, the right to sue, the office and the date."""
from __future__ import annotations

from datetime import date, datetime, time

from ipcase.db.models.cases import Case
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.publication import PublishedRuling
from ipcase.demo.publication import PLACE
from ipcase.documents.blocks import Block, Content
from ipcase.documents.fonts import FontSet
from ipcase.documents.frozen import freeze
from ipcase.documents.templates import cn_date
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.filenames import safe_name
from ipcase.domain.periods import add_working_days
from ipcase.domain.publication import redaction
from ipcase.domain.publication.rules import RULING_DOC_TYPE, PublicationStatus
from ipcase.loaders.publication import redaction_sources
from ipcase.services.numbering import next_number

TITLE = "专利侵权纠纷行政裁决书"
FILED_AFTER, APPROVED_AFTER = 3, 5   # working days after the ruling: well within D13's 20


def write_ruling_and_publication(s, case: Case, *, office_name: str, officer_id: int, head_id: int,
                                 fonts: FontSet, cal: OfficialCalendar) -> None:
    """`case` is flushed, closed by a ruling on `case.closed_date`, with its parties."""
    ruled = case.closed_date
    issued_at = datetime.combine(ruled, time(15, 0))
    number = case.case_number
    content = Content(_blocks(case, office_name, number, ruled), "notice", f"{office_name}{TITLE}")
    seq = next_number(s, office_id=case.office_id, kind=f"doc:{RULING_DOC_TYPE}", year=ruled.year)
    ruling = IssuedDocument(office_id=case.office_id, case_id=case.id, doc_type=RULING_DOC_TYPE,
                            title=content.title, number=number, year=ruled.year, seq=seq, issued_on=ruled,
                            issued_at=issued_at, issued_by=officer_id, signed_by=head_id, fields={},
                            text=content.plain_text(), pages=0, content=freeze(content, number, fonts, issued_at))
    s.add(ruling)
    s.flush()
    proposals = list(redaction.propose(ruling.text, redaction_sources(s, case)))
    masks = redaction.check(proposals)
    filed, approved = (_moment(add_working_days(ruled, n, cal)[0], at) for n, at in
                       ((FILED_AFTER, time(10, 0)), (APPROVED_AFTER, time(16, 0))))
    s.add(PublishedRuling(
        case_id=case.id, document_id=ruling.id, version=1, replaces_id=None,
        status=PublicationStatus.PUBLISHED.value, title=redaction.apply(ruling.title, masks),
        file_name=safe_name(redaction.apply(f"{number}{ruling.title}（公开版第1版）", masks)),
        text=redaction.apply(ruling.text, masks), masks=redaction.to_json(proposals), unredacted_confirmed=not masks,
        place=PLACE, reason="", requested_by=officer_id, requested_at=filed, decided_by=head_id,
        decided_at=approved, opinion="同意公开。", published_on=approved.date()))
    s.flush()   # before the case's deadlines are computed: D13 met by this version


def _moment(day: date, at: time) -> datetime:
    return datetime.combine(day, at)


def _blocks(case: Case, office_name: str, number: str, ruled: date) -> tuple[Block, ...]:
    requester = next(p for p in case.parties if p.role == PartyRole.REQUESTER.value)
    respondent = next(p for p in case.parties if p.role == PartyRole.RESPONDENT.value)
    patent = case.patent
    found = case.closing_detail.get("outcome") == "infringement"
    if patent.patent_type == "design":
        scope = (f"与涉案外观设计{'相同或者近似' if found else '既不相同也不近似'}，"
                 f"{'落入' if found else '未落入'}涉案专利权的保护范围")
    else:
        scope = (f"{'具备' if found else '未具备'}涉案专利{case.claims_asserted}的全部技术特征，"
                 f"{'落入' if found else '未落入'}涉案专利权的保护范围")
    paras = []
    for label, p in (("请求人", requester), ("被请求人", respondent)):
        paras.append(f"{label}：{p.name}，住所地{p.address}。")
        if p.legal_rep:
            paras.append(f"{'经营者' if p.kind == PartyKind.INDIVIDUAL_BUSINESS.value else '法定代表人'}：{p.legal_rep}，{p.legal_rep_title}。")
        paras += [f"委托代理人：{a.name}，{a.organization}律师。" for a in p.agents]
    paras.append(f"请求人以被请求人侵犯其“{patent.title}”专利权（专利号：{patent.number}）为由，于"
                 f"{cn_date(case.received_date)}向本局提出处理请求。本局于{cn_date(case.registered_date)}立案，"
                 "依法组成合议组进行了审理，现已审理终结。")
    paras.append(f"请求人请求：{case.request_summary}")
    if found:
        paras.append(f"本局认为，被请求人制造、销售的{case.accused_product}{scope}，构成侵犯专利权的行为。"
                     "依照《中华人民共和国专利法》第六十五条的规定，裁决如下：")
        paras.append(f"被请求人立即停止制造、销售{case.accused_product}的侵权行为。")
    else:
        paras.append(f"本局认为，被请求人制造、销售的{case.accused_product}{scope}，请求人的请求不能成立。"
                     "依照《中华人民共和国专利法》第六十五条的规定，裁决如下：")
        paras.append("驳回请求人的请求。")
    paras.append("当事人不服本裁决的，可以自收到本裁决书之日起十五日内，依照《中华人民共和国行政诉讼法》向人民法院"
                 "起诉。")
    return (Block("title", office_name), Block("title", TITLE), Block("center", number),
            *(Block("para", t) for t in paras), Block("sign", lines=(office_name, cn_date(ruled))))
