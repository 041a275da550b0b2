"""The register of the credit list (专利领域严重失信主体名单) as an Excel workbook, every listing of the offices in
view with its steps' dates, for the office's files and for reporting to the credit platform."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ipcase.dto.credit import ListingInfo
from ipcase.reports.list_export import write_list_xlsx

GROUND_TEXT = {"repeat_infringement": "重复专利侵权行为", "non_execution": "不依法执行行政裁决"}
STATUS_TEXT = {"identified": "认定中", "proposed": "待审批列入", "listed": "已列入", "refused": "不予列入",
               "repair": "信用修复审查中", "removed": "已移出"}
REMOVAL_TEXT = {"period_end": "期满移出", "repair": "信用修复移出", "": ""}
HEADERS = ("当事人", "统一社会信用代码", "身份证号码", "失信行为", "状态", "依据案号", "认定日期", "告知书送达",
           "列入日期", "期满日期", "信用修复申请", "移出日期", "移出原因", "认定事实")


def register_rows(rows: Sequence[ListingInfo]) -> list[tuple]:
    return [(r.party_name, r.credit_code, r.id_number, GROUND_TEXT.get(r.ground, r.ground),
             STATUS_TEXT.get(r.status, r.status), r.case_number, r.identified_on, r.notice_served, r.listed_on,
             r.period_end, r.repair_applied_on, r.removed_on, REMOVAL_TEXT.get(r.removal_reason, r.removal_reason),
             r.facts) for r in rows]


def write_credit_register(path: Path | str, rows: Sequence[ListingInfo], *, office_name: str,
                          subtitle: str = "") -> Path:
    return write_list_xlsx(path, title=f"{office_name}专利领域严重失信主体名单", headers=HEADERS,
                           rows=register_rows(rows), subtitle=subtitle)
