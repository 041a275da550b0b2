"""Service is recorded against an issued document (issue 15): the case's own 送达 actions (受理通知书送达,
请求书副本送达, 裁决书送达) record the service of the 受理通知书, 答辩通知书 or 裁决书 issued to that party, exactly as
the 送达 register does. Without such a document there is nothing to serve: the action is not offered, and a party
without one is refused by name.

Pure: the loader (`ipcase.loaders.service_documents`) says which parties each document was issued to.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ipcase.domain.machine import Refusal


@dataclass(frozen=True)
class Servable:
    """The document a case's service action records, and the parties it has been issued to."""
    action: str                             # CaseAction value (serve_copy, …)
    document: str                           # its title, named in the refusal
    issued_to: frozenset[int] = frozenset()  # party ids holding an issued copy
    names: tuple[tuple[int, str], ...] = ()  # party id → name, for the refusal


def not_issued(servable: Iterable[Servable], action: str, payload: Mapping) -> Refusal | None:
    """Why `action` cannot record the service in `payload` ('document_not_issued' naming the document, and the
    parties without one when some have it), or None. Without a payload (offering the action): refused only
    when the document was issued to nobody."""
    entry = next((x for x in servable if x.action == action), None)
    if entry is None:
        return None     # not a service action
    served = payload.get("served")
    if served is None:
        return None if entry.issued_to else Refusal("document_not_issued", entry.document)
    missing = [pid for pid in served if pid not in entry.issued_to]
    if not missing:
        return None
    if not entry.issued_to:
        return Refusal("document_not_issued", entry.document)
    names = dict(entry.names)
    return Refusal("document_not_issued",
                   f"{entry.document}（{'、'.join(names.get(pid, str(pid)) for pid in missing)}）")
