"""Issue 15 in `build`: control characters, inline attributes of translated HTML sentences,
declared charsets and language-switch links; each one end to end through the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from lxml import html as lxml_html
from publish_docs import DocBuilder

from prlocalize.catalog import po_path, read_catalog, write_catalog
from prlocalize.document import BlockKind
from prlocalize.render.html import render_document


def _prepare(run_cli: Callable[..., Result], release: str, *locales: str) -> None:
    assert run_cli("extract", release, "-d", "loc").exit_code == 0
    args = [a for loc in locales for a in ("-l", loc)]
    assert run_cli("update", "-d", "loc", *args).exit_code == 0


def _fill(po: Path, table: dict[str, str]) -> None:
    catalog = read_catalog(po)
    for message in catalog:
        if message.id in table:
            message.string = table[message.id]
    write_catalog(po, catalog)


# -- item 5: control characters ------------------------------------------------------


@pytest.mark.parametrize("char", ["\v", "\f", "\x00", "\x01", "\x1b"])
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_control_character_in_a_translation_is_refused_not_a_traceback(char: str, fmt: str) -> None:
    if fmt == "text":
        doc = DocBuilder().block(BlockKind.PARAGRAPH, "Sales grew.", "Profit fell.").build()
    else:
        from publish_docs import html_document

        source = "<html><body><p>Sales grew. Profit fell.</p></body></html>"
        doc = html_document(
            source,
            [
                (BlockKind.PARAGRAPH, "Sales grew.", (), "Sales grew."),
                (BlockKind.PARAGRAPH, "Profit fell.", (), "Profit fell."),
            ],
        )
    table = {(None, "Sales grew."): f"売上{char}増加。", (None, "Profit fell."): "利益減少。"}
    result = render_document(doc, table, "ja")
    page = result.html.decode()
    assert char not in page
    assert "Sales grew." in page and "利益減少。" in page
    assert [f.message for f in result.refused] == [
        f"Translation to ja refused: control character U+{ord(char):04X} in the translation"
    ]


def test_control_character_from_a_po_file_is_reported_with_the_release_line(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("r.md").write_text("# Title\n\nSales grew.\n", encoding="utf-8")
    _prepare(run_cli, "r.md", "ja")
    _fill(po_path("loc", "ja", "r"), {"Title": "題\v名", "Sales grew.": "売上\x01増加。"})
    result = run_cli("build", "r.md", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 0, result.output
    assert "warning: r.md:1: PR406 Translation to ja refused: control character U+000B" in (
        result.output
    )
    assert "warning: r.md:3: PR406 Translation to ja refused: control character U+0001" in (
        result.output
    )
    assert "Sales grew." in Path("out/ja/r.html").read_text(encoding="utf-8")


def test_control_character_in_a_release_is_an_input_error_with_its_line(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("r.md").write_text("# Title\n\nSales\x01 grew.\n", encoding="utf-8")
    _prepare(run_cli, "r.md", "ja")
    result = run_cli("build", "r.md", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 2
    assert result.output.startswith("r.md:3: control character U+0001 at column 6")
    assert "Traceback" not in result.output
    assert not Path("out").exists()


# -- item 14: inline attributes -------------------------------------------------------

# (one line: the HTML reader misplaces a start tag that spans lines, a reader matter)
ATTRIBUTED = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>News</title></head>
<body>
<p>Read <a href="https://x.example/n" class="ext" rel="noopener" id="l1" target="_blank" \
data-track="story" onclick="track()" style="color:red">the <em class="key" data-k="1">full</em> \
story</a> today.</p>
<p><a href="/whole" class="cta" onmouseover="x()">Whole link.</a></p>
</body>
</html>
"""


