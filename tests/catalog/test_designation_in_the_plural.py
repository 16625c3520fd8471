"""PR404: a designation in English's plural ('two KT-210s', 'the F-35s') names the same
model as the translation's 'KT-210', not the number 210 changed to the count; a changed
model in the plural is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

RETURNED = "Two KT-210s were returned after smoke was seen."


def _figures(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "연기가 확인된 KT-210 2대가 반품되었다."),
        ("ja", "発煙が確認されたKT-210の2台が返品されました。"),
    ],
)
def test_designation_in_the_plural_passes(locale: str, msgstr: str) -> None:
    assert _figures(locale, RETURNED, msgstr) == []


def test_changed_designation_in_the_plural_is_reported() -> None:
    assert _figures("ko", RETURNED, "연기가 확인된 KT-201 2대가 반품되었다.") != []
