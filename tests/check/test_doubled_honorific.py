"""PR308: an honorific typed twice after a name, as an attendee list merged from two drafts
leaves it ('ユン・ハナ様様', '北山 遥 殿殿', '정태민 총장님님은'), is reported, and the fix
removes the second. Korean never doubles '님', so it is doubled after any word; the other
honorifics only after a glossary person or title: '様様' alone is an old spelling of
'さまざま' ('様様な分野'), and '케이씨씨' a company's
initials in Hangul. An honorific written once stays silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Yoon Ha-na,ユン・ハナ,윤하나,person\n"
    "Haruka Kitayama,北山 遥,기타야마 하루카,person\n"
    "Mayor,市長,시장,title\n"
)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.txt", "出席者：瑞園市長 ユン・ハナ様様、水瀬県知事 北山 遥様\n", ["様"]),
        ("ja.txt", "宛先：水瀬県知事 北山 遥 殿殿\n", ["殿"]),
        ("ja.txt", "ユン・ハナ市長様様のご挨拶に続き、式典が始まりました。\n", ["様"]),
        ("ko.txt", "정태민 총장님님은 협약식에 참석한다.\n", ["님"]),
        ("ko.txt", "윤하나 시장님 님과 함께 기념식수를 했다.\n", [" 님"]),
        ("ko.txt", "참석자: 기타야마 하루카 씨씨, 윤하나 님\n", ["씨"]),
        # once, or no name before it
        ("ja.txt", "出席者：瑞園市長 ユン・ハナ様、水瀬県知事 北山 遥様\n", []),
        ("ja.txt", "両市は経済、文化など様様な分野で交流しています。\n", []),
        ("ko.txt", "케이씨씨 관계자와 윤하나 시장님이 참석했다.\n", []),
        ("ko.txt", "정태민 총장님은 협약식에 참석한다.\n", []),
    ],
)
def test_an_honorific_typed_twice(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR308") == [
        ("PR308", f) for f in found
    ]


def test_the_fix_removes_the_second_honorific(run_cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ja.txt"
    release.write_text("出席者：瑞園市長 ユン・ハナ様様\n", encoding="utf-8")
    run_cli("check", str(release), "-g", str(tmp_path / "g.csv"), "--select", "PR308", "--fix")
    assert release.read_text(encoding="utf-8") == "出席者：瑞園市長 ユン・ハナ様\n"
