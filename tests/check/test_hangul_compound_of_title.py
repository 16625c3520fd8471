"""PR102: a Hangul word that is a glossary title or term with its last syllable changed
into a suffix is another compound of the same stem, not a slip: '심사위원단' (the jury)
and '운영위원회' (the committee) beside the title '심사위원장' or '운영위원장'. A slip
inside the word, or a last syllable that makes no suffix, is still reported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Jury President,審査委員長,심사위원장,title\n"
    "Steering Committee Chair,運営委員長,운영위원장,title\n"
    "Cinema Center,シネマセンター,시네마센터,place\n"
    "Nara Bioworks,ナラバイオワークス,나라바이오웍스,org\n"
)


def _findings(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ko.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    return [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    "text",
    [
        "■ 심사위원단\n- 레아 모로(프랑스, 심사위원장)\n",
        "올해 심사위원단은 다섯 명으로 꾸려졌다.\n",
        "운영위원회는 다음 달 회의를 열어 일정을 확정한다.\n",
        "운영위원들은 개막식에 함께 참석했다.\n",
        "이 안건은 운영위원이 결정한다.\n",  # a member, with a particle
    ],
)
def test_another_compound_of_a_title_is_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _findings(run_cli, tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("올해 심사의원장은 레아 모로다.\n", "심사의원장"),  # a slip inside the word
        ("올해 심사위원잠은 레아 모로다.\n", "심사위원잠"),  # a last syllable that is no suffix
        ("시상식은 시네마센터에서, 뒤풀이는 시네마센토에서 열렸다.\n", "시네마센토"),
    ],
)
def test_a_slip_is_still_reported(run_cli: Cli, tmp_path: Path, text: str, found: str) -> None:
    assert ("PR102", found) in _findings(run_cli, tmp_path, text)