def test_inline_attributes_of_the_source_stay_on_translated_sentences(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news.html").write_text(ATTRIBUTED, encoding="utf-8")
    _prepare(run_cli, "news.html", "ja")
    catalog = read_catalog(po_path("loc", "ja", "news"))
    ids = [m.id for m in catalog if m.id and "<a" in m.id]
    story = next(i for i in ids if "x.example" in i)
    _fill(
        po_path("loc", "ja", "news"),
        {
            story: '今日、<a href="https://x.example/n"><em>全文</em>記事</a>をご覧ください。',
            next(i for i in ids if "/whole" in i): '<a href="/whole">リンク全体。</a>',
        },
    )
    result = run_cli("build", "news.html", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 0, result.output
    root = lxml_html.fromstring(Path("out/ja/news.html").read_bytes())
    story_link = root.xpath("//a[contains(., '記事')]")[0]
    assert dict(story_link.attrib) == {
        "href": "https://x.example/n",
        "class": "ext",
        "rel": "noopener",
        "id": "l1",
        "target": "_blank",
        "data-track": "story",
    }
    assert dict(story_link.find("em").attrib) == {"class": "key", "data-k": "1"}
    whole = root.xpath("//a[contains(., 'リンク全体')]")[0]
    assert dict(whole.attrib) == {"href": "/whole", "class": "cta"}
    page = Path("out/ja/news.html").read_text(encoding="utf-8")
    assert "onclick" not in page and "onmouseover" not in page and "color:red" not in page


# -- item 15: declared charset --------------------------------------------------------


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ],
)
def test_a_latin1_release_is_published_as_utf8_under_a_utf8_label(
    declaration: str,
    tmp_path: Path,
    run_cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    # (UTF-8 that says it is Latin-1: the reader takes UTF-8 only, so the label is wrong)
    source = (
        f"<!DOCTYPE html>\n<html lang='en'>\n<head>{declaration}<title>Cafe news</title>"
        "</head>\n<body><p>The cafe opens.</p></body>\n</html>\n"
    )
    Path("cafe.html").write_text(source, encoding="utf-8")
    _prepare(run_cli, "cafe.html", "ja")
    _fill(po_path("loc", "ja", "cafe"), {"The cafe opens.": "カフェが開店します。"})
    result = run_cli("build", "cafe.html", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 0, result.output
    data = Path("out/ja/cafe.html").read_bytes()
    page = data.decode("utf-8")
    assert "カフェが開店します。" in page
    assert "iso-8859-1" not in page.lower()
    root = lxml_html.document_fromstring(data)
    metas = root.xpath("//meta[@charset or @http-equiv]")
    assert len(metas) == 1
    label = metas[0].get("charset") or metas[0].get("content")
    assert label.lower().endswith("utf-8")


# -- item 18: language-switch links ---------------------------------------------------


def test_language_switch_links_are_percent_encoded(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news#1 ü.md").write_text("# Title\n\nSales grew.\n", encoding="utf-8")
    _prepare(run_cli, "news#1 ü.md", "ja", "ko")
    result = run_cli("build", "news#1 ü.md", "-d", "loc", "-l", "ja", "-l", "ko", "-o", "out")
    assert result.exit_code == 0, result.output
    root = lxml_html.fromstring(Path("out/ja/news#1 ü.html").read_bytes())
    hrefs = {link.get("hreflang"): link.get("href") for link in root.iter("link")}
    assert hrefs["ko"] == "../ko/news%231%20%C3%BC.html"
    assert all("#" not in href for href in hrefs.values())


# -- invisible characters in translations ------------------------------------------------


def test_build_refuses_a_direction_override_and_drops_pasted_invisibles(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("r.md").write_text(
        "# Refund notice\n\nRefunds are paid by Kestrel Bank.\n\nTideLink tracks every parcel.\n",
        encoding="utf-8",
    )
    _prepare(run_cli, "r.md", "ja")
    _fill(
        po_path("loc", "ja", "r"),
        {
            "Refund notice": "返金のお知らせ",
            # stored (so reviewed and searched) as 'lertseK', shown by a browser as 'Kestrel'
            "Refunds are paid by Kestrel Bank.": "返金は\u202elertseK\u202c Bankが行います。",
            "TideLink tracks every parcel.": "Tide\u200bLinkはすべての荷物を追跡します。",
        },
    )
    result = run_cli("build", "r.md", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 0, result.output
    assert "r.md:3: PR406 Translation to ja refused: direction control U+202E" in result.output
    page = Path("out/ja/r.html").read_text(encoding="utf-8")
    assert "\u202e" not in page and "Refunds are paid by Kestrel Bank." in page
    assert "TideLinkはすべての荷物を追跡します。" in page and "\u200b" not in page
