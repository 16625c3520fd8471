"""PR401 on a glossary name ending in katakana that the Japanese translation writes with a
long vowel mark after it ('ゾルベクサー' for the brand 'ゾルベクサ', 'ヒカリメディカー'
for 'ヒカリメディカ'): the approved form is inside the run, so the term read as rendered and the
misspelt brand went out. A name followed by more katakana (another word run on), a name
that itself ends in 'ー', and another glossary name the run spells stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _sheet() -> Glossary:
    def row(key: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
        return Entry(key, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})

    return Glossary(
        [
            row("brand:zorvexa", Kind.BRAND, "ZORVEXA", "ゾルベクサ", "졸벡사"),
            row("org:neopharma", Kind.ORG, "Neopharma", "ネオファーマ", "네오파마"),
            row("org:neopharmer", Kind.ORG, "Neopharmer", "ネオファーマー", "네오파머"),
            row("brand:lumiere", Kind.BRAND, "Lumiere", "ルミエール", "루미에르"),
            row("org:hikari-medica", Kind.ORG, "Hikari Medica", "ヒカリメディカ", "히카리메디카"),
        ]
    )


def _pr401(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=_sheet())
    return [f.message for f in found if f.code == "PR401"]


DOSE = "ZORVEXA is given as two doses."
MAKER = "The vaccine is made by Hikari Medica."


@pytest.mark.parametrize(
    ("msgid", "msgstr", "slip"),
    [
        (DOSE, "ゾルベクサーは2回接種します。", "ゾルベクサー"),
        (MAKER, "このワクチンはヒカリメディカーが製造しています。", "ヒカリメディカー"),
    ],
)
def test_a_long_mark_added_is_reported(msgid: str, msgstr: str, slip: str) -> None:
    assert any(f"'{slip}'" in message for message in _pr401("ja", msgid, msgstr))


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (DOSE, "ゾルベクサは2回接種します。"),
        # another glossary name the run spells: that company
        ("The vaccine is made by Neopharmer.", "このワクチンはネオファーマーが製造しています。"),
        # a name ending in 'ー' itself
        ("Lumiere opens today.", "ルミエールが本日開業します。"),
    ],
)
def test_the_name_written_right_stays_silent(msgid: str, msgstr: str) -> None:
    assert _pr401("ja", msgid, msgstr) == []
