"""PR404 on first place in a ranking ('1위', '1位') that English says as 'top' ('last
year's top-grossing film', 'topped the chart') or, of sales, as 'best-selling' ('판매 1위'
as 'the best-selling seven-seat SUV'): the same place, not a figure left out.
Another place said as 'top' is still a changed figure, and a first floor is no rank."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "지난해 흥행 1위작보다 나흘 앞선 속도다.",
            "That is four days ahead of last year's top-grossing film.",
        ),
        (
            "매출은 1조 원으로 업계 1위를 차지했다.",
            "Revenue reached KRW 1 trillion, topping the industry.",
        ),
        (
            "同社の製品が売上ランキング1位を獲得した。",
            "The company's product took the top spot in sales.",
        ),
        (
            "HM7은 국내 7인승 전기 SUV 판매 1위를 지키고 있다.",
            "The HM7 remains Korea's best-selling seven-seat electric SUV.",
        ),
        ("同車は登録車販売台数で1位となった。", "It was the best seller among registered cars."),
    ],
)
def test_first_place_as_top(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "지난해 흥행 2위작보다 나흘 앞선 속도다.",
            "That is four days ahead of last year's top-grossing film.",
        ),
        ("매장은 1층에 있다.", "The shop is on the top floor."),
        (
            "HM7은 국내 7인승 전기 SUV 판매 2위를 지키고 있다.",
            "The HM7 remains Korea's best-selling seven-seat electric SUV.",
        ),
    ],
)
def test_another_place_or_a_floor(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == ["PR404"]
