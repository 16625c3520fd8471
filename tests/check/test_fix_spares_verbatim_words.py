"""`check --fix` never edits inside a word spelt as something outside the release works (a
web address on any domain, a file name, an e-mail address, a handle or hashtag), nor the
wrong spelling a correction notice quotes: the link, the download, the account or the
notice would break, and nobody reads the file after `--fix`. Nor are they reported
against the glossary's spelling. The same words elsewhere are still reported and fixed,
and a fix that replaces a whole address (an unwrapped redirect) stays."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.document import Span
from prlocalize.findings import Edit
from prlocalize.rules.verbatim import _inside_verbatim, in_verbatim_word

Run = Callable[..., Result]
GLOSSARY = (
    "kind,en,forbidden:en,variants:en\n"
    'org,"Tidewell Logistics Co., Ltd.",Tidewell Logistic|TidewellLogistics,Tidewell Logistics\n'
    "term,cold-chain,coldchain,cold chain\n"
    "term,e-commerce,ecommerce,\n"
)


def _fixed(run_cli: Run, tmp_path: Path, name: str, text: str) -> tuple[str, list[dict]]:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    args = ("check", str(release), "-g", str(tmp_path / "g.csv"), "--no-cache")
    run_cli(*args, "--fix")
    after = json.loads(run_cli(*args, "--format", "json").stdout)["findings"]
    return release.read_text(encoding="utf-8"), after


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.txt", "The plan is at tidewell.global/coldchain-plan for partners.\n"),
        ("a.txt", "Download coldchain_plan_2027.pdf or Ecommerce-Results.xlsx today.\n"),
        ("a.md", "Follow @TidewellLogistics and #coldchain for updates.\n"),
        ("a.md", "See [the plan](https://tidewell.global/a) at tidewell.global/coldchain.\n"),
        (
            "a.html",
            "<p>Visit <a href='https://tidewell.global/x'>tidewell.global/coldchain</a>.</p>\n",
        ),
        ("a.txt", "Write to ecommerce@tidewell.global for details.\n"),
    ],
)
def test_no_edit_inside_an_address_file_name_or_handle(
    run_cli: Run, tmp_path: Path, name: str, text: str
) -> None:
    fixed, after = _fixed(run_cli, tmp_path, name, text)
    assert fixed == text
    # nor is the glossary's spelling asked of them: the release cannot respell them
    assert [f for f in after if f["code"].startswith("PR1") or f["code"] == "PR304"] == []


@pytest.mark.parametrize(
    "text",
    [
        'Correction: the release of May 3 misspelled "cold-chain" as "coldchain".\n',
        "訂正：「コールドチェーン」を「coldchain」と誤って表記しておりました。\n",
        "Incorrect: our coldchain network\nCorrect: our cold-chain network\n",
        # a notice that corrects an earlier version, with no word that calls the form wrong
        'Correction: an earlier version of this release spelled the term as "coldchain".\n',
        'Updated May 4 to correct the term, previously written as "coldchain".\n',
        "<p>Clarification: the original version gave the term as &ldquo;coldchain&rdquo;.</p>\n",
    ],
)
def test_the_wrong_spelling_a_correction_quotes_is_kept(
    run_cli: Run, tmp_path: Path, text: str
) -> None:
    fixed, after = _fixed(run_cli, tmp_path, "a.html" if text[0] == "<" else "a.txt", text)
    assert fixed == text
    assert [f for f in after if f["code"] == "PR304"] == []


def test_the_same_words_in_prose_are_still_fixed(run_cli: Run, tmp_path: Path) -> None:
    text = (
        "TidewellLogistics opens a coldchain hub for ecommerce at tidewell.global/hub.\n\n"
        'It said the coldchain plan, not "coldchain", was final.\n\n'
        'Its director, previously at a bank, joins as "coldchain" lead in the new version.\n'
    )
    fixed, after = _fixed(run_cli, tmp_path, "a.txt", text)
    assert fixed == (
        "Tidewell Logistics opens a cold-chain hub for e-commerce at tidewell.global/hub.\n\n"
        'It said the cold-chain plan, not "cold-chain", was final.\n\n'
        'Its director, previously at a bank, joins as "cold-chain" lead in the new version.\n'
    )
    assert after == []


def test_an_unwrapped_redirect_still_replaces_the_whole_address(
    run_cli: Run, tmp_path: Path
) -> None:
    text = (
        '<p>Read <a href="https://www.google.com/url?q=https://tidewell.global/news&amp;'
        'sa=D&amp;ust=1700000000000">the notice</a>.</p>\n'
    )
    fixed, _ = _fixed(run_cli, tmp_path, "a.html", text)
    assert fixed == '<p>Read <a href="https://tidewell.global/news">the notice</a>.</p>\n'


@pytest.mark.parametrize(
    ("text", "start", "end", "inside"),
    [
        ("see tidewell.global/coldchain now", 24, 33, True),
        ("see tidewell.global/coldchain now", 0, 3, False),
        ("at https://tidewell.global/a.. Next", 29, 31, False),  # the stray '..' after it
        ("Tidewell Inc.and partners", 13, 13, False),  # a space inserted after 'Inc.'
        ("follow @TidewellLogistics", 15, 15, True),
        ("the file plan.pdf", 9, 13, True),
        ("https://x.com/a", 0, 15, False),  # replaced whole
    ],
)
def test_inside_verbatim(text: str, start: int, end: int, inside: bool) -> None:
    assert _inside_verbatim(text, Edit(Span(start, end), "")) is inside


@pytest.mark.parametrize(
    ("text", "start", "end", "inside"),
    [
        ("follow @MeridiaFoods now", 8, 20, True),
        ("get coldchain_spec.pdf now", 4, 13, True),
        ("the coldchain hub", 4, 13, False),
        ("MeridiaFoods.pdf", 0, 16, True),
        ("ask Meridia Foods.pdf", 4, 17, False),  # the name runs out of the file name
    ],
)
def test_in_verbatim_word(text: str, start: int, end: int, inside: bool) -> None:
    assert in_verbatim_word(text, start, end) is inside
