"""compile: a .mo beside each .po, fuzzy left out unless asked for, with statistics."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gettext
import io
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from catalog_support import assert_valid_catalog
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prlocalize.catalog import compile_catalog, read_catalog, write_catalog
from prlocalize.catalog.compile import CompiledCatalog, compile_file, compiled
from prlocalize.catalog.io import quick_entries


def _po(tmp_path: Path) -> Path:
    catalog = Catalog(locale="ja", domain="r", last_translator="Hanako <hanako@example.com>")
    catalog.revision_date = catalog.creation_date
    catalog.add("Press Release", "プレスリリース")
    catalog.add("May 10, 2024", "2024年5月10日", flags=["fuzzy"])
    catalog.add("Top", "トップ", context="breadcrumb")
    catalog.add("Untranslated.")
    path = tmp_path / "ja" / "LC_MESSAGES" / "r.po"
    write_catalog(path, catalog)
    assert_valid_catalog(path)
    return path


def _translations(mo: Path) -> gettext.GNUTranslations:
    with mo.open("rb") as fh:
        return gettext.GNUTranslations(fh)


def test_fuzzy_entries_are_left_out(tmp_path: Path) -> None:
    result = compile_catalog(_po(tmp_path))
    assert result.mo_path == tmp_path / "ja" / "LC_MESSAGES" / "r.mo"
    assert (result.translated, result.fuzzy, result.untranslated) == (2, 1, 1)
    assert (result.total, result.compiled, round(result.percent)) == (4, 2, 50)
    mo = _translations(result.mo_path)
    assert mo.gettext("Press Release") == "プレスリリース"
    assert mo.pgettext("breadcrumb", "Top") == "トップ"
    assert mo.gettext("May 10, 2024") == "May 10, 2024"


def test_use_fuzzy_includes_them(tmp_path: Path) -> None:
    result = compile_catalog(_po(tmp_path), use_fuzzy=True)
    assert result.compiled == 3
    assert _translations(result.mo_path).gettext("May 10, 2024") == "2024年5月10日"


def test_recompiling_unchanged_catalog_writes_nothing(tmp_path: Path) -> None:
    po = _po(tmp_path)
    assert compile_catalog(po).written
    assert not compile_catalog(po).written


def test_compiled_in_memory_writes_only_when_asked(tmp_path: Path) -> None:
    po = _po(tmp_path)
    pending = compiled(po, read_catalog(po, locale="ja"))
    assert not po.with_suffix(".mo").exists()
    assert pending.write() == dataclasses.replace(compile_catalog(po), written=True)
    assert po.with_suffix(".mo").read_bytes() == pending.data


# -- the quick path: a well-formed catalog compiled from its entries -------------------------

_HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: r 1.0\\n"\n'
    '"POT-Creation-Date: 2026-11-27 06:06+0000\\n"\n"PO-Revision-Date: 2026-11-28 07:00+0900\\n"\n'
    '"Language: ja\\n"\n"Content-Type: text/plain; charset=utf-8\\n"\n"X-Source-Language: en\\n"\n'
)


def _outcome(path: Path, use_fuzzy: bool, quick: bool) -> object:
    """What compiling ``path`` gives: its .mo and counts, or the error it raises."""
    try:
        if quick:
            return compile_file(path, use_fuzzy, locale="ja")
        return compiled(path, read_catalog(path, locale="ja"), use_fuzzy)
    except Exception as exc:  # the outcome compared, whatever it is
        return (type(exc), str(exc))


def test_quick_compile_is_write_mo_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "ja" / "LC_MESSAGES" / "r.po"
    path.parent.mkdir(parents=True)
    text = (
        "# Japanese\n" + _HEADER + '\n#. segment: s1\n#: r.html:3\nmsgid "Zeta"\nmsgstr "ゼータ"\n'
        '\n#, fuzzy\nmsgid "Alpha"\nmsgstr "アルファ"\n\nmsgctxt "nav"\nmsgid "Alpha"\n'
        'msgstr "ア"\n\nmsgid ""\n"a \\"quoted\\" "\n"line\\n"\nmsgstr "引用\\t"\n'
        '\nmsgid "Empty"\nmsgstr ""\n\n#~ msgid "Gone"\n#~ msgstr "消"\n'
    )
    path.write_text(text, encoding="utf-8")
    assert quick_entries(text, "ja") is not None
    for use_fuzzy in (False, True):
        quick = compile_file(path, use_fuzzy, locale="ja")
        assert quick == _outcome(path, use_fuzzy, quick=False)
        assert (quick.translated, quick.fuzzy, quick.untranslated) == (3, 1, 1)
        mo = gettext.GNUTranslations(io.BytesIO(quick.data))
        assert mo.pgettext("nav", "Alpha") == "ア"
        assert mo.gettext('a "quoted" line\n') == "引用\t"
        assert mo.gettext("Alpha") == ("アルファ" if use_fuzzy else "Alpha")
        assert mo.info()["x-source-language"] == "en"


@pytest.mark.parametrize(
    "text",
    [
        _HEADER + '\nmsgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n',  # duplicate
        _HEADER + '\nmsgid "a"\nmsgstr "x\n',  # unterminated string
        _HEADER.replace("Language: ja", "Language: ko") + '\nmsgid "a"\nmsgstr "x"\n',
        _HEADER.replace("utf-8", "latin-1") + '\nmsgid "a"\nmsgstr "x"\n',
        _HEADER.replace("2026-11-27", "2026-13-45") + '\nmsgid "a"\nmsgstr "x"\n',
        _HEADER.replace('"POT-Creation-Date: 2026-11-27 06:06+0000\\n"\n', ""),
        '#, fuzzy\nmsgid "a"\nmsgstr "x"\n',  # no header: Babel makes one
        _HEADER + '\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y"\n',
        _HEADER + '\n#| msgid "old"\nmsgid "a"\nmsgstr "x"\n',
        _HEADER + '\n#: a\u2068b.py:1\u2069\nmsgid "a"\nmsgstr "x"\n',
    ],
)
def test_any_other_catalog_compiles_as_the_strict_reader_reads_it(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "r.po"
    path.write_text(text, encoding="utf-8")
    for use_fuzzy in (False, True):
        strict = _outcome(path, use_fuzzy, quick=False)
        if isinstance(strict, CompiledCatalog) and "POT-Creation-Date" not in text:
            continue  # Babel dates such a header "now": compared below, minutes aside
        assert _outcome(path, use_fuzzy, quick=True) == strict


def test_a_header_without_creation_date_compiles_as_babel_dates_it(tmp_path: Path) -> None:
    path = tmp_path / "r.po"
    path.write_text(_HEADER.replace("POT-Creation-Date", "X-Old-Date") + 'msgid "a"\nmsgstr "x"\n')
    quick, strict = _outcome(path, False, quick=True), _outcome(path, False, quick=False)
    assert isinstance(quick, CompiledCatalog) and isinstance(strict, CompiledCatalog)
    assert gettext.GNUTranslations(io.BytesIO(quick.data)).gettext("a") == "x"
    assert len(quick.data) == len(strict.data)  # the same header, its "now" aside


_TEXT = st.text(st.sampled_from('aZ 訳"\\\t\r\n\u2028\x85%{}'), max_size=30)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    entries=st.lists(
        st.tuples(
            st.sampled_from([None, "nav", "a b"]),
            _TEXT.filter(bool),
            _TEXT,
            st.booleans(),
            st.sampled_from(["", "#. note\n", "# translator\n", "#,fuzzy\n", "#, fuzzy-ish\n"]),
            st.integers(0, 9),
        ),
        max_size=10,
        unique_by=lambda e: (e[0], e[1]),
    ),
    use_fuzzy=st.booleans(),
)
def test_quick_compile_agrees_with_babel(
    tmp_path: Path,
    entries: list[tuple[str | None, str, str, bool, str, int]],
    use_fuzzy: bool,
) -> None:
    """Catalogs written by write_catalog, with comments, contexts, obsolete entries and
    escapes: the same .mo bytes and counts whichever way they are compiled."""
    catalog = Catalog(locale="ja")
    catalog.creation_date = catalog.revision_date = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    for context, msgid, msgstr, fuzzy, _comment, obsolete in entries:
        message = catalog.add(msgid, msgstr, context=context, flags=["fuzzy"] if fuzzy else [])
        if obsolete == 0:  # one in ten: #~
            catalog.delete(msgid, context=context)
            catalog.obsolete[catalog._key_for(msgid, context)] = message
    path = tmp_path / "r.po"
    write_catalog(path, catalog)
    text = path.read_text(encoding="utf-8")
    extra = "".join(comment for *_, comment, _ in entries)
    at = text.rfind('\nmsgid "') + 1  # before the last entry (or the header)
    text = text[:at] + extra + text[at:]
    path.write_text(text, encoding="utf-8", newline="")
    assert _outcome(path, use_fuzzy, quick=True) == _outcome(path, use_fuzzy, quick=False)


def test_compiling_a_large_catalog_holds_its_text_and_its_mo_about_once(tmp_path: Path) -> None:
    """The quick path keeps no match object per entry past the scan, lets the catalog's
    text go before encoding, and joins the .mo once: this catalog of Japanese
    translations peaked at 7.7 times its bytes (a list of encoded pairs, two buffers and
    a chain of concatenations besides the text), 4.1 since."""
    import gc
    import tracemalloc

    po = tmp_path / "ja" / "LC_MESSAGES" / "release.po"
    po.parent.mkdir(parents=True)
    entries = "".join(
        f'#. segment: b{i}.s1\n#: release.html:{i + 9}\nmsgid "Tomari Rail raised output by '
        f'{i}% at its Hakuto plant in fiscal {2000 + i % 30}."\n'
        f'msgstr "泊鉄道は白兎工場の{2000 + i % 30}年度の生産量を{i}%引き上げた。"\n\n'
        for i in range(20_000)
    )
    header = (
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=utf-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n'
    )
    po.write_text(header + entries, encoding="utf-8")
    compile_file(po, locale="ja")  # caches and lazy imports out of the way
    gc.collect()
    tracemalloc.start()
    try:
        result = compile_file(po, locale="ja")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.translated == 20_000
    size = po.stat().st_size
    assert peak < 5.5 * size, f"{peak / size:.1f} bytes a byte of catalog"
