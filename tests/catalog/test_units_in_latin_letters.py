"""PR408 on a unit or designation in Latin letters joined by hyphens or digits ('t-CO2e',
'COVID-19-related') in a Japanese translation: one word, no English left untranslated;
three words apart are still a part left."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

EMISSIONS = "Emissions totaled 412,000 tCO2e in 2025."


@pytest.mark.parametrize(
    "msgstr",
    [
        "2025年の排出量は41万2,000t-CO2eでした。",
        "2025年の排出量は41万2,000t-CO2-eqでした。",
    ],
)
def test_one_word(msgstr: str) -> None:
    assert "PR408" not in translation_codes("ja", EMISSIONS, msgstr)


def test_three_words_left() -> None:
    msgstr = "2025年の排出量は41万2,000 tCO2e in totalでした。"
    assert "PR408" in translation_codes("ja", EMISSIONS, msgstr)
