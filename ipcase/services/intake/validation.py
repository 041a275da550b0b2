"""Checking an intake item as typed, and writing it onto the record. Every wrong field is reported at once,
under the key the quick-entry form registers its widget with (`targets[1].credit_code`, `patents[0]`)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ipcase.db.models.intake import IntakeItem, IntakePatent, IntakeTarget
from ipcase.domain.enums import PartyKind
from ipcase.domain.identifiers import normalize_name, parse_patent_number
from ipcase.domain.intake.items import (
    ANONYMOUS_KINDS,
    REPORT_KINDS,
    TARGET_REQUIRED,
    IntakeChannel,
    IntakeKind,
    channel_flags,
)
from ipcase.domain.intake.matching import canonical_patent
from ipcase.domain.parties import check_party
from ipcase.dto.intake import IntakeInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.common import check_assignee, oversize

MAX_ATTACHMENT_BYTES = 20_000_000   # a scanned 请求书 with its evidence; bigger files belong on paper
PATENT_REQUIRED = frozenset({IntakeKind.REQUEST, IntakeKind.COMPLAINT})


def validate_item(s: Session, data: IntakeInput, now: datetime) -> dict:
    """The cleaned values (canonical patent numbers and codes); raises ValidationErrors naming each field."""
    errors: list[ValidationFailed] = []
    clean: dict = {"targets": {}}
    try:
        kind = IntakeKind(data.kind)
    except ValueError:
        errors.append(ValidationFailed("intake_kind", "choice", str(data.kind)))
        kind = None
    try:
        channel = IntakeChannel(data.channel)
    except ValueError:
        errors.append(ValidationFailed("intake_channel", "choice", str(data.channel)))
        channel = None
    if data.received_at is None:
        errors.append(ValidationFailed("received_at", "required"))
    elif data.received_at > now:
        errors.append(ValidationFailed("received_at", "future", f"{data.received_at:%Y-%m-%d %H:%M}"))

    if data.anonymous:
        if kind is not None and kind not in ANONYMOUS_KINDS:
            errors.append(ValidationFailed("anonymous", "intake_anonymous_kind"))
    else:
        # A natural person's credit code is not asked for (and not kept).
        code = "" if data.submitter_kind == PartyKind.NATURAL else data.submitter_credit_code.strip()
        codes = check_party("submitter_", errors, name=data.submitter_name, credit_code=code)
        if "credit_code" in codes:
            clean["submitter_credit_code"] = codes["credit_code"]
        if kind in REPORT_KINDS and not (data.submitter_phone.strip() or data.submitter_address.strip()):
            # A real-name reporter must be told of the decision (CMP art 31): keep a way to reach them.
            errors.append(ValidationFailed("submitter_phone", "intake_contact_required"))
    if channel == IntakeChannel.REFERRAL and not data.referred_by.strip():
        errors.append(ValidationFailed("referred_by", "required"))

    named = [t for t in data.targets if any(v.strip() for v in (t.name, t.credit_code, t.address, t.shop_url,
                                                                 t.booth))]
    if kind in TARGET_REQUIRED and not named:
        errors.append(ValidationFailed("targets", "required"))
    for i, t in enumerate(data.targets):
        if t not in named:
            continue
        codes = check_party(f"targets[{i}].", errors, name=t.name, credit_code=t.credit_code)
        if "credit_code" in codes:
            clean["targets"][i] = codes["credit_code"]

    numbers = []
    for i, raw in enumerate(data.patent_numbers):
        if not raw.strip():
            continue
        if kind == IntakeKind.COUNTERFEIT:
            # 假冒专利 is often marking a number that does not exist: keep it as written, canonically spelt.
            numbers.append(canonical_patent(raw))
            continue
        try:
            numbers.append(str(parse_patent_number(raw, current_year=now.year)))
        except ValidationFailed as e:
            errors.append(ValidationFailed(f"patents[{i}]", e.reason, e.detail, value=raw))
    if kind in PATENT_REQUIRED and not numbers and not any(e.field.startswith("patents[") for e in errors):
        errors.append(ValidationFailed("patents", "required"))
    clean["patents"] = list(dict.fromkeys(numbers))

    errors += filter(None, (oversize(f"attachments[{i}]", a.content, MAX_ATTACHMENT_BYTES)
                            for i, a in enumerate(data.attachments)))
    check_assignee(s, data.handler_id, "intake.triage", "handler_id", errors)
    if errors:
        raise ValidationErrors(errors)
    return clean


def write_item(item: IntakeItem, data: IntakeInput, clean: dict) -> None:
    item.kind = IntakeKind(data.kind).value
    item.channel = IntakeChannel(data.channel).value
    item.received_at = data.received_at.replace(microsecond=0)
    item.anonymous = data.anonymous
    anonymous = data.anonymous
    item.submitter_name = "" if anonymous else data.submitter_name.strip()
    item.submitter_kind = PartyKind(data.submitter_kind).value
    item.submitter_credit_code = "" if anonymous else clean.get("submitter_credit_code", "")
    item.submitter_phone = "" if anonymous else data.submitter_phone.strip()
    item.submitter_address = "" if anonymous else data.submitter_address.strip()
    item.referred_by = data.referred_by.strip() if data.channel == IntakeChannel.REFERRAL else ""
    item.patent_title = data.patent_title.strip()
    item.patentee = data.patentee.strip()
    item.evaluation_report = data.evaluation_report
    item.product = data.product.strip()
    item.description = data.description.strip()
    # An item that came in at a fair booth or through a platform notice is such an item, whatever was ticked.
    implied = channel_flags(IntakeChannel(data.channel))
    item.flag_foreign = data.flag_foreign
    item.flag_ecommerce = data.flag_ecommerce or implied["flag_ecommerce"]
    item.flag_trade_fair = data.flag_trade_fair or implied["flag_trade_fair"]
    if data.handler_id is not None:
        item.handler_id = data.handler_id
    item.targets = [
        IntakeTarget(position=i, name=t.name.strip(), name_normalized=normalize_name(t.name),
                     kind=PartyKind(t.kind).value, credit_code=clean["targets"].get(i, ""),
                     address=t.address.strip(), shop_url=t.shop_url.strip(), booth=t.booth.strip())
        for i, t in enumerate(data.targets) if t.name.strip()]
    item.patents = [IntakePatent(position=i, number=n) for i, n in enumerate(clean["patents"])]
    item.search_text = search_text(item)


def search_text(item: IntakeItem) -> str:
    """What the register's search looks in: 收案编号, names (as written and normalised), codes, patent numbers
    with and without prefix and dot, product, referring authority."""
    bits = [item.number or "", item.submitter_name, normalize_name(item.submitter_name), item.submitter_credit_code,
            item.product, item.referred_by, item.patent_title]
    for t in item.targets:
        bits += [t.name, t.name_normalized, t.credit_code, t.shop_url, t.booth]
    for p in item.patents:
        bits += [p.number, p.number.removeprefix("ZL"), p.number.replace(".", "")]
    return " | ".join(b for b in bits if b)
