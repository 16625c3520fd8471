"""PR105 compares the release's own spellings, not those inside cited names and titles."""

from __future__ import annotations

from pathlib import Path

from prlocalize.checking import check_document
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

REPO = Path(__file__).resolve().parents[2]


def _pr105(text: str) -> list[str]:
    glossary = load_glossaries([REPO / "glossaries"])
    document = parse_text(text, path="release.txt", format="text", lang="en")
    rules = select_rules(["PR105"])
    found = check_document(document, glossary, TermMatcher.build(glossary, "en"), rules)
    return [f.found for f in found]


def test_capitalised_term_in_a_cited_title_is_not_a_second_spelling() -> None:
    text = (
        "Ten bio-venture companies moved in.\n\n"
        "See also: iPark Institute Signs Agreement for Bioventure Innovation.\n"
    )
    assert _pr105(text) == []


def test_two_spellings_in_prose_are_reported() -> None:
    text = "Ten bio-venture companies moved in.\n\nThe bioventure sector grows.\n"
    assert _pr105(text) == ["bio-venture"]


def _pr105_ja(text: str) -> list[str]:
    from prlocalize.glossary.model import Entry, Glossary, Kind, Term

    glossary = Glossary(
        [
            Entry(
                "person:yamaguchi",
                Kind.PERSON,
                {"en": Term("Takeshi Yamaguchi"), "ja": Term("山口 武")},
            )
        ]
    )
    document = parse_text(text, path="release.txt", format="text", lang="ja")
    found = check_document(
        document, glossary, TermMatcher.build(glossary, "ja"), select_rules(["PR105"])
    )
    return [f.found for f in found]


def test_a_longer_japanese_name_is_another_person() -> None:
    # '山口 武史' holds the glossary's '山口 武' but names someone else
    assert _pr105_ja("報道関係各位\n\n学長：山口 武史\n\n山口武横浜市長が出席しました。\n") == []
    # the glossary's name with a space, then a title: one person written two ways
    assert _pr105_ja(
        "報道関係各位\n\n山口 武市長が挨拶しました。\n\n山口武横浜市長が出席しました。\n"
    ) == ["山口武"]


def _pr105_ko(text: str) -> list[str]:
    from prlocalize.glossary.model import Entry, Glossary, Kind, Term

    glossary = Glossary(
        [
            Entry(
                "place:cjj",
                Kind.PLACE,
                {
                    "en": Term("Cheongju International Airport"),
                    "ko": Term("청주국제공항", variants=("청주공항", "청주국재공항")),
                },
            )
        ]
    )
    document = parse_text(text, path="release.txt", format="text", lang="ko")
    found = check_document(
        document, glossary, TermMatcher.build(glossary, "ko"), select_rules(["PR105"])
    )
    return [f.found for f in found]


def test_a_korean_contraction_of_a_name_is_a_short_form() -> None:
    """'청주공항' drops '국제' from '청주국제공항', as Korean shortens names: a short form
    the glossary accepts, not a second spelling (a ratio of 80 made it one)."""
    text = '청주국제공항에서 출발한다.\n\n대표는 "청주공항에서 바로 간다"고 말했다.\n'
    assert _pr105_ko(text) == []


def test_a_korean_name_with_a_syllable_changed_is_still_a_second_spelling() -> None:
    text = "청주국제공항에서 출발한다.\n\n청주국재공항에서 도착한다.\n"
    assert _pr105_ko(text) == ["청주국재공항"]


def _pr105_sheet(tmp_path: Path, sheet: str, text: str) -> list[str]:
    (tmp_path / "sheet.csv").write_text(sheet, encoding="utf-8")
    glossary = load_glossaries([tmp_path / "sheet.csv"])
    document = parse_text(text, path="release.txt", format="text", lang="en")
    found = check_document(
        document, glossary, TermMatcher.build(glossary, "en"), select_rules(["PR105"])
    )
    return [f.found for f in found]


def test_a_plural_name_without_its_legal_form_is_a_short_form(tmp_path: Path) -> None:
    # a sheet lists a company's legal name and its short name on two rows; the release
    # gives the legal name first and the short one after, as wire style has it
    for long, short, ja in (
        ("Tomoe Precision Industries, Ltd.", "Tomoe Precision Industries", "巴精密工業"),
        ("Hanbit Systems Co., Ltd.", "Hanbit Systems", "ハンビット・システムズ"),
        ("Aster Holdings, Inc.", "Aster Holdings", "アスター・ホールディングス"),
    ):
        sheet = f'en,ja,ko,kind\n"{long}",{ja}株式会社,가나다,org\n{short},{ja},가나다,org\n'
        text = f"{long} signed the deal.\n\nThe CEO of {short} spoke.\n"
        assert _pr105_sheet(tmp_path, sheet, text) == [], long


def test_a_plural_name_spelt_two_ways_is_still_reported() -> None:
    # the short form test reads the forms as written: two full spellings stay two
    from prlocalize.glossary.model import Entry, Glossary, Kind, Term

    term = Term("Aster Holdings", variants=("Astor Holdings",))
    glossary = Glossary([Entry("org:aster", Kind.ORG, {"en": term})])
    text = "Aster Holdings signed the deal.\n\nAster Holdings and Astor Holdings spoke.\n"
    document = parse_text(text, path="release.txt", format="text", lang="en")
    found = check_document(
        document, glossary, TermMatcher.build(glossary, "en"), select_rules(["PR105"])
    )
    assert [f.found for f in found] == ["Astor Holdings"]
