"""PR401 on a glossary term at the head of the Japanese or Korean word for its rate
('営業利益率', '영업이익률' for the glossary's '営業利益', '영업이익'): English calls it the
'operating margin', with no word of 'operating profit'."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "op",
            Kind.TERM,
            {"en": Term("operating profit"), "ja": Term("営業利益"), "ko": Term("영업이익")},
        )
    ]
)


def _codes(msgid: str, msgstr: str) -> list[str]:
    return translation_codes("en", msgid, msgstr, glossary=GLOSSARY, with_info=False)


def test_the_word_for_its_share() -> None:
    msgid = "営業利益比率は現在の8%から12%に引き上げます。"
    assert _codes(msgid, "The margin will be raised from 8% to 12%.") == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("営業利益率は11.4％となる見込みです。", "The operating margin is expected to be 11.4%."),
        ("영업이익률은 27.6%로 상승했다.", "The operating margin rose to 27.6%."),
    ],
)
def test_the_word_for_its_rate(msgid: str, msgstr: str) -> None:
    assert _codes(msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("営業利益は104億円となる見込みです。", "Net profit is expected to be ¥10.4 billion."),
        ("영업이익은 3,412억원이다.", "Ordinary profit was KRW 341.2 billion."),
    ],
)
def test_the_term_itself_is_still_due(msgid: str, msgstr: str) -> None:
    assert _codes(msgid, msgstr) == ["PR401"]
