"""Source checks with the glossaries teams actually keep: only ``en,ja,ko,kind`` columns
(a spreadsheet, or a TBX export), and the full bundled glossary (issue 11).

Names: a person with only an approved form still gets glued (PR101) and reversed
(PR104) forms; ``glossary lint`` and ``glossary import`` say what was inferred.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

REPO = Path(__file__).resolve().parents[2]
Run = Callable[..., Result]

MINIMAL = """en,ja,ko,kind
Nobuyuki Takizawa,滝沢 信行,다키자와 노부유키,person
Oh Youngju,オ・ヨンジュ,오영주,person
Park Hyun Sook,パク・ヒョンスク,박현숙,person
Sugita,杉田,스기타,person
Chief Operating Officer,最高執行責任者,최고운영책임자,title
Chief Executive Officer,最高経営責任者,최고경영자,title
Senior Vice President,シニア・バイス・プレジデント,수석부사장,title
Managing Director,マネージングディレクター,전무이사,title
Team Leader,チームリーダー,팀장,title
Group Manager,グループ長,그룹장,title
Founder,創業者,창업자,title
Incheon,仁川,인천,place
Niigata,新潟,니가타,place
Seoul,ソウル,서울,place
Sakura Mobility Co. Ltd.,さくらモビリティ株式会社,사쿠라모빌리티,org
"""


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.csv"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


@pytest.fixture
def beside_bundled(tmp_path: Path) -> Path:
    """The minimal entries that the bundled glossary does not hold, to load beside it."""
    bundled = {
        form
        for path in (REPO / "glossaries").glob("*.csv")
        for row in csv.DictReader(path.open(encoding="utf-8", newline=""))
        for form in (row.get("en"), *(row.get("variants:en") or "").split("|"))
        if form
    }
    lines = MINIMAL.splitlines()
    kept = [lines[0]] + [line for line in lines[1:] if line.split(",")[0] not in bundled]
    path = tmp_path / "extra.csv"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def bundled_minimal(tmp_path: Path) -> Path:
    """The bundled glossary cut down to the four columns a spreadsheet starts with."""
    rows: list[dict[str, str]] = []
    for path in sorted((REPO / "glossaries").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows += [
                {c: row.get(c) or "" for c in ("en", "ja", "ko", "kind")}
                for row in csv.DictReader(fh)
            ]
    out = tmp_path / "bundled-minimal.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["en", "ja", "ko", "kind"])
        writer.writeheader()
        writer.writerows(rows)
    return out


def findings(run_cli: Run, release: Path, glossary: Path) -> list[tuple[int, str, str, str | None]]:
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    assert result.exit_code in (0, 1), result.stderr
    return [
        (f["line"], f["code"], f["found"], f["suggestion"])
        for f in json.loads(result.stdout)["findings"]
    ]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- names without name parts


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "speakers.txt",
            "Speakers\n\nNobuyukiTakizawa, Chief Operating Officer, Example Corp.\n"
            "Youngju Oh, Minister\n",
        ),
        (
            "speakers.md",
            "# Speakers\n\n- **NobuyukiTakizawa**, Chief Operating Officer, Example Corp.\n"
            "- **Youngju Oh**, Minister\n",
        ),
        (
            "speakers.html",
            '<html lang="en"><body><h1>Speakers</h1>\n<ul>\n'
            "<li><strong>NobuyukiTakizawa</strong>, Chief Operating Officer, Example Corp.</li>\n"
            "<li>Youngju Oh, Minister</li>\n</ul></body></html>\n",
        ),
    ],
)
def test_glued_and_reversed_names_without_name_parts(
    run_cli: Run, tmp_path: Path, minimal: Path, name: str, text: str
) -> None:
    found = findings(run_cli, write(tmp_path, name, text), minimal)
    assert [(code, what, fix) for _line, code, what, fix in found] == [
        ("PR101", "NobuyukiTakizawa", "Nobuyuki Takizawa"),
        ("PR104", "Youngju Oh", "Oh Youngju"),
    ]


def test_name_forms_in_every_order(run_cli: Run, tmp_path: Path, minimal: Path) -> None:
    release = write(
        tmp_path,
        "release.txt",
        "TakizawaNobuyuki and ParkHyunSook opened the forum. Takizawa Nobuyuki spoke first.\n"
        "Hyun Sook Park and Sook Park Hyun closed it; Sugita took questions.\n",
    )
    assert findings(run_cli, release, minimal) == [
        (1, "PR101", "TakizawaNobuyuki", "Takizawa Nobuyuki"),
        (1, "PR101", "ParkHyunSook", "Park Hyun Sook"),
        (1, "PR104", "Takizawa Nobuyuki", "Nobuyuki Takizawa"),
        # three parts and no name parts: which order is reversed is unknown, so none is
    ]


def test_a_hyphenated_name_glued_without_its_hyphen(run_cli: Run, tmp_path: Path) -> None:
    glossary = write(tmp_path, "g.csv", "en,ja,ko,kind\nJi-won Park,朴智媛,박지원,person\n")
    release = write(
        tmp_path,
        "release.txt",
        "JiwonPark and Ji-wonPark spoke; ParkJiwon closed.\n"
        "Ji-won Park thanked Jiwon, Park and the Park-Jiwon Foundation.\n",
    )
    assert findings(run_cli, release, glossary) == [
        (1, "PR101", "JiwonPark", "Ji-won Park"),
        (1, "PR101", "Ji-wonPark", "Ji-won Park"),
        (1, "PR101", "ParkJiwon", "Park Ji-won"),
    ]
    fixed = run_cli("check", str(release), "-g", str(glossary), "--fix", "--no-cache")
    assert fixed.exit_code == 0, fixed.output
    assert release.read_text(encoding="utf-8").splitlines()[0] == (
        "Ji-won Park and Ji-won Park spoke; Park Ji-won closed."
    )


def test_names_in_japanese_and_korean_releases(run_cli: Run, tmp_path: Path, minimal: Path) -> None:
    ja = write(
        tmp_path, "ja.txt", "本日、信行 滝沢が登壇し、滝沢信行氏とオ・ヨンジュ長官が対談した。\n"
    )
    ko = write(
        tmp_path, "ko.txt", "이날 노부유키 다키자와 대표와 다키자와노부유키 씨가 참석했다.\n"
    )
    assert findings(run_cli, ja, minimal) == [(1, "PR104", "信行 滝沢", "滝沢 信行")]
    # a Japanese name in Hangul is written apart as it is in Japanese: glued, it is PR101
    assert findings(run_cli, ko, minimal) == [
        (1, "PR104", "노부유키 다키자와", "다키자와 노부유키"),
        (1, "PR101", "다키자와노부유키", "다키자와 노부유키"),
    ]


def test_full_glossary_cut_to_four_columns_finds_the_same_names(
    run_cli: Run, tmp_path: Path, bundled_minimal: Path
) -> None:
    release = write(
        tmp_path,
        "roster.txt",
        "Participants\n\nMikioKato, Group Manager, Open Innovation Group\n"
        "Youngju Oh, Minister\nLim Jungwook, Deputy Minister\n",
    )
    full = findings(run_cli, release, REPO / "glossaries")
    assert findings(run_cli, release, bundled_minimal) == full
    assert [(code, what) for _l, code, what, _f in full] == [
        ("PR101", "MikioKato"),
        ("PR104", "Youngju Oh"),
    ]


TBX = """<?xml version="1.0" encoding="utf-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>CAT tool export</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="p1">
      <descrip type="subjectField">person</descrip>
      <langSet xml:lang="en"><tig><term>Nobuyuki Takizawa</term></tig></langSet>
      <langSet xml:lang="ja"><tig><term>滝沢 信行</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_tbx_person_without_name_parts(run_cli: Run, tmp_path: Path) -> None:
    tbx = write(tmp_path, "export.tbx", TBX)
    lint = run_cli("glossary", "lint", str(tbx))
    assert lint.exit_code == 0
    assert "info name-inferred [en]: no name parts for 'Nobuyuki Takizawa': inferred glued " in (
        lint.stdout
    )
    imported = run_cli("glossary", "import", str(tbx), "-o", str(tmp_path / "out.csv"))
    assert imported.exit_code == 0
    assert "reversed 'Takizawa Nobuyuki'" in imported.stderr
    release = write(tmp_path, "r.txt", "NobuyukiTakizawa met Takizawa Nobuyuki.\n")
    for glossary in (tbx, tmp_path / "out.csv"):
        assert [code for _l, code, _w, _f in findings(run_cli, release, glossary)] == [
            "PR101",
            "PR104",
        ]


