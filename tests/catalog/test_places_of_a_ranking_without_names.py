"""PR404 on a survey's ranking told by its places, with no glossary name to tie them to:
two places given each other's shares ('came second at 27.5%, and … third at 18.9%' as
"3위는 '…'(27.5%), 2위는 '…'(18.9%)"), and a place the English source says only in
words given another place in figures ('ranked first … chosen by 46.2%' as '…3年連続の
2位'). Every figure of the source is still there, and 'first' is no figure. A ranking
kept, a run ('third consecutive year'), an opening 'First,' and a source that gives its
places in figures stay silent here."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SECOND = "Full remote work came second at 27.5%, and full-time office work third at 18.9%."
FIRST = (
    "Hybrid work ranked first among desired work styles for the third consecutive year, "
    "chosen by 46.2% of respondents."
)
PLACES_JA = "2位は「フルリモート」（24.1%）、3位は「フル出社」（15.7%）でした。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", SECOND, "3위는 '완전 원격근무'(27.5%), 2위는 '전면 출근'(18.9%)이었다."),
        ("ja", SECOND, "3位は「フルリモート」（27.5%）、2位は「フル出社」（18.9%）でした。"),
        (
            "en",
            PLACES_JA,
            "Full remote came third (24.1%), with full office work in second (15.7%).",
        ),
        (
            "ja",
            FIRST,
            "希望する働き方では「ハイブリッドワーク」が46.2%で3年連続の2位となりました。",
        ),
        ("ko", FIRST, "희망 근무 형태로는 '하이브리드 근무'가 46.2%로 3년 연속 2위를 차지했다."),
    ],
)
def test_place_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", SECOND, "2위는 '완전 원격근무'(27.5%), 3위는 '전면 출근'(18.9%)이었다."),
        ("ja", SECOND, "2位は「フルリモート」（27.5%）、3位は「フル出社」（18.9%）でした。"),
        (
            "en",
            PLACES_JA,
            "Full remote came second (24.1%), with full office work in third (15.7%).",
        ),
        (
            "ja",
            FIRST,
            "希望する働き方では「ハイブリッドワーク」が46.2%で3年連続の1位となりました。",
        ),
        ("ko", FIRST, "희망 근무 형태로는 '하이브리드 근무'가 46.2%로 3년 연속 1위를 차지했다."),
        (
            "ja",
            "First, the survey ranked remote work highly.",
            "まず、調査ではリモートワークが上位でした。",
        ),
        ("ja", "Kumo Pay ranked No. 1 again.", "クモペイが再び1位となりました。"),
    ],
)
def test_ranking_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
