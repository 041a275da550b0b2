"""Regenerate the English catalogue resources/translations/ipcase_en.ts from the sources with pyside6-lupdate.

    python tools/update_translations.py            # rewrite the catalogue (translations already made are kept)
                                                   # and compile it to ipcase_en.qm (pyside6-lrelease)
    python tools/update_translations.py --check    # exit 1 when the catalogue misses or keeps a message,
                                                   # leaves one untranslated, or the .qm is not its compilation

Sources: every ui/ module but the generated forms, main.py and forms/*.ui (where `tr()`, `self.tr()` and
QT_TRANSLATE_NOOP strings live; ui/common/i18n.py explains the contexts). Messages that left the sources are
dropped (-no-obsolete). A new message arrives "unfinished" (lupdate may even guess a translation from a similar
text: a guess is not a translation); the English UI is complete only when no message is unfinished.
tests/test_translations.py fails when the committed catalogue is stale, incomplete, or not what the .qm holds.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "translations" / "ipcase_en.ts"
COMPILED = CATALOGUE.with_suffix(".qm")


# Core tables whose Chinese the window shows through `tr_ctx(context, text)` (the statistics' [U] definitions and
# ranking measures are printed in the reports too, so they live in the core). lupdate reads only literals: their
# strings go into a generated source it reads with the others.
CORE_TEXTS = {
    "statistics": ("ipcase.domain.statistics.counting:DEFINITIONS", "ipcase.reports.periodic:RANKING_INDICATORS"),
}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, (tuple, list)):
        return [s for item in value for s in _strings(item)]
    return []


def core_texts_source() -> str:
    """A Python source of QT_TRANSLATE_NOOP(context, text) lines for every string of the CORE_TEXTS tables."""
    import importlib
    import json
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for context, tables in CORE_TEXTS.items():
        for table in tables:
            module, name = table.split(":")
            for text in dict.fromkeys(_strings(getattr(importlib.import_module(module), name))):
                lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})")
    return "\n".join(lines) + "\n"


def sources() -> list[Path]:
    ui = [p for p in sorted((ROOT / "ui").rglob("*.py")) if "generated" not in p.relative_to(ROOT / "ui").parts]
    return [*ui, ROOT / "main.py", *sorted((ROOT / "forms").glob("*.ui"))]


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) of the PySide6 this interpreter runs (the one next to it
    in a virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def lupdate_command() -> str:
    return qt_tool("pyside6-lupdate")


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    """lrelease: the binary catalogue QTranslator loads (unfinished messages are left out of it)."""
    subprocess.run([qt_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True,
                   stdout=subprocess.DEVNULL)


def compiled_is_current() -> bool:
    """The committed .qm is byte for byte what lrelease makes of the committed .ts."""
    with tempfile.TemporaryDirectory(prefix="ipcase-lrelease-") as tmp:
        fresh = Path(tmp) / COMPILED.name
        compile_catalogue(CATALOGUE, fresh)
        return COMPILED.exists() and fresh.read_bytes() == COMPILED.read_bytes()


def untranslated(ts_file: Path) -> set[tuple[str, str, str]]:
    """Live messages without a finished translation (empty, or marked unfinished: lupdate's guesses included)."""
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None or kind == "unfinished" or not (translation.text or "").strip():
                found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def translations(ts_file: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, comment) → finished translation."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or "").strip():
                continue
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = translation.text
    return found


def extract(target: Path) -> None:
    """Run lupdate over the sources (and the core tables' texts) into `target`, merged with what it already holds."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    with tempfile.TemporaryDirectory(prefix="ipcase-core-texts-") as tmp:
        core = Path(tmp) / "core_texts.py"
        core.write_text(core_texts_source(), encoding="utf-8")
        subprocess.run([lupdate_command(), *files, str(core), "-no-obsolete", "-source-language", "zh_CN",
                        "-target-language", "en", "-ts", str(target)],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def messages(ts_file: Path) -> set[tuple[str, str, str]]:
    """The (context, source, disambiguation comment) of every live message; locations and line numbers ignored."""
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def fresh_messages() -> set[tuple[str, str, str]]:
    with tempfile.TemporaryDirectory(prefix="ipcase-lupdate-") as tmp:
        target = Path(tmp) / "ipcase_en.ts"
        extract(target)
        return messages(target)


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when the catalogue is stale")
    args = parser.parse_args(argv)
    if args.check:
        fresh, committed = fresh_messages(), messages(CATALOGUE)
        todo = untranslated(CATALOGUE)
        for label, diff in (("missing", fresh - committed), ("no longer in the sources", committed - fresh),
                            ("untranslated", todo)):
            for context, source, _comment in sorted(diff):
                print(f"{label}: [{context}] {source}")
        current = compiled_is_current()
        if not current:
            print(f"{COMPILED.relative_to(ROOT)} is not the compilation of {CATALOGUE.relative_to(ROOT)}")
        return 1 if fresh != committed or todo or not current else 0
    extract(CATALOGUE)
    compile_catalogue(CATALOGUE, COMPILED)
    todo = untranslated(CATALOGUE)
    print(f"updated {CATALOGUE.relative_to(ROOT)}: {len(messages(CATALOGUE))} messages, {len(todo)} untranslated; "
          f"compiled {COMPILED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(cli())
