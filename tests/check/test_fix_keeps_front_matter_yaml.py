"""`check --fix` in a Markdown release's front matter leaves the YAML reading as it did:
a space after a colon in a plain title ('Update:New' → 'Update: New') would make the
line a second mapping, and the site would no longer build; a quote character inside a
value quoted with it would end it. Those fixes are withdrawn (still reported); a fix in
a quoted value, or one that leaves a plain value plain, is made."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "kind,en,forbidden:en\n"
    "org,Hana's Table,Hanas Table\n"
    "org,Orchard Lane Bakery,Orchard Lane Bakeries\n"
)
BODY = "\n# Spring menu\n\nThe menu changes in April.\n"


def _fix(run_cli: Run, tmp_path: Path, front: str) -> tuple[str, list[str]]:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "menu.md"
    release.write_text(f"---\n{front}---\n{BODY}", encoding="utf-8")
    args = ("check", str(release), "-g", str(tmp_path / "g.csv"), "--no-cache")
    run_cli(*args, "--fix")
    left = json.loads(run_cli(*args, "--format", "json").stdout)["findings"]
    text = release.read_text(encoding="utf-8")
    return text.split("---\n")[1], [f["code"] for f in left]


@pytest.mark.parametrize(
    ("front", "code"),
    [
        ("title: Orchard Lane Bakery update:New spring menu\n", "PR302"),
        ("title: Spring menu\ndescription: Seasonal dishes:fresh herbs\n", "PR302"),
        ("title: 'Hanas Table opens in Kobe'\n", "PR103"),  # the ' would end the value
    ],
)
def test_a_fix_that_would_break_the_yaml_is_withdrawn(
    run_cli: Run, tmp_path: Path, front: str, code: str
) -> None:
    after, left = _fix(run_cli, tmp_path, front)
    assert after == front
    assert code in left  # still reported, for a person to quote the value


@pytest.mark.parametrize(
    ("front", "fixed"),
    [
        ('title: "Orchard Lane Bakery update:New spring menu"\n',
         'title: "Orchard Lane Bakery update: New spring menu"\n'),
        ('title: "Hanas Table opens in Kobe"\n', "title: \"Hana's Table opens in Kobe\"\n"),
        ("title: Orchard Lane Bakeries opens in Kobe  # for the cards\n",
         "title: Orchard Lane Bakery opens in Kobe  # for the cards\n"),
        ("title: Spring menu,, with fresh herbs\n", "title: Spring menu, with fresh herbs\n"),
    ],
)  # fmt: skip
def test_a_fix_that_keeps_the_yaml_is_made(
    run_cli: Run, tmp_path: Path, front: str, fixed: str
) -> None:
    after, _ = _fix(run_cli, tmp_path, front)
    assert after == fixed
    assert yaml.safe_load(after).keys() == yaml.safe_load(front).keys()
