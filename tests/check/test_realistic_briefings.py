"""Realistic releases of two shapes no wire release has: a minister's press conference
as ministries publish its transcript in three languages (speaker labels 'Minister
Aoyagi:', '【青柳大臣】', '○ 한서연 장관:', reporters' questions, '1．発言要旨' outlines) and
a company's media advisory (What/When/Where/Who fields, a programme table, an RSVP
link), checked against a glossary kept as a team keeps one (``en,ja,ko,kind``) that
holds titles in full only ('Minister of the Environment', '環境大臣').

Each correct release gets no finding; one defect put into it is found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_paths
from prlocalize.config import Settings

REPO = Path(__file__).resolve().parents[2]
REALISTIC = Path(__file__).parent / "fixtures" / "realistic"
RELEASES = (
    "en-press-conference.txt",
    "ja-press-conference.txt",
    "ko-press-conference.txt",
    "en-media-advisory.md",
    "ja-media-advisory.md",
    "ko-media-advisory.md",
)

GLOSSARY = """\
en,ja,ko,kind
Haruto Aoyagi,青柳 陽翔,아오야기 하루토,person
Minister of the Environment,環境大臣,환경대신,title
Ministry of the Environment,環境省,환경성,org
Seo-yeon Han,韓 瑞妍,한서연,person
Minister of Environment,環境部長官,환경부 장관,title
Ministry of Environment,環境部,환경부,org
Kenji Morishita,森下 健二,모리시타 겐지,person
Press Secretary,報道官,대변인,title
Greenleaf Accord,グリーンリーフ協定,그린리프 협정,term
Busan,釜山,부산,place
Kitakyushu,北九州,기타큐슈,place
Mirae Bioworks,ミレバイオワークス,미래바이오웍스,org
Ji-ho Kang,姜 智浩,강지호,person
Chief Executive Officer,最高経営責任者,최고경영자,title
Yuki Tanabe,田辺 由紀,다나베 유키,person
Osaka Bay Innovation Hub,大阪ベイ・イノベーションハブ,오사카베이 이노베이션 허브,place
Biolumen,バイオルーメン,바이오루멘,brand
"""


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    path = tmp_path_factory.mktemp("glossary") / "briefings.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return Settings(root=REPO, glossaries=(str(path),))


@pytest.mark.parametrize("release", RELEASES)
def test_a_correct_release_gets_no_finding(release: str, settings: Settings) -> None:
    result = check_paths([REALISTIC / release], settings)
    assert [(f.line, f.code, f.message) for f in result.findings] == []


# (release, written, defect, code): one defect put into a correct release is found
DEFECTS = [
    # a speaker label's title glued to the name, or slipped
    (
        "en-press-conference.txt",
        "Minister Aoyagi: Good morning",
        "MinisterAoyagi: Good morning",
        "PR101",
    ),
    (
        "en-press-conference.txt",
        "Minister Aoyagi: The accord",
        "Minitster Aoyagi: The accord",
        "PR102",
    ),
    ("ja-press-conference.txt", "【青柳大臣】おはよう", "【青柳大巨】おはよう", "PR102"),
    ("ko-press-conference.txt", "○ 한서연 장관: 안녕", "○ 한서연 장곤: 안녕", "PR102"),
    # the heading's name in the other order
    (
        "en-press-conference.txt",
        "Minister of the Environment Haruto Aoyagi",
        "Minister of the Environment Aoyagi Haruto",
        "PR104",
    ),
    ("en-press-conference.txt", "on our website.", "on our website, .", "PR301"),
    # a brand restyled, a place misspelt, a name's hyphen dropped
    ("en-media-advisory.md", "demonstration of Biolumen,", "demonstration of BioLumen,", "PR102"),
    ("en-media-advisory.md", "Bay Innovation Hub, Hall B", "Bay Inovation Hub, Hall B", "PR102"),
    ("en-media-advisory.md", "remarks by Ji-ho Kang", "remarks by Jiho Kang", "PR102"),
    ("ja-media-advisory.md", "| バイオルーメンの実演", "| バイオルメンの実演", "PR102"),
    ("ja-media-advisory.md", "[取材申込ページ]", "[here]", "PR204"),
    ("ko-media-advisory.md", "| 강지호 최고경영자 인사말", "| 강지오 최고경영자 인사말", "PR102"),
    ("ko-media-advisory.md", "[취재 신청 페이지]", "[registration page]", "PR204"),
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
