"""The English catalogue is regenerated from the sources (`python tools/update_translations.py`): a message added,
changed or removed in ui/, main.py or forms/ without regenerating it fails here. Locations are ignored.
The English UI is complete (issue 18): every message has a finished translation that keeps its placeholders and
its keyboard shortcut, and the compiled .qm the application loads is the catalogue's."""
from __future__ import annotations

import re
from pathlib import Path

from tools import update_translations as catalogue

PLACEHOLDER = re.compile(r"%\d+|%[a-z_]+%")
MNEMONIC = re.compile(r"&(?!nbsp;|amp;|lt;|gt;)\S")


def _listing(items) -> str:
    return "\n  ".join(f"[{context}] {source!r}" for context, source, _comment in sorted(items)[:40])


def test_the_english_catalogue_matches_the_sources():
    fresh, committed = catalogue.fresh_messages(), catalogue.messages(catalogue.CATALOGUE)
    assert fresh, "lupdate found no message at all"
    missing, gone = fresh - committed, committed - fresh
    assert not (missing or gone), (
        "resources/translations/ipcase_en.ts is stale: run `python tools/update_translations.py`\n"
        f"missing ({len(missing)}):\n  {_listing(missing)}\nno longer in the sources ({len(gone)}):\n  {_listing(gone)}")


def test_messages_ignore_locations_and_vanished_entries(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>MainWindow</name>"
        '<message><location filename="../../ui/a.py" line="3"/><source>案件</source>'
        '<translation type="unfinished"></translation></message>'
        '<message><source>旧</source><translation type="vanished">old</translation></message>'
        "</context><context><name></name>"
        '<message><location filename="../../ui/b.py" line="9"/><source>第 %1 行</source>'
        "<comment>row</comment><translation>Row %1</translation></message>"
        "</context></TS>", encoding="utf-8")
    assert catalogue.messages(ts) == {("MainWindow", "案件", ""), ("", "第 %1 行", "row")}


def test_every_message_is_translated():
    todo = catalogue.untranslated(catalogue.CATALOGUE)
    assert not todo, (f"{len(todo)} messages without a finished English translation (add them to "
                      f"resources/translations/ipcase_en.ts):\n  {_listing(todo)}")


def test_translations_keep_placeholders_and_shortcuts():
    wrong = []
    for (context, source, _comment), text in catalogue.translations(catalogue.CATALOGUE).items():
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"[{context}] {source!r} → {text!r}: placeholders differ")
        if MNEMONIC.search(source) and not MNEMONIC.search(text):
            wrong.append(f"[{context}] {source!r} → {text!r}: the keyboard shortcut (&) is lost")
        if text.strip() == source.strip() and re.search(r"[\u4e00-\u9fff]", source):
            wrong.append(f"[{context}] {source!r}: 'translated' as itself")
    assert not wrong, "\n".join(wrong[:40])


def test_the_compiled_catalogue_is_the_committed_one():
    assert catalogue.compiled_is_current(), (
        f"{catalogue.COMPILED.name} is not the compilation of {catalogue.CATALOGUE.name}: "
        "run `python tools/update_translations.py`")


def test_every_translatable_context_is_a_literal():
    """lupdate reads only literal contexts: QT_TRANSLATE_NOOP(CTX, …) with a variable never reaches the catalogue
    (a whole table of headings once stayed Chinese in the English window that way)."""
    root = Path(catalogue.ROOT)
    found = [f"{p.relative_to(root)}:{n}" for p in catalogue.sources() if p.suffix == ".py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"QT_TRANSLATE_NOOP\(\s*[A-Za-z_]", line)]
    assert not found, f"QT_TRANSLATE_NOOP with a variable context: {found}"


def test_core_texts_reach_the_catalogue():
    messages = catalogue.messages(catalogue.CATALOGUE)
    from ipcase.domain.statistics.counting import DEFINITIONS
    title, text = DEFINITIONS["closure_rate"]
    assert ("statistics", title, "") in messages and ("statistics", text, "") in messages
