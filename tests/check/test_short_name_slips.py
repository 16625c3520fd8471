"""A slip in a short word of a glossary person's name (PR102): 'Kenij Sato' (two letters
swapped), 'Elana Marsh' where the release also writes 'Elena Marsh', '김민쥰' where it
also writes '김민준'. Another person one letter away ('Yuka Sato', '박서현') is left
alone when the release never writes the glossary's person."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.name_slips import name_slip_index

Run = Callable[..., Result]


def _glossary(*rows: tuple[Kind, str, str]) -> Glossary:
    return Glossary(
        [Entry(f"e:{i}", kind, {lang: Term(form)}) for i, (kind, lang, form) in enumerate(rows)]
    )


GLOSSARY = _glossary(
    (Kind.PERSON, "en", "Kenji Sato"),
    (Kind.PERSON, "en", "Elena Marsh"),
    (Kind.PERSON, "en", "Yuki Tanaka"),
    (Kind.PERSON, "en", "Mark Chen"),
    (Kind.PERSON, "en", "Margaret E. Hollis"),
    (Kind.TITLE, "en", "Chief Executive Officer"),
    (Kind.ORG, "en", "Sato Holdings"),
    (Kind.PERSON, "ko", "김민준"),
    (Kind.PERSON, "ko", "박서연"),
    (Kind.PERSON, "ko", "정부호"),
    (Kind.PERSON, "ko", "사토 겐지"),
)


def _slips(text: str, locale: str = "en") -> list[tuple[str, tuple[str, ...]]]:
    index = name_slip_index(GLOSSARY, locale)
    return [(slip.written, slip.approved) for slip in index.slips(text, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two letters swapped: a slip even where the name is written once
        ("Kenij Sato will attend.", [("Kenij", ("Kenji",))]),
        ("Kenji Stao will attend.", [("Stao", ("Sato",))]),
        ("KENIJ SATO will attend.", [("KENIJ", ("KENJI",))]),
        # a letter changed, added or dropped: only beside the name written right
        ("Elena Marsh joined in 2019. Elana Marsh leads sales.", [("Elana", ("Elena",))]),
        ("Yuki Tanaka opened it; Yuki Tanka spoke.", [("Tanka", ("Tanaka",))]),
        ("Elana Marsh leads sales.", []),
        # a middle initial between the words of the name
        (
            "Margaret E. Hollis, Partner. The keynote is by Margaret E. Holis.",
            [("Holis", ("Hollis",))],
        ),
        ("The keynote is by Margaret E. Holis.", []),
        ("Margaret E. Hollis met Joan E. Holis.", []),
        # a letter changed into another Japanese family name: another person
        ("Kenji Sato opened it; Kenji Salo spoke.", [("Salo", ("Sato",))]),
        ("Kenji Sato opened it; Kenji Saso spoke.", []),
        ("Yuki Tanaka opened it; Yuki Tanoka spoke.", []),
        ("Kenji Sato opened it; Kenji Kato spoke.", []),
        ("Yuki Tanka spoke.", []),
        ("Mary Chen spoke.", []),
        # the name written right, the glossary's own words, other names
        ("Kenji Sato and Elena Marsh spoke.", []),
        ("Kenji Saito spoke.", []),  # two edits
        ("Sato Holdings and Kenji Sato.", []),
        ("Kenij, Sato and Ono met.", []),  # not one name: a comma between
        ("Kenji Satos", []),  # a plural is no slip
        ("Kenij alone.", []),  # no other word of the name beside it
        # a name written right inside a longer word does not count as written right
        ("Kenji Satoh spoke. Kenji Sa to.", []),
    ],
)
def test_latin_slips(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _slips(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김민준 대표가 선임됐다. 김민쥰 대표는 2019년 입사했다.", [("김민쥰", ("김민준",))]),
        ("김민준 대표가 선임됐다. 김민쥰은 2019년 입사했다.", [("김민쥰", ("김민준",))]),
        ("박서연 상무가 선임됐다. 박서염 상무는 2019년 입사했다.", [("박서염", ("박서연",))]),
        # the given name's two syllables in the other order, beside the name written right
        ("박서연 상무가 선임됐다. 박연서 상무는 말했다.", [("박연서", ("박서연",))]),
        ("김민준 대표와 김준민은 말했다.", [("김준민", ("김민준",))]),
        ("박연서 상무가 참석했다.", []),
        # another person, where the release never writes the glossary's
        ("김민쥰 대표는 2019년 입사했다.", []),
        # ... or where the other syllable is one names are made of ('서현', '서연')
        ("박서연 상무와 박서현 상무가 참석했다.", []),
        ("박서현 상무가 참석했다.", []),
        # two jamo apart, the name written right, a word and its particle
        ("김민준 대표와 김민지 팀장이 참석했다.", []),
        ("김민준은 말했다.", []),
        ("정부호 이사는 정부로 돌아갔다.", []),
        # the family syllable differs: another family
        ("김민준 대표와 금민준 씨가 참석했다.", []),
    ],
)
def test_korean_slips(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _slips(text, "ko") == expected


def test_only_persons_are_indexed() -> None:
    glossary = _glossary((Kind.TITLE, "en", "Vice Chair"), (Kind.ORG, "en", "Sato Foods"))
    assert not name_slip_index(glossary, "en")


def test_check_reports_each_slip_with_its_fix(run_cli: Run, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,ko,kind\nKenji Sato,佐藤 健二,사토 겐지,person\n"
        "Elena Marsh,エレナ・マーシュ,엘레나 마시,person\n"
        "Kim Min-jun,キム・ミンジュン,김민준,person\n",
        encoding="utf-8",
    )
    release = tmp_path / "en.txt"
    release.write_text(
        "Kenij Sato and Elena Marsh spoke. Elana Marsh added a note. Yuka Sato did not.\n",
        encoding="utf-8",
    )
    korean = tmp_path / "ko.txt"
    korean.write_text("김민준 대표가 선임됐다. 김민쥰 대표는 말했다.\n", encoding="utf-8")
    result = run_cli("check", str(release), str(korean), "-g", str(glossary), "--format", "json")
    assert result.exit_code == 1, result.stderr
    found = [
        (f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]
    ]
    assert found == [
        ("PR102", "Kenij", "Kenji"),
        ("PR102", "Elana", "Elena"),
        ("PR102", "김민쥰", "김민준"),
    ]
    # a suggested fix: another person may be meant, so --fix leaves it to a person
    diff = run_cli("check", str(release), str(korean), "-g", str(glossary), "--diff", "--unsafe")
    assert "+Kenji Sato and Elena Marsh spoke. Elena Marsh" in diff.stdout
    assert "+김민준 대표가 선임됐다. 김민준 대표는 말했다." in diff.stdout


ORGS = _glossary(
    (Kind.ORG, "en", "Sakura Bank"),
    (Kind.ORG, "en", "Tokyo Gas"),
    (Kind.ORG, "en", "Japan Post"),
    (Kind.ORG, "en", "Canon Inc."),
    (Kind.ORG, "en", "Otsuka Pharmaceutical"),
    (Kind.PLACE, "en", "New York"),
    (Kind.PLACE, "en", "North America"),
    (Kind.BRAND, "en", "Blue Note"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short word of a name of two words or more, slipped as only fingers do
        ("Sakura Bnak agreed.", ["Sakura Bank"]),
        ("Sakura Bannk agreed.", ["Sakura Bank"]),
        ("Japan Pst said.", ["Japan Post"]),
        ("At Blue Ntoe tonight.", ["Blue Note"]),
        # other words, inflections, a legal form, prose, long words (the word index's)
        ("In Tokyo has the most users.", []),
        ("Japan most of all.", []),
        ("New Work begins.", []),
        ("Blue Nose.", []),
        ("North American sales.", []),
        ("Canon Ink is sold.", []),
        ("Sakura Bank's branch.", []),
        ("Otsuki Pharmaceutical", []),
        ("The Sakura bnak", []),
    ],
)
def test_a_short_word_of_an_organisation_or_place(text: str, expected: list[str]) -> None:
    from prlocalize.rules.nearmiss import term_near_miss_index

    index = term_near_miss_index(ORGS, "en")
    assert [miss.entry.term("en").text for miss in index.find(text)] == expected  # type: ignore[union-attr]


def test_check_reports_a_slip_in_an_organisation(run_cli: Run, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,ja,ko,kind\nSakura Bank,さくら銀行,사쿠라은행,org\n", encoding="utf-8")
    release = tmp_path / "en.txt"
    release.write_text("Sakura Bnak and Sakura Bank agreed.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"], finding["suggestion"]) == (
        "PR102",
        "Sakura Bnak",
        "Sakura Bank",
    )


HYPHENS = _glossary(
    (Kind.PERSON, "en", "Kim Min-jun"),
    (Kind.PERSON, "en", "Oh Youngju"),
    (Kind.PERSON, "en", "Kenji Sato"),
    (Kind.PERSON, "en", "Kato, M."),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Minjun spoke.", [("Kim Minjun", ("Kim Min-jun",))]),
        ("Kim Min Jun spoke.", [("Kim Min Jun", ("Kim Min-jun",))]),
        ("Oh Young-ju spoke.", [("Oh Young-ju", ("Oh Youngju",))]),
        ("Kenji-Sato spoke.", [("Kenji-Sato", ("Kenji Sato",))]),
        # as the glossary writes it, in other case only, or not the name's letters
        ("Kim Min-jun spoke; Kenji Sato-led teams.", []),
        ("KIM MIN-JUN and Kim Min-Jun spoke.", []),
        ("Min-jun Kim spoke.", []),  # reversed: name-order's
        ("Kim Minjung spoke.", []),
        ("Kenji  Sato spoke.", []),  # a doubled space: spacing's
    ],
)
def test_a_name_with_other_hyphens_or_spaces(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    index = name_slip_index(HYPHENS, "en")
    assert [(slip.written, slip.approved) for slip in index.separated(text)] == expected


def test_check_reports_a_name_hyphenated_otherwise(run_cli: Run, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,ko,kind\nKim Min-jun,キム・ミンジュン,김민준,person\n", encoding="utf-8"
    )
    release = tmp_path / "en.txt"
    release.write_text("Kim Min-jun opened it. Kim Minjun spoke.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"], finding["suggestion"]) == (
        "PR102",
        "Kim Minjun",
        "Kim Min-jun",
    )
    assert "other hyphens or spaces" in finding["message"]
