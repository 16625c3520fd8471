"""Pages saved from URLs that name their language in the query string
('release.php@id=88&lang=ko.html', as wget saves 'release.php?id=88&lang=ko') pair by
the rest of their name."""

from __future__ import annotations

from pathlib import Path

import pytest
from align_support import gold_pair

from prlocalize.align.pairs import search_pairs


def _names(folder: Path, files: dict[str, str]) -> set[tuple[str, str, str]]:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return {(p.source.name, p.target.name, p.target_lang) for p in search_pairs(folder).pairs}


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("release.php@id=88&lang=en.txt", "release.php@id=88&lang=ko.txt"),
        ("release.php@lang=en&id=88.txt", "release.php@lang=ko&id=88.txt"),
        ("view.asp%3Fno=12%26hl=en.txt", "view.asp%3Fno=12%26hl=ko.txt"),
        ("news.php@id=7&locale=en-US.txt", "news.php@id=7&locale=ko-KR.txt"),
    ],
)
def test_versions_named_by_a_query_parameter_pair(tmp_path: Path, source, target) -> None:
    pair = gold_pair("en-ko-grant")
    assert _names(tmp_path, {source: pair.source, target: pair.target}) == {(source, target, "ko")}


def test_other_releases_and_other_parameters_pair_with_nothing(tmp_path: Path) -> None:
    pair = gold_pair("en-ko-grant")
    files = {
        "release.php@id=88&lang=en.txt": pair.source,
        "release.php@id=89&lang=ko.txt": pair.target,
        "catalog@slang=en.txt": pair.source,
        "catalog@slang=ko.txt": pair.target,
    }
    assert _names(tmp_path, files) == set()


PAGE = (
    "<!DOCTYPE html><html lang='{lang}'><head><title>{title}</title></head>"
    "<body><h1>{title}</h1><p>{body}</p></body></html>\n"
)
EN_PAGE = PAGE.format(
    lang="en",
    title="Kirishima Aquarium Opens Night Tours",
    body="Kirishima Aquarium will hold night tours on Saturdays from May 10, 2025. "
    "Each tour takes 20 visitors and costs 2,500 yen.",
)
KO_PAGE = PAGE.format(
    lang="ko",
    title="기리시마 수족관, 야간 투어 시작",
    body="기리시마 수족관은 2025년 5월 10일부터 매주 토요일 야간 투어를 진행한다. "
    "투어 정원은 20명이며 요금은 2500엔이다.",
)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("tour.html?lang=en", "tour.html?lang=ko"),
        ("index.html?id=31&lang=en", "index.html?id=31&lang=ko"),
        ("view.htm?hl=en-US", "view.htm?hl=ko-KR"),
    ],
)
def test_pages_saved_with_their_query_string_pair(tmp_path: Path, source, target) -> None:
    """wget saves 'tour.html?lang=en' under that very name: the page is HTML, and its
    language parameter tags it."""
    assert _names(tmp_path, {source: EN_PAGE, target: KO_PAGE}) == {(source, target, "ko")}


def test_a_page_saved_with_its_query_string_is_read_as_html(tmp_path: Path) -> None:
    from prlocalize.readers import format_of, read_document

    assert format_of("tour.html?lang=en") == "html"
    assert format_of("release.php@id=88&lang=en.txt") == "text"
    page = tmp_path / "tour.html?lang=en"
    page.write_text(EN_PAGE, encoding="utf-8")
    texts = [s.text for s in read_document(page).segments()]
    assert texts[-1] == "Each tour takes 20 visitors and costs 2,500 yen."
