"""PR410 on a match's score given the other way round in the translation ('2-1で勝利' as
'won 1-2', '2대1 승리' as 'a 1-2 win'): both numbers are kept, so the figure checks
passed. A score written with another separator ('2–1', '2対1', '2대1', '2:1'), a loss
written the way each language writes it (the club's own goals first in Japanese and
Korean, the winner's in English), a draw, and numbers that are no score stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_WIN_JA = "海津シーガルズは最終節で港ユナイテッドに2対1で勝利しました。"
_WIN_KO = "가이즈 시걸스는 미나토 유나이티드에 2대1 승리를 거뒀다."
_WIN_EN = "Kaizu Seagulls beat Minato United 2-1 in the final round."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", _WIN_JA, "Kaizu Seagulls beat Minato United 2–1 in the final round."),
        ("en", _WIN_KO, "Kaizu Seagulls won 2-1 against Minato United."),
        ("ja", _WIN_EN, "海津シーガルズは最終節で港ユナイテッドに2-1で勝利しました。"),
        ("ko", _WIN_EN, "가이즈 시걸스는 최종전에서 미나토 유나이티드를 2:1로 꺾었다."),
        # a loss: the club's own goals first in Japanese and Korean, the winner's in English
        (
            "en",
            "海津シーガルズは港ユナイテッドに1-2で敗れました。",
            "Kaizu lost 2-1 to Minato United.",
        ),
        ("ko", "Kaizu lost 2-1 to Minato United.", "가이즈는 미나토에 1대2로 패했다."),
        ("en", "両チームは1-1で引き分けました。", "The match ended in a 1-1 draw."),
        # a deficit is written both ways too
        (
            "en",
            "海津シーガルズは1-2からの逆転で3-2の勝利を収めました。",
            "Kaizu Seagulls came from 2-1 down to win 3-2.",
        ),
        # numbers that are no score
        ("en", "試合は2-3日後に再開します。", "The match will resume in 2-3 days."),
    ],
)
def test_score_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", _WIN_JA, "Kaizu Seagulls beat Minato United 1–2 in the final round."),
        (
            "en",
            "海津シーガルズ、2-1で勝利しリーグ3連覇",
            "Kaizu Seagulls Win 1-2 to Clinch Third Straight League Title",
        ),
        ("en", _WIN_KO, "Kaizu Seagulls won 1-2 against Minato United."),
        ("ja", _WIN_EN, "海津シーガルズは最終節で港ユナイテッドに1対2で勝利しました。"),
        ("ko", _WIN_EN, "가이즈 시걸스는 최종전에서 미나토 유나이티드를 1대2로 꺾었다."),
    ],
)
def test_score_turned_round(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)
