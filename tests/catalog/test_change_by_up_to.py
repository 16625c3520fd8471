"""PR404 on a change said before its object and 'by up to' its figure ('will lower its
deposit rates by up to 0.25 percentage points', 'cut fees by as much as 5%'): the limit
between 'by' and the figure hid the change, so a translation that turned it round
('최대 0.25%p 내린다' as 'raise ... by up to') went unreported. The change kept stays
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LOWER = "한빛은행은 다음 달부터 예금 금리를 최대 0.25%p 내린다."


@pytest.mark.parametrize(
    "msgstr",
    [
        "Hanbit Bank will lower its deposit rates by up to 0.25 percentage points next month.",
        "Hanbit Bank will cut deposit rates by up to 0.25 percentage points from next month.",
        "From next month, Hanbit Bank's deposit rates will be lowered by up to 0.25 percentage "
        "points.",
    ],
)
def test_the_change_kept(msgstr: str) -> None:
    assert translation_codes("en", LOWER, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    "msgstr",
    [
        "Hanbit Bank will raise its deposit rates by up to 0.25 percentage points next month.",
        "From next month, Hanbit Bank's deposit rates will be raised by up to 0.25 percentage "
        "points.",
    ],
)
def test_the_change_turned(msgstr: str) -> None:
    assert translation_codes("en", LOWER, msgstr, with_info=False) == ["PR404"]


def test_by_as_much_as() -> None:
    msgid = "The bank will cut card fees by as much as 5%."
    kept = "同行はカード手数料を最大5%引き下げる。"
    turned = "同行はカード手数料を最大5%引き上げる。"
    assert translation_codes("ja", msgid, kept, with_info=False) == []
    assert translation_codes("ja", msgid, turned, with_info=False) != []
