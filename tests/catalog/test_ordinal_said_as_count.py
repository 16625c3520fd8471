"""PR404 on a figure that is an ordinal on one side and a count of things on the other:
a chain's 300th store ('全国300店舗目', '300번째 매장', '300号店') said as its 300 stores
('300店舗', '300개 매장'), or the other way round. The figure is the same, so nothing else
saw it. An ordinal kept in any form, and what English says as an ordinal where the others
give a figure with no counter ('10th anniversary' as '10周年', '2nd floor' as '2階'), stay
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

EN = "Tsukimi Udon will open its 120th store in Japan on April 3."
JA = "つきみうどんは4月3日、全国120店舗目となる新宿店をオープンします。"
KO = "츠키미우동은 4월 3일 120번째 매장인 신주쿠점을 연다."


def _ordinals(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "an ordinal and a count" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", EN, "つきみうどんは4月3日、全国120店舗をオープンします。", "'120店舗'"),
        ("ko", EN, "츠키미우동은 4월 3일 국내 120개 매장을 연다.", "'120개 매장'"),
        (
            "en",
            JA,
            "Tsukimi Udon will open 120 stores in Japan, including Shinjuku, on April 3.",
            "'120 stores'",
        ),
        (
            "en",
            KO,
            "On April 3, Tsukimi Udon opens 120 stores, including Shinjuku.",
            "'120 stores'",
        ),
        (
            "ja",
            "The chain now has 120 stores.",
            "同チェーンは120店舗目を迎えました。",
            "'120店舗目'",
        ),
        # a chain's store by its number ('第3号店') is still an ordinal
        ("ja", "The chain now has 3 stores.", "同チェーンは第3号店を開きました。", "'第3'"),
    ],
)
def test_ordinal_said_as_count(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _ordinals(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "つきみうどんは4月3日、国内120店舗目をオープンします。"),
        ("ja", EN, "つきみうどんは4月3日、120号店をオープンします。"),
        ("ko", EN, "츠키미우동은 4월 3일 국내 120호점을 연다."),
        ("en", JA, "Tsukimi Udon will open its Shinjuku store, its 120th in Japan, on April 3."),
        ("en", KO, "Tsukimi Udon opens its 120th store, in Shinjuku, on April 3."),
        ("ja", "The chain now has 120 stores.", "同チェーンの店舗数は120店舗になりました。"),
        # a figure inside a designation ('Q1') is no count
        ("ja", "Q1 results of FY2025.", "2025年度第1四半期の決算。"),
        ("en", "第3世代のモデルを2機種発表", "It unveils 2 models of the Gen3 line."),
        # an ordinal English says where the others give a figure with no counter
        ("ja", "We celebrate our 10th anniversary.", "創業10周年を迎えました。"),
        ("ko", "The café is on the 2nd floor.", "카페는 2층에 있다."),
        (
            "en",
            "5年連続で売上1位、5店舗を新設",
            "Sales ranked 1st for the 5th year in a row, and 5 stores opened.",
        ),
        # '第…号' and '제…호' name a number (a patent's, a case's, a law's), not an ordinal;
        # and 'was' after a figure is no plural noun
        (
            "ko",
            "The Court found that claim 1 of Japanese Patent No. 7,123,456 was infringed.",
            "법원은 일본 특허 제7123456호 청구항 1이 침해되었다고 판단했다.",
        ),
        (
            "ja",
            "Japanese Patent No. 7,123,456 was registered in 2026.",
            "特許第7123456号は2026年に登録されました。",
        ),
        (
            "en",
            "特許第7123456号の請求項は12項です。",
            "Japanese Patent No. 7123456 has 12 claims.",
        ),
    ],
)
def test_ordinal_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _ordinals(locale, msgid, msgstr) == []
