"""The Jinja2 environment of the document templates (resources/templates/*.txt, markup of blocks.py).

An office adapts wording or letterhead by putting a file of the same name in its own template folder
(`<data dir>/templates/`), which is searched before the bundled one; no code changes.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ipcase.documents.blocks import MARKERS, SOFT_BREAK
from ipcase.documents.citations import Citations
from ipcase.documents.numerals import chinese_numeral, copies
from ipcase.domain.documents.sections import section_label
from ipcase.resources import TEMPLATES


def cn_date(value: date | datetime | None) -> str:
    """GB/T 9704 form: Arabic numerals, full year, no zero padding — 2025年2月1日."""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def cn_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{cn_date(value)}{value.hour}时{value.minute:02d}分" if value.minute else f"{cn_date(value)}{value.hour}时"


class Lines(str):
    """Text already split into markup lines (from `paras`): finalize leaves its line breaks alone."""


def finalize(value) -> str:
    """Every `{{ … }}` goes through here: dates in the official form, and no value can break a line (a new
    line in a value would otherwise start a new block, or a `|` a new table cell)."""
    if value is None:
        return ""
    if isinstance(value, Lines):
        return str(value)
    if isinstance(value, datetime):
        return cn_datetime(value)
    if isinstance(value, date):
        return cn_date(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return text.replace("\n", SOFT_BREAK).replace("|", "｜")


def without_label(text: str, label: str) -> str:
    """The text without its section label when the clerk typed it too (请求人称：…): the template prints the
    label, so it must not appear twice. "请求人称：", "请求人称:" and "请求人称，" all count; a label standing
    alone on the first line goes with its line."""
    text = str(text or "").lstrip()
    name = label.rstrip("：:").strip()
    if name and text.startswith(name):
        rest = text[len(name):]
        if not rest or rest[0] in "：:，, \t\r\n":
            return rest[1:].lstrip() if rest else ""
    return text


def paras(value, numbered: bool = False, label: str = "") -> Lines:
    """Free text as body paragraphs, one per non-empty line; `numbered` prefixes 1. 2. … when the
    clerk did not number them; `label` is the heading the template prints before it (see without_label).
    A line that starts with a markup character is kept literal."""
    if label:
        value = without_label(value, label)
    lines = [ln.strip() for ln in str(value or "").replace("\r", "\n").split("\n") if ln.strip()]
    if numbered and len(lines) > 1 and not lines[0][:1].isdigit() and not lines[0].startswith("（"):
        lines = [f"{i}. {ln}" for i, ln in enumerate(lines, 1)]
    return Lines("\n".join(("\\" + ln if ln[0] in MARKERS else ln).replace("|", "｜") for ln in lines))


def box(checked: bool) -> str:
    # □ and ■ are in every CJK font (the bundled one has no ☑ ☐)
    return "■" if checked else "□"


@cache
def environment(office_dir: str | None = None) -> Environment:
    search = [office_dir] if office_dir and Path(office_dir).is_dir() else []
    env = Environment(loader=FileSystemLoader([*search, str(TEMPLATES)], encoding="utf-8"),
                      undefined=StrictUndefined, finalize=finalize, autoescape=False,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(cn_date=cn_date, cn_datetime=cn_datetime, paras=paras, box=box, cn=chinese_numeral, copies=copies)
    env.globals["law"] = Citations()
    env.globals["section_label"] = section_label
    return env


def render_markup(template: str, context: dict, office_dir: str | None = None) -> str:
    return environment(office_dir).get_template(template).render(context)


def template_names() -> list[str]:
    return sorted(p.name for p in Path(TEMPLATES).glob("*.txt") if not p.name.startswith("_"))
