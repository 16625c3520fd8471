"""PR105: a glossary place written with its generic in Japanese or Korean romanization
('Hyogo-ken', 'Itsukushima Jinja', 'Gyeonggi-do', 'Fujisan') where the release also
writes the approved English form ('Hyogo Prefecture', 'Mount Fuji') is one place written
two ways. Alone, inside a quoted title, opening a longer name, or in a web or postal
address, it stays silent, as does an English word after the name ('from Hyogo to Kobe')."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.rules.place_generics import romanized_forms

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Hyogo Prefecture,兵庫県,효고현,place\n"
    "Hyogo,兵庫,효고,place\n"
    "Kobe City,神戸市,고베시,place\n"
    "Itsukushima Shrine,厳島神社,이쓰쿠시마 신사,place\n"
    "Mount Fuji,富士山,후지산,place\n"
    "Gyeonggi Province,京畿道,경기도,place\n"
    "Gimhae International Airport,金海国際空港,김해국제공항,place\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "en.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR105", "--no-cache",
        "--format", "json",
    )  # fmt: skip
    return [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Hyogo Prefecture signed the plan.\n\nThe governor of Hyogo-ken spoke.\n",
            ("Hyogo-ken", "Hyogo Prefecture"),
        ),
        (
            "Kobe City will pay for it.\n\nKobe-shi residents may apply.\n",
            ("Kobe-shi", "Kobe City"),
        ),
        (
            "The group visited Itsukushima Jinja.\n\nItsukushima Shrine stands in the sea.\n",
            ("Itsukushima Jinja", "Itsukushima Shrine"),
        ),
        (
            "Climbers on Mount Fuji must book.\n\nThe trails of Fujisan close at 4 p.m.\n",
            ("Fujisan", "Mount Fuji"),
        ),
        (
            "Gyeonggi Province sent a team.\n\nFarmers from Gyeonggi-do joined it.\n",
            ("Gyeonggi-do", "Gyeonggi Province"),
        ),
        (
            "Kobe City will pay for it.\n\nIn 2024, Kobe-shi residents applied.\n",
            ("Kobe-shi", "Kobe City"),
        ),
    ],
)
def test_a_romanized_generic_beside_the_approved_form_is_reported(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Hyogo-ken spoke.\n",  # alone: a house style
        'Climbers on Mount Fuji must book.\n\nIt is listed as "Fujisan, sacred place".\n',
        "Itsukushima Shrine stands in the sea.\n\nThe Itsukushima Jinja Treasure Hall lent it.\n",
        "Hyogo Prefecture runs buses from Hyogo to Kobe City and from Kobe City To Osaka.\n",
        "Hyogo Prefecture opened www.hyogo-ken.example for visitors.\n",
        "Gimhae International Airport opened a new gate.\n",
        # a postal address romanizes its generics as the post does
        "Kobe City opens a hub.\n\nAddress: 6-5-1 Kano-cho, Chuo-ku, Kobe-shi, Hyogo 650-8570\n",
        "Kobe City opens a hub at 1-1 Higashikawasaki-cho, Chuo-ku, Kobe-shi, near the port.\n",
    ],
)
def test_alone_quoted_longer_names_and_words_stay_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == []


def test_a_place_without_a_generic_has_no_romanized_forms() -> None:
    assert romanized_forms("Hyogo") is None
    assert romanized_forms("Sapporo Snow Festival") is None
