"""PR410 on a rate's or an amount's period, a year or a month: '3.25% per annum' as
'월 3.25%', '연 0.40%' as '0.40% a month', '월 최대 3만 원' as '30,000 won a year' multiply
or divide it by twelve while every figure stays; nothing compared the period. A date's
month ('4월 1일', '3月期'), a span in years ('当初10年間', '35年') and 'a year earlier'
are no period, and a period kept, or said by the source both ways, stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

CUT = "The board cut the base rate from 3.50% to 3.25% per annum."
CAP = "포인트 적립 한도는 월 최대 3만 원이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", CUT, "위원회는 기준금리를 연 3.50%에서 3.25%로 인하했다."),
        ("ja", CUT, "委員会は政策金利を年3.50%から年3.25%に引き下げた。"),
        ("en", CAP, "Points are capped at 30,000 won a month."),
        ("en", CAP, "Points are capped at 30,000 won per month."),
        ("en", "当初10年間は年1.85%の固定金利です。", "It is fixed at 1.85% a year for ten years."),
        # a date's month and a span in years are no period
        ("en", "4월 1일부터 연 0.60%를 적용한다.", "A 0.60% per annum rate applies from April 1."),
        ("ja", "From April 1 the rate is 0.60% per annum.", "4月1日から年0.60%を適用します。"),
        ("en", "3개월간 연 5%를 준다.", "It pays 5% a year for three months."),
        (
            "en",
            "2026年3月期の保険料収入は2兆円でした。",
            "Premium income for the year ended March 2026 was ¥2 trillion.",
        ),
        (
            "en",
            "신규 계좌는 52만 개로 1년 전의 2.3배다.",
            "New accounts reached 520,000, 2.3 times the figure a year earlier.",
        ),
        # the source says both periods: the translation may pair them as it likes
        (
            "en",
            "年会費は11,000円で、キャッシュバックは月最大5,000円です。",
            "The annual fee is ¥11,000, and cash back is up to ¥5,000 a month.",
        ),
        ("en", "적용 금리는 3.25%다.", "The applicable rate is 3.25%."),
    ],
)
def test_the_period_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", CUT, "위원회는 기준금리를 월 3.50%에서 3.25%로 인하했다."),
        ("ja", CUT, "委員会は政策金利を月3.50%から3.25%に引き下げた。"),
        ("en", CAP, "Points are capped at 30,000 won a year."),
        ("en", CAP, "Points are capped at an annual 30,000 won, paid annually."),
        ("en", "普通預金金利は年0.30%です。", "The ordinary deposit rate is 0.30% a month."),
        ("ja", "Cash back is capped at ¥3,000 per month.", "キャッシュバックは年3,000円までです。"),
    ],
)
def test_the_period_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]


def test_the_finding_quotes_the_period_not_the_amount() -> None:
    found = translation_findings(
        "en", "月額利用料は9万8,000円です。", "It costs ¥98,000 a year to use."
    )
    messages = [f.message for f in found if f.code == "PR410"]
    assert messages == ["'月額' of the source said as its opposite, 'a year'"]
