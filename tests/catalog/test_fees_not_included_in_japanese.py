"""PR410 on a fare a Japanese source says leaves its fees out by a negation ('燃油特別付加
運賃、空港使用料および諸税は含まれません'): a translation that says so its own way ('별도',
'excluding', 'taxes are extra') keeps it, and one that says the fees are included turns it
round; before, '含まれません' was read as a bare negation only, so '별도' and 'are extra'
were reported as dropping it and '포함된다' as no more than that."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

FARE = "就航記念運賃は片道18,800円からで、燃油特別付加運賃、空港使用料および諸税は含まれません。"


def _pr410(locale: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, FARE, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "ko",
            "취항 기념 운임은 편도 18,800엔부터이며 유류할증료, 공항이용료, 제세공과금은 별도다.",
        ),
        ("ko", "취항 기념 운임은 편도 18,800엔부터(유류할증료·공항이용료·세금 불포함)다."),
        (
            "ko",
            "취항 기념 운임은 편도 18,800엔부터이며 유류할증료, 공항이용료 및 "
            "제세금은 포함되지 않는다.",
        ),
        (
            "en",
            "Fares from JPY 18,800 one way, excluding fuel surcharge, airport fees and taxes.",
        ),
        (
            "en",
            "Fares from JPY 18,800 one way; fuel surcharge, airport fees and taxes are extra.",
        ),
    ],
)
def test_fees_left_out(locale: str, msgstr: str) -> None:
    assert _pr410(locale, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "ko",
            "취항 기념 운임은 편도 18,800엔부터이며 유류할증료, 공항이용료 및 제세금이 포함된다.",
        ),
        (
            "en",
            "Fares from JPY 18,800 one way, including fuel surcharge, airport fees and taxes.",
        ),
    ],
)
def test_fees_said_included(locale: str, msgstr: str) -> None:
    assert any("opposite" in message for message in _pr410(locale, msgstr))
