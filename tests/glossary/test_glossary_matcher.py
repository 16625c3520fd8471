"""The term matcher: boundaries, case, CJK, widths, longest match, derived name forms."""

from __future__ import annotations

from prlocalize.glossary.matcher import FormKind, TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term


def _glossary() -> Glossary:
    return Glossary(
        [
            Entry(
                "person:mikio-kato",
                Kind.PERSON,
                {"en": Term("Mikio Kato", name=PersonName("Mikio", "Kato"))},
            ),
            Entry(
                "person:oh-youngju",
                Kind.PERSON,
                {
                    "en": Term("Oh Youngju", name=PersonName("Youngju", "Oh")),
                    "ja": Term("オ・ヨンジュ", name=PersonName("ヨンジュ", "オ")),
                    "ko": Term("오영주", name=PersonName("영주", "오")),
                },
            ),
            Entry(
                "person:ueno",
                Kind.PERSON,
                {"ja": Term("上野 裕明", name=PersonName("裕明", "上野"))},
            ),
            Entry(
                "title:minister",
                Kind.TITLE,
                {"en": Term("Minister", forbidden=("Minitster",)), "ja": Term("長官")},
            ),
            Entry(
                "title:minister-mss",
                Kind.TITLE,
                {"en": Term("Minister, Ministry of SMEs and Startups")},
            ),
            Entry("org:mss", Kind.ORG, {"en": Term("Ministry of SMEs and Startups")}),
            Entry(
                "org:takeda",
                Kind.ORG,
                {
                    "en": Term("Takeda Pharmaceutical Company Limited", variants=("Takeda",)),
                    "ja": Term("武田薬品工業株式会社"),
                },
            ),
            Entry("brand:x", Kind.BRAND, {"en": Term("X")}, dnt=True),
            Entry(
                "term:next-generation",
                Kind.TERM,
                {"en": Term("next-generation", forbidden=("nextgeneration",))},
            ),
            Entry("org:ips", Kind.ORG, {"en": Term("iPS Bio"), "ja": Term("アイピーエスバイオ")}),
        ]
    )


def _found(locale: str, text: str) -> list[tuple[str, str, str]]:
    matcher = TermMatcher.build(_glossary(), locale)
    result = []
    for m in matcher.find(text):
        assert text[m.start : m.end] == m.text
        result.append((m.entry.id, m.kind.value, m.text))
    return result


def test_word_boundaries() -> None:
    assert _found("en", "Takedas xMikio Kato Takeda1") == []
    assert _found("en", "Takeda's (Takeda) Takeda-based") == [
        ("org:takeda", "variant", "Takeda"),
        ("org:takeda", "variant", "Takeda"),
        ("org:takeda", "variant", "Takeda"),
    ]


def test_case_per_kind() -> None:
    assert _found("en", "the MINISTER and the minister") == [
        ("title:minister", "approved", "MINISTER"),
        ("title:minister", "approved", "minister"),
    ]
    assert _found("en", "takeda x") == []  # organisations and brands are case-sensitive
    assert _found("en", "NextGeneration") == [
        ("term:next-generation", "forbidden", "NextGeneration")
    ]


def test_cjk_matches_anywhere() -> None:
    assert _found("ja", "オ・ヨンジュ長官は武田薬品工業株式会社を訪れた") == [
        ("person:oh-youngju", "approved", "オ・ヨンジュ"),
        ("title:minister", "approved", "長官"),
        ("org:takeda", "approved", "武田薬品工業株式会社"),
    ]
    assert _found("ko", "오영주는") == [("person:oh-youngju", "approved", "오영주")]


