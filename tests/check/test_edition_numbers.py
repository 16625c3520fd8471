"""PR105: the edition of a recurring event given two numbers in one release ('The 12th
Minato Jazz Festival' in the headline, 'The 13th Minato Jazz Festival opens' in the
body; 第12回 and 第11回…は; 제12회 and 제11회…은). Past editions named as such, another
event's number and a sentence about the past stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,kind\nMinato,place\n", encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR105", "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    return [(f["found"], f["suggestion"]) for f in findings]


EN = (
    "The 12th Minato Jazz Festival Opens on Friday\n\n"
    "MINATO, May 2, 2027 - The {n}th Minato Jazz Festival opens on Friday with 40 concerts.\n\n"
    "The 11th Minato Jazz Festival drew 52,000 visitors last year. The 10th Minato Jazz "
    "Festival was the first held outdoors.\n\n"
    "The 8th Minato Jazz Festival, held in 2023, moved to the harbour. The 7th Minato Jazz "
    "Festival concert was held indoors.\n\nThe 13th Minato Jazz Festival is scheduled for "
    "May 2028.\n\n"
    "The 3rd Minato Jazz Market runs alongside it. Our trio played at the 9th Minato Jazz "
    "Festival.\n"
)
JA = (
    "第12回湊ジャズフェスティバル開幕のお知らせ\n\n"
    "第{n}回湊ジャズフェスティバルは5月2日に開幕します。\n\n"
    "昨年の第11回湊ジャズフェスティバルには5万2千人が来場しました。"
    "第10回湊ジャズフェスティバルは初の屋外開催でした。\n\n"
    "第13回湊ジャズフェスティバルは2028年5月に開催します。"
    "第3回湊ジャズマーケットも同時に開催します。第9回の同フェスティバルで演奏しました。\n"
)
KO = (
    "제12회 미나토 재즈 페스티벌 개막\n\n"
    "제{n}회 미나토 재즈 페스티벌은 5월 2일 개막한다.\n\n"
    "지난해 제11회 미나토 재즈 페스티벌에는 5만 2천 명이 찾았다. "
    "제10회 미나토 재즈 페스티벌은 처음으로 야외에서 열렸다.\n\n"
    "제3회 미나토 재즈 마켓도 함께 열린다. 제13회 미나토 재즈 페스티벌은 내년 5월에 열린다.\n"
)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("en.txt", EN.format(n=13), [("13th", "12th")]),
        ("ja.txt", JA.format(n=11), [("第11回", "第12回")]),
        ("ko.txt", KO.format(n=13), [("제13회", "제12회")]),
        # one edition throughout: the past ones, another event's and a sentence
        # about the past stay silent
        ("en.txt", EN.format(n=12), []),
        ("ja.txt", JA.format(n=12), []),
        ("ko.txt", KO.format(n=12), []),
    ],
)
def test_an_edition_given_two_numbers(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


def test_the_release_announcing_its_edition_in_japanese(run_cli: Cli, tmp_path: Path) -> None:
    """A Japanese release says '…は…を発表しました' of its own edition: an announcement, not
    the past; a Korean one '…밝혔다'."""
    ja = "第12回湊ジャズフェスティバル\n\n第11回湊ジャズフェスティバルは出演者を発表しました。\n"
    ko = (
        "제12회 미나토 재즈 페스티벌\n\n제11회 미나토 재즈 페스티벌은 출연진을 공개했다고 밝혔다.\n"
    )
    assert _found(run_cli, tmp_path, "ja.txt", ja) == [("第11回", "第12回")]
    assert _found(run_cli, tmp_path, "ko.txt", ko) == [("제11회", "제12회")]
