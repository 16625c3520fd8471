"""parse_catalog's quick reader builds the very catalog Babel's parser builds.

A well-formed catalog (templates and catalogs as prlocalize writes them) is read by one
regular expression per entry; anything else goes to Babel's ``PoFileParser``. Every
field of every message (and the header, and the error of a broken catalog) must be the
same whichever way a catalog is read.
"""

from __future__ import annotations

import datetime as dt

from babel.messages.catalog import Catalog
from hypothesis import example, given, settings
from hypothesis import strategies as st

from prlocalize.catalog.io import _quick_parse, parse_catalog, po_text

HEADER = (
    '# Translations template for r.\n#\n#, fuzzy\nmsgid ""\nmsgstr ""\n'
    '"Project-Id-Version: r 1.0\\n"\n"Report-Msgid-Bugs-To: \\n"\n'
    '"POT-Creation-Date: 2026-11-27 06:06+0000\\n"\n"PO-Revision-Date: 2026-11-28 07:00+0900\\n"\n'
    '"Language: ja\\n"\n"Content-Type: text/plain; charset=utf-8\\n"\n"X-Source-Language: en\\n"\n'
)
TYPICAL = HEADER + (
    "\n#. Hiroaki Ueno → ja: 上野 裕明 · ko: 히로아키 우에노\n#. segment: b1.s1\n"
    "#: releases/r.html:5 releases/r.html:9\n#: releases/r.html:5 other.txt\n"
    '#, fuzzy, python-format\nmsgid ""\n"Long headline that the writer "\n"wrapped 10% "\n'
    'msgstr "【訳】見出し \\"引用\\" \\\\ \\t"\n'
    '\n# translator says\n#. a\n#. a\n#. b\n#,fuzzy\nmsgctxt "nav"\nmsgid "Home"\n'
    'msgstr "ホーム"\n\n#\nmsgid "Untranslated"\nmsgstr ""\n\n# trailing comment\n'
)


def _dump(catalog: Catalog) -> list[object]:
    out: list[object] = [
        list(catalog.mime_headers),
        catalog.header_comment,
        catalog.fuzzy,
        str(catalog.locale_identifier),
        catalog.charset,
        catalog.domain,
        type(catalog).__name__,
    ]
    for m in [*list(catalog)[1:], *catalog.obsolete.values()]:
        out.append(
            (m.id, m.string, m.locations, sorted(m.flags), m.auto_comments,
             m.user_comments, m.previous_id, m.lineno, m.context)
        )  # fmt: skip
    return out


def _read(text: str, quick: bool, locale: str | None = "ja") -> object:
    try:
        dumped = _dump(parse_catalog(text, path="locales/r.po", locale=locale, quick=quick))
    except Exception as exc:  # the outcome compared, whatever it is
        return (type(exc), str(exc))
    if "POT-Creation-Date" not in text:
        # Babel dates a catalog without one "now": two reads a minute apart differ there
        headers = dumped[0]
        assert isinstance(headers, list)
        dumped[0] = [(k, "(now)" if k == "POT-Creation-Date" else v) for k, v in headers]
    return dumped


def test_typical_catalog_takes_the_quick_path() -> None:
    assert _quick_parse(TYPICAL, "r.po") is not None
    quick = _read(TYPICAL, quick=True)
    assert quick == _read(TYPICAL, quick=False)
    assert isinstance(quick, list)
    assert quick[7][2] == [("releases/r.html", 5), ("releases/r.html", 9), ("other.txt", None)]
    assert quick[8][4:6] == (["a", "b"], ["translator says"])