def test_lint_reports_inferred_names_as_information(run_cli: Run, minimal: Path) -> None:
    result = run_cli("glossary", "lint", "--strict", "--format", "json", str(minimal))
    assert result.exit_code == 0  # information never fails a lint, not even --strict
    report = json.loads(result.stdout)
    inferred = {
        (p["line"], p["column"]): p["message"]
        for p in report["problems"]
        if p["code"] == "name-inferred"
    }
    assert all(p["level"] == "info" for p in report["problems"])
    assert inferred[(2, "en")] == (
        "no name parts for 'Nobuyuki Takizawa': inferred glued 'NobuyukiTakizawa' and "
        "'TakizawaNobuyuki'; reversed 'Takizawa Nobuyuki'"
    )
    assert inferred[(4, "en")] == (
        "no name parts for 'Park Hyun Sook': inferred glued 'ParkHyunSook'; order left alone "
        "(three parts or more: give the given and family name)"
    )
    assert inferred[(5, "en")].endswith(
        "written as one word, so no glued or reversed form is checked"
    )
    assert report["summary"] == {"errors": 0, "warnings": 0, "info": len(inferred)}


# ---------------------------------------------------------------- near misses by one edit

ROSTER = [
    ("Jane Doe", "Senir Vice President", "Senior Vice President"),
    ("John Roe", "Foundr", "Founder"),
    ("Mary Poe", "Managing Directr", "Managing Director"),
    ("Kim Lee", "Grroup Manager", "Group Manager"),
    ("Tom Hill", "Cief Operating Officer", "Chief Operating Officer"),
    ("Ann Bell", "Team Leaer", "Team Leader"),
    ("Ron Ash", "Chief Operating Officeer", "Chief Operating Officer"),
    ("Sue Oak", "Chef Executive Officer", "Chief Executive Officer"),
]
PROSE = (
    "The chef said the Senior Vice Presidents and the team leaders met the founders at "
    "the Corporate Office; our corporate offices moved, and the group managed the move."
)


