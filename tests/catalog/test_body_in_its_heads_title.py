"""PR401 on a ministry that an English translation names in its head's title, and a
city or a prefecture it names by the place, as English does ('해양수산부 차관' as 'Vice
Minister of Oceans and Fisheries', '瀬戸浜市長' as 'Mayor of Setohama', '부산광역시' as
'Busan')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "mof",
            Kind.ORG,
            {
                "en": Term("Ministry of Oceans and Fisheries"),
                "ja": Term("海洋水産部"),
                "ko": Term("해양수산부"),
            },
        ),
        Entry(
            "busan",
            Kind.ORG,
            {
                "en": Term("Busan Metropolitan City"),
                "ja": Term("釜山広域市"),
                "ko": Term("부산광역시"),
            },
        ),
        Entry(
            "setohama",
            Kind.ORG,
            {"en": Term("Setohama City"), "ja": Term("瀬戸浜市"), "ko": Term("세토하마시")},
        ),
    ]
)


def _codes(msgid: str, msgstr: str) -> list[str]:
    return translation_codes("en", msgid, msgstr, glossary=GLOSSARY, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "남궁현 해양수산부 차관은 노선을 늘리겠다고 말했다.",
            "Vice Minister of Oceans and Fisheries Namgung Hyun said more routes would follow.",
        ),
        (
            "令和8年3月16日　瀬戸浜市長　三好 直哉",
            "March 16, 2026 Naoya Miyoshi, Mayor of Setohama",
        ),
        ("瀬戸浜市長は会見で述べた。", "The Setohama Mayor said so at a press conference."),
        (
            "부산광역시, 11월 6일 광안리서 불꽃축제 개최",
            "Busan to Hold Fireworks Festival on Nov. 6",
        ),
    ],
)
def test_the_body_named_in_its_heads_title(msgid: str, msgstr: str) -> None:
    assert _codes(msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("해양수산부 차관은 노선을 늘리겠다고 말했다.", "The Vice Minister of Trade said so."),
        ("瀬戸浜市長は会見で述べた。", "The Mayor of Takamatsu said so."),
        ("瀬戸浜市長は会見で述べた。", "The mayor said so at a press conference."),
        (
            "부산광역시, 11월 6일 광안리서 불꽃축제 개최",
            "Incheon to Hold Fireworks Festival on Nov. 6",
        ),
    ],
)
def test_another_body_or_none(msgid: str, msgstr: str) -> None:
    assert "PR401" in _codes(msgid, msgstr)


# a team sheet may list its city as a place, not a body: the same English holds
PLACES = Glossary(
    [
        Entry(
            "haneul",
            Kind.PLACE,
            {"en": Term("Haneul City"), "ja": Term("ハヌル市"), "ko": Term("하늘시")},
        ),
    ]
)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "reported"),
    [
        ("정다은 하늘시장은 축사를 했다.", "Haneul Mayor Jung Da-eun gave an address.", False),
        ("정다은 하늘시장은 축사를 했다.", "Jung Da-eun, Mayor of Haneul, gave an address.", False),
        ("ハヌル市長が祝辞を述べた。", "The Haneul Mayor gave an address.", False),
        ("정다은 하늘시장은 축사를 했다.", "Haenul Mayor Jung Da-eun gave an address.", True),
        ("정다은 하늘시장은 축사를 했다.", "The mayor gave an address.", True),
    ],
)
def test_a_city_listed_as_a_place(msgid: str, msgstr: str, reported: bool) -> None:
    codes = translation_codes("en", msgid, msgstr, glossary=PLACES, with_info=False)
    assert ("PR401" in codes) is reported
