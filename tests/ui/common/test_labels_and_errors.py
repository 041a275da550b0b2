"""Every enum value, action, field and refusal code has a Chinese label; exceptions map to Chinese text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ipcase.domain import enums, machine
from ipcase.domain.cases import answers, workflow
from ipcase.domain.cases.workflow import TRANSITIONS, CaseAction
from ipcase.errors import (
    AuthenticationFailed,
    ConcurrentModification,
    DatabaseBusy,
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ui import catalogue
from ui.cases import errors as case_errors
from ui.cases import labels as case_labels
from ui.common import labels

ROOT = Path(__file__).resolve().parents[3]
CJK = re.compile(r"[\u4e00-\u9fff]")

TABLES = [
    (enums.CaseState, labels.CASE_STATE), (enums.PatentType, labels.PATENT_TYPE),
    (enums.InfringingAct, labels.INFRINGING_ACT), (enums.PartyRole, labels.PARTY_ROLE),
    (enums.PartyKind, labels.PARTY_KIND), (enums.Role, labels.ROLE), (enums.PanelRole, labels.PANEL_ROLE),
    (enums.RevokeReason, labels.REVOKE_REASON), (enums.RefusalReason, labels.REFUSAL_REASON),
    (enums.SuspensionGround, labels.SUSPENSION_GROUND), (enums.PauseKind, labels.PAUSE_KIND),
    (enums.ClosingOutcome, labels.CLOSING_OUTCOME), (enums.ServiceMethod, labels.SERVICE_METHOD),
    (enums.ApprovalStatus, labels.APPROVAL_STATUS), (enums.DeadlineCode, catalogue.TEXTS.deadline_codes),
    (enums.DeadlineStatus, labels.DEADLINE_STATUS), (CaseAction, case_labels.ACTION),
]


@pytest.mark.parametrize(("enum", "table"), TABLES, ids=lambda x: getattr(x, "__name__", ""))
def test_every_enum_value_has_a_chinese_label(qapp, enum, table):
    for member in enum:
        assert member in table, f"{enum.__name__}.{member.name} has no label"
        assert CJK.search(table[member])


def test_labels_named_in_the_brief(qapp):
    assert case_labels.deadline_code("D1") == "立案审查期限"
    assert case_labels.deadline_code("D12") == "结案期限"
    assert case_labels.deadline_code("CORRECTION") == "补正期限"
    assert case_labels.action("register") == "立案"
    assert case_labels.action("extend_closing") == "延长结案期限"
    assert case_labels.field("registered_date") == "立案日期"
    assert case_labels.field("served") == "送达日期"


def test_every_workflow_field_and_choice_has_a_label(qapp):
    for t in TRANSITIONS:
        for f in t.fields:
            assert case_labels.SCOPE.knows(f.name), f"field {f.name} of {t.action} has no label"
            for choice in f.choices:
                assert CJK.search(case_labels.choice(f.name, choice)), f"{f.name}={choice} has no label"


def test_every_guard_refusal_code_has_a_message(qapp):
    source = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in (workflow, machine, answers))
    codes = set(re.findall(r'return (?:None if [^"]* else )?"([a-z_]+)"', source))
    codes |= set(re.findall(r'"([a-z_]+)" if ', source))
    codes |= set(re.findall(r'Refusal\("([a-z_]+)"', source))
    assert {"panel_invalid", "suspended", "answer_period_running", "approval_pending", "wrong_state",
            "extensions_exhausted"} <= codes
    missing = sorted(c for c in codes if c not in case_errors.REFUSAL)
    assert not missing, f"refusal codes without a message in ui/cases/errors.py: {missing}"


def test_every_panel_problem_has_a_message(qapp):
    source = (ROOT / "ipcase" / "domain" / "cases" / "panel.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'problems\.append\("([a-z_]+)"\)', source))
    assert codes and not codes - set(case_errors.PANEL_PROBLEM)


def test_validation_messages_name_the_field_and_reason(qapp):
    exc = ValidationErrors([ValidationFailed("patent.number", "check_digit", "7"),
                            ValidationFailed("requesters[1].name", "required")])
    assert catalogue.ERRORS.field_messages(exc) == {
        "patent.number": "校验位不正确（按前面的数字，校验位应为 7）", "requesters[1].name": "必须填写"}
    text = catalogue.ERRORS.message(exc)
    assert "专利号" in text and "请求人2 名称/姓名" in text


def test_a_refusal_names_the_rule_and_the_right_value(qapp):
    text = catalogue.ERRORS.message(TransitionRefused("close_by_ruling", "closure_approval",
                                                      "closed_before_registered", "2026-12-06"))
    assert text.endswith("结案日期不能早于立案日期（2026-12-06）")
    text = catalogue.ERRORS.message(TransitionRefused("answer_period_over", "answer_period", "answer_period_running"))
    assert text.endswith("答辩期尚未届满")           # without a date the bracket goes, not a "?"
    text = catalogue.ERRORS.message(ValidationFailed("served", "before_registered", "2026-12-06"))
    assert text.endswith("不能早于立案日期（2026-12-06）")


@pytest.mark.parametrize("exc", [
    TransitionRefused("register", "received", "panel_invalid"),
    PermissionDenied("register", "clerk"),
    ConcurrentModification("case", 1, 3, 5, ("2026-11-02 09:30 李娜 panel",)),
    NotFound("case", 7), AuthenticationFailed(), DatabaseBusy(), ValueError("boom"),
], ids=lambda e: type(e).__name__)
def test_every_error_has_a_chinese_message(qapp, exc):
    assert CJK.search(catalogue.ERRORS.message(exc))


def test_concurrent_modification_lists_the_changes(qapp):
    text = catalogue.ERRORS.message(ConcurrentModification("case", 1, 3, 5, ("2026-11-02 09:30 李娜 panel",)))
    assert "此案件已被他人修改" in text and "李娜" in text
