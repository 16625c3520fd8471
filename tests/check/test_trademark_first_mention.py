"""PR103: a brand the glossary writes with its trademark sign ('Starfall Chronicle™'),
and does not also accept without it, first written in prose without the sign. A headline
without the sign is passed over, a mention with it lets the later ones go bare, so does a
trademark notice naming it, and a glossary that lists the bare form as a variant asks for
no sign."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind\nStarfall Chronicle™,スターフォール・クロニクル™,스타폴 크로니클™,brand\n"


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str, glossary: str = GLOSSARY) -> list:
    (tmp_path / "g.csv").write_text(glossary, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json", "--no-cache"
    )
    return [
        (f["code"], f["found"], f["suggestion"], f["line"])
        for f in json.loads(result.stdout)["findings"]
    ]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.md",
            "# Kurenai Games announces Starfall Chronicle\n\nKurenai Games today announced "
            "Starfall Chronicle, a role-playing game.\n\nStarfall Chronicle™ ships in March.\n",
            [("PR103", "Starfall Chronicle", "Starfall Chronicle™", 3)],
        ),
        (
            "ja.txt",
            "クレナイゲームスは新作『スターフォール・クロニクル』を3月に発売します。\n",
            [("PR103", "スターフォール・クロニクル", "スターフォール・クロニクル™", 1)],
        ),
        (
            "ko.txt",
            "구레나이게임스는 스타폴 크로니클을 3월 출시한다.\n",
            [("PR103", "스타폴 크로니클", "스타폴 크로니클™", 1)],
        ),
        # a no-break space inside the name
        (
            "nbsp.txt",
            "Kurenai Games today opened pre-orders for Starfall\u00a0Chronicle, a game.\n",
            [("PR103", "Starfall\u00a0Chronicle", "Starfall Chronicle™", 1)],
        ),
        # the sign at the first mention (a headline's counts), the later ones bare
        (
            "ok.md",
            "# Starfall Chronicle™ for March\n\nStarfall Chronicle, a role-playing game, "
            "ships in March.\n",
            [],
        ),
        (
            "ok.txt",
            "Starfall Chronicle ™ ships in March. Starfall Chronicle is a role-playing game.\n",
            [],
        ),
        # a trademark notice names it
        (
            "notice.txt",
            "新作『スターフォール・クロニクル』を3月に発売します。\n\n"
            "※スターフォール・クロニクルは株式会社クレナイゲームスの登録商標です。\n",
            [],
        ),
        # part of a longer name
        ("ok2.txt", "The Starfall Chronicles fan site opens today.\n", []),
    ],
)
def test_first_mention(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str, str, int]]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


def test_bare_form_accepted_by_the_glossary(run_cli: Cli, tmp_path: Path) -> None:
    glossary = "en,variants:en,kind\nStarfall Chronicle™,Starfall Chronicle,brand\n"
    text = "Kurenai Games today announced Starfall Chronicle, a role-playing game.\n"
    assert _found(run_cli, tmp_path, "en.txt", text, glossary) == []
