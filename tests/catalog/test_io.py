"""Reading and writing catalogs: round trips, previous msgids, and every broken-file error."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from catalog_support import assert_valid_catalog

from prlocalize.catalog import read_catalog, write_catalog
from prlocalize.catalog.io import po_path, pot_path
from prlocalize.errors import InputError

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Language: ja\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    "\n"
)


def _catalog() -> Catalog:
    catalog = Catalog(locale="ja", domain="release")
    catalog.last_translator = "Hanako Yamada <hanako@example.com>"
    catalog.revision_date = catalog.creation_date
    catalog.add("Press Release", "プレスリリース", locations=[("release.txt", 3)])
    message = catalog.add(
        "The rate rose 10% in 2024 and {count} more.",
        "2024年に10%上昇した。",
        locations=[("release.txt", 5), ("release.txt", 9)],
        auto_comments=["segment: b2.s1"],
        user_comments=["checked with the client"],
    )
    message.flags.add("fuzzy")
    message.previous_id = ["The rate rose 10% in 2023 " + "and a very long tail " * 6 + "."]
    catalog.add("Top", "トップ", context="breadcrumb")
    catalog.add("Top", "上位", context="ranking")
    catalog.add('Say "hello"\tand\nbye \\ now', "「こんにちは」\tと\nさようなら \\ 今")
    return catalog


def test_written_catalog_is_valid_and_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "ja" / "LC_MESSAGES" / "release.po"
    assert write_catalog(path, _catalog()) is True
    rows = assert_valid_catalog(path)
    assert len(rows) == 5
    again = read_catalog(path, locale="ja")
    message = again.get("The rate rose 10% in 2024 and {count} more.")
    assert message.previous_id == ["The rate rose 10% in 2023 " + "and a very long tail " * 6 + "."]
    assert message.user_comments == ["checked with the client"]
    assert message.flags == {"fuzzy"}  # Babel's python-format guesses are not kept
    assert again.get("Top", context="ranking").string == "上位"


def test_rewriting_an_unchanged_catalog_touches_nothing(tmp_path: Path) -> None:
    path = tmp_path / "release.po"
    write_catalog(path, _catalog())
    before = path.read_bytes()
    assert write_catalog(path, read_catalog(path)) is False
    assert path.read_bytes() == before
    assert_valid_catalog(path)


def test_obsolete_entries_with_previous_msgid_are_read(tmp_path: Path) -> None:
    path = tmp_path / "release.po"
    path.write_text(
        HEADER + '#, fuzzy\n#~| msgid "Old text"\n#~ msgid "Gone text"\n#~ msgstr "消えた"\n',
        encoding="utf-8",
    )
    catalog = read_catalog(path)
    assert [m.id for m in catalog.obsolete.values()] == ["Gone text"]
    assert [m.string for m in catalog.obsolete.values()] == ["消えた"]


def test_paths() -> None:
    assert pot_path("locales", "r") == Path("locales/r.pot")
    assert po_path("locales", "ko", "r") == Path("locales/ko/LC_MESSAGES/r.po")


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ('msgid "a"\nmsgstr "b"\nmsgid "a"\nmsgstr "c"\n', 10, "duplicate entry"),
        ('msgid "a"\nmsgstr "unterminated\n', 9, "double quotes"),
        ('msgid "a"\nmsgtxt "b"\n', 9, "invalid catalog"),
        ('msgid "a"\n"stray"\nmsgstr "b"\n"x" "y\n', 11, "double quotes"),
        ('#, fuzzy\nmsgid "a"\n', 9, "missing msgstr"),
        ('<<<<<<< HEAD\nmsgid "a"\nmsgstr "b"\n', 8, "invalid catalog"),
    ],
)
def test_broken_catalogs_name_the_line(tmp_path: Path, body: str, line: int, words: str) -> None:
    path = tmp_path / "bad.po"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_catalog(path)
    assert info.value.line == line
    assert words in info.value.message
    assert info.value.render().startswith(f"{path}:{line}: ")


def test_wrong_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin.po"
    path.write_bytes(
        HEADER.replace("UTF-8", "ISO-8859-1").encode() + b'msgid "caf\xe9"\nmsgstr "x"\n'
    )
    with pytest.raises(InputError) as info:
        read_catalog(path)
    assert info.value.line == 5
    assert "ISO-8859-1" in info.value.message.upper()


def test_invalid_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.po"
    path.write_bytes(HEADER.encode() + b'msgid "a"\nmsgstr "\xff"\n')
    with pytest.raises(InputError) as info:
        read_catalog(path)
    assert (info.value.line, info.value.message) == (9, "catalog is not valid UTF-8")


def test_header_for_another_language(tmp_path: Path) -> None:
    path = tmp_path / "ko.po"
    path.write_text(HEADER + 'msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_catalog(path, locale="ko")
    assert info.value.line == 3
    assert "Language: ja" in info.value.message
    assert read_catalog(path, locale="ja").locale_identifier == "ja"
    assert read_catalog(path, locale="ja_JP").locale_identifier == "ja"


def test_bom_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.po"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + 'msgid "a"\nmsgstr "b"\n').encode())
    assert read_catalog(path).get("a").string == "b"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read catalog"):
        read_catalog(tmp_path / "nope.po")
