"""The layering of ARCHITECTURE.md and the shape of the tree, enforced by an `ast` scan of every import (module
level, inside functions, under TYPE_CHECKING, relative, and importlib.import_module/__import__ with a literal name)
and of the file names. Every rule has a test of its checker on made-up input, so that no rule passes because it
looked at nothing; every failure names the offending file:line."""
from __future__ import annotations

import ast
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

QT = ("PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt4", "PyQt5", "PyQt6", "sip")
DATABASE = ("sqlalchemy", "alembic", "ipcase.db")
RENDERERS = ("docx", "docxtpl", "reportlab")
# pure computation libraries: the holiday data, identifier checksums, the lunar calendar (festival dates)
DOMAIN_ALLOWED_PACKAGES = ("chinese_calendar", "stdnum", "lunar_python", "ipcase.domain", "ipcase.errors")
# ui/ folders that are not a feature: the shell, the common kit, and the compiled Designer forms.
UI_NOT_FEATURES = ("shell", "common", "generated")
# Kind-of-widget folders or global tables that must not come back as a back door from the shell into features.
UI_GLOBAL_TABLES = ("ui.sections", "ui.catalogue")
GENERATED = ("ui/generated/",)

# Where an import sits: at module level (runs when the module is imported), inside a function (runs when called)
# or under `if TYPE_CHECKING:` (never runs).
MODULE, FUNCTION, TYPE_CHECKING = "module", "function", "type_checking"


@dataclass(frozen=True)
class Import:
    path: Path
    line: int
    names: tuple[str, ...]  # the module, plus module.attr for each `from module import attr`
    statement: str
    scope: str = MODULE

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


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _scoped_nodes(node: ast.AST, scope: str = MODULE) -> Iterator[tuple[ast.AST, str]]:
    guarded = isinstance(node, ast.If) and _is_type_checking(node.test)
    for child in ast.iter_child_nodes(node):
        child_scope = scope
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            child_scope = FUNCTION
        elif guarded and scope == MODULE and any(child is stmt for stmt in node.body):
            child_scope = TYPE_CHECKING
        yield child, child_scope
        yield from _scoped_nodes(child, child_scope)


