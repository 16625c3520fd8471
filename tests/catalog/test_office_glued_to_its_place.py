"""PR401: a Korean office written onto its place, sharing the place's last syllable
('전라남도지사' of 전라남도 and 도지사, '서울특별시장', '강남구청장'), is that office: a
translation giving it another rank ('Vice Governor', '副知事', '副市長') is reported, as it
is where the source spaces the title off. A title whose letters open another word
('서울특별시장애인…', the city's association for the disabled) is none."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _entry(key: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
    return Entry(key, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _entry("place:haedo", Kind.PLACE, "Haedo-do", "海島道", "해도도"),
        _entry("place:dalbit", Kind.PLACE, "Dalbit-si", "月光市", "달빛시"),
        _entry("place:seon", Kind.PLACE, "Seon-gu", "仙区", "선구"),
        _entry("title:governor", Kind.TITLE, "Governor", "知事", "도지사"),
        _entry("title:mayor", Kind.TITLE, "Mayor", "市長", "시장"),
        _entry("title:district", Kind.TITLE, "District Mayor", "区長", "구청장"),
        _entry("person:yoon", Kind.PERSON, "Yoon Da-bin", "ユン・ダビン", "윤다빈"),
    ]
)


def _ranks(locale: str, msgid: str, msgstr: str) -> list[str | None]:
    found = translation_findings(locale, msgid, msgstr, glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            "윤다빈 해도도지사는 항만 개발 계획을 발표했다.",
            "Haedo-do Vice Governor Yoon Da-bin announced the port development plan.",
            "Vice Governor",
        ),
        (
            "ja",
            "윤다빈 해도도지사는 항만 개발 계획을 발표했다.",
            "ユン・ダビン海島道副知事は港湾開発計画を発表した。",
            "副知事",
        ),
        (
            "en",
            "달빛시장은 축사에서 협력을 약속했다.",
            "The Deputy Mayor of Dalbit-si pledged support.",
            "Deputy Mayor",
        ),
        (
            "ja",
            "달빛시장은 축사에서 협력을 약속했다.",
            "月光市副市長は祝辞で協力を約束した。",
            "副市長",
        ),
    ],
)
def test_an_office_on_its_place_given_another_rank_is_reported(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    assert _ranks(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "윤다빈 해도도지사는 항만 개발 계획을 발표했다.",
            "Haedo-do Governor Yoon Da-bin announced the port development plan.",
        ),
        (
            "ja",
            "윤다빈 해도도지사는 항만 개발 계획을 발표했다.",
            "ユン・ダビン海島道知事は港湾開発計画を発表した。",
        ),
        (
            "en",
            "선구청장이 개막식에서 축사를 했다.",
            "The Seon-gu District Mayor spoke at the opening.",
        ),
        ("ja", "선구청장이 개막식에서 축사를 했다.", "仙区長が開会式で祝辞を述べた。"),
        # the city's association for the disabled (장애인): no mayor in it
        (
            "en",
            "달빛시장애인체육회가 대회를 열었다.",
            "The Dalbit-si Sports Association for the Disabled held the games.",
        ),
        # the place alone, no office glued to it
        (
            "en",
            "해도도는 항만 개발 계획을 발표했다.",
            "Haedo-do announced the port development plan.",
        ),
    ],
)
def test_an_office_on_its_place_in_its_own_rank_is_silent(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert _ranks(locale, msgid, msgstr) == []
