"""PR401 on an English glossary term ending in 'y' that the translation puts in the
plural ('solid-state batteries' for 'solid-state battery')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "ssb",
            Kind.TERM,
            {
                "en": Term("solid-state battery"),
                "ja": Term("全固体電池"),
                "ko": Term("전고체 배터리"),
            },
        )
    ]
)


def _codes(msgid: str, msgstr: str) -> list[str]:
    return translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "全固体電池の充電時間を短縮します。",
            "It cuts the charging time of solid-state batteries.",
        ),
        ("전고체 배터리 소재를 생산한다.", "It will make materials for Solid-State Batteries."),
    ],
)
def test_a_term_in_the_plural(msgid: str, msgstr: str) -> None:
    assert _codes(msgid, msgstr) == []


def test_another_term_in_the_plural() -> None:
    assert _codes("全固体電池を開発します。", "It develops lithium-ion batteries.") == ["PR401"]
