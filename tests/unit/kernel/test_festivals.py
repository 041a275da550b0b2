"""The festivals of 全国年节及纪念日放假办法: statutory days by revision, lunar dates, completeness of an entry."""
from __future__ import annotations

from datetime import date

import pytest
from chinese_calendar import constants

from ipcase.domain.festivals import computed_holidays, missing_festivals, statutory_festivals

D = date


def test_2027_from_the_2024_revision():
    days = {f.name: f.days for f in statutory_festivals(2027)}
    assert days == {
        "元旦": (D(2027, 1, 1),),
        "春节": (D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8)),   # 除夕 … 正月初三
        "清明节": (D(2027, 4, 5),),
        "劳动节": (D(2027, 5, 1), D(2027, 5, 2)),
        "端午节": (D(2027, 6, 9),),
        "中秋节": (D(2027, 9, 15),),
        "国庆节": (D(2027, 10, 1), D(2027, 10, 2), D(2027, 10, 3)),
    }


def test_earlier_revisions():
    days = {f.name: f.days for f in statutory_festivals(2024)}   # 2013 revision: 初一 … 初三, 劳动节 one day
    assert days["春节"] == (D(2024, 2, 10), D(2024, 2, 11), D(2024, 2, 12))
    assert days["劳动节"] == (D(2024, 5, 1),)
    days = {f.name: f.days for f in statutory_festivals(2010)}   # 2007 revision: 除夕 … 初二
    assert days["春节"] == (D(2010, 2, 13), D(2010, 2, 14), D(2010, 2, 15))
    assert [f.name for f in statutory_festivals(2005)] == ["元旦", "春节", "劳动节", "国庆节"]


# 2012: the package leaves out Sat 06-23, the 端午 day itself, from the 06-22 … 06-24 block.
@pytest.mark.parametrize("year", [y for y in range(2004, 2027) if y != 2012])
def test_every_official_notice_gives_every_statutory_day(year):
    """The completeness rule holds for every year the State Council actually announced."""
    holidays = [d for d in constants.holidays if d.year == year]
    assert missing_festivals(year, holidays) == ()


def test_missing_festivals_names_what_is_left_out():
    assert missing_festivals(2027, [D(2027, 1, 1)]) == ("春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
    everything = computed_holidays(2027)
    assert missing_festivals(2027, everything) == ()
    without_eve = [d for d in everything if d != D(2027, 2, 5)]
    assert missing_festivals(2027, without_eve) == ("春节",)


def test_mid_autumn_on_national_day_is_named_twice():
    assert computed_holidays(2020)[D(2020, 10, 1)] == "中秋节、国庆节"