def _roster(fmt: str, titles: list[str]) -> str:
    lines = [
        f"{name}, {title}, Example Corp."
        for (name, _, _), title in zip(ROSTER, titles, strict=True)
    ]
    if fmt == "md":
        return "# Speakers\n\n" + "".join(f"- {line}\n" for line in lines) + f"\n{PROSE}\n"
    if fmt == "html":
        items = "".join(f"<li>{line}</li>\n" for line in lines)
        return (
            f'<html lang="en"><body><h1>Speakers</h1>\n<ul>\n{items}</ul>\n'
            f"<p>{PROSE}</p></body></html>\n"
        )
    return "Speakers\n\n" + "".join(f"{line}\n" for line in lines) + f"\n{PROSE}\n"


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@pytest.mark.parametrize("glossary", ["minimal", "bundled+minimal"])
def test_titles_misspelt_by_one_edit(
    run_cli: Run, tmp_path: Path, minimal: Path, beside_bundled: Path, fmt: str, glossary: str
) -> None:
    paths = [minimal] if glossary == "minimal" else [REPO / "glossaries", beside_bundled]
    args = [a for p in paths for a in ("-g", str(p))]
    release = write(tmp_path, f"speakers.{fmt}", _roster(fmt, [t for _, t, _ in ROSTER]))
    result = run_cli("check", str(release), *args, "--format", "json", "--no-cache")
    found = [
        (f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]
    ]
    assert found == [("PR102", wrong, right) for _, wrong, right in ROSTER]
    correct = write(tmp_path, f"correct.{fmt}", _roster(fmt, [t for _, _, t in ROSTER]))
    silent = run_cli("check", str(correct), *args, "--format", "json", "--no-cache")
    assert json.loads(silent.stdout)["findings"] == []


def test_an_agent_noun_base_set_beside_a_person_is_a_slipped_title(
    run_cli: Run, tmp_path: Path, minimal: Path
) -> None:
    # 'Office' for 'Officer' is a slip where it is a person's title, after their name and
    # a comma or before their name; an office's name stands elsewhere
    release = write(
        tmp_path,
        "r.txt",
        '"We are ready," said Nobuyuki Takizawa, Chief Operating Office at Sakura.\n\n'
        "Chief Executive Office Nobuyuki Takizawa opened the plant.\n\n"
        "The Chief Executive Office, the Legal Department and Seoul, Chief Operating "
        "Office staff moved to Incheon with Nobuyuki Takizawa, Chief Executive Office "
        "Manager.\n",
    )
    assert findings(run_cli, release, minimal) == [
        (1, "PR102", "Chief Operating Office", "Chief Operating Officer"),
        (3, "PR102", "Chief Executive Office", "Chief Executive Officer"),
    ]


