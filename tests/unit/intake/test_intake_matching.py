"""Same matter = same patent and same respondent; respondents match by credit code however it is written, or
by normalised name; a ruling that found infringement makes a new request 重复侵权."""
from __future__ import annotations

from datetime import date, timedelta

from ipcase.domain.identifiers import make_credit_code, make_patent_number
from ipcase.domain.intake.matching import (
    MatterRecord,
    PartyKey,
    canonical_credit_code,
    canonical_patent,
    find_same_matter,
    repeat_infringement,
    same_party,
)

PATENT = make_patent_number(2021, 2, 1234567)
OTHER_PATENT = make_patent_number(2020, 3, 7654321)
CODE = make_credit_code("91330200MA2AB1234")
OTHER_CODE = make_credit_code("91440300MA5XY9876")


def record(source="case", id=1, patents=(PATENT,), parties=(), ruling=False, decided=None, state="investigation",
           effective="after_decided"):
    if effective == "after_decided":  # in force some weeks after the ruling, unless a test says otherwise
        effective = decided + timedelta(days=30) if ruling and decided else None
    return MatterRecord(source, id, f"ref-{id}", state, frozenset(canonical_patent(p) for p in patents),
                        tuple(parties), ruling, decided, effective)


def test_names_match_across_spacing_full_width_and_bracket_styles():
    a = PartyKey.of("义乌市 鼎盛贸易商行（普通合伙）")
    b = PartyKey.of("义乌市鼎盛贸易商行(普通合伙)")
    c = PartyKey.of("义乌市鼎盛贸易商行〔普通合伙〕 ")
    assert same_party(a, b) == "name" and same_party(a, c) == "name"
    assert same_party(PartyKey.of("ＡＢＣ 科技有限公司"), PartyKey.of("abc科技有限公司")) == "name"


def test_the_same_credit_code_written_differently_matches():
    spaced = " ".join([CODE[:6], CODE[6:12], CODE[12:]]).lower()
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in CODE)
    hyphenated = CODE[:9] + "-" + CODE[9:]
    assert canonical_credit_code(spaced) == canonical_credit_code(full_width) == canonical_credit_code(hyphenated) \
        == CODE
    assert same_party(PartyKey.of("甲公司", spaced), PartyKey.of("乙公司（更名后）", full_width)) == "credit_code"


def test_two_different_codes_are_two_entities_even_under_one_name():
    assert same_party(PartyKey.of("鼎盛商行", CODE), PartyKey.of("鼎盛商行", OTHER_CODE)) is None
    # one side without a code: the name decides
    assert same_party(PartyKey.of("鼎盛商行", CODE), PartyKey.of("鼎盛 商行")) == "name"


def test_a_mistyped_code_still_matches_itself():
    bad = CODE[:-1] + ("0" if CODE[-1] != "0" else "1")
    assert canonical_credit_code(bad.lower()) == bad


def test_patent_numbers_in_any_spelling():
    bare = PATENT.removeprefix("ZL")
    assert canonical_patent(bare) == canonical_patent(bare.replace(".", "")) == canonical_patent(f"ZL {bare}") == PATENT
    assert canonical_patent("zl 2021 1 0000000") == "ZL20211" + "0000000"  # no check char: kept compact


def test_same_matter_needs_the_patent_and_the_respondent():
    them = PartyKey.of("义乌市鼎盛贸易商行", CODE)
    records = [
        record(id=1, parties=(them,)),
        record(id=2, patents=(OTHER_PATENT,), parties=(them,)),          # other patent
        record(id=3, parties=(PartyKey.of("别的公司"),)),                 # other respondent
        record(source="item", id=4, parties=(PartyKey.of("义乌市 鼎盛贸易商行"),), state="open"),
    ]
    hits = find_same_matter([PATENT.removeprefix("ZL")], [PartyKey.of("义乌市鼎盛贸易商行")], records)
    assert [(h.record.source, h.record.id, h.matched_by) for h in hits] == [("case", 1, "name"), ("item", 4, "name")]
    assert find_same_matter([], [them], records) == []
    assert find_same_matter([PATENT], [], records) == []


def test_an_infringement_ruling_makes_a_new_request_a_repeat_and_comes_first():
    them = PartyKey.of("义乌市鼎盛贸易商行", CODE)
    records = [record(id=5, parties=(them,)),
               record(id=7, parties=(them,), ruling=True, decided=date(2026, 3, 1), state="closed_ruling_infringement"),
               record(id=6, parties=(them,), ruling=True, decided=date(2025, 6, 1), state="archived")]
    hits = find_same_matter([PATENT], [PartyKey.of("鼎盛", CODE)], records)
    assert [h.record.id for h in hits] == [6, 7, 5]
    assert [h.matched_by for h in hits] == ["credit_code"] * 3
    assert repeat_infringement(hits).record.id == 7
    # only a ruling in force by the time the new request came in counts
    assert repeat_infringement(hits, before=date(2026, 1, 1)).record.id == 6
    assert repeat_infringement(hits, before=date(2026, 3, 15)).record.id == 6   # 7 made, not yet in force
    assert repeat_infringement(hits, before=date(2026, 3, 31)).record.id == 7
    assert repeat_infringement(hits, before=date(2025, 1, 1)) is None
    assert repeat_infringement([h for h in hits if not h.repeat]) is None


def test_a_ruling_not_in_force_is_the_same_matter_but_not_a_repeat():
    them = PartyKey.of("义乌市鼎盛贸易商行", CODE)
    pending = record(id=8, parties=(them,), ruling=True, decided=date(2026, 3, 1), effective=None,
                     state="closed_ruling_infringement")
    hits = find_same_matter([PATENT], [them], [pending])
    assert [(h.record.id, h.repeat) for h in hits] == [(8, False)]
    assert repeat_infringement(hits) is None
