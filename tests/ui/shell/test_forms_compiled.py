"""Every Designer form has a generated module, and it matches the .ui (recompile with tools/compile_forms.py)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _compile_forms():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "tools" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("compile_forms", module)
    spec.loader.exec_module(module)
    return module


def test_there_are_forms():
    names = {f.name for f in FORMS}
    assert {"login_dialog.ui", "request_dialog.ui"} <= names


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_generated_file_matches_form(ui_file: Path):
    tool = _compile_forms()
    target = tool.target_for(ui_file)
    assert target.exists(), f"{target} is missing: run python tools/compile_forms.py"
    text = target.read_text(encoding="utf-8")
    assert "DO NOT EDIT" in text.splitlines()[0]
    assert tool.body(text) == tool.body(tool.compile_form(ui_file)), (
        f"{target.name} is stale: run python tools/compile_forms.py")


def test_stale_file_is_detected(tmp_path):
    tool = _compile_forms()
    ui_file = ROOT / "forms" / "login_dialog.ui"
    edited = tmp_path / "login_dialog.ui"
    edited.write_text(ui_file.read_text(encoding="utf-8").replace("用户名(&amp;U)", "账号(&amp;U)"), encoding="utf-8")
    current = tool.target_for(ui_file).read_text(encoding="utf-8")
    assert tool.body(current) != tool.body(tool.compile_form(edited))
