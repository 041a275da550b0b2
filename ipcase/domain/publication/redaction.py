"""Redaction of a ruling before it is published (M25 art 83): what to propose, and one way to apply it.

The rule that matters most is consistency: a name masked in one paragraph and left in another is the classic
leak. So masks are not positions in a text but pairs (original → replacement) applied in one pass to EVERY
text the published version carries — body, title, file name, document metadata — by `apply`; `leaks` says
which accepted originals a text still contains (the publication service refuses to publish while any does).

Proposals come from what the case knows (natural persons' names from parties, agents and witnesses; ID
numbers; addresses below the city) and from patterns in the text (ID numbers checked by python-stdnum, phone
numbers, bank accounts, amounts). Each is reviewable: `accepted` is the proposal's default.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from stdnum.cn import ric

from ipcase.errors import ValidationErrors, ValidationFailed


class MaskKind(StrEnum):
    NAME = "name"              # a natural person's name → 张某
    ID_NUMBER = "id_number"    # 居民身份证号
    ADDRESS = "address"        # an address below the city
    PHONE = "phone"
    ACCOUNT = "account"        # bank account
    AMOUNT = "amount"          # an amount a party asked to keep confidential
    CONFIDENTIAL = "confidential"   # anything else a party asked to keep confidential (申请不予公开的内容)
    MANUAL = "manual"          # anything else the officer selected


@dataclass(frozen=True)
class Mask:
    original: str
    replacement: str
    kind: MaskKind
    accepted: bool = True
    source: str = ""           # where the proposal came from (当事人/代理人/证人/正文), for the reviewer


@dataclass(frozen=True)
class Person:
    name: str
    source: str                # 当事人 / 代理人 / 证人 / 法定代表人
    natural: bool = True       # a legal person's name is published as it is
    accept: bool = True        # proposed as accepted (a legal representative's name: proposed, not accepted)


@dataclass(frozen=True)
class Confidential:
    """One item a party asked to keep confidential (M25 art 83: 当事人申请不予公开的内容): a text to mask as it
    stands, or an amount, masked wherever the ruling states that sum (50万元 and 500,000元 alike)."""
    text: str
    amount: bool = False
    source: str = "当事人申请"   # who asked and when, for the reviewer


@dataclass(frozen=True)
class Sources:
    """What the case knows about the people in the ruling, and what its parties asked to keep confidential."""
    persons: tuple[Person, ...] = ()
    id_numbers: tuple[str, ...] = ()
    addresses: tuple[tuple[str, bool], ...] = ()   # (address, belongs to a natural person)
    phones: tuple[str, ...] = ()
    confidential: tuple[Confidential, ...] = ()


# Two-character surnames common enough to matter; anything else takes its first character.
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 独孤 南宫 西门 端木 轩辕 呼延".split())
_HAN = re.compile(r"^[\u4e00-\u9fff·]+$")
_SUFFIXES = "甲乙丙丁戊己庚辛壬癸"
ID_MASK = "××××××××××××××××××"
_CITY = re.compile(r"^(.*?(?:省|自治区))?(.*?(?:市|自治州|地区|盟))")
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_PHONE_IN_TEXT = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
_ACCOUNT_IN_TEXT = re.compile(r"(?<![0-9A-Za-z.])\d{16,19}(?![0-9.])")
_AMOUNT_IN_TEXT = re.compile(r"(?<![\d.])\d[\d,，]*(?:\.\d+)?\s*(?:万元|元)")


def amount_value(text: str) -> Decimal | None:
    """The sum an amount states, in 元: "50万元", "50 万", "500,000元", "500000" → 500000; None if it is no amount."""
    t = re.sub(r"[\s,，]", "", text).removesuffix("元")
    factor = Decimal(1)
    if t.endswith("万"):
        t, factor = t[:-1], Decimal(10000)
    if not re.fullmatch(r"\d+(?:\.\d+)?", t):
        return None
    return (Decimal(t) * factor).normalize()


def surname(name: str) -> str:
    return name[:2] if name[:2] in _COMPOUND_SURNAMES else name[:1]


def name_masks(persons: Iterable[Person]) -> list[Mask]:
    """张三 → 张某; a second 张 → 张某某, then 张某甲, 张某乙 …: one replacement per person, never shared, so
    the published text still tells the people apart. A name that is not Chinese characters → 某某 (甲, 乙…)."""
    taken: set[str] = set()
    out: list[Mask] = []
    seen: set[str] = set()
    for p in persons:
        name = p.name.strip()
        if not p.natural or len(name) < 2 or name in seen:
            continue
        seen.add(name)
        stem = surname(name) + "某" if _HAN.match(name) else "某某"
        options = [stem, stem + "某"] if _HAN.match(name) else [stem]
        options += [stem + s for s in _SUFFIXES]
        pick = next(o for o in options if o not in taken)
        taken.add(pick)
        out.append(Mask(name, pick, MaskKind.NAME, p.accept, p.source))
    return out


def address_mask(address: str, natural: bool) -> Mask | None:
    """Keep the address down to the city (浙江省宁波市), mask the rest."""
    address = address.strip()
    m = _CITY.match(address)
    kept = m.group(0) if m else ""
    if not address or kept == address:
        return None
    return Mask(address, (kept or "") + "××", MaskKind.ADDRESS, natural)


def phone_mask(phone: str) -> str:
    digits = phone.replace("-", "")
    return digits[:3] + "****" + digits[-4:] if len(digits) >= 11 else "****" + digits[-4:]


def propose(text: str, sources: Sources) -> tuple[Mask, ...]:
    """Every proposal for `text`, in the order the editor lists them; one per original."""
    found: dict[str, Mask] = {}

    def add(mask: Mask | None) -> None:
        if mask and mask.original and mask.original not in found:
            found[mask.original] = mask

    for m in name_masks(sources.persons):
        add(m)
    # What a party asked to keep confidential is masked unless the officer decides otherwise: a proposal of
    # another kind for the same text is ticked (a 法定代表人 a party asked about), keeping its replacement.
    amounts: dict[Decimal, str] = {}
    for c in sources.confidential:
        text_ = c.text.strip()
        value = amount_value(text_) if c.amount else None
        if value is not None:
            amounts.setdefault(value, c.source)
        elif text_ in found:
            found[text_] = replace(found[text_], accepted=True, source=f"{found[text_].source}；{c.source}")
        elif text_:
            add(Mask(text_, "××", MaskKind.CONFIDENTIAL, True, c.source))
    for number in sources.id_numbers:
        if number.strip():
            add(Mask(number.strip(), ID_MASK, MaskKind.ID_NUMBER, True, "当事人"))
    for address, natural in sources.addresses:
        add(address_mask(address, natural))
    for phone in sources.phones:
        if phone.strip():
            add(Mask(phone.strip(), phone_mask(phone.strip()), MaskKind.PHONE, True, "当事人"))
    for m in _ID_IN_TEXT.finditer(text):
        if ric.is_valid(m.group(0)):
            add(Mask(m.group(0), ID_MASK, MaskKind.ID_NUMBER, True, "正文"))
    for m in _PHONE_IN_TEXT.finditer(text):
        add(Mask(m.group(0), phone_mask(m.group(0)), MaskKind.PHONE, True, "正文"))
    for m in _ACCOUNT_IN_TEXT.finditer(text):
        if not ric.is_valid(m.group(0)):
            add(Mask(m.group(0), "****" + m.group(0)[-4:], MaskKind.ACCOUNT, True, "正文"))
    # Amounts are public unless a party asked otherwise: proposed, ticked only for the sums a party asked about.
    for m in _AMOUNT_IN_TEXT.finditer(text):
        unit = "万元" if m.group(0).endswith("万元") else "元"
        asked = amounts.get(amount_value(m.group(0)))
        add(Mask(m.group(0), "××" + unit, MaskKind.AMOUNT, asked is not None, asked or "正文"))
    return tuple(found.values())


def manual(selection: str, replacement: str = "") -> Mask:
    return Mask(selection.strip(), replacement.strip() or "××", MaskKind.MANUAL, True, "手工")


def accepted(masks: Iterable[Mask]) -> list[Mask]:
    return [m for m in masks if m.accepted]


def check(masks: Sequence[Mask]) -> list[Mask]:
    """The accepted masks, refused when one cannot be applied consistently: an empty original, a replacement
    that contains an original, or one original masked two ways."""
    errors: list[ValidationFailed] = []
    chosen: dict[str, str] = {}
    originals = {m.original for m in accepted(masks) if m.original.strip()}
    for m in accepted(masks):
        if not m.original.strip():
            errors.append(ValidationFailed("masks", "empty_original"))
        elif any(o in m.replacement for o in originals):
            # A replacement that contains an original (its own or another's) would put it back into the text.
            errors.append(ValidationFailed("masks", "replacement_reveals", m.original))
        elif chosen.get(m.original, m.replacement) != m.replacement:
            errors.append(ValidationFailed("masks", "two_replacements", m.original))
        chosen[m.original] = m.replacement
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    return accepted(masks)


def apply(text: str, masks: Iterable[Mask]) -> str:
    """Every accepted original replaced everywhere, in one pass, longest first (宁波市鄞州区xx路 before 宁波):
    a replacement is never scanned again, so masks cannot rewrite each other's output."""
    table = {m.original: m.replacement for m in masks if m.accepted and m.original}
    if not table or not text:
        return text
    pattern = re.compile("|".join(re.escape(o) for o in sorted(table, key=len, reverse=True)))
    return pattern.sub(lambda m: table[m.group(0)], text)


def leaks(texts: Iterable[str], masks: Iterable[Mask]) -> tuple[str, ...]:
    """The accepted originals still present in any of `texts` (empty when the masking held)."""
    originals = {m.original for m in masks if m.accepted and m.original}
    return tuple(sorted(o for o in originals if any(o in t for t in texts)))


def to_json(masks: Iterable[Mask]) -> list[dict]:
    return [{"original": m.original, "replacement": m.replacement, "kind": m.kind.value,
             "accepted": m.accepted, "source": m.source} for m in masks]


def from_json(rows: Iterable[dict]) -> tuple[Mask, ...]:
    return tuple(Mask(r["original"], r["replacement"], MaskKind(r["kind"]), bool(r.get("accepted", True)),
                      r.get("source", "")) for r in rows)
