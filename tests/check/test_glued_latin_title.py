"""PR101: a title in Latin letters run into the glossary person's name after it
('GovernorTakeshima', 'Deputy-MayorLindqvist', 'ChairwomanAhn Yu-jin') is glued, as a
name is; the fix inserts the space. A camel-cased brand, a handle, an address, a word
that goes on after the name and a title before someone the glossary does not know stay
silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Rina Takeshima,竹島 里奈,다케시마 리나,person\n"
    "Ahn Yu-jin,アン・ユジン,안유진,person\n"
    "Erik Lindqvist,エリック・リンドクヴィスト,에릭 린드크비스트,person\n"
    "Deputy Mayor,副市長,부시장,title\n"
    "Director of the Port Authority,港湾局長,항만청장,title\n"
    "GovernorLink,ガバナーリンク,거버너링크,brand\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str, *extra: str) -> list[tuple[str, str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR101", "--no-cache",
        "--source-lang", "en", "--format", "json", *extra,
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"] if result.stdout.startswith("{") else []
    return [(f["code"], f["found"], f["suggestion"]) for f in findings]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "GovernorTakeshima opened the ferry terminal on Monday.\n",
            [("PR101", "GovernorTakeshima", "Governor Takeshima")],
        ),
        (
            "The port plan was signed by Deputy MayorLindqvist in Malmo.\n",
            [("PR101", "MayorLindqvist", "Mayor Lindqvist")],
        ),
        (
            "ChairwomanAhn Yu-jin will speak first, then Prof. Takeshima.\n",
            [("PR101", "ChairwomanAhn", "Chairwoman Ahn")],
        ),
        (
            "Questions went to MrLindqvist and to DrRina Takeshima.\n",
            [("PR101", "MrLindqvist", "Mr Lindqvist"), ("PR101", "DrRina", "Dr Rina")],
        ),
    ],
)
def test_a_title_run_into_a_name(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str, str]]
) -> None:
    assert _found(run_cli, tmp_path, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Governor Takeshima, Deputy Mayor Lindqvist and Ms. Ahn Yu-jin attended.\n",
        "Ferry times are on GovernorLink, the prefecture's app.\n",
        "Follow @GovernorTakeshima or visit pref.example/GovernorTakeshima for updates.\n",
        "The MinisterTakeshimaFund and PresidentSmith are not the glossary's people.\n",
    ],
)
def test_titles_set_apart_brands_handles_and_unknown_names_stay_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == []


def test_the_fix_inserts_the_space(run_cli: Cli, tmp_path: Path) -> None:
    _found(run_cli, tmp_path, "Ferries resumed, said GovernorTakeshima.\n", "--fix")
    fixed = (tmp_path / "release.txt").read_text(encoding="utf-8")
    assert fixed == "Ferries resumed, said Governor Takeshima.\n"
