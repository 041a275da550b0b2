"""Compile the Qt Designer forms (forms/*.ui) into ui/generated/ui_*.py with pyside6-uic.

    python tools/compile_forms.py          # (re)write every generated file
    python tools/compile_forms.py --check  # exit 1 if a generated file is missing or stale

tests/ui/shell/test_forms_compiled.py runs the same comparison, so a .ui edited without recompiling fails CI.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
GENERATED = ROOT / "ui" / "generated"

HEADER = (
    "# Generated from forms/{name} by tools/compile_forms.py with pyside6-uic. DO NOT EDIT.\n"
    "# Change the .ui file in Qt Designer, then run: python tools/compile_forms.py\n"
    "# ruff: noqa\n"
)


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return [exe]


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def body(text: str) -> str:
    """The code without leading comment lines (our header, uic's banner with its version number)."""
    lines = text.splitlines()
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith("#")):
        i += 1
    return "\n".join(lines[i:]).strip() + "\n"


def compile_form(ui_file: Path) -> str:
    """The generated module's full text for `ui_file` (header + uic output without its banner)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.py"
        subprocess.run([*uic_command(), "-g", "python", str(ui_file),
                        "-o", str(out)], check=True)
        code = out.read_text(encoding="utf-8")
    return HEADER.format(name=ui_file.name) + "\n" + body(code)


def stale_forms() -> list[str]:
    problems = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = target_for(ui_file)
        if not target.exists():
            problems.append(f"{target.relative_to(ROOT)} is missing")
        elif body(target.read_text(encoding="utf-8")) != body(compile_form(ui_file)):
            problems.append(f"{target.relative_to(ROOT)} does not match {ui_file.relative_to(ROOT)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale generated files")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_forms()
        for p in problems:
            print(p)
        return 1 if problems else 0
    GENERATED.mkdir(parents=True, exist_ok=True)
    init = GENERATED / "__init__.py"
    if not init.exists():
        init.write_text('"""Code generated from forms/*.ui by tools/compile_forms.py. Do not edit."""\n')
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = target_for(ui_file)
        target.write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
