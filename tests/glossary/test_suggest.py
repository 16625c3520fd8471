"""``glossary suggest``: names matched across scripts by reading, and candidates from pairs."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from prlocalize.glossary.suggest import SentencePair, match_names, suggest

sys.path.insert(0, str(Path(__file__).parents[1] / "align"))
from align_gold import GOLD_PAIRS
from align_support import write_pair

# (English sentence, Japanese or Korean sentence, language, English name, its form there,
#  English family name, family name there)
NAMES = [
    ("Kenta Sato opened the plant.", "佐藤 健太が工場を開所した。", "ja",
     "Kenta Sato", "佐藤 健太", "Sato", "佐藤"),
    ("Shota Nakamura joined in May.", "中村翔太は5月に入社した。", "ja",
     "Shota Nakamura", "中村翔太", "Nakamura", "中村"),
    ("KOBAYASHI Keiko gave the keynote.", "小林 恵子が基調講演を行った。", "ja",
     "KOBAYASHI Keiko", "小林 恵子", "KOBAYASHI", "小林"),
    ("Koji Ohno, CEO, said so.", "大野 浩二社長はそう述べた。", "ja",
     "Koji Ohno", "大野 浩二", "Ohno", "大野"),
    ("Toshio Fujimoto welcomed them.", "フジモト・トシオが一行を迎えた。", "ja",
     "Toshio Fujimoto", "フジモト・トシオ", "Fujimoto", "フジモト"),
    ("Maria Garcia attended.", "マリア・ガルシア氏も出席した。", "ja",
     "Maria Garcia", "マリア・ガルシア", "Garcia", "ガルシア"),
    ("John Smith, CTO, presented.", "ジョン・スミスCTOが発表した。", "ja",
     "John Smith", "ジョン・スミス", "Smith", "スミス"),
    ("Mirela Vasquez, CEO, said so.", "CEOのミレラ・バスケスはそう述べた。", "ja",
     "Mirela Vasquez", "ミレラ・バスケス", "Vasquez", "バスケス"),
    ("Contact: Aiko Brandt", "お問い合わせ：アイコ・ブラント", "ja",
     "Aiko Brandt", "アイコ・ブラント", "Brandt", "ブラント"),
    ("Julia Brenner, CEO of Bluefin Pay, spoke.", "블루핀페이의 줄리아 브레너 CEO가 말했다.", "ko",
     "Julia Brenner", "줄리아 브레너", "Brenner", "브레너"),
    ("Minister Oh Youngju visited.", "오영주 장관이 방문했다.", "ko",
     "Oh Youngju", "오영주", "Oh", "오"),
    ("Kim Min-jun, CEO, spoke.", "김민준 대표가 말했다.", "ko",
     "Kim Min-jun", "김민준", "Kim", "김"),
    ("Seoyeon Lee said the plan works.", "이서연 이사는 계획이 효과가 있다고 말했다.", "ko",
     "Seoyeon Lee", "이서연", "Lee", "이"),
    ("Professor Park Ji Hoon led it.", "박지훈 교수가 이끌었다.", "ko",
     "Park Ji Hoon", "박지훈", "Park", "박"),
    ("Namgoong Minsu attended.", "남궁민수 씨가 참석했다.", "ko",
     "Namgoong Minsu", "남궁민수", "Namgoong", "남궁"),
]  # fmt: skip


@pytest.mark.parametrize("case", NAMES, ids=lambda c: c[3])
def test_names_match_across_scripts_in_either_order(case: tuple[str, ...]) -> None:
    english, other, lang, name, form, en_family, family = case
    found = match_names(english, other, lang)
    assert [(m.english, m.form, m.en_family, m.family) for m in found] == [
        (name, form, en_family, family)
    ]


@pytest.mark.parametrize(
    ("english", "other", "lang"),
    [
        ("Emily Clark opened the event.", "田中 一郎が開会した。", "ja"),
        ("Robert Brown signed.", "김영희 대표가 서명했다.", "ko"),
        ("Kenta Sato opened the plant.", "工場が開所した。", "ja"),  # name left out
        ("The Bluefin Pay service starts.", "블루핀페이 서비스가 시작된다.", "ko"),
    ],
)
def test_names_without_a_counterpart_match_nothing(english: str, other: str, lang: str) -> None:
    assert match_names(english, other, lang) == []


def _pairs(*rows: tuple[str, str, str, str]) -> list[SentencePair]:
    return [SentencePair("en", en, lang, text, where) for en, lang, text, where in rows]


def test_evidence_counts_pairs_and_raises_confidence() -> None:
    pairs = _pairs(
        ("Kenta Sato opened the plant.", "ja", "佐藤 健太が工場を開所した。", "a.en.txt:3"),
        ("Kenta Sato, President", "ja", "代表取締役社長 佐藤 健太", "b.en.txt:9"),
    )
    (person,) = [c for c in suggest(pairs).candidates if c.kind == "person"]
    assert person.forms == {"en": "Kenta Sato", "ja": "佐藤 健太"}
    assert person.evidence == ["a.en.txt:3", "b.en.txt:9"] and person.confidence >= 0.9
    assert person.evidence_text() == "2 pair(s): a.en.txt:3; b.en.txt:9"


def test_existing_entries_are_skipped_and_conflicts_listed() -> None:
    from prlocalize.glossary.csvfile import parse_csv
    from prlocalize.glossary.model import Glossary

    glossary = Glossary(
        parse_csv(
            "id,kind,en,ja,ko\n"
            "person:kenta-row,person,Kenta Sato,佐藤 健太,\n"
            "person:oh-youngju,person,Oh Youngju,,오형주\n",
            "g.csv",
        ).entries
    )
    pairs = _pairs(
        ("Kenta Sato opened the plant.", "ja", "佐藤 健太が工場を開所した。", "a:1"),
        ("Minister Oh Youngju visited.", "ko", "오영주 장관이 방문했다.", "b:2"),
        ("Kim Min-jun, CEO, spoke.", "ko", "김민준 대표가 말했다.", "c:3"),
    )
    result = suggest(pairs, glossary)
    assert [c.forms["en"] for c in result.candidates] == ["Kim Min-jun"]
    assert result.known == 1
    (conflict,) = result.conflicts
    assert (conflict.entry_id, conflict.locale, conflict.glossary_form, conflict.found) == (
        "person:oh-youngju", "ko", "오형주", "오영주"
    )  # fmt: skip


def test_person_precision_on_the_gold_releases(tmp_path: Path) -> None:
    from prlocalize.align.batch import sentence_pairs

    for pair in GOLD_PAIRS:
        write_pair(pair, tmp_path)
    persons = [
        c for c in suggest(list(sentence_pairs([tmp_path]))).candidates if c.kind == "person"
    ]
    truth = {
        ("Emi Matsuda", "松田 恵美"), ("Takayuki Ishikawa", "石川 孝之"),
        ("Daniel Hart", "ダニエル・ハート"), ("Hana Ilves", "ハナ・イルヴェス"),
        ("Kenji Morioka", "森岡 健二"), ("Ruth Adebayo", "ルース・アデバヨ"),
        ("Tomas Lindqvist", "トーマス・リンドクヴィスト"), ("Seo Jiwon", "서지원"),
        ("Kang Minseo", "강민서"), ("Yoon Taeho", "윤태호"), ("Julia Brenner", "줄리아 브레너"),
        ("Mirela Vasquez", "ミレラ・バスケス"), ("Aiko Brandt", "アイコ・ブラント"),
        ("", "ハン・ジョンウ"),  # 한정우 of the Korean–Japanese pair: no English there
    }  # fmt: skip
    found = {(c.forms.get("en", ""), c.forms.get("ja") or c.forms.get("ko")) for c in persons}
    assert len(found & truth) / len(found) >= 0.9
    assert len(found & truth) >= 11


# ------------------------------------------------------------------ command line


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    for pair in GOLD_PAIRS:
        write_pair(pair, folder)
    return folder


def test_suggest_cli_writes_a_csv_that_lint_and_check_accept(
    archive: Path, run_cli, monkeypatch
) -> None:
    monkeypatch.chdir(archive.parent)
    assert run_cli("align", "--pairs", "archive", "--format", "tmx", "-o", "a.tmx").exit_code == 0
    result = run_cli("glossary", "suggest", "a.tmx", "-o", "candidates.csv")
    assert result.exit_code == 0, result.output
    assert "wrote candidates.csv:" in result.stderr
    with open("candidates.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0].keys() >= {"id", "kind", "en", "ja", "ko", "confidence", "evidence"}
    row = next(r for r in rows if r["en"] == "Takayuki Ishikawa")
    assert (row["kind"], row["ja"], row["family:ja"], row["given:en"]) == (
        "person", "石川 孝之", "石川", "Takayuki"
    )  # fmt: skip
    # evidence points at the releases (TMX written by align keeps them)
    assert "archive/appoint.en.txt:" in row["evidence"]
    assert run_cli("glossary", "lint", "candidates.csv").exit_code == 0
    # and it loads as a glossary: the names are now known to check
    Path("x.txt").write_text("Takayuki  Ishikawa spoke.\n", encoding="utf-8")
    checked = run_cli("check", "x.txt", "-g", "candidates.csv", "--format", "json")
    assert checked.exit_code in {0, 1}, checked.output


def test_suggest_cli_reads_folders_and_lists_conflicts(archive: Path, run_cli, monkeypatch):
    monkeypatch.chdir(archive.parent)
    Path("g.csv").write_text(
        "id,kind,en,ja\nperson:emi-matsuda,person,Emi Matsuda,松田 絵美\n", encoding="utf-8"
    )
    result = run_cli("glossary", "suggest", "archive", "-g", "g.csv", "-o", "c.csv")
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    assert (
        "conflict: person:emi-matsuda: the glossary has ja '松田 絵美', the pairs say '松田 恵美'"
        in err
    )
    assert "Emi Matsuda" not in Path("c.csv").read_text(encoding="utf-8")


def test_suggest_cli_bad_input(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("x.tmx").write_text("<tmx><body><tu>", encoding="utf-8")
    result = run_cli("glossary", "suggest", "x.tmx", "-o", "c.csv")
    assert result.exit_code == 2
    assert "x.tmx:1: not well-formed XML" in result.stderr
    assert not Path("c.csv").exists()
    result = run_cli("glossary", "suggest", "missing", "-o", "c.csv")
    assert result.exit_code == 2 and "missing: no such file or folder" in result.stderr


def test_glossary_reader_ignores_the_review_columns(tmp_path: Path) -> None:
    from prlocalize.glossary.csvfile import parse_csv

    parsed = parse_csv(
        "id,kind,en,ja,confidence,evidence\nperson:a-b,person,A B,エー・ビー,0.93,1 pair(s): x:1\n",
        "c.csv",
    )
    assert parsed.problems == []
    (entry,) = parsed.entries
    assert entry.forms["ja"].text == "エー・ビー"


def test_organisations_titles_and_places() -> None:
    rows = [
        ("Hanul Bank will open 20 branches in Busan.", "ko",
         "하늘은행은 부산에 지점 20곳을 연다.", "a:1"),
        ("Kang Minseo, President of Hanul Bank, said so.", "ko",
         "강민서 하늘은행 은행장은 그렇게 말했다.", "a:3"),
        ("Hanul Bank reported record profits.", "ko",
         "하늘은행은 사상 최대 이익을 기록했다.", "b:2"),
        ("Kim Dohyun, President of Hanul Bank, met investors.", "ko",
         "김도현 하늘은행 은행장은 투자자들을 만났다.", "c:4"),
        ("Jung Sunghyun, President of Hanul Bank, retired.", "ko",
         "정성현 하늘은행 은행장이 퇴임했다.", "c:9"),
        ("Minato Seiki Co., Ltd. opened a plant in Osaka.", "ja",
         "みなと精機株式会社は大阪に工場を開設しました。", "d:1"),
        ("Minato Seiki Co., Ltd. exports to Japan.", "ja",
         "みなと精機株式会社は日本に輸出しています。", "d:2"),
        ("Minato Seiki Co., Ltd. was founded in 1952.", "ja",
         "みなと精機株式会社は1952年に設立されました。", "e:5"),
    ]  # fmt: skip
    found = {
        (c.kind.value, c.forms["en"], c.forms.get("ja") or c.forms.get("ko"))
        for c in suggest(_pairs(*rows)).candidates
    }
    assert found >= {
        ("org", "Hanul Bank", "하늘은행"),
        ("org", "Minato Seiki Co., Ltd.", "みなと精機株式会社"),
        ("title", "President", "은행장"),
        ("place", "Busan", "부산"),
        ("place", "Osaka", "大阪"),
        ("place", "Japan", "日本"),
        ("person", "Kim Dohyun", "김도현"),  # 현 is Hyun as often as Hyeon
        ("person", "Jung Sunghyun", "정성현"),
    }
    # one pair says too little to tell which span a phrase is: nothing from it
    assert not any(kind == "org" and en.startswith("Hanul") and form != "하늘은행"
                   for kind, en, form in found)  # fmt: skip


def test_a_company_named_after_a_place_is_not_the_place() -> None:
    # 花園 and 日立 are places too; here they are the heads of companies' names and the
    # short form a release defines, so no place is proposed for them
    rows = [
        ("Hanazono Motor and Aoba Energy Form a Partnership", "ja",
         "花園自動車とアオバエナジー、提携", "a:1"),
        ('Hanazono Motor Corporation ("Hanazono") opened a plant in Nagoya.', "ja",
         "花園自動車株式会社（以下「花園」）は名古屋に工場を開設しました。", "a:3"),
        ("Hanazono Motor Corporation is headquartered in Nagoya.", "ja",
         "花園自動車は名古屋に本社を置いています。", "a:5"),
        ("Hitachi Energy will supply the grid.", "ja",
         "日立エナジーが送電網を供給します。", "b:1"),
        ("The plant in Hitachi opened in 1910.", "ja",
         "日立市の工場は1910年に開設された。", "c:1"),
    ]  # fmt: skip
    places = {
        (c.forms["en"], c.forms.get("ja"))
        for c in suggest(_pairs(*rows)).candidates
        if c.kind.value == "place"
    }
    assert ("Nagoya", "名古屋") in places
    assert not any(en == "Hanazono" for en, _ in places)
    # the city itself, where the sentence speaks of it, is still a place
    assert ("Hitachi", "日立") in places


def test_a_company_both_sides_name_and_define_a_short_form_for() -> None:
    # one pair says it outright: the name before each side's definition is the company
    rows = [
        (
            'Hanazono Motor Corporation (TSE: 7299; "Hanazono" or "the Company") and Aoba '
            'Energy Inc. ("Aoba") formed a partnership.',
            "ja",
            "花園自動車株式会社（本社：愛知県名古屋市、以下「花園」または「当社」）と株式会社"
            "アオバエナジー（以下「アオバ」）は提携した。",
            "a:3",
        ),
        (
            'Hanazono Motor Corporation ("Hanazono") opened a plant.',
            "ko",
            "하나조노자동차(대표 모리모토 겐지, 이하 하나조노)는 공장을 열었다.",
            "b:3",
        ),
        # as many definitions on each side, but what comes before is no company's name
        ('The event ("Expo") opened.', "ja", "展示会（以下「エキスポ」）が開幕した。", "c:1"),
    ]
    orgs = {
        c.forms["en"]: (c.forms.get("ja"), c.forms.get("ko"), c.confidence)
        for c in suggest(_pairs(*rows)).candidates
        if c.kind.value == "org"
    }
    assert set(orgs) == {"Hanazono Motor Corporation", "Aoba Energy Inc."}
    assert orgs["Hanazono Motor Corporation"][:2] == ("花園自動車株式会社", "하나조노자동차")
    assert orgs["Aoba Energy Inc."][0] == "株式会社アオバエナジー"
    assert all(confidence >= 0.6 for _, _, confidence in orgs.values())


def test_definitions_that_do_not_pair_up_name_nothing() -> None:
    rows = [
        (
            'Hanazono Motor Corporation ("Hanazono") and Aoba Energy Inc. ("Aoba") agreed.',
            "ja",
            "花園自動車株式会社（以下「花園」）は株式会社アオバエナジーと合意した。",
            "a:1",
        )
    ]
    orgs = [c for c in suggest(_pairs(*rows)).candidates if c.kind.value == "org"]
    # no short form pairs up; a name the Japanese writes as it sounds, with its trade's
    # word written as it sounds or translated (エナジー, 自動車), is found by that
    assert sorted((c.forms["en"], c.forms["ja"]) for c in orgs) == [
        ("Aoba Energy Inc.", "株式会社アオバエナジー"),
        ("Hanazono Motor Corporation", "花園自動車株式会社"),
    ]


@pytest.mark.parametrize(
    ("english", "lang", "other", "found"),
    [
        ("Aoba Pharma Co., Ltd. signed.", "ja", "アオバファーマ株式会社は署名した。",
         [("Aoba Pharma Co., Ltd.", "アオバファーマ株式会社")]),
        ("Kyoto University and Sakura Bank signed.", "ja", "京都大学とさくら銀行が署名した。",
         [("Kyoto University", "京都大学"), ("Sakura Bank", "さくら銀行")]),
        ("He served at Sakura Bank.", "ja", "以前さくら銀行に勤務した。",
         [("Sakura Bank", "さくら銀行")]),
        ("Hanul Bank will join.", "ko", "하늘은행이 참여한다.", [("Hanul Bank", "하늘은행")]),
        # a trade's word translated (Motor: 自動車), the name read as it sounds
        ("Hanazono Motor Corporation agreed.", "ja", "花園自動車株式会社は合意した。",
         [("Hanazono Motor Corporation", "花園自動車株式会社")]),
        ("Hanbit Bio signed.", "ko", "한빛바이오가 서명했다.", [("Hanbit Bio", "한빛바이오")]),
        ("Korea's Hanbit Energy signed.", "ja", "韓国のハンビットエナジーが署名した。",
         [("Hanbit Energy", "ハンビットエナジー")]),
        ("Sakura Pharmaceutical Co. Ltd. signed.", "ja", "さくら製薬株式会社が署名した。",
         [("Sakura Pharmaceutical Co. Ltd.", "さくら製薬株式会社")]),
        # translated words, another name, no head word in the other text: nothing
        ("Hanazono Motor Corporation agreed.", "ja", "青葉自動車株式会社は合意した。", []),
        ("Renewable Energy is growing.", "ja", "再生可能エネルギーが伸びている。", []),
        ("Mizuho Bank said.", "ja", "三井住友銀行は述べた。", []),
        ("Kyoto University said.", "ja", "京都府は述べた。", []),
    ],
)  # fmt: skip
def test_organisations_written_as_they_sound_need_one_pair(
    english: str, lang: str, other: str, found: list[tuple[str, str]]
) -> None:
    orgs = [
        c
        for c in suggest(_pairs((english, lang, other, "a:1"))).candidates
        if c.kind.value == "org"
    ]
    assert sorted((c.forms["en"], c.forms[lang]) for c in orgs) == found


def test_defined_names_that_open_in_hiragana_or_end_in_a_korean_legal_form() -> None:
    # the name before the bracket is read whole: not '電機' of '株式会社みなと電機', nor
    # the Korean legal form alone of '미나토전기 주식회사'
    english = 'Minato Denki Co., Ltd. ("Minato") will build the plant.'
    rows = [
        (english, "ja", "株式会社みなと電機（以下「みなと電機」）が工場を建設する。", "a:1"),
        (english, "ko", "미나토전기 주식회사(이하 '미나토전기')가 공장을 건설한다.", "b:1"),
    ]
    orgs = [c for c in suggest(_pairs(*rows)).candidates if c.kind.value == "org"]
    assert [c.forms for c in orgs] == [
        {"en": "Minato Denki Co., Ltd.", "ja": "株式会社みなと電機", "ko": "미나토전기 주식회사"}
    ]


_SITE_PAIRS = (
    (
        "Kiriyama Tools Co., Ltd. (Head office: Yokohama, Kanagawa Prefecture; President: "
        "Daisuke Onoda) opened a plant.",
        "ja",
        "株式会社キリヤマ工具（本社：神奈川県横浜市、代表取締役社長：小野田 大輔）は"
        "工場を開設しました。",
    ),
    (
        "Kiriyama Tools Co., Ltd. (Head office: Yokohama, Kanagawa Prefecture; President: "
        "Daisuke Onoda) opened a plant.",
        "ko",
        "키리야마공구 주식회사(본사: 가나가와현 요코하마시, 대표이사 사장: 오노다 다이스케)는 "
        "공장을 개설했습니다.",
    ),
    ("Head office: 1-2-3 Kita, Yokohama", "ja", "本社：横浜市北区1-2-3"),
    ("Head office: 1-2-3 Kita, Yokohama", "ko", "본사: 요코하마시 기타구 1-2-3"),
)


@pytest.mark.parametrize("city", ["横浜市", "横浜"])
def test_a_place_the_pairs_write_with_the_glossary_suffix_is_no_conflict(city: str) -> None:
    """The miner reads '横浜' out of '神奈川県横浜市': the pairs write the glossary's
    '横浜市' whole, so they agree with it; pairs that write '横浜' alone disagree."""
    from prlocalize.glossary.csvfile import parse_csv
    from prlocalize.glossary.model import Glossary

    glossary = Glossary(
        parse_csv("en,ja,ko,kind\nYokohama,横浜市,요코하마시,place\n", "g.csv").entries
    )
    pairs = [
        SentencePair("en", en, lang, text.replace("横浜市", city), f"a.{lang}.txt:{i}")
        for i, (en, lang, text) in enumerate(_SITE_PAIRS)
    ]
    found = {(c.locale, c.found) for c in suggest(pairs, glossary).conflicts}
    assert found == ({("ja", "横浜")} if city == "横浜" else set())


def test_a_head_office_is_no_title() -> None:
    """'Head office: Yokohama' in every boilerplate beside '本社', '본사' was mined as the
    title 'Head'."""
    pairs = [
        SentencePair("en", en, lang, text, f"a.{lang}.txt:{i}")
        for i, (en, lang, text) in enumerate(_SITE_PAIRS * 2)
    ]
    found = suggest(pairs, None).candidates
    assert [c.forms for c in found if c.kind.value == "title"] == []
