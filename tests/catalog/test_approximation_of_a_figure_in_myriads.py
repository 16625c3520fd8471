"""PR410 on an approximate figure written in myriads with what follows them ('約9万8,000㎡',
'약 9만8000㎡', '約1億2,000万円') stated exact in the translation: the approximation was
read up to its first myriad only ('約9万', 90,000), which the translation's 98,000 does
not give, so the dropped 'about' of a floor area or an order passed."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

AREA_JA = "計画建物の延床面積は約9万8,000㎡です。"
AREA_KO = "계획 건물의 연면적은 약 9만8000㎡다."
ORDER_JA = "受注額は約1億2,000万円です。"


def _approximations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR410" and f.message.startswith("Approximate figure")
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", AREA_JA, "계획 건물의 연면적은 9만8000제곱미터다."),
        ("en", AREA_JA, "The planned building has a total floor area of 98,000 m²."),
        ("en", AREA_KO, "The planned building has a total floor area of 98,000 m²."),
        ("ja", AREA_KO, "計画建物の延床面積は9万8,000㎡です。"),
        ("en", ORDER_JA, "The order is worth 120 million yen."),
    ],
)
def test_the_approximation_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert _approximations(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", AREA_JA, "계획 건물의 연면적은 약 9만8000제곱미터다."),
        ("en", AREA_JA, "The planned building has a total floor area of about 98,000 m²."),
        ("en", AREA_KO, "The planned building has a total floor area of roughly 98,000 m²."),
        ("ja", AREA_KO, "計画建物の延床面積は約9万8,000㎡です。"),
        ("en", ORDER_JA, "The order is worth about 120 million yen."),
        ("ko", ORDER_JA, "수주액은 약 1억2000만 엔이다."),
    ],
)
def test_the_approximation_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _approximations(locale, msgid, msgstr) == []
