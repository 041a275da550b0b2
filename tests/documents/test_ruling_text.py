"""The 行政裁决书 as a carefully drafted real one reads (issue 20): golden text of the parts told from the record —
one number, the office in the title, party blocks one element per line, the procedural paragraph, the numbered
requests answered in the orders, the comparison, the decided defences and the legal basis by patent type — and
the layout of the rendered PDF (the sign-off never alone on a page, no opening bracket at a line end)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from pdf_measure import pdf_lines
from pdf_measure import text_of as line_text
from samples import OFFICE, full_case

from ipcase.documents.engine import content_of, render
from ipcase.documents.pdf_render import sign_off
from ipcase.dto.cases import ExtensionInfo, PauseInfo
from ipcase.dto.documents import DocAgent, DocEvidence, DocInspection, DocParty, DocSeizure, DocumentDraft
from ipcase.dto.hearings import Attendee, CrossExam, FeatureRow, HearingRecordDoc

REQUESTER = DocParty(1, "requester", "legal", "宁波华辰科技有限公司", "91330200MA2AB12345", "", "王大明", "执行董事",
                     "宁波市高新区聚贤路1号", agents=(DocAgent("陈某", "浙江知恒律师事务所"),))
SHOP = DocParty(2, "respondent", "individual_business", "义乌市鼎盛日用品商行", "92330782MA2CD56789", "", "赵四", "",
                "义乌市国际商贸城5区2号", copy_served=date(2026, 3, 6))
PERSON = DocParty(3, "respondent", "natural", "张三", "", "360426199101010071", address="义乌市稠城街道1号",
                  copy_served=date(2026, 3, 6), answer_received=date(2026, 3, 16),
                  agents=(DocAgent("李某", "宁波甬知专利代理事务所"),))


def hearing(*, shop_present: bool, status: str = "held") -> HearingRecordDoc:
    return HearingRecordDoc(
        hearing_id=1, starts_at=datetime(2026, 4, 15, 9, 30), ends_at=datetime(2026, 4, 15, 11), place="第一口审庭",
        session_no=1, status=status, respondent_absent=not shop_present,
        attendees=(Attendee("requester", "agent", "陈某", party_id=1, present=True),
                   Attendee("respondent", "representative", "赵四", party_id=2, present=shop_present),
                   Attendee("respondent", "party", "张三", party_id=3, present=True),
                   Attendee("respondent", "agent", "李某", party_id=3, present=True)),
        sections=(("disputes", "归纳争议焦点", "被诉侵权产品是否落入涉案专利权的保护范围。"),),
        cross_exams=(CrossExam(11, "证据1", authenticity="admitted", relevance="disputed", opinion="该产品并非其销售"),),
        features=(FeatureRow("1", "座椅框架可折叠", "框架可折叠", "same"),
                  FeatureRow("1", "椅背设有收纳袋", "椅背设有网兜", "equivalent")))


def case_of(patent_type: str = "utility_model", outcome: str = "infringement", **over):
    base = full_case(state="closure_approval")
    data = dict(
        patent_type=patent_type, proposed_outcome=outcome, parties=(REQUESTER, SHOP, PERSON),
        acts=("make", "use", "sell"), flag_ecommerce=False, flag_trade_fair=False, accused_product="折叠露营椅",
        request_summary="1、责令被请求人立即停止制造、销售侵权产品；\n2、销毁库存侵权产品及专用模具；\n3、赔偿请求人经济损失5万元。",
        pauses=(), extensions=(), approvals=(), hearing_at=datetime(2026, 4, 15, 9, 30),
        hearing_records=(hearing(shop_present=False),), hearing_notice_served=frozenset({2, 3}),
        inspections=(DocInspection(date(2026, 3, 10), "义乌市国际商贸城5区2号"),),
        seizures=(DocSeizure("preservation", date(2026, 3, 10), 2, (("折叠露营椅", "A型", "120件"), ("注塑模具", "", "2套"))),),
        evidence=(DocEvidence(1, "公证书及所附购买实物", 1, purpose="被请求人销售被诉侵权产品", admitted=True, id=11),
                  DocEvidence(2, "进货单据", 3, purpose="被诉侵权产品有合法来源", admitted=False,
                              admission_reason="单据无对应的付款凭证", id=12)),
        court="宁波市中级人民法院")
    data.update(over)
    return replace(base, **data)


def text_of(case, **fields) -> str:
    from ipcase.documents.context import defaults
    from ipcase.domain.documents.types import BY_KEY
    d = defaults(case)
    values = {f.name: d.get(f.source, "") if f.source else "" for f in BY_KEY["ruling"].fields}
    values.update(requester_says="被请求人未经许可，制造、销售与涉案专利相同的产品。", facts="被请求人在其经营场所销售被诉侵权产品。",
                  reasoning="被诉侵权产品落入涉案专利权的保护范围。", respondent_says="被请求人张三辩称其产品有合法来源。")
    values.update(fields)
    draft = DocumentDraft("ruling", values)
    return content_of(case, draft, number=case.case_number, issue_date=date(2026, 5, 28)).plain_text()


def test_one_number_the_case_number_and_the_office_in_the_title():
    text = text_of(case_of())
    lines = text.split("\n")
    # the office's name on its own title line, the document's name under it (GB/T 9704: a title breaks where the
    # words part, never inside a word)
    assert lines[:2] == [OFFICE.name, "专利侵权纠纷案件行政裁决书"]
    assert lines[2] == "某市知裁字〔2026〕12号" and "案号：" not in text and "裁决字" not in text
    separate = text_of(case_of(ruling_separate_number=True))
    # an office that keeps a 文号 series prints it and the 案号 under it
    assert separate.split("\n")[2:4] == ["某市知裁字〔2026〕12号", "案号：某市知裁字〔2026〕12号"]


def test_party_blocks_one_element_per_line_without_codes_by_default():
    text = text_of(case_of())
    assert ("请求人：宁波华辰科技有限公司\n住所：宁波市高新区聚贤路1号\n法定代表人：王大明，执行董事\n"
            "委托代理人：陈某，浙江知恒律师事务所律师\n"
            "被请求人：义乌市鼎盛日用品商行（个体工商户）\n经营场所：义乌市国际商贸城5区2号\n经营者：赵四\n"
            "被请求人：张三\n住址：义乌市稠城街道1号\n委托代理人：李某，宁波甬知专利代理事务所专利代理师\n") in text
    assert "统一社会信用代码" not in text and "身份证" not in text
    coded = text_of(case_of(ruling_codes=True))
    assert "统一社会信用代码：91330200MA2AB12345" in coded and "居民身份证号码：360426199101010071" in coded


def test_the_procedural_paragraph_tells_this_cases_story():
    case = case_of(pauses=(PauseInfo("suspension", "invalidation_um_design", date(2026, 3, 20), date(2026, 4, 1), ""),),
                   extensions=(ExtensionInfo(1, 1, "months", "案情复杂", ""),))
    paragraph = next(ln for ln in text_of(case).split("\n") if ln.startswith("请求人宁波华辰"))
    assert paragraph == (
        "请求人宁波华辰科技有限公司于2026年2月24日向本局提出处理请求，请求处理被请求人义乌市鼎盛日用品商行、张三侵犯其"
        "专利号为ZL202120123456.X的“一种折叠式便携座椅”专利权的纠纷。本局于2026年3月2日依法立案受理，并依照"
        "《专利纠纷行政裁决和调解办法》第二十条的规定组成合议组。"
        "本局于2026年3月6日向被请求人义乌市鼎盛日用品商行、张三送达了处理请求书副本及答辩通知书。"
        "本局于2026年3月10日对义乌市国际商贸城5区2号进行了现场检查，对被请求人义乌市鼎盛日用品商行处的"
        "折叠露营椅（A型）120件、注塑模具2套依法予以登记保存。"
        "被请求人张三于2026年3月16日提交了答辩书。被请求人义乌市鼎盛日用品商行在答辩期内未提交答辩书。"
        "因被请求人对涉案专利提出无效宣告请求，国家知识产权局已受理，本局于2026年3月20日中止处理本案，"
        "于2026年4月1日恢复处理。"
        "本局于2026年4月15日对本案进行了口头审理，请求人宁波华辰科技有限公司的委托代理人陈某、被请求人张三及其"
        "委托代理人李某到庭参加了口头审理，被请求人义乌市鼎盛日用品商行经本局书面通知，无正当理由未到庭，"
        "本局依法缺席审理。因案情复杂，经批准，本案处理期限延长一个月。本案现已审理终结。")


def test_absence_without_a_served_notice_is_not_called_unjustified():
    text = text_of(case_of(hearing_notice_served=frozenset({3})))
    assert "被请求人义乌市鼎盛日用品商行未到庭" in text and "无正当理由" not in text


def test_written_review_when_no_hearing_was_held():
    text = text_of(case_of(hearing_records=(), hearing_at=None))
    assert "本案依法进行了书面审理。本案现已审理终结。" in text


def test_the_requests_as_filed_are_each_answered_in_the_orders():
    text = text_of(case_of())
    assert ("请求人向本局提出请求：1、责令被请求人立即停止制造、销售侵权产品；2、销毁库存侵权产品及专用模具；"
            "3、赔偿请求人经济损失5万元。\n事实与理由：\n") in text
    orders = text.split("本局作出行政裁决如下：\n")[1].split("\n当事人不服")[0]
    # utility model: 使用 is among the acts; destruction was asked; damages cannot be ordered (专利法 art 65)
    assert orders == (
        "一、责令被请求人义乌市鼎盛日用品商行、张三立即停止制造、使用、销售侵犯ZL202120123456.X号实用新型专利权的"
        "折叠露营椅的行为。\n"
        "二、责令被请求人销毁专门用于制造侵权产品的模具、专用设备，不得再将其用于制造侵权产品。\n"
        "三、责令被请求人销毁库存的侵权折叠露营椅，不得再将其投放市场。\n"
        "四、驳回请求人的其他请求。")
    assert "关于请求人提出的赔偿损失及合理开支的请求（请求事项第三项），根据《中华人民共和国专利法》第六十五条" in text


def test_a_design_is_not_ordered_to_stop_use_and_cites_the_second_paragraphs():
    text = text_of(case_of("design"))
    assert "立即停止制造、销售侵犯ZL202120123456.X号外观设计专利权" in text and "使用、销售侵犯" not in text
    assert ("根据《中华人民共和国专利法》第十一条第二款、第六十四条第二款、第六十五条、"
            "《专利纠纷行政裁决和调解办法》第三十一条、第三十二条之规定") in text
    # the design features compared from the ordinary consumer's view
    assert "设计特征\t涉案专利\t被诉侵权产品\t比对结果" in text and "\t近似" in text
    assert "以一般消费者的知识水平和认知能力" in text and "外观设计近似，落入涉案专利权的保护范围" in text


def test_an_invention_compares_claim_features_and_cites_the_first_paragraphs():
    text = text_of(case_of("invention"))
    assert "权利要求\t技术特征\t被诉侵权产品\t比对结果\n1\t座椅框架可折叠\t框架可折叠\t相同\n" in text
    assert "1\t椅背设有收纳袋\t椅背设有网兜\t等同" in text
    assert "包含与涉案专利权利要求记载的全部技术特征相同或者等同的技术特征" in text
    assert "第十一条第一款、第六十四条第一款、第六十五条" in text


def test_a_rejection_with_a_decided_prior_art_defence():
    finding = "被请求人提交的证据5公开了与被诉侵权产品相同的技术方案，其现有技术抗辩成立。"
    text = text_of(case_of("utility_model", "rejected"), defence_prior_art=finding)
    assert ("关于被请求人提出的现有技术抗辩。根据《中华人民共和国专利法》第六十七条的规定，在专利侵权纠纷中，"
            "被控侵权人有证据证明其实施的技术属于现有技术的，不构成侵犯专利权。" + finding) in text
    assert ("根据《中华人民共和国专利法》第十一条第一款、第六十四条第一款、第六十五条、第六十七条、"
            "《专利纠纷行政裁决和调解办法》第三十一条之规定，本局作出行政裁决如下：\n驳回请求人的全部请求。") in text
    assert "赔偿损失及合理开支的请求" not in text   # a rejection rejects every request, no separate reasoning
    assert "向宁波市中级人民法院提起行政诉讼。" in text and "强制执行" not in text


def test_the_evidence_section_starts_from_the_register_and_the_record():
    text = text_of(case_of())
    assert ("请求人提交了以下证据：\n证据1，公证书及所附购买实物，拟证明被请求人销售被诉侵权产品。"
            "被请求人对该证据认可真实性，不认可关联性，该产品并非其销售。本局对该证据予以采信。\n"
            "被请求人提交了以下证据：\n证据2，进货单据，拟证明被诉侵权产品有合法来源。"
            "本局对该证据不予采信，理由是单据无对应的付款凭证。") in text
    assert "本案的争议焦点为：\n被诉侵权产品是否落入涉案专利权的保护范围。" in text


def test_legal_source_defence_keeps_the_orders_and_cites_article_77():
    text = text_of(case_of(), defence_legal_source="被请求人未能提供付款凭证，其合法来源抗辩不成立。")
    assert "关于被请求人提出的合法来源抗辩。根据《中华人民共和国专利法》第七十七条的规定" in text
    assert "第六十五条、第七十七条、《专利纠纷行政裁决和调解办法》第三十一条、第三十二条" in text
    assert "一、责令被请求人" in text


# ---- layout of the rendered PDF ------------------------------------------------------------------------

OPENING = "《“（〔‘"
CLOSING = "》”）〕’，。、；："


@pytest.fixture(scope="module")
def long_ruling():
    """A ruling whose reasoning is long enough that the sign-off falls near a page end, with brackets and
    quotes all over the text."""
    case = case_of()
    para = "被请求人称其产品系从“义乌市某某工厂”（个体工商户）购进，并提交了《购销合同》及（2026）浙甬证字第12号公证书。"
    out = []
    for n in range(6):   # shift the text by a line at a time so the sign-off meets the page end somewhere
        fields = {"reasoning": "\n".join([para * 2] * (8 + n)), "requester_says": para}
        out.append(render(case, draft_of(case, **fields), number=case.case_number, issue_date=date(2026, 5, 28)))
    return out


def draft_of(case, **fields) -> DocumentDraft:
    from ipcase.documents.context import defaults
    from ipcase.domain.documents.types import BY_KEY
    d = defaults(case)
    values = {f.name: d.get(f.source, "") if f.source else "x" for f in BY_KEY["ruling"].fields if f.required}
    values.update(respondent_says="被请求人张三辩称其产品有合法来源。", **fields)
    return DocumentDraft("ruling", values)


def test_the_sign_off_is_kept_with_the_last_lines_of_text(long_ruling):
    for doc in long_ruling:
        texts = [line_text(line) for line in pdf_lines(doc.pdf)[-1]]
        assert any("书记员" in t for t in texts)
        # the last page carries at least one line of body text before the panel and the signature
        assert any("行政诉讼" in t or "强制执行" in t or "不停止" in t for t in texts), texts


def test_no_opening_bracket_ends_a_line_and_no_closing_one_starts_one(long_ruling):
    for doc in long_ruling:
        for page in pdf_lines(doc.pdf):
            for line in page:
                chars = [c.text for c in line if c.text.strip()]
                if len(chars) > 1:
                    assert chars[-1] not in OPENING, "".join(chars)
                    assert chars[0] not in CLOSING, "".join(chars)


def test_sign_off_span_covers_the_panel_signature_and_clerk():
    from ipcase.documents.blocks import parse
    content = parse("正文。\n最后一段。\n!space 1\n> 合议组长　张伟\n> 审理员　李娜\n!sign 某局|2026年5月28日\n> 书记员　孙丽")
    first, end = sign_off(content.blocks)
    assert [b.kind for b in content.blocks[first:end]] == ["para", "space", "right", "right", "sign", "right"]
    assert content.blocks[first].text == "最后一段。"


def test_pages_render_for_the_readme(long_ruling, tmp_path):
    import subprocess
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(long_ruling[0].pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert sorted(p.name for p in tmp_path.glob("page*.png"))
    assert re.search(r"\d", long_ruling[0].number)
