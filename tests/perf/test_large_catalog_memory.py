"""Reading one large catalog (a huge release's template or .po) costs memory in proportion
to it, with no copy of its text made as a list of lines (issue #15, item 22).

A 50 MB HTML release has templates of some 100 MB and catalogs of 150 MB; update,
translate, compile and build read them. The reader once split the whole text into a
list of lines only to find a header line for an error message that is rarely raised
(about 3.5 bytes of peak memory a character above what the catalog itself holds), and
kept the file name of every ``#:`` location as a string of its own.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from prlocalize.catalog import write_catalog
from prlocalize.catalog.io import parse_catalog
from prlocalize.errors import InputError


def _catalog_text(tmp_path: Path, entries: int) -> str:
    catalog = Catalog(locale="ja")
    for i in range(entries):
        catalog.add(
            f"The harbour authority opened berth {i} to container ships on Monday.",
            f"港湾局は月曜日、{i}番バースをコンテナ船に開放した。",
            locations=[("news/2025/harbour-berths.html", i + 1)],
        )
    path = tmp_path / "harbour.po"
    write_catalog(path, catalog)
    return path.read_text(encoding="utf-8")


def _peak_and_held(text: str) -> tuple[float, float, Catalog]:
    tracemalloc.start()
    try:
        catalog = parse_catalog(text, path="harbour.po", locale="ja")
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / len(text), held / len(text), catalog


def test_reading_a_large_catalog_peaks_at_what_it_keeps(tmp_path: Path) -> None:
    text = _catalog_text(tmp_path, 20_000)  # ~2.5 MB of catalog
    peak, held, catalog = _peak_and_held(text)
    assert len(catalog) == 20_000
    # the parsed catalog itself is ~8 bytes a character; the list of lines was 3.5 more
    assert peak < held + 1.0, f"peak {peak:.1f} bytes a character, {held:.1f} kept"


def test_entries_share_the_file_name_of_their_locations(tmp_path: Path) -> None:
    _, _, catalog = _peak_and_held(_catalog_text(tmp_path, 50))
    names = {id(message.locations[0][0]) for message in catalog if message.id}
    assert len(names) == 1


@pytest.mark.parametrize("field", ["Language", "Content-Type"])
def test_a_wrong_header_still_names_its_line(tmp_path: Path, field: str) -> None:
    text = _catalog_text(tmp_path, 3)
    if field == "Language":
        locale = "ko"
    else:
        locale = "ja"
        text = text.replace("charset=utf-8", "charset=iso-8859-1")
    want = next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(f'"{field}:'))
    with pytest.raises(InputError) as caught:
        parse_catalog(text, path="harbour.po", locale=locale)
    assert caught.value.line == want
