"""The title and description of the card a shared link shows (Open Graph, Twitter) are
text a reader sees: they are segments, checked, extracted and translated in the page,
escaped as every attribute value is; its language (og:locale) and address (og:url) are
the page's; its other settings are left alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.catalog import read_catalog, write_catalog
from prlocalize.document import BlockKind
from prlocalize.readers import parse_text

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Aoba Pharma Signs Agreement</title>
<meta property="og:title" content="Aoba Pharma Signs Agreement with Kyoto Univeristy">
<meta property="og:description" content="A three-year research agreement.">
<meta property="og:type" content="article">
<meta property="og:locale" content="en_US">
<meta property="og:url" content="https://aoba.example/news/1">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="Aoba &amp; Kyoto sign">
</head><body><h1>Aoba Pharma Signs Agreement</h1><p>Aoba Pharma announced it.</p></body></html>
"""


def test_the_cards_title_and_description_are_segments() -> None:
    document = parse_text(PAGE, path="r.html", format="html")
    meta = [s.text for b in document.blocks if b.kind is BlockKind.META for s in b.segments]
    assert meta == [
        "Aoba Pharma Signs Agreement",
        "Aoba Pharma Signs Agreement with Kyoto Univeristy",
        "A three-year research agreement.",
        "Aoba & Kyoto sign",
    ]


def test_they_are_checked_and_translated_in_the_page(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "r.html"
    release.write_text(PAGE, encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,ja,kind\nKyoto University,京都大学,org\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in findings] == [("PR102", 4)]
    locales = tmp_path / "locales"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "ja").exit_code == 0
    po = locales / "ja" / "LC_MESSAGES" / "r.po"
    catalog = read_catalog(po, "ja")
    hostile = '記事" onmouseover="alert(1)'
    done = {
        "A three-year research agreement.": "3年間の共同研究契約。",
        "Aoba & Kyoto sign": hostile,
    }
    for message in catalog:
        if message.id in done:
            message.string = done[message.id]
    write_catalog(po, catalog)
    out = tmp_path / "dist"
    run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(out))
    page = (out / "ja" / "r.html").read_text(encoding="utf-8")
    assert '<meta property="og:description" content="3年間の共同研究契約。">' in page
    assert 'content="記事&quot; onmouseover=&quot;alert(1)"' in page  # escaped, one value
    assert 'onmouseover="' not in page
    assert '<meta property="og:type" content="article">' in page
    assert '<meta property="og:locale" content="ja_JP">' in page  # the page's, as lang is
    original = (out / "en" / "r.html").read_text(encoding="utf-8")
    assert '<meta property="og:locale" content="en_US">' in original
    # the card's address is the original's, and no other page's can be told (no page-url,
    # no language in it): a shared Japanese page must not send readers to the English
    assert "og:url" not in page
    assert '<meta property="og:url" content="https://aoba.example/news/1">' in original


def test_og_locale_is_language_and_territory() -> None:
    from prlocalize.render.inplace import og_locale

    assert [og_locale(c) for c in ("ja", "ko", "en", "zh_Hant", "pt-BR")] == [
        "ja_JP",
        "ko_KR",
        "en_US",
        "zh_TW",
        "pt_BR",
    ]


def test_the_cards_other_languages_and_the_originals_own_region(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    page = PAGE.replace("en_US", "en_GB").replace(
        '<meta name="twitter:card"',
        '<meta property="og:locale:alternate" content="ja_JP">\n'
        '<meta property="og:locale:alternate" content="ko_KR">\n'
        '<meta http-equiv="content-language" content="en-GB">\n'
        '<meta name="twitter:card"',
    )
    release = tmp_path / "r.html"
    release.write_text(page, encoding="utf-8")
    locales = tmp_path / "locales"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "ja").exit_code == 0
    out = tmp_path / "dist"
    run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(out))
    built = (out / "ja" / "r.html").read_text(encoding="utf-8")
    assert '<meta property="og:locale" content="ja_JP">' in built
    # the Japanese page's other language is the original's, not itself
    assert '<meta property="og:locale:alternate" content="en_GB">' in built
    assert '<meta property="og:locale:alternate" content="ko_KR">' in built
    assert '<meta http-equiv="content-language" content="ja">' in built
    original = (out / "en" / "r.html").read_text(encoding="utf-8")
    # the original's own page keeps its region (it once became en_US)
    assert '<meta property="og:locale" content="en_GB">' in original
    assert '<meta property="og:locale:alternate" content="ja_JP">' in original
    assert '<meta http-equiv="content-language" content="en-GB">' in original
