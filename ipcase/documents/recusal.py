"""The wording of the 回避申请决定书 (M25 art 5) from a decided application: who was challenged, on which
grounds, what the office found and what it decided. Pure; the decision service fills the document with it,
and the document dialog starts from it (context.defaults, sources `recusal_*`)."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ipcase.documents.templates import cn_date

ROLE = {"leader": "合议组长", "member": "审理员", "clerk": "书记员", "tech_investigator": "技术调查官",
        "appraiser": "鉴定人", "interpreter": "翻译人员"}
GROUND = {
    "party_or_relative": "是涉案当事人或者当事人、代理人的近亲属",
    "interest_in_patent": "与涉案专利申请或者专利权有利害关系",
    "agent_or_examiner": "是涉案专利的专利代理师或者审查员",
    "other_interest": "与案件有其他利害关系，可能影响公正处理",
    "gifts_or_meetings": "接受当事人、代理人请客送礼，或者违反规定会见当事人、代理人",
}


def challenged_text(role: str, name: str) -> str:
    return f"{ROLE.get(role, '')}{name}"


def grounds_text(detail: Mapping) -> str:
    received = detail.get("received_date")
    if isinstance(received, str):   # read back from the timeline's JSON
        received = date.fromisoformat(received)
    how = "口头" if detail.get("oral") else "书面"
    head = f"你方于{cn_date(received)}以{how}形式提出申请，认为被申请回避人员："
    lines = [head] + [f"{i}. {GROUND.get(g, g)}；" for i, g in enumerate(detail.get("grounds") or (), 1)]
    if detail.get("reason"):
        reason = str(detail["reason"]).rstrip("。；;.")
        lines.append(f"申请人称：{reason}。")
    return "\n".join(lines)


def decision_text(detail: Mapping) -> str:
    who = challenged_text(detail.get("challenged_role", ""), detail.get("challenged", ""))
    if not detail.get("granted"):
        return f"驳回你方要求{who}回避的申请。"
    lines = [f"准予你方的回避申请，{who}不再参与本案的处理工作。"]
    if detail.get("replacement"):
        lines.append(f"本案{ROLE.get(detail.get('challenged_role', ''), '')}改由{detail['replacement']}担任。")
    return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1)) if len(lines) > 1 else lines[0]


def document_fields(detail: Mapping) -> dict[str, str]:
    """The decision document's fields from the `recusal_decided` timeline detail."""
    return {
        "challenged": challenged_text(detail.get("challenged_role", ""), detail.get("challenged", "")),
        "grounds": grounds_text(detail),
        "examination": str(detail.get("decision_reason", "")),
        "decision": decision_text(detail),
    }


def prefill(detail: Mapping) -> dict[str, str]:
    """The `recusal_*` sources of the document dialog: the latest decision's wording, or nothing."""
    fields = document_fields(detail) if detail else dict.fromkeys(("challenged", "grounds", "examination",
                                                                  "decision"), "")
    return {f"recusal_{name}": text for name, text in fields.items()}
