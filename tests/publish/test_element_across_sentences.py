"""Bold or a link that starts inside one sentence and runs into the next ('The lamp is
<strong>brighter. And cheaper.</strong>'): no sentence can be placed alone, so the build
published the first in the source language, unmarked, and counted it untranslated. The
block's words are now written again, each sentence with its own copy of the markup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from translated_page import built_page

RELEASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lumen lamp</title></head>
<body>
<p>The lamp is <strong class="key" id="claim">brighter. And cheaper.</strong></p>
<p>Order <a href="/shop" class="cta">today. Delivery takes two days</a>.</p>
<p>It ships in <em>May. Orders</em> open <img src="x.png" alt="">now.</p>
</body></html>
"""
TRANSLATIONS = {
    "Lumen lamp": "ルーメンのランプ",
    "The lamp is <strong>brighter.</strong>": "このランプは<strong>より明るく、</strong>",
    "<strong>And cheaper.</strong>": "<strong>より安価です。</strong>",
    'Order <a href="/shop">today.</a>': '<a href="/shop">今すぐ</a>ご注文ください。',
    '<a href="/shop">Delivery takes two days</a>.': '<a href="/shop">お届けは2日後</a>です。',
    "It ships in <em>May.</em>": "<em>5月</em>に出荷します。",
    '<em>Orders</em> open <img src="x.png"/>now.': (
        '<em>ご注文</em>の受付を<img src="x.png"/>開始しました。'
    ),
}


def test_each_sentence_takes_its_own_copy_of_the_element(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    page, result = built_page(run_cli, tmp_path, "lamp.html", RELEASE, TRANSLATIONS)
    assert (
        '<p>このランプは<strong class="key" id="claim">より明るく、</strong>'
        '<strong class="key">より安価です。</strong></p>'
    ) in page
    assert (
        '<p><a href="/shop" class="cta">今すぐ</a>ご注文ください。'
        '<a href="/shop" class="cta">お届けは2日後</a>です。</p>'
    ) in page
    assert "brighter" not in page and "today" not in page
    assert "published in the source language" not in result.output


def test_an_image_among_the_words_stays(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    page, _ = built_page(run_cli, tmp_path, "lamp.html", RELEASE, TRANSLATIONS)
    assert (
        "<p><em>5月</em>に出荷します。<em>ご注文</em>の受付を"
        '<img src="x.png" alt="">開始しました。</p>'
    ) in page


@pytest.mark.parametrize("missing", ["<strong>And cheaper.</strong>"])
def test_a_sentence_left_untranslated_is_marked_as_the_source_language(
    run_cli: Callable[..., Result], tmp_path: Path, missing: str
) -> None:
    partial = {k: v for k, v in TRANSLATIONS.items() if k != missing}
    page, _ = built_page(run_cli, tmp_path, "lamp.html", RELEASE, partial, every_message=False)
    assert (
        '<p>このランプは<strong class="key" id="claim">より明るく、</strong>'
        '<span lang="en"><strong class="key">And cheaper.</strong></span></p>'
    ) in page
