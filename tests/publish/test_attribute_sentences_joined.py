"""A meta description, an image's alt text or a title of two sentences is built with the
target language's space between them, as a paragraph's sentences are: a Japanese
release runs its sentences on ('業務提携。いちごの…'), and its English page said
'…South Korea.Its automated…' in the description search engines show."""

from __future__ import annotations

from prlocalize.readers import parse_text
from prlocalize.render.html import build_html

JA = (
    '<html lang="ja"><head><title>論山で導入。収穫量1.5倍へ。</title>'
    '<meta name="description" content="グリーンフィールド社と業務提携。韓国で初めて導入。">'
    "</head><body><p>論山で導入。収穫量1.5倍へ。</p>"
    '<p><img src="s.jpg" alt="温室のセンサー。論山市で撮影。"></p></body></html>'
)
EN = {
    "論山で導入。": "Installed in Nonsan.",
    "収穫量1.5倍へ。": "Harvests to grow 1.5 times.",
    "グリーンフィールド社と業務提携。": "A partnership with Greenfield.",
    "韓国で初めて導入。": "A first for South Korea.",
    "温室のセンサー。": "A greenhouse sensor.",
    "論山市で撮影。": "Taken in Nonsan.",
}
KO = {
    "論山で導入。": "논산에 도입.",
    "収穫量1.5倍へ。": "수확량 1.5배로.",
    "グリーンフィールド社と業務提携。": "그린필드와 업무 제휴.",
    "韓国で初めて導入。": "한국 첫 도입.",
    "温室のセンサー。": "온실 센서.",
    "論山市で撮影。": "논산시에서 촬영.",
}


def _page(table: dict[str, str], locale: str) -> str:
    doc = parse_text(JA, path="release.html", format="html", lang="ja")
    assert {s.text for s in doc.segments()} == set(table)
    return build_html(doc, {(None, k): v for k, v in table.items()}, locale).decode()


def test_sentences_of_attributes_and_title_get_the_space_english_puts_between() -> None:
    page = _page(EN, "en")
    assert 'content="A partnership with Greenfield. A first for South Korea."' in page
    assert 'alt="A greenhouse sensor. Taken in Nonsan."' in page
    assert "<title>Installed in Nonsan. Harvests to grow 1.5 times.</title>" in page
    assert "<p>Installed in Nonsan. Harvests to grow 1.5 times.</p>" in page


def test_korean_puts_the_space_too() -> None:
    page = _page(KO, "ko")
    assert 'content="그린필드와 업무 제휴. 한국 첫 도입."' in page
    assert "<title>논산에 도입. 수확량 1.5배로.</title>" in page


def test_japanese_from_english_runs_its_sentences_on() -> None:
    source = (
        '<html lang="en"><head><title>Installed in Nonsan. A first.</title>'
        '<meta name="description" content="A partnership. A first for Korea."></head>'
        "<body><p>Hello.</p></body></html>"
    )
    doc = parse_text(source, path="release.html", format="html", lang="en")
    table = {
        "Installed in Nonsan.": "論山で導入。",
        "A first.": "初導入。",
        "A partnership.": "業務提携。",
        "A first for Korea.": "韓国初。",
        "Hello.": "こんにちは。",
    }
    page = build_html(doc, {(None, k): v for k, v in table.items()}, "ja").decode()
    assert 'content="業務提携。韓国初。"' in page
    assert "<title>論山で導入。初導入。</title>" in page
