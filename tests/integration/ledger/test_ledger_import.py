"""The ledger import on SQLite and PostgreSQL (issue 18): the example ledger, a broken one with every kind of row
problem, duplicates, the 案号 sequence continuing after imported numbers, undo, the mapping remembered, role and
office."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from ipcase import commands
from ipcase.db.models.cases import Case, Patent, TimelineEntry
from ipcase.db.models.ledger import LedgerImport
from ipcase.domain.enums import CaseState
from ipcase.domain.ledger.fields import LedgerField
from ipcase.dto.cases import PanelInput
from ipcase.errors import PermissionDenied, TransitionRefused
from ipcase.queries.ledger.imports import ledger_imports, proposed_mapping
from ipcase.queries.statistics.figures import period_counts
from ipcase.services.cases.actions import set_panel
from ipcase.services.ledger.importing import preview_ledger
from ipcase.services.ledger.sheets import read_sheet, rejects_workbook
from ipcase.services.numbering import peek_number
from tools import make_ledger_examples as examples

NOW = datetime(2026, 11, 2, 9, 30)


@dataclass(frozen=True)
class File:
    name: str
    content: bytes

    @property
    def sheet(self):
        return read_sheet(self.name, self.content)

    def inputs(self) -> dict:
        return {"file_name": self.name, "content": self.content}


def _sheet(tmp_path, rows, name="台账.xlsx") -> File:
    path = examples.write_ledger(tmp_path / name, rows)
    return File(name, path.read_bytes())


def _csv_sheet(rows, encoding="gb18030") -> File:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(examples.HEADERS)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return File("台账.csv", out.getvalue().encode(encoding))


def _mapping(new_uow, staff, file: File):
    with new_uow() as uow:
        return proposed_mapping(uow, office_id=staff.office.id, sheet=file.sheet)


def _preview(new_uow, staff, file: File, **kw):
    with new_uow() as uow:
        return preview_ledger(uow, actor_id=staff.dept_head.id, **file.inputs(),
                              mapping=_mapping(new_uow, staff, file), now=NOW, **kw)


def _import(new_uow, staff, file: File, mapping=None, **kw):
    mapping = mapping or _mapping(new_uow, staff, file)
    return commands.run("ledger.import_ledger", new_uow, actor_id=staff.dept_head.id, **file.inputs(),
                        mapping=mapping, now=NOW, **kw)


def test_the_shipped_files_read_with_their_header_on_row_three():
    from pathlib import Path
    root = Path(__file__).resolve().parents[3] / "examples"
    sheet = read_sheet("台账示例.xlsx", (root / "台账示例.xlsx").read_bytes())
    assert sheet.header_row == 3 and sheet.headers == examples.HEADERS and len(sheet.rows) == 12
    template = read_sheet("台账模板.xlsx", (root / "台账模板.xlsx").read_bytes())
    assert template.headers == examples.HEADERS and template.rows == ()


def test_the_example_ledger_becomes_cases_with_states_statistics_and_numbering(new_uow, staff, tmp_path):
    file = _sheet(tmp_path, examples.example_rows("测试市"))
    mapping = _mapping(new_uow, staff, file)
    assert dict(zip(file.sheet.headers, mapping, strict=True)) == {
        "序号": "", "案号": "case_number", "收到日期": "received_date", "立案日期": "registered_date",
        "请求人": "requesters", "被请求人": "respondents", "专利号": "patent_number", "专利类型": "patent_type",
        "专利名称": "patent_title", "案由": "cause", "承办人": "officer", "结案日期": "closed_date",
        "结案方式": "closing_method", "备注": "remarks"}
    report = _preview(new_uow, staff, file)
    assert report.problems == () and report.duplicates == () and len(report.ready) == 12
    with new_uow() as uow:   # nothing is written by the preview
        assert uow.session.scalar(select(func.count()).select_from(Case)) == 0

    result = _import(new_uow, staff, file, mapping)
    assert (result.created, result.skipped, result.rejected) == (12, 0, 0)
    with new_uow() as uow:
        s = uow.session
        cases = {c.case_number or c.parties[1].name: c for c in s.scalars(select(Case))}
        first = cases["测试市知裁字〔2023〕1号"]
        assert first.state == CaseState.CLOSED_MEDIATED and first.closed_date == date(2023, 5, 8)
        assert first.officer_id == staff.officer.id and first.office_id == staff.office.id
        assert first.parties[0].kind == "legal" and first.patent.patent_type == "utility_model"
        assert cases["测试市知裁字〔2023〕2号"].received_date == date(2023, 3, 14)   # text 2023.3.14
        assert cases["测试市知裁字〔2023〕3号"].closing_method == "withdrawn"
        assert cases["测试市知裁字〔2023〕4号"].parties[1].name == "常州天宁家纺有限公司"   # two requesters in a cell
        assert cases["李某"].state == CaseState.NOT_ACCEPTED and cases["李某"].case_number is None
        transferred = cases["测试市知裁字〔2024〕2号"]
        assert transferred.closing_method == "transferred"
        unknown_officer = cases["测试市知裁字〔2024〕1号"]
        assert unknown_officer.officer_id is None and "承办人：陈明" in unknown_officer.request_summary
        open_case = cases["测试市知裁字〔2025〕1号"]
        assert open_case.state == CaseState.REGISTERED
        kinds = [t.kind for t in s.scalars(select(TimelineEntry).where(TimelineEntry.case_id == open_case.id))]
        assert kinds == ["imported"]
        from ipcase.db.models.cases import DeadlineRow
        due = {d.code: d.due_date for d in s.scalars(select(DeadlineRow).where(DeadlineRow.case_id == open_case.id))}
        assert due["D12"] == date(2025, 5, 14)   # 立案 2025-02-14 + 3 months
        assert cases["连云港市海州区张某"].state == CaseState.RECEIVED
        # closed cases count in the statistics of their years
        y2023 = period_counts(s, [Case.office_id == staff.office.id], date(2023, 1, 1), date(2023, 12, 31))
        assert (y2023.registered, y2023.closed, y2023.not_accepted) == (4, 4, 1)
        # the office's sequence continues after the imported numbers
        assert peek_number(s, office_id=staff.office.id, kind="case", year=2023) == 5
        assert peek_number(s, office_id=staff.office.id, kind="case", year=2025) == 4
        assert [i.created for i in ledger_imports(uow, office_id=staff.office.id)] == [12]


def test_every_kind_of_row_problem_is_named_by_its_cell(new_uow, staff):
    file = _csv_sheet(examples.broken_rows("测试市"))
    report = _preview(new_uow, staff, file)
    by_row = {}
    for p in report.problems:
        by_row.setdefault(p.row, set()).add((p.column_letter, p.field, p.reason))
    assert [r.row for r in report.ready] == [2]   # the header is row 1 of the CSV
    assert by_row == {
        3: {("C", "received_date", "date_invalid")},
        4: {("G", "patent_number", "check_digit")},
        5: {("E", "requesters", "required")},
        6: {("D", "registered_date", "before_received")},
        7: {("H", "patent_type", "type_mismatch")},
        8: {("M", "closing_method", "required_when_closed")},
        9: {("M", "closing_method", "closing_unknown")},
        10: {("B", "case_number", "required_when_registered")},
        11: {("B", "case_number", "repeated_in_file")},
        12: {("C", "received_date", "future")},
        13: {("E", "requesters", "control_char")},
        14: {("E", "requesters", "too_long")},
        15: {("G", "patent_number", "filed_after_received")},
        16: {("C", "received_date", "required")},
        17: {("L", "closed_date", "before_registered")},
        18: {("L", "closed_date", "required_when_closed")},
        19: {("D", "registered_date", "registered_not_accepted")},
    }
    result = _import(new_uow, staff, file)
    assert (result.created, result.rejected) == (1, 17)
    # the rows not imported, as they were, with a reason column
    from openpyxl import load_workbook
    book = load_workbook(io.BytesIO(rejects_workbook(file.sheet, {3: "第 3 行 C 列：日期不存在"}, reason_header="问题")))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][-1] == "问题" and rows[1][2] == "2024.13.1" and rows[1][-1] == "第 3 行 C 列：日期不存在"


def test_duplicates_are_skipped_or_merged_and_numbers_elsewhere_refused(new_uow, staff, tmp_path):
    rows = examples.example_rows("测试市")
    _import(new_uow, staff, _sheet(tmp_path, rows))
    changed = list(rows)
    changed[8] = (*rows[8][:11], date(2025, 6, 3), "调解结案", "补录结案")   # the open case closed since
    file = _sheet(tmp_path, changed, "台账2.xlsx")
    report = _preview(new_uow, staff, file)
    assert len(report.duplicates) == 12 and report.ready == ()
    matches = {d.row: d.match for d in report.duplicates}
    assert matches[4] == "case_number" and matches[7] == "patent_parties"   # row 7: 不予受理, no 案号
    assert all(d.mergeable for d in report.duplicates)
    result = _import(new_uow, staff, file, merge_rows=(12,))
    assert (result.created, result.merged, result.skipped) == (0, 1, 11)
    with new_uow() as uow:
        case = uow.session.scalar(select(Case).where(Case.case_number == "测试市知裁字〔2025〕1号"))
        assert case.state == CaseState.CLOSED_MEDIATED and case.closed_date == date(2025, 6, 3)
        assert uow.session.scalar(select(func.count()).select_from(Case)) == 12
    # the merge is undone by undoing its import: the case is open again
    with new_uow() as uow:
        last = ledger_imports(uow, office_id=staff.office.id)[0].id
    commands.run("ledger.undo_import", new_uow, actor_id=staff.dept_head.id, import_id=last, now=NOW)
    with new_uow() as uow:
        case = uow.session.scalar(select(Case).where(Case.case_number == "测试市知裁字〔2025〕1号"))
        assert case.state == CaseState.REGISTERED and case.closed_date is None


def test_undo_removes_the_import_while_nothing_is_built_on_it(new_uow, staff, tmp_path):
    first = _import(new_uow, staff, _sheet(tmp_path, examples.example_rows("测试市")))
    with new_uow() as uow:
        open_case = uow.session.scalar(select(Case).where(Case.case_number == "测试市知裁字〔2025〕2号"))
        case_id, version = open_case.id, open_case.version
    with new_uow() as uow:
        set_panel(uow, actor_id=staff.officer.id, case_id=case_id, expected_version=version,
                  panel=PanelInput(leader_id=staff.officer.id, member_ids=(staff.officer2.id, staff.officer3.id),
                                   clerk_id=staff.clerk.id), now=NOW)
    with pytest.raises(TransitionRefused) as refused:
        commands.run("ledger.undo_import", new_uow, actor_id=staff.dept_head.id, import_id=first.import_id, now=NOW)
    assert refused.value.code == "built_on" and refused.value.detail == "测试市知裁字〔2025〕2号"

    second_sheet = _sheet(tmp_path, [(1, "", "2024-01-02", "", "新请求人有限公司", "新被请求人", examples.patent(
        2015, 1, 424242), "", "", "", "", "", "", "")], "另一份.xlsx")
    second = _import(new_uow, staff, second_sheet)
    commands.run("ledger.undo_import", new_uow, actor_id=staff.dept_head.id, import_id=second.import_id, now=NOW)
    with new_uow() as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(Case)) == 12
        assert s.scalar(select(Patent).where(Patent.number == examples.patent(2015, 1, 424242))) is None
        assert s.get(LedgerImport, second.import_id).status == "undone"
    with pytest.raises(TransitionRefused):
        commands.run("ledger.undo_import", new_uow, actor_id=staff.dept_head.id, import_id=second.import_id,
                     now=NOW)


def test_the_mapping_is_remembered_for_the_next_import(new_uow, staff, tmp_path):
    rows = [(*r[:13], r[13]) for r in examples.example_rows("测试市")]
    file = _sheet(tmp_path, rows)
    headers = file.sheet.headers
    mapping = list(_mapping(new_uow, staff, file))
    mapping[headers.index("备注")] = ""                    # left out
    mapping[headers.index("案由")] = LedgerField.REMARKS.value
    _import(new_uow, staff, file, tuple(mapping))
    assert _mapping(new_uow, staff, file) == tuple(mapping)


def test_only_an_administrator_or_department_head_imports(new_uow, staff, tmp_path):
    file = _sheet(tmp_path, examples.example_rows("测试市")[:1])
    with pytest.raises(PermissionDenied):
        commands.run("ledger.import_ledger", new_uow, actor_id=staff.officer.id, **file.inputs(),
                     mapping=_mapping(new_uow, staff, file), now=NOW)
    result = commands.run("ledger.import_ledger", new_uow, actor_id=staff.admin.id, **file.inputs(),
                          mapping=_mapping(new_uow, staff, file), now=NOW)
    assert result.created == 1


def test_a_cell_fixed_in_place_imports_its_row(new_uow, staff):
    from ipcase.dto.ledger import CellFix
    from ipcase.errors import ValidationFailed
    file = _csv_sheet(examples.broken_rows("测试市")[:2])
    assert [p.reason for p in _preview(new_uow, staff, file).problems] == ["date_invalid"]
    fixed = _preview(new_uow, staff, file, fixes=(CellFix(3, 2, "2024.3.1"),))
    assert fixed.problems == () and [r.row for r in fixed.ready] == [2, 3]
    with pytest.raises(ValidationFailed) as refused:   # a correction is typed text: the input gate checks it
        _import(new_uow, staff, file, fixes=(CellFix(3, 4, "甲\x07"),))
    assert refused.value.reason == "control_char"
    assert _import(new_uow, staff, file, fixes=(CellFix(3, 2, "2024.3.1"),)).created == 2


def test_offices_stay_apart(new_uow, staff, tmp_path):
    """A county office importing a ledger whose 案号 the city office already holds: those rows are problems (案号
    are unique in the database), the others become the county's cases; the county cannot undo the city's import."""
    from office_helpers import make_office_staff

    from ipcase.errors import NotFound, OfficeRefused
    county = make_office_staff(new_uow, name="测试县市场监督管理局", short_name="测试县", prefix="x",
                               parent="测试市")
    file = _sheet(tmp_path, examples.example_rows("测试市"))
    city_import = _import(new_uow, staff, file)
    with new_uow() as uow:
        mapping = proposed_mapping(uow, office_id=county.office.id, sheet=file.sheet)
        report = preview_ledger(uow, actor_id=county.dept_head.id, **file.inputs(), mapping=mapping, now=NOW)
    assert {p.reason for p in report.problems} == {"number_taken"} and len(report.problems) == 10
    assert report.duplicates == () and len(report.ready) == 2   # the two rows without a 案号
    result = commands.run("ledger.import_ledger", new_uow, actor_id=county.dept_head.id, **file.inputs(),
                          mapping=mapping, now=NOW)
    assert (result.created, result.rejected) == (2, 10)
    with new_uow() as uow:
        offices = uow.session.execute(select(Case.office_id, func.count()).group_by(Case.office_id)).all()
    assert dict(offices) == {staff.office.id: 12, county.office.id: 2}
    with pytest.raises((NotFound, OfficeRefused)):
        commands.run("ledger.undo_import", new_uow, actor_id=county.dept_head.id, import_id=city_import.import_id,
                     now=NOW)


def test_a_cancelled_import_writes_nothing_and_progress_is_reported(new_uow, staff, tmp_path):
    from ipcase.progress import Cancelled, CancelToken
    file = _sheet(tmp_path, examples.example_rows("测试市"))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        _import(new_uow, staff, file, cancel=token)
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Case)) == 0
        assert uow.session.scalar(select(func.count()).select_from(LedgerImport)) == 0
    seen = []
    _import(new_uow, staff, file, progress=lambda done, total, _text: seen.append((done, total)))
    assert seen[-1] == (12, 12)
