"""Checking a party as typed — a requester, a respondent, a mediation party, an intake item's submitter or
target — the same way wherever it is typed: its name, its credit code and ID number (through
`ipcase.domain.identifiers`) and its agents. Each wrong field is reported under `prefix + field`, the key the
form registers the widget with (`respondents[1].credit_code`, `targets[0].name`, `submitter_credit_code`)."""
from __future__ import annotations

from collections.abc import Sequence

from ipcase.domain.enums import PartyKind
from ipcase.domain.identifiers import check_credit_code, check_id_number
from ipcase.errors import ValidationFailed

MAX_AGENTS = 2  # M25 art 17: one or two agents per party

# What an agent is by the body he works for: the ruling names a lawyer or patent attorney with the firm, a citizen
# agent (公民代理人: an employee, a relative, a person the party trusts) with his address.
_PROFESSIONS = (("律师事务所", "律师"), ("专利代理", "专利代理师"), ("知识产权代理", "专利代理师"),
                ("专利事务所", "专利代理师"), ("法律服务所", "基层法律服务工作者"))


def agent_profession(organization: str) -> str:
    """律师 for an agent of a law firm, 专利代理师 for one of a patent agency, 基层法律服务工作者 for one of a
    法律服务所; "" for a citizen agent (no such body recorded)."""
    org = organization.strip()
    return next((title for body, title in _PROFESSIONS if body in org), "")


def check_agent(prefix: str, errors: list[ValidationFailed], *, name: str, organization: str = "",
                address: str | None = None) -> None:
    """A named agent; a citizen agent also his address where the form has the row (`address` given): the
    ruling identifies him by it, as it identifies a lawyer by the firm."""
    if not name.strip():
        errors.append(ValidationFailed(f"{prefix}name", "required"))
    elif address is not None and not address.strip() and not agent_profession(organization):
        errors.append(ValidationFailed(f"{prefix}address", "citizen_agent_address"))


def check_party(prefix: str, errors: list[ValidationFailed], *, name: str, credit_code: str = "",
                id_number: str = "", agents: Sequence = (), kind: str = "",
                legal_rep: str | None = None) -> dict[str, str]:
    """Append what is wrong with the party to `errors`; return its checked codes by field
    (`credit_code`, `id_number`) for those given and valid. An empty code is not checked. Where the form has a
    representative row (`legal_rep` given), a 个体工商户 must name its 经营者: the business is known by its
    字号 but the 经营者 answers for it, and the ruling names both. `agents` are AgentInput-like (name,
    organization, address), checked by `check_agent`."""
    codes: dict[str, str] = {}
    if not name.strip():
        errors.append(ValidationFailed(f"{prefix}name", "required"))
    if kind == PartyKind.INDIVIDUAL_BUSINESS and legal_rep is not None and not legal_rep.strip():
        errors.append(ValidationFailed(f"{prefix}legal_rep", "required"))
    for field, check, value in (("credit_code", check_credit_code, credit_code),
                                ("id_number", check_id_number, id_number)):
        if value.strip():
            try:
                codes[field] = check(value)
            except ValidationFailed as e:
                errors.append(ValidationFailed(f"{prefix}{field}", e.reason, e.detail, value=value))
    if len(agents) > MAX_AGENTS:
        errors.append(ValidationFailed(f"{prefix}agents", "too_many", str(MAX_AGENTS)))
    for j, agent in enumerate(agents):
        check_agent(f"{prefix}agents[{j}].", errors, name=agent.name, organization=agent.organization,
                    address=agent.address)
    return codes


def check_parties(groups: Sequence[tuple[str, Sequence]], errors: list[ValidationFailed]) -> dict:
    """The requesters and respondents of a request (each group required): their checked codes keyed by
    `(group, index, field)`, what `write_request` stores."""
    codes: dict = {}
    for group, parties in groups:
        if not parties:
            errors.append(ValidationFailed(group, "required"))
        for i, p in enumerate(parties):
            checked = check_party(f"{group}[{i}].", errors, name=p.name, credit_code=p.credit_code,
                                  id_number=p.id_number, agents=p.agents,
                                  kind=p.kind, legal_rep=p.legal_rep)
            codes.update({(group, i, field): value for field, value in checked.items()})
    return codes
