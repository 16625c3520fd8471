"""``prlocalize align``: outputs, the memory, the review page and bad input, end to end."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from align_support import gold_pair, write_pair
from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def launch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    monkeypatch.chdir(tmp_path)
    source, target = write_pair(gold_pair("en-ja-launch"), tmp_path / "rel")
    return str(source.relative_to(tmp_path)), str(target.relative_to(tmp_path))


def memory_rows(path: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT source_lang, target_lang, source, target, origin FROM units ORDER BY source"
        ).fetchall()


def test_text_output_lists_pairs_with_scores_and_gaps(launch, run_cli) -> None:
    result = run_cli("align", *launch)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("rel/launch.en.txt ↔ rel/launch.ja.txt (en→ja, 9 pairs, 0 below 0.50)")
    assert "    ja: 受注は2025年4月1日に開始します。初回出荷は6月の予定です。" in out
    assert "  gap  1-0 11↔-\n    en: Investors in the United States" in out
    assert "aligned 1 file pair(s): 9 pair(s) accepted" in result.stderr


def test_json_output_has_every_bead_with_lines(launch, run_cli) -> None:
    result = run_cli("align", *launch, "--format", "json")
    data = json.loads(result.stdout)
    assert data["version"] == 1
    (pair,) = data["pairs"]
    assert (pair["source_lang"], pair["target_lang"]) == ("en", "ja")
    split = next(b for b in pair["beads"] if b["type"] == "1-2")
    assert split["source"]["lines"] == [7] and split["target"]["lines"] == [7, 7]
    assert split["accepted"] is True and 0.5 <= split["score"] <= 1
    assert data["summary"] == {
        "files": 1, "beads": 11, "accepted": 9, "below_threshold": 0, "unpaired": 2
    }  # fmt: skip


def test_tmx_output_is_tmx_1_4_with_one_tu_per_bead(launch, run_cli, tmp_path: Path) -> None:
    result = run_cli("align", *launch, "--format", "tmx", "-o", "out/launch.tmx")
    assert result.exit_code == 0 and result.stdout == ""
    root = etree.parse(str(tmp_path / "out" / "launch.tmx")).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert root.find("header").get("srclang") == "en"
    tus = root.findall("body/tu")
    assert len(tus) == 9
    for tu in tus:
        langs = [tuv.get(XML_LANG) for tuv in tu.findall("tuv")]
        assert langs == ["en", "ja"]
        assert all(len(tuv.findall("seg")) == 1 for tuv in tu.findall("tuv"))
    split = next(tu for tu in tus if tu.findtext("prop[@type='x-bead']") == "1-2")
    assert (
        split.findtext("tuv[2]/seg") == "受注は2025年4月1日に開始します。初回出荷は6月の予定です。"
    )
    # and prlocalize's own TMX import reads it back
    from prlocalize.translate.tmx import read_tmx

    units = list(read_tmx(tmp_path / "out" / "launch.tmx"))
    assert len(units) == 9 and {(u.source_lang, u.target_lang) for u in units} == {("en", "ja")}


def test_memory_gets_the_accepted_pairs_tagged_with_their_origin(
    launch, run_cli, tmp_path: Path
) -> None:
    result = run_cli("align", *launch, "--memory", "--format", "json")
    assert result.exit_code == 0
    rows = memory_rows(tmp_path / ".prlocalize" / "memory.sqlite")
    assert len(rows) == 9
    assert {r[4] for r in rows} == {"align:launch.en.txt|launch.ja.txt"}
    assert ("en", "ja", "The list price is 4.8 million yen per unit.",
            "希望小売価格は1台480万円です。") in [r[:4] for r in rows]  # fmt: skip
    assert "9 added to" in result.stderr


def test_pairs_below_min_score_are_reported_and_kept_out_of_the_memory(
    launch, run_cli, tmp_path: Path
) -> None:
    result = run_cli(
        "align", *launch, "--memory", "--memory-path", "tm.sqlite",
        "--min-score", "0.97", "--review", "review.html",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    low = [line for line in result.stdout.splitlines() if line.startswith("? ")]
    assert low  # marked in the text output
    rows = memory_rows(tmp_path / "tm.sqlite")
    assert len(rows) == 9 - len(low)
    page = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert "<title>prlocalize alignment review</title>" in page
    assert f"{len(low)} pair(s) below the threshold" in page
    assert 'lang="ja"' in page and "rel/launch.ja.txt:" in page
    assert "Investors in the United States" in page  # unpaired sentences are listed too


def test_review_page_uses_the_check_reports_look(launch, run_cli, tmp_path: Path) -> None:
    from prlocalize.report.html import _STYLE

    run_cli("align", *launch, "--review", "r.html")
    assert _STYLE in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_pairs_folder_aligns_every_release_pair(archive: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(archive.parent)
    result = run_cli("align", "--pairs", "archive", "--format", "json", "--memory")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    found = {(Path(p["source"]).name, Path(p["target"]).name) for p in data["pairs"]}
    assert found == {
        ("launch.en.txt", "launch.ja.txt"), ("forum.en.md", "forum.ja.html"),
        ("grant.en.txt", "grant.ko.txt"), ("partner.en.html", "partner.ko.txt"),
        ("festival.ja.txt", "festival.ko.txt"), ("appoint.en.txt", "appoint.ja.txt"),
    }  # fmt: skip
    # without English, the first language in alphabetical order is the source
    rows = memory_rows(archive.parent / ".prlocalize" / "memory.sqlite")
    assert {(r[0], r[1]) for r in rows} == {("en", "ja"), ("en", "ko"), ("ja", "ko")}


@pytest.mark.parametrize("fmt", ["json", "tmx", "text"])
def test_pairs_give_the_same_output_with_any_number_of_jobs(
    archive: Path, run_cli, monkeypatch, fmt: str
) -> None:
    monkeypatch.chdir(archive.parent)
    (archive / "broken.en.txt").write_bytes(b"\xff\xfe\x00")  # skipped, in workers too
    (archive / "broken.ja.txt").write_text("壊れた。\n", encoding="utf-8")
    one, three = (
        run_cli("align", "--pairs", "archive", "--format", fmt, "--jobs", jobs) for jobs in "13"
    )
    assert one.exit_code == three.exit_code == 0, one.output
    assert one.stdout == three.stdout and one.stdout
    assert one.stderr == three.stderr and "broken.en.txt" in one.stderr


def test_glossary_suggest_takes_jobs(archive: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(archive.parent)
    for jobs in "13":
        result = run_cli("glossary", "suggest", "archive", "-o", f"c{jobs}.csv", "--jobs", jobs)
        assert result.exit_code == 0, result.output
    first = (archive.parent / "c1.csv").read_bytes()
    assert first.count(b"\n") > 1 and first == (archive.parent / "c3.csv").read_bytes()


def test_language_folders_layout(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    pair = gold_pair("en-ko-grant")
    (tmp_path / "site" / "en").mkdir(parents=True)
    (tmp_path / "site" / "ko").mkdir()
    (tmp_path / "site" / "en" / "grant.txt").write_text(pair.source, encoding="utf-8")
    (tmp_path / "site" / "ko" / "grant.txt").write_text(pair.target, encoding="utf-8")
    (tmp_path / "site" / "en" / "alone.txt").write_text("No translation.\n", encoding="utf-8")
    result = run_cli("align", "--pairs", "site", "--format", "json")
    assert result.exit_code == 0, result.output
    (only,) = json.loads(result.stdout)["pairs"]
    assert (only["source"], only["target"]) == ("site/en/grant.txt", "site/ko/grant.txt")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("launch-en.txt", "launch-jp.txt"),
        ("2024-05-01_launch_EN.txt", "2024-05-01_launch_JA.txt"),
        ("launch (English).txt", "launch (Japanese).txt"),
        ("[EN] launch.txt", "[JP] launch.txt"),
        ("launch_英文.txt", "launch_和文.txt"),
        ("English/launch.txt", "Japanese/launch.txt"),
        ("EN/launch.txt", "JP/launch.txt"),
        # the original named without a tag, its translations with one
        ("launch.txt", "launch_ja.txt"),
        ("launch-EN.txt", "launch.txt"),
        # a site's language folder mirroring the original's path
        ("en/news/launch.txt", "news/launch.txt"),
        ("eng/launch.txt", "launch.txt"),
        # Japanese sites' one-letter tags
        ("index_e.txt", "index.txt"),
        ("press-E.txt", "press-J.txt"),
        ("20240422e.txt", "20240422.txt"),
        # full-width brackets, an edition, a version, the languages' one-letter names
        ("決算説明会（英文）.txt", "決算説明会（和文）.txt"),
        ("【英文】決算説明会.txt", "【和文】決算説明会.txt"),
        ("launch（英語版）.txt", "launch（日本語版）.txt"),
        ("launch_영문판.txt", "launch_일문.txt"),
        ("launch-english-version.txt", "launch-japanese-version.txt"),
        ("launch (English ver.).txt", "launch (Japanese ver.).txt"),
        ("PR_20241203_英.txt", "PR_20241203_日.txt"),
        ("20241203英.txt", "20241203和.txt"),
        # a translation named as one, a one-letter tag at the start of the name
        ("新製品発表(英訳).txt", "新製品発表.txt"),
        ("launch.txt", "launch（日本語訳）.txt"),
        ("E_20250520_launch.txt", "J_20250520_launch.txt"),
        ("E_launch.txt", "launch.txt"),
        # documents saved as text keep the suffix of the format they were saved from
        ("PR_2025-03-20_en.docx.txt", "PR_2025-03-20_ja.docx.txt"),
        ("2025-012E.pdf.txt", "2025-012J.pdf.txt"),
    ],
)
def test_archive_names_as_press_offices_write_them(
    tmp_path: Path, run_cli, monkeypatch, source: str, target: str
) -> None:
    monkeypatch.chdir(tmp_path)
    pair = gold_pair("en-ja-launch")
    for name, text in ((source, pair.source), (target, pair.target)):
        path = tmp_path / "archive" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    (only,) = json.loads(result.stdout)["pairs"]
    assert (only["source"], only["target"]) == (f"archive/{source}", f"archive/{target}")
    assert (only["source_lang"], only["target_lang"]) == ("en", "ja")


def test_words_at_the_end_of_names_are_not_languages(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "archive").mkdir()
    names = ("what-is.txt", "what-to.txt", "security-IT.txt", "security-HR.txt", "jp1.txt")
    for name in (*names, "kronos.txt", "2024 version.txt", "(ver.) 2.txt"):
        (tmp_path / "archive" / name).write_text("A release.\n", encoding="utf-8")
    result = run_cli("align", "--pairs", "archive")
    assert result.exit_code == 2
    assert "no release pairs found" in result.stderr


def test_an_untagged_file_in_the_language_of_its_tagged_twin_is_no_pair(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pair = gold_pair("en-ja-launch")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "launch.txt").write_text(pair.source, encoding="utf-8")
    (tmp_path / "archive" / "launch_en.txt").write_text(pair.source, encoding="utf-8")
    (tmp_path / "archive" / "other.txt").write_text(pair.target, encoding="utf-8")
    result = run_cli("align", "--pairs", "archive")
    assert result.exit_code == 2
    assert "no release pairs found" in result.stderr


def test_a_one_letter_tag_counts_only_in_its_language(tmp_path: Path, run_cli, monkeypatch) -> None:
    """'plan_c' may be plan C: a letter is a language only where the text says it."""
    monkeypatch.chdir(tmp_path)
    pair = gold_pair("en-ja-launch")
    (tmp_path / "archive" / "en" / "news").mkdir(parents=True)
    for name in (
        "plan_c.txt",
        "plan_e.txt",
        "vitamin-j.txt",
        "vitamin.txt",
        "2024a.txt",
        "menu_日.txt",  # 日 (Japanese) on an English text
        "20241203韓.txt",
        "C_menu.txt",  # the C menu, and menu.txt beside it is no Chinese version of it
        "menu.txt",
    ):
        (tmp_path / "archive" / name).write_text(pair.source, encoding="utf-8")
    # an untagged file in the language of the folder that mirrors it: no pair either
    (tmp_path / "archive" / "news").mkdir()
    (tmp_path / "archive" / "news" / "x.txt").write_text(pair.source, encoding="utf-8")
    (tmp_path / "archive" / "en" / "news" / "x.txt").write_text(pair.source, encoding="utf-8")
    result = run_cli("align", "--pairs", "archive")
    assert result.exit_code == 2, result.output
    assert "no release pairs found" in result.stderr


def _release_page(lang: str, head: str, nav: str, text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.split("\n\n")[1:] if line.strip())
    title = text.split("\n", 1)[0]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title>{head}</head>'
        f"<body><header>{nav}</header><main><h1>{title}</h1>\n{paragraphs}</main></body></html>\n"
    )


def test_pages_named_apart_pair_by_the_link_to_their_translation(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    """A site saved to disk: the versions are named differently in each language, and
    each page links to its translation (hreflang, a language switch)."""
    monkeypatch.chdir(tmp_path)
    launch, grant = gold_pair("en-ja-launch"), gold_pair("en-ko-grant")
    pages = {
        # the Japanese at the site's root, the English under english/, another number
        "press/2024/20240422001.html": _release_page(
            "ja",
            '<link rel="alternate" hreflang="en" '
            'href="https://www.example.jp/english/press/2024/0422_001.html">',
            '<a href="/">ホーム</a> <a href="/english/">English</a>',
            launch.target,
        ),
        "english/press/2024/0422_001.html": _release_page(
            "en", "", '<a href="/english/">Home</a> <a href="/">日本語</a>', launch.source
        ),
        # language folders, each page named in its language, a relative switch
        "en/news/research-grant.html": _release_page(
            "en", "", '<a href="../../ko/news/yeongu-jiwon.html">[한국어]</a>', grant.source
        ),
        "ko/news/yeongu-jiwon.html": _release_page("ko", "", "", grant.target),
        # a switch to the other language's home page names no translation
        "en/news/alone.html": _release_page("en", "", '<a href="/ja/">日本語</a>', launch.source),
        "ja/index.html": _release_page("ja", "", "", launch.target),
    }
    for name, text in pages.items():
        path = tmp_path / "site" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = run_cli("align", "--pairs", "site", "--format", "json")
    assert result.exit_code == 0, result.output
    found = [
        (p["source"], p["target"], p["source_lang"], p["target_lang"])
        for p in json.loads(result.stdout)["pairs"]
    ]
    assert sorted(found) == [
        ("site/en/news/research-grant.html", "site/ko/news/yeongu-jiwon.html", "en", "ko"),
        ("site/english/press/2024/0422_001.html", "site/press/2024/20240422001.html", "en", "ja"),
    ]
    pairs = json.loads(result.stdout)["pairs"]
    assert all(sum(b["accepted"] for b in pair["beads"]) >= 3 for pair in pairs)


def _page(lang: str, switch: str, other: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body>\n'
        f'<nav><ul><li><a href="/{lang}/">{"Home" if lang == "en" else "ホーム"}</a></li>\n'
        f'<li><a href="/{other}/">{switch}</a></li></ul></nav>\n'
        f"<main><h1>{title}</h1>\n<p>{body}</p></main></body></html>\n"
    )


def test_a_sites_language_switch_is_no_translation(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for lang, switch, other, title, body in (
        ("en", "日本語", "ja", "Sakura opens a lab", "Sakura opened a lab in Nagoya on May 10."),
        (
            "ja",
            "English",
            "en",
            "さくら、研究所を開設",
            "さくらは5月10日、名古屋に研究所を開設した。",
        ),
    ):
        page = tmp_path / "site" / lang / "lab.html"
        page.parent.mkdir(parents=True)
        page.write_text(_page(lang, switch, other, title, body), encoding="utf-8")
    result = run_cli("align", "--pairs", "site", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    texts = [(b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]]
    assert not any("日本語" in s or "English" in t for s, t in texts), texts
    assert ('<a href="/en/">Home</a>', '<a href="/ja/">ホーム</a>') in texts
    assert ("Sakura opens a lab", "さくら、研究所を開設") in texts


# ------------------------------------------------------------------ bad input


def test_two_files_in_the_same_language(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    pair = gold_pair("en-ja-launch")
    Path("a.txt").write_text(pair.source, encoding="utf-8")
    Path("b.txt").write_text(gold_pair("en-ko-grant").source, encoding="utf-8")
    result = run_cli("align", "a.txt", "b.txt", "--memory")
    assert result.exit_code == 2
    assert "b.txt: both files are in the same language (en)" in result.stderr
    assert not (tmp_path / ".prlocalize").exists()


def test_one_side_empty(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.en.txt").write_text(gold_pair("en-ja-launch").source, encoding="utf-8")
    Path("a.ja.txt").write_text("\n\n", encoding="utf-8")
    result = run_cli("align", "a.en.txt", "a.ja.txt", "--target-lang", "ja", "-o", "x.tmx")
    assert result.exit_code == 2
    assert "a.ja.txt: no text to align (the file is empty)" in result.stderr
    assert not Path("x.tmx").exists()


def test_wildly_different_lengths(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = gold_pair("en-ja-launch").source
    Path("long.en.txt").write_text(source * 12, encoding="utf-8")
    Path("short.ja.txt").write_text("東京で新製品を発表しました。\n", encoding="utf-8")
    result = run_cli("align", "long.en.txt", "short.ja.txt")
    assert result.exit_code == 2
    assert "short.ja.txt:" in result.stderr and "times shorter than a translation" in result.stderr


def test_unrelated_files_align_nothing(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.en.txt").write_text("Breaking news from the lab.\n", encoding="utf-8")
    Path("b.ja.txt").write_text(
        "2025年の売上高は前年比12%増の3,400億円でした。\n", encoding="utf-8"
    )
    result = run_cli("align", "a.en.txt", "b.ja.txt", "--memory")
    assert result.exit_code == 2
    assert "nothing could be aligned" in result.stderr
    assert not (tmp_path / ".prlocalize").exists()


def test_html_against_text_is_aligned(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    source, target = write_pair(gold_pair("en-ko-partner"), tmp_path)
    result = run_cli("align", source.name, target.name, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["accepted"] == 9


def test_a_ten_megabyte_file_is_refused_before_reading(tmp_path: Path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("big.en.txt").write_text("The price is 10 yen. " * 500_000, encoding="utf-8")
    Path("big.ja.txt").write_text("価格は10円です。", encoding="utf-8")
    result = run_cli("align", "big.en.txt", "big.ja.txt", "--memory")
    assert result.exit_code == 2
    assert "big.en.txt: 10.0 MB is not one release" in result.stderr
    assert not (tmp_path / ".prlocalize").exists()


def test_pairs_folder_with_no_pairs(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("d").mkdir()
    Path("d/notes.txt").write_text("Just notes.\n", encoding="utf-8")
    result = run_cli("align", "--pairs", "d")
    assert result.exit_code == 2
    assert "d: no release pairs found" in result.stderr


def test_a_bad_pair_in_a_folder_is_skipped_with_its_reason(
    archive: Path, run_cli, monkeypatch
) -> None:
    monkeypatch.chdir(archive.parent)
    (archive / "broken.en.txt").write_text("A sentence.\n", encoding="utf-8")
    (archive / "broken.ja.txt").write_bytes(b"\xff\xfe\x00b\x00a\x00d")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0
    assert "skipped: archive/broken.ja.txt:1: file is UTF-16" in " ".join(result.stderr.split())
    assert len(json.loads(result.stdout)["pairs"]) == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.txt", "b.txt", "c.txt"], "align needs two files"),
        (["a.txt", "b.txt", "--pairs", "."], "either SOURCE TARGET or --pairs DIR"),
        (["a.txt", "b.txt", "--memory-path", "x"], "--memory-path only makes sense"),
    ],
)
def test_usage_errors(args: list[str], message: str, run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("align", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_files_left_without_a_partner_are_named(tmp_path: Path, run_cli, monkeypatch) -> None:
    """A press office renames what --pairs could not pair: the files are listed on
    stderr after the summary (not in the output, whose formats are contracts)."""
    monkeypatch.chdir(tmp_path)
    pair = gold_pair("en-ja-launch")
    archive = tmp_path / "archive"
    (archive / "2025").mkdir(parents=True)
    (archive / "launch.en.txt").write_text(pair.source, encoding="utf-8")
    (archive / "launch.ja.txt").write_text(pair.target, encoding="utf-8")
    (archive / "2025" / "Q3 results (final).txt").write_text(pair.source, encoding="utf-8")
    (archive / "agm_ja.txt").write_text(pair.target, encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["pairs"]) == 1
    assert result.stderr.splitlines()[1:] == [
        "warning: 2 file(s) left without a partner (name the versions of a release alike: "
        "docs/align.md lists the layouts):",
        "  archive/2025/Q3 results (final).txt",
        "  archive/agm_ja.txt",
    ]
    # every file paired: nothing more to say
    (archive / "2025" / "Q3 results (final).txt").unlink()
    (archive / "agm_ja.txt").unlink()
    result = run_cli("align", "--pairs", "archive")
    assert "without a partner" not in result.stderr
