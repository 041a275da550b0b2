from __future__ import annotations

from datetime import date

import pytest

from case_helpers import Driver, at, sample_request
from ipcase.domain.enums import CaseState, PartyKind, PatentType
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import CaseFilter, PartyInput, PatentInput
from ipcase.errors import ValidationErrors
from ipcase.queries.cases.register import list_cases
from ipcase.services.cases import actions as cases

TODAY = date(2026, 11, 2)


@pytest.fixture
def three_cases(new_uow, staff):
    a = Driver.new(new_uow, staff, at(date(2026, 10, 12)), received=date(2026, 10, 12))
    a.panel(at(date(2026, 10, 12)))
    a.act_approved("register", {"registered_date": date(2026, 10, 14)}, at(date(2026, 10, 14)))
    b = Driver.new(new_uow, staff, at(date(2026, 10, 20)), received=date(2026, 10, 20),
                   patent=PatentInput(make_patent_number(2019, 3, 7654321), None, "电热水壶", "温州明德电器有限公司"),
                   respondents=(PartyInput("王 小明", PartyKind.NATURAL),), flag_ecommerce=False, flag_trade_fair=True)
    c = Driver.new(new_uow, staff, at(date(2026, 10, 30)), received=date(2026, 10, 30),
                   patent=PatentInput(make_patent_number(2020, 1, 1111111), None, "一种锂电池保护电路", "深圳锦程电子有限公司"),
                   respondents=(PartyInput("东莞市腾跃电子有限公司", PartyKind.LEGAL),), flag_foreign=True,
                   officer_id=staff.officer2.id)
    return a, b, c


def ids(new_uow, **kw):
    with new_uow() as uow:
        page = list_cases(uow, CaseFilter(**kw), today=TODAY)
    return {r.id for r in page.rows}, page


def test_text_search_finds_any_substring(new_uow, three_cases):
    a, b, c = (x.ref.id for x in three_cases)
    assert ids(new_uow, text="王")[0] == {b}                  # one character
    assert ids(new_uow, text="腾跃")[0] == {c}                # two characters
    assert ids(new_uow, text="王小明")[0] == {b}               # spacing in the stored name ignored
    assert ids(new_uow, text="鼎盛贸易")[0] == {a}
    number = make_patent_number(2019, 3, 7654321)              # ZL2019307654321.x
    assert ids(new_uow, text=number)[0] == {b}
    assert ids(new_uow, text=number[2:].replace(".", ""))[0] == {b}
    assert ids(new_uow, text=number.lower())[0] == {b}
    assert ids(new_uow, text="知裁字〔2026〕1")[0] == {a}
    assert ids(new_uow, text="100%_")[0] == set()             # LIKE wildcards are literal


def test_filters_and_sorting(new_uow, staff, three_cases):
    a, b, c = (x.ref.id for x in three_cases)
    assert ids(new_uow, states=(CaseState.REGISTERED,))[0] == {a}
    assert ids(new_uow, officer_id=staff.officer2.id)[0] == {c}
    assert ids(new_uow, patent_type=PatentType.DESIGN)[0] == {b}
    assert ids(new_uow, flag_foreign=True)[0] == {c}
    assert ids(new_uow, flag_trade_fair=True, flag_ecommerce=False)[0] == {b}
    assert ids(new_uow, received_from=date(2026, 10, 20), received_to=date(2026, 10, 29))[0] == {b}
    assert ids(new_uow, registered_from=date(2026, 10, 1))[0] == {a}
    assert ids(new_uow, suspended=False)[0] == {a, b, c}
    _, page = ids(new_uow, sort="received_date", descending=False)
    assert [r.id for r in page.rows] == [a, b, c] and page.total == 3
    _, page = ids(new_uow, sort="closing_due", descending=False, limit=2)
    assert page.rows[0].id == a and page.rows[0].closing_due == date(2027, 1, 14) and page.total == 3
    assert page.rows[0].requesters == "宁波华辰科技有限公司" and page.rows[0].officer_name == "张伟"


def test_a_bad_request_names_every_wrong_field(new_uow, staff):
    bad = sample_request(
        received=date(2026, 11, 3),
        patent=PatentInput("ZL201610259567.1", None, "", "某公司"),
        requesters=(PartyInput("甲公司", credit_code="91110000600037341A"),),
        respondents=(PartyInput("", PartyKind.NATURAL, id_number="360426199101010072"),))
    with pytest.raises(ValidationErrors) as e, new_uow() as uow:
        cases.register_request(uow, actor_id=staff.officer.id, data=bad, now=at(TODAY))
    got = {(x.field, x.reason) for x in e.value.errors}
    assert got == {("received_date", "future"), ("patent.number", "check_digit"), ("patent.title", "required"),
                   ("requesters[0].credit_code", "check_digit"), ("respondents[0].name", "required"),
                   ("respondents[0].id_number", "check_digit")}
    mismatch = sample_request(patent=PatentInput(make_patent_number(2021, 2, 1), PatentType.DESIGN, "椅", "某"))
    with pytest.raises(ValidationErrors) as e, new_uow() as uow:
        cases.register_request(uow, actor_id=staff.officer.id, data=mismatch, now=at(TODAY))
    assert [(x.field, x.reason) for x in e.value.errors] == [("patent.patent_type", "type_mismatch")]


def test_editing_a_request_before_registration_only(new_uow, staff, three_cases):
    a, b, _ = three_cases
    data = sample_request(received=date(2026, 10, 20), accused_product="改名后的产品")
    with new_uow() as uow:
        ref = cases.update_request(uow, actor_id=staff.officer.id, case_id=b.ref.id, expected_version=b.ref.version,
                                   data=data, now=at(TODAY))
    assert ref.version == b.ref.version + 1
    assert b.detail(TODAY).accused_product == "改名后的产品"
    from ipcase.errors import TransitionRefused
    with pytest.raises(TransitionRefused), new_uow() as uow:
        cases.update_request(uow, actor_id=staff.officer.id, case_id=a.ref.id, expected_version=a.ref.version,
                             data=data, now=at(TODAY))


def test_editing_keeps_an_id_number_the_form_could_only_show_masked(new_uow, staff):
    from ipcase.domain.identifiers import make_id_number
    person = PartyInput("王小明", PartyKind.NATURAL, id_number=make_id_number("36042419910101003"))
    c = Driver.new(new_uow, staff, at(TODAY), respondents=(person,))
    shown = [p for p in c.detail(TODAY).parties if p.name == "王小明"][0]
    assert shown.id_number_masked.startswith("360424") and "*" in shown.id_number_masked
    edited = sample_request(respondents=(PartyInput("王小明", PartyKind.NATURAL, address="新地址"),))
    with new_uow() as uow:
        cases.update_request(uow, actor_id=staff.officer.id, case_id=c.ref.id, expected_version=c.ref.version,
                             data=edited, now=at(TODAY))
    again = [p for p in c.detail(TODAY).parties if p.name == "王小明"][0]
    assert again.id_number_masked == shown.id_number_masked and again.address == "新地址"
