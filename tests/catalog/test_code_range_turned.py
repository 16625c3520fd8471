"""PR404: a range of frame numbers, serial or lot numbers given from its end to its start
in the translation ('LM2-100214～LM2-158730' as 'LM2-158730 to LM2-100214'): both codes
are there, so no code or figure reads as changed. A range kept in order, and two codes
that are no range, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

FRAMES_JA = "対象車の車台番号：LM2-100214～LM2-158730"
SERIALS_EN = "Units with serial numbers SN1020 through SN1090 are affected."


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "from its end" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", FRAMES_JA, "Frame numbers: LM2-158730 to LM2-100214", "LM2-158730 to LM2-100214"),
        ("ko", FRAMES_JA, "대상 차대번호: LM2-158730~LM2-100214", "LM2-158730~LM2-100214"),
        ("ja", SERIALS_EN, "シリアル番号SN1090～SN1020の製品が対象です。", "SN1090~SN1020"),
    ],
)
def test_a_range_turned_is_reported(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _turned(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FRAMES_JA, "Frame numbers: LM2-100214 to LM2-158730"),
        ("ko", FRAMES_JA, "대상 차대번호: LM2-100214부터 LM2-158730까지"),
        ("ja", SERIALS_EN, "シリアル番号SN1020～SN1090の製品が対象です。"),
        # two codes that are no range
        ("en", "KD5とLM2を比較しました。", "It compared the LM2 with the KD5."),
        (
            "ja",
            "Models A100 and B200 replace the B200 and A100.",
            "B200とA100をA100とB200に置き換える。",
        ),
    ],
)
def test_a_range_in_order_is_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []
