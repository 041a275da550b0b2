"""The canonical form the chain hashes: one JSON text per value, the same on SQLite and PostgreSQL and on every
machine, so an entry hashed when written hashes the same when verified years later.

Binary content (a document's DOCX/PDF, an evidence file) enters the chain as its digest, not its bytes: the entry
stays small and replacing the content changes the digest the chain holds."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

DEFAULT_ALGORITHM = "sm3"   # GB/T 32905; OpenSSL 3 provides it to hashlib
GENESIS_PREV = ""           # the first entry's "previous hash"


def digest(data: bytes, algorithm: str = DEFAULT_ALGORITHM) -> str:
    return hashlib.new(algorithm, data).hexdigest()


# Values that are their own plain form: the exact types first (a type lookup, not an isinstance chain: `plain`
# runs ≈ 180,000 times while the demo is built); their subclasses take the isinstance test below.
_OWN_FORM = frozenset({str, int, bool, type(None)})


def plain(value: Any, algorithm: str = DEFAULT_ALGORITHM) -> Any:
    """A JSON-ready value with one spelling per meaning (a date is ISO text, bytes are their digest)."""
    if type(value) in _OWN_FORM or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return plain(value.value, algorithm)
    if isinstance(value, float):
        return repr(value)  # JSON floats round differently across encoders; the repr is exact
    if isinstance(value, Decimal):
        return str(value.normalize()) if value == value.to_integral_value() else str(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ") if value.tzinfo is None else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return f"{algorithm}:{digest(bytes(value), algorithm)}"
    if isinstance(value, Mapping):
        return {str(k): plain(v, algorithm) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v, algorithm) for v in value]
        return sorted(items, key=dumps) if isinstance(value, set | frozenset) else items
    raise TypeError(f"no canonical form for {type(value).__name__}")


def dumps(value: Any) -> str:
    """Canonical JSON text of an already plain value: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def row_digest(image: Mapping[str, Any], algorithm: str = DEFAULT_ALGORITHM) -> str:
    """The digest of a row's plain image (column name → plain value)."""
    return digest(dumps(dict(image)).encode("utf-8"), algorithm)


def entry_hash(content: Mapping[str, Any], prev_hash: str, algorithm: str) -> str:
    """H(canonical content ‖ previous hash): an entry changed, removed or inserted breaks every later link."""
    return digest(dumps(dict(content)).encode("utf-8") + b"\x00" + prev_hash.encode("ascii"), algorithm)


__all__ = ["DEFAULT_ALGORITHM", "GENESIS_PREV", "digest", "dumps", "entry_hash", "plain", "row_digest"]
