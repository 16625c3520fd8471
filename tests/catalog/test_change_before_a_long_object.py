"""PR404 on a change said before what it changes and 'by', where what it changes is four or
five words or has an aside in brackets, as emission targets name their scope ('reducing its
greenhouse gas emissions (Scope 1 and 2) by 46%'): the change's direction is read, so
'increasing … by 46%' for '46%削減' is reported, as 'increase its emissions by 46%' was."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TARGET = "当社は、2030年度までに温室効果ガス排出量（Scope1・2）を2013年度比46%削減します。"
TARGET_KO = "회사는 2030년까지 온실가스 배출량(Scope 1·2)을 2019년 대비 40% 줄인다."


def _directions(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR404" and f.message.startswith("Change")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", TARGET, "The company has set a target of reducing its greenhouse gas emissions"
                       " (Scope 1 and 2) by 46% by FY2030 compared with FY2013."),
        ("en", TARGET, "The company aims at cutting its total greenhouse gas emissions by 46%"
                       " by FY2030 compared with FY2013."),
        ("en", TARGET_KO, "It plans to lower its greenhouse gas emissions (Scope 1 and 2) by 40%"
                          " by 2030 compared with 2019."),
    ],
)  # fmt: skip
def test_the_same_direction(locale: str, msgid: str, msgstr: str) -> None:
    assert _directions(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", TARGET, "The company has set a target of increasing its greenhouse gas emissions"
                       " (Scope 1 and 2) by 46% by FY2030 compared with FY2013."),
        ("en", TARGET, "The company aims at increasing its total greenhouse gas emissions by 46%"
                       " by FY2030 compared with FY2013."),
        ("en", TARGET_KO, "It plans to increase its greenhouse gas emissions (Scope 1 and 2)"
                          " by 40% by 2030 compared with 2019."),
    ],
)  # fmt: skip
def test_the_other_direction(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_directions(locale, msgid, msgstr)) == 1, msgstr


def test_the_message_quotes_the_change_said_far_into_the_sentence() -> None:
    # the change's words are found up to 80 characters before its figure: the message
    # quotes them from where they are, not from 60 characters back (an empty quote)
    msgid = (
        "According to the national tourism agency, about 8.8 million visitors came to Japan"
        " in 2025, up 15% from the previous year."
    )
    msgstr = "관광청에 따르면 2025년 일본을 찾은 방문객은 약 880만 명으로 전년보다 15% 줄었다."
    assert _directions("ko", msgid, msgstr) == [
        "Change 'up 15%' of the source goes up, '15% 줄' in the translation goes down"
    ]
