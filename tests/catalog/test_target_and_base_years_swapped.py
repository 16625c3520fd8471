"""PR404 on a target's two years: the year it is to be reached by ('by FY2030',
'2030年度までに', '2030년까지') and the year it is measured against ('compared with FY2013',
'2013年度比', '2019년 대비'). A translation that keeps both years but gives each the other's
part sets another target and is reported; the same parts in another order, a year given
no part, and a change from a year before said as a base ('down 31% from FY2013' as
'2013회계연도보다') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TARGET_EN = "It will reduce its emissions by 46% by FY2030 compared with FY2013."
TARGET_KO = "회사는 2019년 대비 2030년까지 온실가스 배출량을 40% 감축한다는 목표를 세웠다."
TARGET_JA = "2030年度までに温室効果ガス排出量を2013年度比46%削減する目標を掲げています。"
RESULT = "Emissions were 1.82 million t-CO2, down 31% from FY2013, and will fall by FY2030."


def _swaps(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR404" and " year '" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TARGET_EN, "排出量を2030年度までに2013年度比46%削減します。"),
        ("ja", TARGET_EN, "2013年度比で、2030年度までに排出量を46%削減します。"),
        ("ko", TARGET_EN, "2013회계연도 대비 2030회계연도까지 배출량을 46% 감축한다."),
        ("en", TARGET_KO, "It aims to cut emissions by 40% by 2030 compared with 2019."),
        ("en", TARGET_KO, "It aims to cut emissions 40% below 2019 levels by 2030."),
        ("ja", TARGET_KO, "2030年までに温室効果ガス排出量を2019年比で40%削減する目標を掲げた。"),
        ("en", TARGET_JA, "It aims to cut emissions by 46% versus FY2013 by the end of FY2030."),
        ("en", TARGET_JA, "It aims to cut emissions in FY2030 by 46% from the FY2013 level."),
        ("ko", RESULT, "배출량은 182만 t-CO2로 2013회계연도보다 31% 줄었고,"
                       " 2030회계연도까지 더 줄인다."),
    ],
)  # fmt: skip
def test_the_same_parts(locale: str, msgid: str, msgstr: str) -> None:
    assert _swaps(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", TARGET_EN, "排出量を2013年度までに2030年度比46%削減します。", "2013年度まで"),
        ("ko", TARGET_EN, "2030회계연도 대비 2013회계연도까지 배출량을 46% 감축한다.",
         "2013회계연도까지"),
        ("en", TARGET_KO, "It aims to cut emissions by 40% by 2019 compared with 2030.", "by 2019"),
        ("en", TARGET_JA, "It aims to cut emissions by 46% by FY2013 compared with FY2030.",
         "by FY2013"),
    ],
)  # fmt: skip
def test_the_parts_swapped(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _swaps(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages
