"""Who signs a mediation agreement (M25 art 35; art 69 for a stand-alone mediation case).

An agreement takes effect only when every party has signed or sealed it, itself or through its authorised agent
(委托代理人). So the signatories are not typed names: each is a party of the host (by id), signing itself or by
one of that party's agents (by the agent's key), and together they cover every requester and every respondent.
Both hosts use this rule: an adjudication case (its parties and their agent rows) and a stand-alone mediation case
(its parties; their agents are numbered 1, 2 in the order recorded).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ipcase.errors import ValidationErrors, ValidationFailed

FIELD = "signatories"


@dataclass(frozen=True)
class HostParty:
    """A requester or respondent of the host, with the agents who may sign for it."""
    party_id: int
    side: str                                # domain.mediation.agreements.Side value
    name: str
    agents: tuple[tuple[int, str], ...] = ()  # (key, name): agents.id, or the position in a mediation party's list


@dataclass(frozen=True)
class Choice:
    """One signatory as chosen: the party, and the agent signing for it (None: the party itself). `name` is only
    what a caller typed without an id, kept to name it in the refusal."""
    party_id: int | None
    agent: int | None = None
    name: str = ""


@dataclass(frozen=True)
class Signer:
    """A signatory as recorded and printed: the party covered and who signs for it."""
    party_id: int
    side: str
    name: str
    agent: int | None = None
    agent_name: str = ""


def everyone_signs_himself(parties: Iterable[HostParty]) -> tuple[Choice, ...]:
    return tuple(Choice(p.party_id) for p in parties)


def resolve(parties: Sequence[HostParty], chosen: Sequence[Choice]) -> tuple[Signer, ...]:
    """The signers of `chosen`, in the host's party order, or every problem at once: a signatory who is not a
    party of the host (not_a_party, naming it), an agent not of that party (not_an_agent), a party chosen twice
    (signs_twice), and the parties nobody signs for (parties_missing, naming them)."""
    by_id = {p.party_id: p for p in parties}
    errors: list[ValidationFailed] = []
    picked: dict[int, Choice] = {}
    named: set[int] = set()
    for c in chosen:
        party = by_id.get(c.party_id) if c.party_id is not None else None
        if party is None:
            errors.append(ValidationFailed(FIELD, "not_a_party", c.name.strip() or str(c.party_id)))
        elif party.party_id in picked or party.party_id in named:
            errors.append(ValidationFailed(FIELD, "signs_twice", party.name))
        elif c.agent is not None and c.agent not in dict(party.agents):
            errors.append(ValidationFailed(FIELD, "not_an_agent", party.name))
            named.add(party.party_id)   # chosen, wrongly: said once, not again as missing
        else:
            picked[party.party_id] = c
    missing = missing_parties(parties, [*picked, *named])
    if missing:
        errors.append(ValidationFailed(FIELD, "parties_missing", "、".join(missing)))
    if errors:
        raise ValidationErrors(errors)
    return tuple(Signer(p.party_id, p.side, p.name, picked[p.party_id].agent,
                        dict(p.agents).get(picked[p.party_id].agent, "")) for p in parties)


def missing_parties(parties: Iterable[HostParty], covered: Iterable[int | None]) -> tuple[str, ...]:
    """Names of the parties no signatory covers (an agreement with them missing can never take effect)."""
    ids = set(covered)
    return tuple(p.name for p in parties if p.party_id not in ids)


def require_everyone(parties: Iterable[HostParty], covered: Iterable[int | None]) -> None:
    """Refuse the agreement's effect (a signature that would complete it, its closing) while a party is not
    covered — an agreement drafted before a party joined, or recorded with free names before this rule."""
    missing = missing_parties(parties, covered)
    if missing:
        raise ValidationFailed(FIELD, "parties_missing", "、".join(missing))
