"""An image inside a sentence with a space on each side ('the quay ![…](office.jpg) from
6 p.m.', '<img> is lit' in HTML) lost the space after it: the readers keep one space of
the two (plain text never holds two), before the image, so the msgid said
'quay <img/>from 6 p.m.' and the page built from it ran the image into the next word.
The msgid now writes the space after the image too, and the page keeps it; an image the
source writes against a word keeps no space."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import po_path, read_catalog, write_catalog
from prlocalize.readers import format_of, parse_text

MARKDOWN = """\
# Night Ferry

Tickets are sold at the quay ![The ticket office](office.jpg) from 6 p.m.

Look for the ![sign](sign.png)logo at the gate.
"""
HTML = (
    "<html><body><p>Tickets are sold at the quay <img src='office.jpg' alt='The ticket"
    " office'> from 6 p.m.</p><p>Look for the <img src='sign.png'>logo at the gate.</p>"
    "</body></html>"
)


@pytest.mark.parametrize(("name", "text"), [("ferry.md", MARKDOWN), ("ferry.html", HTML)])
def test_the_msgid_keeps_the_space_after_an_image_inside_a_sentence(name: str, text: str) -> None:
    segments = list(parse_text(text, path=name, format=format_of(name)).segments())
    texts = [segment.text for segment in segments]
    assert 'Tickets are sold at the quay <img src="office.jpg"/> from 6 p.m.' in texts
    # no space in the source, none in the msgid; the plain text still has one space
    assert 'Look for the <img src="sign.png"/>logo at the gate.' in texts
    plain = [s.plain for s in segments if s.text.startswith("Tickets")]
    assert plain == ["Tickets are sold at the quay from 6 p.m."]


def test_the_built_page_keeps_the_space_after_the_image(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "ferry.md"
    release.write_text(MARKDOWN, encoding="utf-8")
    locales, dist = tmp_path / "loc", tmp_path / "dist"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "ko").exit_code == 0
    path = po_path(locales, "ko", "ferry")
    catalog = read_catalog(path)
    for message in catalog:
        if str(message.id).startswith("Tickets"):
            message.string = '승선권은 부두 <img src="office.jpg"/> 에서 오후 6시부터 판매한다.'
    write_catalog(path, catalog)
    result = run_cli("build", str(release), "-d", str(locales), "-l", "ko", "-o", str(dist))
    assert result.exit_code == 0, result.output
    original = (dist / "en" / "ferry.html").read_text(encoding="utf-8")
    page = (dist / "ko" / "ferry.html").read_text(encoding="utf-8")
    assert 'quay <img src="office.jpg" alt="The ticket office"> from 6 p.m.' in original
    assert 'the <img src="sign.png" alt="sign">logo' in original
    assert '부두 <img src="office.jpg" alt="The ticket office"> 에서' in page
    # the description search engines show is text: one space where the image was
    assert 'content="Tickets are sold at the quay from 6 p.m."' in original
