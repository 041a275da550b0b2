"""OfficialCalendar (package data + administrator-entered years), YearCalendar validation and the
holiday import format."""
from __future__ import annotations

from datetime import date

import pytest

from ipcase.domain.calendar import OfficialCalendar, YearCalendar, default_calendar, parse_holiday_file
from ipcase.errors import ValidationFailed

D = date

# A made-up but complete 2027 year (every festival of the 放假办法 has its statutory days; the real notice is
# published around November 2026): 春节 除夕 Fri 02-05 … 初三 Mon 02-08, plus a 调休 Saturday.
Y2027 = YearCalendar(
    2027,
    holidays={D(2027, 1, 1): "元旦", **{D(2027, 2, d): "春节" for d in (5, 6, 7, 8)}, D(2027, 4, 5): "清明节",
              D(2027, 5, 1): "劳动节", D(2027, 5, 2): "劳动节", D(2027, 6, 9): "端午节", D(2027, 9, 15): "中秋节",
              **{D(2027, 10, d): "国庆节" for d in (1, 2, 3)}},
    workdays={D(2027, 2, 20): "春节调休"},
)


# ---------------------------------------------------------------- package years


def test_package_year_facts():
    cal = OfficialCalendar()
    assert cal.covers(2025) and cal.covers(2004) and cal.covers(2026)
    assert not cal.covers(2027) and not cal.covers(2003)
    assert cal.source(2025) == "package"
    assert cal.source(2027) == "provisional"
    assert cal.is_workday(D(2025, 10, 1)) is False         # National Day, a Wednesday
    assert cal.is_workday(D(2025, 10, 11)) is True         # 调休 Saturday
    assert cal.is_workday(D(2025, 10, 12)) is False        # ordinary Sunday
    assert cal.is_workday(D(2025, 10, 13)) is True
    assert cal.is_rest_day(D(2025, 10, 1)) and not cal.is_rest_day(D(2025, 10, 11))
    assert cal.holiday_name(D(2025, 10, 1)) == "National Day"
    assert cal.holiday_name(D(2025, 10, 13)) is None
    assert cal.year(2025).workdays.keys() >= {D(2025, 9, 28), D(2025, 10, 11)}
    assert cal.year(2027).workdays == {}     # provisional: no 调休 known


def test_provisional_year_is_computed_from_the_holiday_rules():
    cal = OfficialCalendar()
    assert cal.is_provisional(D(2027, 1, 1)) and not cal.is_provisional(D(2026, 12, 31))
    assert cal.is_workday(D(2027, 1, 1)) is False   # Friday, 元旦 by the rules
    assert cal.is_workday(D(2027, 1, 4)) is True    # Monday
    assert cal.is_workday(D(2027, 1, 2)) is False   # Saturday
    assert cal.holiday_name(D(2027, 1, 1)) == "元旦"
    # 春节 2027: 除夕 Fri 02-05 … 初三 Mon 02-08 (2024 revision: four days)
    assert [cal.is_workday(D(2027, 2, d)) for d in range(4, 10)] == [True, False, False, False, False, True]
    assert cal.holiday_name(D(2027, 2, 5)) == "春节"
    assert cal.holiday_name(D(2027, 4, 5)) == "清明节"         # the 清明 solar term, a Monday
    assert cal.holiday_name(D(2027, 6, 9)) == "端午节"
    assert cal.holiday_name(D(2027, 9, 15)) == "中秋节"
    assert not cal.is_workday(D(2027, 10, 1)) and cal.is_workday(D(2027, 10, 4))
    assert cal.source(2027) == "provisional"


def test_an_incomplete_entry_leaves_the_year_provisional():
    """Entering only 2027-01-01 is a correction on top of the computed year, not an official year."""
    only_new_year = YearCalendar(2027, {D(2027, 1, 1): "元旦"}, {D(2027, 1, 9): "调休"})
    cal = OfficialCalendar([only_new_year])
    assert cal.source(2027) == "provisional" and not cal.covers(2027)
    assert cal.is_provisional(D(2027, 3, 1))
    assert cal.partial_entry(2027) is only_new_year
    assert cal.is_workday(D(2027, 2, 8)) is False   # 春节 still computed
    assert cal.is_workday(D(2027, 1, 9)) is True    # the entered 调休 Saturday counts
    # then the complete year replaces it
    assert OfficialCalendar([Y2027]).source(2027) == "entered"


