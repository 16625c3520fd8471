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
