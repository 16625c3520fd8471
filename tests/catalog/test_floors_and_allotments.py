"""PR404 on a floor said as an ordinal ('4층' as 'the fourth floor', '地下1階' as 'the
first basement level') and an allotment's one share ('1株に対して0.35株' as '0.35 shares
for each share'): neither figure is missing."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

STORE = "매장은 지하 1층부터 지상 4층까지 총 5개 층 규모다."
CAFE = "4층에는 카페가 입점한다."
ALLOT = "三陸フーズの普通株式1株に対して、当社の普通株式0.35株を割り当てます。"


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", STORE, "The store spans five floors, from the first basement level to the fourth."),
        ("en", CAFE, "The fourth floor will house a café."),
        ("en", CAFE, "A café will open on the 4th floor."),
        ("en", ALLOT, "0.35 shares of the Company's stock will be allotted for each share."),
        ("ko", ALLOT, "산리쿠푸드 보통주 1주당 회사 보통주 0.35주를 배정한다."),
    ],
)
def test_the_same_figures(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", STORE, "The store spans five floors, from the first basement level to the fifth."),
        ("en", CAFE, "The third floor will house a café."),
        ("en", ALLOT, "0.53 shares of the Company's stock will be allotted for each share."),
    ],
)
def test_a_changed_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr)
