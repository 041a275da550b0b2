"""Every field the 文书 dialog shows for a document type is named in Chinese: the 行政裁决书's `requests`,
`disputes` and three defence fields were shown by their keys ("requests（选填）", found walking issue 16 at
1366×768). Types issued by their step (DocType.by_step, never in the dialog) are left out."""
from __future__ import annotations

import re

from ipcase.domain.documents.types import CATALOG
from ui.documents.labels import doc_field

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_every_document_field_has_a_chinese_label(qapp):
    unnamed = sorted({(d.key, f.name) for d in CATALOG if not d.by_step for f in d.fields
                      if doc_field(f.name) == f.name or not CHINESE.search(doc_field(f.name))})
    assert unnamed == []
