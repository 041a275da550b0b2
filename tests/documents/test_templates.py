"""Every document type renders for a fully populated and a minimal case; the PDF and the DOCX carry the same
words, every required section of DOMAIN §9/§9.1, current article numbers only, and embedded fonts."""
from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from samples import ALL_TYPES, draft_for, full_case, minimal_case

from ipcase.documents.blocks import SOFT_BREAK, parse
from ipcase.documents.citations import CITATIONS, OUTDATED, outdated_in
from ipcase.documents.engine import render
from ipcase.documents.templates import cn_date, template_names
from ipcase.domain.documents.types import CATALOG
from ipcase.resources import TEMPLATES

ISSUED = date(2026, 6, 1)
NUMBER = "某市知裁字〔2026〕7号"


def _render(case, key, fill=True):
    draft = draft_for(key, case, fill=fill)
    subject = full_case().issued[0] if draft.subject_id else None
    return render(case, draft, number=NUMBER, issue_date=ISSUED, subject=subject,
                  subject_addressee=case.parties[1] if key == "service_proof" else None, service_method="post")


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_catalog_entry_has_a_template_and_no_template_is_orphaned():
    assert sorted(d.template for d in CATALOG) == template_names()


@pytest.fixture(scope="module")
def rendered():
    out = {}
    for name, case in (("full", full_case()), ("minimal", minimal_case())):
        for key in ALL_TYPES:
            out[name, key] = _render(case, key, fill=name == "full")
    return out


@pytest.mark.parametrize("key", ALL_TYPES)
@pytest.mark.parametrize("which", ["full", "minimal"])
def test_pdf_and_docx_carry_the_same_words(rendered, which, key):
    r = rendered[which, key]
    assert r.pdf.startswith(b"%PDF") and r.pages >= 1
    in_pdf, in_docx = squash(pdf_text(r.pdf)), squash(docx_text(r.docx))
    for line in r.text.split("\n"):
        words = squash(line)
        if words:
            assert words in in_docx, f"{key}: {line!r} missing from DOCX"
    # pypdf joins wrapped lines without the soft breaks: compare every title and the 文号 (the ruling's one
    # number is the case's 案号 when it has one: ipcase/documents/ruling/compose.ruling_number)
    number = full_case().case_number if key == "ruling" and which == "full" else NUMBER
    assert squash(r.title) in in_pdf and squash(number) in in_pdf


@pytest.mark.parametrize("key", ALL_TYPES)
def test_no_pre_2020_article_number_in_any_output(rendered, key):
    for which in ("full", "minimal"):
        r = rendered[which, key]
        assert outdated_in(pdf_text(r.pdf)) == [] and outdated_in(docx_text(r.docx)) == [] and outdated_in(r.text) == []


def test_templates_take_every_article_number_from_the_citations_module():
    for path in Path(TEMPLATES).glob("*.txt"):
        body = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        assert not re.search(r"第[一二三四五六七八九十百]+条", body), path.name
    assert not any(outdated_in(c) for c in CITATIONS.values())
    assert "专利法第六十条" in OUTDATED


@pytest.mark.parametrize("key", ALL_TYPES)
def test_every_pdf_embeds_its_fonts(rendered, key):
    reader = PdfReader(io.BytesIO(rendered["full", key].pdf))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            assert descriptor is not None, f"{key}: {font['/BaseFont']} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]


def test_docx_sets_the_east_asian_font_and_language(rendered):
    d = docx.Document(io.BytesIO(rendered["full", "ruling"].docx))
    xml = d.element.xml + d.styles.element.xml
    assert 'w:eastAsia="仿宋_GB2312"' in xml or "w:eastAsia=\"仿宋\"" in xml
    assert 'w:eastAsia="zh-CN"' in xml


# the ruling's number is its 案号 (no "案号：" line by default) and it prints no ID number unless the office asks
RULING_SECTIONS = ["专利侵权纠纷案件行政裁决书", "某市知裁字〔2026〕12号", "请求人：宁波华辰科技有限公司",
                   "法定代表人：王大明", "委托代理人：陈律师", "被请求人：义乌市鼎盛贸易商行", "负责人：赵四",
                   "被请求人：张三", "案由：“一种折叠式便携座椅”（专利号：ZL202120123456.X）",
                   "立案受理", "口头审理", "本案现已审理终结", "请求人向本局提出请求：", "被请求人辩称：",
                   "本案证据及质证情况：", "经审理查明：", "以上事实", "本局认为：", "综上所述，根据",
                   "《中华人民共和国专利法》第十一条第一款", "第六十五条",
                   "本局作出行政裁决如下：", "十五日内", "向人民法院提起行政诉讼", "申请人民法院强制执行",
                   "合议组长", "审理员", "书记员", "2026年6月1日", "某市市场监督管理局（知识产权局）"]


