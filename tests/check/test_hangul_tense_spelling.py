"""PR102: a short Hangul word of a glossary place, brand or company with one consonant
made tense ('하꼬다테' for '하코다테', '나가사끼' for '나가사키'), the spelling of foreign
names the loanword orthography replaced, is reported though the release never writes
the word right; the first syllable, a tense ending ('김해씨') and a word of two
syllables are left alone."""

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
    (Kind.PLACE, "Hakodate", "하코다테"),
    (Kind.PLACE, "Kagoshima", "가고시마"),
    (Kind.PLACE, "Gimhae", "김해시"),
    (Kind.PLACE, "Daegu", "대구"),
    (Kind.BRAND, "Pocaria", "포카리아"),
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
        ("하꼬다테 야경 투어를 새로 선보인다.", [("하꼬다테", ("하코다테",))]),
        ("가고시마와 하코다떼를 잇는 노선이다.", [("하코다떼", ("하코다테",))]),
        ("신제품 포까리아는 이온음료다.", [("포까리아", ("포카리아",))]),
        # the first syllable, a tense ending, two syllables: another word or no slip
        ("까고시마 노선을 연다.", []),
        ("김해시에 사는 김해씨 종친회가 열렸다.", []),
        ("대꾸하지 않았다.", []),
        # two consonants changed: no such spelling
        ("하꼬다떼 노선을 연다.", []),
    ],
)
def test_tense_spelling(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _slips(text) == slips


def test_check_reports_it_with_the_glossary_form(run_cli: Cli, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,ko,kind\nHakodate,하코다테,place\n", encoding="utf-8")
    release = tmp_path / "ko.txt"
    release.write_text(
        "해솔항공은 7월부터 인천과 하꼬다테를 잇는 노선을 주 3회 운항한다고 밝혔다.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    found = [
        (f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]
    ]
    assert found == [("PR102", "하꼬다테", "하코다테")]
