"""`python main.py import-ledger FILE`: bring an office's Excel ledger (台账) in from the command line.

    python main.py import-ledger 台账.xlsx --user admin --dry-run          # check only: problems, duplicates
    python main.py import-ledger 台账.xlsx --user admin --mapping "涉案号码=专利号,序号=-" --rejects 未导入.xlsx
    python main.py import-ledger 台账.xlsx --user admin --merge 12,15       # rewrite these duplicates
    python main.py import-ledger --undo 3 --user admin                     # undo import no. 3 as a whole

The mapping proposed from the headers and values (and the office's last import) is printed first; `--mapping`
changes it column by column (header=字段, "-" leaves a column out)."""
from __future__ import annotations

import argparse
import sys

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database
from ipcase.domain.ledger.fields import LedgerField, column_letter, header_key
from ipcase.errors import NotFound, PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed

# Field names as the office's ledger and the wizard say them (also accepted in --mapping).
FIELD_NAMES = {
    LedgerField.CASE_NUMBER: "案号", LedgerField.RECEIVED_DATE: "收到日期", LedgerField.REGISTERED_DATE: "立案日期",
    LedgerField.REQUESTERS: "请求人", LedgerField.RESPONDENTS: "被请求人", LedgerField.PATENT_NUMBER: "专利号",
    LedgerField.PATENT_TYPE: "专利类型", LedgerField.PATENT_TITLE: "专利名称", LedgerField.PATENTEE: "专利权人",
    LedgerField.CAUSE: "案由", LedgerField.ACCUSED_PRODUCT: "涉案产品", LedgerField.OFFICER: "承办人",
    LedgerField.CLOSED_DATE: "结案日期", LedgerField.CLOSING_METHOD: "结案方式", LedgerField.REMARKS: "备注",
}
# The reasons a row is not imported, for people reading a terminal (the window has its own, translated, in
# ui/ledger/errors.py).
REASONS = {
    "required": "未填写", "date_format": "日期写法无法识别（{}）", "date_invalid": "日期不存在（{}）",
    "future": "晚于今天（{}）", "before_patent_law": "早于专利法施行日 {}", "before_received": "早于收到日期 {}",
    "before_registered": "早于立案日期 {}", "required_when_closed": "已结案的案件须填写",
    "required_when_registered": "已立案的案件须有案号", "registered_not_accepted": "不予受理的请求没有立案日期",
    "closing_unknown": "无法识别的结案方式（{}）", "format": "专利号格式不正确", "check_digit": "校验位不符（应为 {}）",
    "year": "年份不正确（{}）", "type": "专利类型位不正确（{}）", "type_mismatch": "与专利号的类型不符",
    "filed_after_received": "专利申请年 {} 晚于收到日期", "choice": "无法识别（{}）",
    "repeated_in_file": "与第 {} 行重复", "number_taken": "案号已被其他机关使用（{}）",
    "control_char": "含有不可打印字符（{}）", "line_break": "不能换行", "too_long": "超过 {} 字",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="the ledger: .xlsx or .csv (save an .xls as .xlsx first)")
    parser.add_argument("--user", required=True, help="username of an administrator or 部门负责人 (the importer)")
    parser.add_argument("--mapping", default="", help='columns to map differently: "表头=字段,表头=-"')
    parser.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    parser.add_argument("--merge", default="", help="row numbers of duplicates to rewrite from the ledger")
    parser.add_argument("--rejects", metavar="OUT.xlsx", help="write the rows not imported to this workbook")
    parser.add_argument("--undo", type=int, metavar="ID", help="undo this import as a whole")


def _field(text: str) -> str:
    text = text.strip()
    if text in ("-", ""):
        return ""
    for field, name in FIELD_NAMES.items():
        if text in (name, field.value):
            return field.value
    raise ValidationFailed("mapping", "choice", text)


def apply_overrides(headers, mapping, overrides: str) -> tuple[str, ...]:
    out = list(mapping)
    keys = [header_key(h) for h in headers]
    for pair in filter(None, (p.strip() for p in overrides.split(","))):
        header, _, field = pair.partition("=")
        if header_key(header) not in keys:
            raise ValidationFailed("mapping", "no_column", header)
        out[keys.index(header_key(header))] = _field(field)
    return tuple(out)


