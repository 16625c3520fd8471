"""PR410 on a chart's period: a record on the weekly chart said as one on the daily chart
('the Oricon weekly album chart' as 'オリコンデイリーアルバムランキング', '멜론 일간 차트' as
'the Melon weekly chart') keeps the rank and the chart, so no figure changed and nothing
was reported. A span of days or weeks ('公開から24日間で', '3주간') is no chart's period,
and a period kept in other words ('週間ランキング' as 'weekly chart') stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ORICON = "'Lantern' debuted at No. 1 on the Oricon weekly album chart."
ORICON_JA = "『Lantern』はオリコン{}アルバムランキングで初登場1位を獲得しました。"
ORICON_KO = "'Lantern'은 오리콘 {} 앨범 차트 1위로 진입했다."
MELON = "OST 'Summer Letter'는 멜론 일간 차트 1위에 올랐다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ORICON, ORICON_JA.format("週間")),
        ("ko", ORICON, ORICON_KO.format("주간")),
        ("en", MELON, "The OST 'Summer Letter' topped the Melon daily chart."),
        ("en", "シングルは週間ランキングで1位を獲得しました。",
         "The single topped the weekly chart."),
        ("en", "公開から24日間でランキング1位を維持しました。",
         "The film has stayed at No. 1 on the chart for the 24 days since its release."),
        ("en", "3주간 차트 1위를 지켰다.", "It held No. 1 on the chart for three weeks."),
        ("ja", "The album topped the weekly chart, a first since its daily chart debut.",
         "アルバムはデイリーチャート初登場以来、初めて週間チャートで1位を獲得しました。"),
    ],
)  # fmt: skip
def test_the_charts_period_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ORICON, ORICON_JA.format("デイリー")),
        ("ko", ORICON, ORICON_KO.format("일간")),
        ("en", MELON, "The OST 'Summer Letter' topped the Melon weekly chart."),
        ("en", "シングルは週間ランキングで1位を獲得しました。",
         "The single topped the monthly chart."),
    ],
)  # fmt: skip
def test_the_charts_period_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
