"""PR102: a glossary place of one word written alone with macrons or circumflexes
('Kyūshū', 'Tôhoku' for the sheet's 'Kyushu', 'Tohoku') is the house style the sheet
decides, reported with the approved form; a name of four letters or fewer ('Ōno' beside
'Ono', another town), one inside a quoted title or a title in italics, and a form the
sheet itself holds stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Tohoku,東北,도호쿠,place\n"
    "Kyushu,九州,규슈,place\n"
    "Hyogo,兵庫,효고,place\n"
    "Ono,小野,오노,place\n"
    "Kōfu Ridge Winery,甲府リッジワイナリー,고후 리지 와이너리,org\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str, name: str = "en.txt") -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR102", "--no-cache",
        "--format", "json",
    )  # fmt: skip
    return [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ski resorts across Tōhoku open in December.\n", ("Tōhoku", "Tohoku")),
        ("Ski resorts across Tôhoku open in December.\n", ("Tôhoku", "Tohoku")),
        ("The ferry links Shikoku and Kyūshū twice a day.\n", ("Kyūshū", "Kyushu")),
        ("Farmers in Hyōgo grow most of the rice.\n", ("Hyōgo", "Hyogo")),
        # speech is the release's own words
        ('"Come to Kyūshū this winter," the governor said.\n', ("Kyūshū", "Kyushu")),
        ("The museum's “Spring Crafts” fair moves to Kyūshū.\n", ("Kyūshū", "Kyushu")),
    ],
)
def test_a_marked_place_alone_is_reported(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Buses run from Ōno to the coast.\n",  # 'Ōno' and 'Ono' are two towns
        'The exhibition "Tōhoku and Kyūshū: Roads of Hot Springs" runs until May.\n',
        "The exhibition “Tōhoku: Roads North” runs until May.\n",
        "Kōfu Ridge Winery opens a shop in Kōfu.\n",  # a form the sheet holds
        "Ski resorts across Tohoku open in December.\n",
    ],
)
def test_short_quoted_and_held_forms_stay_silent(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []


def test_a_title_in_italics_keeps_its_spelling(run_cli: Cli, tmp_path: Path) -> None:
    markdown = "The library lends *Tōhoku Diaries*, a book on travel in Kyūshū.\n"
    assert _found(run_cli, tmp_path, markdown, "en.md") == [("Kyūshū", "Kyushu")]
    html = (
        '<html lang="en"><body><p>The film <cite>Kyūshū Nights</cite> and the book '
        "<i>Tōhoku Diaries</i> open the season.</p></body></html>\n"
    )
    assert _found(run_cli, tmp_path, html, "en.html") == []
