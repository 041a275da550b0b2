"""The redaction rule: proposals from the case and the text, and one mask applied everywhere (issue 17)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipcase.domain.publication import redaction
from ipcase.domain.publication.redaction import ID_MASK, Mask, MaskKind, Person, Sources
from ipcase.errors import ValidationErrors, ValidationFailed

TEXT = ("被请求人张三，男，身份证号11010519491231002X，住浙江省宁波市鄞州区天童路100号，电话13812345678。"
        "张三在其店铺销售被诉侵权产品，销售额12,000元。证人李四证明，张三曾于2025年向其出售产品。"
        "张三的开户行账号6222021234567890123。张四系张三之弟。")


def test_names_become_surname_mou_and_stay_distinct():
    masks = redaction.name_masks([Person("张三", "当事人"), Person("张四", "证人"), Person("张五", "证人"),
                                  Person("欧阳娜娜", "代理人"), Person("John Smith", "代理人"),
                                  Person("宁波华辰科技有限公司", "当事人", natural=False)])
    assert [(m.original, m.replacement) for m in masks] == [
        ("张三", "张某"), ("张四", "张某某"), ("张五", "张某甲"), ("欧阳娜娜", "欧阳某"), ("John Smith", "某某")]


def test_proposals_cover_names_ids_addresses_phones_accounts_and_amounts():
    sources = Sources((Person("张三", "当事人"), Person("李四", "证人")), ("11010519491231002X",),
                      (("浙江省宁波市鄞州区天童路100号", True),), ("13812345678",))
    found = {m.original: m for m in redaction.propose(TEXT, sources)}
    assert found["张三"].replacement == "张某" and found["李四"].replacement == "李某"
    assert found["11010519491231002X"].replacement == ID_MASK
    assert found["浙江省宁波市鄞州区天童路100号"].replacement == "浙江省宁波市××"
    assert found["13812345678"].replacement == "138****5678"
    assert found["6222021234567890123"].kind == MaskKind.ACCOUNT and found["6222021234567890123"].accepted
    assert found["12,000元"].kind == MaskKind.AMOUNT and not found["12,000元"].accepted   # public unless asked


def test_an_id_number_found_only_in_the_text_is_checked_by_its_check_digit():
    kinds = {m.original: m.kind for m in redaction.propose("号码110105194912310021与11010519491231002X", Sources())}
    assert kinds["11010519491231002X"] == MaskKind.ID_NUMBER
    assert kinds["110105194912310021"] == MaskKind.ACCOUNT   # a long number all the same, masked as an account


def test_a_mask_applies_everywhere_and_longest_first():
    masks = [Mask("张三", "张某", MaskKind.NAME), Mask("张三丰", "张某丰", MaskKind.NAME),
             Mask("李四", "李某", MaskKind.NAME, accepted=False)]
    out = redaction.apply("张三丰与张三；张三。李四", masks)
    assert out == "张某丰与张某；张某。李四"
    assert redaction.leaks([out], masks) == ()


def test_replacements_that_would_reveal_or_disagree_are_refused():
    with pytest.raises(ValidationFailed) as e:
        redaction.check([Mask("张三", "张三某", MaskKind.NAME)])
    assert e.value.reason == "replacement_reveals"
    with pytest.raises(ValidationErrors):
        redaction.check([Mask("张三", "张某", MaskKind.NAME), Mask("张三", "某某", MaskKind.MANUAL),
                         Mask("", "x", MaskKind.MANUAL)])
    with pytest.raises(ValidationFailed):   # 张三 → 张某 would bring back another original, 张某
        redaction.check([Mask("张三", "张某", MaskKind.NAME), Mask("张某", "某某", MaskKind.MANUAL)])


_CJK = st.text(alphabet="张王李三四五某甲乙在店销售，。", min_size=0, max_size=60)


@given(_CJK, st.lists(st.tuples(st.text(alphabet="张王李三四五", min_size=1, max_size=3),
                                st.sampled_from(["某某", "××", "X"])), max_size=4))
def test_no_accepted_original_survives(text, pairs):
    masks = [Mask(o, r, MaskKind.MANUAL) for o, r in dict(pairs).items()]
    try:
        masks = redaction.check(masks)
    except (ValidationFailed, ValidationErrors):
        return
    out = redaction.apply(text, masks)
    # Whatever the text, an accepted original appears in the output only where replacements touch each other
    # and spell it across their seam; replacements here share no character with the originals, so never.
    assert redaction.leaks([out], masks) == ()
    assert redaction.apply(out, masks) == out      # applying again changes nothing


def test_masks_round_trip_through_json():
    masks = (Mask("张三", "张某", MaskKind.NAME, True, "当事人"), Mask("12元", "××元", MaskKind.AMOUNT, False, "正文"))
    assert redaction.from_json(redaction.to_json(masks)) == masks
