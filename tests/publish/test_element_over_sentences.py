"""An inline element that holds several sentences ('<a href=…>Download the brochure. It
has 12 pages.</a>', a footer's '<small>© 2027 Lumen Ltd. All rights reserved.</small>')
gives each sentence its own copy in the catalog. The build used to write each
translation's copy inside the source element still on the page: a link inside a link
(which browsers take apart), bold inside bold, small inside small."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from translated_page import built_page

RELEASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lumen brochure</title></head>
<body>
<p><a href="/lumen.pdf" class="download" target="_blank">Download the brochure. \
It has 12 pages.</a></p>
<p><strong>The lamp is brighter. And cheaper.</strong></p>
<footer><small>© 2027 Lumen Ltd. All rights reserved.</small></footer>
</body></html>
"""
TRANSLATIONS = {
    "Lumen brochure": "ルーメンのパンフレット",
    '<a href="/lumen.pdf">Download the brochure.</a>': (
        '<a href="/lumen.pdf">パンフレットをダウンロード。</a>'
    ),
    '<a href="/lumen.pdf">It has 12 pages.</a>': '<a href="/lumen.pdf">全12ページです。</a>',
    "<strong>The lamp is brighter.</strong>": "<strong>このランプはより明るく、</strong>",
    "<strong>And cheaper.</strong>": "<strong>より安価です。</strong>",
    "<small>© 2027 Lumen Ltd.</small>": "<small>© 2027 ルーメン株式会社</small>",
    "<small>All rights reserved.</small>": "<small>無断転載を禁じます。</small>",
}


def test_an_element_over_several_sentences_is_written_once(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    page, _ = built_page(run_cli, tmp_path, "lumen.html", RELEASE, TRANSLATIONS)
    assert (
        '<p><a href="/lumen.pdf" class="download" target="_blank">'
        "パンフレットをダウンロード。全12ページです。</a></p>"
    ) in page
    assert "<p><strong>このランプはより明るく、より安価です。</strong></p>" in page
    assert "<footer><small>© 2027 ルーメン株式会社無断転載を禁じます。</small></footer>" in page
    assert page.count("<a ") == 2  # the link and the translation note's link to the original
    assert "<strong><strong>" not in page and "<small><small>" not in page
