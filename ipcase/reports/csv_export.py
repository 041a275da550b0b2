"""The report as CSV for other tools: UTF-8 with a BOM (Excel opens it as Chinese), plain numbers, one unit
column (件 / % / 日); the ranking follows the table after an empty line."""
from __future__ import annotations

from pathlib import Path

from ipcase.dto.statistics import StatsReport
from ipcase.reports.cells import SafeCsvWriter
from ipcase.reports.formatting import UNITS, csv_number
from ipcase.reports.periodic import RANKING_INDICATORS


def write_csv(report: StatsReport, path: Path) -> Path:
    p = report.period
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = SafeCsvWriter(f)   # names typed by users are text, never formulas
        w.writerow([f"{report.office_name} 专利侵权纠纷行政裁决统计表", p.label, p.start.isoformat(), p.end.isoformat()])
        w.writerow(["指标", "单位", "本期", "上年同期", "同比（%或百分点）", "上期", "环比（%或百分点）"])
        for line in report.lines:
            w.writerow(["　" * line.indent + line.label, UNITS[line.kind], csv_number(line.kind, line.current),
                        csv_number(line.kind, line.same_last_year), _change(line.yoy),
                        csv_number(line.kind, line.previous), _change(line.mom)])
        w.writerow([])
        ranking = report.ranking
        keys = list(RANKING_INDICATORS)
        header = ["下级机关" if ranking.unit_kind == "office" else "承办人"]
        for key in keys:
            header += [RANKING_INDICATORS[key][0], "名次"]
        w.writerow(header)
        for row in ranking.rows:
            cells = [row.name]
            for key in keys:
                kind = "rate" if key.endswith("rate") else "days" if key == "handling_days" else "count"
                rank = row.ranks.get(key)
                cells += [csv_number(kind, row.values.get(key)), "" if rank is None else str(rank)]
            w.writerow(cells)
    return Path(path)


def _change(value: float | None) -> str:
    # Relative change of a count or days in %, difference of a rate in percentage points: both ×100.
    return "" if value is None else f"{value * 100:.1f}"
