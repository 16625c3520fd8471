"""PR101: one part of a foreign person's name in Hangul written in one word with the
title after it ('호라바대통령은', '오노데라교수는') is glued, as the whole name with its
title is, where the release names the person in full; the part set apart from its
title, a word that goes on after the title ('오노데라교수팀'), and a release that never
names the person stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ko,kind\nMilan Horava,밀란 호라바,person\nAoi Onodera,오노데라 아오이,person\n"
FULL = "밀란 호라바 대통령과 오노데라 아오이 교수가 만났다.\n\n"


def test_part_glued_to_its_title_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = FULL + "호라바대통령은 7일 도착했다. 오노데라교수는 연구를 소개했다.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR101") == [
        ("PR101", "호라바대통령"),
        ("PR101", "오노데라교수"),
    ]


def test_part_set_apart_or_unnamed_passes(run_cli: Cli, tmp_path: Path) -> None:
    text = FULL + "호라바 대통령은 7일 도착했다. 오노데라교수팀은 연구를 소개했다.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR101") == []
    alone = "호라바대통령은 7일 도착했다.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ko2.txt", alone, "PR101") == []
