"""Every legal citation a generated document prints, in one place (DOMAIN §0, §9).

Only the CURRENT articles: 专利法 (2020), 专利法实施细则 (2023) and 专利纠纷行政裁决和调解办法 (令第81号, M25).
The 2019 guide's templates still print pre-2020 numbers (专利法第六十条, 实施细则第八十二条, 专利行政执法办法第十三条);
`OUTDATED` lists them so a test can prove that no output contains one. Templates never write an article number
themselves: they use `law.<NAME>` from this table."""
from __future__ import annotations

PL = "《中华人民共和国专利法》"
IR = "《中华人民共和国专利法实施细则》"
M25 = "《专利纠纷行政裁决和调解办法》"

CITATIONS: dict[str, str] = {
    # 专利法 (2020)
    "PL11": f"{PL}第十一条",                     # the exclusive rights (make, use, offer, sell, import)
    "PL64": f"{PL}第六十四条",                   # scope of protection = the claims
    "PL11_1": f"{PL}第十一条第一款",             # inventions and utility models: make, use, offer, sell, import
    "PL11_2": f"{PL}第十一条第二款",             # designs: make, offer, sell, import (not use)
    "PL64_1": f"{PL}第六十四条第一款",           # an invention's or utility model's scope: the claims
    "PL64_2": f"{PL}第六十四条第二款",           # a design's scope: the product's design in the drawings
    "PL65": f"{PL}第六十五条",                   # administrative adjudication; 15 days to sue
    "PL67": f"{PL}第六十七条",                   # prior art / prior design defence
    "PL75_2": f"{PL}第七十五条第（二）项",       # prior use right
    "PL77": f"{PL}第七十七条",                   # legal source defence
    # 专利法实施细则 (2023)
    "IR98": f"{IR}第九十八条",                   # suspension after an invalidation request
    # 专利纠纷行政裁决和调解办法 (M25)
    "M25": M25,
    "M25_5": f"{M25}第五条",                     # recusal
    "M25_9": f"{M25}第九条",                     # jurisdiction objection, transfer
    "M25_10": f"{M25}第十条",                    # electronic service with consent
    "M25_12": f"{M25}第十二条",                  # conditions of a request
    "M25_14": f"{M25}第十四条",                  # required materials
    "M25_16": f"{M25}第十六条",                  # one-time correction notice
    "M25_20": f"{M25}第二十条",                  # 立案 within 5 working days, panel
    "M25_22": f"{M25}第二十二条",                # answer within 15 days
    "M25_26": f"{M25}第二十六条",                # oral hearing
    "M25_28": f"{M25}第二十八条",                # suspension grounds
    "M25_29": f"{M25}第二十九条",                # refusal to suspend
    "M25_31": f"{M25}第三十一条",                # content of the ruling
    "M25_32": f"{M25}第三十二条",                # measures to stop infringement
    "M25_33": f"{M25}第三十三条",                # correction of a ruling
    "M25_35": f"{M25}第三十五条",                # mediation agreement
    "M25_36": f"{M25}第三十六条",                # revocation of a case
    "M25_37": f"{M25}第三十七条",                # closing limit and its extension
    "M25_44": f"{M25}第四十四条",                # investigation
    "M25_47": f"{M25}第四十七条",                # on-site inspection
    "M25_48": f"{M25}第四十八条",                # sampling
    "M25_49": f"{M25}第四十九条",                # registration and preservation of evidence
    "M25_54": f"{M25}第五十四条",                # evidence period
    "M25_64": f"{M25}第六十四条",                # damages mediation needs the ruling
    "M25_65": f"{M25}第六十五条",                # mediation: copy + 陈述意见通知书, 15-day statement
    "M25_66": f"{M25}第六十六条",                # mediation: 立案 or refusal within 5 working days
    "M25_70": f"{M25}第七十条",                  # ownership mediation: 2 months, copy to CNIPA
    "M25_80": f"{M25}第八十条",                  # enforcement
    # the credit list: cited by name only (the article of each step is not settled in the texts we work from);
    # 知识产权信用管理规定 (国家知识产权局, 2022) is the CNIPA credit rule in force
    "PL": PL,
    "CREDIT": "《知识产权信用管理规定》",
    # other statutes
    "APL46": "《中华人民共和国行政诉讼法》第四十六条",
    "ARL20": "《中华人民共和国行政复议法》第二十条",
    "AEL53": "《中华人民共和国行政强制法》第五十三条",
    "AEL54": "《中华人民共和国行政强制法》第五十四条",
}

# Pre-2020 numbers that the 2019 templates print; none may appear in any output.
OUTDATED: tuple[str, ...] = (
    "专利法》第六十条", "专利法第六十条", "专利法》第五十九条", "专利法第五十九条",
    "实施细则》第八十二条", "实施细则第八十二条", "实施细则》第八十一条", "实施细则第八十一条",
    "专利行政执法办法",
)


def _statute(citation: str) -> tuple[str, str]:
    """"《…》第十一条" → ("《…》", "第十一条"); a bare statute has no article."""
    name, _sep, article = citation.partition("》")
    return name + "》", article


def cite(*names: str) -> str:
    """Several provisions as drafters write them: each statute once, its articles after it in the order given —
    《中华人民共和国专利法》第十一条、第六十四条、第六十五条、《专利纠纷行政裁决和调解办法》第三十一条."""
    grouped: dict[str, list[str]] = {}
    for name in names:
        statute, article = _statute(CITATIONS[name])
        articles = grouped.setdefault(statute, [])
        if article and article not in articles:
            articles.append(article)
    return "、".join(statute + "、".join(articles) for statute, articles in grouped.items())


class Citations:
    """`law.PL65` in a template, `law.cite("PL11", "PL64")` for several at once (grouped by statute); an
    unknown name is an error, never an empty string."""

    cite = staticmethod(lambda *names: cite(*(n for n in names if n)))

    def __getattr__(self, name: str) -> str:
        try:
            return CITATIONS[name]
        except KeyError:
            raise AttributeError(f"no citation {name!r} in ipcase.documents.citations") from None


def outdated_in(text: str) -> list[str]:
    return [old for old in OUTDATED if old in text]
