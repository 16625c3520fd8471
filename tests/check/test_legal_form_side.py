"""A Japanese or Korean company's legal form on the wrong side of its name (前株 written
後株: 'アオバエナジー株式会社' for '株式会社アオバエナジー') is reported in releases and in
translations, from a spreadsheet's approved form alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.model import misplaced_legal_form, misplaced_legal_forms

Run = Callable[..., Result]

GLOSSARY = (
    "en,ja,ko,kind\n"
    "Aoba Energy Inc.,株式会社アオバエナジー,주식회사 아오바에너지,org\n"
    "Hanazono Motor Corporation,花園自動車株式会社,하나조노자동차(주),org\n"
    "Sendai,仙台,센다이,place\n"
)


@pytest.mark.parametrize(
    ("form", "swapped"),
    [
        ("株式会社アオバエナジー", "アオバエナジー株式会社"),
        ("花園自動車株式会社", "株式会社花園自動車"),
        ("주식회사 아오바에너지", "아오바에너지 주식회사"),
        ("하나조노자동차(주)", "(주)하나조노자동차"),
        ("㈱アオバ", "アオバ㈱"),
        ("アオバエナジー", None),  # no legal form
        ("株式会社", None),  # nothing but the legal form
        ("Aoba Energy Inc.", None),
    ],
)
def test_the_legal_form_moved_to_the_other_side(form: str, swapped: str | None) -> None:
    assert misplaced_legal_form(form) == swapped


def _findings(run_cli: Run, path: Path, glossary: Path) -> list[tuple[str, str, str | None]]:
    result = run_cli("check", str(path), "-g", str(glossary), "--format", "json", "--no-cache")
    assert result.exit_code in (0, 1), result.stderr
    return [
        (f["code"], f["message"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]
    ]


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "ja.txt",
            "アオバエナジー株式会社は仙台で設立された。\n",
            [
                (
                    "PR103",
                    "Legal form on the wrong side of the name: 'アオバエナジー株式会社'",
                    "株式会社アオバエナジー",
                )
            ],
        ),
        (
            "ja2.txt",
            "株式会社花園自動車は新工場を建設する。\n",
            [
                (
                    "PR103",
                    "Legal form on the wrong side of the name: '株式会社花園自動車'",
                    "花園自動車株式会社",
                )
            ],
        ),
        (
            "ko.txt",
            "아오바에너지 주식회사는 센다이에서 설립되었다.\n",
            [
                (
                    "PR103",
                    "Legal form on the wrong side of the name: '아오바에너지 주식회사'",
                    "주식회사 아오바에너지",
                )
            ],
        ),
        # written as the company writes it, or without the legal form: nothing
        (
            "ok.txt",
            "株式会社アオバエナジーと花園自動車株式会社は提携した。アオバエナジーは仙台にある。\n",
            [],
        ),
    ],
)
def test_a_release_with_the_legal_form_on_the_wrong_side(
    run_cli: Run, tmp_path: Path, glossary: Path, name: str, text: str, expected: list[object]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _findings(run_cli, path, glossary) == expected


def test_the_fix_puts_it_back(run_cli: Run, tmp_path: Path, glossary: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text("アオバエナジー株式会社は仙台で設立された。\n", encoding="utf-8")
    run_cli("check", str(path), "-g", str(glossary), "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8") == "株式会社アオバエナジーは仙台で設立された。\n"


def _ja_catalog(tmp_path: Path, founded: str, makes: str) -> Path:
    """A Japanese catalog of two messages on Aoba Energy, translated as given."""
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ja\\n"\n\n'
        'msgid "Aoba Energy Inc. was founded in Sendai."\n'
        f'msgstr "{founded}"\n\n'
        'msgid "Aoba Energy Inc. makes batteries."\n'
        f'msgstr "{makes}"\n',
        encoding="utf-8",
    )
    return po


def test_a_translation_with_the_legal_form_on_the_wrong_side(
    run_cli: Run, tmp_path: Path, glossary: Path
) -> None:
    po = _ja_catalog(
        tmp_path,
        "アオバエナジー株式会社は仙台で設立された。",
        "株式会社アオバエナジーは電池を製造している。",
    )
    assert _findings(run_cli, po, glossary) == [
        (
            "PR402",
            "Legal form on the wrong side of the name: 'アオバエナジー株式会社'",
            "株式会社アオバエナジー",
        )
    ]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("株式会社アオバエナジー", ("アオバエナジー株式会社", "アオバエナジー(株)")),
        ("花園自動車株式会社", ("株式会社花園自動車", "(株)花園自動車")),
        ("주식회사 아오바에너지", ("아오바에너지 주식회사", "아오바에너지(주)")),
        ("アオバエナジー", ()),
    ],
)
def test_every_way_of_writing_it_on_the_wrong_side(form: str, expected: tuple[str, ...]) -> None:
    assert misplaced_legal_forms(form) == expected


def test_an_abbreviated_legal_form_on_the_wrong_side(
    run_cli: Run, tmp_path: Path, glossary: Path
) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "アオバエナジー(株)と(株)花園自動車は提携した。アオバエナジー㈱は仙台にある。"
        "(株)アオバエナジーと花園自動車㈱も。\n",
        encoding="utf-8",
    )
    # the abbreviation stays an abbreviation, on the side the company writes it
    assert [(code, suggestion) for code, _, suggestion in _findings(run_cli, path, glossary)] == [
        ("PR103", "(株)アオバエナジー"),
        ("PR103", "花園自動車(株)"),
        ("PR103", "㈱アオバエナジー"),
    ]
    run_cli("check", str(path), "-g", str(glossary), "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8").startswith("(株)アオバエナジーと花園自動車(株)は")
    korean = tmp_path / "ko.txt"
    korean.write_text("아오바에너지(주)와 ㈜아오바에너지는 센다이에 있다.\n", encoding="utf-8")
    assert [f[2] for f in _findings(run_cli, korean, glossary)] == ["(주)아오바에너지"]


def test_a_translation_with_an_abbreviated_legal_form_on_the_wrong_side(
    run_cli: Run, tmp_path: Path, glossary: Path
) -> None:
    po = _ja_catalog(
        tmp_path, "アオバエナジー㈱は仙台で設立された。", "(株)アオバエナジーは電池を製造している。"
    )
    assert [(code, found) for code, found, _ in _findings(run_cli, po, glossary)] == [
        ("PR402", "Legal form on the wrong side of the name: 'アオバエナジー㈱'")
    ]
