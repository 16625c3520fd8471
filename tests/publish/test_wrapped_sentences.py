"""A sentence wrapped in tags that are no inline markup of it is built into another
language whole: a Japanese release that gives names their reading (<ruby>神崎<rt>かんざき
</rt></ruby>), and a page Word saved, which cuts a sentence into a span at each edit
('<span lang=EN-US>…a c</span><span lang=EN-US>enter…</span>'). Both used to be
published in the source language: the range stopped at the tags (and counted the ruby's
reading among the sentence's words)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.catalog import po_path, read_catalog, write_catalog

RELEASE = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>研究成果</title></head>
<body>
<p><ruby>神崎<rt>かんざき</rt></ruby> \
<ruby>浩行<rp>(</rp><rt>ひろゆき</rt><rp>)</rp></ruby>教授が発表しました。</p>
<p>詳細は<ruby>大学<rt>だいがく</ruby>のサイトにあります。</p>
</body></html>
"""
TRANSLATIONS = {
    "研究成果": "Research results",
    "神崎 浩行教授が発表しました。": "Professor Hiroyuki Kanzaki announced it.",
    "詳細は大学のサイトにあります。": "Details are on the university site.",
}


def _built(
    run_cli: Callable[..., Result],
    release: Path,
    locale: str,
    translations: dict[str, str],
) -> tuple[str, Result]:
    """``release`` extracted, its catalog for ``locale`` given ``translations`` (which
    must be exactly its msgids), and built: the page and what the build said."""
    locales, dist = release.parent / "loc", release.parent / "dist"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", locale).exit_code == 0
    catalog_path = po_path(locales, locale, release.stem)
    catalog = read_catalog(catalog_path)
    assert {m.id for m in catalog if m.id} == set(translations)  # no reading, no Word span
    for message in catalog:
        if message.id:
            message.string = translations[str(message.id)]
    write_catalog(catalog_path, catalog)
    result = run_cli("build", str(release), "-d", str(locales), "-l", locale, "-o", str(dist))
    assert result.exit_code == 0, result.output
    page = (dist / locale / f"{release.stem}.html").read_text(encoding="utf-8")
    return page, result


def test_a_sentence_with_ruby_is_translated_whole(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "r.html"
    release.write_text(RELEASE, encoding="utf-8")
    page, result = _built(run_cli, release, "en", TRANSLATIONS)
    assert "<p>Professor Hiroyuki Kanzaki announced it.</p>" in page
    assert "<p>Details are on the university site.</p>" in page
    assert "ruby" not in page.split("<body>")[1] and "published in the source" not in result.output


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><title>Calibration</title></head>
<body lang=EN-US><div class=WordSection1>
<p class=MsoNormal><span lang=EN-US>Hoshizora opened a c</span><span lang=EN-US>enter in \
Kikuyo.</span></p>
<p class=MsoNormal><span lang=EN-US>Sales grew. Prices f</span><span lang=EN-US>ell.</span></p>
</div></body></html>
"""
WORD_TRANSLATIONS = {
    "Calibration": "校正",
    "Hoshizora opened a center in Kikuyo.": "ホシゾラは菊陽にセンターを開設した。",
    "Sales grew.": "売上は伸びた。",
    "Prices fell.": "価格は下がった。",
}


def test_a_word_page_s_sentence_cut_into_spans_is_translated_whole(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "w.htm"
    release.write_text(WORD_PAGE, encoding="utf-8")
    page, result = _built(run_cli, release, "ja", WORD_TRANSLATIONS)
    assert "<p class=MsoNormal>ホシゾラは菊陽にセンターを開設した。</p>" in page
    # a span that holds words of two sentences is no sentence's whole: the second is
    # published in the source language, said so, and nothing of the first is lost
    assert "<span lang=EN-US>売上は伸びた。 Prices f</span><span lang=EN-US>ell.</span>" in page
    assert "1 segment(s) published in the source language" in result.output
