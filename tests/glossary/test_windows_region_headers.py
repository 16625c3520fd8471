"""Headers as Windows and the CAT tools built on it name languages ('Korean (Korea)',
'Chinese (PRC)', beside 'English (United States)' and 'Japanese (Japan)'): the Korean
column was ignored with a warning, so the glossary had no Korean forms."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv

SHEET = """Category,English (United States),Japanese (Japan),Korean (Korea),Chinese (PRC)
Person,Noriko Aihara,相原 典子,아이하라 노리코,相原典子
"""


def test_windows_language_names_are_locale_columns() -> None:
    parsed = parse_csv(SHEET, "termbase.csv")
    assert not any(p.code == "ignored-column" for p in parsed.problems)
    (entry,) = parsed.entries
    assert entry.term("ko").text == "아이하라 노리코"
    assert entry.term("zh").text == "相原典子"


def test_a_word_in_brackets_that_names_no_region_is_no_language_column() -> None:
    parsed = parse_csv("kind,en,Korean (draft)\nperson,Noriko Aihara,아이하라 노리코\n", "g.csv")
    (entry,) = parsed.entries
    assert entry.term("ko") is None
