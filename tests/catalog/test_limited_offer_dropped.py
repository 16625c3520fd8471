"""PR410 on an offer limited in time, in number or to some buyers ('期間限定', '数量限定',
'기간 한정', '한정 수량', 'for a limited time', 'limited-edition') in a translation with no
word of a limit, an end, an exclusive or a stock: the product reads as a regular one,
and shops and readers expect it after the season. The limit said in other words ('until
January 31', 'seasonal', 'while supplies last', '소진 시까지'), and a 'limited' that is no
offer ('限定的な影響', 'Co., Limited', '한정식'), stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

EN = "Hanagasa Confectionery will sell Yuki Daifuku for a limited time from January 8."
JA = "「雪だいふく いちご」を1月8日から全国のスーパーで期間限定発売します。"
KO = "딸기 눈꽃빙수는 겨울 시즌 한정 메뉴로 1월 8일부터 판매한다."
EDITION = "The limited-edition cans feature artwork by Rin Aoyama."
NUMBER = "数量限定のため、お一人様2個までとさせていただきます。"


def _limits(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR410" and f.message.startswith("Limit")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", EN, "花笠製菓は1月8日から「雪だいふく」を発売します。", "for a limited time"),
        ("ko", EN, "하나가사제과는 1월 8일부터 '유키 다이후쿠'를 판매한다.", "for a limited time"),
        (
            "en",
            JA,
            "Yuki Daifuku goes on sale at supermarkets on January 8.",
            "期間限定",
        ),
        ("en", KO, "The Strawberry Snow Bingsu goes on the menu on January 8.", "시즌 한정"),
        ("ja", EDITION, "缶には青山凛さんのアートワークをあしらいました。", "limited-edition"),
    ],
)
def test_limit_dropped(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _limits(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "花笠製菓は1月8日から「雪だいふく」を期間限定で発売します。"),
        ("ja", EN, "花笠製菓は1月8日から2月末まで「雪だいふく」を販売します。"),
        ("ko", EN, "하나가사제과는 1월 8일부터 '유키 다이후쿠'를 기간 한정 판매한다."),
        ("en", JA, "Yuki Daifuku Strawberry is available for a limited time from January 8."),
        ("en", JA, "Yuki Daifuku Strawberry is sold from January 8 until the end of February."),
        ("en", KO, "The seasonal Strawberry Snow Bingsu goes on the menu on January 8."),
        ("en", KO, "The Strawberry Snow Bingsu is on the winter menu only, from January 8."),
        ("ja", EDITION, "限定缶には青山凛さんのアートワークをあしらいました。"),
        ("en", NUMBER, "Quantities are limited: two per customer."),
        ("en", NUMBER, "While supplies last, purchases are capped at two per customer."),
        # 'limited' that is no offer
        ("en", "影響は限定的です。", "The impact is small."),
        ("en", "한정식 코스는 5만 원이다.", "The Korean course meal costs 50,000 won."),
        ("ja", "Hanagasa Co., Limited makes daifuku.", "花笠株式会社は大福を製造しています。"),
    ],
)
def test_limit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _limits(locale, msgid, msgstr) == []


def test_stock_condition_reported_once() -> None:
    """A source saying both ('数量限定…なくなり次第終了') is reported as its stock condition."""
    codes = translation_codes(
        "en", "数量限定・なくなり次第終了となります。", "It is sold at all stores."
    )
    assert codes.count("PR410") == 1
