"""Hand-made inputs shared by the translation tests (importable, unlike conftest)."""

from __future__ import annotations

from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term


def small_glossary() -> Glossary:
    """Entries with en/ja/ko forms, a DNT brand and a person with no ja form."""
    return Glossary(
        [
            Entry(
                "place:shonan-ipark",
                Kind.PLACE,
                {
                    "en": Term("Shonan iPark"),
                    "ja": Term("湘南アイパーク"),
                    "ko": Term("쇼난 아이파크"),
                },
            ),
            Entry(
                "org:mss",
                Kind.ORG,
                {
                    "en": Term("Ministry of SMEs and Startups"),
                    "ja": Term("中小ベンチャー企業部"),
                    "ko": Term("중소벤처기업부"),
                },
            ),
            Entry("brand:youtube", Kind.BRAND, {"en": Term("YouTube")}, dnt=True),
            Entry(
                "person:oh-youngju",
                Kind.PERSON,
                {
                    "en": Term("Oh Youngju", name=PersonName("Youngju", "Oh")),
                    "ja": Term("オ・ヨンジュ"),
                    "ko": Term("오영주", name=PersonName("영주", "오")),
                },
            ),
            Entry(
                "person:mikio-kato",
                Kind.PERSON,
                {"en": Term("Mikio Kato", name=PersonName("Mikio", "Kato"))},
            ),
            Entry(
                "title:minister-mss",
                Kind.TITLE,
                {
                    "en": Term("Minister, Ministry of SMEs and Startups"),
                    "ja": Term("中小ベンチャー企業部長官"),
                    "ko": Term("중소벤처기업부 장관"),
                },
            ),
        ]
    )
