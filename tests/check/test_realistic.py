"""Precision on realistic releases: correct wire-service releases (en, ja, ko; text,
Markdown, HTML) get no finding, with the bundled glossary and with none at all.

The releases in fixtures/realistic/ are invented; each carries the conventions of its
genre (tickers, datelines, contacts, forward-looking statements, 【】 headings, ※ notes,
half-width colons in Japanese, Hanja abbreviations in Korean headlines).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_paths
from prlocalize.config import Settings

REPO = Path(__file__).resolve().parents[2]
REALISTIC = Path(__file__).parent / "fixtures" / "realistic"


@pytest.fixture(scope="module")
def empty_glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("glossary") / "empty.csv"
    path.write_text("id,kind,en,ja,ko\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("release", sorted(p.name for p in REALISTIC.iterdir()))
@pytest.mark.parametrize("glossary", ["bundled", "empty"])
def test_realistic_release_gets_no_finding(
    release: str, glossary: str, empty_glossary: Path
) -> None:
    path = REPO / "glossaries" if glossary == "bundled" else empty_glossary
    result = check_paths([REALISTIC / release], Settings(root=REPO, glossaries=(str(path),)))
    assert len(result.files) == 1
    assert [(f.code, f.message) for f in result.findings] == []


# (release, written, defect, code): one defect put into a correct release is found
DEFECTS = [
    ("en-pharma.txt", "bioventures in Japan", "bio ventures in Japan", "PR304"),
    ("en-pharma.txt", "were not disclosed.", "were not disclosed, .", "PR301"),
    ("en-pharma.txt", "click here: bit.ly/meridian-otsuka-2024", "click here.", "PR202"),
    ("en-pharma.txt", "will run joint research", "will run 공동 research", "PR201"),
    ("en-launch.txt", "today introduced the", "today introduced  the", "PR303"),
    ("en-launch.txt", "for warehouses and", "for warehouses,and", "PR302"),
    ("ja-corporate.txt", "アステラス製薬株式会社（本社", "ｱｽﾃﾗｽ製薬株式会社（本社", "PR102"),
    ("ja-prtimes.txt", "提供を2024年5月10日", "提供を、、2024年5月10日", "PR301"),
    ("ko-release.txt", "출시했다고 3일 밝혔다.", "출시했다고 3일 밝혔다.이번", "PR302"),
    # a name's word spelt as the word alone may be ('Start-ups'), against the name's spelling
    (
        "en-ministry.txt",
        "Youngju, Minister of SMEs and Startups",
        "Youngju, Minister of SMEs and Start-ups",
        "PR304",
    ),
    (
        "en-ministry.txt",
        "The Ministry of SMEs and Startups (MSS)",
        "The Ministry of SMEs and Start-ups (MSS)",
        "PR304",
    ),
    ("ko-ministry.txt", "입셀(YiPSCELL)", "입셀(ＹｉＰＳＣＥＬＬ)", "PR102"),
    ("en-university.txt", 'said: "Blocking', 'said:"Blocking', "PR302"),
    ("en-acquisition.txt", "Founded in 1954 and", "Founded in 1954,and", "PR302"),
    ("en-roster.txt", "Song Jihwan, CEO", "Jihwan Song, CEO", "PR104"),
    ("en-speakers.md", "**Toshio Fujimoto**, CEO", "**ToshioFujimoto**, CEO", "PR101"),
    # a short word of a person's name mistyped: two letters swapped, or one letter changed
    # where the release also writes the name right
    ("en-roster.txt", "Mikio Kato, Group Manager", "Mikio Kaot, Group Manager", "PR102"),
    ("en-speakers.md", "**Taro Masunaga**, Executive", "**Taor Masunaga**, Executive", "PR102"),
    ("ko-roundtable.txt", "오영주 장관은 개회사에서", "오영추 장관은 개회사에서", "PR102"),
    (
        "en-newsroom.html",
        '<a href="https://www.tidewater.example.com/events/plant-tour">',
        "<a>",
        "PR202",
    ),
    (
        "ja-personnel.txt",
        "アイパークインスティチュート株式会社（本社",
        "アイパークインスティテュート株式会社（本社",
        "PR103",
    ),
    ("ja-ir-notice.txt", "売上高、営業利益", "売上高、、営業利益", "PR301"),
    (
        "ja-roundtable.txt",
        "湘南アイパークは、2018年",
        "The park opened in 2018 and hosts more than 150 tenants. 湘南アイパークは、2018年",
        "PR201",
    ),
    ("ko-roundtable.txt", "오영주 장관은 개회사에서", "오영주 장관은  개회사에서", "PR303"),
    (
        "ja-translation.html",
        "日本で発売することを発表しました。",
        "日本で発売することを발표しました。",
        "PR201",
    ),
    ("ko-event.md", "(https://www.seoulfintechweek.example.kr/register)", "()", "PR202"),
    ("en-ir-notice.txt", "hereby announces that", "hereby  announces that", "PR303"),
    ("en-newsroom.html", "1962,&rdquo; said", "1962,&rdquo;said", "PR302"),
    ("en-abbrev.txt", "Visit slmg.example.com.", "Follow us on Facebook and LinkedIn.", "PR202"),
    (
        "ko-startup.txt",
        "회사 홈페이지(https://payload.example.kr/careers)에서",
        "여기에서",
        "PR202",
    ),
]


@pytest.mark.parametrize(("release", "written", "defect", "code"), DEFECTS)
def test_a_defect_in_a_realistic_release_is_found(
    release: str, written: str, defect: str, code: str, tmp_path: Path
) -> None:
    text = (REALISTIC / release).read_text(encoding="utf-8")
    assert text.count(written) == 1
    path = tmp_path / release
    path.write_text(text.replace(written, defect), encoding="utf-8")
    settings = Settings(root=REPO, glossaries=(str(REPO / "glossaries"),))
    assert [f.code for f in check_paths([path], settings).findings] == [code]
