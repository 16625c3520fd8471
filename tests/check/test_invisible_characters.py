"""PR307 and the matcher: zero-width spaces, word joiners, soft hyphens, byte order marks
and direction marks pasted inside a glossary name are reported with a fix that removes
them (the name still recognised), decomposed (NFD) letters are reported once a sentence
rather than as a misspelling in 'character width', and a zero-width space where a
person's name has its space is a glued name. Variation selectors, emoji joiners and
direction marks beside a right-to-left script stay silent."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "kind,en,ja,ko,given:en,family:en\n"
    "person,Inès Caron,イネス・カロン,이네스 카롱,Inès,Caron\n"
    "title,Deputy Minister,副大臣,차관,,\n"
    "brand,TideLink,TideLink,TideLink,,\n"
    "org,Sorae Shipping,ソラエ海運,소래해운,,\n"
    "person,Kenta Kuzumi,葛見 健太,구즈미 겐타,Kenta,Kuzumi\n"
)


def _check(
    run_cli: Cli, tmp_path: Path, name: str, text: str, *args: str
) -> list[dict[str, object]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json", *args,
    )  # fmt: skip
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


@pytest.mark.parametrize(
    ("name", "text", "column"),
    [
        ("en.txt", "The Deputy Minis\u00adter opened the port.\n", 17),
        ("en.txt", "Cargo is tracked with Tide\u200bLink.\n", 27),
        ("en.txt", "Cargo is tracked with Tide\u2060Link today.\n", 27),
        ("en.txt", "The route is run by \ufeffSorae Shipping.\n", 21),
        ("ja.txt", "ソラエ\u200b海運は本日、新航路を開設しました。\n", 4),
        ("ja.txt", "葛見 健太\u200e副大臣が出席しました。\n", 6),
        ("ko.txt", "소래\u00ad해운은 오늘 새 항로를 열었다.\n", 3),
    ],
)
def test_an_invisible_character_is_reported_and_removed(
    run_cli: Cli, tmp_path: Path, name: str, text: str, column: int
) -> None:
    findings = _check(run_cli, tmp_path, name, text)
    assert [(f["code"], f["line"], f["column"], f["suggestion"]) for f in findings] == [
        ("PR307", 1, column, "")
    ]
    _check(run_cli, tmp_path, name, text, "--fix")
    invisible = "\u00ad\u200b\u2060\ufeff\u200e"
    assert (tmp_path / name).read_text(encoding="utf-8") == text.translate(
        {ord(c): None for c in invisible}
    )


def test_a_zero_width_space_for_a_name_s_space_is_a_glued_name(
    run_cli: Cli, tmp_path: Path
) -> None:
    findings = _check(run_cli, tmp_path, "en.txt", "Inès\u200bCaron opened the port.\n")
    assert [(f["code"], f["suggestion"]) for f in findings] == [("PR101", "Inès Caron")]


@pytest.mark.parametrize(
    ("name", "text", "suggestion"),
    [
        ("en.txt", "Inès Caron opened the port.\n", "Inès"),
        ("ko.txt", "소래해운은 오늘 새 항로를 열었다.\n", "소래해운은 오늘 새 항로를 열었다"),
        ("ja.txt", "ソラエ海運は本日、バイオ燃料の導入を発表しました。\n", "バ"),
    ],
)
def test_decomposed_letters_are_reported_once_not_as_a_misspelling(
    run_cli: Cli, tmp_path: Path, name: str, text: str, suggestion: str
) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    findings = _check(run_cli, tmp_path, name, decomposed)
    assert [(f["code"], f["suggestion"]) for f in findings] == [("PR307", suggestion)]
    _check(run_cli, tmp_path, name, decomposed, "--fix")
    assert (tmp_path / name).read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "葛\U000e0100見 健太副大臣が出席しました。\n"),  # a name's own glyph
        ("ja.txt", "葛\ufe00見 健太副大臣が出席しました。\n"),
        ("en.txt", "The crew sent \U0001f469\u200d\U0001f680 to Sorae Shipping.\n"),
        ("en.txt", "Inès Caron met \u200f\u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9\u200f today.\n"),
        ("en.txt", "Inès Caron opened the port.\n"),
    ],
)
def test_wanted_invisible_characters_stay_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _check(run_cli, tmp_path, name, text, "--select", "PR1,PR307") == []


def test_a_misspelling_after_an_invisible_character_keeps_its_column(
    run_cli: Cli, tmp_path: Path
) -> None:
    findings = _check(
        run_cli, tmp_path, "en.txt", "Tide\u200bLink and Sorae Shiping signed today.\n"
    )
    by_code = {f["code"]: f for f in findings}
    assert by_code["PR102"]["column"] == 21  # 'Shiping', counted in the file's characters
    assert by_code["PR307"]["column"] == 5


@pytest.mark.parametrize(
    ("name", "text", "line", "column"),
    [
        ("en.html", "<p>Sorae Shipping opens a route.\u2028It sails weekly.</p>\n", 1, 33),
        ("en.md", "# Route\n\nSorae Shipping opens a route.\u2029It sails weekly.\n", 3, 30),
        ("en.txt", "Sorae Shipping opens a new\u2029route today.\n", 1, 27),
    ],
)
def test_a_line_separator_inside_a_paragraph_is_reported(
    run_cli: Cli, tmp_path: Path, name: str, text: str, line: int, column: int
) -> None:
    findings = _check(run_cli, tmp_path, name, text, "--select", "PR307")
    assert [(f["line"], f["column"], f["suggestion"]) for f in findings] == [(line, column, " ")]


def test_an_invisible_character_written_as_an_entity_is_on_purpose(
    run_cli: Cli, tmp_path: Path
) -> None:
    text = "<p>Inès Caron met Tide&shy;Link's crew and Sorae&#8203;Shipping's.</p>\n"
    assert _check(run_cli, tmp_path, "en.html", text, "--select", "PR307") == []