# Lines of every shape a PO file may hold, well-formed or not, shuffled together.
_STRING = st.lists(
    st.sampled_from(
        ["a", "Z", " ", "訳", '"', "\\", "\\n", '\\"', "\\t", "\\x", "\t", "\r", "\u2028", "%s"]
    ),
    max_size=6,
).map(lambda parts: '"' + "".join(parts) + '"')
_GOOD_STRING = st.lists(
    st.sampled_from(["a", "Z", " ", "訳", "\\\\", "\\n", '\\"', "\\t", "\t", "\u2028", "{x}"]),
    max_size=6,
).map(lambda parts: '"' + "".join(parts) + '"')
_GOOD_COMMENT = st.sampled_from(
    ["#, fuzzy", "#, python-format, fuzzy ", "#,fuzzy", "#, fuzzy-ish", "#. note", "#.note ",
     "#.  ", "#: a.py:3", "#: a.py:x b.py", "#:a.py:+4\r", "# translator", "#", "#\u2028",
     "#. note", "#: a.py:3", "#. →  ja: 訳 · ko: 역"]
)  # fmt: skip
_BAD_COMMENT = st.sampled_from(['#| msgid "old"', "#: b\u2068.py:1", "#~ old", "#-", "  # x"])
_COMMENT = st.integers(0, 19).flatmap(lambda n: _BAD_COMMENT if n == 0 else _GOOD_COMMENT)
_HEADER_LINE = st.sampled_from(
    ["Language: ja", "Language: ko", "Language: ", "Content-Type: text/plain; charset=utf-8",
     "Content-Type: text/plain; charset=latin-1", "Plural-Forms: nplurals=1; plural=0;",
     "POT-Creation-Date: 2026-11-27 06:06+0000", "PO-Revision-Date: 2026-02-30 10:00",
     "Project-Id-Version: a 1", " folded", "no colon", "X-Source-Language: en"]
)  # fmt: skip


@st.composite
def _entry(draw: st.DrawFn) -> list[str]:
    lines = draw(st.lists(_COMMENT, max_size=3))
    prefix = "#~ " if draw(st.integers(0, 29)) == 0 else ""
    context = draw(st.sampled_from([*[None] * 10, '""', '"nav"', '"a"', '"nav"']))
    strings = _STRING if draw(st.integers(0, 29)) == 0 else _GOOD_STRING
    if context is not None:
        lines.append(f"{prefix}msgctxt {context}")
    for keyword in ("msgid", "msgstr"):
        first, *more = draw(st.lists(strings, min_size=1, max_size=3))
        if keyword == "msgid" and draw(st.integers(0, 9)):  # mostly not empty (a header)
            first = f'"{draw(st.integers(0, 20))} {first[1:]}'
        lines.append(f"{prefix}{keyword} {first}")
        lines += [prefix + string for string in more]
    return lines


@st.composite
def _catalogs(draw: st.DrawFn) -> str:
    fields = draw(st.lists(_HEADER_LINE, max_size=3))
    header = ['msgid ""', 'msgstr ""'] + [f'"{f}\\n"' for f in fields]
    entries = draw(st.lists(_entry(), min_size=1, max_size=6))
    lines = [line for entry in entries for line in ["", *entry]]
    if draw(st.booleans()):
        lines = draw(st.lists(_COMMENT, max_size=2)) + header + lines
    if draw(st.integers(0, 5)) == 0:  # a stray line anywhere
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(["junk", '""', " "])))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n# end\n"]))


@settings(max_examples=500, deadline=None)
@given(text=_catalogs(), locale=st.sampled_from([None, "ja", "ko"]))
@example(text=TYPICAL, locale="ja")
def test_quick_reader_agrees_with_babel(text: str, locale: str | None) -> None:
    assert _read(text, True, locale) == _read(text, False, locale)


@settings(max_examples=150, deadline=None)
@given(
    entries=st.lists(
        st.tuples(
            st.one_of(st.none(), st.text(min_size=1, max_size=8)),
            st.text(min_size=1, max_size=40),
            st.text(max_size=40),
            st.lists(st.text(max_size=20), max_size=3),
            st.lists(st.tuples(st.text("ab/. ", min_size=1, max_size=8), st.integers(1, 99))),
            st.booleans(),
        ),
        max_size=8,
    ),
)
def test_quick_reader_reads_what_prlocalize_writes(
    entries: list[tuple[str | None, str, str, list[str], list[tuple[str, int]], bool]],
) -> None:
    """Catalogs written by write_catalog (any text, wrapped and escaped, comments and
    locations): the quick path reads them whenever they are plain singular entries."""
    catalog = Catalog(locale="ja", domain="r")
    catalog.creation_date = catalog.revision_date = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    for context, msgid, msgstr, comments, locations, fuzzy in entries:
        catalog.add(msgid, msgstr, locations, ["fuzzy"] if fuzzy else [], comments, context=context)
    text = po_text(catalog)  # what write_catalog writes
    if "\u2068" not in text and "\u2069" not in text:  # isolates: left to Babel
        assert _quick_parse(text, "r.po") is not None
    assert _read(text, True) == _read(text, False)


