"""Realistic releases of issuers that write names with their titles: a Korean ministry's
보도자료 (담당 부서, 담당자, 배포일시), a Japanese prefecture's release (報道関係者各位,
お問い合わせ先), the English release of a Korean group's U.S. subsidiary; checked
against a glossary kept the way a team keeps one (``en,ja,ko,kind``).

Each correct release gets no finding; one defect put into it is found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_paths
from prlocalize.config import Settings

REPO = Path(__file__).resolve().parents[2]
REALISTIC = Path(__file__).parent / "fixtures" / "realistic"
RELEASES = ("ko-ministry-bodo.txt", "ja-prefecture.txt", "en-subsidiary.txt")

GLOSSARY = """\
en,ja,ko,kind
Choi Min-ho,チェ・ミンホ,최민호,person
Jeong Woo-jin,チョン・ウジン,정우진,person
Go Su,コ・ス,고수,person
Park Seo-yeon,パク・ソヨン,박서연,person
Lee Jung-min,イ・ジョンミン,이정민,person
Lee Jung-bin,イ・ジョンビン,이정빈,person
Han Ji-woo,ハン・ジウ,한지우,person
Daniel R. Whitfield,ダニエル・R・ホイットフィールド,대니얼 R. 휫필드,person
Rebecca Alvarez,レベッカ・アルバレス,레베카 알바레스,person
Misaki Nakamura,中村 美咲,나카무라 미사키,person
Takuya Endo,遠藤 拓也,엔도 다쿠야,person
Minister,長官,장관,title
Minister of Oceans and Fisheries,海洋水産部長官,해양수산부 장관,title
Mayor of Busan,釜山広域市長,부산광역시장,title
Governor of Shizuoka Prefecture,静岡県知事,시즈오카현 지사,title
Chief Executive Officer,最高経営責任者,최고경영자,title
Chief Financial Officer,最高財務責任者,최고재무책임자,title
Executive Vice President,副社長,부사장,title
Director General,局長,국장,title
Ministry of Oceans and Fisheries,海洋水産部,해양수산부,org
"Ministry of Land, Infrastructure and Transport",国土交通部,국토교통부,org
Busan Metropolitan City,釜山広域市,부산광역시,org
Shizuoka Prefecture,静岡県,시즈오카현,org
Hanbit Group,ハンビットグループ,한빛그룹,org
"Hanbit Energy America, Inc.",ハンビットエナジーアメリカ,한빛에너지아메리카,org
Busan Port Authority,釜山港湾公社,부산항만공사,org
Shizuoka Industrial Promotion Foundation,静岡県産業振興財団,시즈오카현산업진흥재단,org
Busan,釜山,부산,place
Yeosu,麗水,여수,place
Numazu,沼津,누마즈,place
"Austin, Texas",テキサス州オースティン,텍사스주 오스틴,place
Port of Busan,釜山港,부산항,place
HanbitCharge,ハンビットチャージ,한빛차지,brand
PortMind,ポートマインド,포트마인드,brand
"""


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    path = tmp_path_factory.mktemp("glossary") / "public-sector.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return Settings(root=REPO, glossaries=(str(path),))


@pytest.mark.parametrize("release", RELEASES)
def test_a_correct_release_gets_no_finding(release: str, settings: Settings) -> None:
    result = check_paths([REALISTIC / release], settings)
    assert [(f.line, f.code, f.message) for f in result.findings] == []


# (release, written, defect, code): one defect put into a correct release is found
DEFECTS = [
    # a Korean name with a space added, beside its title
    ("ko-ministry-bodo.txt", "(장관 최민호)", "(장관 최 민호)", "PR102"),
    ("ko-ministry-bodo.txt", "박서연 부산광역시장", "박 서연 부산광역시장", "PR102"),
    # a katakana name with a space for its middle dot
    ("ja-prefecture.txt", "チョン・ウジン局長", "チョン ウジン局長", "PR102"),
    # a middle initial without its stop
    ("en-subsidiary.txt", "said Daniel R. Whitfield", "said Daniel R Whitfield", "PR102"),
    # two letters swapped in a hyphenated given name
    ("en-subsidiary.txt", "with Lee Jung-min, Director", "with Lee Jugn-min, Director", "PR102"),
    # one company's legal form written with and without its comma
    (
        "en-subsidiary.txt",
        "Hanbit Energy America, Inc. designs",
        "Hanbit Energy America Inc. designs",
        "PR105",
    ),
    # a slip in a name's word in a headline set in capitals
    ("en-subsidiary.txt", "ENERGY AMERICA OPENS", "ENERGY AMERCIA OPENS", "PR102"),
]


@pytest.mark.parametrize(("release", "written", "defect", "code"), DEFECTS)
def test_a_defect_in_a_correct_release_is_found(
    release: str, written: str, defect: str, code: str, settings: Settings, tmp_path: Path
) -> None:
    text = (REALISTIC / release).read_text(encoding="utf-8")
    assert text.count(written) == 1
    path = tmp_path / release
    path.write_text(text.replace(written, defect), encoding="utf-8")
    assert [f.code for f in check_paths([path], settings).findings] == [code]
