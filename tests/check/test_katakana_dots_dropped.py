"""PR102: a katakana name of three words or more with a middle dot left out, a
particle run into the next word ('マリア・デラ・クルス' for 'マリア・デ・ラ・クルス',
'ヘンドリック・ファンデルベルフ'), is the glossary's name set apart otherwise; the name
as the glossary writes it, in a list with other names, or its short form stays silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.name_slips import name_slip_index

Run = Callable[..., Result]

_GLOSSARY = Glossary(
    [
        Entry("p:1", Kind.PERSON, {"ja": Term("イザベル・デ・ラ・フエンテ")}),
        Entry("p:2", Kind.PERSON, {"ja": Term("ピーテル・ファン・デル・ミーア")}),
        Entry("p:3", Kind.PERSON, {"ja": Term("ファム・ミン・チャウ")}),
    ]
)


def _slips(text: str) -> list[tuple[str, tuple[str, ...]]]:
    index = name_slip_index(_GLOSSARY, "ja")
    return [(slip.written, slip.approved) for slip in index.spaced_slips(text)]


@pytest.mark.parametrize(
    ("text", "written", "approved"),
    [
        (
            "イザベル・デラ・フエンテ館長は述べました。",
            "イザベル・デラ・フエンテ",
            "イザベル・デ・ラ・フエンテ",
        ),
        ("イザベル・デ・ラフエンテ館長", "イザベル・デ・ラフエンテ", "イザベル・デ・ラ・フエンテ"),
        (
            "ピーテル・ファンデルミーア教授",
            "ピーテル・ファンデルミーア",
            "ピーテル・ファン・デル・ミーア",
        ),
        ("ファム・ミンチャウ氏が登壇します。", "ファム・ミンチャウ", "ファム・ミン・チャウ"),
    ],
)
def test_a_middle_dot_left_out(text: str, written: str, approved: str) -> None:
    assert _slips(text) == [(written, (approved,))]


@pytest.mark.parametrize(
    "text",
    [
        "イザベル・デ・ラ・フエンテ館長は述べました。",
        "登壇者：ファム・ミン・チャウ・ピーテル・ファン・デル・ミーアの両氏",
        "ファン・デル・ミーア教授とデ・ラ・フエンテ館長が対談します。",
        "会場はデラ・ホールです。",
    ],
)
def test_the_glossary_form_a_list_or_a_short_form_stays_silent(text: str) -> None:
    assert _slips(text) == []


def test_reported_through_the_cli(run_cli: Run, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,kind\nIsabel de la Fuente,イザベル・デ・ラ・フエンテ,person\n", encoding="utf-8"
    )
    release = tmp_path / "ja.txt"
    release.write_text(
        "イザベル・デラ・フエンテ館長は「新館を開きます」と述べました。\n", encoding="utf-8"
    )
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--no-cache", "--format", "json",
        "--source-lang", "ja", "--select", "PR102",
    )  # fmt: skip
    found = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in found] == [
        ("イザベル・デラ・フエンテ", "イザベル・デ・ラ・フエンテ")
    ]
    assert "fewer middle dots" in found[0]["message"]


_HYPHENATED = Glossary(
    [
        Entry("p:4", Kind.PERSON, {"ja": Term("ジャン＝ポール・ルロワ")}),
        Entry("p:5", Kind.PERSON, {"ja": Term("アンナ・マリア・ロッシ")}),
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the equals sign Japanese writes for a hyphen in the name, and a middle dot
        # for a space, swapped ('Jean-Paul', 'Anna Maria')
        (
            "ジャン・ポール・ルロワ氏が登壇しました。",
            [("ジャン・ポール・ルロワ", "ジャン＝ポール・ルロワ")],
        ),
        (
            "アンナ＝マリア・ロッシ氏が登壇しました。",
            [("アンナ＝マリア・ロッシ", "アンナ・マリア・ロッシ")],
        ),
        # the glossary's form, and its equals sign typed half width (a width slip)
        ("ジャン＝ポール・ルロワ氏とアンナ・マリア・ロッシ氏が登壇しました。", []),
        ("ジャン=ポール・ルロワ氏が登壇しました。", []),
    ],
)
def test_an_equals_sign_for_a_middle_dot(text: str, found: list[tuple[str, str]]) -> None:
    index = name_slip_index(_HYPHENATED, "ja")
    assert [(s.written, s.approved[0]) for s in index.spaced_slips(text)] == found


def test_an_equals_sign_for_a_middle_dot_through_the_cli(run_cli: Run, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,ja,kind\nJean-Paul Leroy,ジャン＝ポール・ルロワ,person\n")
    release = tmp_path / "ja.txt"
    release.write_text("ジャン・ポール・ルロワ氏は「港を変えます」と述べました。\n")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--no-cache", "--format", "json",
        "--source-lang", "ja", "--select", "PR102",
    )  # fmt: skip
    (found,) = json.loads(result.stdout)["findings"]
    assert (found["found"], found["suggestion"]) == (
        "ジャン・ポール・ルロワ",
        "ジャン＝ポール・ルロワ",
    )
    assert "other marks between its words" in found["message"]
