"""Translations pasted with invisible characters or decomposed letters: PR412 reports
them where they stand; the glossary checks (PR401, PR403) and the figure checks (PR404)
see through them, so a name or a figure is not called changed for a soft hyphen or a
zero-width space a reader never sees; and digits grouped by spaces ('1 200', SI style)
are one figure where the translation writes it as one."""

from __future__ import annotations

import unicodedata

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term

GLOSSARY = Glossary(
    [
        Entry(
            "person:ines-caron",
            Kind.PERSON,
            {
                "en": Term("Inès Caron", name=PersonName("Inès", "Caron")),
                "ja": Term("イネス・カロン"),
            },
        ),
        Entry("brand:tidelink", Kind.BRAND, {"en": Term("TideLink")}, dnt=True),
        Entry("brand:cafe-rive", Kind.BRAND, {"en": Term("Café Rive")}, dnt=True),
        Entry("org:sorae", Kind.ORG, {"en": Term("Sorae Shipping"), "ja": Term("ソラエ海運")}),
    ]
)


def _found(msgid: str, msgstr: str) -> list[tuple[str, str]]:
    findings = translation_findings("ja", msgid, msgstr, glossary=GLOSSARY)
    return [(f.code, f.found) for f in findings]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (
            "Inès Caron opened the route.",
            "イネス・カロ\u200bン氏が航路を開設しました。",
            "\u200b",
        ),
        ("Cargo is tracked with TideLink.", "貨物はTide\u2060Linkで追跡します。", "\u2060"),
        (
            "Sorae Shipping invests USD 42 million.",
            "ソラエ海運は4,\u00ad200万米ドルを投資します。",
            "\u00ad",
        ),
        ("Sorae Shipping opened the route.", "ソラエ\u200e海運が航路を開設しました。", "\u200e"),
    ],
)
def test_an_invisible_character_is_reported_and_nothing_else(
    msgid: str, msgstr: str, found: str
) -> None:
    assert _found(msgid, msgstr) == [("PR412", found)]


def test_decomposed_letters_are_reported_once() -> None:
    msgstr = unicodedata.normalize("NFD", "ソラエ海運はバイオ燃料を導入し、Café Riveで販売します。")
    found = _found("Sorae Shipping adopts biofuel and sells it at Café Rive.", msgstr)
    assert found == [("PR412", unicodedata.normalize("NFD", "バイオ燃料を導入し、Café Riveで"))]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("The route carries 1 200 tonnes a month.", "同航路の輸送量は月1,200トンです。"),
        ("The route carries 1 200 tonnes a month.", "同航路の輸送量は月１，２００トンです。"),
        ("The route carries 1\u2009200 tonnes a month.", "同航路の輸送量は月1\u00a0200トンです。"),
        ("The route carries 1,200 tonnes a month.", "同航路の輸送量は月1\u202f200トンです。"),
        ("It ordered 3 200-seat aircraft.", "200席の航空機を3機発注しました。"),
        ("Call +82 51 555 0100.", "+82 51 555 0100までお電話ください。"),
        ("Sorae Shipping invests USD 42 million.", "ソラエ海運は4,200万米ドルを投資します。"),
    ],
)
def test_figures_read_as_written(msgid: str, msgstr: str) -> None:
    assert _found(msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        ("The route carries 1 200 tonnes a month.", "同航路の輸送量は月1,500トンです。", "1,500"),
        ("Emissions fall by 18%.", "排出量を1\u200b6%削減します。", "1\u200b6"),
    ],
)
def test_a_changed_figure_is_still_reported(msgid: str, msgstr: str, found: str) -> None:
    codes = _found(msgid, msgstr)
    assert ("PR404", found) in codes, codes
