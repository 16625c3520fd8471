"""PR404: a list of prices whose tax the sentence says once, away from any of them
('Prices, including the 3.5% individual consumption tax and VAT, are 46.5 million won for
the Essential, …', '가격은 개별소비세 3.5%와 부가세를 포함해 에센셜 4,650만 원, …'), is said
with that tax: a translation that says them excluding it was not reported, as no label
stood beside a price. A sentence that says tax both ways reads only the labels beside its
prices."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TRIMS = (
    "가격은 개별소비세 3.5%와 부가세를 포함해 에센셜 4,650만 원, 투어링 5,120만 원, "
    "GT 라인 5,580만 원이다."
)
KIT = "The kit costs ¥3,980 including tax, and refills ¥1,480."


def _tax(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "tax is included" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            TRIMS,
            "Prices, including the 3.5% individual consumption tax and VAT, are 46.5 million "
            "won for the Essential, 51.2 million won for the Touring and 55.8 million won for "
            "the GT Line.",
        ),
        (
            "en",
            TRIMS,
            "The Essential costs 46.5 million won, the Touring 51.2 million won and the GT "
            "Line 55.8 million won, all including taxes.",
        ),
        ("ja", KIT, "キットは3,980円（税込）、詰め替えは1,480円です。"),
        ("ja", KIT, "キットは税込3,980円、詰め替えは1,480円（税込）です。"),
        (
            "ja",
            "Kits cost ¥3,980 including tax (¥3,618 before tax).",
            "キットは税込3,980円（税抜3,618円）。",
        ),
        # a label that is one price's own says nothing of the price beside it without one
        (
            "ko",
            "The lip tint is KRW 18,000 (KRW 16,364 excluding VAT).",
            "립 틴트 가격은 부가세 포함 1만 8,000원(부가세 별도 1만 6,364원)이다.",
        ),
        (
            "ja",
            "Price: ¥398 before tax (¥429 including the 8% reduced consumption tax rate)",
            "価格：本体価格398円（税込429円、軽減税率8%適用）",
        ),
    ],
)
def test_tax_said_once_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _tax(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            TRIMS,
            "Prices, excluding the 3.5% individual consumption tax and VAT, are 46.5 million "
            "won for the Essential, 51.2 million won for the Touring and 55.8 million won for "
            "the GT Line.",
        ),
        (
            "ko",
            "Prices, including VAT, are 46.5 million won for the Essential and 51.2 million won "
            "for the Touring.",
            "가격은 부가세를 제외하고 에센셜 4,650만 원, 투어링 5,120만 원이다.",
        ),
    ],
)
def test_tax_said_once_flipped(locale: str, msgid: str, msgstr: str) -> None:
    assert _tax(locale, msgid, msgstr), msgstr
