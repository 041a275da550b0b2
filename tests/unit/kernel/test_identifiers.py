from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ipcase.domain.enums import PatentType
from ipcase.domain.identifiers import (
    PatentNumber,
    check_credit_code,
    check_id_number,
    make_credit_code,
    make_id_number,
    make_patent_number,
    mask_id_number,
    normalize_name,
    parse_patent_number,
    patent_check_char,
)
from ipcase.errors import ValidationFailed


def _fails(func, text, **kwargs) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as info:
        func(text, **kwargs)
    return info.value


# ---------------------------------------------------------------- patent numbers

# Worked by hand (DOMAIN §10.1): Σ = 197, 197 mod 11 = 10 -> X, for both numbers.
# 93100001 (old form): 9·2+3·3+1·4+1·9 = 40, 40 mod 11 = 7.
HAND_CHECKED = [
    ("201610259567", "X"),
    ("201620913636", "X"),
    ("93100001", "7"),
]


@pytest.mark.parametrize(("digits", "check"), HAND_CHECKED)
def test_check_char_matches_hand_computation(digits, check):
    assert patent_check_char(digits) == check


def test_worked_example():
    pn = parse_patent_number("201610259567.X")
    assert pn == PatentNumber("201610259567.X", 2016, 1, PatentType.INVENTION, False)
    assert str(pn) == "ZL201610259567.X"


def test_domain_example_is_utility_model():
    pn = parse_patent_number("ZL201620913636.X")
    assert pn.patent_type is PatentType.UTILITY_MODEL
    assert pn.filing_year == 2016
    assert str(pn) == "ZL201620913636.X"


@pytest.mark.parametrize("text", [
    "201610259567.X",
    "201610259567X",
    "201610259567.x",
    "ZL201610259567.X",
    "zl201610259567.x",
    "Zl 2016 1 0259567 . X",
    "CN201610259567.X",
    "cn201610259567x",
    "  ZL 201610259567.X\t\n",
    "ＺＬ２０１６１０２５９５６７．Ｘ",  # full width
    "ZL201610259567。X",  # ideographic full stop
    "ZL\u3000201610259567.X",  # ideographic space
])
def test_spellings_all_parse_to_the_same_number(text):
    assert str(parse_patent_number(text)) == "ZL201610259567.X"


def test_old_eight_digit_format():
    pn = parse_patent_number("ZL 93100001.7")
    assert pn.application_number == "93100001.7"
    assert pn.filing_year == 1993
    assert pn.type_digit == 1
    assert pn.patent_type is PatentType.INVENTION
    assert str(pn) == "ZL93100001.7"
    assert parse_patent_number("931000017") == pn


def test_old_format_years_2000_to_2003_are_in_this_century():
    number = make_patent_number(2001, 2, 12345)
    assert number.startswith("ZL01212345.")
    assert parse_patent_number(number).filing_year == 2001


@pytest.mark.parametrize(("type_digit", "patent_type", "is_pct"), [
    (1, PatentType.INVENTION, False),
    (2, PatentType.UTILITY_MODEL, False),
    (3, PatentType.DESIGN, False),
    (8, PatentType.INVENTION, True),
    (9, PatentType.UTILITY_MODEL, True),
])
def test_type_digits(type_digit, patent_type, is_pct):
    pn = parse_patent_number(make_patent_number(2019, type_digit, 123))
    assert pn.type_digit == type_digit
    assert pn.patent_type is patent_type
    assert pn.is_pct is is_pct


def test_patent_number_is_frozen():
    pn = parse_patent_number("201610259567.X")
    with pytest.raises(dataclasses.FrozenInstanceError):
        pn.filing_year = 2017  # type: ignore[misc]


@pytest.mark.parametrize("text", [None, "", "   ", "\u3000"])
def test_required(text):
    err = _fails(parse_patent_number, text)
    assert (err.field, err.reason) == ("patent_number", "required")


@pytest.mark.parametrize("text", [
    "ZL",
    "201610259567",  # no check char
    "20161025956.X",  # 11 digits
    "2016102595677.X",  # 13 digits
    "2016-1-0259567.X",
    "ZL201610259567.Y",
    "US201610259567.X",
    "201610259567..X",
    "201610259567.X1",
    "CN112345678A",  # a publication number, not an application number
    "9310000.7",
    "专利号201610259567.X",
])
def test_format(text):
    err = _fails(parse_patent_number, text)
    assert (err.field, err.reason) == ("patent_number", "format")


@pytest.mark.parametrize("body", ["200210000001", "199810000001", "210110000001"])
def test_year_out_of_range_for_current_format(body):
    err = _fails(parse_patent_number, body + patent_check_char(body))
    assert err.reason == "year"
    assert err.detail == body[:4]


