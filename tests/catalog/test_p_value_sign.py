"""A figure bounded by a sign of comparison, as trial results give p-values ('p<0.001',
'P < .05', 'p＜0.01'): the sign turned the other way ('p>0.001') is a figure bounded the
other way (PR404), and the sign dropped ('p=0.001') a limit stated as exact (PR410). An
arrow ('2026 -> 2027') bounds nothing."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SIGNIFICANT_EN = "The reduction was statistically significant versus placebo (p<0.001)."
SIGNIFICANT_JA = "プラセボに対して統計学的に有意な低下が認められました（p＜0.01）。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "code"),
    [
        ("ko", SIGNIFICANT_EN, "위약 대비 통계적으로 유의한 감소가 확인됐다(p>0.001).", "PR404"),
        (
            "en",
            SIGNIFICANT_JA,
            "A significant reduction versus placebo was seen (P > .01).",
            "PR404",
        ),
        (
            "ja",
            SIGNIFICANT_EN,
            "プラセボに対して統計学的に有意な低下が認められました（p=0.001）。",
            "PR410",
        ),
        ("ko", SIGNIFICANT_JA, "위약 대비 통계적으로 유의한 감소가 확인됐다(p=0.01).", "PR410"),
    ],
)
def test_sign_changed_or_dropped(locale: str, msgid: str, msgstr: str, code: str) -> None:
    assert code in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", SIGNIFICANT_EN, "위약 대비 통계적으로 유의한 감소가 확인됐다(p<0.001)."),
        (
            "ja",
            SIGNIFICANT_EN,
            "プラセボに対して統計学的に有意な低下が認められました（p＜0.001）。",
        ),
        ("en", SIGNIFICANT_JA, "A significant reduction versus placebo was seen (P < .01)."),
        (
            "en",
            "価格改定は2026年 -> 2027年の順に行います。",
            "Prices will be revised in 2026 and 2027.",
        ),
    ],
)
def test_sign_kept(locale: str, msgid: str, msgstr: str) -> None:
    codes = translation_codes(locale, msgid, msgstr)
    assert "PR404" not in codes and "PR410" not in codes
