"""Section labels a template prints before a free-text field (请求人称：, 本局认为：…), in one place: the
template prints them, the document dialog tells the clerk so, and text that starts with its label is not printed
twice (ipcase/documents/templates.without_label)."""
from __future__ import annotations

SECTION_LABELS: dict[tuple[str, str], str] = {
    ("ruling", "requests"): "请求人向本局提出请求：",
    ("ruling", "requester_says"): "事实与理由：",
    ("ruling", "respondent_says"): "被请求人辩称：",
    ("ruling", "evidence"): "本案证据及质证情况：",
    ("ruling", "facts"): "经审理查明：",
    ("ruling", "disputes"): "本案的争议焦点为：",
    ("ruling", "reasoning"): "本局认为：",
}


def section_label(doc_type: str, field: str) -> str:
    return SECTION_LABELS.get((doc_type, field), "")
