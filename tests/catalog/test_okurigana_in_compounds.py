"""PR401 on a Japanese glossary term written with its okurigana ('公開買付け') that a
translation uses inside a compound noun without them ('公開買付期間', '公開買付者',
'公開買付代理人'), as tender offer documents and official Japanese always do."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "tob",
            Kind.TERM,
            {"en": Term("tender offer"), "ja": Term("公開買付け"), "ko": Term("공개매수")},
        )
    ]
)


def _codes(msgid: str, msgstr: str) -> list[str]:
    return translation_codes("ja", msgid, msgstr, glossary=GLOSSARY, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("The tender offer period is 30 business days.", "公開買付期間は30営業日です。"),
        (
            "Sakuramon Securities is acting as tender offer agent.",
            "公開買付代理人は桜門証券が務めます。",
        ),
        ("The tender offer price is ¥3,150.", "公開買付価格は3,150円です。"),
        ("The tender offer will begin today.", "本日、公開買付けを開始します。"),
    ],
)
def test_the_kana_ending_dropped_inside_a_compound(msgid: str, msgstr: str) -> None:
    assert _codes(msgid, msgstr) == []


@pytest.mark.parametrize(
    "msgstr",
    ["本日、株式の買取りを開始します。", "本日、公開買付を開始します。"],
)
def test_another_word_or_the_word_alone_without_its_kana(msgstr: str) -> None:
    assert _codes("The tender offer will begin today.", msgstr) == ["PR401"]
