"""The signature lines of a 调解协议书 (M25 arts 35, 69): one per signatory as the register records it — the party,
the agent who signs for it, and the day it signed — so that what the document shows as signed is what is recorded.
Pure: reads the recorded lines (loaders.mediation.signer_lines), never the database."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from ipcase.documents.templates import cn_date

ROLE = {"requester": "请求人", "respondent": "被请求人"}   # Side / PartyRole values
BLANK_DATE = "　　　　　　　　年　　月　　日"


def signature_lines(recorded: Iterable[Mapping] | None, parties: Iterable[Mapping]) -> list[dict]:
    """`recorded`: the agreement's signers ({side, name, agent, signed_on ISO or None}); without an agreement on
    record, every requester and respondent (party dicts with role and name) signs itself, date left blank."""
    rows = list(recorded or ())
    if not rows:
        rows = [{"side": p["role"], "name": p["name"], "agent": "", "signed_on": None}
                for p in parties if p["role"] in ROLE]
    rows.sort(key=lambda x: list(ROLE).index(x["side"]) if x["side"] in ROLE else len(ROLE))
    return [{"role": ROLE.get(x["side"], ""), "name": x["name"], "agent": x.get("agent") or "",
             "date": cn_date(date.fromisoformat(x["signed_on"])) if x.get("signed_on") else BLANK_DATE}
            for x in rows]
