"""PR401 on a glossary place whose English form ends in a generic of addresses and
directions, written as directions abbreviate it or set it in lower case ('Minami-Kasai
Sta.', 'Minami-Kasai station', 'Minami-Kasai-eki', 'Kasai Harbor Bldg.'): the place in its
approved form. Its own words changed ('Minami-Kazai Sta.') or its generic changed for
another ('Minami-Kasai Street') is still not the approved form."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "place:minami-kasai-station",
            Kind.PLACE,
            {
                "en": Term("Minami-Kasai Station"),
                "ja": Term("南葛西駅"),
                "ko": Term("미나미카사이역"),
            },
        ),
        Entry(
            "place:kasai-harbor-building",
            Kind.PLACE,
            {"en": Term("Kasai Harbor Building"), "ja": Term("葛西ハーバービル")},
        ),
    ]
)
WALK = "南葛西駅から徒歩4分"
OFFICE = "所在地：葛西ハーバービル6階"


def _codes(msgid: str, msgstr: str) -> list[str]:
    return translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (WALK, "4 min. walk from Minami-Kasai Sta."),
        (WALK, "A 4-minute walk from Minami-Kasai station"),
        (WALK, "4 minutes on foot from Minami-Kasai Stn"),
        (WALK, "4 minutes from Minami-Kasai-eki"),
        (OFFICE, "Address: 6F Kasai Harbor Bldg."),
        ("미나미카사이역 2번 출구", "Exit 2, Minami-Kasai station"),
    ],
)
def test_the_generic_abbreviated_is_the_same_place(msgid: str, msgstr: str) -> None:
    assert "PR401" not in _codes(msgid, msgstr)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (WALK, "4 min. walk from Minami-Kazai Sta."),
        (WALK, "4 min. walk from Minami-Kasai Street"),
        (OFFICE, "Address: 6F Kasai Harbour Bldg."),
    ],
)
def test_another_spelling_is_still_reported(msgid: str, msgstr: str) -> None:
    assert "PR401" in _codes(msgid, msgstr)
