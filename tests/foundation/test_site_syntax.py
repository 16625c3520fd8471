"""Markdown syntax of site generators and docs platforms (Hugo, Docusaurus, Astro,
kramdown) that CommonMark reads as text: heading anchors ('## Key figures {#figures}'),
MDX 'import' lines, ':::tip Title' … ':::' containers and footnote labels ('[^1]: …')
were offered to translators and shown on the built page; a footnote whose text has no
space (Japanese, Korean) was taken for a link reference definition, so its text was never
checked nor translated and each '[^1]' became a link to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.document import BlockKind
from prlocalize.readers import parse_text

RELEASE = """\
---
title: Harbour Ferries Switch to Shore Power
---

import Callout from '@site/src/components/Callout';
import { Chart } from "../components/Chart";

## Harbour ferries switch to shore power {#shore-power}

The ferries of Kestrel Bay draw power from the quay from May.[^1]

:::tip[Where to find the timetable]

The timetable is on the port's website.

:::

## Key figures {: #figures .wide}

[^1]: The quay was rebuilt in 2025.
"""

JAPANESE = """\
## 港の電化 {#denka}

ケストレル湾のフェリーは5月から岸壁の電力を使います。[^1]

[^1]: 岸壁は2025年に改修されました。
"""


def _texts(source: str, path: str) -> list[tuple[BlockKind, str]]:
    document = parse_text(source, path=path, format="markdown")
    return [(b.kind, s.text) for b in document.blocks for s in b.segments]


def test_site_syntax_is_markup_and_a_containers_title_text() -> None:
    got = _texts(RELEASE, "ferries.md")
    assert got == [
        (BlockKind.META, "Harbour Ferries Switch to Shore Power"),
        (BlockKind.HEADING, "Harbour ferries switch to shore power"),
        (BlockKind.PARAGRAPH, "The ferries of Kestrel Bay draw power from the quay from May.[^1]"),
        (BlockKind.ATTRIBUTE, "Where to find the timetable"),
        (BlockKind.PARAGRAPH, "The timetable is on the port's website."),
        (BlockKind.HEADING, "Key figures"),
        (BlockKind.PARAGRAPH, "The quay was rebuilt in 2025."),
    ]
    document = parse_text(RELEASE, path="ferries.md", format="markdown")
    for block in document.blocks:  # every segment where the file has it
        for segment in block.segments:
            if "<" not in segment.text:
                assert RELEASE[segment.span.start : segment.span.end] == segment.text
    title = next(b for b in document.blocks if b.kind is BlockKind.ATTRIBUTE)
    assert document.position(title.segments[0].span.start).line == 12


def test_a_footnote_without_spaces_is_text_not_a_link() -> None:
    got = _texts(JAPANESE, "denka.ja.md")
    assert (BlockKind.PARAGRAPH, "岸壁は2025年に改修されました。") in got
    assert not any("href" in text or "{#" in text for _, text in got)


def test_a_footnote_or_an_anchor_still_written_in_a_code_block_is_kept() -> None:
    source = "Set the anchor:\n\n```\n## Title {#anchor}\n[^1]: note\n:::tip\n```\n"
    document = parse_text(source, path="howto.md", format="markdown")
    code = next(b for b in document.blocks if b.kind is BlockKind.CODE)
    assert source[code.span.start : code.span.end].count("\n") == 4


def test_site_syntax_never_reaches_the_template_nor_the_page(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "ferries.md"
    release.write_text(RELEASE, encoding="utf-8")
    assert run_cli("check", str(release), "--fail-on", "info").exit_code == 0
    locales = tmp_path / "locales"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    template = (locales / "ferries.pot").read_text(encoding="utf-8")
    for syntax in ("{#", "import ", ":::", "[^1]:"):
        assert syntax not in template
    assert 'msgid "Where to find the timetable"' in template
    assert 'msgid "The quay was rebuilt in 2025."' in template
    out = tmp_path / "dist"
    run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(out))
    page = (out / "en" / "ferries.html").read_text(encoding="utf-8")
    assert "{#" not in page and "import Callout" not in page and ":::" not in page
    # the anchors stay the headings' ids: links to '#shore-power' still land
    assert 'id="shore-power">Harbour ferries switch to shore power</h' in page
    assert 'id="figures">Key figures</h' in page


MKDOCS = """\
Kestrel Bay adds a night ferry.

!!! warning "Embargoed until May 2"

    Not for publication before the announcement.

??? note
    The timetable may change in winter.

```
    kept as code
```
"""


def test_an_admonitions_text_is_text_and_its_title_an_attribute() -> None:
    """MkDocs' '!!! warning "Title"' with its text indented by four: CommonMark read the
    text as a code block (never checked nor translated) and the marker as a sentence."""
    got = _texts(MKDOCS, "night-ferry.md")
    assert got == [
        (BlockKind.PARAGRAPH, "Kestrel Bay adds a night ferry."),
        (BlockKind.ATTRIBUTE, "Embargoed until May 2"),
        (BlockKind.PARAGRAPH, "Not for publication before the announcement."),
        (BlockKind.PARAGRAPH, "The timetable may change in winter."),
    ]
    document = parse_text(MKDOCS, path="night-ferry.md", format="markdown")
    assert [b.kind for b in document.blocks][-1] is BlockKind.CODE
    text = next(b for b in document.blocks if b.segments and "publication" in b.segments[0].text)
    assert document.position(text.segments[0].span.start).line == 5


def test_without_an_admonition_indented_text_is_still_code() -> None:
    source = "!!! Big news today.\n\n    print('kept')\n"
    document = parse_text(source, path="news.md", format="markdown")
    assert document.blocks[-1].kind is BlockKind.CODE
