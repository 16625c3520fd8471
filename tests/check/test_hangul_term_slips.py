"""PR102: a short Hangul word of a brand, term, place or company with one letter slipped
('조라비야' for '조라비아', '조레티닢' for '조레티닙', '쓰루기 가나자워 FC'), where the
release also writes it right. Another word one letter away ('김해서': Gimhae and a
particle; '후생노동상', the minister), the first syllable changed, or a word the release
never writes right is left alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.hangul_term_slips import hangul_term_slip_index

Cli = Callable[..., Result]
ROWS = (
    (Kind.BRAND, "Zoravia", "조라비아"),
    (Kind.BRAND, "Starfall Chronicle™", "스타폴 크로니클™"),
    (Kind.TERM, "zoretinib", "조레티닙"),
    (Kind.ORG, "Kanazawa Tsurugi FC", "쓰루기 가나자와 FC"),
    (Kind.PLACE, "Gimhae", "김해시"),
    (Kind.ORG, "Ministry of Health, Labour and Welfare", "후생노동성"),
    (Kind.PERSON, "Kim Min-jun", "김민준"),
)
GLOSSARY = Glossary(
    [
        Entry(f"e:{i}", kind, {"en": Term(en), "ko": Term(ko)})
        for i, (kind, en, ko) in enumerate(ROWS)
    ]
)


def _slips(text: str) -> list[tuple[str, tuple[str, ...]]]:
    index = hangul_term_slip_index(GLOSSARY)
    return [(s.written, s.approved) for s in index.slips(text, text)]


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        ("조라비아가 허가를 받았다. 조라비야는 경구제다.", [("조라비야", ("조라비아",))]),
        ("조레티닙 성분의 약이다. 조레티닢 성분은 표적치료제다.", [("조레티닢", ("조레티닙",))]),
        ("쓰루기 가나자와 FC는 쓰루기 가나자워 FC와 다르다.", [("가나자워", ("가나자와",))]),
        # a brand the glossary writes with its sign, the sign there or not
        (
            "《스타폴 크로니쿨™》을 출시한다. 스타폴 크로니클은 롤플레잉 게임이다.",
            [("크로니쿨", ("크로니클",))],
        ),
        # the word never written right: another word, maybe another name
        ("조라비야는 경구제다.", []),
        # an ending or a particle made of the last syllable, the first syllable changed
        ("김해시 홈구장에서 열린다. 김해서 열린 경기다.", []),
        ("후생노동성 승인을 받았다. 후생노동상이 발표했다.", []),
        ("조라비아는 소라비아와 다르다.", []),
        # a person is name_slips' business
        ("김민준 대표와 김민쥰 대표.", []),
    ],
)
def test_slips(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _slips(text) == slips


def test_check_reports_it_in_a_korean_release(run_cli: Cli, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,ko,kind\nZoravia,조라비아,brand\n", encoding="utf-8")
    release = tmp_path / "ko.txt"
    release.write_text(
        "한국호시나제약은 조라비아의 품목허가를 신청했다고 4일 밝혔다. 조라비야는 경구용 "
        "표적항암제다.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    found = [
        (f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]
    ]
    assert found == [("PR102", "조라비야", "조라비아")]


NAMED = Glossary(
    [
        Entry("f:harbor", Kind.BRAND, {"en": Term("Harbor"), "ko": Term("별이 내리는 항구")}),
        Entry("f:carousel", Kind.BRAND, {"en": Term("Carousel"), "ko": Term("미드나이트 카루셀")}),
    ]
)


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # a word of a name of two words or more, beside the rest of it, written once
        (
            "신작 《별이 내리는 향구》가 개막작으로 선정됐다.",
            [("별이 내리는 향구", ("별이 내리는 항구",))],
        ),
        ("전작 미드나이트 카로셀은 흥행했다.", [("미드나이트 카로셀", ("미드나이트 카루셀",))]),
        # as written, with a particle, or the word away from its name
        ("《별이 내리는 항구》가 개막작이다. 향구 마을에 별이 내린다.", []),
        ("미드나이트 카루셀이 흥행했다. 미드나이트 영화제.", []),
        # two words changed: another phrase
        ("별이 지는 향구", []),
    ],
)
def test_a_word_slipped_beside_the_rest_of_its_name(
    text: str, slips: list[tuple[str, tuple[str, ...]]]
) -> None:
    index = hangul_term_slip_index(NAMED)
    assert [(s.written, s.approved) for s in index.slips_in_names(text)] == slips
