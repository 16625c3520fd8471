"""PR304: a Latin name of the glossary written closed or otherwise spaced right before a
Japanese or Korean particle or word ('KurenaiIDでセーブ', 'KurenaiID를 만든다') is a
compound spelling, as it is before a space: the name ends where kana, kanji or Hangul
start. The glossary's own form there ('Kurenai IDで') and a longer Latin word
('KurenaiIDs') are left alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind,dnt\nKurenai ID,Kurenai ID,Kurenai ID,brand,yes\n"


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.txt", "KurenaiIDでセーブデータを共有できます。\n", [("KurenaiID", "Kurenai ID")]),
        ("ko.txt", "KurenaiID를 만들면 데이터를 공유할 수 있다.\n", [("KurenaiID", "Kurenai ID")]),
        ("ja2.txt", "Kurenai IDでセーブデータを共有できます。\n", []),
        ("ja3.txt", "KurenaiIDsでセーブ。\n", []),
    ],
)
def test_compound_before_cjk(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json", "--no-cache"
    )
    findings = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in findings if f["code"] == "PR304"] == found
