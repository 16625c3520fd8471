"""A page in a language written right to left (Arabic, Hebrew, Persian…) says so on
``<html dir>``, and a sentence left in a language written the other way says its own
direction, so that its punctuation and numbers are laid out as its language wants."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import read_catalog, write_catalog
from prlocalize.render.escaping import direction

HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Kestrel Foods Opens a Plant</title></head>
<body>
<h1>Kestrel Foods Opens a Plant</h1>
<p>The plant will employ 240 people.</p>
</body>
</html>
"""


def _build(
    run_cli: Callable[..., Result],
    tmp_path: Path,
    name: str,
    text: str,
    locale: str,
    done: dict[str, str],
    *flags: str,
) -> str:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    locales = tmp_path / "locales"
    assert run_cli("extract", str(release), "-d", str(locales), *flags).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", locale).exit_code == 0
    po = locales / locale / "LC_MESSAGES" / f"{release.stem}.po"
    catalog = read_catalog(po, locale)
    for message in catalog:
        message.string = done.get(message.id, "")
    write_catalog(po, catalog)
    out = tmp_path / "dist"
    result = run_cli(
        "build", str(release), "-d", str(locales), "-l", locale, "-o", str(out), *flags
    )
    assert result.exit_code == 0, result.output
    return (out / locale / f"{release.stem}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("locale", "way"),
    [
        ("ar", "rtl"),
        ("he", "rtl"),
        ("fa_IR", "rtl"),
        ("ur", "rtl"),
        ("ja", "ltr"),
        ("zh_Hant", "ltr"),
        ("en-US", "ltr"),
        ("xx", "ltr"),
    ],
)
def test_direction_comes_from_cldr(locale: str, way: str) -> None:
    assert direction(locale) == way


def test_an_arabic_page_of_an_english_release(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    page = _build(
        run_cli,
        tmp_path,
        "plant.html",
        HTML,
        "ar",
        {"Kestrel Foods Opens a Plant": "كيستريل فودز تفتتح مصنعا"},
    )
    assert '<html lang="ar" dir="rtl">' in page
    assert "<h1>كيستريل فودز تفتتح مصنعا</h1>" in page
    # the sentence left in English is laid out left to right inside the Arabic page
    assert '<p><span lang="en" dir="ltr">The plant will employ 240 people.</span></p>' in page


def test_an_english_page_of_a_hebrew_release_turns_back(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = HTML.replace('<html lang="en">', '<html lang="he" dir="rtl">')
    source = source.replace("Kestrel Foods Opens a Plant", "קסטרל פודס פותחת מפעל")
    source = source.replace("The plant will employ 240 people.", "המפעל יעסיק 240 עובדים.")
    page = _build(
        run_cli,
        tmp_path,
        "plant.html",
        source,
        "en",
        {"קסטרל פודס פותחת מפעל": "Kestrel Foods Opens a Plant"},
        "--source-lang",
        "he",
    )
    assert '<html lang="en" dir="ltr">' in page  # the release's own dir is the page's now
    assert '<span lang="he" dir="rtl">המפעל יעסיק 240 עובדים.</span>' in page


def test_a_generated_hebrew_page(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    text = "Kestrel Foods Opens a Plant\n\nThe plant will employ 240 people.\n"
    page = _build(
        run_cli,
        tmp_path,
        "plant.txt",
        text,
        "he",
        {"Kestrel Foods Opens a Plant": "קסטרל פודס פותחת מפעל"},
    )
    assert '<html lang="he" dir="rtl">' in page
    assert 'lang="en" dir="ltr"' in page


def test_a_page_written_the_same_way_gets_no_dir(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    page = _build(run_cli, tmp_path, "plant.html", HTML, "ja", {})
    assert "dir=" not in page
