"""PR105: a Korean glossary name the release writes closed ('아사기리상사', '신해남변전소')
and, in another place, with a space inside it ('아사기리 상사는', '신해남 변전소로'): one
entity written two ways. A release that writes the name spaced only, a glossary form that
is spaced itself and an English release stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\nAsagiri,朝霧商事,아사기리상사,org\n"
    "Shin-Haenam Substation,新海南変電所,신해남변전소,place\n"
    "Hanbit Bio,ハンビットバイオ,한빛 바이오,org\n"
)


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR105")


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("아사기리상사와 계약했다.\n\n아사기리 상사는 도쿄에 본사를 두고 있다.\n", "아사기리 상사"),
        ("전력은 신해남변전소로 보낸다.\n\n신해남 변전소까지 케이블을 깐다.\n", "신해남 변전소"),
    ],
)
def test_spaced_beside_closed(run_cli: Run, tmp_path: Path, text: str, spaced: str) -> None:
    assert [code for code, _ in _found(run_cli, tmp_path, "ko.txt", text)] == ["PR105"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ko.txt", "아사기리 상사는 도쿄에 본사를 두고 있다.\n"),
        ("ko.txt", "아사기리상사와 계약했다.\n\n아사기리상사는 도쿄에 있다.\n"),
        ("ko.txt", "한빛 바이오는 한빛바이오 연구소를 열었다.\n"),
        ("en.txt", "Asagiri signed.\n\nThe Asagiri office is in Tokyo.\n"),
    ],
)
def test_silent(run_cli: Run, tmp_path: Path, name: str, text: str) -> None:
    assert _found(run_cli, tmp_path, name, text) == []


# an ingredient or a model closed on a Latin designation ('세라마이드NP', '비타민C'), as
# cosmetics releases name them, spaced elsewhere ('세라마이드 NP')
LATIN_GLOSSARY = (
    "en,ja,ko,kind\nceramide NP,セラミドNP,세라마이드NP,term\nvitamin C,ビタミンC,비타민C,term\n"
    "ceramide,セラミド,세라마이드,term\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("세라마이드NP를 담았다.\n\n크림에는 세라마이드 NP와 판테놀이 들어 있다.\n", ["PR105"]),
        ("비타민C 10%를 배합했다.\n\n비타민 C는 안정화했다.\n", ["PR105"]),
        # written one way throughout: nothing to report
        ("크림에는 세라마이드 NP가 들어 있다.\n\n세라마이드 NP 함량은 2%다.\n", []),
        ("세라마이드NP를 담았다.\n\n세라마이드와 판테놀을 배합했다.\n", []),
    ],
)
def test_a_term_closed_on_latin_letters(
    run_cli: Run, tmp_path: Path, text: str, found: list[str]
) -> None:
    codes = cli_found(run_cli, tmp_path, LATIN_GLOSSARY, "ko.txt", text, "PR105")
    assert [code for code, _ in codes] == found
