"""A Japanese release that gives names their reading (<ruby>神崎<rt>かんざき</rt></ruby>)
is built into another language: the sentence's range takes in its ruby, reading and all,
and the translation replaces it. It used to be published in the source language: the
ruby's tags were no inline markup of the segment and its reading no word of it."""

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


def test_a_sentence_with_ruby_is_translated_whole(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "r.html"
    release.write_text(RELEASE, encoding="utf-8")
    locales, dist = tmp_path / "loc", tmp_path / "dist"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "en").exit_code == 0
    catalog_path = po_path(locales, "en", "r")
    catalog = read_catalog(catalog_path)
    assert {m.id for m in catalog if m.id} == set(TRANSLATIONS)  # no reading in a msgid
    for message in catalog:
        if message.id:
            message.string = TRANSLATIONS[str(message.id)]
    write_catalog(catalog_path, catalog)
    result = run_cli("build", str(release), "-d", str(locales), "-l", "en", "-o", str(dist))
    assert result.exit_code == 0, result.output
    page = (dist / "en" / "r.html").read_text(encoding="utf-8")
    assert "<p>Professor Hiroyuki Kanzaki announced it.</p>" in page
    assert "<p>Details are on the university site.</p>" in page
    assert "ruby" not in page.split("<body>")[1] and "published in the source" not in result.output
