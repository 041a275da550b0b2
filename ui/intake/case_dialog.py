"""Registering an intake item as an adjudication case: the request form (登记处理请求) pre-filled from the item,
so the officer only checks it and adds what the counter could not know; saving decides the item (outcome
'case', with the track chosen in the triage dialog) and creates the case in one transaction."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ipcase.domain.intake.items import TriageOutcome
from ipcase.domain.intake.routing import Track
from ipcase.dto.cases import PartyInput, RequestInput
from ipcase.dto.intake import IntakeDetail, TriageInput
from ipcase.services.intake import items as intake_services
from ui.cases.request_dialog import RequestDialog
from ui.shell.context import AppContext


def _party(p: PartyInput) -> dict:
    return {"name": p.name, "kind": str(p.kind),
            "credit_code": p.credit_code, "id_number": p.id_number, "legal_rep": p.legal_rep,
            "legal_rep_title": p.legal_rep_title, "address": p.address, "phone": p.phone,
            "no_domicile_in_prc": p.no_domicile_in_prc,
            "agents": [{"name": a.name, "organization": a.organization, "phone": a.phone, "address": a.address}
                       for a in p.agents]}


def request_form_data(r: RequestInput) -> dict:
    """A RequestInput in the request dialog's form/draft format."""
    return {
        "received_date": r.received_date.isoformat(), "officer_id": r.officer_id,
        "patent": {"number": r.patent.number, "patent_type": None, "title": r.patent.title,
                   "patentee": r.patent.patentee,
                   "filing_date": r.patent.filing_date.isoformat() if r.patent.filing_date else None,
                   "grant_date": r.patent.grant_date.isoformat() if r.patent.grant_date else None},
        "requesters": [_party(p) for p in r.requesters] or [{}],
        "respondents": [_party(p) for p in r.respondents] or [{}],
        "claims_asserted": r.claims_asserted, "accused_product": r.accused_product, "acts": list(r.acts),
        "request_summary": r.request_summary,
        "flags": {"foreign": r.flag_foreign, "ecommerce": r.flag_ecommerce, "trade_fair": r.flag_trade_fair},
    }


class IntakeCaseDialog(RequestDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, *, item: IntakeDetail, request: RequestInput,
                 track: Track, track_reason: str, decided: date):
        super().__init__(ctx, parent)
        self._item = item
        self._triage = TriageInput(TriageOutcome.CASE, decided_date=decided, track=track, track_reason=track_reason)
        self.draft_key = f"request_intake_{item.id}"
        self.setWindowTitle(self.tr("登记为行政裁决案件 — %1").replace("%1", item.number))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("登记为案件(&S)"))
        self.set_form_data(request_form_data(request))
        self._initial = self.form_data()   # what the item already said is not an edit

    def save_task(self, data: RequestInput):
        """Deciding the item creates the case from the form in the same transaction."""
        ctx = self._ctx
        decision = replace(self._triage, request=data)
        return ctx.db(intake_services.triage, actor_id=ctx.user_id, item_id=self._item.id,
                      expected_version=self._item.version, decision=decision, now=ctx.clock.now())
