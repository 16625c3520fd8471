"""Glossaries exported by localisation platforms (Crowdin, Lokalise, Smartling): each
language's term and its fields in columns named with the language, and entry fields
of the platform's own. They load as they are exported."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.problems import Level

CROWDIN = (
    "Term [en],Description [en],Part of Speech [en],Type [en],Status [en],Term [ja],"
    "Status [ja],Term [ko],Status [ko],Concept Definition,Concept Subject,Concept URL\n"
    "Ferncliff Dairy Cooperative,Full legal name,proper noun,full form,preferred,"
    "ファーンクリフ酪農協同組合,preferred,펀클리프 낙농협동조합,preferred,"
    "Dairy cooperative in Hokkaido,organization,https://example.org\n"
    "Ayumi Hoshino,,proper noun,,preferred,星野 歩,,호시노 아유미,,Chair since 2025,person,\n"
    "Ferncliff Milk,,proper noun,,obsolete,ファーンクリフ牛乳,obsolete,,,,organization,\n"
)


def _errors(parsed: object) -> list[object]:
    return [p for p in parsed.problems if p.level is Level.ERROR]  # type: ignore[attr-defined]


def test_a_crowdin_export_loads_with_its_subject_as_kind_and_definitions_as_notes() -> None:
    parsed = parse_csv(CROWDIN, "crowdin.csv")
    assert _errors(parsed) == []
    org, person, old = parsed.entries
    assert (org.kind.value, person.kind.value) == ("org", "person")
    assert org.term("ja").text == "ファーンクリフ酪農協同組合"
    assert org.note == "Dairy cooperative in Hokkaido; Full legal name"
    assert person.term("ko").text == "호시노 아유미"
    # every term of the row obsolete: forms not to use
    assert old.term("en").forbidden == ("Ferncliff Milk",)


LOKALISE = (
    "term;description;casesensitive;translatable;forbidden;tags;ja;ja_description;ko;"
    "ko_description\n"
    "Ferncliff Dairy Cooperative;Company name;1;1;0;org;ファーンクリフ酪農協同組合;;"
    "펀클리프 낙농협동조합;\n"
    "MooTrack;Herd app, keep in Latin script;1;0;0;brand;MooTrack;;MooTrack;\n"
    "raw milk;Do not use in consumer copy;0;1;1;term;生乳;;원유;\n"
)


def test_a_lokalise_export_reads_translatable_and_forbidden() -> None:
    parsed = parse_csv(LOKALISE, "lokalise.csv")
    assert _errors(parsed) == []
    org, app, banned = parsed.entries
    assert org.kind.value == "org" and org.term("en").text == "Ferncliff Dairy Cooperative"
    assert app.kind.value == "brand" and app.dnt
    assert not org.dnt
    assert banned.term("ja").forbidden == ("生乳",)
    assert org.note == "Company name"


SMARTLING = (
    "Term,Part of Speech,Definition,Notes,Do Not Translate,Case Sensitive,Exact Match,"
    "Variations,ja-JP,ja-JP Notes,ko-KR,ko-KR Notes\n"
    "Ferncliff Dairy Cooperative,Proper Noun,Dairy cooperative,Full name first,No,Yes,Yes,"
    "Ferncliff Dairy,ファーンクリフ酪農協同組合,,펀클리프 낙농협동조합,\n"
    "MooTrack,Proper Noun,Herd app,,Yes,Yes,Yes,,,,,\n"
)


def test_a_smartling_export_without_kinds_reads_as_terms_and_says_so() -> None:
    parsed = parse_csv(SMARTLING, "export.csv")
    assert _errors(parsed) == []
    org, app = parsed.entries
    assert org.term("en").variants == ("Ferncliff Dairy",)
    assert org.term("ja").text == "ファーンクリフ酪農協同組合"
    assert app.dnt and app.kind.value == "term"
    assert [p.code for p in parsed.problems if p.level is Level.WARNING] == ["kind-default"]


def test_a_sheet_kept_by_hand_with_a_note_per_language_is_read_as_before() -> None:
    text = "kind,en,ja,Note (JA)\nterm,dairy farm,酪農場,usually 牧場 in ads\n"
    before = parse_csv(text, "g.csv")
    assert [e.term("ja").text for e in before.entries] == ["酪農場"]
