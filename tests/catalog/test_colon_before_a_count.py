"""PR404 on a colon of English prose between two figures: 'seating 174: 8 in Business
Class and 166 in Economy' introduces the split of the 174 seats; before, '174: 8' was read
as a ratio and both figures reported missing. A ratio written as one ('3:2', '16:9',
'3 : 2') is still read as one."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SEATS = "ボーイング737-800型機（ビジネスクラス8席、エコノミークラス166席の計174席）で運航します。"


@pytest.mark.parametrize(
    "msgstr",
    [
        "It will be flown with a Boeing 737-800 seating 174: 8 in Business and 166 in Economy.",
        "It will be flown with a Boeing 737-800 (174 seats: 8 Business, 166 Economy).",
    ],
)
def test_the_colon_introduces_the_split(msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", SEATS, msgstr, with_info=False)


def test_a_seat_count_changed_after_the_colon() -> None:
    msgstr = "It will be flown with a Boeing 737-800 seating 174: 9 in Business and 166 in Economy."
    assert "PR404" in translation_codes("en", SEATS, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "codes"),
    [
        ("出資比率は3:2です。", "The stake ratio is 3:2.", []),
        ("出資比率は3:2です。", "The stake ratio is 3 : 2.", []),
        ("出資比率は3:2です。", "The stake ratio is 4:1.", ["PR404"]),
    ],
)
def test_a_ratio_is_still_a_ratio(msgid: str, msgstr: str, codes: list[str]) -> None:
    assert [
        c for c in translation_codes("en", msgid, msgstr, with_info=False) if c == "PR404"
    ] == codes
