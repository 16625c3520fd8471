"""PR401 on a station exit named after a glossary place ('the Kasai Marine Park Exit of
Kasai-Rinkai Station'): the station's own sign shortens the place ('海浜公園口', '해상공원
출구'), so the translation naming the exit that way does not lose the place. Another exit
named instead, or the place named without 'Exit' in the source, is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "place:kasai-marine-park",
            Kind.PLACE,
            {
                "en": Term("Kasai Marine Park"),
                "ja": Term("葛西臨海公園"),
                "ko": Term("가사이 임해공원"),
            },
        ),
    ]
)
EXIT = "Use the Kasai Marine Park Exit of the station."


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [("ja", "駅の臨海公園口をご利用ください。"), ("ko", "역의 임해공원 출구를 이용하세요.")],
)
def test_the_exit_by_its_own_short_name(locale: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes(locale, EXIT, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (EXIT, "駅の中央口をご利用ください。"),
        ("Walk from Kasai Marine Park to the station.", "臨海公園口から駅まで歩きます。"),
    ],
)
def test_another_exit_or_no_exit_is_still_reported(msgid: str, msgstr: str) -> None:
    assert "PR401" in translation_codes("ja", msgid, msgstr, glossary=GLOSSARY)
