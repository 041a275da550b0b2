"""Regression tests of the two bugs of the shared label and error tables (issue 11): a key one feature defined
overwrote another feature's text."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from ipcase.domain.mediation.agreements import AgreementTerms, check_terms
from ipcase.dto.cases import TimelineItem
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.admin import holidays
from ui.cases.tabs import timeline_details
from ui.common import errors, texts

AT = datetime(2026, 11, 2, 9, 30)


def _entry(kind: str, **detail) -> TimelineItem:
    return TimelineItem(AT, "李娜", kind, None, None, detail, 1)


def test_a_recusal_decision_reads_as_a_recusal_and_a_postponement_as_a_postponement(qapp):
    # the details as ipcase/services/recusal/applications.py and ipcase/services/hearings/requests.py record them
    recusal = timeline_details(_entry("recusal_decided", document="京知保回决〔2026〕1号", granted=True,
                                      decision_reason="系当事人近亲属"))
    postponement = timeline_details(_entry("postponement_decided", party="甲公司", granted=True,
                                           reason="代理人出国"))
    assert "决定回避：是" in recusal and "准予延期" not in recusal
    assert "准予延期：是" in postponement and "决定回避" not in postponement
    assert "当事人：甲公司" in postponement and "理由：代理人出国" in postponement


def test_late_means_a_late_request_for_a_hearing_and_a_late_correction_for_intake(qapp):
    assert "逾期提出：是" in timeline_details(_entry("postponement_requested", party="甲公司", reason="出差",
                                                    late=True))
    assert texts.describe({"late": True}, feature="intake") == "逾期补正：是"


def test_an_empty_holiday_file_is_not_told_about_agreement_terms(qapp, new_uow, staff):
    with pytest.raises(ValidationFailed) as caught, new_uow() as uow:
        holidays.import_holiday_text(uow, actor_id=staff.admin.id, text="", note="", now=AT)
    assert errors.message(caught.value) == "文件：没有可导入的日期"


def test_an_agreement_without_terms_is_told_so(qapp):
    terms = AgreementTerms(stop_acts=(), stop_from=None, destroy_withdraw="", damages_fen=0, instalments=(),
                           costs="", confidential=False, other_terms="")
    with pytest.raises(ValidationErrors) as caught:
        check_terms(terms, today=date(2026, 11, 2))
    text = errors.message(caught.value)
    assert "协议至少须约定一项内容（停止侵权、销毁撤回、赔偿或其他条款）" in text
    assert "没有可导入的日期" not in text
