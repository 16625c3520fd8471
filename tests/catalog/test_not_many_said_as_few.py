"""PR410: 'not many' said as 'few' keeps the negation ('체험할 수 있는 곳은 많지 않다' as
'there are still few places', 'Not many suppliers' as '供給業者は少ない', '多くありません' as
'only a handful'). 'Many' in its place, or another negation of the sentence dropped, is
still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

STORES = (
    '모리시게 부사장은 "한국 화장품에 대한 관심이 높아지고 있지만, 아직 매장에서 직접 체험할 수 '
    '있는 곳은 많지 않다"고 말했다.'
)
SUPPLIERS = "Not many suppliers can meet the standard."
SEATS = "当日券は多くありません。"


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.code for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            STORES,
            '"Interest in Korean cosmetics is growing, but there are still few places where '
            'people can try them in a store," said Morishige.',
        ),
        (
            "ja",
            STORES,
            "森重副社長は「韓国化粧品への関心は高まっていますが、店舗で直接試せる場所はまだ少ないです」と述べた。",
        ),
        ("ja", SUPPLIERS, "この基準を満たせる供給業者は少ない。"),
        ("ko", SUPPLIERS, "이 기준을 충족할 수 있는 공급업체는 드물다."),
        ("en", SEATS, "Only a handful of same-day tickets are available."),
        ("ko", SEATS, "당일권은 많지 않습니다."),
    ],
)
def test_few_keeps_the_negation(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            STORES,
            '"Interest in Korean cosmetics is growing, and there are already many places '
            'where people can try them in a store," said Morishige.',
        ),
        (
            "ja",
            STORES,
            "森重副社長は「韓国化粧品への関心は高まっており、店舗で直接試せる場所も多いです」と述べた。",
        ),
        ("ko", SUPPLIERS, "이 기준을 충족할 수 있는 공급업체는 많다."),
        # another negation of the sentence dropped, beside a 'few' the translation has
        (
            "ko",
            "Not many suppliers can meet the standard, and we will not lower it.",
            "기준을 충족하는 공급업체는 드물며, 당사는 기준을 낮춘다.",
        ),
    ],
)
def test_negation_lost(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == ["PR410"]
