"""PR410 on a capacity's or a rate's period, a month or a year: '月産10万枚' as '100,000
wafers a year', '100,000 wafers a month' as '연 10만 장', '연산 40GWh' as 'a monthly capacity
of 40 GWh' multiply or divide it by twelve while the figure stays, and nothing compared
the period. A span ('for a month', '5年間', '3개월'), a date ('12月', '2028년'), 'a year
earlier' and a translation that says the source's period too stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

MONTHLY = "At full capacity, the plant will make 80,000 wafers a month."
JA_MONTHLY = "フル稼働時の生産能力は月産8万枚となる見込みです。"
KO_YEARLY = "새 공장은 2029년 연산 30GWh 규모로 가동될 예정이다."


def _reported(locale: str, msgid: str, msgstr: str) -> bool:
    return "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", MONTHLY, "フル稼働時には月産8万枚のウェーハを生産します。"),
        ("ja", MONTHLY, "フル稼働時の生産能力は月間8万枚です。"),
        ("ko", MONTHLY, "완전 가동 시 월 8만 장의 웨이퍼를 생산한다."),
        ("ko", MONTHLY, "완전 가동 시 월간 8만 장을 생산한다."),
        ("en", JA_MONTHLY, "At full capacity, output is expected to be 80,000 wafers per month."),
        ("en", JA_MONTHLY, "At full capacity, it will produce 80,000 wafers monthly."),
        ("en", KO_YEARLY, "The plant will start in 2029 with an annual capacity of 30 GWh."),
        ("en", KO_YEARLY, "The plant will start in 2029 with a capacity of 30 GWh a year."),
        ("ja", KO_YEARLY, "新工場は2029年に年産30GWh規模で稼働する予定だ。"),
        # spans, dates and a year before are no period of a rate
        (
            "ja",
            "Sales rose 5% from a year earlier, and the line ran for a month.",
            "販売は前年同月比5%増となり、ラインは1か月間稼働しました。",
        ),
        ("ja", "The project will run for a year.", "本プロジェクトは12月から1年間実施します。"),
        ("ko", "Trial runs will last a month.", "시험 가동은 2028년 3월부터 1개월간 진행된다."),
        ("en", "公演は年3回、月1回の講座も開きます。", "Three shows a year and a class a month."),
        (
            "en",
            "AI 연산 성능은 2배로 높아졌다.",
            "AI computing performance doubled from a year earlier.",
        ),
    ],
)
def test_the_period_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert not _reported(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", MONTHLY, "フル稼働時の生産能力は年産8万枚となる見込みです。"),
        ("ko", MONTHLY, "완전 가동 시 연 8만 장의 웨이퍼를 생산한다."),
        ("en", JA_MONTHLY, "At full capacity, output is expected to be 80,000 wafers a year."),
        ("en", KO_YEARLY, "The plant will start in 2029 with a monthly capacity of 30 GWh."),
        ("ja", KO_YEARLY, "新工場は2029年に月産30GWh規模で稼働する予定だ。"),
    ],
)
def test_a_month_said_as_a_year(locale: str, msgid: str, msgstr: str) -> None:
    assert _reported(locale, msgid, msgstr)
