"""Input that cannot break or escape (issue 12), on SQLite and PostgreSQL: the input gate of every service
(ipcase.services.boundary), the column-length and printable-text check on flush (ipcase.db.column_limits), and
the patent dates of a request."""
from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from case_helpers import sample_request
from ipcase import commands
from ipcase.db.column_limits import over_length_rows
from ipcase.db.models.cases import Party
from ipcase.domain.identifiers import make_credit_code
from ipcase.dto.cases import PartyInput, PatentInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.queries.cases.register import case_detail
from ipcase.services.cases import actions as cases

NOW = datetime(2026, 11, 2, 9, 30)


def register(new_uow, staff, data):
    return commands.run("cases.register_request", new_uow, actor_id=staff.officer.id, data=data, now=NOW)


def failures(exc) -> set[tuple[str, str, str]]:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return {(e.field, e.reason, e.detail) for e in errors}


def with_requester(**party) -> object:
    base = sample_request()
    return dataclasses.replace(base, requesters=(dataclasses.replace(base.requesters[0], **party),))


def test_a_control_character_is_refused_next_to_its_field_and_nothing_is_stored(new_uow, staff):
    with pytest.raises(ValidationFailed) as e:
        register(new_uow, staff, with_requester(name="宁波华辰\x00科技有限公司"))
    assert failures(e.value) == {("requesters[0].name", "control_char", "U+0000")}
    with new_uow() as uow:
        assert uow.session.scalar(select(Party.id)) is None


def test_soft_line_breaks_become_lines_where_lines_are_allowed(new_uow, staff):
    ref = register(new_uow, staff, dataclasses.replace(sample_request(), request_summary="请求一\v请求二\r\n请求三"))
    with new_uow() as uow:
        d = case_detail(uow, ref.id, viewer_id=staff.officer.id, today=NOW.date())
    assert d.request_summary == "请求一\n请求二\n请求三"


def test_a_line_break_in_a_name_is_refused(new_uow, staff):
    with pytest.raises(ValidationFailed) as e:
        register(new_uow, staff, with_requester(name="宁波华辰\v科技有限公司"))
    assert failures(e.value) == {("requesters[0].name", "line_break", "")}


def test_an_invisible_only_name_is_not_filled_in(new_uow, staff):
    with pytest.raises(ValidationErrors) as e:
        register(new_uow, staff, with_requester(name="\u200b\ufeff \u3000"))
    assert ("requesters[0].name", "required", "") in failures(e.value)


def test_identifiers_pasted_from_a_web_page_are_stored_clean(new_uow, staff):
    code = make_credit_code("91330200MA2AB1234")
    patent = dataclasses.replace(sample_request().patent, number="\ufeffZL2021\u200b21234567.7")
    ref = register(new_uow, staff, dataclasses.replace(
        with_requester(credit_code=f"\u200b{code}\u2060"), patent=patent))
    with new_uow() as uow:
        d = case_detail(uow, ref.id, viewer_id=staff.officer.id, today=NOW.date())
    assert d.patent_number == "ZL202121234567.7"
    assert d.parties[0].credit_code == code


def test_an_enumerated_value_from_a_script_must_be_a_member(new_uow, staff):
    data = dataclasses.replace(sample_request(), respondents=(PartyInput("义乌市鼎盛贸易商行", "martian"),))
    with pytest.raises(ValidationFailed) as e:
        register(new_uow, staff, data)
    assert failures(e.value) == {("respondents[0].kind", "choice", "martian")}


def test_over_length_is_refused_the_same_on_both_databases_naming_the_form_field(new_uow, staff):
    with pytest.raises(ValidationFailed) as e:
        register(new_uow, staff, with_requester(name="长" * 100_000))
    assert failures(e.value) == {("requesters[0].name", "too_long", "300")}


def test_over_length_is_refused_on_flush_even_when_a_script_calls_the_service_itself(new_uow, staff):
    # No gate: the flush check still stops it, keyed by the column (no DataError from PostgreSQL, no silent
    # 100,000-character name in SQLite).
    with new_uow() as uow, pytest.raises(ValidationFailed) as e:
        cases.register_request(uow, actor_id=staff.officer.id, data=with_requester(address="址" * 301), now=NOW)
    assert failures(e.value) == {("address", "too_long", "300")}
    with new_uow() as uow, pytest.raises(ValidationFailed) as e:
        cases.register_request(uow, actor_id=staff.officer.id, data=with_requester(phone="1\x1b"), now=NOW)
    assert failures(e.value) == {("phone", "control_char", "U+001B")}


def test_exactly_the_column_length_is_accepted_and_read_back(new_uow, staff):
    name = "名" * 300
    ref = register(new_uow, staff, with_requester(name=name))
    with new_uow() as uow:
        d = case_detail(uow, ref.id, viewer_id=staff.officer.id, today=NOW.date())
    assert d.parties[0].name == name


def test_rows_already_over_length_in_an_sqlite_file_are_listed(engine, new_uow, staff):
    register(new_uow, staff, sample_request())
    with engine.begin() as conn:
        assert list(over_length_rows(conn)) == []
        if engine.dialect.name != "sqlite":
            return   # PostgreSQL never holds one
        # As a file written before the check could hold it:
        conn.execute(text("UPDATE parties SET name = :n WHERE role = 'requester'"), {"n": "长" * 400})
        found = list(over_length_rows(conn))
    assert [(f.table, f.column, f.limit, f.rows, f.longest) for f in found] == [("parties", "name", 300, 1, 400)]


def patent(filing: date | None, grant: date | None = None, number: str | None = None) -> PatentInput:
    base = sample_request().patent
    return dataclasses.replace(base, filing_date=filing, grant_date=grant, number=number or base.number)


@pytest.mark.parametrize("p, expected", [
    (patent(date(9999, 12, 31)), ("patent.filing_date", "after_received", "2026-10-30")),
    (patent(date(2021, 3, 1), date(2027, 1, 1)), ("patent.grant_date", "after_received", "2026-10-30")),
    (patent(date(1984, 12, 31), number="ZL85100001.X"), ("patent.filing_date", "before_patent_law", "1985-04-01")),
    (patent(date(2020, 12, 31)), ("patent.filing_date", "number_year", "2021")),
    (patent(date(2021, 3, 1), date(2021, 2, 1)), ("patent.grant_date", "before_filing", "2021-03-01")),
], ids=["9999", "grant-after-received", "before-1985", "year-of-number", "grant-before-filing"])
def test_patent_dates_are_refused_naming_the_rule_and_the_right_value(new_uow, staff, p, expected):
    with pytest.raises(ValidationErrors) as e:
        register(new_uow, staff, dataclasses.replace(sample_request(), patent=p))
    assert expected in failures(e.value)


def test_a_received_date_in_the_future_is_refused(new_uow, staff):
    with pytest.raises(ValidationErrors) as e:
        register(new_uow, staff, sample_request(received=date(2026, 11, 3)))
    assert ("received_date", "future", "2026-11-03") in failures(e.value)
