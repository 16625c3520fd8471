"""PR308: any Korean word of two syllables or more typed twice, the second going on with a
particle only ('어선 어선 통항은', '계획을 계획을', '발전소 발전소에서'): an edit that
retyped the word beside it, whether or not the glossary knows it. A word a sentence
repeats on purpose ('하나 하나', '조금 조금'), a word going on into another ('부산 부산항'),
one syllable ('더 더') and a glossary form of two equal words stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ko,kind\nLang Lang,랑랑 랑랑,person\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("발전단지 내 어선 어선 통항은 제한하지 않는다.\n", [" 어선"]),
        ("회사는 계획을 계획을 바꾸지 않았다.\n", [" 계획을"]),
        ("정비는 당진 발전소 발전소에서 한다.\n", [" 발전소"]),
        ("하나 하나 점검했다. 조금 조금 늘렸다.\n", []),
        ("장소는 부산 부산항이다. 더 더 늘린다.\n", []),
        ("피아니스트 랑랑 랑랑이 연주한다.\n", []),
        ("어선과 어선 사이를 넓혔다.\n", []),
    ],
)
def test_a_korean_word_typed_twice(
    run_cli: Cli, tmp_path: Path, text: str, found: list[str]
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR308") == [
        ("PR308", f) for f in found
    ]
