"""PR404 and a sentence with a bare number and an amount that share a figure as written
('10年債100億円': ten years and ¥10 billion): each source amount is paired first with
the target's amount of the same value, so that the bare 10, which '¥10 billion' also
fits as written, does not leave '100億' unmatched."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BONDS = "社債は3年債150億円（年0.55％）と10年債100億円（年1.32％）で構成されます。"


def test_each_amount_finds_its_own() -> None:
    msgstr = (
        "The bonds consist of ¥15 billion of three-year bonds (0.55% per annum) and "
        "¥10 billion of ten-year bonds (1.32% per annum)."
    )
    assert translation_codes("en", BONDS, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    "msgstr",
    [
        "The bonds consist of ¥15 billion of three-year bonds (0.55% per annum) and "
        "¥1 billion of ten-year bonds (1.32% per annum).",
        "The bonds consist of ¥15 billion of three-year bonds (0.55% per annum) and "
        "¥100 billion of ten-year bonds (1.32% per annum).",
    ],
)
def test_an_amount_off_by_ten_is_still_reported(msgstr: str) -> None:
    assert translation_codes("en", BONDS, msgstr, with_info=False) == ["PR404"]
