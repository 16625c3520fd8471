"""Fuzzing: the readers (text, Markdown, HTML), the PO reader, the TBX and TMX readers and
the HTML builder get arbitrary Unicode, control characters, broken markup and bytes
that are not UTF-8, through the CLI in-process; every run ends with exit 0, 1 or 2,
never with a traceback. Example counts keep the whole file to seconds on one core."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from prlocalize.cli import cli

FRAGMENTS = [
    "<p>", "</p>", "<a href='https://example.com/a'>", "</a>", "<b>", "<br/>", "<img alt=x>",
    "<!--", "-->", "<script>alert(1)</script>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#x1b;",
    "&bogus;", "<meta charset=iso-8859-1>", '<meta name="embargo" content="x">', "<html>",
    "</body>", "<table><tr><td>", "**", "__", "[link](", ")", "](https://x.test)", "---\n",
    "# ", "> ", "- ", "1. ", "```", "`", "|", "\x00", "\x01", "\x0b", "\x0c", "\x1b[2J", "\x7f",
    "\x85", "\x9b", "\r", "\r\n", "\n\n", "\u2028", "\u2029", "\ufeff", "\u202e", "\u3000",
    "Co., Ltd.", "MikioKato", "上野 裕明", "오영주", "湘南アイパーク", "EMBARGOED UNTIL ",
    '"', "'", "\\", "msgid", "%s", "{0}", "\ud7a3", "\U0001f600", "click here", "こちら",
]  # fmt: skip
# text as the world writes it: any character but lone surrogates (no UTF-8 for them)
CHARS = st.characters(blacklist_categories=("Cs",))
TEXT = st.lists(
    st.one_of(st.text(CHARS, max_size=12), st.sampled_from(FRAGMENTS)), max_size=30
).map("".join)
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
    # no shrinking: a failure is reported as found (shrinking a CLI run took minutes)
    phases=(Phase.explicit, Phase.generate),
)


@contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="prlocalize-fuzz-") as name:
        yield Path(name)


def _invoke(*args: str) -> int:
    """Run the CLI in-process; a traceback fails the test with its own stack."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output[-2000:])
    return result.exit_code


def _write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


@FUZZ
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_readers_and_checks_survive_anything(text: str, suffix: str) -> None:
    with _folder() as folder:
        release = _write(folder / f"release{suffix}", text)
        _invoke("segment", str(release), "--format", "json")
        _invoke("check", str(release), "--format", "json", "--no-cache")


@FUZZ
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".html", ".po"]))
def test_bytes_that_are_not_utf8_are_an_input_error_at_worst(data: bytes, suffix: str) -> None:
    with _folder() as folder:
        _invoke("check", str(_write(folder / f"r{suffix}", data)), "--no-cache")


def test_a_group_separator_in_a_msgstr_with_a_previous_msgid() -> None:
    # found by the fuzzer: polib split the text at U+001D and raised "Syntax error"
    po = (
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '\n#, fuzzy\n#| msgid "x"\nmsgid "y"\nmsgstr "\x1d£"\n'
    )
    with _folder() as folder:
        path = _write(folder / "ja.po", po)
        assert _invoke("check", str(path), "--no-cache") in (0, 1)


def _po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@FUZZ
@given(
    msgid=TEXT,
    msgstr=TEXT,
    raw=TEXT,
    flags=st.sampled_from(["", "#, fuzzy\n", "#, c-format\n", "#~ ", '#| msgid "x"\n']),
)
def test_po_reader_survives_anything(msgid: str, msgstr: str, raw: str, flags: str) -> None:
    po = (
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f"{flags}msgid {_po_string(msgid or 'x')}\nmsgstr {_po_string(msgstr)}\n\n{raw}\n"
    )
    with _folder() as folder:
        folder_po = folder / "ja" / "LC_MESSAGES"
        folder_po.mkdir(parents=True)
        path = _write(folder_po / "news.po", po)
        _invoke("check", str(path), "--format", "json", "--no-cache")
        _invoke("compile", "-d", str(folder))


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@FUZZ
@given(term=TEXT, other=TEXT, raw=TEXT, version=st.sampled_from(["2", "3"]))
def test_tbx_reader_survives_anything(term: str, other: str, raw: str, version: str) -> None:
    tbx = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" '
        'xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>'
        f'<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>{_xml_text(term)}'
        f'</term></termSec></langSec><langSec xml:lang="ja"><termSec><term>{_xml_text(other)}'
        f"</term></termSec></langSec></conceptEntry>{raw}</body></text></tbx>"
    )
    with _folder() as folder:
        path = _write(folder / "g.tbx", tbx)
        _invoke("glossary", "lint", str(path))
        _invoke("glossary", "import", str(path), "-o", str(folder / "g.csv"))
        csv_text = f"id,kind,en,ja,note\nx,term,{term!r},{other!r},{raw!r}\n"
        csv_path = _write(folder / "h.csv", csv_text)
        if _invoke("glossary", "lint", str(csv_path)) != 2:
            _invoke("glossary", "export", str(csv_path), "-o", str(folder / "h.tbx"),
                    "--tbx-version", version)  # fmt: skip


@FUZZ
@given(source=TEXT, target=TEXT, raw=TEXT)
def test_tmx_reader_survives_anything(source: str, target: str, raw: str) -> None:
    tmx = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
        'datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" '
        'creationtoolversion="1" o-tmf="t"/><body><tu>'
        f'<tuv xml:lang="en"><seg>{_xml_text(source)}</seg></tuv>'
        f'<tuv xml:lang="ja"><seg>{_xml_text(target)}</seg></tuv></tu>{raw}</body></tmx>'
    )
    with _folder() as folder:
        path = _write(folder / "m.tmx", tmx)
        memory = str(folder / "memory.sqlite")
        if _invoke("memory", "import", str(path), "--memory", memory) == 0:
            _invoke("memory", "export", "-o", str(folder / "out.tmx"), "--memory", memory)


@settings(FUZZ, max_examples=15)
@given(body=TEXT, translation=TEXT)
def test_html_builder_survives_anything(body: str, translation: str) -> None:
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title>'
        f"</head><body><h1>Shonan iPark opens</h1><p>The roundtable was lively.</p>{body}"
        "</body></html>"
    )
    with _folder() as folder:
        release = _write(folder / "news.html", html)
        locales = folder / "locales"
        if _invoke("extract", str(release), "-d", str(locales)) != 0:
            return
        _invoke("update", "-d", str(locales), "-l", "ja")
        po = locales / "ja" / "LC_MESSAGES" / "news.po"
        text = po.read_text(encoding="utf-8")
        # every entry gets the fuzzed translation
        text = text.replace('msgstr ""\n\n', f"msgstr {_po_string(translation)}\n\n")
        po.write_text(text + "\n", encoding="utf-8")
        _invoke("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(folder / "out"))
