"""PR410: a negative word the translation has for the source's own word of stopping,
keeping, minor degree, sole scope or leaving out ('運転を停止し' as 'stop', '경미한' as
'minor', '유지' as 'maintained') stands for no negation the source says besides: a
translation that drops that negation ('運転を停止し、再開しないでください' as 'stop … and
restart it') is reported; one that keeps it ('and do not restart it') is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HEATER_JA = "異音がした場合は直ちに運転を停止し、電源プラグは差し込まないでください。"
INJURY_KO = "경미한 찰과상 2건이 접수되었으나, 입원한 사례는 없다."
RATE_KO = "금리는 동결하며 연내 인하 계획은 없다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            HEATER_JA,
            "If you hear a strange noise, stop the heater at once and plug it back in.",
        ),
        ("ko", HEATER_JA, "이상한 소리가 나면 즉시 운전을 중지하고 전원 플러그를 꽂으십시오."),
        ("ja", INJURY_KO, "軽微な擦り傷が2件報告されましたが、入院した例もあります。"),
        (
            "en",
            INJURY_KO,
            "Two minor abrasions were reported, and some patients were hospitalized.",
        ),
        ("en", RATE_KO, "The rate will be kept unchanged, with a cut planned this year."),
    ],
)
def test_negation_dropped_beside_a_word_of_stopping(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            HEATER_JA,
            "If you hear a strange noise, stop the heater at once and do not plug it in.",
        ),
        ("ko", HEATER_JA, "이상한 소리가 나면 즉시 운전을 중지하고 전원 플러그를 꽂지 마십시오."),
        ("ja", INJURY_KO, "軽微な擦り傷が2件報告されましたが、入院した例はありません。"),
        ("en", INJURY_KO, "Two minor abrasions were reported, and no one was hospitalized."),
        ("en", RATE_KO, "The rate will be kept unchanged, with no cut planned this year."),
        ("en", "本製品は販売を中止しません。", "Sales of the product will not stop."),
    ],
)
def test_negation_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
