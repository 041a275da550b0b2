"""The request as filed and its answer in the orders (G19; M25 arts 31–32; 专利法 art 65).

The clerk keeps the requester's numbered requests one per line ("1、责令被请求人立即停止……"). Each request is
answered: what the office may order (stopping the acts, destroying stock, moulds and special equipment, the
e-commerce and trade-fair measures of M25 art 32) is granted when infringement is found; damages, costs of
stopping the infringement, an apology and the like are outside its power — 专利法 art 65 lets it only mediate
the amount — and are rejected in the orders, with the reason in the reasoning. A rejection rejects them all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ipcase.documents.citations import cite
from ipcase.documents.numerals import chinese_numeral

_NUMBER = re.compile(r"^\s*(?:[（(]?\d{1,2}[)）]|\d{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[)）])\s*")


class Kind(StrEnum):
    STOP = "stop"            # 停止侵权 (the acts, the sales links, the exhibits)
    DESTROY = "destroy"      # 销毁 stock, moulds, special equipment
    DAMAGES = "damages"      # 赔偿损失, 合理开支
    APOLOGY = "apology"      # 赔礼道歉, 消除影响
    COSTS = "costs"          # 承担本案费用
    OTHER = "other"


# Outside the office's power: rejected even when infringement is found (DOMAIN §5, G19).
OUT_OF_POWER = frozenset({Kind.DAMAGES, Kind.APOLOGY, Kind.COSTS})
_WORDS = ((Kind.DAMAGES, ("赔偿", "损失", "合理开支", "维权费用", "律师费")),
          (Kind.APOLOGY, ("道歉", "消除影响", "恢复名誉")),
          (Kind.COSTS, ("承担本案", "费用由", "诉讼费", "处理费")),
          (Kind.DESTROY, ("销毁", "模具", "专用设备")),
          (Kind.STOP, ("停止", "删除", "屏蔽", "断开", "撤出", "撤下", "下架")))
_REASON = {
    Kind.DAMAGES: "赔偿损失及合理开支",
    Kind.APOLOGY: "赔礼道歉、消除影响",
    Kind.COSTS: "承担相关费用",
}


@dataclass(frozen=True)
class Request:
    number: int
    text: str            # without its number and final punctuation
    kind: Kind

    @property
    def out_of_power(self) -> bool:
        return self.kind in OUT_OF_POWER


def kind_of(text: str) -> Kind:
    for kind, words in _WORDS:
        if any(w in text for w in words):
            return kind
    return Kind.OTHER


def split_requests(text: str) -> list[Request]:
    """The numbered requests, one per non-empty line; a number the clerk typed (1、 1. （1） 一、) is dropped."""
    lines = [_NUMBER.sub("", ln).strip().rstrip("；;。.，,") for ln in str(text or "").splitlines()]
    return [Request(i, ln, kind_of(ln)) for i, ln in enumerate([x for x in lines if x], 1)]


def requests_text(requests: list[Request]) -> str:
    """请求人向本局提出请求：1、…；2、…。 — the sentence the ruling prints."""
    if not requests:
        return ""
    if len(requests) == 1:
        return f"请求人向本局提出请求：{requests[0].text}。"
    return "请求人向本局提出请求：" + "；".join(f"{r.number}、{r.text}" for r in requests) + "。"


def default_requests(summary: str) -> str:
    """What the request form recorded, numbered one per line for the clerk to check."""
    return "\n".join(f"{r.number}、{r.text}" for r in split_requests(summary))


def rejected(requests: list[Request], infringement: bool) -> list[Request]:
    return list(requests) if not infringement else [r for r in requests if r.out_of_power]


def rejection_reasoning(requests: list[Request]) -> str:
    """The reasoning paragraph for the requests outside the office's power (empty when there are none)."""
    out = [r for r in requests if r.out_of_power]
    if not out:
        return ""
    which = "、".join(f"第{chinese_numeral(r.number)}项" for r in out)
    kinds = "、".join(dict.fromkeys(_REASON[r.kind] for r in out))
    text = (f"关于请求人提出的{kinds}的请求（请求事项{which}），"
            f"根据{cite('PL65')}的规定，管理专利工作的部门处理专利侵权纠纷，认定侵权行为成立的，可以责令侵权人"
            f"立即停止侵权行为；就侵犯专利权的赔偿数额，可以应当事人的请求进行调解，但无权作出裁决。")
    return text + "故本局对该项请求不予支持，请求人可以就赔偿数额请求本局调解，或者依法向人民法院起诉。"


def rejection_order(requests: list[Request], infringement: bool) -> str:
    """The last order: 驳回请求人的全部请求 / 驳回请求人的其他请求 / '' when every request is granted."""
    if not infringement:
        return "驳回请求人的全部请求。"
    out = [r for r in requests if r.out_of_power or r.kind == Kind.OTHER]
    if not out and requests:
        return ""
    return "驳回请求人的其他请求。"
