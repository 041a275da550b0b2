"""What a check-out hands over (issue 14): the records lent to a field laptop and the 文号 reserved for it.

Shared by the sync helpers: the check-out service returns a `CheckoutManifest`, ipcase.sync.copy copies what it
names into the laptop database, ipcase.sync.checkout returns a `CheckoutResult`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class LentRecord:
    kind: str        # case | intake | mediation
    record_id: int
    number: str      # 案号 / 收案编号 / 调解案号 ("" for a case not yet registered)
    version: int     # the office version at check-out


@dataclass(frozen=True)
class ReservedBlock:
    id: int
    kind: str        # the `sequences` kind, "doc:<document type>"
    year: int
    first: int
    last: int


@dataclass(frozen=True)
class CheckoutManifest:
    checkout_id: int
    office_id: int
    office_name: str
    user_id: int                     # the officer holding the records
    laptop_name: str
    created_at: datetime
    until: date | None
    package_key: bytes               # AES-256, shared with the laptop (laptop_state.package_key)
    records: tuple[LentRecord, ...]
    blocks: tuple[ReservedBlock, ...] = ()

    def ids(self, kind: str) -> tuple[int, ...]:
        return tuple(r.record_id for r in self.records if r.kind == kind)


@dataclass(frozen=True)
class CheckoutResult:
    """A check-out written to a laptop database: the manifest and where the laptop copy is."""
    manifest: CheckoutManifest
    laptop_url: str
    laptop_path: str                 # the SQLite file (encrypted with SQLCipher when a passphrase was given)
    encrypted: bool
    public_key: bytes                # the laptop's Ed25519 public key, as the office keeps it
