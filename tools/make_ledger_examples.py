"""Build the ledger (台账) files shipped in examples/ (issue 18): `python tools/make_ledger_examples.py`.

- examples/台账示例.xlsx — a ledger in the shape offices keep: a merged title row, a unit line, the header on
  row 3, dates as Excel dates and as text (2025.3.4, 2025年3月4日), several parties in one cell, a 备注 column;
- examples/台账模板.xlsx — the same columns, empty, with a note on how to fill them;
- examples/台账示例.xls — the example as an Excel 97–2003 workbook (what WPS saves by default in many offices),
  written with xlwt when it is installed (`pip install xlwt`: only this script needs it; ipcase reads .xls with
  xlrd). The tests hold that it reads exactly like the .xlsx.

`broken_rows()` is a ledger with every kind of row problem, for the tests (written to a temporary folder)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ipcase.domain.identifiers import patent_check_char  # noqa: E402

HEADERS = ("序号", "案号", "收到日期", "立案日期", "请求人", "被请求人", "专利号", "专利类型", "专利名称", "案由",
           "承办人", "结案日期", "结案方式", "备注")
WIDTHS = (6, 24, 13, 13, 26, 26, 22, 10, 22, 26, 10, 13, 16, 24)


def patent(year: int, kind: int, serial: int) -> str:
    digits = f"{year}{kind}{serial:07d}"
    return f"ZL{digits}.{patent_check_char(digits)}"


def example_rows(short_name: str = "示例市") -> list[tuple]:
    n = lambda y, k: f"{short_name}知裁字〔{y}〕{k}号"  # noqa: E731
    d = date
    return [
        (1, n(2023, 1), d(2023, 2, 6), d(2023, 2, 10), "苏州明达电器有限公司", "昆山利丰商行",
         patent(2019, 2, 123456), "实用新型", "一种电水壶", "专利侵权纠纷", "张伟", d(2023, 5, 8), "调解结案", ""),
        (2, n(2023, 2), "2023.3.14", "2023.3.20", "王建国", "无锡恒通机械厂", patent(2018, 1, 345678), "发明",
         "一种齿轮箱", "专利侵权纠纷", "李娜", "2023.6.19", "行政裁决：侵权成立", "已责令停止制造、销售"),
        (3, n(2023, 3), "2023年4月3日", "2023年4月7日", "上海星光照明科技有限公司", "南通市崇川区亮亮灯具店",
         patent(2020, 3, 98765), "外观设计", "灯具", "外观设计专利侵权纠纷", "张伟", "2023年7月10日",
         "请求人撤回", "双方和解后撤回"),
        (4, "", d(2023, 5, 15), None, "杭州云帆网络科技有限公司", "李某", patent(2021, 2, 22222), "实用新型",
         "一种手机支架", "", "", d(2023, 5, 19), "不予受理", "已向法院起诉"),
        (5, n(2023, 4), d(2023, 6, 1), d(2023, 6, 5), "常州天宁纺织有限公司、常州天宁家纺有限公司",
         "江阴市美佳服饰有限公司", patent(2017, 1, 456789), "发明", "一种面料的整理方法", "专利侵权纠纷", "赵敏",
         d(2023, 9, 28), "行政裁决：驳回请求", "现有技术抗辩成立"),
        (6, n(2024, 1), "2024.1.8", "2024.1.12", "扬州宏达玩具有限公司", "扬州市邗江区童乐玩具经营部",
         patent(2022, 3, 11111), "外观设计", "玩具车", "外观设计专利侵权纠纷", "陈明", "2024.4.2", "调解结案",
         "承办人已调离"),
        (7, n(2024, 2), d(2024, 3, 11), d(2024, 3, 15), "徐州重工机械有限公司", "宿迁市恒力机械有限公司",
         patent(2016, 1, 567890), "发明", "一种液压支架", "专利侵权纠纷", "李娜", d(2024, 7, 15), "移送", "管辖权异议成立"),
        (8, n(2024, 3), "2024年5月6日", "2024年5月10日", "泰州康宁医疗器械有限公司", "泰州市海陵区某医疗用品店",
         patent(2021, 2, 33333), "实用新型", "一种输液架", "专利侵权纠纷", "张伟", "2024年8月19日",
         "行政裁决：侵权成立", ""),
        (9, n(2025, 1), d(2025, 2, 10), d(2025, 2, 14), "南京智造科技有限公司", "镇江市京口区创新电子商行",
         patent(2022, 2, 44444), "实用新型", "一种充电器", "电商平台专利侵权纠纷", "赵敏", None, "", "电商案件"),
        (10, n(2025, 2), "2025.3.4", "2025.3.7", "盐城绿源环保设备有限公司", "淮安市清河区环宇设备厂",
         patent(2020, 1, 678901), "发明", "一种除尘装置", "专利侵权纠纷", "李娜", None, "", "中止后恢复"),
        (11, "", "2025年11月3日", None, "连云港海天食品机械有限公司", "连云港市海州区张某", patent(2023, 2, 55555),
         "实用新型", "一种封口机", "专利侵权纠纷", "张伟", None, "", "待立案审查"),
        (12, n(2025, 3), d(2025, 4, 21), d(2025, 4, 25), "苏州工业园区晶华光电有限公司", "苏州市吴中区晨曦照明店",
         patent(2019, 3, 66666), "外观设计", "路灯", "外观设计专利侵权纠纷", "赵敏", d(2025, 6, 30), "调解结案", ""),
    ]


def broken_rows(short_name: str = "示例市") -> list[tuple]:
    """One row per kind of problem (the comment says which), after a good first row."""
    n = lambda y, k: f"{short_name}知裁字〔{y}〕{k}号"  # noqa: E731
    good = patent(2019, 2, 123456)
    return [
        (1, n(2024, 11), "2024-03-01", "2024-03-05", "甲公司", "乙公司", good, "实用新型", "", "", "", "", "", "good"),
        (2, n(2024, 12), "2024.13.1", "2024-03-05", "甲公司", "丙公司", good, "", "", "", "", "", "", "bad date"),
        (3, n(2024, 13), "2024-03-01", "2024-03-05", "甲公司", "丁公司", "ZL201920123456.1", "", "", "", "", "",
         "", "check digit"),
        (4, n(2024, 14), "2024-03-01", "2024-03-05", "", "戊公司", good, "", "", "", "", "", "", "no requester"),
        (5, n(2024, 15), "2024-03-06", "2024-03-05", "甲公司", "己公司", good, "", "", "", "", "", "",
         "registered before received"),
        (6, n(2024, 16), "2024-03-01", "2024-03-05", "甲公司", "庚公司", good, "外观设计", "", "", "", "", "",
         "type mismatch"),
        (7, n(2024, 17), "2024-03-01", "2024-03-05", "甲公司", "辛公司", good, "", "", "", "", "2024-06-01", "",
         "closed without method"),
        (8, n(2024, 18), "2024-03-01", "2024-03-05", "甲公司", "壬公司", good, "", "", "", "", "2024-06-01",
         "另案处理", "unknown method"),
        (9, "", "2024-03-01", "2024-03-05", "甲公司", "癸公司", good, "", "", "", "", "", "", "registered, no 案号"),
        (10, n(2024, 11), "2024-03-01", "2024-03-05", "甲公司", "乙公司", good, "", "", "", "", "", "",
         "案号 repeated"),
        (11, n(2024, 20), "2030-01-01", "", "甲公司", "子公司", good, "", "", "", "", "", "", "future"),
        (12, n(2024, 21), "2024-03-01", "2024-03-05", "甲公司\x07", "丑公司", good, "", "", "", "", "", "",
         "control char"),
        (13, n(2024, 22), "2024-03-01", "2024-03-05", "甲" * 301, "寅公司", good, "", "", "", "", "", "",
         "too long"),
        (14, n(2024, 23), "2010-03-01", "2010-03-05", "甲公司", "卯公司", patent(2019, 2, 777), "", "", "", "", "",
         "", "patent filed after"),
        (15, n(2024, 24), "", "", "甲公司", "辰公司", good, "", "", "", "", "", "", "no date"),
        (16, n(2024, 25), "2024-03-01", "2024-03-05", "甲公司", "巳公司", good, "", "", "", "", "2024-02-01",
         "调解", "closed before registered"),
        (17, n(2024, 26), "2024-03-01", "2024-03-05", "甲公司", "午公司", good, "", "", "", "", "", "调解",
         "method without date"),
        (18, n(2024, 27), "2024-03-01", "2024-03-05", "甲公司", "未公司", good, "", "", "", "", "2024-05-01",
         "不予受理", "not accepted but registered"),
    ]


def _fill(ws, rows, *, title: str, unit: str) -> None:
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([unit])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    ws.append(list(HEADERS))
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def write_ledger(path: Path, rows, *, title: str = "示例市市场监督管理局专利侵权纠纷案件台账",
                 unit: str = "填报单位：示例市市场监督管理局（知识产权局）          单位：件") -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "台账"
    _fill(ws, rows, title=title, unit=unit)
    book.save(path)
    return path


def write_template(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "台账"
    _fill(ws, [], title="专利侵权纠纷案件台账", unit="填报单位：                    （日期写 2025-03-04、2025.3.4 或 "
          "2025年3月4日；多个当事人用顿号分隔；结案方式写 调解结案 / 行政裁决：侵权成立 / 行政裁决：驳回请求 / "
          "请求人撤回 / 移送 / 不予受理）")
    book.save(path)
    return path


def write_xls_ledger(path: Path, rows, *, title: str = "示例市市场监督管理局专利侵权纠纷案件台账",
                     unit: str = "填报单位：示例市市场监督管理局（知识产权局）          单位：件") -> Path:
    """The same ledger as write_ledger, in the BIFF8 (.xls) format: merged title and unit rows, dates as dates."""
    import xlwt
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("台账")
    bold = xlwt.easyxf("font: bold on")
    dated = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write_merge(0, 0, 0, len(HEADERS) - 1, title, xlwt.easyxf("font: bold on, height 320; align: horiz center"))
    ws.write_merge(1, 1, 0, len(HEADERS) - 1, unit)
    for c, header in enumerate(HEADERS):
        ws.write(2, c, header, bold)
        ws.col(c).width = 256 * WIDTHS[c]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row):
            ws.write(r, c, value, dated) if isinstance(value, date) else ws.write(r, c, value)
    book.save(str(path))
    return path


def main() -> int:
    out = ROOT / "examples"
    out.mkdir(exist_ok=True)
    print(write_ledger(out / "台账示例.xlsx", example_rows()))
    print(write_template(out / "台账模板.xlsx"))
    try:
        print(write_xls_ledger(out / "台账示例.xls", example_rows()))
    except ImportError:
        print("xlwt not installed: examples/台账示例.xls left as it is")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
