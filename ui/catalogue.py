"""Every feature's labels and error texts composed into one set (ui.common.texts.Texts), for the screens that show
data of any feature: a case's timeline, approvals, deadline lists, the message of a failed task.

Each feature owns its tables (ui/<feature>/labels.py, ui/<feature>/errors.py); nothing here adds a text. Tables
looked up together are merged, and the merge refuses a key that two features define with different texts, except
the field names below whose lookups are scoped per feature (a timeline entry is described with the field names of
the feature that wrote it). The composition root installs TEXTS (`ui.common.texts.install`).
"""
from __future__ import annotations

from collections.abc import Mapping

from ui.admin import errors as admin_errors
from ui.admin import labels as admin
from ui.cases import errors as cases_errors
from ui.cases import labels as cases
from ui.common import errors as common_errors
from ui.common import labels as common
from ui.common.errors import ErrorTexts
from ui.common.labels import FieldScope
from ui.common.texts import Texts
from ui.credit import errors as credit_errors
from ui.credit import labels as credit
from ui.documents import errors as documents_errors
from ui.documents import labels as documents
from ui.evidence import errors as evidence_errors
from ui.evidence import labels as evidence
from ui.hearings import errors as hearings_errors
from ui.hearings import labels as hearings
from ui.intake import errors as intake_errors
from ui.intake import labels as intake
from ui.ledger import errors as ledger_errors
from ui.ledger import labels as ledger
from ui.mediation import case_labels as mediation_cases
from ui.mediation import errors as mediation_errors
from ui.mediation import labels as mediation
from ui.publication import errors as publication_errors
from ui.publication import labels as publication
from ui.recusal import errors as recusal_errors
from ui.recusal import labels as recusal
from ui.satisfaction import errors as satisfaction_errors
from ui.satisfaction import labels as satisfaction
from ui.sync import errors as sync_errors
from ui.sync import labels as sync

# Field names that mean different things in different features; only a feature's own scope names them.
SCOPED_FIELDS = frozenset({
    "granted",  # hearings: 准予延期 (a postponement); recusal: 决定回避
    "late",     # hearings: 逾期提出 (a postponement request); intake: 逾期补正
    "method",   # common: 送达方式; satisfaction: 回访方式
    "ground",   # cases: 中止事由; credit: 失信行为
    "timeliness",  # recusal: 提出时间; satisfaction: 办案时限
    "facts",    # mediation: 事实和理由; credit: 认定事实
})

# feature → (its field names, its choice tables)
FIELDS: dict[str, tuple[Mapping, Mapping]] = {
    "common": (common.FIELD, common.CHOICES),
    "cases": (cases.FIELD, cases.CHOICES),
    "admin": (admin.FIELD, {}),
    "documents": (documents.FIELD, {}),
    "evidence": (evidence.FIELD, evidence.CHOICES),
    "hearings": (hearings.FIELD, hearings.CHOICES),
    "recusal": (recusal.FIELD, recusal.CHOICES),
    "intake": (intake.FIELD, intake.CHOICES),
    "mediation": ({**mediation.FIELD, **mediation_cases.FIELD}, {**mediation.CHOICES, **mediation_cases.CHOICES}),
    "credit": (credit.FIELD, {}), "satisfaction": (satisfaction.FIELD, {}),
    "publication": (publication.FIELD, {}),
    "sync": (sync.FIELD, {}),
}

# feature → the gestures and timeline entries it writes
ACTIONS: dict[str, Mapping] = {
    "cases": cases.ACTION, "evidence": evidence.ACTION, "hearings": hearings.ACTION, "recusal": recusal.ACTION,
    "intake": intake.ACTION, "mediation": {**mediation.ACTION, **mediation_cases.ACTION},
    "credit": credit.ACTION, "satisfaction": satisfaction.ACTION,
    "publication": publication.ACTION, "sync": sync.ACTION,
}
TIMELINE_KINDS: dict[str, Mapping] = {
    "ledger": ledger.TIMELINE_KIND,
    "cases": cases.TIMELINE_KIND, "documents": documents.TIMELINE_KIND, "evidence": evidence.TIMELINE_KIND,
    "hearings": hearings.TIMELINE_KIND, "recusal": recusal.TIMELINE_KIND,
    "mediation": {**mediation.TIMELINE_KIND, **mediation_cases.TIMELINE_KIND},
    "credit": credit.TIMELINE_KIND, "satisfaction": satisfaction.TIMELINE_KIND,
    "publication": publication.TIMELINE_KIND,
}
DEADLINE_CODES: dict[str, Mapping] = {
    "cases": cases.DEADLINE_CODE, "evidence": evidence.DEADLINE_CODE, "intake": intake.DEADLINE_CODE,
    "mediation": {**mediation.DEADLINE_CODE, **mediation_cases.DEADLINE_CODE},
    "credit": credit.DEADLINE_CODE,
}

