"""PR102: a Japanese title of two to four kanji written on a glossary person's name with
a kanji after its first changed ('宮坂知亊' for '宮坂知事', '沢渡 玲奈副市曹',
'沢渡院張') is misspelt where the release also writes the title right. A title no slip
makes ('宮坂知事', '宮坂大使'), a given name after the family name ('宮坂知也さん'), another
person of the family and a release that never writes the title stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Kosuke Miyasaka,宮坂 康介,미야사카 고스케,person\n"
    "Rena Sawatari,沢渡 玲奈,사와타리 레나,person\n"
    "Governor,知事,지사,title\n"
    "Deputy Mayor,副市長,부시장,title\n"
    "Director,院長,원장,title\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ja.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR102", "--no-cache",
        "--format", "json",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    return [(f["code"], f["found"], f["suggestion"]) for f in findings]


FULL = "宮坂 康介知事と沢渡 玲奈副市長が出席しました。"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            FULL + "\n宮坂知事は「港を開く」と述べ、宮坂知亊も拍手しました。\n",
            [("PR102", "知亊", "知事")],
        ),
        (FULL + "\n沢渡 玲奈副市曹は視察しました。\n", [("PR102", "副市曹", "副市長")]),
        (
            FULL + "沢渡院長とも呼ばれます。\n沢渡院張は診察しました。\n",
            [("PR102", "院張", "院長")],
        ),
    ],
)
def test_a_short_title_slipped_on_a_name(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str, str]]
) -> None:
    assert _found(run_cli, tmp_path, text) == found


@pytest.mark.parametrize(
    "text",
    [
        FULL + "\n宮坂知事と沢渡副市長は握手しました。\n",
        FULL + "\n宮坂大使も同席しました。\n",
        # a given name after the family name: 'さん', an age, or written twice
        FULL + "\n宮坂知事の長男、宮坂知也さんも登壇しました。宮坂知也は拍手しました。\n",
        FULL + "\n宮坂知事と宮坂知也（28）が出席し、宮坂知也が挨拶しました。\n",
        # another person of the family, named once and bare: a given name's last kanji
        FULL + "\n宮坂知事に続き、宮坂知子は港の歴史を語りました。\n",
        FULL + "\n沢渡院長の後、沢渡院介は施設を案内しました。\n",
        # no glossary person of the family named in full; a title the release never writes
        "宮坂知事は出席しました。宮坂知也は拍手しました。\n",
        "宮坂 康介は県の港湾計画を説明し、宮坂知亊の名で署名しました。\n",
    ],
)
def test_titles_given_names_and_other_offices_stay_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == []


# a glossary that holds the full title only; a transcript names the minister by family
# name and that title in its heading, and by family name and the office word after it
MINISTRY = (
    "en,ja,kind\nHaruto Aoyagi,青柳 陽翔,person\nMinister of the Environment,環境大臣,title\n"
)
HEADING = "青柳環境大臣記者会見録\n\n【青柳大臣】おはようございます。\n\n"


def _ministry(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, MINISTRY, "ja.txt", text, "PR102")


def test_the_office_word_of_a_glossary_title_slipped(run_cli: Cli, tmp_path: Path) -> None:
    text = HEADING + "【青柳大巨】私からは以上です。\n"
    assert _ministry(run_cli, tmp_path, text) == [("PR102", "大巨")]


@pytest.mark.parametrize(
    "text",
    [
        HEADING + "【青柳大臣】私からは以上です。\n",
        HEADING + "青柳大輔は会場で質問しました。\n",
        # the family name alone, with neither the full name nor a glossary title
        "【青柳大臣】おはようございます。\n【青柳大巨】私からは以上です。\n",
    ],
)
def test_office_words_and_unnamed_families_stay_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _ministry(run_cli, tmp_path, text) == []
