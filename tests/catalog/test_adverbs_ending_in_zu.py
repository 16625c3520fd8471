"""PR410: Japanese words ending in ず that say nothing negative ('まず、' first, '必ず' be
sure to, 'にもかかわらず' despite, '年齢を問わず' regardless of age, '絶えず') are no
negation, on either side; a verb's negative in ず ('受け取らず、') still is."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "First, the city will open 27 shelters.", "まず、市は避難所27カ所を開設します。"),
        ("ja", "Be sure to bring your ID.", "必ず、本人確認書類をお持ちください。"),
        (
            "ja",
            "Despite the heavy rain, 8,000 people came.",
            "大雨にもかかわらず、8,000人が来場しました。",
        ),
        ("en", "年齢を問わず、市民は誰でも申請できます。", "Residents of any age may apply."),
        ("ko", "まず、市は避難所27カ所を開設します。", "먼저 시는 대피소 27곳을 연다."),
        (
            "en",
            "市は絶えず、河川の水位を監視しています。",
            "The city monitors river levels around the clock.",
        ),
    ],
)
def test_no_negation(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []


def test_negative_in_zu_dropped() -> None:
    msgid = "窓口では現金を受け取らず、振り込みのみで受け付けます。"
    msgstr = "The counter accepts cash payments and transfers."
    assert _negations("en", msgid, msgstr)