def imports_in_source(source: str, path: Path) -> Iterator[Import]:
    for node, scope in _scoped_nodes(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(path, node.lineno, (alias.name,), f"import {alias.name}", scope)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve_relative(path, node.level, node.module) if node.level else node.module or ""
            for alias in node.names:
                names = (base,) if alias.name == "*" else (base, f"{base}.{alias.name}")
                statement = f"from {'.' * node.level}{node.module or ''} import {alias.name}"
                yield Import(path, node.lineno, names, statement, scope)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield Import(path, node.lineno, (node.args[0].value,), f"{called}({node.args[0].value!r})", scope)


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


# ---------------------------------------------------------------- checkers of the tree's shape

def product_files() -> list[Path]:
    """The application's own code: the core, the UI (not the compiled forms) and the composition root."""
    return [*_python_files("ipcase"), *_python_files("ui", exclude=GENERATED), ROOT / "main.py"]


def _scan_files(paths: Iterable[Path]) -> Iterator[Import]:
    for path in paths:
        yield from imports_in_source(path.read_text(encoding="utf-8"), path)


def ui_features(ui_dir: Path) -> tuple[str, ...]:
    """`ui.<feature>` for every package folder of ui/ that is not the shell, the common kit or generated code."""
    return tuple(sorted(f"ui.{d.name}" for d in ui_dir.iterdir()
                        if d.is_dir() and (d / "__init__.py").exists() and d.name not in UI_NOT_FEATURES))


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and name != "_"  # `_` alone is the tr() alias


def private_imports(imports: Iterable[Import], is_module=None) -> list[str]:
    """`from x import _name`, and a `_private` module imported from outside the package that holds it."""
    is_module = is_module or _module_exists
    found = []
    for imp in imports:
        importer = _module_name(imp.path)
        modules = imp.names[-1].split(".")  # the module path, plus the imported name of a `from` import
        for i, part in enumerate(modules):
            if not _private(part):
                continue
            package = ".".join(modules[:i])
            private_module = is_module(".".join(modules[: i + 1]))
            if not private_module or not (importer == package or importer.startswith(package + ".")):
                found.append(str(imp))
            break
    return found


def _module_exists(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def crowded_prefixes(files: Iterable[Path], limit: int = 3) -> list[str]:
    """Folders where more than `limit` modules share the part of their name before the first `_`."""
    groups: dict[tuple[Path, str], list[str]] = defaultdict(list)
    for path in files:
        if path.stem != "__init__":
            groups[(path.parent, path.stem.split("_", 1)[0])].append(path.name)
    return [f"{folder.relative_to(ROOT).as_posix()}/: {len(names)} modules named {prefix}_*: {', '.join(sorted(names))}"
            for (folder, prefix), names in sorted(groups.items()) if len(names) > limit]


def _target(imp: Import, modules: set[str]) -> str | None:
    """The most specific module of the tree an import names (`from a.b import c`: a.b.c if it is a module)."""
    for name in reversed(imp.names):
        parts = name.split(".")
        while parts:
            candidate = ".".join(parts)
            if candidate in modules:
                return candidate
            parts.pop()
    return None


def package_of(module: str) -> str:
    """The unit of the package rule: `ipcase.<layer>.<feature>` (or a module one level below the layer, such as
    ipcase.services.common), `ui.<feature>`; shallower modules stand for themselves."""
    parts = module.split(".")
    return ".".join(parts[:3] if parts[0] == "ipcase" else parts[:2])


def _edges(imports: Iterable[Import], modules: set[str], scopes: tuple[str, ...], key=lambda m: m):
    edges: dict[str, dict[str, Import]] = defaultdict(dict)
    for imp in imports:
        if imp.scope not in scopes:
            continue
        target = _target(imp, modules)
        if target is None:
            continue
        source, dest = key(_module_name(imp.path)), key(target)
        if source != dest:
            edges[source].setdefault(dest, imp)
    return edges


def _strongly_connected(edges: dict[str, dict[str, Import]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (the module graph is deep enough to worry the recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    nodes = sorted(set(edges) | {d for targets in edges.values() for d in targets})
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, {}))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, {})))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found)


def _one_cycle(component: list[str], edges: dict[str, dict[str, Import]]) -> list[Import]:
    """The shortest way round the component from its first member back to it, as the imports that make it."""
    members, start = set(component), component[0]
    came_from: dict[str, tuple[str, Import]] = {}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for dest, imp in sorted(edges.get(node, {}).items()):
                if dest == start:
                    path = [imp]
                    while node != start:
                        node, step = came_from[node]
                        path.append(step)
                    return path[::-1]
                if dest in members and dest not in came_from:
                    came_from[dest] = (node, imp)
                    nxt.append(dest)
        frontier = nxt
    return []


def cycles(imports: Iterable[Import], modules: set[str], *, scopes: tuple[str, ...], key=lambda m: m) -> list[str]:
    edges = _edges(imports, modules, scopes, key)
    report = []
    for component in _strongly_connected(edges):
        steps = "\n      ".join(str(imp) for imp in _one_cycle(component, edges))
        report.append(f"{' <-> '.join(component)}, e.g.\n      {steps}")
    return report


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


def test_queries_never_import_services():
    _assert_clean(
        "ipcase/queries/ (the read side) must not import ipcase/services/ (the write side); shared loaders live in "
        "ipcase/loaders/",
        forbidden(_imports("ipcase/queries"), ("ipcase.services",)),
    )


def test_loaders_import_neither_services_nor_queries():
    files = _python_files("ipcase/loaders") + [p for p in [ROOT / "ipcase" / "loaders.py"] if p.exists()]
    _assert_clean(
        "ipcase/loaders/ is shared by both sides: it must import neither ipcase/services/ nor ipcase/queries/",
        forbidden(_scan_files(files), ("ipcase.services", "ipcase.queries")),
    )


def test_the_shell_and_the_common_kit_never_import_a_feature():
    features = ui_features(ROOT / "ui") + UI_GLOBAL_TABLES
    _assert_clean(
        "ui/shell/ and ui/common/ must not import a feature's folder (a feature plugs itself into the shell)",
        forbidden(_scan_files(_python_files("ui/shell") + _python_files("ui/common")), features),
    )


