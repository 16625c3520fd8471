"""A glossary person's name with the glossary's letters set apart otherwise (PR102): a
Korean name with a space added ('최 민호' for '최민호'), a katakana name with a space for
its middle dot ('チョン ウジン' for 'チョン・ウジン'), a Latin name whose middle initial
lost its stop ('Daniel R Whitfield'). A Korean family syllable alone is also a word ('이',
'전', '한') and a given name may be one ('지원'), so a Korean name set apart counts only
where Korean writes a name with its title."""

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
    (Kind.PERSON, "ko", "최민호"),
    (Kind.PERSON, "ko", "이지원"),
    (Kind.PERSON, "ko", "전진"),
    (Kind.PERSON, "ko", "전지원"),
    (Kind.TITLE, "ko", "부산광역시장"),
    (Kind.PERSON, "ja", "チョン・ウジン"),
    (Kind.PERSON, "ja", "ダニエル・R・ホイットフィールド"),
    (Kind.PERSON, "ja", "佐々木 亮介"),
    (Kind.PERSON, "en", "Daniel R. Whitfield"),
)


def _spaced(text: str, locale: str) -> list[tuple[str, tuple[str, ...]]]:
    index = name_slip_index(GLOSSARY, locale)
    return [(slip.written, slip.approved) for slip in index.spaced_slips(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beside its title: after it, in brackets before it, later in a roster line
        ("해양수산부(장관 최 민호)는 4일 밝혔다.", [("최 민호", ("최민호",))]),
        ("최 민호 장관은 말했다.", [("최 민호", ("최민호",))]),
        ("최 민호장관은 말했다.", [("최 민호", ("최민호",))]),
        ("이 지원 부산광역시장이 참석했다.", [("이 지원", ("이지원",))]),
        ("- 전 진 해양수산부 차관", [("전 진", ("전진",))]),
        # written as the glossary writes it
        ("해양수산부(장관 최민호)는 4일 밝혔다.", []),
        # a family syllable and a given name that are words of the sentence
        ("이 지원은 2026년까지 이어진다.", []),
        ("장관은 이 지원이 필요하다고 말했다.", []),
        ("시장 전 지원 사업은 끝났다.", []),
        ("정부는 전 지원 대상을 늘린다.", []),
        ("전 진행 과정을 공개한다.", []),
    ],
)
def test_a_korean_name_set_apart(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _spaced(text, "ko") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("担当 チョン ウジン 局長", [("チョン ウジン", ("チョン・ウジン",))]),
        ("担当 チョン\u3000ウジン 局長", [("チョン\u3000ウジン", ("チョン・ウジン",))]),
        (
            "ダニエル R ホイットフィールド（最高経営責任者）",
            [("ダニエル R ホイットフィールド", ("ダニエル・R・ホイットフィールド",))],
        ),
        # the Latin dot a Korean keyboard types, or the half-width one, for '・'
        ("担当 チョン·ウジン 局長", [("チョン·ウジン", ("チョン・ウジン",))]),
        ("担当 チョン\uff65ウジン 局長", [("チョン\uff65ウジン", ("チョン・ウジン",))]),
        ("担当 チョン・ウジン 局長", []),
        ("ダニエル・R・ホイットフィールド氏", []),
        ("ソウル·プサン間の路線", []),
        # other katakana words set apart, and a Japanese name's own space
        ("チョン ミンス 局長、ウジン テクノロジー", []),
        ("佐々木 亮介 学長", []),
    ],
)
def test_a_katakana_name_with_a_space_for_its_dot(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _spaced(text, "ja") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("named Daniel R Whitfield as CEO", [("Daniel R Whitfield", ("Daniel R. Whitfield",))]),
        ("named Daniel R. Whitfield as CEO", []),
        ("named Daniel Whitfield as CEO", []),
    ],
)
def test_a_middle_initial_without_its_stop(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    index = name_slip_index(GLOSSARY, "en")
    assert [(s.written, s.approved) for s in index.separated(text)] == expected


def test_a_long_katakana_run_is_read_in_linear_time() -> None:
    index = name_slip_index(GLOSSARY, "ja")
    text = "ア " * 50_000
    assert list(index.spaced_slips(text)) == []


@pytest.mark.parametrize(
    ("release", "found", "suggestion", "words"),
    [
        ("ko.txt", "최 민호", "최민호", "set apart by a space"),
        ("ja.txt", "チョン ウジン", "チョン・ウジン", "set apart by a space"),
        ("en.txt", "Daniel R Whitfield", "Daniel R. Whitfield", "without the stop"),
    ],
)
def test_check_reports_a_name_set_apart_otherwise(
    run_cli: Run, tmp_path: Path, release: str, found: str, suggestion: str, words: str
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,ko,kind\n"
        "Choi Min-ho,チェ・ミンホ,최민호,person\n"
        "Jeong Woo-jin,チョン・ウジン,정우진,person\n"
        "Daniel R. Whitfield,ダニエル・R・ホイットフィールド,대니얼 R. 휫필드,person\n",
        encoding="utf-8",
    )
    texts = {
        "ko.txt": "해양수산부(장관 최 민호)는 4일 여수에서 개소식을 열었다고 밝혔다.\n",
        "ja.txt": "釜山広域市の担当 チョン ウジン 局長も参加します。\n",
        "en.txt": "Hanbit Energy America today named Daniel R Whitfield as its chief.\n",
    }
    path = tmp_path / release
    path.write_text(texts[release], encoding="utf-8")
    result = run_cli("check", str(path), "-g", str(glossary), "--format", "json")
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"], finding["suggestion"]) == (
        "PR102",
        found,
        suggestion,
    )
    assert words in finding["message"]


