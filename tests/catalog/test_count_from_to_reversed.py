"""PR404 on a change from one count or amount to another the translation gives the other way
round, as a ministry gives its targets ('지원 대상을 12만 3천 명에서 15만 명으로' as 'from
150,000 to 123,000 people', '월 20만원에서 월 25만원으로' as '月25万ウォンから月20万ウォンに');
the same change, said in any words, and a range ('3日から5日まで') are no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PEOPLE = "지원 대상을 올해 12만 3천 명에서 15만 명으로 확대한다."
RENT = "월세 지원 한도를 월 20만원에서 월 25만원으로 올린다."
MONTHS = "지원 기간은 최대 12개월에서 24개월로 늘어난다."
EN_SITES = "The number of sites will grow from 12 to 18 by 2028."


def _reversed(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "other way round" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PEOPLE, "Support will be expanded from 123,000 people to 150,000."),
        ("en", PEOPLE, "Support will expand to 150,000 people, up from 123,000 this year."),
        ("ja", PEOPLE, "支援対象を今年の12万3千人から15万人に拡大する。"),
        ("en", RENT, "The cap will rise from KRW 200,000 to KRW 250,000 a month."),
        ("ja", RENT, "家賃支援の上限を月20万ウォンから月25万ウォンに引き上げる。"),
        ("en", MONTHS, "The maximum support period will be extended from 12 to 24 months."),
        ("ko", EN_SITES, "거점은 2028년까지 12곳에서 18곳으로 늘어난다."),
        ("ja", EN_SITES, "拠点数は2028年までに12か所から18か所に増える。"),
        # a range, not a change
        ("ja", "행사는 3일부터 5일까지 열린다.", "行事は3日から5日まで開かれる。"),
    ],
)
def test_the_same_change(locale: str, msgid: str, msgstr: str) -> None:
    assert _reversed(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PEOPLE, "Support will expand from 150,000 to 123,000 people."),
        ("ja", PEOPLE, "支援対象を今年の15万人から12万3千人に拡大する。"),
        ("en", RENT, "The cap will rise from KRW 250,000 to KRW 200,000 a month."),
        ("ja", RENT, "家賃支援の上限を月25万ウォンから月20万ウォンに引き上げる。"),
        ("en", MONTHS, "The maximum support period will be extended from 24 to 12 months."),
        ("ko", EN_SITES, "거점은 2028년까지 18곳에서 12곳으로 늘어난다."),
        ("ja", EN_SITES, "拠点数は2028年までに18か所から12か所に増える。"),
    ],
)
def test_the_change_turned_round(locale: str, msgid: str, msgstr: str) -> None:
    assert _reversed(locale, msgid, msgstr) != []
