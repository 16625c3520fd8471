"""PR102: a word of a title or term of two words or more, standing alone, is another
English word where a letter of it is changed ('cancel' beside the 'cancer' of 'non-small
cell lung cancer'); the whole term misspelt is still found, and so is a word alone with
a slip no word is ('Scientfic')."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "non-small cell lung cancer,非小細胞肺がん,비소세포폐암,term\n"
    "sister city,姉妹都市,자매도시,term\n"
    "Chief Scientific Officer,最高科学責任者,최고과학책임자,title\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Guests can cancel free of charge until November 1.\n", []),
        ("The sitter and the lister met at the center.\n", []),
        ("It treats non-small cell lung cancel in adults.\n", ["non-small cell lung cancel"]),
        ("Our Scientfic Advisory Board met in May.\n", ["Scientfic"]),
    ],
)
def test_a_word_of_a_longer_term_alone(
    run_cli: Cli, tmp_path: Path, text: str, found: list[str]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "r.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    assert [f["found"] for f in json.loads(result.stdout)["findings"]] == found