HYPHENATED = _glossary(
    (Kind.PERSON, "en", "Park Seo-yeon"),
    (Kind.PERSON, "en", "Choi Min-ho"),
    (Kind.PERSON, "en", "Lee Jung-min"),
    (Kind.PERSON, "en", "Lee Jung-bin"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two letters swapped: a slip even where the name is written once
        ("Park Seo-yoen spoke.", [("Seo-yoen", ("Seo-yeon",))]),
        ("Park Soe-yeon spoke.", [("Soe-yeon", ("Seo-yeon",))]),
        ("Choi Mni-ho spoke.", [("Mni-ho", ("Min-ho",))]),
        # one letter changed into no Korean syllable, where the name is also written right
        ("Park Seo-yeon opened it. Park Seo-yeob spoke.", [("Seo-yeob", ("Seo-yeon",))]),
        ("MAYOR PARK SEO-YEOB SPEAKS. Park Seo-yeon opened it.", [("SEO-YEOB", ("SEO-YEON",))]),
        ("Park Seo-yeob spoke.", []),
        # the given name's syllables in the other order, where the name is also written right
        ("Park Seo-yeon opened it. Park Yeon-seo spoke.", [("Yeon-seo", ("Seo-yeon",))]),
        ("Park Seo-yeon opened it. PARK YEON-SEO SPEAKS", [("YEON-SEO", ("SEO-YEON",))]),
        ("Park Yeon-seo spoke.", []),
        # another given name: Korean syllables, or another glossary person's
        ("Choi Min-ho opened it. Choi Min-hi spoke.", []),
        ("Lee Jung-min and Lee Jung-bin spoke.", []),
        # not beside the family name
        ("The Seo-yoen project started.", []),
    ],
)
def test_a_slip_in_a_hyphenated_given_name(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    index = name_slip_index(HYPHENATED, "en")
    assert [(s.written, s.approved) for s in index.slips(text, text)] == expected


def test_a_long_hyphenated_word_is_read_in_linear_time() -> None:
    index = name_slip_index(HYPHENATED, "en")
    text = "Park " + "an" * 20_000 + "-" + "an" * 20_000 + "x"
    assert list(index.slips(text, text)) == []
