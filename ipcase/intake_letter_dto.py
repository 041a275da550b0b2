"""Frozen data of the intake item's letters (转交函): what the document engine prints of an item."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ipcase.documents_dto import DocOffice


@dataclass(frozen=True)
class LetterTarget:
    name: str
    credit_code: str = ""
    address: str = ""
    shop_url: str = ""
    booth: str = ""


@dataclass(frozen=True)
class LetterItem:
    """Everything an intake item holds that its letter may print."""
    office: DocOffice
    number: str                 # 收案编号
    kind: str                   # domain.intake.IntakeKind value
    channel: str                # domain.intake.IntakeChannel value
    received_at: datetime
    anonymous: bool
    submitter_name: str
    submitter_address: str
    referred_by: str
    targets: tuple[LetterTarget, ...]
    patent_numbers: tuple[str, ...]
    patent_title: str
    patentee: str
    product: str
    description: str
    handler_name: str