def test_an_incomplete_correction_of_a_package_year_lies_over_the_package():
    cal = OfficialCalendar([YearCalendar(2025, {D(2025, 3, 3): "特别假日"}, {D(2025, 10, 8): "更正"})])
    assert cal.source(2025) == "package" and not cal.is_provisional(D(2025, 3, 3))
    assert not cal.is_workday(D(2025, 3, 3)) and cal.is_workday(D(2025, 10, 8))
    assert not cal.is_workday(D(2025, 10, 1))       # the rest of the package year stands


def test_default_calendar_is_shared_and_package_only():
    assert default_calendar() is default_calendar()
    assert default_calendar().source(2027) == "provisional"


# ---------------------------------------------------------------- entered years


@pytest.mark.parametrize("overrides", [[Y2027], (Y2027,), {2027: Y2027}], ids=["list", "tuple", "mapping"])
def test_entered_year(overrides):
    cal = OfficialCalendar(overrides)
    assert cal.source(2027) == "entered"
    assert cal.covers(2027)
    assert not cal.is_provisional(D(2027, 1, 1))
    assert cal.is_workday(D(2027, 1, 1)) is False   # weekday holiday
    assert cal.is_workday(D(2027, 2, 8)) is False   # weekday holiday
    assert cal.is_workday(D(2027, 2, 6)) is False   # weekend holiday: still a rest day
    assert cal.is_workday(D(2027, 2, 20)) is True   # Saturday 调休 workday
    assert cal.is_workday(D(2027, 2, 21)) is False  # ordinary Sunday
    assert cal.is_workday(D(2027, 2, 9)) is True    # ordinary Tuesday
    assert cal.holiday_name(D(2027, 1, 1)) == "元旦"
    assert cal.year(2027) is Y2027
    # the package years are still there
    assert cal.source(2025) == "package"
    assert cal.is_workday(D(2025, 10, 1)) is False


def test_entered_year_overrides_package_year():
    # An administrator re-enters 2025 complete but without the 调休 and the long 国庆 block (to correct the package).
    from ipcase.domain.festivals import computed_holidays
    cal = OfficialCalendar([YearCalendar(2025, computed_holidays(2025))])
    assert cal.source(2025) == "entered"
    assert cal.is_workday(D(2025, 10, 8)) is True    # no longer a holiday
    assert cal.is_workday(D(2025, 10, 11)) is False  # no longer a 调休 workday
    assert cal.holiday_name(D(2025, 10, 1)) == "国庆节"
    assert not cal.is_provisional(D(2025, 10, 1))
    # the shared default calendar is not affected
    assert default_calendar().is_workday(D(2025, 10, 1)) is False


def test_entered_years_do_not_leak_between_instances():
    OfficialCalendar([Y2027])
    assert OfficialCalendar().source(2027) == "provisional"


def test_entered_year_affects_due_dates():
    from ipcase.domain.periods import due_date
    cal = OfficialCalendar([Y2027])
    # Thu 2027-02-04 + 1 wd: Fri 05 … Mon 08 holiday → Tue 02-09
    assert due_date(D(2027, 2, 4), 1, "working_days", cal) == D(2027, 2, 9)
    # Fri 2027-02-19 + 1 wd → the 调休 Saturday
    assert due_date(D(2027, 2, 19), 1, "working_days", cal) == D(2027, 2, 20)
    assert due_date(D(2027, 2, 19), 1, "working_days") == D(2027, 2, 22)


# ---------------------------------------------------------------- YearCalendar validation


def test_year_calendar_date_in_wrong_year():
    with pytest.raises(ValidationFailed) as info:
        YearCalendar(2027, holidays={D(2026, 12, 31): "x"})
    assert (info.value.field, info.value.reason) == ("date", "wrong_year")
    assert info.value.value == D(2026, 12, 31)
    with pytest.raises(ValidationFailed) as info:
        YearCalendar(2027, workdays={D(2028, 1, 2): "x"})
    assert info.value.reason == "wrong_year"


