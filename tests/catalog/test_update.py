"""update: merging templates into catalogs never loses a translator's work."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from babel.messages.catalog import Catalog, Message
from catalog_support import assert_valid_catalog, make_document
from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.catalog import (
    build_template,
    merge_catalog,
    read_catalog,
    update_catalog,
    write_catalog,
)
from prlocalize.catalog.workflow import extract, update
from prlocalize.errors import InputError

RELEASE_V1 = """\
Shonan iPark Welcomes Ten Bio-Ventures

May 10, 2024

The park opened in April 2018 as a science park started by a pharmaceutical company.

Today it hosts about 180 companies and more than 2,500 people.

The ventures were selected by the ministry after a review of their research plans.

Media contact: pr@example.com
"""

RELEASE_V2 = """\
Shonan iPark Welcomes Ten Bio-Ventures

May 10, 2024

The park opened in April 2018 as a science park started by a drug company.

Each venture receives laboratory space for two years.

Today it hosts about 180 companies and more than 2,500 people.

Media contact: pr@example.com
"""

TRANSLATIONS = {
    "Shonan iPark Welcomes Ten Bio-Ventures": "湘南アイパーク、バイオベンチャー10社を歓迎",
    "May 10, 2024": "2024年5月10日",
    "The park opened in April 2018 as a science park started by a pharmaceutical company.": (
        "同パークは、製薬企業が始めたサイエンスパークとして2018年4月に開所した。"
    ),
    "Today it hosts about 180 companies and more than 2,500 people.": (
        "現在、約180社、2,500人以上が入居している。"
    ),
    "The ventures were selected by the ministry after a review of their research plans.": (
        "各ベンチャーは研究計画の審査を経て同省が選定した。"
    ),
    "Media contact: pr@example.com": "報道関係のお問い合わせ：pr@example.com",
}
EDITED_OLD = "The park opened in April 2018 as a science park started by a pharmaceutical company."
EDITED_NEW = "The park opened in April 2018 as a science park started by a drug company."
DELETED = "The ventures were selected by the ministry after a review of their research plans."
INSERTED = "Each venture receives laboratory space for two years."


def _extract_and_update(release: Path, locales: Path) -> None:
    extract([release], locales)
    update(locales, ["ja"])


def test_translator_round_trip(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    locales = tmp_path / "locales"
    release.write_text(RELEASE_V1, encoding="utf-8")
    _extract_and_update(release, locales)
    po = locales / "ja" / "LC_MESSAGES" / "release.po"
    assert_valid_catalog(po)

    # a machine filled one message, marked fuzzy
    catalog = polib.pofile(str(po))
    catalog.find("Media contact: pr@example.com").msgstr = "メディア連絡先: pr@example.com"
    catalog.find("Media contact: pr@example.com").flags.append("fuzzy")
    catalog.save()

    # the translator's session in an editor: translations, a comment, the fuzzy flag
    # removed after review, and the editor's own line wrapping
    catalog = polib.pofile(str(po), wrapwidth=40)
    for entry in catalog:
        entry.msgstr = TRANSLATIONS[entry.msgid]
    catalog.find("May 10, 2024").tcomment = "date in the Japanese order"
    contact = catalog.find("Media contact: pr@example.com")
    contact.flags.remove("fuzzy")
    catalog.metadata["Last-Translator"] = "Hanako Yamada <hanako@example.com>"
    catalog.save()
    assert_valid_catalog(po)
    before = {e.msgid: e for e in polib.pofile(str(po))}

    # the source changes: one sentence edited, a paragraph inserted, one deleted
    release.write_text(RELEASE_V2, encoding="utf-8")
    extract([release], locales)
    (result,) = update(locales, ["ja"])
    assert (result.new, result.fuzzy, result.obsolete, result.kept) == (1, 1, 1, 4)
    assert_valid_catalog(po)

    after = polib.pofile(str(po))
    active = {e.msgid: e for e in after if not e.obsolete}
    for msgid, old in before.items():
        if msgid in (EDITED_OLD, DELETED):
            continue
        entry = active[msgid]
        assert entry.msgstr.encode() == old.msgstr.encode()
        assert entry.flags == old.flags == []
        assert entry.tcomment == old.tcomment
    assert active["May 10, 2024"].tcomment == "date in the Japanese order"

    edited = active[EDITED_NEW]
    assert edited.flags == ["fuzzy"]
    assert edited.previous_msgid == EDITED_OLD
    assert edited.msgstr == TRANSLATIONS[EDITED_OLD]
    assert active[INSERTED].msgstr == ""
    (gone,) = [e for e in after if e.obsolete]
    assert (gone.msgid, gone.msgstr) == (DELETED, TRANSLATIONS[DELETED])
    assert read_catalog(po, "ja").revision_date is not None
    assert "Hanako Yamada" in po.read_text(encoding="utf-8")

    # running it all again changes nothing
    text = po.read_text(encoding="utf-8")
    extract([release], locales)
    (again,) = update(locales, ["ja"])
    assert not again.written
    assert po.read_text(encoding="utf-8") == text


def _template(*msgids: str) -> Catalog:
    return build_template([make_document(list(msgids))])


def _translated(pairs: dict[str, str], locale: str = "ja") -> Catalog:
    catalog, _ = merge_catalog(None, _template(*pairs), locale)
    for message in catalog:
        if message.id:
            message.string = pairs[message.id]
    return catalog


def test_obsolete_entry_is_revived_when_its_text_comes_back() -> None:
    first = _translated({"Alpha beta gamma.": "アルファ", "Delta.": "デルタ"})
    second, counts = merge_catalog(first, _template("Delta."), "ja")
    assert counts.obsolete == 1
    third, counts = merge_catalog(second, _template("Delta.", "Alpha beta gamma."), "ja")
    assert third.get("Alpha beta gamma.").string == "アルファ"
    assert not third.get("Alpha beta gamma.").fuzzy
    assert counts.kept == 2 and not third.obsolete


def test_obsolete_translation_is_reused_for_a_similar_new_text() -> None:
    first = _translated({"The meeting was held in Fujisawa City.": "会合は藤沢市で開かれた。"})
    second, _ = merge_catalog(first, _template("Unrelated."), "ja")
    third, counts = merge_catalog(second, _template("The meeting was held in Fujisawa."), "ja")
    message = third.get("The meeting was held in Fujisawa.")
    assert message.fuzzy and message.string == "会合は藤沢市で開かれた。"
    assert message.previous_id == ["The meeting was held in Fujisawa City."]
    assert counts.fuzzy == 1


def test_untranslated_removed_messages_are_dropped_and_unrelated_ones_are_new() -> None:
    first, _ = merge_catalog(None, _template("Nothing here yet."), "ko")
    second, counts = merge_catalog(first, _template("Completely different words."), "ko")
    assert counts.new == 1 and counts.obsolete == 0 and not second.obsolete


def test_without_fuzzy_matching_changed_text_is_new() -> None:
    first = _translated({"The meeting was held in Fujisawa City.": "会合は藤沢市で開かれた。"})
    _, counts = merge_catalog(
        first, _template("The meeting was held in Fujisawa."), "ja", fuzzy_matching=False
    )
    assert (counts.new, counts.fuzzy, counts.obsolete) == (1, 0, 1)


def test_update_catalog_creates_then_merges(tmp_path: Path) -> None:
    po = tmp_path / "ko" / "LC_MESSAGES" / "r.po"
    result = update_catalog(po, _template("One.", "Two."), "ko")
    assert result.created and result.new == 2
    rows = assert_valid_catalog(po)
    assert [r[1] for r in rows] == ["One.", "Two."]
    text = po.read_text(encoding="utf-8")
    assert '"Language: ko\\n"' in text and '"Plural-Forms: nplurals=1; plural=0;\\n"' in text
    result = update_catalog(po, _template("One.", "Two."), "ko")
    assert not result.created and not result.written and result.kept == 2


def test_broken_catalog_stops_update_before_anything_is_written(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text("One.\n\nTwo.\n", encoding="utf-8")
    locales = tmp_path / "locales"
    extract([release], locales)
    update(locales, ["ja"])
    ko = locales / "ko" / "LC_MESSAGES" / "r.po"
    ko.parent.mkdir(parents=True)
    ko.write_text('msgid "One."\nmsgstr "하나\n', encoding="utf-8")
    ja = locales / "ja" / "LC_MESSAGES" / "r.po"
    ja_before = ja.read_bytes()
    release.write_text("One.\n\nThree.\n", encoding="utf-8")
    extract([release], locales)
    with pytest.raises(InputError) as info:
        update(locales, ["ja", "ko"])
    assert (info.value.path, info.value.line) == (str(ko), 2)
    assert ja.read_bytes() == ja_before


def test_plural_entries_of_a_hand_made_catalog_are_kept(tmp_path: Path) -> None:
    po = tmp_path / "ja" / "LC_MESSAGES" / "r.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
        'msgid "One file"\nmsgid_plural "%d files"\nmsgstr[0] "%d 個のファイル"\n\n'
        'msgid "Old sentence here."\nmsgstr "古い文。"\n',
        encoding="utf-8",
    )
    result = update_catalog(po, _template("Old sentence here!", "New."), "ja")
    assert (result.fuzzy, result.new, result.obsolete) == (1, 1, 1)
    assert_valid_catalog(po)
    assert "%d 個のファイル" in po.read_text(encoding="utf-8")


@pytest.mark.parametrize(("locale", "forms"), [("ja", 1), ("en", 2)])
def test_a_hand_made_template_s_plural_gets_one_empty_form_per_plural(
    tmp_path: Path, locale: str, forms: int
) -> None:
    """A plural of a hand-made template, new to a catalog (created or merged), is written
    with one empty msgstr per plural form of the locale: update ended in Babel's
    assertion traceback on a new catalog, and on a new plural in an old one."""
    template = _template("One.")
    template.add(("One file", "%(n)s files"), locations=[("r.txt", 2)])
    po = tmp_path / locale / "LC_MESSAGES" / "r.po"
    assert update_catalog(po, template, locale).new == 2
    entries = [e for e in polib.pofile(str(po)) if e.msgid_plural]
    assert [sorted(e.msgstr_plural) for e in entries] == [list(range(forms))]
    assert all(not text for e in entries for text in e.msgstr_plural.values())
    assert_valid_catalog(po)
    merged = tmp_path / "merged.po"
    update_catalog(merged, _template("One."), locale)
    assert update_catalog(merged, template, locale).new == 1
    assert_valid_catalog(merged)


def test_fuzzy_entry_removed_and_restored_stays_fuzzy(tmp_path: Path) -> None:
    po = tmp_path / "ja" / "LC_MESSAGES" / "r.po"
    update_catalog(po, _template("Machine translated.", "Kept."), "ja")
    catalog = read_catalog(po)
    message = catalog.get("Machine translated.")
    message.string = "機械翻訳。"
    message.flags.add("fuzzy")
    write_catalog(po, catalog)
    assert update_catalog(po, _template("Kept."), "ja").obsolete == 1
    assert "#, fuzzy\n#~ msgid" in po.read_text(encoding="utf-8")
    assert_valid_catalog(po)
    update_catalog(po, _template("Kept.", "Machine translated."), "ja")
    back = read_catalog(po).get("Machine translated.")
    assert back.string == "機械翻訳。" and back.fuzzy


def test_origin_of_an_unreviewed_translation_survives_update() -> None:
    first = _translated({"Machine translated.": "機械翻訳。", "Reviewed.": "確認済み。"})
    for msgid in ("Machine translated.", "Reviewed."):
        message = first.get(msgid)
        message.auto_comments.append("prlocalize: machine translation (deepl)")
    first.get("Machine translated.").flags.add("fuzzy")
    second, _ = merge_catalog(first, _template("Machine translated.", "Reviewed."), "ja")
    assert second.get("Machine translated.").auto_comments == [
        "segment: b1.s1",
        "prlocalize: machine translation (deepl)",
    ]
    assert second.get("Reviewed.").auto_comments == ["segment: b2.s1"]


def test_message_copy_is_copy_copy() -> None:
    import copy

    from babel.messages.catalog import Message

    from prlocalize.catalog.update import _copy

    # the shortcut holds only while Message keeps the default copy protocol
    assert not {"__copy__", "__reduce__", "__reduce_ex__", "__getstate__"} & set(vars(Message))
    message = Message("Hello", "こんにちは", [("r.txt", 3)], {"fuzzy"}, ["hint"], ["mine"],
                      ["Hi"], 7, "ctx")  # fmt: skip
    copied = _copy(message)
    assert copied is not message
    assert vars(copied) == vars(copy.copy(message))  # no field of Message left out
    assert vars(copied) == vars(Message("Hello", "こんにちは", [("r.txt", 3)], {"fuzzy"},
                                        ["hint"], ["mine"], ["Hi"], 7, "ctx"))  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    paragraphs=st.lists(
        st.sampled_from(["Top", "It rained.", "Growth of 10% in 2024.", "{x} ok", "Top"]),
        max_size=8,
    )
)
def test_new_catalog_is_the_merge_with_an_empty_one(paragraphs: list[str]) -> None:
    template = build_template([make_document(paragraphs)])
    template.add("Hand-made", "", flags=["fuzzy", "python-format"], context="menu")
    fresh, counts = merge_catalog(None, template, "ja")
    merged, expected = merge_catalog(Catalog(locale="ja"), template, "ja")
    assert counts == expected
    assert [vars(m) for m in fresh if m.id] == [vars(m) for m in merged if m.id]
    assert not fresh.obsolete


def test_new_catalog_stores_its_entries_without_babels_merge_lookup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every key of a new catalog is new: Babel's __setitem__ (a header check and a merge
    # lookup per message) finds out nothing
    from prlocalize.catalog.headers import HeaderCatalog

    template = build_template([make_document(["It rained.", "Top", "Growth of 10% in 2024."])])
    template.add("Menu", "", context="nav")
    stored: list[object] = []
    setitem = HeaderCatalog.__setitem__

    def counted(self: HeaderCatalog, id: object, message: Message) -> None:
        stored.append(id)
        setitem(self, id, message)

    monkeypatch.setattr(HeaderCatalog, "__setitem__", counted)
    fresh, counts = merge_catalog(None, template, "ja")
    assert stored == []
    assert counts.new == 4
    assert fresh.get("Menu", context="nav") is not None and fresh.get("Top") is not None
    monkeypatch.undo()
    merged, _ = merge_catalog(Catalog(locale="ja"), template, "ja")
    assert [vars(m) for m in fresh if m.id] == [vars(m) for m in merged if m.id]


def test_a_catalog_read_for_update_holds_its_parse_and_reads_its_text_again_to_restyle(
    tmp_path: Path,
) -> None:
    """The catalog an update merges into is held as its parse only (a huge release's PO
    text is as large as the parse, and was held beside it, the template and the merged
    catalog); its bytes are read again to write the merge in the file's style (not decoded:
    a CJK catalog's text is twice its bytes), and a file changed since it was read is a
    concurrent change, merged again by the caller."""
    from prlocalize.catalog.workflow import OldCatalog, _read_with_snapshot
    from prlocalize.errors import ConcurrentChange

    po = tmp_path / "ja.po"
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, python-format\nmsgid "Tokyo"\nmsgstr "東京"\n'
    )
    po.write_text(text, encoding="utf-8")
    snap, old = _read_with_snapshot(po, "ja")
    assert isinstance(old, OldCatalog) and old.flagged and snap.digest == old.digest
    assert old.like() == (text.encode("utf-8"), old.catalog)
    po.write_text(text.replace("東京", "東京都"), encoding="utf-8")
    with pytest.raises(ConcurrentChange):
        old.like()


def test_the_catalogs_update_only_reads_share_one_empty_set_of_flags(tmp_path: Path) -> None:
    """A template and an old catalog that update merges from give their messages without
    flags one shared empty set (each held its own, 216 bytes, as much as its msgid);
    read_catalog's messages, which callers change, keep a set each; the merged messages
    are sets of their own, and a flag is still carried."""
    from prlocalize.catalog.io import NO_FLAGS, parse_catalog

    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Tokyo"\nmsgstr "東京"\n\n#, fuzzy\nmsgid "Osaka"\nmsgstr "大阪"\n'
    )
    for quick in (True, False):
        shared = parse_catalog(text, path="ja.po", quick=quick, shared_flags=True)
        assert shared.get("Tokyo").flags is NO_FLAGS
        assert shared.get("Osaka").flags == {"fuzzy"}
        own = parse_catalog(text, path="ja.po", quick=quick)
        own.get("Tokyo").flags.add("fuzzy")  # a caller's change stays in its message
        assert own.get("Osaka").flags == {"fuzzy"} and own.get("Tokyo").flags is not NO_FLAGS
    merged, _ = merge_catalog(shared, shared, "ja")
    merged.get("Tokyo").flags.add("fuzzy")
    assert not NO_FLAGS and merged.get("Osaka").fuzzy


def test_the_old_catalog_update_reads_shares_the_templates_strings_and_lists(
    tmp_path: Path,
) -> None:
    """The old catalog update merges from shares the template's msgid strings and the
    location and comment lists equal to its own, and one empty list for no comments or
    previous msgid (a huge release's template and old catalog held each twice): what it
    reads is the same, field by field, and the shared lists refuse a change in place."""
    from prlocalize.catalog.io import NO_LIST, parse_catalog
    from prlocalize.catalog.workflow import _read_with_snapshot

    head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    template_text = head + (
        '#. segment: b1.s1\n#: r.html:5\nmsgid "Tokyo"\nmsgstr ""\n\n'
        '#. segment: b2.s1\n#: r.html:7 r.html:9\nmsgid "Osaka"\nmsgstr ""\n\n'
        '#: r.html:11\nmsgctxt "nav"\nmsgid "Home"\nmsgstr ""\n'
    )
    old_text = head + (
        '#. segment: b1.s1\n#: r.html:5\nmsgid "Tokyo"\nmsgstr "東京"\n\n'
        '# checked\n#. segment: b2.s2\n#: r.html:7 r.html:9\nmsgid "Osaka"\nmsgstr "大阪"\n\n'
        '#: r.html:11\nmsgctxt "nav"\nmsgid "Home"\nmsgstr "ホーム"\n\n'
        'msgid "Gone"\nmsgstr "消えた"\n'
    )
    template = parse_catalog(template_text, path="r.pot", shared_flags=True)
    old = parse_catalog(old_text, path="ja.po", locale="ja", shared_flags=True, twins=template)
    alone = parse_catalog(old_text, path="ja.po", locale="ja")

    def fields(catalog: Catalog) -> list[object]:
        return [
            (m.id, m.string, m.locations, sorted(m.flags), m.auto_comments, m.user_comments,
             m.previous_id, m.lineno, m.context)
            for m in list(catalog)[1:]
        ]  # fmt: skip

    assert fields(old) == fields(alone)
    tokyo, t_tokyo = old.get("Tokyo"), template.get("Tokyo")
    assert tokyo.id is t_tokyo.id and tokyo.locations is t_tokyo.locations
    assert tokyo.auto_comments is t_tokyo.auto_comments and tokyo.previous_id is NO_LIST
    osaka, t_osaka = old.get("Osaka"), template.get("Osaka")
    assert osaka.locations is t_osaka.locations and osaka.auto_comments == ["segment: b2.s2"]
    assert old.get("Home", "nav").id is template.get("Home", "nav").id
    assert old.get("Gone").locations is NO_LIST and NO_LIST == []
    for change in (lambda: NO_LIST.append("x"), lambda: NO_LIST.extend(["x"])):
        with pytest.raises(TypeError):
            change()
    assert not NO_LIST
    # the merge reads them as before (what update writes is compared byte for byte at 5 MB)
    merged, counts = merge_catalog(old, template, "ja")
    again, expected = merge_catalog(alone, parse_catalog(template_text, path="r.pot"), "ja")
    assert counts == expected and fields(merged) == fields(again)
    po = tmp_path / "ja.po"
    po.write_text(old_text, encoding="utf-8")
    read = _read_with_snapshot(po, "ja", template)[1]
    assert read is not None and read.catalog.get("Tokyo").id is t_tokyo.id


def test_a_kept_translation_shares_the_templates_lists_and_the_translators_comments() -> None:
    """A message whose translation is kept or fuzzy takes the template's location and
    comment lists and the old message's translator comments as they are (as a new one
    does: a huge release's merged catalog held a copy of each); where an origin comment
    joins the template's, and where comments repeat, it has lists of its own, as Babel's
    Message makes them."""
    from prlocalize.catalog.update import ORIGIN_PREFIX

    template = Catalog(locale=None)
    template.add("Tokyo", locations=[("r.html", 5)], auto_comments=["segment: b1.s1"])
    template.add("Osaka is big.", locations=[("r.html", 7)], auto_comments=["segment: b2.s1"])
    old = Catalog(locale="ja")
    old.add("Tokyo", "東京", user_comments=["checked"])
    tokyo = old.get("Tokyo")
    tokyo.user_comments = ["checked", "checked", "again"]  # as a hand edit may leave them
    old.add(
        "Osaka is large.", "大阪は大きい。", flags=["fuzzy"],
        auto_comments=[f"{ORIGIN_PREFIX} machine translation"],
    )  # fmt: skip
    merged, counts = merge_catalog(old, template, "ja")
    assert (counts.kept, counts.fuzzy) == (1, 1)
    kept, t_kept = merged.get("Tokyo"), template.get("Tokyo")
    assert kept.locations is t_kept.locations and kept.auto_comments is t_kept.auto_comments
    assert kept.user_comments == ["checked", "again"] and kept.string == "東京"
    fuzzy, t_fuzzy = merged.get("Osaka is big."), template.get("Osaka is big.")
    assert fuzzy.locations is t_fuzzy.locations and fuzzy.fuzzy
    assert fuzzy.auto_comments == ["segment: b2.s1", f"{ORIGIN_PREFIX} machine translation"]
    assert t_fuzzy.auto_comments == ["segment: b2.s1"]
    untouched = Catalog(locale="ja")
    untouched.add("Tokyo", "東京", user_comments=["checked"])
    again, _ = merge_catalog(untouched, template, "ja")
    assert again.get("Tokyo").user_comments is untouched.get("Tokyo").user_comments
