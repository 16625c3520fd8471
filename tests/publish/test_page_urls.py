"""Where each published page lives: every version lists itself and the others (hreflang),
a translated page's canonical URL and og:url are its own, never the original's (search
engines would take it for a duplicate of the original and drop it), and its structured
data (JSON-LD) says its language and its translated headline."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from lxml import html as lxml_html

from prlocalize.catalog import read_catalog, write_catalog
from prlocalize.render.page_urls import Declared, published_urls
from prlocalize.render.structured_data import localise_json_ld
from prlocalize.urls import check_page_url, fill_page_url, localize_link, localized_link

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kestrel Foods Opens Its First Plant in Busan</title>
<meta property="og:title" content="Kestrel Foods Opens Its First Plant in Busan">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
{extra}<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Kestrel Foods Opens Its First Plant in Busan",
 "url": "{url}", "inLanguage": "en-US", "datePublished": "2026-11-30",
 "publisher": {{"@type": "Organization", "name": "Kestrel Foods"}}}}
</script>
</head>
<body>
<h1>Kestrel Foods Opens Its First Plant in Busan</h1>
<p>The plant will employ 240 people.</p>
</body>
</html>
"""
TRANSLATED = {
    "ja": {
        "Kestrel Foods Opens Its First Plant in Busan": "ケストレル・フーズ、釜山に初の工場を開設",
        "The plant will employ 240 people.": "新工場では240人を雇用する予定です。",
    },
    "ko": {
        "Kestrel Foods Opens Its First Plant in Busan": "케스트럴 푸즈, 부산에 첫 공장 개설",
        "The plant will employ 240 people.": "새 공장은 240명을 고용할 예정이다.",
    },
}


def _build(
    run_cli: Callable[..., Result],
    tmp_path: Path,
    page: str,
    *extra: str,
    stem: str = "busan-plant",
    suffix: str = ".html",
    translations: dict[str, dict[str, str]] | None = None,
) -> tuple[Path, Result]:
    release = tmp_path / f"{stem}{suffix}"
    release.write_text(page, encoding="utf-8")
    locales = tmp_path / "locales"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "ja", "-l", "ko").exit_code == 0
    for locale, table in (translations or TRANSLATED).items():
        po = locales / locale / "LC_MESSAGES" / f"{stem}.po"
        catalog = read_catalog(po, locale)
        for message in catalog:
            if message.id in table:
                message.string = table[message.id]
        write_catalog(po, catalog)
    out = tmp_path / "dist"
    args = ("build", str(release), "-d", str(locales), "-l", "ja", "-l", "ko", "-o", str(out))
    return out, run_cli(*args, *extra)


def _head(page: Path) -> tuple[dict[str, str], str | None, str | None, dict[str, object]]:
    root = lxml_html.fromstring(page.read_bytes())
    hreflang = {link.get("hreflang"): link.get("href") for link in root.iter("link")}
    hreflang.pop(None, None)
    canonical = next(
        (x.get("href") for x in root.iter("link") if x.get("rel") == "canonical"), None
    )
    og_url = next(
        (m.get("content") for m in root.iter("meta") if m.get("property") == "og:url"), None
    )
    scripts = [s.text for s in root.iter("script") if s.get("type") == "application/ld+json"]
    return hreflang, canonical, og_url, json.loads(scripts[0]) if scripts else {}


# -- the rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "target", "expected"),
    [
        ("https://n.example/en/2026/a.html", "ja", "https://n.example/ja/2026/a.html"),
        ("https://n.example/EN/a.html", "ko", "https://n.example/KO/a.html"),
        ("https://en.n.example/news/a.html", "ko", "https://ko.n.example/news/a.html"),
        ("https://n.example/news?id=7&lang=en", "ja", "https://n.example/news?id=7&lang=ja"),
        ("https://n.example/en-US/a.html", "ja", "https://n.example/ja-JP/a.html"),
        ("https://n.example/en_us/a.html", "ko", "https://n.example/ko_kr/a.html"),
        ("https://n.example/news/a.en.html", "ja", "https://n.example/news/a.ja.html"),
        ("https://n.example/news/a.en.html", "zh_Hant", "https://n.example/news/a.zh-hant.html"),
        ("https://n.example/us/news/a.html", "ja", "https://n.example/jp/news/a.html"),
        ("/en/news/a.html", "ja", "/ja/news/a.html"),
        ("https://n.example/news/open-day.html", "ja", None),  # no language in it
        ("https://n.example/en/archive/en/a.html", "ja", None),  # two: which one?
        ("https://www.n.example/news/a.html", "ja", None),
    ],
)
def test_the_originals_address_with_its_language_changed(
    url: str, target: str, expected: str | None
) -> None:
    assert localize_link(url, "en", target) == expected
    if expected is not None and "://en." not in url and ".en.html" not in url:
        # what the build writes is what PR406 accepts as the same link localised (PR406
        # knows no language in a host name or a file name's suffix)
        assert localized_link(url, expected, target)