def test_year_calendar_date_both_holiday_and_workday():
    with pytest.raises(ValidationFailed) as info:
        YearCalendar(2027, holidays={D(2027, 5, 1): "", D(2027, 2, 6): ""},
                     workdays={D(2027, 5, 1): "", D(2027, 2, 6): ""})
    assert (info.value.field, info.value.reason) == ("date", "both_holiday_and_workday")
    assert info.value.value == D(2027, 2, 6)  # the first one
    assert "2027-02-06" in str(info.value)


def test_year_calendar_empty_is_fine():
    yc = YearCalendar(2030)
    assert yc.holidays == {} and yc.workdays == {}


# ---------------------------------------------------------------- parse_holiday_file


def test_parse_csv():
    text = "2027-01-01,holiday,元旦\n2027-02-20,workday,春节调休\n2028-01-01,holiday,元旦\n"
    years = parse_holiday_file(text)
    assert list(years) == [2027, 2028]
    assert years[2027] == YearCalendar(2027, {D(2027, 1, 1): "元旦"}, {D(2027, 2, 20): "春节调休"})
    assert years[2028].holidays == {D(2028, 1, 1): "元旦"}


def test_parse_whitespace_tabs_fullwidth_comma_and_slashes():
    text = ("2027-01-01 holiday 元旦\n"
            "2027-01-04\tworkday\n"
            "2027/02/08，假，春节\n"
            "   2027-02-09 ,  HOLIDAY , 春节   \n")
    yc = parse_holiday_file(text)[2027]
    assert yc.holidays == {D(2027, 1, 1): "元旦", D(2027, 2, 8): "春节", D(2027, 2, 9): "春节"}
    assert yc.workdays == {D(2027, 1, 4): ""}


@pytest.mark.parametrize(("kind", "is_holiday"), [
    ("holiday", True), ("假", True), ("休", True), ("休假", True), ("Holiday", True),
    ("workday", False), ("班", False), ("调休", False), ("上班", False), ("WORKDAY", False),
])
def test_parse_kinds(kind, is_holiday):
    yc = parse_holiday_file(f"2027-03-03,{kind},x")[2027]
    assert (D(2027, 3, 3) in yc.holidays) is is_holiday
    assert (D(2027, 3, 3) in yc.workdays) is not is_holiday


def test_parse_comments_blank_lines_and_bom():
    text = ("\ufeff# 2027 holidays, entered by hand\n"
            "\n"
            "   \n"
            "2027-01-01,假,元旦  # New Year\n"
            "# 2027-01-02,假\n"
            "2027-02-20,班\n")
    yc = parse_holiday_file(text)[2027]
    assert yc.holidays == {D(2027, 1, 1): "元旦"}
    assert yc.workdays == {D(2027, 2, 20): ""}


def test_parse_bom_on_a_data_line():
    assert parse_holiday_file("\ufeff2027-01-01,假,元旦\r\n2027-02-20,班\r\n")[2027].holidays == {
        D(2027, 1, 1): "元旦"}


def test_parse_empty_text():
    assert parse_holiday_file("") == {}
    assert parse_holiday_file("# nothing\n\n") == {}


@pytest.mark.parametrize(("text", "line", "reason"), [
    ("2027-01-01,假\n2027-13-01,假\n", 2, "date"),
    ("2027-01-01,假\n\n# c\n20270101x,假\n", 4, "date"),
    ("2027-01-01,假\n2027-01-02,放假吗\n", 2, "kind"),
    ("2027-01-01\n", 1, "format"),
    ("# header\n2027-01-01,假\nnonsense\n", 3, "format"),
    ("2027-01-01,,元旦\n", 1, "kind"),
])
def test_parse_bad_line_names_the_line(text, line, reason):
    with pytest.raises(ValidationFailed) as info:
        parse_holiday_file(text)
    assert info.value.field == f"line {line}"
    assert info.value.reason == reason


def test_parse_date_both_holiday_and_workday_refused():
    with pytest.raises(ValidationFailed) as info:
        parse_holiday_file("2027-01-01,假\n2027-01-01,班\n")
    assert info.value.reason == "both_holiday_and_workday"


def test_parsed_file_feeds_the_calendar():
    cal = OfficialCalendar(parse_holiday_file("".join(f"{d},假,{n}\n" for d, n in Y2027.holidays.items())
                                              + "2027-02-20,班,调休\n"))
    assert cal.source(2027) == "entered"
    assert not cal.is_workday(D(2027, 1, 1)) and cal.is_workday(D(2027, 2, 20))