def _read_data(data: bytes, locale: str | None, block: int) -> object:
    """What parse_catalog_data makes of a file's bytes, decoded ``block`` bytes at a time."""
    from unittest import mock

    from prlocalize.catalog import io

    with mock.patch.object(io, "_READ", block):
        try:
            dumped = _dump(io.parse_catalog_data(data, path="locales/r.po", locale=locale))
        except Exception as exc:
            return (type(exc), str(exc))
    if b"POT-Creation-Date" not in data:
        headers = dumped[0]
        assert isinstance(headers, list)
        dumped[0] = [(k, "(now)" if k == "POT-Creation-Date" else v) for k, v in headers]
    return dumped


@settings(max_examples=300, deadline=None)
@given(
    text=_catalogs(),
    locale=st.sampled_from([None, "ja", "ko"]),
    block=st.sampled_from([1, 2, 7, 40, 1 << 18]),
    bom=st.booleans(),
)
@example(text=TYPICAL, locale="ja", block=1, bom=False)
@example(text=TYPICAL, locale="ko", block=7, bom=True)
def test_a_catalog_read_a_block_at_a_time_is_the_catalog_read_whole(
    text: str, locale: str | None, block: int, bom: bool
) -> None:
    """A catalog file's bytes are decoded and read a block of lines at a time (a CJK
    catalog's text takes twice its bytes, and a huge release's was held whole): an entry
    cut by a block's end (its comments, msgid, msgstr or continuation lines) is read
    whole, and the catalog, or the error and its line, is the one read from the text."""
    from prlocalize.catalog.io import decode_catalog

    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    try:  # the whole file's text, as read_catalog read it, through Babel's parser
        whole = _read(decode_catalog(data, "locales/r.po"), False, locale)
    except Exception as exc:
        whole = (type(exc), str(exc))
    assert _read_data(data, locale, block) == whole


def test_a_broken_catalog_read_a_block_at_a_time_names_its_line() -> None:
    """Invalid UTF-8 or another charset after blocks already read: the error names the
    line, as for the text read whole."""
    from prlocalize.catalog.io import decode_catalog

    good = TYPICAL.encode("utf-8")
    for data in (
        good + b'\nmsgid "x\xff"\nmsgstr ""\n',
        good.replace(b"charset=utf-8", b"charset=EUC-JP"),
    ):
        whole: object
        try:
            decode_catalog(data, "locales/r.po")
        except Exception as exc:
            whole = (type(exc), str(exc))
        assert _read_data(data, "ja", 7) == whole


def test_a_catalog_is_read_without_its_whole_text_beside_its_bytes() -> None:
    """The traced peak of reading a Japanese catalog from its bytes is its bytes and its
    parse: not its decoded text (two bytes a character) as well."""
    import gc
    import tracemalloc

    from prlocalize.catalog.io import parse_catalog_data

    entries = "".join(
        f'\n#: releases/r.html:{i}\nmsgid "Sentence {i} of the release, as it was written."\n'
        f'msgstr "リリースの第{i}文、書かれたとおりの日本語の訳文です。"\n'
        for i in range(20_000)
    )
    data = (HEADER + entries).encode("utf-8")
    text_size = len(HEADER + entries) * 2  # (UCS-2: the kana)

    def peak(read: object) -> int:
        gc.collect()
        tracemalloc.start()
        try:
            assert callable(read)
            catalog = read()
            assert len(catalog) == 20_000
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    whole = peak(lambda: parse_catalog(data.decode("utf-8"), path="r.po", locale="ja"))
    blocks = peak(lambda: parse_catalog_data(data, path="r.po", locale="ja"))
    assert blocks < whole - text_size * 3 // 4, (blocks, whole, text_size)