def test_urls_are_known_for_every_page_or_for_none() -> None:
    relative = {"en": "../en/a.html", "ja": "../ja/a.html", "ko": "../ko/a.html"}
    relative["x-default"] = relative["en"]
    # the original names its Japanese version (another scheme: /jp/), not its Korean one
    declared = Declared(
        "https://n.example/en/a.html", {"ja": "https://n.example/jp/a.html", "fr": "/fr/a"}
    )
    urls = published_urls(relative, stem="a", source_lang="en", declared=declared)
    assert urls.known
    assert urls.hrefs == {
        "en": "https://n.example/en/a.html",
        "ja": "https://n.example/jp/a.html",  # as the original says, not /ja/
        "ko": "https://n.example/ko/a.html",
        "x-default": "https://n.example/en/a.html",
    }
    unknown = Declared("https://n.example/news/a.html", {"ja": "https://n.example/jp/a.html"})
    urls = published_urls(relative, stem="a", source_lang="en", declared=unknown)
    assert not urls.known and urls.hrefs == relative  # Korean's cannot be told: none is


def test_a_template_gives_every_pages_url() -> None:
    relative = {"en": "../en/a.html", "zh_Hant": "../zh_Hant/a.html"}
    template = "https://n.example/{lang}/news/{stem}.html"
    urls = published_urls(relative, stem="q&a #2", source_lang="en", template=template)
    assert urls.hrefs["zh_Hant"] == "https://n.example/zh-Hant/news/q%26a%20%232.html"
    assert urls.hrefs["x-default"] == urls.hrefs["en"]
    assert fill_page_url("/{locale}/{stem}/", "zh_Hant", "a") == "/zh_Hant/a/"


@pytest.mark.parametrize(
    ("template", "says"),
    [
        ("https://n.example/{lang}/index.html", "must hold {stem}"),
        ("https://n.example/{stem}.html", "must hold {stem} and {lang} or {locale}"),
        ("https://n.example/{language}/{stem}.html", "{language}"),
        ("n.example/{lang}/{stem}.html", "neither an http(s) URL"),
        ('https://n.example/{lang}/{stem}.html" onload="x', "quote"),
        ("https://n.example/{lang/{stem}.html", "not a template"),
    ],
)
def test_a_bad_template_is_refused_saying_why(template: str, says: str) -> None:
    with pytest.raises(ValueError, match="page-url") as error:
        check_page_url(template)
    assert says in str(error.value)


# -- the pages ---------------------------------------------------------------------------


