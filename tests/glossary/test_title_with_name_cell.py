"""A person's cell that holds the title with the name, as a sheet copies a byline
('Minister Haruto Kimura', '環境副大臣　木村 陽翔', '기무라 하루토 환경부 차관'): read as
one form, the name matched only where a text wrote that very title beside it, so a
release naming the person otherwise was never checked and every translation that put
the title elsewhere was reported missing the name."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.titled import split_title

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("cell", "language", "name", "title"),
    [
        ("Minister Sayaka Tonegawa", "en", "Sayaka Tonegawa", "Minister"),
        ("Chief Data Officer Ren Odagiri", "en", "Ren Odagiri", "Chief Data Officer"),
        ("農林水産副大臣　利根川 さやか", "ja", "利根川 さやか", "農林水産副大臣"),
        ("小田切 蓮 事業本部長", "ja", "小田切 蓮", "事業本部長"),
        ("代表取締役社長 小田切蓮", "ja", "小田切蓮", "代表取締役社長"),
        ("도네가와 사야카 농림수산성 부대신", "ko", None, None),  # no title ending known
        ("도네가와 사야카 해양수산부 차관", "ko", "도네가와 사야카", "해양수산부 차관"),
        ("윤재희 해양수산부 국장", "ko", "윤재희", "해양수산부 국장"),
        ("대표이사 윤재희", "ko", "윤재희", "대표이사"),
    ],
)
def test_title_and_name_are_told_apart(
    cell: str, language: str, name: str | None, title: str | None
) -> None:
    found = split_title(cell, language)
    got = (found.name, found.title) if found else (None, None)
    assert got == (name, title)


@pytest.mark.parametrize(
    ("cell", "language"),
    [
        ("Sayaka Tonegawa", "en"),
        ("Dean Michael Harlow", "en"),  # a given name, not an office
        ("General Electric Hitachi", "en"),  # no name after the words
        ("利根川 さやか", "ja"),
        ("福長 健太", "ja"),  # a family name ending in 長
        ("도네가와 사야카", "ko"),
        ("윤재희", "ko"),
    ],
)
def test_a_name_alone_is_left_as_written(cell: str, language: str) -> None:
    assert split_title(cell, language) is None


def test_the_name_of_a_titled_cell_is_the_approved_form() -> None:
    parsed = parse_csv(
        "en,ja,ko,kind\n"
        "Minister Sayaka Tonegawa,農林水産大臣　利根川 さやか,도네가와 사야카 농림부 장관,person\n",
        "people.csv",
    )
    (entry,) = parsed.entries
    assert [entry.approved(lang) for lang in ("en", "ja", "ko")] == [
        "Sayaka Tonegawa",
        "利根川 さやか",
        "도네가와 사야카",
    ]
    said = [
        (p.code, p.level.value, p.column) for p in parsed.problems if p.code == "title-with-name"
    ]
    assert said == [("title-with-name", "warning", lang) for lang in ("en", "ja", "ko")]


def test_a_title_row_is_left_alone() -> None:
    (entry,) = parse_csv(
        "en,ja,kind\nMinister of Agriculture,農林水産大臣,title\n", "t.csv"
    ).entries
    assert entry.approved("ja") == "農林水産大臣"


def test_a_translation_with_the_title_elsewhere_is_no_finding(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "en,ja,kind\nMinister Sayaka Tonegawa,農林水産大臣　利根川 さやか,person\n",
        encoding="utf-8",
    )
    po = tmp_path / "news.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Minister Sayaka Tonegawa opened the market."\n'
        'msgstr "利根川 さやか農林水産大臣が市場を開いた。"\n\n'
        'msgid "Sayaka Tonegawa thanked the growers."\n'
        'msgstr "利根川 沙耶香は生産者に感謝した。"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    # the first translation is right; the second misspells the given name
    assert [(f["line"], f["code"]) for f in findings] == [(10, "PR401")]
