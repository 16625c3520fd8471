"""The catalog ``build``'s gate reads without Babel's model (issue 16) gives the gate and
the page exactly what Babel's does: the same translation pairs (msgid, msgstr, msgctxt,
flags, comments, lines and offsets), language, source language, publishable table and
suppressions, or None, and then the strict reader decides (same error)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_translation_table import HEADER, WELL_FORMED, _catalogs

from prlocalize.catalog.headers import HeaderCatalog
from prlocalize.catalog.io import parse_catalog, publishable
from prlocalize.catalog.quick import quick_catalog
from prlocalize.render.batch import suppressed_markup
from prlocalize.translation_checking import _catalog_locale, _source_lang, translation_pairs


def _view(catalog: Any, text: str, locale: str | None) -> object:
    pairs = list(translation_pairs(catalog, text))
    return (
        pairs,
        _catalog_locale(catalog, "ja.po", locale) if catalog.locale_identifier or locale else None,
        _source_lang(None, catalog, pairs),
        publishable(catalog),
        publishable(catalog, use_fuzzy=True),
        suppressed_markup(catalog),
    )


def _strict(text: str, locale: str | None) -> object:
    try:
        return _view(parse_catalog(text, path="ja.po", locale=locale), text, locale)
    except Exception as exc:  # the outcome compared, whatever it is
        return (type(exc), str(exc))


@settings(max_examples=500, deadline=None)
@given(text=_catalogs(), locale=st.sampled_from([None, "ja", "ko"]))
@example(text=WELL_FORMED, locale="ja")
def test_quick_catalog_agrees_with_babel(text: str, locale: str | None) -> None:
    quick = quick_catalog(text, locale)
    if quick is not None:
        assert _view(quick, text, locale) == _strict(text, locale)


_FLAGGED = (
    HEADER.replace('"Language: ja\\n"\n', '"Language: ja\\n"\n"X-Source-Language: en\\n"\n')
    + "\n# translator's note\n#  \n#. auto\n#: a.html:3\n#, fuzzy, python-format\n"
    'msgid "Up 10%"\nmsgstr "10%増"\n'
    '\n#, prlocalize-ignore:PR406,PR401 \nmsgctxt "nav"\nmsgid "See <a href=\\"x\\">it</a>"\n'
    'msgstr "<a href=\\"y\\">それ</a>"\n'
    '\nmsgid "Two"\n"lines"\nmsgstr ""\n"二"\n"行"\n'
)


def test_flags_comments_lines_and_headers_of_a_real_shape() -> None:
    quick = quick_catalog(_FLAGGED, "ja")
    assert quick is not None
    assert _view(quick, _FLAGGED, "ja") == _strict(_FLAGGED, "ja")
    first, second, third = quick
    assert first.fuzzy and first.flags == {"fuzzy"}  # python-format dropped, as by Babel
    assert first.user_comments == ("translator's note", "")
    assert second.context == "nav" and "PR401" in second.flags
    assert third.lineno == _FLAGGED.split("\n").index('msgid "Two"') + 1
    assert quick.extra_headers == [("X-Source-Language", "en")]


def test_what_the_quick_reader_does_not_vouch_for_is_left_to_babel() -> None:
    duplicate = HEADER + '\nmsgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n'
    wrong_language = HEADER + '\nmsgid "a"\nmsgstr "x"\n'
    assert quick_catalog(duplicate, "ja") is None
    assert quick_catalog(wrong_language, "ko") is None
    assert quick_catalog(wrong_language, "ja") is not None


def test_the_seed_catalogs_read_the_same(tmp_path: Path) -> None:
    """The project's own catalogs (locales/), as they are."""
    root = Path(__file__).resolve().parents[2] / "locales"
    seen = 0
    for po in sorted(root.glob("*/LC_MESSAGES/*.po")):
        text = po.read_text(encoding="utf-8")
        locale = po.parts[-3]
        quick = quick_catalog(text, locale)
        if quick is not None:
            seen += 1
            assert _view(quick, text, locale) == _strict(text, locale), po
    assert seen


_TMP_PATH_OK = [HealthCheck.function_scoped_fixture]  # tmp_path is rewritten by each example
_FLAG = st.sampled_from(
    ["fuzzy", "python-format", "prlocalize-ignore:PR406", "prlocalize-ignore:PR401", "PR402", "x"]
)


@settings(max_examples=200, deadline=None, suppress_health_check=_TMP_PATH_OK)
@given(
    entries=st.lists(
        st.tuples(
            st.one_of(st.none(), st.text(min_size=1, max_size=8)),
            st.text(min_size=1, max_size=40),
            st.text(max_size=40),
            st.lists(_FLAG, max_size=3),
            st.lists(st.text(max_size=12), max_size=2),
        ),
        max_size=10,
    ),
    source=st.sampled_from([None, "en", "ja"]),
)
def test_catalogs_prlocalize_writes_read_the_same(
    tmp_path: Path,
    entries: list[tuple[str | None, str, str, list[str], list[str]]],
    source: str | None,
) -> None:
    from babel.messages.catalog import Catalog

    from prlocalize.catalog.headers import set_source_language
    from prlocalize.catalog.io import write_catalog

    catalog = HeaderCatalog(locale="ja")
    set_source_language(catalog, source)
    for context, msgid, msgstr, flags, comments in entries:
        if (context, msgid) in {(m.context, m.id) for m in catalog}:
            continue
        catalog.add(msgid, msgstr, context=context, flags=flags, user_comments=comments,
                    auto_comments=["segment: b1.s1"], locations=[("a.html", 3)])  # fmt: skip
    assert isinstance(catalog, Catalog)
    path = tmp_path / "ja.po"
    write_catalog(path, catalog)
    text = path.read_text(encoding="utf-8")
    quick = quick_catalog(text, "ja")
    if "\u2068" not in text and "\u2069" not in text:
        assert quick is not None
    if quick is not None:
        assert _view(quick, text, "ja") == _strict(text, "ja")
