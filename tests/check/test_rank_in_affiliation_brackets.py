"""PR105: a Japanese university's release lists its researchers with the affiliation
and title in brackets after the full name ('森川 悠斗（北陵大学大学院農学研究科 准教授）');
that title is the person's, so a rank typed for its neighbour after the family name
('森川教授') is one person made two officers, as after '森川 悠斗准教授'. The same rank,
a reading in the brackets and another person's title stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Yuto Morikawa,森川 悠斗,모리카와 유토,person\n"
    "Keiko Amano,天野 恵子,아마노 게이코,person\n"
    "Associate Professor,准教授,부교수,title\n"
    "Professor,教授,교수,title\n"
    "Assistant Professor,助教,조교수,title\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "【発表者】\n森川 悠斗（北陵大学大学院農学研究科 准教授）\n"
            "天野 恵子（北陵大学大学院農学研究科 教授）\n\n"
            "森川教授は「三年かけて作り直しました」と話しています。\n",
            ["森川教授"],
        ),
        (
            "北陵大学の森川 悠斗（北陵大学 助教）らの研究チームが開発しました。"
            "森川准教授は「驚いた」と話しています。\n",
            ["森川准教授"],
        ),
        # the same rank; a reading in the brackets; another person's title
        (
            "【発表者】\n森川 悠斗（北陵大学大学院農学研究科 准教授）\n\n"
            "森川准教授は「三年かけて作り直しました」と話しています。\n",
            [],
        ),
        (
            "森川 悠斗（もりかわ ゆうと）らが開発しました。森川教授は「驚いた」と話しています。\n",
            [],
        ),
        (
            "森川 悠斗（北陵大学 准教授）と天野 恵子（同 教授）が開発しました。"
            "天野教授と森川准教授が説明しました。\n",
            [],
        ),
    ],
)
def test_the_title_in_brackets_after_the_name(
    run_cli: Run, tmp_path: Path, text: str, found: list[str]
) -> None:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ja.txt"
    release.write_text("新しい土壌センサーを開発\n\n" + text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json", "--no-cache",
        "--select", "PR105",
    )  # fmt: skip
    assert [f["found"] for f in json.loads(result.stdout)["findings"]] == found