def test_full_and_half_width() -> None:
    assert _found("en", "Ｍｉｋｉｏ　Ｋａｔｏ met ｉＰＳ Ｂｉｏ") == [
        ("person:mikio-kato", "approved", "Ｍｉｋｉｏ　Ｋａｔｏ"),
        ("org:ips", "approved", "ｉＰＳ Ｂｉｏ"),
    ]
    assert _found("ja", "ｱｲﾋﾟｰｴｽﾊﾞｲｵとｵ･ﾖﾝｼﾞｭ") == [
        ("org:ips", "approved", "ｱｲﾋﾟｰｴｽﾊﾞｲｵ"),
        ("person:oh-youngju", "approved", "ｵ･ﾖﾝｼﾞｭ"),
    ]


def test_decomposed_hangul_matches_composed_form() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "장관 오영주는")
    name = unicodedata.normalize("NFD", "오영주")
    assert _found("ko", text) == [("person:oh-youngju", "approved", name)]


def test_spans_survive_length_changing_folds() -> None:
    text = "ßİ ﬁ Minister ｶﾞ Mikio Kato"
    found = _found("en", text)
    assert found == [
        ("title:minister", "approved", "Minister"),
        ("person:mikio-kato", "approved", "Mikio Kato"),
    ]


def test_longest_match_wins() -> None:
    assert _found("en", "Minister, Ministry of SMEs and Startups") == [
        ("title:minister-mss", "approved", "Minister, Ministry of SMEs and Startups")
    ]
    assert _found("en", "Minister for Ministry of SMEs and Startups") == [
        ("title:minister", "approved", "Minister"),
        ("org:mss", "approved", "Ministry of SMEs and Startups"),
    ]


def test_glued_and_reversed_names() -> None:
    assert _found("en", "MikioKato, Kato Mikio, Youngju Oh, KatoMikio") == [
        ("person:mikio-kato", "glued", "MikioKato"),
        ("person:mikio-kato", "reversed", "Kato Mikio"),
        ("person:oh-youngju", "reversed", "Youngju Oh"),
        ("person:mikio-kato", "glued", "KatoMikio"),
    ]
    # unspaced Japanese names are normal writing, not glued
    assert _found("ja", "上野裕明、裕明 上野") == [
        ("person:ueno", "variant", "上野裕明"),
        ("person:ueno", "reversed", "裕明 上野"),
    ]


def test_forbidden_form_and_match_fields() -> None:
    [match] = TermMatcher.build(_glossary(), "en").find("the Minitster said")
    assert match.kind is FormKind.FORBIDDEN
    assert (match.start, match.end, match.form, match.locale) == (4, 13, "Minitster", "en")
    assert match.approved == "Minister"


def test_the_matcher_knows_whether_a_locale_has_forbidden_forms() -> None:
    # the translation checks skip their search for forbidden forms without any
    assert TermMatcher.build(_glossary(), "en").has_forbidden
    assert not TermMatcher.build(_glossary(), "ko").has_forbidden
    assert not TermMatcher.build(Glossary(), "en").has_forbidden


def test_a_sentence_with_a_character_folding_to_several_keeps_its_spans() -> None:
    # ㈜ folds to "(주)": the Korean text around it is folded in runs, not letter by letter
    text = "㈜사쿠라 X 계정, 오영주는 ㈜"
    assert _found("ko", text) == [
        ("brand:x", "approved", "X"),
        ("person:oh-youngju", "approved", "오영주"),
    ]


def test_dnt_entry_found_in_every_locale() -> None:
    assert _found("ko", "X 계정") == [("brand:x", "approved", "X")]


def test_build_is_cached_until_the_glossary_changes() -> None:
    glossary = _glossary()
    first = TermMatcher.build(glossary, "en")
    assert TermMatcher.build(glossary, "en") is first
    assert TermMatcher.build(glossary, "ja") is not first
    glossary.add(Entry("term:x", Kind.TERM, {"en": Term("roundtable")}))
    assert TermMatcher.build(glossary, "en") is not first


def test_empty_glossary_and_text() -> None:
    assert TermMatcher.build(Glossary(), "en").find("anything") == []
    assert TermMatcher.build(_glossary(), "en").find("") == []