def test_a_translated_page_names_itself_where_the_original_named_itself(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    url = "https://news.kestrel.example/en/2026/busan-plant.html"
    out, result = _build(run_cli, tmp_path, HEAD.format(url=url, extra=""))
    assert result.exit_code == 0, result.output
    every = {
        "en": url,
        "ja": "https://news.kestrel.example/ja/2026/busan-plant.html",
        "ko": "https://news.kestrel.example/ko/2026/busan-plant.html",
        "x-default": url,
    }
    for locale in ("en", "ja", "ko"):
        hreflang, canonical, og_url, data = _head(out / locale / "busan-plant.html")
        assert hreflang == every  # itself too, absolute, as search engines ask
        assert canonical == og_url == every[locale]
        assert data["url"] == every[locale]
    _, _, _, data = _head(out / "ja" / "busan-plant.html")
    assert data["headline"] == "ケストレル・フーズ、釜山に初の工場を開設"
    assert data["inLanguage"] == "ja"
    assert data["datePublished"] == "2026-11-30"
    assert data["publisher"] == {"@type": "Organization", "name": "Kestrel Foods"}
    _, _, _, data = _head(out / "en" / "busan-plant.html")
    assert data["inLanguage"] == "en-US"  # the original is published as written


def test_the_versions_the_original_names_are_kept_and_not_doubled(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    url = "https://kestrel.example/news/busan-plant"
    extra = (
        '<link rel="alternate" hreflang="ja" href="https://kestrel.example/jp/news/busan-plant">\n'
        '<link rel="alternate" hreflang="ko" href="/kr/news/busan-plant">\n'
        '<link rel="alternate" hreflang="fr" href="https://kestrel.example/fr/news/busan-plant">\n'
        '<link rel="alternate" hreflang="x-default" href="https://kestrel.example/choose">\n'
    )
    out, result = _build(run_cli, tmp_path, HEAD.format(url=url, extra=extra))
    assert result.exit_code == 0, result.output
    page = (out / "ko" / "busan-plant.html").read_text(encoding="utf-8")
    assert page.count('hreflang="ja"') == 1 and page.count('hreflang="fr"') == 1
    hreflang, canonical, og_url, _ = _head(out / "ko" / "busan-plant.html")
    assert hreflang == {
        "en": url,
        "ja": "https://kestrel.example/jp/news/busan-plant",
        "ko": "https://kestrel.example/kr/news/busan-plant",
        "fr": "https://kestrel.example/fr/news/busan-plant",  # a version this build does not make
        "x-default": "https://kestrel.example/choose",
    }
    assert canonical == og_url == "https://kestrel.example/kr/news/busan-plant"


def test_an_unknown_address_is_dropped_from_a_translated_page(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    url = "https://kestrel.example/news/busan-plant"  # no language in it, no versions named
    out, result = _build(run_cli, tmp_path, HEAD.format(url=url, extra=""))
    assert result.exit_code == 0, result.output
    page = (out / "ja" / "busan-plant.html").read_text(encoding="utf-8")
    assert "canonical" not in page and "og:url" not in page
    assert "\n\n" not in page.split("</head>")[0]  # their lines went, not just the tags
    hreflang, _, _, data = _head(out / "ja" / "busan-plant.html")
    assert hreflang == {
        "en": "../en/busan-plant.html",
        "ja": "../ja/busan-plant.html",
        "ko": "../ko/busan-plant.html",
        "x-default": "../en/busan-plant.html",
    }
    assert data["url"] == url and data["inLanguage"] == "ja"  # not known: left as written
    original = (out / "en" / "busan-plant.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{url}">' in original


def test_the_page_url_setting_names_every_page(
    run_cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "prlocalize.toml").write_text(
        'page-url = "https://kestrel.example/{lang}/press/{stem}.html"\n', encoding="utf-8"
    )
    text = "Kestrel Foods Opens Its First Plant in Busan\n\nThe plant will employ 240 people.\n"
    out, result = _build(run_cli, tmp_path, text, suffix=".txt")
    assert result.exit_code == 0, result.output
    hreflang, canonical, _, _ = _head(out / "ko" / "busan-plant.html")
    assert canonical == "https://kestrel.example/ko/press/busan-plant.html"
    assert hreflang["ja"] == "https://kestrel.example/ja/press/busan-plant.html"
    assert hreflang["x-default"] == "https://kestrel.example/en/press/busan-plant.html"
    # a flag wins over the config, and a page built before with other URLs is rebuilt
    flag = "https://kestrel.example/press/{stem}.{lang}.html"
    _, result = _build(run_cli, tmp_path, text, "--page-url", flag, suffix=".txt")
    assert result.exit_code == 0, result.output
    _, canonical, _, _ = _head(out / "ko" / "busan-plant.html")
    assert canonical == "https://kestrel.example/press/busan-plant.ko.html"


def test_a_bad_page_url_is_a_usage_error_naming_where_it_is(
    run_cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    release = tmp_path / "r.txt"
    release.write_text("Kestrel Foods opened a plant.\n", encoding="utf-8")
    args = ("build", str(release), "-l", "ja", "-o", str(tmp_path / "out"))
    result = run_cli(*args, "--page-url", "https://k.example/{lang}/index.html")
    assert result.exit_code == 2 and "--page-url" in result.output
    assert "{stem}" in result.output
    (tmp_path / "prlocalize.toml").write_text(
        'locales = ["ja"]\npage-url = "kestrel.example/{lang}/{stem}.html"\n', encoding="utf-8"
    )
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "prlocalize.toml" in result.output and ":2" in result.output
    assert not (tmp_path / "out").exists()


def test_a_translation_cannot_close_the_structured_data_script() -> None:
    raw = '\n{"@type": "NewsArticle", "headline": "Kestrel Foods Opens a Plant"}\n'
    hostile = "</script><script>alert(1)</script><!--"
    new = localise_json_ld(
        raw,
        locale="ja",
        source_lang="en",
        sentences={"Kestrel Foods Opens a Plant": hostile},
        addresses={},
    )
    assert new is not None and "<" not in new  # escaped as \\u003c: the script stays shut
    assert new.startswith("\n") and new.endswith("\n")
    assert json.loads(new)["headline"] == hostile  # the same words for a JSON reader
    unchanged = localise_json_ld(raw, locale="ja", source_lang="en", sentences={}, addresses={})
    assert unchanged is None  # nothing to change: the block stays byte for byte


def test_structured_data_that_is_not_json_is_published_as_written(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    url = "https://news.kestrel.example/en/2026/busan-plant.html"
    page = HEAD.format(url=url, extra="").replace(
        '"datePublished": "2026-11-30",', '"datePublished": 2026-11-30,'
    )
    out, result = _build(run_cli, tmp_path, page)
    assert result.exit_code == 0, result.output
    built = (out / "ja" / "busan-plant.html").read_text(encoding="utf-8")
    assert '"datePublished": 2026-11-30,' in built and '"inLanguage": "en-US"' in built


ASSETS = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kestrel Foods Opens Its First Plant in Busan</title>
<link rel="canonical" href="{url}">
<meta property="og:image" content="img/card.png">
<link rel="stylesheet" href="../css/site.css">
<script src="/js/app.js"></script>
</head>
<body>
<h1>Kestrel Foods Opens Its First Plant in Busan</h1>
<p><img src="img/plant.jpg" srcset="img/plant.jpg 1x, img/plant@2x.jpg 2x" alt="The plant"></p>
<p>The plant will employ 240 people (<a href="files/fact-sheet.pdf">fact sheet</a>).</p>
<p>See <a href="award.html">the award</a>, <a href="#top">the top</a> or
<a href="mailto:press@kestrel.example">write to us</a>.</p>
</body>
</html>
"""


def test_the_originals_files_are_named_from_its_address(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    url = "https://news.kestrel.example/en/2026/busan-plant.html"
    done = {
        "ja": {
            'The plant will employ 240 people (<a href="files/fact-sheet.pdf">fact sheet'
            "</a>).": '新工場では240人を雇用する予定です（<a href="files/fact-sheet.pdf">'
            "ファクトシート</a>）。",
        }
    }
    out, result = _build(run_cli, tmp_path, ASSETS.format(url=url), translations=done)
    assert result.exit_code == 0, result.output
    site = "https://news.kestrel.example/en/2026/"
    for locale in ("ja", "en"):  # the original's own page moved to dist/en/ too
        page = (out / locale / "busan-plant.html").read_text(encoding="utf-8")
        assert f'<meta property="og:image" content="{site}img/card.png">' in page
        assert '<link rel="stylesheet" href="https://news.kestrel.example/en/css/site.css">' in page
        assert f'src="{site}img/plant.jpg"' in page
        assert f'srcset="{site}img/plant.jpg 1x, {site}img/plant@2x.jpg 2x"' in page
        assert f'href="{site}files/fact-sheet.pdf"' in page
        # a page beside it, a fragment, another scheme and the site's root stay as written
        assert '<a href="award.html">' in page and '<a href="#top">' in page
        assert 'href="mailto:press@kestrel.example"' in page
        assert '<script src="/js/app.js">' in page
    assert "ファクトシート" in (out / "ja" / "busan-plant.html").read_text(encoding="utf-8")


def test_without_an_address_the_files_stay_as_written(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = ASSETS.format(url="https://kestrel.example/news/busan-plant")  # no language
    out, result = _build(run_cli, tmp_path, source)
    assert result.exit_code == 0, result.output
    page = (out / "ja" / "busan-plant.html").read_text(encoding="utf-8")
    assert 'src="img/plant.jpg"' in page and 'href="../css/site.css"' in page