def reason_text(problem) -> str:
    where = f"第 {problem.row} 行" + (f" {problem.column_letter} 列" if problem.column_letter else "")
    label = FIELD_NAMES.get(LedgerField(problem.field), problem.field)
    return f"{where} {label}：{REASONS.get(problem.reason, problem.reason).format(problem.detail)}"


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ipcase import commands
    from ipcase.db.models.admin import User
    from ipcase.files import read_upload
    from ipcase.queries.ledger.imports import proposed_mapping
    from ipcase.services.ledger.importing import preview_ledger
    from ipcase.services.ledger.sheets import MAX_BYTES, read_sheet, rejects_workbook

    clock = make_clock(getattr(args, "today", None))
    now = clock.now()
    db = open_database(args, clock)
    try:
        with db.new_uow() as uow:
            user = uow.session.scalar(select(User).where(User.username == args.user))
            if user is None:
                print(f"没有用户 {args.user}", file=sys.stderr)
                return 2
            user_id, office_id = user.id, user.office_id
        if args.undo is not None:
            result = commands.run("ledger.undo_import", db.new_uow, actor_id=user_id, import_id=args.undo, now=now)
            print(f"已撤销第 {result.import_id} 次导入：删除 {result.created} 件，恢复合并前的 {result.merged} 件")
            return 0
        if not args.file:
            print("请给出台账文件", file=sys.stderr)
            return 2
        name, content = read_upload(args.file, field="file", limit=MAX_BYTES)
        sheet = read_sheet(name, content)
        with db.new_uow() as uow:
            mapping = apply_overrides(sheet.headers, proposed_mapping(uow, office_id=office_id, sheet=sheet),
                                      args.mapping)
        print(f"表头在第 {sheet.header_row} 行，数据 {len(sheet.rows)} 行。列的对应：")
        for i, (header, field) in enumerate(zip(sheet.headers, mapping, strict=True)):
            target = FIELD_NAMES[LedgerField(field)] if field else "（不导入）"
            print(f"  {column_letter(i)} {header or '（无表头）'} → {target}")
        with db.new_uow() as uow:
            report = boundary_preview(uow, preview_ledger, user_id, name, content, mapping, now)
        for problem in report.problems:
            print(reason_text(problem))
        for dup in report.duplicates:
            how = "案号相同" if dup.match == "case_number" else "专利和当事人相同"
            can = "，可合并" if dup.mergeable else ""
            case = dup.case_number or f"（未立案，编号 {dup.case_id}）"
            print(f"第 {dup.row} 行与已有案件 {case} 重复（{how}{can}）")
        print(f"可导入 {len(report.ready)} 行，有问题 {len(report.problem_rows)} 行，重复 {len(report.duplicates)} 行")
        if args.rejects and report.problems:
            reasons: dict[int, list[str]] = {}
            for p in report.problems:
                reasons.setdefault(p.row, []).append(reason_text(p))
            with open(args.rejects, "wb") as f:
                f.write(rejects_workbook(sheet, {r: "；".join(t) for r, t in reasons.items()}, reason_header="问题"))
            print(f"未导入的行已写入 {args.rejects}")
        if args.dry_run:
            return 0
        merge = tuple(int(x) for x in args.merge.split(",") if x.strip())
        result = commands.run("ledger.import_ledger", db.new_uow, actor_id=user_id, file_name=name, content=content,
                              mapping=mapping, merge_rows=merge, now=now,
                              progress=lambda done, total, _: print(f"\r{done}/{total}", end="", file=sys.stderr))
        print(file=sys.stderr)
        print(f"第 {result.import_id} 次导入：新建 {result.created} 件，合并 {result.merged} 件，"
              f"跳过重复 {result.skipped} 行，未导入 {result.rejected} 行")
        return 0
    except ValidationErrors as e:
        for err in e.errors:
            print(f"未导入：{err.field} {err.reason} {err.detail}", file=sys.stderr)
        return 2
    except ValidationFailed as e:
        print(f"未导入：{e.field} {e.reason} {e.detail}", file=sys.stderr)
        return 2
    except (PermissionDenied, NotFound, TransitionRefused) as e:
        print(f"未执行：{e}", file=sys.stderr)
        return 2
    finally:
        db.engine.dispose()


def boundary_preview(uow, fn, user_id, name, content, mapping, now):
    from ipcase.services import boundary
    return boundary.call(fn, uow, actor_id=user_id, file_name=name, content=content, mapping=mapping, now=now)


COMMAND = Command("import-ledger", "import the office's Excel ledger (台账) as cases; --dry-run checks only",
                  configure, run)
