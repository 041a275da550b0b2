"""One party check for every form that types a party: requests, mediation requests, intake items."""
from ipcase.domain.identifiers import make_credit_code
from ipcase.domain.parties import MAX_AGENTS, agent_profession, check_agent, check_party
from ipcase.dto.cases import AgentInput
from ipcase.errors import ValidationFailed


def _keys(errors: list[ValidationFailed]) -> list[tuple[str, str]]:
    return [(e.field, e.reason) for e in errors]


def test_a_good_party_returns_its_checked_codes():
    errors: list[ValidationFailed] = []
    code = make_credit_code("91330200MA2AB1234")
    codes = check_party("requesters[0].", errors, name="某公司", credit_code=f" {code.lower()} ",
                        agents=[AgentInput("张三", "浙江知恒律师事务所"), AgentInput("李四", address="宁波市海曙区1号")])
    assert errors == []
    assert codes == {"credit_code": code}


def test_each_wrong_field_is_named_under_the_forms_key():
    errors: list[ValidationFailed] = []
    codes = check_party("respondents[1].", errors, name=" ", credit_code="123", id_number="11010519491231002",
                        agents=[AgentInput("甲", "某律师事务所"), AgentInput(""), AgentInput("丙", "某律师事务所")])
    assert codes == {}
    keys = _keys(errors)
    assert keys[0] == ("respondents[1].name", "required")
    assert [k for k, _ in keys[1:3]] == ["respondents[1].credit_code", "respondents[1].id_number"]
    assert ("respondents[1].agents", "too_many") in keys   # more than MAX_AGENTS
    assert ("respondents[1].agents[1].name", "required") in keys
    assert errors[1].value == "123"
    assert MAX_AGENTS == 2   # M25 art 17


def test_an_intake_submitter_uses_its_flat_keys_and_empty_codes_are_not_checked():
    errors: list[ValidationFailed] = []
    assert check_party("submitter_", errors, name="李明", credit_code="") == {}
    assert errors == []
    check_party("submitter_", errors, name="", credit_code="bad")
    assert [e.field for e in errors] == ["submitter_name", "submitter_credit_code"]


def test_an_individual_business_names_its_operator_where_the_form_has_the_row():
    errors: list[ValidationFailed] = []
    check_party("respondents[0].", errors, name="义乌市鼎盛日用品商行", kind="individual_business", legal_rep=" ")
    assert _keys(errors) == [("respondents[0].legal_rep", "required")]
    errors.clear()
    check_party("respondents[0].", errors, name="义乌市鼎盛日用品商行", kind="individual_business", legal_rep="赵四")
    check_party("targets[0].", errors, name="义乌市鼎盛日用品商行", kind="individual_business")   # intake: no row
    check_party("respondents[1].", errors, name="某公司", kind="legal", legal_rep="")
    assert errors == []


def test_an_agent_is_a_lawyer_a_patent_attorney_or_a_citizen_by_the_body_recorded():
    assert agent_profession("浙江知恒律师事务所") == "律师"
    assert agent_profession("宁波甬知专利代理事务所（普通合伙）") == "专利代理师"
    assert agent_profession("北京某知识产权代理有限公司") == "专利代理师"
    assert agent_profession("海曙区某法律服务所") == "基层法律服务工作者"
    assert agent_profession("宁波华辰科技有限公司") == ""      # the party's employee: a citizen agent
    assert agent_profession("  ") == ""


def test_a_citizen_agent_gives_his_address_where_the_form_has_the_row():
    errors: list[ValidationFailed] = []
    check_party("requesters[0].", errors, name="某公司",
                agents=[AgentInput("李四"), AgentInput("王五", "宁波华辰科技有限公司", address=" ")])
    assert _keys(errors) == [("requesters[0].agents[0].address", "citizen_agent_address"),
                             ("requesters[0].agents[1].address", "citizen_agent_address")]
    errors.clear()
    check_agent("agents[0].", errors, name="陈某", organization="浙江知恒律师事务所", address="")  # a lawyer: the firm
    check_agent("agents[0].", errors, name="李四")              # a form without the address row
    assert errors == []
    check_agent("agents[0].", errors, name="", address="")    # unnamed: the name is what is missing
    assert _keys(errors) == [("agents[0].name", "required")]
