"""PR404 on a temperature said in degrees after the word that makes it one ('섭씨 85도',
'摂氏40度', '영하 20도', 'マイナス20度'), as Korean and Japanese releases write it: it was
no measurement, so '영하 20도' given as '20 °C' (above zero) and '섭씨 85도' as '85 °F'
went unreported. A temperature kept or converted, and '度' or '도' alone ('3度目', '85도에서'
with no such word: an angle or a count as often) are not read. English's 'minus 20
degrees Celsius' is below zero too."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

COLD = "이 전지는 영하 20도에서도 작동한다."
HOT = "연구팀은 섭씨 85도에서 1,000시간 동안 시험했다."
JA = "新素材は摂氏40度で水を分解します。"


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", COLD, "The battery works even at 20 °C.", "'영하 20도'"),
        ("en", HOT, "The team tested it at 85 °F for 1,000 hours.", "'섭씨 85도'"),
        ("en", JA, "The new material splits water at 40 °F.", "'摂氏40度'"),
        ("ja", COLD, "この電池は20℃でも動作する。", "'영하 20도'"),
    ],
)
def test_temperature_in_degrees_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(found in m for m in messages), messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", COLD, "The battery works even at −20 °C."),
        ("en", COLD, "The battery works even at minus 20 degrees Celsius."),
        ("ja", COLD, "この電池はマイナス20度でも動作する。"),
        ("en", HOT, "The team tested it at 85 °C for 1,000 hours."),
        ("en", HOT, "The team tested it at 85 °C (185 °F) for 1,000 hours."),
        ("en", JA, "The new material splits water at 40 °C."),
        ("ko", "It works at 40 °C, its third such test.", "40도에서 작동하며, 세 번째 시험이다."),
    ],
)
def test_temperature_in_degrees_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []
