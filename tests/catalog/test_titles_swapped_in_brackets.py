"""PR401 on a personnel line whose new post and current one (in brackets) the translation
swaps ('取締役 専務執行役員 藤村 和樹（現 常務執行役員）' as '… Managing Executive Officer:
Kazuki Fujimura (currently Senior Managing Executive Officer)'); a translation that keeps
them, or brackets both, is no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _title(id_: str, en: str, ja: str) -> Entry:
    return Entry(id_, Kind.TITLE, {"en": Term(en), "ja": Term(ja)})


GLOSSARY = Glossary(
    [
        _title("sme", "Senior Managing Executive Officer", "専務執行役員"),
        _title("me", "Managing Executive Officer", "常務執行役員"),
        _title("dir", "Director", "取締役"),
    ]
)
LINE = "取締役 専務執行役員　藤村 和樹（現 常務執行役員）"


def _swaps(msgstr: str) -> list[str]:
    found = translation_findings("en", LINE, msgstr, glossary=GLOSSARY)
    return [f.message for f in found if f.message.startswith("Titles")]


@pytest.mark.parametrize(
    "msgstr",
    [
        "Director and Senior Managing Executive Officer: Kazuki Fujimura (currently Managing "
        "Executive Officer)",
        "Kazuki Fujimura, Director and Senior Managing Executive Officer (formerly Managing "
        "Executive Officer)",
        "Kazuki Fujimura (Director and Senior Managing Executive Officer; currently Managing "
        "Executive Officer)",
    ],
)
def test_the_posts_kept(msgstr: str) -> None:
    assert _swaps(msgstr) == []


def test_the_posts_swapped() -> None:
    msgstr = (
        "Director and Managing Executive Officer: Kazuki Fujimura (currently Senior Managing "
        "Executive Officer)"
    )
    assert _swaps(msgstr) == [
        "Titles '専務執行役員' and '常務執行役員' swapped: the source gives "
        "'常務執行役員' in brackets (a current or former post) and "
        "'専務執行役員' outside, the translation the other way round"
    ]
