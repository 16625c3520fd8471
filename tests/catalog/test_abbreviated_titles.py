"""PR401 on a sheet's English title written with its words abbreviated, as university
releases write ranks ('Prof. Aoki', 'Assoc. Prof.', 'Associate Prof.') and degrees without
their full stops ('PhD candidate' for 'Ph.D. candidate'): an English translation that did
so was reported as the approved translation missing, and an English source that did so
named no rank, so a translation giving the person another rank went unreported. Another
rank ('Assistant Prof.' for '准教授') is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.abbreviations import abbreviated
from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _title(key: str, en: str, ja: str, ko: str) -> Entry:
    return Entry(key, Kind.TITLE, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _title("title-professor", "Professor", "教授", "교수"),
        _title("title-associate-professor", "Associate Professor", "准教授", "부교수"),
        _title("title-assistant-professor", "Assistant Professor", "助教", "조교수"),
        _title("title-phd-candidate", "Ph.D. candidate", "博士課程", "박사과정"),
        Entry(
            "person-aoki",
            Kind.PERSON,
            {"en": Term("Nanami Aoki"), "ja": Term("青木 七海"), "ko": Term("아오키 나나미")},
        ),
    ]
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "青木七海教授が受賞しました。", "Prof. Nanami Aoki has won the award."),
        ("en", "青木七海准教授が受賞しました。", "Assoc. Prof. Nanami Aoki has won the award."),
        ("en", "青木七海准教授が受賞しました。", "Associate Prof. Nanami Aoki has won the award."),
        ("en", "박사과정생 3명이 참여했다.", "Three PhD candidates took part."),
        ("en", "박사과정생 3명이 참여했다.", "Three Ph.D. candidates took part."),
        ("ja", "Prof. Nanami Aoki has won the award.", "青木七海教授が受賞しました。"),
    ],
)
def test_abbreviated_title_is_the_title(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes(locale, msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "青木七海准教授が受賞しました。", "Assistant Prof. Nanami Aoki has won the award."),
        ("ja", "Assoc. Prof. Nanami Aoki has won the award.", "青木七海教授が受賞しました。"),
        ("ko", "Assoc. Prof. Nanami Aoki has won the award.", "아오키 나나미 조교수가 수상했다."),
    ],
)
def test_another_rank_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" in translation_codes(locale, msgid, msgstr, glossary=GLOSSARY)


def test_abbreviated_forms() -> None:
    assert abbreviated("Associate Professor") == (
        "Assoc. Professor",
        "Associate Prof.",
        "Assoc. Prof.",
    )
    assert abbreviated("Ph.D. candidate") == ("PhD candidate",)
    assert abbreviated("President") == ()
    assert abbreviated("Co., Ltd.") == ()
    assert abbreviated("U.S. Ambassador") == ()  # ('us' in any case)
    assert abbreviated("M.B.A. program") == ("MBA program",)
