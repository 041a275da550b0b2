"""The English catalogue is regenerated from the sources (`python tools/update_translations.py`): a message added,
changed or removed in ui/, main.py or forms/ without regenerating it fails here. Locations are ignored."""
from __future__ import annotations

from tools import update_translations as catalogue


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
