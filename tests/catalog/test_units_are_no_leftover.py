"""PR408: a Japanese or Korean translation that gives a figure with Latin units, and a
conversion beside it ('16.2km/L(38mpg)', '250kW（340PS）'), leaves no English text; an
English phrase left beside a unit still does."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

CITY = "The hybrid averages 38 mpg in the city."


def _left(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR408"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "하이브리드 모델의 도심 연비는 16.2km/L(38mpg)이다."),
        ("ja", "ハイブリッド車の市街地燃費は16.2km/L（38mpg）です。"),
        ("ko", "하이브리드 모델의 도심 연비는 16.2 km/L(38 mpg)이다."),
    ],
)
def test_units_beside_their_figures(locale: str, msgstr: str) -> None:
    assert _left(locale, CITY, msgstr) == []


def test_english_left_beside_a_unit() -> None:
    messages = _left("ko", CITY, "하이브리드 모델은 averages 38 mpg in the city.")
    assert messages, messages
