"""`python main.py documents …`: render a document of a case to DOCX/PDF, export issued ones, bind the case
file — for scripts and batch printing. Rendering here is a draft (no 文号); issuing stays a user gesture in
the application, where the clerk's name goes on the record."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, prepare_database
from ipcase.domain.documents.types import BY_KEY, CATALOG

RENDER_HELP = """\
Fields: a field left out is filled from the case record where the application would pre-fill it (the
"prefilled" fields of `documents fields --type TYPE`); a required field that is neither given nor on record is
named in the error.

The 专利侵权纠纷调解协议书 (--type mediation_agreement, no --party: it is addressed to both sides):
  history  调解经过 (required; prefilled from the 调解 tab's agreement, else "本局于…立案受理后，在本局主持下，
           双方当事人自愿达成如下协议：")
  terms    协议内容, one term a line, numbered when printed (required; prefilled from the 调解 tab's agreement
           or the mediated closing)
The agreement prints both sides' party blocks, the case's 案号 and cause, a signature line for every requester
and respondent, the panel and the office's seal and date.
example:
  python main.py documents render --case 1 --type mediation_agreement \\
      --field "terms=被请求人停止销售涉案产品\\n被请求人赔偿请求人经济损失2万元" --out out/
"""


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="documents_command", metavar="ACTION", required=True)
    sub.add_parser("types", help="list the document types")
    p = sub.add_parser("list", help="list the issued documents of a case")
    p.add_argument("--case", required=True, help="case id or 案号")
    p = sub.add_parser("fields", help="list the fields of a document type (what --field NAME=TEXT takes)")
    p.add_argument("--type", required=True, choices=[d.key for d in CATALOG])
    p = sub.add_parser("render", help="render a draft of a document for a case (DOCX and PDF)",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=RENDER_HELP)
    p.add_argument("--case", required=True, help="case id or 案号")
    p.add_argument("--type", required=True, choices=[d.key for d in CATALOG])
    p.add_argument("--party", type=int, help="addressee party id")
    p.add_argument("--subject", type=int, help="id of the issued document it refers to")
    p.add_argument("--field", action="append", default=[], metavar="NAME=TEXT",
                   help="the text of a field (repeatable; `\\n` starts a new line); see `documents fields`")
    p.add_argument("--out", type=Path, default=Path("."))
    p = sub.add_parser("export", help="write an issued document's DOCX and PDF")
    p.add_argument("--id", type=int, required=True, help="document id (see `list`)")
    p.add_argument("--out", type=Path, default=Path("."))
    p = sub.add_parser("bind", help="assemble the case file (案卷) as one PDF")
    p.add_argument("--case", required=True, help="case id or 案号")
    p.add_argument("--out", type=Path, required=True, help="PDF file to write")


def case_id(uow, key: str) -> int:
    from sqlalchemy import select

    from ipcase.db.models.cases import Case
    from ipcase.errors import NotFound

    if key.isdigit():
        return int(key)
    found = uow.session.scalar(select(Case.id).where(Case.case_number == key))
    if found is None:
        raise NotFound("case", key)
    return found


def run(args: argparse.Namespace) -> int:
    from ipcase.errors import IpcaseError

    clock = make_clock(getattr(args, "today", None))
    db = prepare_database(args, clock)
    try:
        return _run(args, db.new_uow, clock, sys.stdout)
    except IpcaseError as e:
        print(f"错误：{e}", file=sys.stderr)
        return 2
    finally:
        db.engine.dispose()


def _run(args, new_uow, clock, out) -> int:
    # Rendering and binding pull in reportlab, python-docx and pypdf: loaded only when a command needs them.
    from ipcase.documents.casefile import bind_case_file
    from ipcase.dto.documents import DocumentDraft
    from ipcase.errors import ValidationErrors
    from ipcase.queries.documents import register as q
    from ipcase.services.documents.issue import preview_document

    action = args.documents_command
    if action == "types":
        for d in CATALOG:
            print(f"{d.key}\t{d.title}", file=out)
        return 0
    if action == "fields":
        for f in BY_KEY[args.type].fields:
            print("\t".join((f.name, "required" if f.required else "optional", "lines" if f.multiline else "one line",
                             "prefilled" if f.source else "")).rstrip(), file=out)
        return 0
    if action == "export":
        args.out.mkdir(parents=True, exist_ok=True)
        with new_uow() as uow:
            for kind in ("pdf", "docx"):
                name, data = q.document_file(uow, document_id=args.id, kind=kind)
                (args.out / name).write_bytes(data)
                print(args.out / name, file=out)
        return 0
    with new_uow() as uow:
        cid = case_id(uow, args.case)
        if action == "list":
            for d in q.case_documents(uow, cid).documents:
                print(f"{d.id}\t{d.number}\t{d.title}\t{d.addressee}\t{d.issued_at:%Y-%m-%d}", file=out)
            return 0
        if action == "render":
            draft = DocumentDraft(args.type, _fields(args, q.draft_defaults(uow, case_id=cid)), party_id=args.party,
                                  subject_id=args.subject)
            try:
                r = preview_document(uow, case_id=cid, draft=draft, now=clock.now())
            except ValidationErrors as e:
                for x in e.errors:
                    print(f"错误：{_missing(x)}", file=sys.stderr)
                return 2
            args.out.mkdir(parents=True, exist_ok=True)
            for suffix, data in (("pdf", r.pdf), ("docx", r.docx)):
                path = args.out / f"{args.type}-{cid}.{suffix}"
                path.write_bytes(data)
                print(path, file=out)
            return 0
        data = q.case_file_input(uow, case_id=cid)
    pdf, pages = bind_case_file(data, today=clock.today())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(pdf)
    print(f"{args.out}（{len(data.parts)} 件，{pages} 页）", file=out)
    return 0


def _fields(args, prefilled: dict[str, str]) -> dict[str, str]:
    """The --field texts (a typed `\\n` is a new line), and for a field left out what the record pre-fills."""
    typed = {name: text.replace("\\n", "\n") for name, text in (f.split("=", 1) for f in args.field if "=" in f)}
    for f in BY_KEY[args.type].fields:
        if f.name not in typed and f.source and prefilled.get(f.source):
            typed[f.name] = prefilled[f.source]
    return typed


def _missing(error) -> str:
    """A refused draft in the command's own words: which option to add."""
    option = {"party_id": "--party ID", "subject_id": "--subject ID"}.get(error.field)
    if error.field.startswith("fields.") and error.reason == "required":
        option = f"--field {error.field.removeprefix('fields.')}=…"
    if option and error.reason == "required":
        return f"缺少必填内容，请加上 {option}（见 documents fields）"
    return f"{error.field}：{error.reason} {error.detail or ''}".rstrip()


COMMAND = Command("documents", "render documents and bind case files (scripts, batch printing)", configure, run)