def test_no_import_cycle_between_packages():
    """Packages are `ipcase.<layer>.<feature>` and `ui.<feature>` (see package_of). Every import counts, also one
    inside a function or under TYPE_CHECKING: deferring an import hides a cycle from the interpreter, not from the
    reader who has to understand one package before the other."""
    files = product_files()
    modules = {_module_name(p) for p in files}
    _assert_clean("import cycles between packages", cycles(_scan_files(files), modules,
                                                           scopes=(MODULE, FUNCTION, TYPE_CHECKING), key=package_of))


def test_no_import_cycle_between_modules():
    """Module-level imports only. Within a package an import inside a function is the accepted way for two
    modules that call each other to load in either order, and a TYPE_CHECKING import never runs; across packages
    those are caught by test_no_import_cycle_between_packages."""
    files = product_files()
    modules = {_module_name(p) for p in files}
    _assert_clean("import cycles between modules (module-level imports)",
                  cycles(_scan_files(files), modules, scopes=(MODULE,)))


def test_no_private_name_is_imported_across_modules():
    _assert_clean(
        "a `_private` name belongs to its module: make it public, or move it to the module both use",
        private_imports(_scan_files(product_files())),
    )


def test_no_folder_has_more_than_three_modules_sharing_a_name_prefix():
    _assert_clean(
        "more than three modules of one folder share a name prefix: give them a package of their own",
        crowded_prefixes(p for p in product_files() if p.parent != ROOT),
    )


def test_migrations_never_import_live_code():
    """A revision must keep doing what it did when it was written: it freezes what it needs. env.py alone may
    import the models (autogenerate compares them with the database)."""
    env = ROOT / "ipcase" / "db" / "migrations" / "env.py"
    revisions = _python_files("ipcase/db/migrations/versions")
    assert revisions, "no migration found"
    _assert_clean("a migration must not import ipcase code", forbidden(_scan_files(revisions), ("ipcase",)))
    _assert_clean("migrations/env.py may import only ipcase.db",
                  outside_allow_list(_scan_files([env]), ("alembic", "sqlalchemy", "ipcase.db")))


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


def test_scanner_tells_where_an_import_runs():
    source = (
        "import a\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    import b\n"
        "else:\n"
        "    import c\n"
        "def f():\n"
        "    import d\n"
        "class K:\n"
        "    import e\n"
        "    def m(self):\n"
        "        if TYPE_CHECKING:\n"
        "            import g\n"
    )
    scopes = {i.names[0]: i.scope for i in _scan(source, "ipcase/x.py")}
    assert scopes == {"a": MODULE, "typing": MODULE, "b": TYPE_CHECKING, "c": MODULE, "d": FUNCTION, "e": MODULE,
                      "g": FUNCTION}


def test_read_side_rule_sees_relative_and_from_package_imports():
    source = "from ...services.common import load_calendar\nfrom ipcase import services\nfrom ipcase import dto\n"
    assert forbidden(iter(_scan(source, "ipcase/queries/cases/register.py")), ("ipcase.services",)) == [
        "ipcase/queries/cases/register.py:1: from ...services.common import load_calendar",
        "ipcase/queries/cases/register.py:2: from ipcase import services",
    ]


