"""Translation helpers.

Methods of Qt classes use `self.tr()` (context = the class name). Module-level code uses `tr()` below, whose
context is empty because that is where `pyside6-lupdate` files a bare `tr("…")` call. Tables of strings
marked with QT_TRANSLATE_NOOP("ctx", "…") are translated with `tr_ctx("ctx", text)`.
Refresh the catalogue with `python tools/update_translations.py`, which runs
    pyside6-lupdate $(find ui -name '*.py' -not -path 'ui/generated/*') main.py forms/*.ui \
        -source-language zh_CN -target-language en -ts resources/translations/ipcase_en.ts
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def tr_ctx(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
