"""A bilingual file's headings that only name a language (a table's column headings
'English' and '日本語', the label over each version) translate nothing: they must never
pair as a translation, where the memory would learn 'English' → '日本語'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prlocalize.locales import language_named

ROWS = [
    ("Hokuto Ferry to Add a Night Service to Sado", "北斗フェリー、佐渡航路に夜行便を新設"),
    (
        "Hokuto Ferry announced today that it will add a night service between Niigata "
        "and Sado from May 1.",
        "北斗フェリーは本日、5月1日から新潟と佐渡を結ぶ夜行便を新設すると発表しました。",
    ),
    (
        "The ship will leave Niigata at 11 p.m. and arrive at 1:30 a.m.",
        "船は午後11時に新潟を出て、午前1時30分に到着します。",
    ),
    ("Fares will be the same as for day services.", "運賃は昼間の便と同じです。"),
]


def _accepted(run_cli, path: str) -> list[tuple[str, str]]:
    result = run_cli("align", path, "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    return [(b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]]


@pytest.mark.parametrize(
    ("heading", "fmt"),
    [
        ("| English | 日本語 |\n|---|---|\n", "md"),
        ("<tr><th>English</th><th>和文</th></tr>", "html"),
    ],
)
def test_a_table_s_language_headings_are_no_pair(
    run_cli, tmp_path: Path, monkeypatch, heading: str, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    if fmt == "md":
        body = heading + "".join(f"| {e} | {j} |\n" for e, j in ROWS)
    else:
        cells = "".join(f"<tr><td>{e}</td><td>{j}</td></tr>\n" for e, j in ROWS)
        body = f"<html><body><table>\n{heading}\n{cells}</table></body></html>\n"
    Path(f"ferry.{fmt}").write_text(body, encoding="utf-8")
    accepted = _accepted(run_cli, f"ferry.{fmt}")
    assert len(accepted) == len(ROWS)  # every row's sentences still pair
    assert all("English" not in source for source, _ in accepted)


def test_labels_over_each_version_are_no_pair(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    english = "\n\n".join(e for e, _ in ROWS)
    japanese = "\n\n".join(j for _, j in ROWS)
    Path("ferry.txt").write_text(f"[English]\n\n{english}\n\n【日本語】\n\n{japanese}\n")
    accepted = _accepted(run_cli, "ferry.txt")
    assert len(accepted) == len(ROWS)
    assert all("English" not in source for source, _ in accepted)


@pytest.mark.parametrize(
    ("word", "lang"),
    [("English", "en"), ("日本語", "ja"), ("영문판", "en"), ("국문", "ko"), ("Englishman", None)],
)
def test_language_named(word: str, lang: str | None) -> None:
    assert language_named(word) == lang


@pytest.mark.parametrize(
    ("over_first", "over_second"),
    [
        ("(Japanese follows English)", "――日本語版――"),
        ("", "※ 英文要約"),
        ("English Summary", "＜以下和文＞"),
        ("== English version ==", "(Japanese translation below)"),
    ],
)
def test_lines_that_say_which_version_follows_are_no_pair(
    run_cli, tmp_path: Path, monkeypatch, over_first: str, over_second: str
) -> None:
    """The line over a version says its language and that a version follows ('English
    follows Japanese', 'English Summary', '※ 영문 요약'): two such lines paired as a
    translation of each other, or one with the other version's letterhead."""
    monkeypatch.chdir(tmp_path)
    english = "\n\n".join(e for e, _ in ROWS)
    japanese = "\n\n".join(j for _, j in ROWS)
    text = f"{over_first}\n\n{english}\n\n{over_second}\n\n{japanese}\n"
    Path("ferry.txt").write_text(text, encoding="utf-8")
    accepted = _accepted(run_cli, "ferry.txt")
    assert accepted == [(e, j) for e, j in ROWS]


@pytest.mark.parametrize(
    "line",
    [
        "English Version of the Annual Report Now Available",  # a headline
        "Japanese follows the English.",  # a sentence
        "Summary",  # no language named
    ],
)
def test_a_line_that_says_more_is_kept(line: str) -> None:
    from prlocalize.document import Block, BlockKind, Segment, Span
    from prlocalize.readers.bilingual import _names_a_language

    segment = Segment("s1", line, Span(0, len(line)), "en", line)
    block = Block("b1", BlockKind.PARAGRAPH, Span(0, len(line)), (segment,))
    assert not _names_a_language(block)
