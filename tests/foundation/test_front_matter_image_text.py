"""A static site's front matter describes the page's image in nested keys ('image:' /
'  alt: …', '- caption: …', 'cover_alt: …', TOML 'alt = "…"' under '[image]'): text of
the page, as an <img>'s alt is, that was never checked nor offered to translators
(PR1xx/PR3xx slips in it were published). The other nested keys stay settings, and the
built page gives the front matter's alt to no image of its body."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.document import BlockKind
from prlocalize.readers import parse_text

YAML = """\
---
title: Kestrel Bay Opens a Night Ferry
date: 2026-05-02
image:
  src: /img/night-ferry.jpg
  alt: "The night ferry leaving Kestrel Bay"
  alt_position: left
resources:
  - src: /img/deck.jpg
    caption: The upper deck at sunset
cover_alt: Lanterns along the quay
tags: [ferry]
---

The ferry leaves the quay ![The ticket office](office.jpg) at 9 p.m.
"""

TOML = """\
+++
title = "Kestrel Bay Opens a Night Ferry"
draft = false
[image]
  src = "/img/night-ferry.jpg"
  alt = "The night ferry leaving Kestrel Bay"
  width = 1200
[[resources]]
  name = "deck"
  caption = "The upper deck at sunset"
+++

The ferry sails at 9 p.m.
"""


def _read(source: str) -> list[tuple[BlockKind, str | None, str]]:
    document = parse_text(source, path="night-ferry.md", format="markdown")
    for block in document.blocks:
        for segment in block.segments:
            if "<" not in segment.text:
                assert source[segment.span.start : segment.span.end] == segment.text
    return [(b.kind, b.attr("attr"), s.text) for b in document.blocks for s in b.segments]


def test_yaml_front_matters_image_text_is_read_at_any_depth() -> None:
    assert _read(YAML) == [
        (BlockKind.META, None, "Kestrel Bay Opens a Night Ferry"),
        (BlockKind.ATTRIBUTE, "alt", "The night ferry leaving Kestrel Bay"),
        (BlockKind.ATTRIBUTE, "caption", "The upper deck at sunset"),
        (BlockKind.ATTRIBUTE, "alt", "Lanterns along the quay"),
        (
            BlockKind.PARAGRAPH,
            None,
            'The ferry leaves the quay <img src="office.jpg"/> at 9 p.m.',
        ),
        (BlockKind.ATTRIBUTE, "alt", "The ticket office"),
    ]


def test_toml_front_matters_image_text_is_read_in_its_tables() -> None:
    assert _read(TOML) == [
        (BlockKind.META, None, "Kestrel Bay Opens a Night Ferry"),
        (BlockKind.ATTRIBUTE, "alt", "The night ferry leaving Kestrel Bay"),
        (BlockKind.ATTRIBUTE, "caption", "The upper deck at sunset"),
        (BlockKind.PARAGRAPH, None, "The ferry sails at 9 p.m."),
    ]


def test_a_slip_in_the_image_text_is_reported_on_its_line(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "night-ferry.md"
    release.write_text(YAML.replace("at sunset", "at sunset , ."), encoding="utf-8")
    result = run_cli("check", str(release), "--format", "json", "--select", "PR301")
    found = [(f["line"], f["found"]) for f in json.loads(result.output)["findings"]]
    assert found == [(10, " , .")]


def test_the_page_gives_the_front_matters_alt_to_no_image_of_its_body(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "night-ferry.md"
    release.write_text(YAML, encoding="utf-8")
    locales = tmp_path / "locales"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    template = (locales / "night-ferry.pot").read_text(encoding="utf-8")
    assert 'msgid "Lanterns along the quay"' in template
    assert "left" not in template and "/img/" not in template
    out = tmp_path / "dist"
    run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(out))
    page = (out / "en" / "night-ferry.html").read_text(encoding="utf-8")
    assert 'alt="The ticket office"' in page and "Kestrel Bay<" not in page
