"""One file that holds a release twice, in two languages one after the other, as press
offices and ministries publish many: aligned as the two versions it holds, alone
(`align FILE`) or in an archive (`align --pairs`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from prlocalize.readers import parse_text
from prlocalize.readers._build import detect_language_fast
from prlocalize.readers.bilingual import split_versions, two_languages
from prlocalize.scripts import detect_language

EN = (
    "Aoba Energy Opens Hydrogen Hub in Sendai\n\n"
    "SENDAI, Japan, December 1, 2026 -- Aoba Energy Co. today opened a hydrogen hub in "
    "Sendai. The hub will produce 300 tons a year.\n\n"
    '"This is a milestone for the region," said Yoshiro Tanabe, Minister of Economy.\n\n'
    "About Aoba Energy\nAoba Energy Co. is a renewable energy company based in Sendai.\n"
)
JA = (
    "アオバエナジー、仙台に水素拠点を開設\n\n"
    "株式会社アオバエナジーは本日、仙台に水素拠点を開設しました。同拠点は年間300トンを生産します。\n\n"
    "田辺義郎経済大臣は「地域にとって画期的な一歩だ」と述べました。\n\n"
    "アオバエナジーについて\nアオバエナジーは仙台市に本社を置く再生可能エネルギー企業です。\n"
)
KO = (
    "아오바에너지, 센다이에 수소 거점 개설\n\n"
    "아오바에너지 주식회사는 오늘 센다이에 수소 거점을 개설했다. "
    "이 거점은 연간 300톤을 생산한다.\n\n"
    '다나베 요시로 경제대신은 "지역의 이정표"라고 말했다.\n\n'
    "아오바에너지 소개\n아오바에너지는 센다이에 본사를 둔 재생에너지 기업이다.\n"
)


def _split(text: str) -> tuple[str, str] | None:
    versions = split_versions(parse_text(text, path="release.txt", format="text"))
    if versions is None:
        return None
    first, second = versions
    assert first.blocks and second.blocks
    assert first.blocks[-1].span.end <= second.blocks[0].span.start  # in the file's order
    return first.lang, second.lang


@pytest.mark.parametrize(
    ("text", "langs"),
    [
        (EN + "\n（日本語版）\n\n" + JA, ("en", "ja")),
        (EN + "\n――――\n\n" + KO, ("en", "ko")),
        (JA + "\n[English]\n\n" + EN, ("ja", "en")),
    ],
)
def test_the_two_versions_are_told_apart(text: str, langs: tuple[str, str]) -> None:
    assert _split(text) == langs


@pytest.mark.parametrize(
    "text",
    [
        EN,  # one language
        EN + "\n以上\n",  # an end mark in another language is no version
        EN + "\n「これは画期的な一歩だ」\n\n" + EN,  # a quote in another language
        # quotes in another language by turns: too small a share to be a version
        EN + "\n「これは画期的な一歩だ」\n\n" + EN + "\n「以上」\n\n" + EN,
    ],
)
def test_one_language_is_not_cut(text: str) -> None:
    assert _split(text) is None


def test_a_paragraph_and_its_translation_by_turns() -> None:
    text = "".join(
        f"{e}\n\n{j}\n\n" for e, j in zip(EN.split("\n\n"), JA.split("\n\n"), strict=True)
    )
    versions = split_versions(parse_text(text, path="release.txt", format="text"))
    assert versions is not None
    english, japanese = versions
    assert (english.lang, japanese.lang) == ("en", "ja")
    assert [s.text[:8] for s in english.segments()][:2] == ["Aoba Ene", "SENDAI, "]
    assert [s.text[:6] for s in japanese.segments()][:2] == ["アオバエナジ", "株式会社アオ"]


def test_the_raw_text_says_so_too(tmp_path: Path) -> None:
    page = tmp_path / "launch.html"
    page.write_text(
        "<html><head><style>p { margin: 0 }</style></head><body>"
        + "".join(f"<p>{line}</p>\n" for line in EN.splitlines())
        + "<hr>"
        + "".join(f"<p>{line}</p>\n" for line in KO.splitlines())
        + "</body></html>",
        encoding="utf-8",
    )
    assert two_languages(page) == ("en", "ko")
    plain = tmp_path / "plain.txt"
    plain.write_text(EN, encoding="utf-8")
    assert two_languages(plain) is None


def test_align_one_bilingual_file(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("launch.txt").write_text(JA + "\n（English）\n\n" + EN, encoding="utf-8")
    result = run_cli("align", "launch.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    assert (pair["source_lang"], pair["target_lang"]) == ("en", "ja")  # English is the source
    accepted = [b for b in pair["beads"] if b["accepted"]]
    assert len(accepted) == 6
    headline = accepted[0]
    # lines are the file's: the Japanese headline is line 1, the English one after it
    assert headline["target"]["lines"] == [1] and headline["source"]["lines"] == [12]
    one = tmp_path / "one.txt"
    one.write_text(EN, encoding="utf-8")
    result = run_cli("align", "one.txt")
    assert result.exit_code == 2
    assert "one file that holds one language" in result.stderr


def test_bilingual_files_in_an_archive(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "2026-12-01.txt").write_text(EN + "\n국문\n\n" + KO, encoding="utf-8")
    (archive / "2026-12-02.en.txt").write_text(EN, encoding="utf-8")
    (archive / "2026-12-02.ja.txt").write_text(JA, encoding="utf-8")
    (archive / "notes.txt").write_text(EN + "\n以上\n", encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    pairs = json.loads(result.stdout)["pairs"]
    assert [(p["source"], p["target"], p["target_lang"]) for p in pairs] == [
        ("archive/2026-12-01.txt", "archive/2026-12-01.txt", "ko"),
        ("archive/2026-12-02.en.txt", "archive/2026-12-02.ja.txt", "ja"),
    ]


def test_a_table_with_a_column_per_language(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    english = [line for line in EN.splitlines() if line]
    japanese = [line for line in JA.splitlines() if line]
    rows = "".join(
        f"<tr><td>{e}</td><td>{j}</td></tr>\n" for e, j in zip(english, japanese, strict=True)
    )
    Path("table.html").write_text(f"<html><body><table>\n{rows}</table></body></html>\n")
    result = run_cli("align", "table.html", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    accepted = [b for b in pair["beads"] if b["accepted"]]
    # each row's cells: the English sentence and its Japanese translation, on one line
    assert len(accepted) >= 6
    assert all(b["source"]["lines"] == b["target"]["lines"] for b in accepted)


# a personnel notice: its lines are Han with hardly a kana, as such notices are written
JINJI = (
    "人事異動のお知らせ\n\n"
    "2026年4月1日\n\n"
    "株式会社ミナトテクノは、2026年4月1日付で下記のとおり人事異動を行います。\n\n"
    "取締役 経営企画本部長　高村 修一（現 経営企画部長）\n"
    "執行役員 生産本部長　森下 千尋（現 名古屋工場長）\n"
    "執行役員 財務本部長　内藤 誠（現 経理部長）\n"
    "監査役　北川 恭子（現 内部監査室長）\n"
)
ZH = (
    "青叶能源在仙台开设氢能基地\n\n"
    "青叶能源株式会社今天在仙台开设了氢能基地。该基地每年将生产300吨氢。\n\n"
    "经济大臣田边义郎表示：“这是地区发展的重要一步。”\n\n"
    "关于青叶能源\n青叶能源是一家总部位于仙台的可再生能源企业。\n"
)


def test_japanese_lines_without_kana_are_no_chinese_version(tmp_path: Path) -> None:
    # the roster lines hold no kana: they are Japanese as the rest of the file is
    assert _split(JINJI) is None
    notice = tmp_path / "jinji.txt"
    notice.write_text(JINJI, encoding="utf-8")
    assert two_languages(notice) is None
    # a Japanese and a Chinese version still are two, by the letters only Chinese writes
    assert _split(JA + "\n（中文）\n\n" + ZH) == ("ja", "zh")


def test_a_roster_without_kana_reads_as_japanese() -> None:
    roster = "執行役員 営業本部長　佐伯 亮太\n取締役 技術本部長　石田 聡\n"
    assert detect_language(roster) == "ja"  # 営: a form only Japanese writes
    assert detect_language_fast(roster) == "ja"
    assert detect_language("董事长 王建国\n总经理 李明") == "zh"


def test_a_personnel_notice_is_not_aligned_with_itself(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("jinji.txt").write_text(JINJI, encoding="utf-8")
    result = run_cli("align", "jinji.txt")
    assert result.exit_code == 2
    assert "one file that holds one language" in result.stderr
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "2026-013J.txt").write_text(JINJI, encoding="utf-8")
    (archive / "launch.en.txt").write_text(EN, encoding="utf-8")
    (archive / "launch.ja.txt").write_text(JA, encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    pairs = json.loads(result.stdout)["pairs"]
    assert [(p["source"], p["target"]) for p in pairs] == [
        ("archive/launch.en.txt", "archive/launch.ja.txt")
    ]


# a Japanese research release that ends with its paper's record, a label and its value in
# a row; a Korean company profile likewise: names and titles quoted in Latin letters
RECORD_MD = (
    "# 研究成果\n\n青嵐大学の研究グループは、新しい成果を発表しました。\n\n"
    "| 論文名 | Magnetically gated conformational switching in a cryptochrome |\n"
    "|---|---|\n| 著者 | Olivia Brennan, Naoko Shimizu |\n"
)
PROFILE_HTML = (
    "<html><body><h1>회사 소개</h1>"
    "<p>아오바에너지는 재생에너지 기업으로 센다이에 본사를 두고 있다.</p>"
    "<table><tr><th>회사명</th><td>Aoba Energy Corporation</td></tr>"
    "<tr><th>대표</th><td>Yoshiro Tanabe, Chief Executive Officer</td></tr>"
    "<tr><th>웹사이트</th><td>https://www.aoba-energy.example/en/</td></tr></table></body></html>"
)


@pytest.mark.parametrize(
    ("text", "fmt"), [(RECORD_MD, "markdown"), (PROFILE_HTML, "html")], ids=["md", "html"]
)
def test_a_table_of_labels_and_latin_values_is_one_version(text: str, fmt: str) -> None:
    document = parse_text(text, path=f"release.{'md' if fmt == 'markdown' else 'html'}", format=fmt)
    assert split_versions(document) is None


def test_a_short_sentence_in_a_table_is_no_label(run_cli, tmp_path: Path, monkeypatch) -> None:
    """A table with a column per language may translate a short sentence
    ('入場は無料です。' | 'Admission is free.'): taken for a label, its English cell went to
    the Japanese version and the next rows' pairs shifted by one."""
    monkeypatch.chdir(tmp_path)
    rows = [
        ("仙台に水素拠点を開設しました。", "A hydrogen hub opened in Sendai."),
        ("入場は無料です。", "Admission is free."),
        ("同拠点は年間300トンを生産します。", "The hub will produce 300 tons a year."),
    ]
    cells = "".join(f"<tr><td>{ja}</td><td>{en}</td></tr>\n" for ja, en in rows)
    Path("table.html").write_text(f"<html><body><table>\n{cells}</table></body></html>\n")
    result = run_cli("align", "table.html", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    got = {(b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]}
    assert got == {(en, ja) for ja, en in rows}


def test_a_markdown_table_with_a_column_per_language_in_an_archive(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    """A bulletin kept as a Markdown table ('| 日本語 | English |', a paragraph and its
    translation on one line) aligned as `align FILE`, but `--pairs` judged it line by
    line, each line mostly Japanese, and left it without a partner."""
    monkeypatch.chdir(tmp_path)
    english = [line for line in EN.splitlines() if line]
    japanese = [line for line in JA.splitlines() if line]
    rows = "".join(f"| {j} | {e} |\n" for e, j in zip(english, japanese, strict=True))
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "bulletin-2026-12.md").write_text(f"| 日本語 | English |\n|---|---|\n{rows}")
    (archive / "record.md").write_text(RECORD_MD)
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    assert pair["source"] == pair["target"] == "archive/bulletin-2026-12.md"
    assert sum(b["accepted"] for b in pair["beads"]) >= 6


def test_a_contact_line_with_an_address_keeps_its_language(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    """A paragraph and its translation by turns, the last a contact line that gives an
    e-mail address: the Japanese line was taken for a label in both languages (the
    address's letters counted as English) and left out, its English unpaired."""
    monkeypatch.chdir(tmp_path)
    rows = [
        (
            "市民ホールは4月から夜間の貸し出しを始めます。",
            "The Civic Hall will start evening rentals in April.",
        ),
        ("料金は1時間2000円です。", "The fee is 2,000 yen an hour."),
        (
            "申込み：市民ホール 管理事務所（booking@civic-hall.example.jp）",
            "Bookings: Civic Hall Management Office (booking@civic-hall.example.jp)",
        ),
    ]
    Path("hall.txt").write_text("".join(f"{j}\n\n{e}\n\n" for j, e in rows), encoding="utf-8")
    result = run_cli("align", "hall.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    accepted = [(b["target"]["text"], b["source"]["text"]) for b in pair["beads"] if b["accepted"]]
    assert accepted == rows


_KO_RELEASE = (
    "미리내시, 공공자전거 500대 추가 도입\n\n"
    "미리내시는 2027년 3월부터 공공자전거 500대를 추가로 도입한다고 밝혔다.\n\n"
    "새 자전거는 모두 전기 보조 방식이며, 대여소 40곳에 배치된다.\n\n"
    "이용 요금은 1시간에 1,000원으로 기존과 같다.\n\n"
    "시는 자전거 도로 12킬로미터를 새로 정비하고, 야간 조명도 보강할 계획이다.\n\n"
    "또한 대여소마다 안전모 대여함을 설치해 이용자의 안전을 높인다.\n\n"
    '정태오 교통국장은 "시민들이 더 편하게 자전거를 탈 수 있도록 하겠다"고 말했다.\n\n'
)
_EN_SUMMARY = (
    "Mirinae City to Add 500 Public Bicycles\n\n"
    "Mirinae City will add 500 public bicycles from March 2027.\n\n"
    "All of the new bicycles are electric-assisted and will be placed at 40 stations.\n"
)


@pytest.mark.parametrize("label", ["※ 영문 요약\n\nEnglish Summary", "＜英文要約＞", "[English]"])
def test_a_short_summary_under_its_label_is_a_version(tmp_path: Path, label: str) -> None:
    """A ministry's or a city's release with a short English summary at its end, under a
    line that says so: a fifth of the letters or less, it was no version (the bar is set
    for a release's closing English notice), and the file aligned with nothing."""
    path = tmp_path / "bicycles.txt"
    path.write_text(f"{_KO_RELEASE}{label}\n\n{_EN_SUMMARY}", encoding="utf-8")
    assert two_languages(path) == ("ko", "en")
    versions = split_versions(parse_text(path.read_text(), path=str(path), format="text"))
    assert versions is not None
    english = versions[1]
    assert english.blocks[0].segments[0].text == "Mirinae City to Add 500 Public Bicycles"
    lines = [s.text for version in versions for b in version.blocks for s in b.segments]
    assert not any("Summary" in line or "요약" in line for line in lines)


def test_a_short_english_close_without_a_label_is_no_version(tmp_path: Path) -> None:
    path = tmp_path / "bicycles.txt"
    path.write_text(f"{_KO_RELEASE}{_EN_SUMMARY}", encoding="utf-8")
    assert two_languages(path) is None
    assert split_versions(parse_text(path.read_text(), path=str(path), format="text")) is None


def test_a_file_of_two_languages_but_no_versions_says_what_it_holds(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    """A Korean release with an English summary too short to be a version and no line
    over it: refused, saying what the file holds and what would make it two versions,
    not that it 'holds one language'."""
    monkeypatch.chdir(tmp_path)
    Path("bicycles.txt").write_text(_KO_RELEASE + _EN_SUMMARY, encoding="utf-8")
    result = run_cli("align", "bicycles.txt")
    assert result.exit_code == 2
    assert re.search(r"the file's letters are ko \d\d%, en \d\d%", result.stderr)
    assert "'English Summary'" in result.stderr
    assert "holds one language" not in result.stderr


def test_a_language_menu_under_a_page_marks_no_version(tmp_path: Path) -> None:
    """An English notice that gives a name in Japanese and ends with a language menu's
    'Japanese': the menu is over no version (it comes after the Japanese lines), and a
    tenth of the letters is then too few to be one."""
    text = (
        "Hoshizora Foods Appoints New President\n\n"
        "Hoshizora Foods Co., Ltd. today announced that its board has appointed Mariko "
        "Sakuragi as President, effective April 1, 2027.\n\n"
        "Ms. Sakuragi joined the company in 1998 and has led its overseas business since "
        "2021.\n\nShe succeeds Tetsuya Ogura, who will become Chairman.\n\n"
        "New President\n桜木 真理子（さくらぎ まりこ）\n\nJapanese\n"
    )
    path = tmp_path / "president.txt"
    path.write_text(text, encoding="utf-8")
    assert two_languages(path) is None
    assert split_versions(parse_text(text, path=str(path), format="text")) is None