def test_the_ruling_has_every_section_of_domain_9_1_in_order(rendered):
    text = squash(rendered["full", "ruling"].text)
    positions = [text.find(squash(s)) for s in RULING_SECTIONS]
    assert -1 not in positions, [s for s, p in zip(RULING_SECTIONS, positions, strict=True) if p < 0]
    order = ["请求人向本局提出请求：", "被请求人辩称：", "本案证据及质证情况：", "经审理查明：", "本局认为：",
             "综上所述，根据", "向人民法院提起行政诉讼", "合议组长"]
    idx = [text.find(squash(s)) for s in order]
    assert idx == sorted(idx)


def test_a_rejected_ruling_says_so_and_has_no_enforcement_sentence():
    case = full_case("closed_ruling_rejected")
    case = type(case)(**{**case.__dict__, "proposed_outcome": "rejected"})
    draft = draft_for("ruling", case)
    draft = type(draft)(draft.doc_type, {**draft.fields, "orders": "驳回请求人的全部请求。"}, draft.party_id)
    text = render(case, draft, number=NUMBER, issue_date=ISSUED).text
    assert "驳回请求人的全部请求" in text and "强制执行" not in text


REQUIRED = {
    "acceptance_notice": ["受理通知书", "合议组长：张伟", "回避", "十五日内", "案件承办人", "联系人", "某市人民路88号"],
    "refusal_notice": ["■请求人不是专利权人或者利害关系人", "□没有明确的被请求人", "行政复议", "行政诉讼", "六十日", "六个月"],
    "answer_notice": ["答辩通知书", "十五日内", "主体资格证明", "授权委托书", "不影响本局对案件的处理", "无效宣告请求受理通知书"],
    "service_proof": ["送达回证", "送达单位", "受送达人", "■邮寄", "□直接", "收件人签名或者盖章", "送达人签名", "三日内"],
    "hearing_notice": ["2026年4月15日9时30分", "第一口审庭", "三日内", "口头审理回执", "按撤回请求处理", "缺席审理"],
    "mediation_agreement": ["调解协议书", "签名或者盖章", "合议组长", "书记员", "生效"],
    "revocation_decision": ["撤销本案", "行政复议", "第一段说明"],
    "registration_approval": ["案情简介", "承办人意见", "处（科）室负责人审核意见", "部门负责人意见", "同意立案", "王芳"],
    "suspension_notice": ["中止处理", "第（一）项", "《中华人民共和国专利法实施细则》第九十八条", "2026年3月20日"],
    "correction_notice": ["一次性告知", "2026年3月10日前", "1.第一段说明"],
    "reminder": ["十日内", "某市知裁决字〔2026〕3号", "2026年6月3日"],
    "enforcement_application": ["被申请人", "此致", "强制执行"],
}


@pytest.mark.parametrize("key", sorted(REQUIRED))
def test_documents_carry_their_required_fields(rendered, key):
    text = squash(rendered["full", key].text)
    missing = [s for s in REQUIRED[key] if squash(s) not in text]
    assert missing == []


def test_values_cannot_inject_markup_and_keep_special_characters(rendered):
    text = rendered["full", "ruling"].text
    assert "义乌市鼎盛贸易商行 & <东>" in text and "# 第二段以井号开头" in text
    content = parse("< 甲：\n正文" + SOFT_BREAK + "# 不是标题\n| a | b" + SOFT_BREAK + "c |")
    assert [b.kind for b in content.blocks] == ["left", "para", "table"]


def test_dates_follow_the_official_form():
    assert cn_date(date(2025, 2, 1)) == "2025年2月1日"


def test_a_draft_says_its_number_comes_on_issuing():
    case = full_case()
    text = render(case, draft_for("acceptance_notice", case), number=None, issue_date=ISSUED).text
    assert "（签发时编号）" in text


def test_a_respondent_without_domicile_in_the_prc_gets_30_days():
    case = full_case()
    draft = type(draft_for("answer_notice", case))("answer_notice", {}, party_id=3)
    assert "三十日内" in render(case, draft, number=NUMBER, issue_date=ISSUED).text


def test_defaults_prefill_what_the_office_already_knows():
    from ipcase.documents.context import defaults
    d = defaults(full_case())
    assert d["defects"].startswith("1. 补充专利登记簿副本")
    assert "本局管辖" in d["revoke_text"] and d["transfer_to"] == "某区市场监督管理局"
    assert "停止制造、销售、许诺销售" in d["orders"] and "电子商务平台" in d["orders"] and "展会" in d["orders"]
    assert d["suspension_text"].startswith("被请求人对涉案专利提出无效宣告请求")
    assert d["majority_opinion"] == "侵权成立。"


def test_the_bundled_font_has_every_character_the_documents_print(rendered):
    """A character missing from the fallback font prints as a blank on a machine without official fonts."""
    from reportlab.pdfbase.ttfonts import TTFont

    from ipcase.resources import BUNDLED_FONT
    cmap = TTFont("probe-cmap", str(BUNDLED_FONT)).face.charToGlyph
    printed = set("".join(r.text for r in rendered.values()))
    missing = sorted(ch for ch in printed if not ch.isspace() and ord(ch) not in cmap)
    assert missing == []
