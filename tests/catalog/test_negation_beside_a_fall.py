"""PR410: the translation's word for a fall the source speaks of ('환율 하락', '為替の下落'
as 'the decline in exchange rates') is no negation of its own, so a dropped 'not' beside
it ('영향이 크지 않았다' as 'had a significant impact') is reported. A degree next to
none ('had little effect', 'a limited impact', 'negligible') says the source's 'not
large'; 'a little' does not, and neither does 'Limited' in a company's name."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

IMPACT_KO = "한빛화학은 환율 하락이 수익성에 미친 영향이 크지 않았다고 밝혔다."
IMPACT_JA = "当社は、為替の下落による収益への影響は大きくなかったと説明しました。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            IMPACT_KO,
            "Hanbit said the decline in exchange rates did not significantly affect profitability.",
        ),
        (
            IMPACT_KO,
            "Hanbit said the weaker exchange rate had little effect on profitability.",
        ),
        (
            IMPACT_KO,
            "Hanbit said the lower exchange rate had a limited impact on profitability.",
        ),
        (
            IMPACT_JA,
            "We said the decline in the exchange rate had a negligible impact on earnings.",
        ),
    ],
)
def test_negation_kept(msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes("en", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            IMPACT_KO,
            "Hanbit said the decline in exchange rates had a significant impact on profitability.",
        ),
        (
            IMPACT_KO,
            "Hanbit said the lower exchange rate had a little impact on profitability.",
        ),
        (
            IMPACT_KO,
            "Hanbit Chemical Limited said the lower exchange rate hit profits hard.",
        ),
        (IMPACT_JA, "We said the decline in the exchange rate had a major impact on earnings."),
    ],
)
def test_negation_dropped(msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes("en", msgid, msgstr, with_info=False)
