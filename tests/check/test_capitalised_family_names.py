"""Japanese names in English written family name first in capitals ('KATO Mikio', the
Japanese government's style) and the glossary's way ('Mikio Kato') in one release: the
style the release uses less is PR104. Either style alone is a house style, and a person
of another language ('Marcus Hale') keeps the order of their own."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Mikio Kato,加藤 幹雄,가토 미키오,person\n"
    "Reiko Hamasaki,浜崎 玲子,하마사키 레이코,person\n"
    "Marcus Hale,マーカス・ヘイル,마커스 헤일,person\n"
    "Seo Jun-ho,ソ・ジュノ,서준호,person\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the roster in capitals, the quote the glossary's way
        (
            "KATO Mikio      Chairman\nHAMASAKI Reiko  Senior Managing Executive Officer\n\n"
            '"We are ready," said Mikio Kato.',
            [("Mikio Kato", "KATO Mikio")],
        ),
        # the other way round: one name in capitals among the glossary's order
        (
            "Mikio Kato will become Chairman. Reiko Hamasaki joins the board.\n\n"
            '"Thank you," said KATO Mikio.',
            [("KATO Mikio", "Mikio Kato")],
        ),
        # one style throughout, and a foreign name beside the capitals
        ("KATO Mikio and HAMASAKI Reiko met Marcus Hale and Seo Jun-ho in Seoul.", []),
        ("Mikio Kato and Reiko Hamasaki met Marcus Hale in Seoul.", []),
        # capitals that are no glossary name
        ("KATO Mikio spoke at NEW Tokyo with HAMASAKI Reiko near TOKYO Station.", []),
    ],
)
def test_capitalised_family_names_in_two_styles(
    run_cli: Run, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "release.en.txt"
    release.write_text("Release\n\n" + text + "\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in findings if f["code"] == "PR104"] == found


def test_the_message_names_no_language_the_person_may_not_have(
    run_cli: Run, tmp_path: Path
) -> None:
    """A Korean person's name in capitals beside the glossary's order is reported in the
    same words as a Japanese one's: the message said 'other Japanese names' for both."""
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY + "Minji Park,パク・ミンジ,박민지,person\n", encoding="utf-8")
    release = tmp_path / "release.en.txt"
    release.write_text(
        'Release\n\nPARK Minji and KATO Mikio opened the event.\n\n"Welcome," said Minji Park.\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    messages = [f["message"] for f in json.loads(result.stdout)["findings"] if f["code"] == "PR104"]
    assert messages and all("Japanese" not in m for m in messages), messages


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        # a results list and a scorers' line in capitals beside the story's order
        (
            "release.en.txt",
            "Mikio Kato won the 400m freestyle.\n\nResults:\n1. KATO Mikio (JPN) 3:48.12\n",
            [],
        ),
        (
            "release.en.txt",
            "Reiko Hamasaki opened the scoring.\n\nGoals: HAMASAKI Reiko 12', KATO Mikio 90+2'\n",
            [],
        ),
        # a line-up table whose row carries the score
        (
            "release.en.md",
            "Mikio Kato scored twice.\n\n| Match | Scorer |\n|---|---|\n"
            "| JPN 2–1 KOR | KATO Mikio |\n",
            [],
        ),
        # capitals in a sentence of the story, or a roster line with no result, still count
        (
            "release.en.txt",
            'Mikio Kato won the 400m freestyle in 3:48.12.\n\n"I was ready," said KATO Mikio.\n',
            [("KATO Mikio", "Mikio Kato")],
        ),
        (
            "release.en.md",
            "Mikio Kato scored twice.\n\n| No. | Name |\n|---|---|\n| 9 | KATO Mikio |\n\n"
            "| Match | Score |\n|---|---|\n| JPN v KOR | 2–1 |\n",
            [("KATO Mikio", "Mikio Kato")],
        ),
    ],
)
def test_a_line_of_results_in_capitals_is_the_sports_convention(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    """Federations set names in capitals in results and line-ups ('1. KATO Mikio (JPN)
    3:48.12') and write 'Mikio Kato' in the story: the two were reported as one text's
    two styles."""
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text("Release\n\n" + text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in findings if f["code"] == "PR104"] == found
