"""The translation table ``build`` reads: the quick reader agrees with Babel's strict one.

:func:`read_translations` reads a well-formed catalog with one regular expression and
leaves anything else to :func:`read_catalog`; on every input both must give the same
table, the same fuzzy count, or the same error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from prlocalize.catalog.io import (
    _quick_translations,
    publishable,
    read_catalog,
    read_translations,
)
from prlocalize.errors import InputError

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: release-0001 1.0\\n"\n'
    '"POT-Creation-Date: 2026-11-27 06:06+0000\\n"\n'
    '"PO-Revision-Date: 2026-11-27 06:06+0000\\n"\n'
    '"Language: ja\\n"\n'
    '"Plural-Forms: nplurals=1; plural=0;\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=utf-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
)

WELL_FORMED = (
    "# Japanese translations\n" + HEADER + "\n#. segment: b1.s1\n#: release.html:5\n"
    'msgid ""\n"Long headline that the writer "\n"wrapped"\n'
    'msgstr "【訳】見出し \\"引用\\" \\\\ \\t"\n'
    "\n#, fuzzy\n"
    'msgid "Fuzzy one"\nmsgstr "あいまい"\n'
    '\nmsgctxt "nav"\nmsgid "Home"\nmsgstr "ホーム"\n'
    '\nmsgid "Untranslated"\nmsgstr ""\n'
    '\n#~ msgid "gone"\n#~ msgstr "消えた"\n'
)


def _strict(path: Path, locale: str | None, use_fuzzy: bool) -> object:
    try:
        return publishable(read_catalog(path, locale=locale), use_fuzzy=use_fuzzy)
    except Exception as exc:  # the outcome compared, whatever it is
        return (type(exc), str(exc))


def _quick(path: Path, locale: str | None, use_fuzzy: bool) -> object:
    try:
        return read_translations(path, locale, use_fuzzy=use_fuzzy)
    except Exception as exc:
        return (type(exc), str(exc))


def test_well_formed_catalog_takes_the_quick_path(tmp_path: Path) -> None:
    assert _quick_translations(WELL_FORMED, "ja", False) is not None
    path = tmp_path / "ja.po"
    path.write_text(WELL_FORMED, encoding="utf-8")
    table, fuzzy = read_translations(path, "ja")
    assert table == {
        (None, "Long headline that the writer wrapped"): '【訳】見出し "引用" \\ \t',
        ("nav", "Home"): "ホーム",
    }
    assert fuzzy == 1
    assert read_translations(path, "ja", use_fuzzy=True)[0][(None, "Fuzzy one")] == "あいまい"
    for use_fuzzy in (False, True):
        assert _quick(path, "ja", use_fuzzy) == _strict(path, "ja", use_fuzzy)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        (HEADER + '\nmsgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n', "ja"),  # duplicate
        (HEADER + '\nmsgid "a"\nmsgstr "x\n', "ja"),  # unterminated string
        (HEADER + '\nmsgid "a"\n', "ja"),  # no msgstr
        (HEADER + '\nmsgid "a"\nmsgstr "x"\n', "ko"),  # Language: ja in the ko folder
        (HEADER.replace("utf-8", "latin-1") + '\nmsgid "a"\nmsgstr "x"\n', "ja"),
        (HEADER.replace("2026-11-27 06:06", "2026-13-45 06:06"), "ja"),  # Babel's own error
        (HEADER.replace("nplurals=1", "nplurals=one") + '\nmsgid "a"\nmsgstr "x"\n', "ja"),
        (HEADER + '\n#-\nmsgid "a"\nmsgstr "x"\n', "ja"),  # a merge conflict marker
        (HEADER + '\n#: a\u2068.py:1\nmsgid "a"\nmsgstr "x"\n', "ja"),  # unbalanced isolate
        (HEADER + '\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\n', "ja"),
    ],
)
def test_a_defect_raises_what_the_strict_reader_raises(
    tmp_path: Path, text: str, locale: str
) -> None:
    path = tmp_path / "ja.po"
    path.write_text(text, encoding="utf-8")
    assert _quick_translations(text, locale, False) is None
    strict = _strict(path, locale, False)
    assert _quick(path, locale, False) == strict
    if isinstance(strict, tuple) and strict[0] is InputError:
        assert f"{path}:" in strict[1]  # the error names the file and line


# Lines of every shape a PO file may hold, well-formed or not, to be shuffled together.
_STRING = st.lists(
    st.sampled_from(
        ["a", "Z", " ", "訳", '"', "\\", "\\n", '\\"', "\\t", "\\x", "\t", "\r", "\u2028", "\x85"]
    ),
    max_size=6,
).map(lambda parts: '"' + "".join(parts) + '"')
_GOOD_STRING = st.lists(
    st.sampled_from(
        ["a", "Z", " ", "訳", "\\\\", "\\n", '\\"', "\\t", "\\x", "\t", "\u2028", "\x85"]
    ),
    max_size=6,
).map(lambda parts: '"' + "".join(parts) + '"')
_KEYWORD = st.sampled_from(
    ["msgid ", "msgstr ", "msgctxt ", "msgid_plural ", "msgstr[0] ", "#~ msgid ", "#~ msgstr ",
     "#~ ", "#| msgid ", "#~| msgid ", "", "  msgid ", "msgid  ", "msgstr\t"]
)  # fmt: skip
_LINE = st.one_of(
    st.builds(lambda k, s, tail: k + s + tail, _KEYWORD, _STRING, st.sampled_from(["", "", " "])),
    st.sampled_from(
        ["", " ", "\r", "#, fuzzy", "#, python-format, fuzzy ", "#,fuzzy", "#. note", "#: a.py:3",
         "# translator", "#", "#-", "#~", "#|", "msgid", 'msgid ""', 'msgstr ""', '""', "junk"]
    ),
)  # fmt: skip
_HEADER_LINE = st.sampled_from(
    ["Language: ja", "Language: ko", "Language: ", "Language: ja_JP", "Language: x y z",
     "Content-Type: text/plain; charset=utf-8", "Content-Type: text/plain; charset=UTF8",
     "Content-Type: text/plain; charset=CHARSET", "Content-Type: text/plain; charset=ascii",
     "Plural-Forms: nplurals=1; plural=0;", "Plural-Forms: nplurals=x;",
     "POT-Creation-Date: 2026-11-27 06:06+0000", "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE",
     "PO-Revision-Date: 2026-02-30 10:00", "Project-Id-Version: a 1", " folded", "no colon",
     "X-Generator: \\u2028"]
)  # fmt: skip


_COMMENT = st.sampled_from(
    ["#, fuzzy", "#, python-format, fuzzy ", "#,fuzzy", "#, fuzzy-ish", "#. note", "#: a.py:3",
     "# translator", "#", "#, fuzzy", "#. note", "#: a.py:3", "#| msgid \"old\"", "#: b\u2068.py:1"]
)  # fmt: skip


@st.composite
def _entry(draw: st.DrawFn) -> list[str]:
    """One entry, well-formed more often than not."""
    lines = draw(st.lists(_COMMENT, max_size=2))
    prefix = "#~ " if draw(st.integers(0, 9)) == 0 else ""
    context = draw(st.sampled_from([None, None, None, '""', '"nav"', '"a"']))
    strings = _STRING if draw(st.integers(0, 19)) == 0 else _GOOD_STRING
    if context is not None:
        lines.append(f"{prefix}msgctxt {context}")
    for keyword in ("msgid", "msgstr"):
        first, *more = draw(st.lists(strings, min_size=1, max_size=3))
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
        lines = header + lines
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):  # a defect or two, anywhere
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(_LINE))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"]))


_TMP_PATH_OK = [HealthCheck.function_scoped_fixture]  # tmp_path is rewritten by each example


@settings(max_examples=400, deadline=None, suppress_health_check=_TMP_PATH_OK)
@given(
    text=_catalogs(),
    locale=st.sampled_from([None, "ja", "ko"]),
    use_fuzzy=st.booleans(),
)
@example(text=WELL_FORMED, locale="ja", use_fuzzy=False)
def test_quick_reader_agrees_with_babel(
    tmp_path: Path, text: str, locale: str | None, use_fuzzy: bool
) -> None:
    path = tmp_path / "ja.po"
    path.write_text(text, encoding="utf-8", newline="")
    assert _quick(path, locale, use_fuzzy) == _strict(path, locale, use_fuzzy)


@settings(max_examples=200, deadline=None, suppress_health_check=_TMP_PATH_OK)
@given(
    entries=st.lists(
        st.tuples(
            st.one_of(st.none(), st.text(min_size=1, max_size=8)),
            st.text(min_size=1, max_size=30),
            st.text(max_size=30),
            st.booleans(),
        ),
        max_size=12,
    ),
)
def test_quick_reader_reads_what_prlocalize_writes(
    tmp_path: Path, entries: list[tuple[str | None, str, str, bool]]
) -> None:
    """Catalogs written by write_catalog (any text, wrapped and escaped by Babel) take the
    quick path whenever they are plain singular entries, and read back the same."""
    from babel.messages.catalog import Catalog

    from prlocalize.catalog.io import write_catalog

    catalog = Catalog(locale="ja")
    for context, msgid, msgstr, fuzzy in entries:
        catalog.add(msgid, msgstr, context=context, flags=["fuzzy"] if fuzzy else [])
    path = tmp_path / "ja.po"
    write_catalog(path, catalog)
    text = path.read_text(encoding="utf-8")
    if "\u2068" not in text and "\u2069" not in text:  # isolates: left to Babel
        assert _quick_translations(text, "ja", False) is not None
    assert _quick(path, "ja", False) == _strict(path, "ja", False)