@pytest.mark.parametrize("body", ["88100001", "85100001", "04100001", "20100001"])
def test_year_out_of_range_for_old_format(body):
    assert _fails(parse_patent_number, body + patent_check_char(body)).reason == "year"


def test_current_year_refuses_future_filing():
    number = make_patent_number(2027, 1, 1)
    assert parse_patent_number(number, current_year=2027).filing_year == 2027
    err = _fails(parse_patent_number, number, current_year=2026)
    assert (err.reason, err.detail) == ("year", "2027")


def test_without_current_year_only_absurd_years_are_refused():
    assert parse_patent_number(make_patent_number(2099, 2, 5)).filing_year == 2099
    body = "210010000001"
    assert parse_patent_number(body + patent_check_char(body)).filing_year == 2100


@pytest.mark.parametrize("type_digit", [0, 4, 5, 6, 7])
def test_type(type_digit):
    body = f"2016{type_digit}0259567"
    err = _fails(parse_patent_number, body + "." + patent_check_char(body))
    assert (err.field, err.reason, err.detail) == ("patent_number", "type", str(type_digit))


def test_type_in_old_format():
    body = "93500001"
    assert _fails(parse_patent_number, body + patent_check_char(body)).reason == "type"


@pytest.mark.parametrize(("text", "expected"), [
    ("201610259567.1", "X"),
    ("ZL201610259567.0", "X"),
    ("201620913636.5", "X"),
    ("93100001.X", "7"),
])
def test_check_digit_reports_expected_char(text, expected):
    err = _fails(parse_patent_number, text)
    assert (err.field, err.reason, err.detail) == ("patent_number", "check_digit", expected)
    assert err.value == text


def test_check_digit_catches_single_digit_typos_and_swaps():
    good = "201610259567"
    for i in range(len(good)):
        for d in "0123456789":
            if d == good[i]:
                continue
            typo = good[:i] + d + good[i + 1:]
            assert patent_check_char(typo) != "X", typo
    swapped = "201610259576"
    assert patent_check_char(swapped) != "X"


def test_patent_check_char_rejects_bad_bodies():
    for bad in ["", "1234567", "1234567890123", "20161025956X"]:
        with pytest.raises(ValueError):
            patent_check_char(bad)


def test_make_patent_number_round_trips():
    for year, t, serial in [(2003, 1, 1), (2016, 1, 259567), (2024, 3, 9_999_999), (1989, 2, 0), (2003, 8, 42)]:
        number = make_patent_number(year, t, serial)
        pn = parse_patent_number(number)
        assert str(pn) == number
        assert (pn.filing_year, pn.type_digit) == (year, t)
    assert make_patent_number(2016, 1, 259567) == "ZL201610259567.X"
    assert make_patent_number(1993, 1, 1) == "ZL93100001.7"


@pytest.mark.parametrize(("year", "t", "serial"), [
    (2016, 4, 1), (2016, 1, 10_000_000), (2016, 1, -1), (1988, 1, 1), (1995, 1, 100_000),
])
def test_make_patent_number_rejects_impossible_input(year, t, serial):
    with pytest.raises(ValueError):
        make_patent_number(year, t, serial)


# ---------------------------------------------------------------- credit codes

