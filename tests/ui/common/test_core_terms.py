"""The core's Chinese terms (what documents and reports print) agree with the UI's labels for the same values:
the same words where both name the same thing, the same keys where a report uses a category's formal name."""
import importlib

import pytest

from ipcase.domain import terms

SAME_WORDS = [  # core table, UI module, UI table
    ("PATENT_TYPE", "ui.common.labels", "PATENT_TYPE"),
    ("INFRINGING_ACT", "ui.common.labels", "INFRINGING_ACT"),
    ("PARTY_KIND", "ui.common.labels", "PARTY_KIND"),
    ("REPRESENTATIVE", "ui.common.labels", "PARTY_REPRESENTATIVE"),
    ("ADDRESS", "ui.common.labels", "PARTY_ADDRESS"),
]


@pytest.mark.parametrize(("core", "module", "table"), SAME_WORDS)
def test_the_documents_print_the_words_the_screens_show(core, module, table):
    ui_table = getattr(importlib.import_module(module), table)
    assert dict(getattr(terms, core)) == {k: v for k, v in ui_table.items()}


def test_every_closing_method_has_a_report_term_and_a_label():
    ui_table = importlib.import_module("ui.statistics.labels").CLOSING_METHOD
    # The dashboard adds one category of its own: a request withdrawn before 立案.
    assert set(terms.CLOSING_METHOD) == set(ui_table) - {"withdrawn_unregistered"}


def test_a_case_file_cover_names_only_states_the_screens_know():
    ui_table = importlib.import_module("ui.common.labels").CASE_STATE
    assert set(terms.CASE_CLOSING) <= set(ui_table)
