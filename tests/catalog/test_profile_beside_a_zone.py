"""PR401 on a Korean company profile bracket ('(대표 한지우)') left out of a translation
that has a bracket of its own elsewhere, a time zone or an acronym ('(KST)', '(AMED)'):
that bracket is no kept profile."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "han",
            Kind.PERSON,
            {"en": Term("Han Jiwoo"), "ja": Term("ハン・ジウ"), "ko": Term("한지우")},
        )
    ]
)
SOURCE = "게임사 픽셀블룸(대표 한지우)은 신작을 4월 22일 오후 3시(한국 시간) 출시한다."


def _codes(locale: str, msgstr: str) -> list[str]:
    return translation_codes(locale, SOURCE, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("en", "Game maker Pixelbloom will release its new title at 3 p.m. on April 22 (KST)."),
        ("ja", "ゲーム会社のピクセルブルームは、新作を4月22日15時（韓国時間）にリリースします。"),
    ],
)
def test_the_profile_left_out_beside_a_zone(locale: str, msgstr: str) -> None:
    assert _codes(locale, msgstr) == []


def test_the_profile_kept_with_another_name() -> None:
    msgstr = "Game maker Pixelbloom (CEO Jiwoo Hahn) will release it at 3 p.m. on April 22 (KST)."
    assert _codes("en", msgstr) == ["PR401"]