_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _independent_uscc_check(body: str) -> str:
    # GB 32100 as written in DOMAIN §10.2, independent of stdnum: weights 3^(i-1) mod 31.
    total = sum(_USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def test_credit_code_worked_example():
    assert check_credit_code("91110000600037341L") == "91110000600037341L"
    assert _independent_uscc_check("91110000600037341") == "L"


@pytest.mark.parametrize("text", [
    "91110000600037341l",
    " 9111 0000 6000 3734 1L ",
    "91110000-600037341-L",
    "９１１１００００６０００３７３４１Ｌ",
    "\u300091110000600037341L\u3000",
])
def test_credit_code_spellings(text):
    assert check_credit_code(text) == "91110000600037341L"


def test_credit_code_letter_first_char_is_accepted():
    body = "Y1110000600037341"
    code = make_credit_code(body)
    assert code[-1] == _independent_uscc_check(body)
    assert check_credit_code(code) == code
    assert check_credit_code(code.lower()) == code


@pytest.mark.parametrize("text", [None, "", "  "])
def test_credit_code_required(text):
    err = _fails(check_credit_code, text)
    assert (err.field, err.reason) == ("credit_code", "required")


@pytest.mark.parametrize("text", [
    "9111000060003734L",  # 17 chars
    "911100006000373410L",  # 19 chars
    "9A110000600037341L",  # letter in the region code
    "91110000600O37341L",  # O is not in the alphabet
    "91110000600037341I",
    "Z1110000600037341L",
    "60003734-1",
])
def test_credit_code_format(text):
    err = _fails(check_credit_code, text)
    assert (err.field, err.reason) == ("credit_code", "format")


def test_credit_code_check_digit():
    err = _fails(check_credit_code, "91110000600037341M")
    assert (err.field, err.reason, err.detail) == ("credit_code", "check_digit", "L")


def test_make_credit_code():
    assert make_credit_code("91110000600037341") == "91110000600037341L"
    for body in ["91440300MA5DUMMY1", "12100000400000000", "N2330100MA0000001"]:
        code = make_credit_code(body)
        assert code[-1] == _independent_uscc_check(body)
        assert check_credit_code(code) == code
    for bad in ["9111000060003734", "91110000600037341O", "9111000060003734I"]:
        with pytest.raises(ValueError):
            make_credit_code(bad)


# ---------------------------------------------------------------- ID numbers

def test_id_number_worked_example():
    assert check_id_number("360426199101010071") == "360426199101010071"


@pytest.mark.parametrize("text", [" 360426 19910101 0071 ", "３６０４２６１９９１０１０１００７１"])
def test_id_number_spellings(text):
    assert check_id_number(text) == "360426199101010071"


def test_id_number_lower_case_x():
    number = make_id_number("11010519491231002")
    assert number[-1] == "X"  # picked so the check char is X
    assert check_id_number(number.lower()) == number


@pytest.mark.parametrize("text", [None, "", " "])
def test_id_number_required(text):
    err = _fails(check_id_number, text)
    assert (err.field, err.reason) == ("id_number", "required")


@pytest.mark.parametrize("text", [
    "360426910101007",  # 15-digit first generation
    "36042619910101007",
    "3604261991010100711",
    "36042619910101007A",
    "3604261991O1010071",
])
def test_id_number_format(text):
    err = _fails(check_id_number, text)
    assert (err.field, err.reason) == ("id_number", "format")


def test_id_number_check_digit():
    err = _fails(check_id_number, "360426199101010072")
    assert (err.field, err.reason, err.detail) == ("id_number", "check_digit", "1")


@pytest.mark.parametrize("birth", ["19910230", "19911301", "19910100", "18000101"])
def test_id_number_birth_date(birth):
    number = make_id_number(f"360426{birth}007")
    err = _fails(check_id_number, number)
    assert (err.field, err.reason, err.detail) == ("id_number", "birth_date", birth)


def test_id_number_future_birth_date_refused_only_with_today():
    number = make_id_number("36042620300101007")
    assert check_id_number(number) == number
    assert check_id_number(number, today=date(2030, 1, 1)) == number
    assert _fails(check_id_number, number, today=date(2029, 12, 31)).reason == "birth_date"


def test_make_id_number():
    assert make_id_number("36042619910101007") == "360426199101010071"
    for bad in ["3604261991010100", "3604261991010100X", "360426199101010071"]:
        with pytest.raises(ValueError):
            make_id_number(bad)


@pytest.mark.parametrize(("text", "masked"), [
    ("360426199101010071", "360426********0071"),
    ("11010519491231002x", "110105********002X"),
    (" 360426 199101010071", "360426********0071"),
    ("360426910101007", "360426*****1007"),
    ("1234567890", "**********"),
    ("", ""),
    (None, ""),
])
def test_mask_id_number(text, masked):
    assert mask_id_number(text) == masked


# ---------------------------------------------------------------- names

@pytest.mark.parametrize(("a", "b"), [
    ("深圳市某某科技有限公司（深圳分公司）", "深圳市某某科技有限公司(深圳分公司)"),
    ("深圳市某某科技有限公司【深圳分公司】", "深圳市某某科技有限公司〔深圳分公司〕"),
    ("深圳市 某某 科技有限公司", "深圳市某某科技有限公司"),
    ("深圳市\u3000某某科技有限公司\n", "深圳市某某科技有限公司"),
    ("ＡＢＣ　Ｔｅｃｈｎｏｌｏｇｙ　Ｃｏ．，Ｌｔｄ．", "abc technology co.,ltd."),
    ("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES CO.,LTD."),
    ("约翰・史密斯", "约翰·史密斯"),
    ("某某\u200b公司", "某某公司"),
])
def test_normalize_name_matches_variants(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_normalize_name_result():
    assert normalize_name(" 深圳市某某科技有限公司（深圳分公司）ABC\u3000") == "深圳市某某科技有限公司(深圳分公司)abc"
    assert normalize_name(None) == ""


def test_normalize_name_keeps_different_names_apart():
    assert normalize_name("某某科技有限公司") != normalize_name("某某科技股份有限公司")
    assert normalize_name("ÄBC") == "Äbc"  # only ASCII is case-folded
