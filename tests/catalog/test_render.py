"""render_po writes exactly what Babel's generate_po writes (plus previous msgids)."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import normalize
from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.catalog.render import (
    _babel_with_previous,
    _comment_wrapper,
    _fill,
    _normalize,
    render_po,
)

_CHARS = st.one_of(
    st.characters(blacklist_categories=("Cs",)),
    st.sampled_from(' "\\\t\n\r\x0b\x85\u2028 -—-- ,.!?&'),
    st.sampled_from("abc déf ghij 湘南アイパーク 바이오벤처 "),
)
_TEXT = st.text(alphabet=_CHARS, min_size=0, max_size=200)
_ID = _TEXT.filter(bool)
_COMMENTS = st.lists(_TEXT, max_size=3)
_LOCATIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "r.txt",
                "news/a b.md",
                "x" * 90,
                "release-0001.html",
                "/archive/2024/" + "press-release-" * 6 + "0001.html",  # long, hyphenated
                "em--dash.md",
                "a\u3000b",
                "",
            ]
        ),
        st.integers(0, 99999),
    ),
    max_size=12,
)
_MESSAGE = st.fixed_dictionaries(
    {
        "id": _ID,
        "string": _TEXT,
        "context": st.one_of(st.none(), _ID),
        "user": _COMMENTS,
        "auto": _COMMENTS,
        "locations": _LOCATIONS,
        "flags": st.sets(st.sampled_from(["fuzzy", "no-wrap", "prlocalize-ignore:PR404"])),
        "previous": st.one_of(st.none(), _ID),
        "obsolete": st.booleans(),
    }
)


@settings(max_examples=150, deadline=None)
@given(
    messages=st.lists(_MESSAGE, max_size=8),
    header=st.sampled_from(
        ["", "# A header\n#", "# A header\n\n# " + "long words " * 12 + "\n#", "#\tTab\n#"]
    ),
    fuzzy=st.booleans(),
    project=st.sampled_from(["r", "a-project-name " * 6]),
)
def test_render_matches_babel(messages: list[dict], header: str, fuzzy: bool, project: str) -> None:
    catalog = Catalog(locale="ja", domain="r", project=project, fuzzy=fuzzy)
    catalog.header_comment = header
    for m in messages:
        message = catalog.add(
            m["id"],
            m["string"],
            locations=m["locations"],
            flags=m["flags"],
            auto_comments=m["auto"],
            user_comments=m["user"],
            context=m["context"],
            previous_id=m["previous"] or (),
        )
        if m["obsolete"]:
            key = catalog._key_for(message.id, message.context)
            catalog.obsolete[key] = message
            catalog.delete(message.id, context=message.context)
    assert render_po(catalog) == "".join(_babel_with_previous(catalog))


_WORDS = st.lists(
    st.one_of(
        st.text(alphabet="abcdéf湘南바이오-.,", min_size=1, max_size=12),
        st.text(alphabet="x", min_size=60, max_size=90),  # longer than a line on its own
        st.sampled_from([" ", "  ", "\u3000", "\xa0", " " * 80, "--", "well-known", "\x1f", "\n"]),
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, prefix=st.sampled_from(["", "#~ ", "#| "]))
def test_normalize_matches_babel(words: list[str], prefix: str) -> None:
    string = "".join(words)
    assert _normalize(string, prefix) == normalize(string, prefix=prefix, width=76)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="ab-.:/湘0", min_size=1, max_size=90), max_size=30))
def test_fill_matches_the_comment_wrapper(words: list[str]) -> None:
    words = [w for w in words if "--" not in w]
    assert _fill(words) == _comment_wrapper.wrap(" ".join(words))


def test_a_long_word_in_the_header_comment_settles_after_one_write(tmp_path) -> None:
    """Babel's wrapper leaves '#' alone on a line before a word too long for one (a long
    path); read back and written again, the header would grow by a line every time."""
    from prlocalize.catalog import read_catalog, write_catalog

    catalog = Catalog(domain="x", project="x")
    catalog.header_comment = "# Extracted by prlocalize from " + "folder-name/" * 8 + "x.md.\n#"
    catalog.add("Hello.", locations=[("x.md", 1)])
    path = tmp_path / "x.pot"
    write_catalog(path, catalog)
    first = path.read_text(encoding="utf-8")
    assert "\n#\n# folder-name/" not in first
    for _ in range(3):
        write_catalog(path, read_catalog(path))
        assert path.read_text(encoding="utf-8") == first


@settings(max_examples=100, deadline=None)
@given(messages=st.lists(_MESSAGE, max_size=8))
def test_remembered_entries_render_as_each_catalog_would(messages: list[dict]) -> None:
    # update renders one template's catalogs for every locale with one memory of the
    # untranslated entries: each catalog's text must be what it renders to alone
    texts: dict[tuple[object, ...], str] = {}
    for locale in ("ja", "ko", "ja"):
        catalog = Catalog(locale=locale, domain="r", project="r")
        for m in messages:
            string = m["string"] if locale == "ja" else ""  # translated in one locale only
            catalog.add(
                m["id"],
                string,
                locations=m["locations"],
                flags=m["flags"],
                auto_comments=m["auto"],
                user_comments=m["user"],
                context=m["context"],
                previous_id=m["previous"] or (),
            )
        assert render_po(catalog, texts) == render_po(catalog)


def test_update_renders_an_untranslated_entry_once_for_all_locales(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prlocalize.catalog import render
    from prlocalize.catalog.io import po_path, read_catalog
    from prlocalize.catalog.workflow import extract, update

    release = tmp_path / "r.txt"
    release.write_text("One sentence here.\n\nAnother one there.\n\nA third.\n", encoding="utf-8")
    locales = tmp_path / "locales"
    extract([release], locales, jobs=1)
    rendered: list[str] = []
    original = render._message

    def counted(out: list[str], message: Message) -> None:
        rendered.append(str(message.id))
        original(out, message)

    monkeypatch.setattr(render, "_message", counted)
    update(locales, ["ja", "ko", "de"], jobs=1)
    assert sorted(rendered) == ["A third.", "Another one there.", "One sentence here."]
    # each catalog is still its own: its header, and a translation where it has one
    ja = po_path(locales, "ja", "r")
    text = ja.read_text(encoding="utf-8")
    entry = 'msgid "A third."\nmsgstr '
    ja.write_text(text.replace(entry + '""', entry + '"三つ目。"'), encoding="utf-8")
    rendered.clear()
    update(locales, ["ja", "ko"], jobs=1)
    assert rendered == []  # nothing changed: no catalog rendered again
    assert read_catalog(po_path(locales, "ja", "r")).get("A third.").string == "三つ目。"
    assert '"Language: ko\\n"' in po_path(locales, "ko", "r").read_text(encoding="utf-8")


def test_render_blocks_are_the_text_in_utf8_with_the_header_alone_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # extract writes a template from these blocks: joined, they must be render_po's bytes
    from prlocalize.catalog import render

    monkeypatch.setattr(render, "_BLOCK", 120)  # a few entries a block
    catalog = Catalog(project="r", fuzzy=False)
    for n in range(40):
        catalog.add(f"Sentence “{n}” of the release.", locations=[("r.html", n + 1)])
    blocks = render.render_blocks(catalog)
    text = render_po(catalog)
    assert b"".join(blocks) == text.encode("utf-8")
    assert len(blocks) > 5
    assert blocks[0].decode("utf-8") == text[: text.index("#: r.html:1\n")]
    assert all(blocks)


def test_render_blocks_of_a_catalog_babel_renders_are_its_text() -> None:
    from prlocalize.catalog.render import render_blocks

    catalog = Catalog(project="r", fuzzy=False)
    catalog.add(("One item", "%(n)s items"), locations=[("r.html", 1)])  # a plural
    assert render_blocks(catalog) == [render_po(catalog).encode("utf-8")]
