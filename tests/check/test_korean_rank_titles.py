"""PR105: a glossary person with a Korean name of one word called by another rung of an
office than the release gives the full name ('변지호 차관' then '변 장관은'; '(총장 남서윤)'
twice and '남서윤 부총장은' once) is one person made two officers. The rung the full name
holds, another office of the person ('교수' beside '병원장'), a family syllable that is a
word ('한 회장'), one two persons share, a mention before the full name and a release
about changes of office stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Byun Ji-ho,ピョン・ジホ,변지호,person\n"
    "Nam Seo-yoon,ナム・ソユン,남서윤,person\n"
    "Nam Gi-tae,ナム・ギテ,남기태,person\n"
    "Han Yu-bin,ハン・ユビン,한유빈,person\n"
    "Vice Minister,次官,차관,title\n"
    "President,総長,총장,title\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR105")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            '변지호 차관은 항만 현장을 찾았다.\n\n변 장관은 "안전이 우선"이라고 말했다.\n',
            [("PR105", "변 장관")],
        ),
        (
            "대학(총장 남서윤)은 새 캠퍼스를 연다. 남서윤 총장은 계획을 밝혔다.\n\n"
            '남서윤 부총장은 "지역과 함께하겠다"고 말했다.\n',
            [("PR105", "남서윤 부총장")],
        ),
    ],
)
def test_another_rung_of_the_office(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(run_cli, tmp_path, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "변지호 차관은 항만 현장을 찾았다. 변 차관은 이렇게 말했다.\n",
        "한유빈 병원장은 회의를 열었다. 한 회장은 이날 불참했다. 한 교수도 참석했다.\n",
        "남서윤 총장과 남기태 교수가 만났다. 남 부총장은 불참했다.\n",
        "변 장관은 앞서 말했다. 변지호 차관은 이어 발언했다.\n",
        "변지호 차관은 오늘 장관으로 취임했다. 변 장관은 이렇게 말했다.\n",
        "남서윤 총장과 남서윤 부총장이라는 표현이 함께 쓰였다.\n",
    ],
)
def test_the_same_rung_another_office_or_word_stays_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == []
