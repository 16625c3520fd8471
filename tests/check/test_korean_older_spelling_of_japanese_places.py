"""PR102 in Korean: a Japanese place spelt as before the loanword orthography, its first
sound aspirated ('큐슈', '토야마', '치바' for '규슈', '도야마', '지바') where the
glossary's Latin form keeps it voiceless ('Kyushu'), or ツ as 츠 or 쯔 ('마츠야마',
'쯔쿠바'), is reported written once, a particle after it or not. A Korean place, which
the romanization writes lax ('Jeonju'), is no such name: '천주' beside '전주' stays
silent, as do the glossary's own words."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Kyushu,九州,규슈,place\n"
    "Toyama,富山,도야마,place\n"
    "Chiba,千葉,지바,place\n"
    "Matsuyama,松山,마쓰야마,place\n"
    "Tsukuba,つくば,쓰쿠바,place\n"
    "Jeonju,全州,전주,place\n"
    "Kobe,神戸,고베,place\n"
    "Kobe Port Tower,神戸ポートタワー,고베 포트타워,place\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ko.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR102", "--no-cache",
        "--source-lang", "ko", "--format", "json",
    )  # fmt: skip
    return [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("큐슈 북부의 온천 관광객이 늘었다.\n", ("큐슈", "규슈")),
        ("관광객은 큐슈에서 사흘을 머문다.\n", ("큐슈", "규슈")),
        ("토야마의 설경 투어가 시작된다.\n", ("토야마", "도야마")),
        ("치바에서 열린 박람회에 참가했다.\n", ("치바", "지바")),
        ("마츠야마 성을 찾는 관광객이 많다.\n", ("마츠야마", "마쓰야마")),
        ("쯔쿠바의 연구소를 방문했다.\n", ("쯔쿠바", "쓰쿠바")),
        ("코베 항을 출발하는 크루즈가 늘었다.\n", ("코베", "고베")),
    ],
)
def test_an_older_spelling_is_reported(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "규슈와 도야마, 지바, 마쓰야마, 쓰쿠바를 잇는 노선이다.\n",
        "천주의 사랑을 노래한 합창단이 전주에서 공연했다.\n",  # a Korean place: 'Jeonju'
        "스포츠 관광객이 고베 포트타워를 찾았다.\n",
        "큐레이터가 고베에서 전시를 준비했다.\n",
    ],
)
def test_the_approved_spelling_and_korean_words_stay_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == []
