"""Sentences of a newsroom CMS's page that used to stay in the source language although
they were translated: a contact block whose lines are cut by ``<br>`` with no space
around it ('Press Office<br>Tel: …'), and a dateline whose date is a ``<time datetime>``
('<span class="city">OSLO</span> – <time …>March 2, 2027</time>'). The build could not
place them (the tags joined the words, or were no inline markup it could take in) and
published the source instead; the date of a translated ``<time>`` keeps its element."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from translated_page import built_page

RELEASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbor ferry timetable</title></head>
<body><article>
<p class="dateline"><span class="city">BERGVIK</span> – \
<time datetime="2027-03-02">March 2, 2027</time></p>
<p>The new timetable starts on <time datetime="2027-04-01" class="d">April 1, 2027</time>.</p>
<p>Press Office, Bergvik Ferries<br>Tel: +47 555 01 234<br>\
Email: <a href="mailto:press@ferry.example" class="mail">press@ferry.example</a></p>
</article></body></html>
"""
TRANSLATIONS = {
    "Harbor ferry timetable": "港湾フェリーの時刻表",
    "BERGVIK – March 2, 2027": "ベルグヴィーク – 2027年3月2日",
    "The new timetable starts on April 1, 2027.": "新しい時刻表は2027年4月1日から始まります。",
    "Press Office, Bergvik Ferries<br/> Tel: +47 555 01 234<br/> Email: "
    '<a href="mailto:press@ferry.example">press@ferry.example</a>': "ベルグヴィーク・フェリー "
    "広報室<br/> 電話：+47 555 01 234<br/> メール："
    '<a href="mailto:press@ferry.example">press@ferry.example</a>',
}


def _built(run_cli: Callable[..., Result], tmp_path: Path) -> tuple[str, Result]:
    return built_page(run_cli, tmp_path, "ferry.html", RELEASE, TRANSLATIONS)


def test_a_contact_block_cut_by_line_breaks_is_translated(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    page, result = _built(run_cli, tmp_path)
    assert (
        "<p>ベルグヴィーク・フェリー 広報室<br> 電話：+47 555 01 234<br> メール："
        '<a href="mailto:press@ferry.example" class="mail">press@ferry.example</a></p>'
    ) in page
    assert "Press Office" not in page and "published in the source" not in result.output


def test_a_dateline_with_a_time_element_is_translated_and_keeps_its_date(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    page, _ = _built(run_cli, tmp_path)
    assert (
        '<p class="dateline">ベルグヴィーク – <time datetime="2027-03-02">2027年3月2日</time></p>'
    ) in page
    assert (
        '<p>新しい時刻表は<time datetime="2027-04-01" class="d">2027年4月1日</time>'
        "から始まります。</p>"
    ) in page
    assert "BERGVIK" not in page and "March 2" not in page
