"""PR404: a figure Japanese or Korean results mark negative with a triangle ('△1,234',
'前年同期比△3.4%', '▲2.5%') is negative in the translation too: with a minus, in accounting
brackets or said with a word of a fall or a loss. The digits copied without the mark (a
table cell '△1,234' as '1,234', '△3.4%' as 'up 3.4%', a loss as '흑자') are reported.
A triangle that opens list items, and '▲' in Korean (a rise in market reports), is no sign.
A range's bound keeps its minus though the translation says a fall in words: '95% CI
−0.97〜−0.71' as '(95% CI −0.97 to 0.71)' beside 'reduced HbA1c' is another interval."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HBA1C_JA = "HbA1cを0.84%有意に低下させました（95% CI −0.97〜−0.71、p<0.001）。"
CHANGE_EN = "The mean change was −0.84% (95% CI, −0.97 to −0.71)."
PROFIT_JA = "当期純損益は△2,815百万円（前年同期は904百万円の利益）となった。"
CHANGE_JA = "売上高は52,310百万円（前年同期比4.1%増）、経常利益は3,007百万円（同△12.6%）だった。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "△2,815", "(2,815)"),
        ("en", "△2,815", "−2,815"),
        ("en", "▲7.9%", "-7.9%"),
        ("en", "△7.9%", "(7.9)%"),
        ("ko", "△2,815", "△2,815"),
        (
            "en",
            PROFIT_JA,
            "Net loss was ¥2,815 million, against a profit of ¥904 million a year earlier.",
        ),
        (
            "en",
            PROFIT_JA,
            "The bottom line was -¥2,815 million (a profit of ¥904 million a year earlier).",
        ),
        ("ko", PROFIT_JA, "당기순손익은 2,815백만 엔 적자(전년 동기는 904백만 엔 흑자)였다."),
        (
            "en",
            CHANGE_JA,
            "Net sales were ¥52,310 million (up 4.1%), and ordinary profit was "
            "¥3,007 million (down 12.6%).",
        ),
        ("ja", "영업이익률은 △1.4%로 집계됐다.", "営業利益率は▲1.4％だった。"),
        (
            "en",
            "▲반도체 수출 163억 달러 ▲자동차 수출 64억 달러",
            "Semiconductors: USD 16.3 billion; automobiles: USD 6.4 billion",
        ),
        (
            "en",
            "△会場 本社3階ホール △定員 120名",
            "Venue: Hall, 3rd floor of the head office; capacity: 120",
        ),
        (
            "en",
            "코스피는 2,531.20으로 ▲18.45 오른 채 마감했다.",
            "The KOSPI closed at 2,531.20, up 18.45.",
        ),
        ("ko", "Lows will be -8 degrees.", "최저기온은 영하 8도가 되겠다."),
        ("ja", "The results are on pages 12 -18.", "結果は12～18ページに掲載している。"),
        (
            "ja",
            "Call 03-5555-0142 or visit model X-100.",
            "03-5555-0142までお電話いただくか、X-100をご覧ください。",
        ),
        ("en", HBA1C_JA, "It reduced HbA1c by 0.84% (95% CI −0.97 to −0.71; p<0.001)."),
        ("ja", CHANGE_EN, "平均変化量は−0.84%（95% CI −0.97〜−0.71）だった。"),
        ("ja", CHANGE_EN, "平均で0.84%低下した（95% CI −0.97〜−0.71）。"),
        ("ko", CHANGE_EN, "평균 0.84% 감소했다(95% CI 0.71~0.97 감소)."),
        ("en", "気温は−3〜5℃の範囲で推移した。", "Temperatures ranged from −3 to 5°C."),
    ],
)
def test_sign_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "△2,815", "2,815"),
        ("ko", "▲7.9%", "7.9%"),
        (
            "en",
            PROFIT_JA,
            "Net income was ¥2,815 million, compared with ¥904 million a year earlier.",
        ),
        ("ko", PROFIT_JA, "당기순손익은 2,815백만 엔 흑자(전년 동기는 904백만 엔 흑자)였다."),
        (
            "en",
            CHANGE_JA,
            "Net sales were ¥52,310 million (up 4.1%), and ordinary profit was "
            "¥3,007 million (up 12.6%).",
        ),
        ("ja", "영업이익률은 △1.4%로 집계됐다.", "営業利益率は1.4％だった。"),
        ("ja", "Operating margin: -1.4%", "営業利益率：1.4％"),
        ("en", HBA1C_JA, "It reduced HbA1c by 0.84% (95% CI −0.97 to 0.71; p<0.001)."),
        ("en", HBA1C_JA, "It reduced HbA1c by 0.84% (95% CI 0.97 to −0.71; p<0.001)."),
        (
            "ko",
            "It fell by 1.2 points (95% CI, −1.5 to −0.9).",
            "1.2포인트 감소했다(95% CI −1.5~0.9).",
        ),
    ],
)
def test_sign_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
