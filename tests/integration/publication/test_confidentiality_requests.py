"""What a party asked to keep confidential (M25 art 83: 当事人申请不予公开的内容), on SQLite and PostgreSQL: recorded
on the case through the commands (audited, the items as a digest only), proposed ticked by the redaction editor —
a text wherever it stands, an amount wherever the ruling states that sum in any writing — and absent from the
published version; an amount nobody asked about stays proposed but unticked; bad input names its field."""
from __future__ import annotations

from datetime import date

import pytest
from publication_helpers import NAME, PHONE, ruled_case
from sqlalchemy import select

from case_helpers import at
from ipcase import commands
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.publication import PublishedRuling
from ipcase.domain.enums import PartyRole
from ipcase.dto.publication import ConfidentialityInput, PublicationInput
from ipcase.errors import ValidationErrors
from ipcase.queries.publication.confidentiality import confidentiality_requests
from ipcase.queries.publication.editor import redaction_draft

SUPPLIER = "宁波甬兴五金厂"
FACTS = (f"经审理查明，被请求人{NAME}（电话{PHONE}）在其经营场所销售被诉侵权产品，进货价格为每件35元，"
         f"销售额共计50万元，其供货商为{SUPPLIER}。被请求人称{SUPPLIER}系其唯一供货商。")
NOW = at(date(2026, 2, 20))


def _record(new_uow, staff, c, party_id, **kw):
    data = ConfidentialityInput(c.ref.id, party_id, kw.pop("requested_on", date(2026, 2, 18)), **kw)
    return commands.run("publication.record_confidentiality", new_uow, actor_id=staff.officer.id, data=data, now=NOW)


def _draft(new_uow, c):
    with new_uow() as uow:
        return {m.original: m for m in redaction_draft(uow, case_id=c.ref.id).proposals}


def test_a_partys_request_is_proposed_ticked_and_kept_out_of_the_published_ruling(new_uow, staff):
    c = ruled_case(new_uow, staff, FACTS)
    respondent = c.party_ids(PartyRole.RESPONDENT, date(2026, 2, 20))[0]
    before = _draft(new_uow, c)
    assert not before["50万元"].accepted and SUPPLIER not in before   # public unless a party asks

    request_id = _record(new_uow, staff, c, respondent, confidential_texts=(SUPPLIER, " "),
                         confidential_amounts=("500,000元",), note="供货渠道属商业秘密")
    with new_uow() as uow:
        (row,) = confidentiality_requests(uow, case_id=c.ref.id)
    assert (row.id, row.party_name, row.items, row.amounts) == (request_id, NAME, (SUPPLIER,), ("500,000元",))

    proposed = _draft(new_uow, c)
    asked = f"当事人申请（{NAME}，2026-02-18）"
    assert (proposed[SUPPLIER].kind, proposed[SUPPLIER].accepted, proposed[SUPPLIER].source) == (
        "confidential", True, asked)
    assert (proposed["50万元"].accepted, proposed["50万元"].source) == (True, asked)   # the same sum, written 50万元
    assert not proposed["35元"].accepted                                               # nobody asked about it

    with new_uow() as uow:
        from ipcase.services.publication import rulings
        ref = rulings.file_publication(uow, actor_id=staff.officer.id, now=NOW,
                                       data=PublicationInput(c.ref.id, tuple(proposed.values())))
    with new_uow() as uow:
        text = uow.session.get(PublishedRuling, ref.id).text
        audited = uow.session.scalars(select(AuditEntry.changes)
                                      .where(AuditEntry.record_kind == "confidentiality_requests")).all()
    assert SUPPLIER not in text and "50万元" not in text and "××万元" in text and "35元" in text
    assert len(audited) == 1 and SUPPLIER not in str(audited[0])   # audited, the items as a digest only

    commands.run("publication.remove_confidentiality", new_uow, actor_id=staff.officer.id, request_id=request_id,
                 now=NOW)
    after = _draft(new_uow, c)
    assert SUPPLIER not in after and not after["50万元"].accepted


def test_bad_requests_name_their_field(new_uow, staff):
    c = ruled_case(new_uow, staff, FACTS)
    other = ruled_case(new_uow, staff)
    foreign_party = other.party_ids(PartyRole.RESPONDENT, date(2026, 2, 20))[0]
    with pytest.raises(ValidationErrors) as e:
        _record(new_uow, staff, c, foreign_party, requested_on=date(2026, 2, 21), confidential_amounts=("五十万",))
    assert {(f.field, f.reason) for f in e.value.errors} == {
        ("party_id", "choice"), ("requested_on", "future"), ("confidential_amounts", "not_an_amount")}
    respondent = c.party_ids(PartyRole.RESPONDENT, date(2026, 2, 20))[0]
    with pytest.raises(ValidationErrors) as e:
        _record(new_uow, staff, c, respondent, confidential_texts=("", " "), requested_on=date(2026, 2, 21))
    assert {f.field for f in e.value.errors} == {"confidential_texts", "requested_on"}
    with new_uow() as uow:
        assert confidentiality_requests(uow, case_id=c.ref.id) == ()
