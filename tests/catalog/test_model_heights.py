"""PR404 on a model's height given in feet and inches, as American English writes it:
'身長175cm' as "5'9\"" (or '5′9″') and "6'1\"" as '185cm' are converted, not changed; a
height that converts to another ("5'5\"" for 175 cm) is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

JA = "身長175cmのモデルがLサイズを着用。"
EN = "The model is 6'1\" and wears size M."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "The model is 5'9\" and wears size L."),
        ("en", JA, "The model is 5′9″ and wears size L."),
        ("en", JA, "The model is 175 cm tall and wears size L."),
        ("ja", EN, "モデルは身長185cmでMサイズを着用。"),
        ("ko", EN, "모델은 키 185cm로 M 사이즈를 입었다."),
    ],
)
def test_height_converted(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "The model is 5'5\" and wears size L."),
        ("ja", EN, "モデルは身長180cmでMサイズを着用。"),
    ],
)
def test_another_height_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr)