def test_ui_features_are_the_package_folders_but_the_shell_kit_and_forms(tmp_path):
    for name in ("shell", "common", "generated", "cases", "intake"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    (tmp_path / "resources").mkdir()  # not a package
    (tmp_path / "errors.py").write_text("")
    assert ui_features(tmp_path) == ("ui.cases", "ui.intake")
    assert "ui.cases" in ui_features(ROOT / "ui") and "ui.shell" not in ui_features(ROOT / "ui")
    source = "from ui import cases\nfrom ui.common.messages import info\nfrom ui.intake.section import View\n"
    assert forbidden(iter(_scan(source, "ui/shell/main_window.py")), ("ui.cases", "ui.intake")) == [
        "ui/shell/main_window.py:1: from ui import cases",
        "ui/shell/main_window.py:3: from ui.intake.section import View",
    ]


MADE_UP_MODULES = {"ipcase.services.cases.actions", "ipcase.services.cases", "ipcase.queries.cases.register",
                   "ipcase.queries.cases", "ipcase.errors", "ui.cases.detail", "ui.cases.table_model",
                   "ui.shell.main_window"}


def test_cycle_checker_finds_module_cycles_and_names_each_import():
    imports = [
        *_scan("from ui.cases import table_model\n", "ui/cases/detail.py"),
        *_scan("import ipcase.errors\nfrom ui.cases.detail import CaseDetailView\n", "ui/cases/table_model.py"),
        *_scan("def f():\n    from ui.cases.detail import X\n", "ui/shell/main_window.py"),
        *_scan("from ui.shell.main_window import MainWindow\n", "ui/cases/detail.py"),
    ]
    assert cycles(imports, MADE_UP_MODULES, scopes=(MODULE,)) == [
        "ui.cases.detail <-> ui.cases.table_model, e.g.\n"
        "      ui/cases/detail.py:1: from ui.cases import table_model\n"
        "      ui/cases/table_model.py:2: from ui.cases.detail import CaseDetailView"]
    # the shell's import inside a function closes a second cycle only when such imports count
    assert len(cycles(imports, MADE_UP_MODULES, scopes=(MODULE, FUNCTION))) == 1
    assert "ui.shell.main_window" in cycles(imports, MADE_UP_MODULES, scopes=(MODULE, FUNCTION))[0]
    assert cycles(imports[:1], MADE_UP_MODULES, scopes=(MODULE,)) == []


def test_cycle_checker_groups_modules_into_packages():
    assert package_of("ipcase.services.cases.actions") == "ipcase.services.cases"
    assert package_of("ipcase.services.common") == "ipcase.services.common"
    assert package_of("ipcase.errors") == "ipcase.errors"
    assert package_of("ui.cases.detail") == "ui.cases"
    imports = [
        *_scan("from ipcase.queries.cases.register import approval_info\n", "ipcase/services/cases/actions.py"),
        *_scan("if TYPE_CHECKING:\n    from ipcase.services.cases import actions\n",
               "ipcase/queries/cases/register.py"),
    ]
    assert cycles(imports, MADE_UP_MODULES, scopes=(MODULE,), key=package_of) == []
    assert cycles(imports, MADE_UP_MODULES, scopes=(MODULE, TYPE_CHECKING), key=package_of) == [
        "ipcase.queries.cases <-> ipcase.services.cases, e.g.\n"
        "      ipcase/queries/cases/register.py:2: from ipcase.services.cases import actions\n"
        "      ipcase/services/cases/actions.py:1: from ipcase.queries.cases.register import approval_info"]


def test_private_import_checker():
    source = (
        "from ui.documents.case_tab import _table\n"
        "from ui.i18n import _\n"
        "from __future__ import annotations\n"
        "from ipcase.services import _helpers\n"
        "from ui.common._kit import Box\n"
        "import ipcase.services._helpers\n"
        "from ipcase.services._helpers import public\n"
        "from ipcase.services.common import __all__\n"
    )
    private_modules = {"ipcase.services._helpers", "ui.common._kit"}
    found = private_imports(_scan(source, "ipcase/services/cases/actions.py"), is_module=private_modules.__contains__)
    assert found == [
        "ipcase/services/cases/actions.py:1: from ui.documents.case_tab import _table",
        "ipcase/services/cases/actions.py:5: from ui.common._kit import Box",
    ]
    outside = private_imports(_scan(source, "ipcase/queries/x.py"), is_module=private_modules.__contains__)
    assert len(outside) == 5  # _table, ipcase.services._helpers three times, ui.common._kit


def test_prefix_checker():
    files = [ROOT / "ipcase" / "services" / f"{name}.py" for name in (
        "__init__", "mediation_cases", "mediation_host", "mediation_agreements", "mediation", "intake_items",
        "intake_rules", "intake_letters", "common")]
    assert crowded_prefixes(files) == [
        "ipcase/services/: 4 modules named mediation_*: mediation.py, mediation_agreements.py, mediation_cases.py, "
        "mediation_host.py"]
    assert crowded_prefixes(files[:4] + [ROOT / "ui" / "mediation_x.py"]) == []
