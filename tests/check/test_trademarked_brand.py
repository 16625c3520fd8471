"""PR102: a one-word brand misspelt by one letter is left alone as a possible other
word ('Nakano' beside 'Nagano'), except where it carries a trademark sign: 'Zoravio®'
for the glossary's 'Zoravia' was meant as the registered brand."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind\nZoravia,ゾラビア,조라비아,brand\nNagano,長野,나가노,place\n"


def test_a_brand_one_letter_off_with_its_trademark_sign(run_cli: Cli, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "r.txt"
    release.write_text(
        "Zoravia® (zoretinib) is approved in Japan. In the trial, Zoravio® reduced the "
        "risk by 41%, and Zoravix™ tablets ship in May. Zoravio is a town near Nakano, "
        "and Nagano lies north.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    found = [
        (f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]
    ]
    assert found == [("PR102", "Zoravio", "Zoravia"), ("PR102", "Zoravix", "Zoravia")]
