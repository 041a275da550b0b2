"""The signatory rule of a mediation agreement (M25 art 35), pure."""
from __future__ import annotations

import pytest

from ipcase.domain.mediation.signatories import (
    Choice,
    HostParty,
    everyone_signs_himself,
    require_everyone,
    resolve,
)
from ipcase.errors import ValidationErrors, ValidationFailed

PARTIES = (HostParty(1, "requester", "甲公司", ((7, "陈律师"),)), HostParty(2, "respondent", "乙商行"),
           HostParty(3, "respondent", "丙商行", ((1, "丙的代理人"),)))


def problems(chosen) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as e:
        resolve(PARTIES, chosen)
    return {x.reason: x.detail for x in e.value.errors}


def test_every_party_signs_itself_or_by_its_own_agent():
    signers = resolve(PARTIES, (Choice(3, agent=1), Choice(1, agent=7), Choice(2)))
    assert [(x.name, x.agent_name) for x in signers] == [("甲公司", "陈律师"), ("乙商行", ""), ("丙商行", "丙的代理人")]
    assert [x.name for x in resolve(PARTIES, everyone_signs_himself(PARTIES))] == ["甲公司", "乙商行", "丙商行"]


def test_missing_parties_strangers_foreign_agents_and_doubles_are_each_named_once():
    assert problems((Choice(1), Choice(2))) == {"parties_missing": "丙商行"}
    with pytest.raises(ValidationErrors) as e:
        resolve(PARTIES, (Choice(1), Choice(2), Choice(None, name="张三"), Choice(99)))
    assert [(x.reason, x.detail) for x in e.value.errors] == [
        ("not_a_party", "张三"), ("not_a_party", "99"), ("parties_missing", "丙商行")]
    assert problems((Choice(1), Choice(2), Choice(3, agent=7))) == {"not_an_agent": "丙商行"}
    assert problems((Choice(1), Choice(1, agent=7), Choice(2), Choice(3))) == {"signs_twice": "甲公司"}


def test_an_agreement_that_leaves_a_party_out_cannot_take_effect():
    require_everyone(PARTIES, (1, 2, 3))
    with pytest.raises(ValidationFailed) as e:
        require_everyone(PARTIES, (1, None, 2))
    assert (e.value.reason, e.value.detail) == ("parties_missing", "丙商行")
