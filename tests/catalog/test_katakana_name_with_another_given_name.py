"""PR401: a Korean name in katakana whose family name is joined by a middle dot or an
equals sign to another given name ('チェ・ミンソク' for 'チェ・ミンス') is another person,
reported in a catalog that names the person rightly elsewhere. The dot after the family
name was read as punctuation after the family name alone ('チェ社長'), which passes."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "person:choi-min-su",
            Kind.PERSON,
            {"ko": Term("최민수"), "ja": Term("チェ・ミンス")},
        ),
        Entry(
            "person:kuroda-aya",
            Kind.PERSON,
            {"ko": Term("구로다 아야"), "ja": Term("黒田彩")},
        ),
    ]
)
FIRST = (
    "최민수 대표는 서울 본사에서 기자간담회를 열었다.",
    "チェ・ミンス代表はソウル本社で記者懇談会を開いた。",
)
LATER = "최민수 대표는 내년 상반기 오사카에 두 번째 매장을 열겠다고 밝혔다."


def _pr401(entries: list[tuple[str, str]]) -> list[str]:
    findings = catalog_findings("ja", entries, glossary=GLOSSARY)
    return [f.found for f in findings if f.code == "PR401"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "チェ・ミンソク代表は来年上半期に大阪で2号店を開くと述べた。",
        "チェ＝ミンソク代表は来年上半期に大阪で2号店を開くと述べた。",
        "チェ・スミン代表は来年上半期に大阪で2号店を開くと述べた。",
    ],
)
def test_family_name_with_another_given_name_is_reported(msgstr: str) -> None:
    assert _pr401([FIRST, (LATER, msgstr)]) == ["최민수"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "チェ代表は来年上半期に大阪で2号店を開くと述べた。",
        "チェ・ミンス代表は来年上半期に大阪で2号店を開くと述べた。",
        "チェ・代表は来年上半期に大阪で2号店を開くと述べた。",
    ],
)
def test_family_name_alone_or_the_full_name_passes(msgstr: str) -> None:
    assert _pr401([FIRST, (LATER, msgstr)]) == []


def test_a_kanji_name_before_a_dotted_post_passes() -> None:
    # '黒田・前部長': Japanese sets a dot between a kanji name and the post after it
    first = ("구로다 아야 부장이 취임했다.", "黒田彩部長が就任した。")
    later = ("구로다 전 부장은 인사말을 했다.", "黒田・前部長はあいさつした。")
    assert _pr401([first, later]) == []
