"""PR102: a word of a glossary brand or company cased inside ('CloudDesk', 'iLumo')
written with that case changed ('Clouddesk', 'the ILumo 3') is the name slipped, in a
release of any language; capitals, the first letter raised where a sentence starts,
addresses and hashtags, and a family name's particle ('McAllister') stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "CloudDesk,クラウドデスク,클라우드데스크,brand\n"
    "iLumo 3,iLumo 3,iLumo 3,brand\n"
    "McAllister Freight,マカリスター・フレイト,매캘리스터 프레이트,org\n"
)


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR102", "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    return [(f["code"], f["found"], f["suggestion"]) for f in findings]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.txt",
            "The lamp pairs with the ILumo 3 app over Wi-Fi.\n",
            [("PR102", "ILumo", "iLumo")],
        ),
        (
            "en.txt",
            "Teams in Nagoya moved their files to Clouddesk last year.\n",
            [("PR102", "Clouddesk", "CloudDesk")],
        ),
        ("ja.txt", "新型のIlumo 3は来月発売です。\n", [("PR102", "Ilumo", "iLumo")]),
        ("ko.txt", "신형 Clouddesk 요금제를 출시했다.\n", [("PR102", "Clouddesk", "CloudDesk")]),
    ],
)
def test_a_camel_cased_brand_written_otherwise(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str, str]]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("en.txt", "ILumo 3 ships in May. CLOUDDESK PLANS START AT JPY 900.\n"),
        ("en.txt", "Download it at ilumo.example/app or tag #clouddesk and #ilumo.\n"),
        ("en.txt", "The keynote by Ms. Macallister follows CloudDesk's launch.\n"),
        ("en.txt", "Dr. Mcallister chairs McAllister Freight; see iLumo 3.\n"),
    ],
)
def test_style_addresses_and_family_names_stay_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