def test_near_miss_fix_rewrites_only_the_word(run_cli: Run, tmp_path: Path, minimal: Path) -> None:
    release = write(tmp_path, "r.txt", "Sue Oak, Chef Executive Officer, spoke.\n")
    result = run_cli("check", str(release), "-g", str(minimal), "--diff", "--unsafe")
    assert "+Sue Oak, Chief Executive Officer, spoke." in result.stdout


def test_near_misses_in_japanese_and_korean_releases(
    run_cli: Run, tmp_path: Path, minimal: Path
) -> None:
    ja = write(
        tmp_path,
        "ja.txt",
        "本日、シニア・バイス・プレジデンドの山田太郎が登壇した。同社のTeam Leaer も参加した。\n",
    )
    ko = write(tmp_path, "ko.txt", "이날 최고운영책입자 김철수 씨가 참석했다.\n")
    assert findings(run_cli, ja, minimal) == [(1, "PR102", "プレジデンド", "プレジデント")]
    assert findings(run_cli, ko, minimal) == [(1, "PR102", "최고운영책입자", "최고운영책임자")]


# ---------------------------------------------------------------- forms of another locale


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "en.txt",
            "The new plant in 인천 will open in May, and a second one near 新潟.\n",
            [("PR106", "인천", "Incheon"), ("PR106", "新潟", "Niigata")],
        ),
        (
            "en.md",
            "# Plants\n\nThe new plant in **인천** will open in May.\n",
            [("PR106", "인천", "Incheon")],
        ),
        (
            "en.html",
            '<html lang="en"><body><p>The new plant in 新潟 will open in May.</p></body></html>\n',
            [("PR106", "新潟", "Niigata")],
        ),
        ("ja.txt", "本日、인천の新工場が稼働した。\n", [("PR106", "인천", "仁川")]),
        ("ko.txt", "이날 ソウル에서 신제품을 발표했다.\n", [("PR106", "ソウル", "서울")]),
        # a person or place left in Latin letters in a Japanese or Korean release
        ("ja.txt", "本日、Incheonの新工場が稼働した。\n", [("PR106", "Incheon", "仁川")]),
        (
            "ja.md",
            "# 人事\n\nNobuyuki Takizawa氏が登壇した。\n",
            [("PR106", "Nobuyuki Takizawa", "滝沢 信行")],
        ),
        (
            "ko.html",
            '<html lang="ko"><body><p>이날 Seoul에서 Nobuyuki Takizawa 대표가 발표했다.</p>'
            "</body></html>\n",
            [("PR106", "Seoul", "서울"), ("PR106", "Nobuyuki Takizawa", "다키자와 노부유키")],
        ),
        # ... also as the value a title labels in the issuer's bracket, where the release
        # writes its people in its own form; a label naming a language glosses the name
        (
            "ja.txt",
            "桜花工業株式会社（本社：東京都港区、代表取締役社長：Nobuyuki Takizawa）は、"
            "新製品を発表しました。\n",
            [("PR106", "Nobuyuki Takizawa", "滝沢 信行")],
        ),
        (
            "ko.txt",
            "벚꽃공업(대표이사 Nobuyuki Takizawa)은 신제품을 발표했다.\n",
            [("PR106", "Nobuyuki Takizawa", "다키자와 노부유키")],
        ),
        ("ja.txt", "滝沢 信行（英語表記：Nobuyuki Takizawa）が登壇した。\n", []),
        # a Japanese place left in kanji in a Korean release
        ("ko.txt", "이날 新潟 공장이 가동을 시작했다.\n", [("PR106", "新潟", "니가타")]),
        # Hanja the glossary knows only a part of, or glossed, is ordinary Korean writing
        ("ko.txt", "이날 新潟縣 공장과 니가타(新潟) 공장, 新潟(니가타) 창고를 열었다.\n", []),
        # mentions and official names in Latin letters are ordinary Japanese writing
        ("ja.txt", "仁川（Incheon）の新工場と、Incheon（仁川）の倉庫。\n", []),
        ("ja.txt", "「Seoul」と題した展示会を開いた。\n", []),
        ("ja.txt", "英語名はIncheon Global Campusで、仁川に開設された研究拠点です。\n", []),
        ("ja.txt", "本日、Sakura Mobility Co. Ltd.とFounderの会合が東京で開かれました。\n", []),
        ("ja.md", "詳細は[Seoul](https://example.com/seoul)をご覧ください。\n", []),
        (
            "ja.txt",
            "本日、新工場の稼働を発表しました。The plant in Incheon opens in May. "
            "新工場は5月に稼働する予定です。\n",
            # an English sentence is PR201's, whole: no second finding for its place name
            [("PR201", "The plant in Incheon opens in May", None)],
        ),
    ],
)
def test_forms_of_another_locale_get_the_release_language_form(
    run_cli: Run, tmp_path: Path, minimal: Path, name: str, text: str, expected: list[object]
) -> None:
    found = findings(run_cli, write(tmp_path, name, text), minimal)
    # one finding per defect: PR201 (foreign-script fragment) leaves these spans to PR106
    assert [(code, what, fix) for _line, code, what, fix in found] == expected


