"""Sites saved with their host's folder (``wget -m``), pages saved without their
suffix's link (``wget -E``), and releases in three languages whose pages name each other."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from prlocalize.align.links import linked_versions, resolve
from prlocalize.align.pairs import search_pairs

EN = (
    "Harbor Freight Lines opened a cold storage depot in Kobe on May 7, 2025."
    " It holds 4,000 pallets."
)
JA = "ハーバー・フレイト・ラインズは2025年5月7日、神戸に冷蔵倉庫を開設しました。"
KO = "하버 프레이트 라인스는 2025년 5월 7일 고베에 냉장 창고를 열었다."

SLUGS = {
    "en": "news/2025/05/kobe-depot",
    "ja": "ja/news/2025/05/神戸倉庫",
    "ko": "ko/news/2025/05/고베-창고",
}


def _wordpress_page(lang: str, text: str) -> str:
    host = "https://www.harbor-lines.example"
    alternates = "\n".join(
        f'<link rel="alternate" hreflang="{other}" href="{host}/{quote(slug)}/" />'
        for other, slug in SLUGS.items()
    )
    return f'<html lang="{lang}"><head>{alternates}</head><body><p>{text}</p></body></html>'


def test_a_site_saved_in_its_hosts_folder_resolves_from_the_pages_site() -> None:
    files = {
        name: Path(name)
        for name in (
            "mirror/www.harbor-lines.example/ja/news/2025/05/神戸倉庫/index.html",
            "mirror/www.harbor-lines.example/news/2025/05/kobe-depot/index.html",
        )
    }
    page = "mirror/www.harbor-lines.example/news/2025/05/kobe-depot/index.html"
    href = "https://www.harbor-lines.example/ja/news/2025/05/%E7%A5%9E%E6%88%B8%E5%80%89%E5%BA%AB/"
    expected = "mirror/www.harbor-lines.example/ja/news/2025/05/神戸倉庫/index.html"
    assert resolve(href, page, files) == expected


def test_a_link_without_suffix_is_the_page_saved_with_one() -> None:
    names = ("site/ja/press/kobe-soko.html", "site/en/press/kobe-depot.html")
    files = {name: Path(name) for name in names}
    assert resolve("/ja/press/kobe-soko", "site/en/press/kobe-depot.html", files) == (
        "site/ja/press/kobe-soko.html"
    )
    assert resolve("../ja/press/kobe-soko", "site/en/kobe-depot.html", files) == (
        "site/ja/press/kobe-soko.html"
    )


def test_three_pages_that_name_each_other_are_linked_both_ways() -> None:
    pages = {
        "en/a.html": '<a href="../ja/a2.html">日本語</a><a href="../ko/a3.html">한국어</a>',
        "ja/a2.html": '<a href="../en/a.html">English</a><a href="../ko/a3.html">한국어</a>',
        "ko/a3.html": '<a href="../en/a.html">English</a><a href="../ja/a2.html">日本語</a>',
    }
    files = {name: Path(name) for name in pages}
    linked = set(linked_versions(sorted(pages), files, read=pages))
    assert {("en/a.html", "ja/a2.html"), ("en/a.html", "ko/a3.html")} <= linked


def test_a_wordpress_mirror_in_three_languages_pairs_every_version(tmp_path: Path) -> None:
    site = tmp_path / "www.harbor-lines.example"
    for lang, text in (("en", EN), ("ja", JA), ("ko", KO)):
        page = site / SLUGS[lang] / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(_wordpress_page(lang, text), encoding="utf-8")
    pairs = {(p.source.parent.name, p.target.parent.name) for p in search_pairs(tmp_path).pairs}
    assert pairs == {("kobe-depot", "神戸倉庫"), ("kobe-depot", "고베-창고")}


def test_a_link_to_another_subdomain_resolves_in_that_hosts_folder(tmp_path: Path) -> None:
    """A site whose languages are subdomains, saved with `wget -m`: the English page's
    alternate 'https://ja.harbor-lines.example/news/0507-kobe' is the Japanese page in
    the folder ja.harbor-lines.example/, not the English page that has the same path."""
    pages = {
        "en": ("www", "news/0507-kobe-depot", EN),
        "ja": ("ja", "news/0507-kobe-soko", JA),
        "ko": ("ko", "news/0507-kobe-depot", KO),
    }
    urls = {
        lang: f"https://{sub}.harbor-lines.example/{path}" for lang, (sub, path, _) in pages.items()
    }
    head = "".join(f'<link rel="alternate" hreflang="{k}" href="{u}">' for k, u in urls.items())
    for lang, (sub, path, text) in pages.items():
        page = tmp_path / "site" / f"{sub}.harbor-lines.example" / f"{path}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            f'<html lang="{lang}"><head>{head}</head><body><p>{text}</p></body></html>',
            encoding="utf-8",
        )
    found = search_pairs(tmp_path)
    assert not found.unpaired
    assert sorted(
        (p.source.relative_to(tmp_path).as_posix(), p.target.relative_to(tmp_path).as_posix())
        for p in found.pairs
    ) == [
        (
            "site/www.harbor-lines.example/news/0507-kobe-depot.html",
            "site/ja.harbor-lines.example/news/0507-kobe-soko.html",
        ),
        (
            "site/www.harbor-lines.example/news/0507-kobe-depot.html",
            "site/ko.harbor-lines.example/news/0507-kobe-depot.html",
        ),
    ]


def test_language_subdomains_saved_side_by_side_pair_by_their_paths(tmp_path: Path) -> None:
    """Pages that link to no translation, in a site whose languages are subdomains:
    www.<host>/news/0507.html (the original, its language read from its text) beside
    ja.<host>/… and kr.<host>/… of the same path are one release. A subdomain that is
    no language ('ir.<host>') and a page whose text is not its subdomain's language
    ('ko.<host>' holding English) stay apart."""
    pages = {
        "www.harbor-lines.example/news/0507.html": ("en", EN),
        "ja.harbor-lines.example/news/0507.html": ("ja", JA),
        "kr.harbor-lines.example/news/0507.html": ("ko", KO),
        "ir.harbor-lines.example/news/0507.html": ("en", EN),
        "www.harbor-lines.example/news/0611.html": ("en", EN.replace("May 7", "June 11")),
        "ko.harbor-lines.example/news/0611.html": ("en", EN.replace("May 7", "June 11")),
    }
    for name, (lang, text) in pages.items():
        page = tmp_path / "mirror" / name
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f'<html lang="{lang}"><body><p>{text}</p></body></html>', encoding="utf-8")
    found = search_pairs(tmp_path)
    assert sorted(
        (p.source.relative_to(tmp_path / "mirror").as_posix(), p.target_lang) for p in found.pairs
    ) == [
        ("www.harbor-lines.example/news/0507.html", "ja"),
        ("www.harbor-lines.example/news/0507.html", "ko"),
    ]
    assert sorted(p.relative_to(tmp_path / "mirror").as_posix() for p in found.unpaired) == [
        "ir.harbor-lines.example/news/0507.html",
        "ko.harbor-lines.example/news/0611.html",
        "www.harbor-lines.example/news/0611.html",
    ]
