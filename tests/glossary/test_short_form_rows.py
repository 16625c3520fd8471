"""A plain team sheet gives a company both in full and by its short form, on two rows
whose Korean is the same ('미나모토세이키'), or writes it again with another legal form
('Co., Ltd.' for 'Company Limited', the Japanese and Korean the same); a title gets a row
per context ('CEO, Minamoto Seiki Co., Ltd.' and 'CEO (of a Korean start-up)', both '대표'). Those
rows are one entry: the later row's forms are accepted as its variants, with a warning.
Before, the shared form was a 'form-conflict' error, and every command stopped (exit 2)
on a sheet such as the seed's own reference sheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.errors import InputErrors
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.lint import lint_paths
from prlocalize.glossary.model import Kind

SHEET = (
    "en,ja,ko,kind\n"
    '"Minamoto Seiki Co., Ltd.",株式会社ミナモト精機,미나모토세이키,organization\n'
    "Minamoto Seiki,ミナモト精機,미나모토세이키,organization\n"
    "Kotobuki Pharmaceutical Company Limited,寿製薬株式会社,고토부키제약,organization\n"
    '"Kotobuki Pharmaceutical Co., Ltd.",寿製薬株式会社,고토부키제약,organization\n'
    '"CEO, Minamoto Seiki Co., Ltd.",代表取締役社長,대표,title\n'
    "CEO (of a Korean start-up),代表,대표,title\n"
    "Seiji Hasebe,長谷部 誠司,하세베 세이지,person\n"
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "team.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_short_form_and_legal_form_rows_are_one_entry(tmp_path: Path) -> None:
    glossary = load_glossaries([_write(tmp_path, SHEET)])
    orgs = list(glossary.by_kind(Kind.ORG))
    assert len(orgs) == 2
    minamoto = next(e for e in orgs if e.approved("en") == "Minamoto Seiki Co., Ltd.")
    assert "Minamoto Seiki" in minamoto.term("en").accepted  # type: ignore[union-attr]
    assert "ミナモト精機" in minamoto.term("ja").accepted  # type: ignore[union-attr]
    kotobuki = next(e for e in orgs if e is not minamoto)
    assert kotobuki.term("en").accepted == (  # type: ignore[union-attr]
        "Kotobuki Pharmaceutical Company Limited",
        "Kotobuki Pharmaceutical Co., Ltd.",
    )
    [title] = glossary.by_kind(Kind.TITLE)
    assert title.term("ja").accepted == ("代表取締役社長", "代表")  # type: ignore[union-attr]
    # the bracket of 'CEO (of a Korean start-up)' is the sheet's note on the row, not the form
    assert title.term("en").accepted == ("CEO, Minamoto Seiki Co., Ltd.", "CEO")  # type: ignore[union-attr]


def test_lint_says_which_row_it_was_read_with(tmp_path: Path) -> None:
    result = lint_paths([_write(tmp_path, SHEET)])
    assert not result.errors
    repeated = [(p.line, p.code) for p in result.problems if p.code == "repeated-term"]
    assert repeated == [(3, "repeated-term"), (5, "repeated-term"), (7, "repeated-term")]
    assert "line 2" in next(p.message for p in result.problems if p.line == 3)


@pytest.mark.parametrize(
    "rows",
    [
        # two companies that share a Korean form by a slip: the English names no one thing
        "Hanbit Bank,ハンビット銀行,한빛,organization\n"
        "Hanbit Robotics,ハンビットロボティクス,한빛,organization\n",
        # two people: never read as one
        "Ji-ho Lee,イ・ジホ,이지호,person\nJiho Lee,イ・ジホ,이지호,person\n",
    ],
)
def test_rows_that_name_two_things_still_conflict(tmp_path: Path, rows: str) -> None:
    with pytest.raises(InputErrors) as caught:
        load_glossaries([_write(tmp_path, "en,ja,ko,kind\n" + rows)])
    assert "form-conflict" in str(caught.value)


def test_rows_with_their_own_ids_are_not_read_as_one(tmp_path: Path) -> None:
    sheet = (
        "id,en,ja,ko,kind\n"
        "full,Minamoto Seiki Co. Ltd.,株式会社ミナモト精機,미나모토세이키,organization\n"
        "short,Minamoto Seiki,ミナモト精機,미나모토세이키,organization\n"
    )
    with pytest.raises(InputErrors):
        load_glossaries([_write(tmp_path, sheet)])


def test_check_runs_with_such_a_sheet(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    sheet = _write(tmp_path, SHEET)
    release = tmp_path / "plant.en.txt"
    release.write_text(
        "Minamoto Seiki Co., Ltd. today opened a plant in Thailand. Minamoto Seiki will "
        "make motors there.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache")
    assert result.exit_code == 0, result.output  # 2 before: the sheet did not load


def test_a_translation_may_use_either_rows_forms(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    sheet = _write(tmp_path, SHEET)
    catalog = tmp_path / "release.ko.po"
    catalog.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Language: en\\n"\n"X-Source-Language: ko\\n"\n\n'
        'msgid "하세베 세이지 대표는 미나모토세이키의 새 공장을 소개했다."\n'
        'msgstr "Seiji Hasebe, CEO, presented Minamoto Seiki\'s new plant."\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(catalog), "-g", str(sheet), "--no-cache")
    assert result.exit_code == 0, result.output
