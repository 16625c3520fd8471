"""PR404: a source's one of a span of time or of a charge ('発売から1か月で', '1시간', '1회
충전') that the translation says with 'a' or 'one' ('within a month of launch', 'an hour',
'on a single charge') or as the span ahead or behind ('今後1週間' as 'over the next week'),
or a car's '1회 충전 주행거리' (range on one charge) said as its 'range', is said, not
missing. Another count, a span said in another unit and a 1 said nowhere are still
reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

ORDERS = "新型EV「リリカ」の受注は、発売から1か月で約1.2万台に達しました。"
RANGE = "1회 충전 주행거리는 복합 기준 532km다."
TRAIN = "공항까지 1시간이면 도착한다."
SNACK = "가격은 2,300원이며 1봉지 중량은 72g이다."
DRINK = "1本（350ml）あたりエネルギー42kcal"
AFTERSHOCKS = "今後1週間程度は、最大震度5強程度の地震に注意してください。"


def _missing(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ORDERS, "Orders for the new Ririka EV reached about 12,000 units within a month."),
        ("en", ORDERS, "Ririka orders reached about 12,000 in the first month after launch."),
        ("en", ORDERS, "Ririka orders reached about 12,000 one month after its launch."),
        ("en", RANGE, "Its combined range is 532 km."),
        ("en", RANGE, "It travels 532 km (combined) on a single charge."),
        ("en", TRAIN, "The airport is an hour away."),
        ("en", ORDERS, "Ririka orders reached about 12,000 within 1 month of launch."),
        ("en", SNACK, "It costs 2,300 won, and each pack weighs 72 g."),
        ("en", SNACK, "It costs 2,300 won; a bag weighs 72 g."),
        ("en", DRINK, "Energy: 42 kcal per bottle (350 ml)"),
        ("en", DRINK, "A single can (350 ml) has 42 kcal."),
        # the span ahead or behind said by 'the next', 'the coming', 'the past'
        ("en", AFTERSHOCKS, "Be alert for quakes of up to upper 5 over the next week or so."),
        ("en", ORDERS, "Ririka orders reached about 12,000 in the past month."),
    ],
)
def test_one_said_with_a(locale: str, msgid: str, msgstr: str) -> None:
    assert _missing(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ORDERS, "Orders for the new Ririka EV reached about 12,000 units within a week."),
        ("en", ORDERS, "Ririka orders reached about 12,000 in the two months after launch."),
        ("en", TRAIN, "The airport is a short ride away."),
        ("en", "2か月で約1.2万台に達しました。", "It reached about 12,000 units within a month."),
        ("en", SNACK, "It costs 2,300 won, and the pack weighs 72 g."),
        ("en", "2봉지 세트는 4,300원이다.", "A set of a pack costs 4,300 won."),
        ("en", AFTERSHOCKS, "Be alert for quakes of up to upper 5 over the next two weeks."),
    ],
)
def test_one_not_said(locale: str, msgid: str, msgstr: str) -> None:
    assert _missing(locale, msgid, msgstr), msgstr