def test_other_locale_form_fix_and_what_stays_with_pr201(
    run_cli: Run, tmp_path: Path, minimal: Path
) -> None:
    release = write(
        tmp_path,
        "r.txt",
        "The plant in 인천 opens in May.\n\n"
        "Niigata (新潟) and “인천” are quoted; 新潟県 and 인천 송도 are only partly known.\n",
    )
    assert [(code, what) for _l, code, what, _f in findings(run_cli, release, minimal)] == [
        ("PR106", "인천"),
        ("PR201", "新潟県"),
        ("PR201", "인천 송도"),
    ]
    diff = run_cli("check", str(release), "-g", str(minimal), "--diff", "--unsafe").stdout
    assert "+The plant in Incheon opens in May." in diff


def test_other_locale_forms_with_the_bundled_glossary(run_cli: Run, tmp_path: Path) -> None:
    release = write(
        tmp_path, "r.txt", "The delegation from 세종특별자치시 visited 湘南アイパーク.\n"
    )
    found = findings(run_cli, release, REPO / "glossaries")
    assert [(code, what, fix) for _l, code, what, fix in found] == [
        ("PR106", "세종특별자치시", "Sejong Special Self-Governing City"),
        ("PR106", "湘南アイパーク", "Shonan iPark"),
    ]


# ---------------------------------------------------------------- one company, two legal forms


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_company_in_two_legal_forms(run_cli: Run, tmp_path: Path, minimal: Path, fmt: str) -> None:
    paragraphs = [
        "Sakura Mobility Co., Ltd. today announced a partnership with Acme Diagnostics Inc.",
        "The agreement with Sakura Mobility Inc. covers Japan and Korea.",
        "Sakura Mobility Corporation will invest in Harbor Diagnostics Ltd. next year.",
    ]
    if fmt == "html":
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        text = f'<html lang="en"><body>\n{body}</body></html>\n'
    else:
        text = "\n\n".join(paragraphs) + "\n"
    release = write(tmp_path, f"r.{fmt}", text)
    for glossary in (minimal, REPO / "glossaries"):
        found = findings(run_cli, release, glossary)
        assert [(code, what, fix) for _l, code, what, fix in found] == [
            ("PR105", "Sakura Mobility Inc.", "Sakura Mobility Co., Ltd."),
            ("PR105", "Sakura Mobility Corporation", "Sakura Mobility Co., Ltd."),
        ]


def test_legal_forms_in_japanese_and_korean_releases(
    run_cli: Run, tmp_path: Path, minimal: Path
) -> None:
    ja = write(
        tmp_path,
        "ja.txt",
        "自動運転の開発を手がけるSakura Mobility Co., Ltd.は本日、米国子会社を通じて"
        "Sakura Mobility Inc.との業務提携を発表した。両社は来年から共同で実証実験を行う。\n",
    )
    ko = write(
        tmp_path,
        "ko.txt",
        "자율주행 기술을 개발하는 Sakura Mobility Corporation은 이날 일본 법인인 "
        "Sakura Mobility Co., Ltd.와 업무 협약을 맺었다고 밝혔다. 두 회사는 내년부터 공동 "
        "실증을 진행할 계획이다.\n",
    )
    assert [(c, w) for _l, c, w, _f in findings(run_cli, ja, minimal)] == [
        ("PR105", "Sakura Mobility Inc.")
    ]
    assert [(c, w) for _l, c, w, _f in findings(run_cli, ko, minimal)] == [
        ("PR105", "Sakura Mobility Co., Ltd.")  # the form the release uses first is kept
    ]


def test_one_legal_form_and_other_companies_are_silent(
    run_cli: Run, tmp_path: Path, minimal: Path
) -> None:
    release = write(
        tmp_path,
        "r.txt",
        "Sakura Mobility Co., Ltd. and Sakura Holdings Inc. met Acme Inc. and Acme Foods Ltd.\n\n"
        "Today Sakura Mobility Co.,Ltd. said it would expand.\n",
    )
    assert [c for _l, c, _w, _f in findings(run_cli, release, minimal) if c == "PR105"] == []
