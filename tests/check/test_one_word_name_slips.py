"""PR102: a name of one Latin word ('Hokkaido', 'Kutchan', 'Niseko') has no other word
to vouch for a near miss of it, and a letter changed may make another name ('Nakano'
beside 'Nagano'); a slip only fingers make (two letters swapped, one doubled or
undoubled, one dropped inside) makes none, and is reported, also where the word is a
word of a longer name too ('Niseko' of 'The Aurelia Niseko')."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Hokkaido,北海道,홋카이도,place\n"
    "Kutchan,倶知安町,굿찬정,place\n"
    "Niseko,ニセコ,니세코,place\n"
    "The Aurelia Niseko,ジ・オーレリア ニセコ,디 오렐리아 니세코,brand\n"
    "Nagano,長野,나가노,place\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "r.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    return [(f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


def test_a_typed_slip_in_a_one_word_name(run_cli: Cli, tmp_path: Path) -> None:
    text = (
        "The resort in Kuthcan, Hokaido, opens in December. Nisseko has the best powder "
        "snow in the world.\n"
    )
    assert _found(run_cli, tmp_path, text) == [
        ("PR102", "Kuthcan", "Kutchan"),
        ("PR102", "Hokaido", "Hokkaido"),
        ("PR102", "Nisseko", "Niseko"),
    ]


def test_a_letter_changed_or_a_word_in_lower_case_stays_alone(run_cli: Cli, tmp_path: Path) -> None:
    text = (
        "Our Nakano office and the Nagano plant stay open. The kutchan menu and "
        "The Aurelia Niseko open in Hokkaido.\n"
    )
    assert _found(run_cli, tmp_path, text) == []
