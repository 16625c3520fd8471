"""A club's run of titles, wins or losses in a row ('3連覇', '5連勝', '3연패', 'a third
straight title'): the run said by its place in English ('Third Straight Title') is the
source's number, not one missing (PR404); a translation that keeps the number and drops
the run ('3度目の優勝', '네 번째 우승', 'a third title'), or reads the Korean '연패' of
titles as losses ('three straight defeats'), is reported (PR410). A run said otherwise
('in a row', 'three-peat', '3年連続優勝'), a Korean '연패' whose words do not tell
titles from losses, and a run of losses kept as losses stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_TITLE_JA = "海津シーガルズ、2-1で勝利しリーグ3連覇"
_TITLE_KO = "지난 시즌 리그 3연패를 달성한 가이즈 시걸스는 개막전에서 미나토와 맞붙는다."
_FOURTH_EN = "The deal gives us a stable base as we aim for a fourth straight title."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", _TITLE_JA, "Kaizu Seagulls Win 2-1 to Clinch Third Straight League Title"),
        (
            "en",
            _TITLE_JA,
            "Kaizu Seagulls win 2-1 to take the league title for a third year running",
        ),
        ("en", _TITLE_JA, "Kaizu Seagulls win 2-1 for a league three-peat"),
        (
            "en",
            _TITLE_KO,
            "Kaizu Seagulls, who won a third straight league title last season, face Minato.",
        ),
        ("ja", _FOURTH_EN, "今回の契約は、4連覇を目指すクラブにとって安定した基盤となります。"),
        ("ko", _FOURTH_EN, "이번 계약은 4연패를 노리는 구단에 안정적인 기반이 될 것이다."),
        ("ko", _FOURTH_EN, "이번 계약은 4년 연속 우승을 노리는 구단에 안정적인 기반이 될 것이다."),
        ("en", "港ユナイテッドは5連勝を飾った。", "Minato United made it five straight wins."),
        (
            "en",
            "港ユナイテッドは泥沼の3連敗。",
            "Minato United slumped to a third straight defeat.",
        ),
        ("en", "미나토는 3연패의 늪에 빠졌다.", "Minato have lost three in a row."),
        # a Korean '연패' with nothing around it to tell titles from losses is not read
        ("en", "가이즈는 3연패.", "Kaizu lost a third straight game."),
        # a run that is no club's (a company's sales) is the figure check's alone
        ("en", "売上高は3年連続で増加しました。", "Net sales rose for the third straight year."),
    ],
)
def test_run_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", _TITLE_JA, "Kaizu Seagulls Win 2-1 to Clinch Third League Title"),
        (
            "ja",
            _FOURTH_EN,
            "今回の契約は、4度目の優勝を目指すクラブにとって安定した基盤となります。",
        ),
        ("ko", _FOURTH_EN, "이번 계약은 네 번째 우승을 노리는 구단에 안정적인 기반이 될 것이다."),
        (
            "en",
            _TITLE_KO,
            "Kaizu Seagulls, who lost three straight league games last season, face Minato.",
        ),
        ("en", "港ユナイテッドは泥沼の3連敗。", "Minato United won a third straight title."),
        ("ja", "Kaizu won a third consecutive championship.", "海津が3連敗を喫した。"),
    ],
)
def test_run_dropped_or_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)
