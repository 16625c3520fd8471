"""A site saved with its sitemap: each language names its pages by its own slug and the
pages name no translation, but the sitemap's ``xhtml:link hreflang`` alternates do."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.pairs import search_pairs

HOST = "https://www.lumen-ferries.example"
PAGES = {
    "en/news/2027/new-route-to-busan.html": (
        "en",
        "Lumen Ferries will open a route between Hakata and Busan on June 2, 2027."
        " Two ships will make 14 crossings a week.",
    ),
    "ja/news/2027/busan-koro-shinsetsu.html": (
        "ja",
        "ルーメン・フェリーは2027年6月2日、博多と釜山を結ぶ航路を開設します。"
        "2隻で週14便を運航します。",
    ),
    "ko/news/2027/busan-hangno.html": (
        "ko",
        "루멘 페리는 2027년 6월 2일 하카타와 부산을 잇는 항로를 개설한다."
        " 선박 2척이 주 14회 운항한다.",
    ),
}


def _save(root: Path, sitemap: str, name: str = "sitemap.xml") -> None:
    for rel, (lang, text) in PAGES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f'<html lang="{lang}"><head><title>{lang}</title></head>'
            f"<body><p>{text}</p></body></html>",
            encoding="utf-8",
        )
    (root / name).write_text(sitemap, encoding="utf-8")


def _sitemap() -> str:
    alternates = "".join(
        f'<xhtml:link rel="alternate" hreflang="{lang}" href="{HOST}/{rel[:-5]}"/>'
        for rel, (lang, _) in PAGES.items()
    )
    urls = "".join(f"<url><loc>{HOST}/{rel[:-5]}</loc>{alternates}</url>" for rel in PAGES)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{urls}</urlset>'
    )


def test_the_sitemaps_alternates_pair_pages_of_different_slugs(tmp_path: Path) -> None:
    _save(tmp_path, _sitemap(), "post-sitemap.xml")
    found = search_pairs(tmp_path)
    pairs = {(p.source.name, p.target.name, p.target_lang) for p in found.pairs}
    assert pairs == {
        ("new-route-to-busan.html", "busan-koro-shinsetsu.html", "ja"),
        ("new-route-to-busan.html", "busan-hangno.html", "ko"),
    }
    assert found.unpaired == []


def test_a_sitemap_without_alternates_pairs_nothing(tmp_path: Path) -> None:
    urls = "".join(f"<url><loc>{HOST}/{rel[:-5]}</loc></url>" for rel in PAGES)
    plain = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    _save(tmp_path, plain)
    found = search_pairs(tmp_path)
    assert found.pairs == [] and len(found.unpaired) == 3
