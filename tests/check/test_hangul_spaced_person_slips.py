"""PR102: a person's name of two words in Hangul (a Japanese or Western name, which
Korean spaces) with one letter of one word slipped, the other word as the glossary
writes it ('아사쿠라 겐타로' for '아사쿠라 겐타루', '헬가 뤼딩어' for '헬가 뤼딩거'),
where the release also writes the name right. Written once, a name one letter from the
glossary's may be a relative's ('아사쿠라 겐타로' alone); another transcription is
reported once, as such."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Kentaru Asakura,朝倉 健太留,아사쿠라 겐타루,person\n"
    "Helga Ruedinger,ヘルガ・リューディンガー,헬가 뤼딩거,person\n"
    "Kazuki Hanamura,花村 和樹,하나무라 가즈키,person\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ko.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    return [(f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "연구팀은 아사쿠라 겐타로 교수가 이끈다.\n\n아사쿠라 겐타루 교수는 말했다.\n",
            ("PR102", "아사쿠라 겐타로", "아사쿠라 겐타루"),
        ),
        (
            "입구에는 헬가 뤼딩어의 조각이 놓인다.\n\n헬가 뤼딩거는 독일 작가다.\n",
            ("PR102", "헬가 뤼딩어", "헬가 뤼딩거"),
        ),
        (
            "헬가 뤼딩거는 독일 작가다. 헬가 튀딩거의 신작도 걸린다.\n",
            ("PR102", "헬가 튀딩거", "헬가 뤼딩거"),
        ),
    ],
)
def test_a_slip_beside_the_rest_of_the_name(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # written once: it may be a relative
        "아사쿠라 겐타로 씨는 말했다.\n",
        # both written right
        "아사쿠라 겐타루 교수와 헬가 뤼딩거 작가가 참석했다.\n",
        # a particle after the name
        "아사쿠라 겐타루는 말했다. 아사쿠라 겐타루와 함께 왔다.\n",
    ],
)
def test_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []


def test_another_transcription_is_reported_once(run_cli: Cli, tmp_path: Path) -> None:
    text = "하나무라 카즈키 감독은 말했다.\n\n하나무라 가즈키 감독의 신작이다.\n"
    found = _found(run_cli, tmp_path, text)
    assert [f[1] for f in found] == ["하나무라 카즈키"]
