"""PR404 on a move between two credit ratings given the other way round in the
translation ('from A+ to AA-' as '「AA-」から「A+」へ'): both ratings are there, and an
upgrade reads as a downgrade. English that names the new rating first ('upgraded to AA-
from A+') says the same move."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

UPGRADE_KO = "한편 누리신용평가는 회사의 신용등급을 'A+'에서 'AA-'로 한 단계 상향했다."


@pytest.mark.parametrize(
    ("locale", "msgstr", "codes"),
    [
        (
            "en",
            "Nuri Ratings upgraded the company's credit rating by one notch from AA- to A+.",
            ["PR404"],
        ),
        ("ja", "ヌリ信用評価は同社の信用格付けを「AA-」から「A+」へ1段階引き上げた。", ["PR404"]),
        (
            "en",
            "Nuri Ratings upgraded the company's credit rating by one notch from A+ to AA-.",
            [],
        ),
        (
            "en",
            "Nuri Ratings upgraded the company's credit rating by one notch to AA- from A+.",
            [],
        ),
        ("ja", "ヌリ信用評価は同社の信用格付けを「A+」から「AA-」へ1段階引き上げた。", []),
    ],
)
def test_the_move_between_ratings(locale: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, UPGRADE_KO, msgstr, with_info=False) == codes
