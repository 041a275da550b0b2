"""The layering of ARCHITECTURE.md, enforced by an `ast` scan of every import (module level, inside
functions, under TYPE_CHECKING, relative, and importlib.import_module/__import__ with a literal name)."""
from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

QT = ("PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt4", "PyQt5", "PyQt6", "sip")
DATABASE = ("sqlalchemy", "alembic", "ipcase.db")
RENDERERS = ("docx", "docxtpl", "reportlab")
DOMAIN_ALLOWED_PACKAGES = ("chinese_calendar", "stdnum", "ipcase.domain", "ipcase.errors")


@dataclass(frozen=True)
class Import:
    path: Path
    line: int
    names: tuple[str, ...]  # the module, plus module.attr for each `from module import attr`
    statement: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT).as_posix()}:{self.line}: {self.statement}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(path: Path, level: int, module: str | None) -> str:
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()  # a module's relative imports start from its package
    if level > 1:
        package = package[: len(package) - (level - 1)]
    return ".".join([*package, *([module] if module else [])])


def imports_in_source(source: str, path: Path) -> Iterator[Import]:
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(path, node.lineno, (alias.name,), f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            base = _resolve_relative(path, node.level, node.module) if node.level else node.module or ""
            for alias in node.names:
                names = (base,) if alias.name == "*" else (base, f"{base}.{alias.name}")
                statement = f"from {'.' * node.level}{node.module or ''} import {alias.name}"
                yield Import(path, node.lineno, names, statement)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield Import(path, node.lineno, (node.args[0].value,), f"{called}({node.args[0].value!r})")


def _python_files(folder: str, *, exclude: tuple[str, ...] = ()) -> list[Path]:
    files = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if not any(rel.startswith(prefix) for prefix in exclude):
            files.append(path)
    return files


def _imports(folder: str, *, exclude: tuple[str, ...] = ()) -> Iterator[Import]:
    for path in _python_files(folder, exclude=exclude):
        yield from imports_in_source(path.read_text(encoding="utf-8"), path)


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def forbidden(imports: Iterator[Import], prefixes: tuple[str, ...]) -> list[str]:
    found = []
    for imp in imports:
        if any(_within(n, prefixes) for n in imp.names):
            found.append(str(imp))
    return found


def outside_allow_list(imports: Iterator[Import], allowed: tuple[str, ...]) -> list[str]:
    found = []
    for imp in imports:
        name = imp.names[-1]  # the most specific: `from ipcase import errors` is ipcase.errors
        if name.split(".")[0] in sys.stdlib_module_names or _within(name, allowed):
            continue
        found.append(str(imp))
    return found


def _assert_clean(rule: str, violations: list[str]) -> None:
    if violations:
        pytest.fail(f"{rule}:\n  " + "\n  ".join(violations), pytrace=False)


# ---------------------------------------------------------------- the rules

def test_core_never_imports_qt():
    _assert_clean("ipcase/ must not import Qt (ARCHITECTURE: runs headless)", forbidden(_imports("ipcase"), QT))


def test_ui_never_imports_database_or_renderers():
    _assert_clean(
        "ui/ must not import the database layer or document renderers (go through services/queries)",
        forbidden(_imports("ui", exclude=("ui/generated/",)), DATABASE + RENDERERS),
    )


def test_domain_is_pure():
    _assert_clean(
        f"ipcase/domain/ may import only the stdlib and {', '.join(DOMAIN_ALLOWED_PACKAGES)}",
        outside_allow_list(_imports("ipcase/domain"), DOMAIN_ALLOWED_PACKAGES),
    )


def test_documents_never_touch_the_database():
    _assert_clean(
        "ipcase/documents/ must not import the database layer (it renders DTOs)",
        forbidden(_imports("ipcase/documents"), DATABASE),
    )


def test_the_scan_sees_the_tree():
    scanned = {p.relative_to(ROOT).as_posix() for p in _python_files("ipcase")}
    assert "ipcase/errors.py" in scanned
    assert "ipcase/domain/identifiers.py" in scanned
    assert any(i.names == ("ipcase.errors", "ipcase.errors.ValidationFailed")
               for i in _imports("ipcase/domain"))


# ---------------------------------------------------------------- the scanner itself

def _scan(source: str, rel: str) -> list[Import]:
    return list(imports_in_source(source, ROOT / rel))


def test_scanner_finds_imports_inside_functions_and_type_checking():
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    import sqlalchemy.orm\n"
        "def f():\n"
        "    from PySide6.QtCore import QObject\n"
        "    return QObject\n"
    )
    found = forbidden(iter(_scan(source, "ipcase/services/x.py")), QT + DATABASE)
    assert found == [
        "ipcase/services/x.py:3: import sqlalchemy.orm",
        "ipcase/services/x.py:5: from PySide6.QtCore import QObject",
    ]


def test_scanner_resolves_relative_imports():
    assert _scan("from ..db import models\n", "ipcase/documents/ctx.py")[0].names == (
        "ipcase.db", "ipcase.db.models")
    assert _scan("from .. import db\n", "ipcase/documents/ctx.py")[0].names == ("ipcase", "ipcase.db")
    assert _scan("from . import enums\n", "ipcase/domain/__init__.py")[0].names == (
        "ipcase.domain", "ipcase.domain.enums")
    assert _scan("from .enums import PatentType\n", "ipcase/domain/x.py")[0].names == (
        "ipcase.domain.enums", "ipcase.domain.enums.PatentType")
    assert forbidden(iter(_scan("from .. import db\n", "ipcase/documents/ctx.py")), DATABASE) == [
        "ipcase/documents/ctx.py:1: from .. import db"]


def test_scanner_sees_dynamic_imports():
    source = "import importlib\nimportlib.import_module('PyQt6.QtWidgets')\n__import__('shiboken6')\n"
    assert len(forbidden(iter(_scan(source, "ipcase/x.py")), QT)) == 2


def test_allow_list():
    source = (
        "from __future__ import annotations\n"
        "import datetime, re\n"
        "from stdnum.cn import uscc\n"
        "import chinese_calendar\n"
        "from ipcase import errors\n"
        "from ipcase.domain.enums import PatentType\n"
        "from . import periods\n"
        "from ipcase import services\n"
        "import sqlalchemy\n"
        "from ipcase.dto import CaseDTO\n"
        "import requests\n"
    )
    found = outside_allow_list(iter(_scan(source, "ipcase/domain/x.py")), DOMAIN_ALLOWED_PACKAGES)
    assert found == [
        "ipcase/domain/x.py:8: from ipcase import services",
        "ipcase/domain/x.py:9: import sqlalchemy",
        "ipcase/domain/x.py:10: from ipcase.dto import CaseDTO",
        "ipcase/domain/x.py:11: import requests",
    ]


def test_prefixes_match_whole_module_names():
    assert not _within("docxcompose", RENDERERS)
    assert not _within("ipcase.dbtools", DATABASE)
    assert _within("docx.oxml", RENDERERS)
