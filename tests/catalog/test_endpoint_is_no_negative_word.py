"""PR410: a word that only starts with 'end' ('endpoint', which every trial release names,
'endorsed', 'endeavor') is no negative word, so it no longer hides a negation the
translation drops ('主要評価項目を達成しませんでした' as 'met its primary endpoint'); 'end'
itself, a word of stopping, stands for the source's own ('終了' as 'end'), not for its
negation ('終了しません' as 'will end')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

NOT_MET = "本試験は主要評価項目を達成しませんでした。"
NOT_ENDED = "当社は同製品の販売を終了しません。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", NOT_MET, "The study met its primary endpoint."),
        ("en", NOT_ENDED, "The Company will end sales of the product."),
        ("en", "本議案は承認されませんでした。", "The proposal was endorsed."),
    ],
)
def test_negation_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", NOT_MET, "The study did not meet its primary endpoint."),
        ("en", NOT_MET, "The study failed to meet its primary endpoint."),
        ("en", NOT_ENDED, "The Company will not end sales of the product."),
        (
            "en",
            NOT_ENDED,
            "The Company will continue to sell the product, with no plans to end sales.",
        ),
        (
            "en",
            "当社は同サービスを2027年3月に終了します。",
            "The Company will end the service in March 2027.",
        ),
    ],
)
def test_negation_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
