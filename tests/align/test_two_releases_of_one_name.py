"""Two releases that share a name: 'en/2025/0611.html' and 'ja/2025/0611.html', where
the English site published another release that day than the Japanese one. Their
paragraphs pair with nothing, but their headlines paired by length alone (0.88) and went
into the memory; the pair is skipped with its reason, and `align A B` refuses it. The
copyright line both pages keep as written is the site's: it says nothing either way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

PAGE = (
    "<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'></head><body>"
    "<h1>{head}</h1>{body}<footer><p>© Kitakaze Bus Co., Ltd.</p></footer></body></html>\n"
)
EN_AWARD = PAGE.format(
    lang="en",
    head="Kitakaze Bus Wins Regional Safety Award",
    body="<p>Kitakaze Bus was named the safest regional bus operator in Hokkaido for 2024, "
    "with no serious accidents in 3.1 million kilometres.</p>",
)
JA_SNACKS = PAGE.format(
    lang="ja",
    head="車内販売の新商品について",
    body="<p>北風バスは、7月1日から高速バスの車内で道産のじゃがいも菓子を販売します。</p>"
    "<p>価格は1袋450円です。</p>",
)
EN_ROUTE = PAGE.format(
    lang="en",
    head="Kitakaze Bus to Run Night Buses to Hakodate",
    body="<p>Kitakaze Bus will run a night bus between Sapporo and Hakodate from "
    "August 1, 2025. The bus leaves Sapporo at 11:30 p.m. and arrives at 5:40 a.m.</p>",
)
JA_ROUTE = PAGE.format(
    lang="ja",
    head="北風バス、函館行き夜行バスを運行",
    body="<p>北風バスは、2025年8月1日から札幌－函館間で夜行バスを運行します。"
    "札幌を23時30分に出発し、5時40分に到着します。</p>",
)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    files = {
        "en/2025/0611.html": EN_AWARD,
        "ja/2025/0611.html": JA_SNACKS,
        "en/2025/0702.html": EN_ROUTE,
        "ja/2025/0702.html": JA_ROUTE,
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_two_releases_of_one_name_teach_the_memory_nothing(site: Path, run_cli) -> None:
    result = run_cli("align", "--pairs", ".", "--memory", "--memory-path", "mem.sqlite")
    assert result.exit_code == 0, result.output
    assert "skipped: ja/2025/0611.html: none of its sentences pairs" in result.stderr
    with sqlite3.connect(site / "mem.sqlite") as conn:
        rows = conn.execute("SELECT source, target FROM units").fetchall()
    assert ("Kitakaze Bus Wins Regional Safety Award", "車内販売の新商品について") not in rows
    route = ("Kitakaze Bus to Run Night Buses to Hakodate", "北風バス、函館行き夜行バスを運行")
    assert route in rows


def test_align_of_two_releases_is_refused(site: Path, run_cli) -> None:
    result = run_cli("align", "en/2025/0611.html", "ja/2025/0611.html")
    assert result.exit_code == 2
    assert "not two versions of one release" in result.stderr
    assert result.stdout == ""


def test_a_release_and_its_translation_still_align(site: Path, run_cli) -> None:
    result = run_cli("align", "en/2025/0702.html", "ja/2025/0702.html")
    assert result.exit_code == 0, result.output
    assert "4 pair(s) accepted" in result.stderr


def test_a_line_kept_as_written_pairs_with_itself_alone(tmp_path: Path) -> None:
    """A sentence of one version only, right before the copyright line both keep as
    written, was glued to it (a 1-2 pair scoring 1.0 on the line's Latin words)."""
    from prlocalize.align.batch import align_files

    ja = JA_ROUTE.replace("到着します。</p>", "到着します。</p><p>運賃は片道4,800円です。</p>")
    (tmp_path / "r.en.html").write_text(EN_ROUTE, encoding="utf-8")
    (tmp_path / "r.ja.html").write_text(ja, encoding="utf-8")
    alignment = align_files(tmp_path / "r.en.html", tmp_path / "r.ja.html")
    pairs = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    assert ("© Kitakaze Bus Co., Ltd.", "© Kitakaze Bus Co., Ltd.") in pairs
    assert not any("4,800" in ja_text for _, ja_text in pairs)
