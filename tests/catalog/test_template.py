"""build_template: one message per distinct segment text, with locations, ids and hints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from catalog_support import assert_valid_catalog, make_document, small_glossary
from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.catalog import build_template, catalog_text, write_catalog
from prlocalize.catalog.template import NEEDS_TRANSLATOR, GlossaryHints, new_template
from prlocalize.document import Document
from prlocalize.glossary.model import Glossary

WHEN = dt.datetime(2024, 5, 10, 9, 30, tzinfo=dt.UTC)


def test_identical_sentences_share_one_message_with_every_location() -> None:
    doc = make_document(
        ["Press Release", ["It rained.", "Press Release"], "Press Release"], path="r.txt"
    )
    catalog = build_template([doc], creation_date=WHEN)
    messages = [m for m in catalog if m.id]
    assert [m.id for m in messages] == ["Press Release", "It rained."]
    assert messages[0].locations == [("r.txt", 1), ("r.txt", 3), ("r.txt", 5)]
    assert messages[0].auto_comments == ["segments: b1.s1 b2.s2 b3.s1"]
    assert messages[1].auto_comments == ["segment: b2.s1"]


def test_context_separates_messages() -> None:
    doc = make_document(["Top", "Top"], contexts=["breadcrumb", None])
    catalog = build_template([doc], creation_date=WHEN)
    assert [(m.id, m.context) for m in catalog if m.id] == [("Top", "breadcrumb"), ("Top", None)]


def test_header_is_filled(tmp_path: Path) -> None:
    doc = make_document(["Growth of 10% in 2024."], path="news/r.txt")
    catalog = build_template([doc], creation_date=WHEN)
    path = tmp_path / "r.pot"
    write_catalog(path, catalog)
    text = path.read_text(encoding="utf-8")
    assert '"Project-Id-Version: r 1.0\\n"' in text
    assert '"POT-Creation-Date: 2024-05-10 09:30+0000\\n"' in text
    assert '"Content-Type: text/plain; charset=utf-8\\n"' in text
    assert "# Extracted by prlocalize from news/r.txt." in text
    assert "python-format" not in text  # "10% in" is prose, not a format string
    assert_valid_catalog(path)


def test_glossary_hints(glossary: Glossary, tmp_path: Path) -> None:
    doc = make_document(
        ["Hiroaki Ueno met Yasushi Kajii of iPark Institute Co., Ltd. on LinkedIn."]
    )
    catalog = build_template([doc], glossary, ["ja", "ko"], creation_date=WHEN)
    (message,) = [m for m in catalog if m.id]
    assert message.auto_comments == [
        "Hiroaki Ueno → ja: 上野 裕明 · ko: 히로아키 우에노",
        f"Yasushi Kajii → ja, ko: {NEEDS_TRANSLATOR}",
        "iPark Institute Co., Ltd. → ja: アイパークインスティチュート株式会社 · ko: "
        "아이파크 인스티튜트",
        "LinkedIn → keep as written (do not translate)",
        "segment: b1.s1",
    ]
    path = tmp_path / "release.pot"
    write_catalog(path, catalog)
    rows = assert_valid_catalog(path)
    assert rows[0][6] == tuple(message.auto_comments)  # each hint reads back as one comment


def test_hints_name_the_short_forms_also_accepted() -> None:
    """A translator who sees only '中小ベンチャー企業部' takes the release's '中企部' for a
    slip: the accepted forms are named, but not a bracketed cell that merely holds the
    approved form."""
    from prlocalize.glossary.model import Entry, Kind, Term

    glossary = Glossary(
        [
            Entry(
                "org:mss",
                Kind.ORG,
                {
                    "en": Term("Ministry of SMEs and Startups", ("MSS",)),
                    "ja": Term(
                        "中小ベンチャー企業部", ("中小ベンチャー企業部（中企部）", "中企部")
                    ),
                    "ko": Term("중소벤처기업부"),
                },
            )
        ]
    )
    doc = make_document(["The Ministry of SMEs and Startups spoke."])
    catalog = build_template([doc], glossary, ["ja", "ko"], creation_date=WHEN)
    (message,) = [m for m in catalog if m.id]
    assert message.auto_comments[0] == (
        "Ministry of SMEs and Startups → ja: 中小ベンチャー企業部 (also 中企部) · "
        "ko: 중소벤처기업부"
    )


def test_hint_locales_default_to_the_glossary_locales(glossary: Glossary) -> None:
    doc = make_document(["Hiroaki Ueno spoke."])
    catalog = build_template([doc], glossary, creation_date=WHEN)
    (message,) = [m for m in catalog if m.id]
    assert message.auto_comments[0] == "Hiroaki Ueno → ja: 上野 裕明 · ko: 히로아키 우에노"


def _reference_template(doc: Document, glossary: Glossary, locales: list[str]) -> Catalog:
    """build_template written the plain way: Catalog.add per distinct (text, context)."""
    catalog = new_template(doc.stem, [doc], WHEN)
    hints = GlossaryHints(glossary, locales)
    seen: dict[tuple[str, str | None], tuple[list[tuple[str, int]], list[str]]] = {}
    for block in doc.blocks:
        for segment in block.segments:
            if segment.text.strip():
                entry = seen.setdefault((segment.text, block.context), ([], []))
                entry[0].append((doc.path, doc.position(segment.span.start).line))
                entry[1].append(segment.id)
    for (text, context), (locations, ids) in seen.items():
        comments = hints._find(text, doc.lang) + _reference_id_comments(ids)
        message = catalog.add(
            text, "", locations=locations, auto_comments=comments, context=context
        )
        message.flags.discard("python-format")
        message.flags.discard("python-brace-format")
    return catalog


def _reference_id_comments(ids: list[str]) -> list[str]:
    unique = list(dict.fromkeys(ids))
    comments: list[str] = []
    line = "segment:" if len(unique) == 1 else "segments:"
    for segment_id in unique:
        if len(line) + 1 + len(segment_id) > 72 and not line.endswith(":"):
            comments.append(line)
            line = "segments:"
        line += f" {segment_id}"
    comments.append(line)
    return comments


_SENTENCES = st.sampled_from(
    ["Hiroaki Ueno spoke.", "Growth of 10% in {year}.", "Top", " ", "LinkedIn", "Yasushi Kajii"]
)


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(st.lists(_SENTENCES, min_size=1, max_size=4), min_size=1, max_size=30),
    contexts=st.lists(st.sampled_from([None, "breadcrumb"]), min_size=30, max_size=30),
)
def test_template_matches_catalog_add(paragraphs: list[list[str]], contexts: list) -> None:
    doc = make_document(paragraphs, contexts=contexts[: len(paragraphs)])
    glossary = small_glossary()
    expected = _reference_template(doc, glossary, ["ja", "ko"])
    shared = GlossaryHints(glossary, ["ja", "ko"])
    for _ in range(2):  # the second time from the shared hints' cache
        catalog = build_template([doc], creation_date=WHEN, hints=shared)
        assert catalog_text(catalog) == catalog_text(expected)
        assert [vars(m) for m in catalog] == [vars(m) for m in expected]


def test_messages_are_stored_under_babel_s_keys_without_its_merge_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each (text, context) is new to the template: Babel's __setitem__ (a header check
    # and a merge lookup a message, a tenth of building a release's template) is skipped
    calls: list[object] = []
    original = Catalog.__setitem__

    def counted(self: Catalog, id: object, message: object) -> None:
        calls.append(id)
        original(self, id, message)  # type: ignore[arg-type]

    monkeypatch.setattr(Catalog, "__setitem__", counted)
    doc = make_document(["Top", ["Top", "Sales rose."], "Top"], contexts=["breadcrumb", None, None])
    catalog = build_template([doc], creation_date=WHEN)
    assert calls == []
    assert catalog.get("Top", context="breadcrumb").locations == [("release.txt", 1)]
    assert catalog.get("Top").locations == [("release.txt", 3), ("release.txt", 5)]
    assert catalog.get("Sales rose.").auto_comments == ["segment: b2.s2"]
    assert len(catalog) == 3


def test_shared_hints_are_not_changed_by_their_users(glossary: Glossary) -> None:
    hints = GlossaryHints(glossary, ["ja"])
    doc = make_document(["Hiroaki Ueno spoke."])
    segment = doc.blocks[0].segments[0]
    first = hints.for_segment(segment, "en")
    first.append("segment: b1.s1")
    assert hints.for_segment(segment, "en") == ["Hiroaki Ueno → ja: 上野 裕明"]


def test_release_template_lets_the_document_go_and_makes_the_same_template() -> None:
    from prlocalize.catalog.template import release_template

    document = make_document([["Tokyo is large.", "It rained."], "Tokyo is large."])
    creation = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    expected = build_template([document], creation_date=creation)
    held = [document]
    template = release_template(held)
    assert held == []  # the caller's only other reference went with it
    template.creation_date = creation
    assert catalog_text(template) == catalog_text(expected)


def test_release_templates_messages_share_one_empty_set_of_flags_and_of_comments() -> None:
    """extract's template, only rendered, gives its messages without flags, translator
    comments or previous msgid one shared empty set and list (each held its own: a fifth
    of what a huge release's template held), also where its comments repeat; the
    template build_template gives, which callers change, keeps its own; the texts agree."""
    from prlocalize.catalog.io import NO_FLAGS, NO_LIST
    from prlocalize.catalog.template import release_template

    document = make_document(["Tokyo is large.", "It rained.", "Tokyo is large."])
    template = release_template([document])
    expected = build_template([document], creation_date=template.creation_date)
    messages = [m for m in template if m.id]
    assert messages and all(m.flags is NO_FLAGS for m in messages)
    assert all(m.user_comments is NO_LIST and m.previous_id is NO_LIST for m in messages)
    own = [m for m in expected if m.id]
    own[0].flags.add("fuzzy")
    own[0].user_comments.append("checked")
    assert not NO_FLAGS and not NO_LIST
    from prlocalize.catalog.template import _message

    repeated = _message("Tokyo", [("r.html", 1)], ["a", "a"], None, shared=True)
    assert repeated.auto_comments == ["a"] and repeated.flags is NO_FLAGS
    assert repeated.user_comments is NO_LIST and repeated.previous_id is NO_LIST
    own[0].flags.discard("fuzzy")
    own[0].user_comments.clear()
    assert catalog_text(template) == catalog_text(expected)


def test_a_sentence_read_once_is_held_as_its_location_and_id(tmp_path: Path) -> None:
    """Extract gathers each sentence's locations and segment ids while the release's
    document is still held (a huge release's peak): a sentence that occurs once, nearly
    every one, is held as its location and id, not two lists of one (498 bytes a
    sentence, 322 now); one that recurs gets all of its locations and ids, in order."""
    import gc
    import tracemalloc

    from prlocalize.catalog.template import _read_messages, build_template
    from prlocalize.readers import read_document

    release = tmp_path / "r.txt"
    sentences = [f"Sentence number {i} of the release was written here." for i in range(5000)]
    release.write_text("Release\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    document = read_document(release, lang="en")
    pending: dict[object, object] = {}
    gc.collect()
    tracemalloc.start()
    try:
        _read_messages(document, pending, False)  # type: ignore[arg-type]
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held / len(pending) < 400, held / len(pending)
    twice = tmp_path / "twice.txt"
    twice.write_text("Head\n\nSaid twice.\n\nBetween.\n\nSaid twice.\n", encoding="utf-8")
    template = build_template([read_document(twice, lang="en")])
    message = template.get("Said twice.")
    assert message is not None
    assert [line for _name, line in message.locations] == [3, 7]
    assert message.auto_comments == ["segments: b2.s1 b4.s1"]
