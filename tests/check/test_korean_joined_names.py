"""PR105: a Korean glossary name written with spaces ('청년 주거 디딤돌 사업', a ministry's
programme; '청년 주거 거점 센터') and elsewhere in the same release with one of its spaces
dropped ('청년주거 디딤돌 사업', '청년 주거 거점센터에서'). A release that writes it one way
only, and a longer word that starts so ('청년주거비'), stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Youth Housing Stepping Stone Program,青年住居ステップ事業,청년 주거 디딤돌 사업,term\n"
    "Youth Housing Hub Center,青年住居拠点センター,청년 주거 거점 센터,term\n"
    "Youth Housing,青年住居,청년 주거,term\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[str]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ko.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR105", "--no-cache",
        "--source-lang", "ko", "--format", "json",
    )  # fmt: skip
    return [f["found"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "청년 주거 디딤돌 사업 예산을 늘린다.\n\n청년주거 디딤돌 사업은 내년에 확대된다.\n",
            ["청년주거 디딤돌 사업"],
        ),
        (
            "청년 주거 거점 센터를 연다.\n\n청년 주거 거점센터에서 상담한다.\n",
            ["청년 주거 거점센터"],
        ),
    ],
)
def test_a_space_dropped_from_a_spaced_name(
    run_cli: Cli, tmp_path: Path, text: str, found: list[str]
) -> None:
    assert _found(run_cli, tmp_path, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "청년 주거 디딤돌 사업 예산을 늘린다.\n\n청년 주거 디딤돌 사업은 확대된다.\n",
        "청년 주거 지원을 늘린다.\n\n청년주거비 부담이 줄었다.\n",
    ],
)
def test_one_way_or_a_longer_word_stays_silent(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