REASONS: dict[str, Mapping] = {
    "ledger": ledger_errors.REASON,
    "common": common_errors.REASON, "cases": cases_errors.REASON, "admin": admin_errors.REASON,
    "documents": documents_errors.REASON, "evidence": evidence_errors.REASON, "hearings": hearings_errors.REASON,
    "recusal": recusal_errors.REASON, "intake": intake_errors.REASON, "mediation": mediation_errors.REASON,
    "credit": credit_errors.REASON, "satisfaction": satisfaction_errors.REASON,
    "publication": publication_errors.REASON,
    "sync": sync_errors.REASON,
}
REFUSALS: dict[str, Mapping] = {
    "ledger": ledger_errors.REFUSAL,
    "cases": cases_errors.REFUSAL, "documents": documents_errors.REFUSAL, "evidence": evidence_errors.REFUSAL,
    "hearings": hearings_errors.REFUSAL, "intake": intake_errors.REFUSAL, "mediation": mediation_errors.REFUSAL,
    "publication": publication_errors.REFUSAL,
    "sync": sync_errors.REFUSAL,
}
NOT_FOUND_KINDS: dict[str, Mapping] = {
    "ledger": ledger_errors.NOT_FOUND_KIND,
    "common": common_errors.NOT_FOUND_KIND, "cases": cases_errors.NOT_FOUND_KIND,
    "admin": admin_errors.NOT_FOUND_KIND, "documents": documents_errors.NOT_FOUND_KIND,
    "evidence": evidence_errors.NOT_FOUND_KIND, "hearings": hearings_errors.NOT_FOUND_KIND,
    "recusal": recusal_errors.NOT_FOUND_KIND, "intake": intake_errors.NOT_FOUND_KIND,
    "credit": credit_errors.NOT_FOUND_KIND,
    "mediation": mediation_errors.NOT_FOUND_KIND, "publication": publication_errors.NOT_FOUND_KIND,
    "sync": sync_errors.NOT_FOUND_KIND,
}


def conflicts(tables: Mapping[str, Mapping]) -> dict[str, dict[str, str]]:
    """Keys that two of the tables define with different texts: key → {table name: text}."""
    seen: dict[str, dict[str, str]] = {}
    for name, table in tables.items():
        for key, text in table.items():
            seen.setdefault(str(key), {})[name] = text
    return {key: texts for key, texts in seen.items() if any(t != next(iter(texts.values())) for t in texts.values())}


def merge(what: str, tables: Mapping[str, Mapping], *, scoped: frozenset[str] = frozenset()) -> dict:
    """One table of all; a key defined twice with different texts is refused, or left out when its lookups are
    scoped per feature."""
    clashes = conflicts(tables)
    unexpected = {key: texts for key, texts in clashes.items() if key not in scoped}
    if unexpected:
        raise AssertionError(f"{what}: keys defined twice with different texts: {unexpected}")
    merged: dict = {}
    for table in tables.values():
        merged.update({key: text for key, text in table.items() if key not in clashes})
    return merged


def _kind_features() -> dict[str, str]:
    owner: dict[str, str] = {}
    for tables in (TIMELINE_KINDS, ACTIONS):
        for feature, table in tables.items():
            for kind in table:
                owner.setdefault(str(kind), feature)
    return owner


ALL_FIELDS = FieldScope(merge("FIELD", {f: fields for f, (fields, _) in FIELDS.items()}, scoped=SCOPED_FIELDS),
                        merge("CHOICES", {f: choices for f, (_, choices) in FIELDS.items()}))
ALL_ACTIONS = merge("ACTION", ACTIONS)


def _finding_line(code: str, severity: str, detail: dict) -> str:
    return f"· [{hearings.severity(severity)}] {hearings.finding(code, detail)}"


ERRORS = ErrorTexts(
    reasons=merge("REASON", REASONS),
    refusals=merge("REFUSAL", REFUSALS),
    panel_problems=cases_errors.PANEL_PROBLEM,
    not_found=merge("NOT_FOUND_KIND", NOT_FOUND_KINDS),
    fields=ALL_FIELDS,
    doc_field=lambda name: documents.doc_field(name, ALL_FIELDS),
    doc_fields=documents.DOC_FIELD,
    actions=ALL_ACTIONS,
    finding_line=_finding_line,
    by_class=sync_errors.BY_CLASS,
)

TEXTS = Texts(
    actions=ALL_ACTIONS,
    timeline_kinds=merge("TIMELINE_KIND", TIMELINE_KINDS),
    deadline_codes=merge("DEADLINE_CODE", DEADLINE_CODES),
    fields=ALL_FIELDS,
    scopes={f: FieldScope(fields, choices).then(ALL_FIELDS) for f, (fields, choices) in FIELDS.items()},
    kind_feature=_kind_features(),
    errors=ERRORS,
)
