"""PR408 on a postal address abroad that a Japanese or Korean translation keeps in Latin
letters for the post to read ('350 Harbor Avenue, Suite 900, Seattle, WA 98101'), its
parts in the source's order or another. A part changed on the way, or English prose
between commas, is still source text left."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

OFFICE = "U.S. office: Suite 900, 350 Harbor Avenue, Seattle, WA 98101, USA"
BERLIN = "Europe: Kastanienallee 12, 10435 Berlin, Germany"
SENTENCE = "Our U.S. team works at 41 Lake Street, Madison, Wisconsin."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", OFFICE, "米国オフィス：350 Harbor Avenue, Suite 900, Seattle, WA 98101, USA"),
        ("ko", OFFICE, "미국 사무소: Suite 900, 350 Harbor Avenue, Seattle, WA 98101, USA"),
        ("ja", BERLIN, "欧州拠点：Kastanienallee 12, 10435 Berlin, Germany"),
        ("ja", SENTENCE, "米国チームは41 Lake Street, Madison, Wisconsinで働いています。"),
    ],
)
def test_an_address_kept_as_the_source_writes_it(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR408" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (OFFICE, "米国オフィス：350 Harbor Avenue, Suite 990, Seattle, WA 98101, USA"),
        (
            "We serve retail, logistics and 4 other industries, the company said.",
            "同社はretail, logistics and 4 other industriesに対応すると述べた。",
        ),
    ],
)
def test_a_changed_part_or_prose_is_still_reported(msgid: str, msgstr: str) -> None:
    assert "PR408" in translation_codes("ja", msgid, msgstr)
