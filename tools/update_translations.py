"""Regenerate the English catalogue resources/translations/ipcase_en.ts from the sources with pyside6-lupdate.

    python tools/update_translations.py            # rewrite the catalogue (translations already made are kept)
    python tools/update_translations.py --check    # exit 1 when the catalogue misses or keeps a message

Sources: every ui/ module but the generated forms, main.py and forms/*.ui (where `tr()`, `self.tr()` and
QT_TRANSLATE_NOOP strings live; ui/common/i18n.py explains the contexts). Messages that left the sources are
dropped (-no-obsolete). tests/test_translations.py fails when the committed catalogue is stale.
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


def sources() -> list[Path]:
    ui = [p for p in sorted((ROOT / "ui").rglob("*.py")) if "generated" not in p.relative_to(ROOT / "ui").parts]
    return [*ui, ROOT / "main.py", *sorted((ROOT / "forms").glob("*.ui"))]


def lupdate_command() -> str:
    """The lupdate of the PySide6 this interpreter runs (the one next to it in a virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6 (pip install -e .)")
    return found


def extract(target: Path) -> None:
    """Run lupdate over the sources into `target` (merged with what `target` already holds)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([lupdate_command(), *files, "-no-obsolete", "-source-language", "zh_CN",
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
        for label, diff in (("missing", fresh - committed), ("no longer in the sources", committed - fresh)):
            for context, source, _comment in sorted(diff):
                print(f"{label}: [{context}] {source}")
        return 1 if fresh != committed else 0
    extract(CATALOGUE)
    print(f"updated {CATALOGUE.relative_to(ROOT)}: {len(messages(CATALOGUE))} messages")
    return 0


if __name__ == "__main__":
    sys.exit(cli())
