"""PR401 on a Korean court's city ('서울중앙지방법원', '부산고등법원', '수원지검'), which Korean
writes against the court's name: the sheet's place was read as a piece of a longer word,
so a translation that moved the court to another city ('the Busan District Court') went
unreported. The city given right stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

SHEET = Glossary(
    [
        Entry("place:seoul", Kind.PLACE, {"en": Term("Seoul"), "ko": Term("서울")}),
        Entry("place:busan", Kind.PLACE, {"en": Term("Busan"), "ko": Term("부산")}),
    ]
)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "서울중앙지방법원은 원고 승소 판결을 내렸다.",
            "The Busan District Court ruled for the plaintiff.",
        ),
        ("서울고등법원은 항소를 기각했다.", "The Busan High Court dismissed the appeal."),
    ],
)
def test_the_court_moved_to_another_city_reported(msgid: str, msgstr: str) -> None:
    assert "PR401" in translation_codes("en", msgid, msgstr, glossary=SHEET)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "서울중앙지방법원은 원고 승소 판결을 내렸다.",
            "The Seoul Central District Court ruled for the plaintiff.",
        ),
        ("서울고등법원은 항소를 기각했다.", "The Seoul High Court dismissed the appeal."),
        (
            "부산지검이 수사에 착수했다.",
            "The Busan District Prosecutors' Office opened an inquiry.",
        ),
    ],
)
def test_the_court_in_its_city_silent(msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes("en", msgid, msgstr, glossary=SHEET)
