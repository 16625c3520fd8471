"""PR404 on a loan's two rates given each other's figures ('변동금리는 연 3.2~4.5%,
고정금리는 연 3.8~4.9%' as 'the fixed rate ranges from 3.2% to 4.5% … the variable rate
from 3.8%'): every figure and both rate types were there, so neither the figures nor the
opposites told it. The rates kept, in either order, and English's next clause's label
after a figure ('4.5% per annum and the fixed rate') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

KO = "변동금리는 연 3.2~4.5%, 고정금리는 연 3.8~4.9% 수준이다."
EN = "The variable rate is 0.625% and the fixed rate 1.85% per annum."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            KO,
            "The variable rate ranges from 3.2% to 4.5% per annum and the fixed rate from "
            "3.8% to 4.9%.",
        ),
        (
            "en",
            KO,
            "The fixed rate ranges from 3.8% to 4.9% per annum and the variable rate from "
            "3.2% to 4.5%.",
        ),
        ("ja", EN, "変動金利は年0.625%、固定金利は年1.85%です。"),
        ("ko", EN, "고정금리는 연 1.85%, 변동금리는 연 0.625%다."),
    ],
)
def test_the_rates_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            KO,
            "The fixed rate ranges from 3.2% to 4.5% per annum and the variable rate from "
            "3.8% to 4.9%.",
        ),
        ("ja", EN, "変動金利は年1.85%、固定金利は年0.625%です。"),
        ("ko", EN, "고정금리는 연 0.625%, 변동금리는 연 1.85%다."),
    ],
)
def test_the_rates_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
