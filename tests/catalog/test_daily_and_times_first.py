"""PR404 on a route flown every day ('주 7회(매일)' as 'daily') with a time whose hour is
the same number ('오후 7시 40분' as '7:40 p.m.'): a time is matched before a plain number,
which took the time's 7, and '주 7회', '週7便' are 'daily'."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

ROUTE = "신규 노선은 주 7회(매일) 운항하며, 인천 출발 오후 7시 40분, 현지 도착 오후 9시 55분이다."


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            ROUTE,
            "It flies daily, departing at 7:40 p.m. and arriving at 9:55 p.m.",
        ),
        ("en", "成田～釜山線を週7便で運航します。", "The Narita-Busan route will be flown daily."),
        ("ja", ROUTE, "新路線は毎日運航し、仁川発19時40分、現地着21時55分。"),
    ],
)
def test_the_same_figures(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            ROUTE,
            "It flies daily, departing at 7:40 p.m. and arriving at 9:45 p.m.",
        ),
        (
            "en",
            "成田～釜山線を週7便で運航します。",
            "The Narita-Busan route will be flown six times a week.",
        ),
    ],
)
def test_a_changed_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr)
