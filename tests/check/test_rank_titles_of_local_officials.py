"""PR105 on a governor or mayor called by family name and another rung of the office
than the release gives the full name: a Japanese release that writes the full name
without its space before the title ('花沢亮太知事', then '花沢副知事'), a Korean one that
sets the prefecture between the name and the title ('하나자와 료타 효고현 지사', then
'하나자와 부지사'), Korean's '부' rungs ('지사' and '부지사'), and a Korean name in
katakana, family name first ('パク・ミンジ市長', then 'パク副市長'); not a professor's
('부교수' is called '교수'), a Western name in katakana (given name first), nor a family
name the release gives another person."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Ryota Hanazawa,花沢 亮太,하나자와 료타,person\n"
    "Yuto Morikawa,森川 悠斗,모리카와 유토,person\n"
    "Park Min-ji,パク・ミンジ,박민지,person\n"
    "Tomasz Nowak,トマシュ・ノバク,토마시 노바크,person\n"
    "Hyogo Prefecture,兵庫県,효고현,place\n"
    "Governor,知事,지사,title\n"
    "Vice Governor,副知事,부지사,title\n"
    "Mayor,市長,시장,title\n"
    "Deputy Mayor,副市長,부시장,title\n"
    "Associate Professor,准教授,부교수,title\n"
    "Professor,教授,교수,title\n"
)


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[str]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR105", "--no-cache",
        "--format", "json",
    )  # fmt: skip
    return [f["found"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "ja.txt",
            "兵庫県の花沢亮太知事は協定に署名しました。\n\n花沢副知事は職員を送ると述べました。\n",
            ["花沢副知事"],
        ),
        (
            "ja.txt",
            "花沢亮太副知事が式典に出席しました。\n\n花沢知事は職員を送ると述べました。\n",
            ["花沢知事"],
        ),
        (
            "ko.txt",
            "하나자와 료타 지사는 협정에 서명했다.\n\n하나자와 부지사는 직원을 보내겠다고 했다.\n",
            ["하나자와 부지사"],
        ),
        (
            "ko.txt",
            "하나자와 료타 효고현 지사는 협정에 서명했다.\n\n"
            "하나자와 부지사는 직원을 보내겠다고 했다.\n",
            ["하나자와 부지사"],
        ),
        # a Korean name in katakana keeps Korean order: its family name first
        (
            "ja.txt",
            "釜山のパク・ミンジ市長が代表団を迎えました。\n\nパク副市長は謝意を述べました。\n",
            ["パク副市長"],
        ),
    ],
)
def test_another_rung_of_the_office_is_reported(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "花沢亮太知事は協定に署名しました。\n\n花沢知事は職員を送ると述べました。\n"),
        (
            "ko.txt",
            "하나자와 료타 효고현 지사는 협정에 서명했다.\n\n"
            "하나자와 지사는 직원을 보내겠다고 했다.\n",
        ),
        # Korean calls an associate professor '교수' after the name
        (
            "ko.txt",
            "모리카와 유토 부교수 연구팀이 방법을 개발했다.\n\n모리카와 교수는 이렇게 말했다.\n",
        ),
        # the family name of another person of the release
        (
            "ja.txt",
            "花沢亮太知事は協定に署名しました。\n\n花沢健副知事は職員を送ると述べました。\n",
        ),
        (
            "ja.txt",
            "パク・ミンジ市長とパク・ジフン氏が出席しました。\n\nパク副市長は謝意を述べました。\n",
        ),
        # a Western name in katakana: its given name first
        (
            "ja.txt",
            "トマシュ・ノバク市長が出席しました。\n\nトマシュ副市長は謝意を述べました。\n",
        ),
    ],
)
def test_the_same_rung_a_professor_and_another_person_stay_silent(
    run_cli: Run, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
