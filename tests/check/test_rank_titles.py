"""A glossary person called by family name and rank ('浜崎専務', '하마사키 전무') that no
title the release gives the full name holds ('常務執行役員の浜崎 玲子') is one person made
two officers (PR105); the rank the title holds, a release about changes of office (old
and new titles on purpose) and a family name the release gives another person are not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Reiko Hamasaki,浜崎 玲子,하마사키 레이코,person\n"
    "Mikio Kato,加藤 幹雄,가토 미키오,person\n"
    "Kazuhiro Tsuji,辻 和宏,쓰지 가즈히로,person\n"
    "Managing Executive Officer,常務執行役員,상무,title\n"
    "Senior Managing Executive Officer,専務執行役員,전무,title\n"
    "President and Representative Director,代表取締役社長,대표이사 사장,title\n"
    "Chief Executive Officer,最高経営責任者,최고경영자,title\n"
    "Yuto Morikawa,森川 悠斗,모리카와 유토,person\n"
    "Keiko Amano,天野 恵子,아마노 게이코,person\n"
    "Associate Professor,准教授,부교수,title\n"
    "Professor,教授,교수,title\n"
)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "ja.txt",
            "常務執行役員の浜崎 玲子がエネルギー本部長を兼務します。\n\n"
            "浜崎専務は「脱炭素の事業を育てます」と述べています。\n",
            ["浜崎専務"],
        ),
        (
            "ko.txt",
            "구로가네상사는 하마사키 레이코 상무가 에너지 본부장을 겸임한다고 밝혔다.\n\n"
            '하마사키 전무는 "탈탄소 사업을 키우겠다"고 말했다.\n',
            ["하마사키 전무"],
        ),
        # the rank the title holds; the company profile's title ('代表取締役社長：')
        (
            "ja.txt",
            "（本社：東京都、代表取締役社長：加藤 幹雄）\n\n常務執行役員の浜崎 玲子も出席。"
            "加藤社長と浜崎常務が説明しました。\n",
            [],
        ),
        # a title of function alone: any rank may go with it
        (
            "ja.txt",
            "最高経営責任者の加藤 幹雄が登壇しました。加藤社長は「挑戦を続けます」と述べました。\n",
            [],
        ),
        # a release about changes of office gives the old title and the new
        (
            "ja.txt",
            "常務執行役員の浜崎 玲子は、6月26日付で専務執行役員に就任します。\n\n"
            "浜崎専務は「身が引き締まる思いです」と述べています。\n",
            [],
        ),
        # the family name ending another's ('小川' for '川'), or of another person
        (
            "ja.txt",
            "常務執行役員の辻 和宏が登壇し、小川辻専務は欠席しました。\n",
            [],
        ),
        (
            "ja.txt",
            "常務執行役員の浜崎 玲子と、浜崎 健が登壇しました。浜崎専務が司会を務めました。\n",
            [],
        ),
        # a university's ranks: 教授 for the 准教授 (a reading between name and title),
        # and 社長 for the 副社長
        (
            "ja.txt",
            "農学部の森川 悠斗（もりかわ ゆうと）准教授と天野 恵子教授らが開発しました。\n\n"
            "森川教授は「現場の声で作り直しました」と話しています。天野教授も述べました。\n",
            ["森川教授"],
        ),
        (
            "ja.txt",
            "副社長の加藤 幹雄が登壇しました。加藤社長は「挑戦を続けます」と述べました。\n",
            ["加藤社長"],
        ),
        # the person's laboratory is no other person of the family name
        (
            "ja.txt",
            "森川 悠斗准教授の森川研究室が開発しました。森川准教授は「三度作り直した」と話す。\n",
            [],
        ),
        # Korean calls every professor 교수
        (
            "ko.txt",
            "모리카와 유토 부교수 연구팀이 새 방법을 개발했다.\n\n모리카와 교수는 이렇게 말했다.\n",
            [],
        ),
    ],
)
def test_rank_after_the_family_name(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["found"] for f in findings if f["code"] == "PR105"] == found


LADDER = (
    "en,ja,ko,kind\n"
    "Haruka Kirishima,霧島 遥,기리시마 하루카,person\n"
    "Daiki Onodera,小野寺 大輝,오노데라 다이키,person\n"
    "Governor,知事,지사,title\n"
    "Vice-Governor,副知事,부지사,title\n"
    "Minister,大臣,장관,title\n"
    "Parliamentary Vice-Minister,大臣政務官,정무관,title\n"
    "Vice-Minister,次官,차관,title\n"
    "Assistant Vice-Minister,次官補,차관보,title\n"
)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        # a rung of the glossary's own titles typed for its neighbour: '副知事' for '知事',
        # '大臣' for '大臣政務官', '次官' for '次官補'
        (
            "ja.txt",
            "霧島 遥知事と小野寺 大輝副知事が出席しました。"
            "霧島副知事は「港を開く」と述べました。\n",
            ["霧島副知事"],
        ),
        (
            "ja.txt",
            "小野寺 大輝大臣政務官が視察しました。小野寺大臣は漁港も訪れました。\n",
            ["小野寺大臣"],
        ),
        (
            "ko.txt",
            "기리시마 하루카 차관보가 방한했다.\n\n기리시마 차관은 회담에서 이렇게 말했다.\n",
            ["기리시마 차관"],
        ),
        # each called by the rung the full name holds, a longer title glued on, a
        # release about changes of office
        (
            "ja.txt",
            "霧島 遥知事と小野寺 大輝副知事が出席し、霧島知事と小野寺副知事が握手しました。\n",
            [],
        ),
        (
            "ja.txt",
            "小野寺 大輝大臣政務官が出席しました。小野寺大臣政務官は漁港も訪れました。\n",
            [],
        ),
        (
            "ja.txt",
            "副知事の霧島 遥は4月1日付で知事に就任しました。霧島知事は抱負を述べました。\n",
            [],
        ),
    ],
)
def test_a_rung_of_the_glossary_titles(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(LADDER, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["found"] for f in findings if f["code"] == "PR105"] == found
