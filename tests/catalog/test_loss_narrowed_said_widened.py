"""PR410: a loss the source says narrowed ('the net loss narrowed', '赤字幅が縮小', '순손실은
… 줄었다') said to have widened in the translation ('損失が拡大', '늘었다', 'widened'), or
the other way round, is reported: both figures stay, the quarter is turned around. A
translation that says the loss fell in other words ('감소', '改善', 'decreased'), or a
sales figure falling or rising beside the loss, stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

NARROWED_EN = "The net loss narrowed to JPY 4.1 billion from JPY 6.3 billion a year earlier."
NARROWED_JA = "営業損失は9億円（前年同期は21億円の営業損失）と赤字幅が縮小しました。"
NARROWED_KO = "매출은 전년 동기 대비 8.2% 증가했고, 순손실 폭은 축소됐다."
WIDENED_EN = "Revenue rose 4.0%, but the operating loss widened to KRW 18 billion."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", NARROWED_EN, "純損失は前年同期の63億円から41億円に拡大しました。"),
        ("ko", NARROWED_EN, "순손실은 전년 동기 630억 엔에서 41억 엔으로 늘었다."),
        (
            "en",
            NARROWED_JA,
            "Net sales fell, and the operating loss widened to JPY 0.9 billion from "
            "JPY 2.1 billion a year earlier.",
        ),
        ("en", NARROWED_KO, "Revenue rose 8.2% year on year, and the net loss widened."),
        ("ja", WIDENED_EN, "売上高は4.0%増加し、営業損失は180億ウォンに縮小しました。"),
    ],
)
def test_turned_around(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", NARROWED_EN, "純損失は前年同期の63億円から41億円に縮小しました。"),
        ("ko", NARROWED_EN, "순손실은 전년 동기 630억 엔에서 41억 엔으로 감소했다."),
        # the loss said smaller in other words, sales growing beside it
        ("ja", NARROWED_EN, "販売拡大により、純損失は前年同期の63億円から41億円に減少しました。"),
        (
            "en",
            NARROWED_JA,
            "The operating loss improved to JPY 0.9 billion, from a loss of JPY 2.1 billion "
            "a year earlier, as overseas sales expanded.",
        ),
        ("en", NARROWED_KO, "Revenue rose 8.2% year on year, and the net loss narrowed."),
        ("ja", WIDENED_EN, "売上高は4.0%増加したものの、営業損失は180億ウォンに拡大しました。"),
        # no loss on the translation's side: another rule's business
        ("ko", "Its market share widened.", "시장 점유율이 축소됐다."),
    ],
)
def test_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr, with_info=False)
