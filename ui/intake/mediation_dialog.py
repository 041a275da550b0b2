"""Registering an intake item as a mediation case: the 登记调解请求 form pre-filled from the item (requester,
respondents, patent, description — nothing retyped); the officer picks the kind and completes what the
counter could not know; saving decides the item (outcome 'mediation', with the track chosen in the triage
dialog) and creates the mediation case in one transaction."""
from __future__ import annotations

from datetime import date

from ipcase.domain.intake.items import TriageOutcome
from ipcase.domain.intake.routing import Track
from ipcase.dto.intake import IntakeDetail, TriageInput
from ipcase.dto.mediation import MediationRequestInput
from ipcase.services.intake import items as intake_services
from ui.mediation.request_dialog import MediationRequestDialog
from ui.shell.context import AppContext


class IntakeMediationDialog(MediationRequestDialog):
    def __init__(self, ctx: AppContext, parent, *, item: IntakeDetail, request: MediationRequestInput, track: Track,
                 track_reason: str, decided: date, reason_text: str):
        super().__init__(ctx, parent)
        self._item = item
        self._triage = dict(decided_date=decided, track=track, track_reason=track_reason, reason_text=reason_text)
        self.draft_key = f"mediation_intake_{item.id}"
        self.setWindowTitle(self.tr("登记为调解案件 — %1").replace("%1", item.number))
        self.save_button.setText(self.tr("登记为调解案件(&S)"))
        self._loading = True
        self.set_form_data(self.input_to_form(request))
        self._initial = self.form_data()   # what the item already said is not an edit
        self._loading = False

    def save_task(self, data: MediationRequestInput):
        ctx = self._ctx
        decision = TriageInput(TriageOutcome.MEDIATION, mediation=data, **self._triage)
        return ctx.db(intake_services.triage, actor_id=ctx.user_id, item_id=self._item.id,
                      expected_version=self._item.version, decision=decision, now=ctx.clock.now())
