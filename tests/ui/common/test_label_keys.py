"""Each feature owns its labels and error texts (ui/<feature>/labels.py, errors.py): no key is defined twice with
different texts in tables that are looked up together, and no module adds keys to another module's table."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from ui import catalogue
from ui.common import texts

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "ui"
# Tables a feature module may define that ui/catalogue.py merges into one lookup.
MERGED = ("FIELD", "CHOICES", "ACTION", "TIMELINE_KIND", "DEADLINE_CODE", "REASON", "REFUSAL", "NOT_FOUND_KIND")


def text_modules() -> list[Path]:
    """Every module of ui/ that holds labels or error texts."""
    found = sorted(p for p in UI.rglob("*.py") if p.stem in ("labels", "errors") or p.stem.endswith("_labels"))
    assert len(found) >= 15, found
    return found


def _module(path: Path):
    return importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))


def _tables(name: str) -> dict[str, dict]:
    """module → its table `name`, for every text module that defines one."""
    out = {}
    for path in text_modules():
        table = getattr(_module(path), name, None)
        if isinstance(table, dict):
            out[str(path.relative_to(ROOT))] = table
    return out


def _clashes(tables: dict[str, dict]) -> dict[str, dict[str, object]]:
    return catalogue.conflicts(tables)


@pytest.mark.parametrize("name", MERGED)
def test_no_key_is_defined_twice_with_different_texts(qapp, name):
    clashes = _clashes(_tables(name))
    if name == "FIELD":
        # the only exceptions: looked up per feature (the timeline asks the feature that wrote the entry)
        assert set(clashes) <= catalogue.SCOPED_FIELDS, {k: v for k, v in clashes.items()
                                                          if k not in catalogue.SCOPED_FIELDS}
    else:
        assert not clashes


def test_the_codes_of_one_error_message_are_not_defined_twice(qapp):
    # reason_text asks REASON, then REFUSAL, then PANEL_PROBLEM: a code in two of them must read the same
    tables = {"reasons": catalogue.ERRORS.reasons, "refusals": catalogue.ERRORS.refusals,
              "panel_problems": catalogue.ERRORS.panel_problems}
    assert not _clashes(tables)


def test_a_dict_literal_never_repeats_a_key():
    """Python keeps the last of two equal keys of a literal without a word (the old `empty` reason code)."""
    repeated = []
    for path in text_modules() + [UI / "catalogue.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [ast.unparse(k) for k in node.keys if k is not None]
                repeated += [f"{path.relative_to(ROOT)}:{node.lineno} {k}" for k in set(keys) if keys.count(k) > 1]
    assert not repeated


def _is_table(node: ast.expr) -> bool:
    """A module-level table: `FIELD`, `labels.FIELD` (local dicts are lower case)."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name.isupper()


def test_no_module_adds_keys_to_another_modules_table():
    """No `X.update(...)`, `X.setdefault(...)` or `X[key] = …` on a table, and no star imports."""
    offences = []
    for path in text_modules() + [UI / "catalogue.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
                offences.append(f"{where} star import")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("update", "setdefault") and _is_table(node.func.value)):
                offences.append(f"{where} {ast.unparse(node.func)}")
            if isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                offences += [f"{where} {ast.unparse(t)} =" for t in targets
                             if isinstance(t, ast.Subscript) and _is_table(t.value)]
    assert not offences


def test_every_feature_table_is_composed_in_the_catalogue(qapp):
    """A feature module's table that the catalogue forgot would never be looked up."""
    composed = {
        "FIELD": [fields for fields, _ in catalogue.FIELDS.values()],
        "CHOICES": [choices for _, choices in catalogue.FIELDS.values()],
        "ACTION": list(catalogue.ACTIONS.values()), "TIMELINE_KIND": list(catalogue.TIMELINE_KINDS.values()),
        "DEADLINE_CODE": list(catalogue.DEADLINE_CODES.values()), "REASON": list(catalogue.REASONS.values()),
        "REFUSAL": list(catalogue.REFUSALS.values()), "NOT_FOUND_KIND": list(catalogue.NOT_FOUND_KINDS.values()),
    }
    for name, merged in composed.items():
        for module, table in _tables(name).items():
            # composed as is, or spread into a feature's combined table (mediation's two modules)
            assert any(table is m or table.items() <= m.items() for m in merged), f"{module}: {name}"


@pytest.mark.parametrize(("feature", "key", "text"), [
    ("hearings", "granted", "准予延期"), ("recusal", "granted", "决定回避"),
    ("hearings", "late", "逾期提出"), ("intake", "late", "逾期补正"),
])
def test_scoped_field_names_are_named_by_their_feature(qapp, feature, key, text):
    assert catalogue.TEXTS.scope(feature=feature).field(key) == text


@pytest.mark.parametrize(("kind", "text"), [
    ("recusal_decided", "决定回避"), ("postponement_decided", "准予延期"), ("postponement_requested", "逾期提出"),
])
def test_a_timeline_entry_is_described_by_the_feature_that_wrote_it(qapp, kind, text):
    key = "late" if kind == "postponement_requested" else "granted"
    assert catalogue.TEXTS.describe({key: True}, kind=kind) == f"{text}：是"


def test_the_installed_texts_are_the_catalogue(qapp):
    # tests/ui/conftest.py installs them as main.py does
    assert texts.current() is catalogue.TEXTS
