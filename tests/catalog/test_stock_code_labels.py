"""A listing's code named by its label rather than its exchange ('(securities code:
2914)', '（コード番号：2914　東証プライム）', '(종목코드: 298170)'), by Reuters' suffix
('(2914.T)') or without a colon ('証券コード2914', '코스닥 298170'): an official
translation that leaves it out is information (PR409), not a missing number (PR404),
and one that changes it is still an error."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_JA_BRIEFING = "メリディアは説明会を開く。"
_EN_BRIEFING = "Meridia will hold a talk."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "Meridia (securities code: 2914) will hold a talk.", _JA_BRIEFING),
        ("ja", "Meridia (Securities Code 2914, TSE Prime) will hold a talk.", _JA_BRIEFING),
        ("ja", "Meridia (stock code: 2914) will hold a talk.", _JA_BRIEFING),
        ("ja", "Meridia (2914.T) will hold a talk.", _JA_BRIEFING),
        ("ja", "Hanbit (KRX: 005930.KS) will hold a talk.", _JA_BRIEFING),
        ("en", "メリディア（コード番号：2914　東証プライム）は説明会を開く。", _EN_BRIEFING),
        ("en", "メリディア（東証プライム市場・証券コード2914）は説明会を開く。", _EN_BRIEFING),
        (
            "en",
            "メリディア（東証スタンダード：2914、名証メイン：2914）は説明会を開く。",
            _EN_BRIEFING,
        ),
        (
            "en",
            "메리디아(대표 김민준, 코스닥 298170)는 설명회를 연다.",
            "Meridia (CEO Kim Min-jun) will hold a talk.",
        ),
        ("en", "메리디아(종목 코드: 298170)는 설명회를 연다.", "Meridia will hold a talk."),
    ],
)
def test_a_code_left_out_is_information(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR409"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "Meridia (securities code: 2914) will hold a talk.",
            "メリディア（証券コード：2914）は説明会を開く。",
        ),
        (
            "en",
            "メリディア（コード番号：2914　東証プライム）は発表した。",
            "Meridia (TSE Prime: 2914) announced.",
        ),
        ("ja", "Meridia (2914.T) will hold a talk.", "メリディア（東証：2914）は説明会を開く。"),
        (
            "ko",
            "メリディア（証券コード2914）は発表した。",
            "메리디아(도쿄증권거래소: 2914)는 발표했다.",
        ),
    ],
)
def test_a_code_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "Meridia (securities code: 2914) will hold a talk.",
            "メリディア（証券コード：2941）は説明会を開く。",
        ),
        (
            "en",
            "メリディア（コード番号：2914　東証プライム）は発表した。",
            "Meridia (TSE Prime: 2941) announced.",
        ),
        ("ja", "Meridia (2914.T) will hold a talk.", "メリディア（2941.T）は説明会を開く。"),
        (
            "en",
            "메리디아(대표 김민준, 코스닥 298170)는 발표했다.",
            "Meridia (CEO Kim Min-jun; KOSDAQ: 298710) announced.",
        ),
    ],
)
def test_a_changed_code_is_an_error(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # an index is a figure, not a listing; a year after an exchange stays a year
        ("ja", "The KOSPI 200 rose 2%.", "KOSPI 100は2%上昇した。"),
        ("en", "東証 2026年の大納会は12月30日。", "The TSE's last day of 2025 is December 30."),
    ],
)
def test_an_index_or_a_year_stays_a_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
