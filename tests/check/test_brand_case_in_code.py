"""PR102 on a brand's word in inline code or an address: a command, a package or a
setting ('`relaybase deploy`', '<code>relaybase.yml</code>', backticks in a plain-text
release too) is spelt as the program reads
it, not as the brand is written, so its case is no slip; the same word lower-cased in
the prose is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from check_support import cli_found

GLOSSARY = "en,ja,ko,kind\nRelayBase,RelayBase,RelayBase,brand\nQuillOps,QuillOps,QuillOps,brand\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("en.md", "Teams roll out with the `relaybase deploy` command of RelayBase.\n"),
        ("en.md", "Install the `quillops` package from the public registry.\n"),
        ("en.html", "<p>Copy <code>relaybase.yml</code> into the project of RelayBase.</p>\n"),
        ("ja.md", "RelayBaseは`relaybase deploy`コマンドで配備します。\n"),
        # a plain-text release sets code in backticks too
        ("ja.txt", "RelayBaseは`relaybase deploy`コマンドで配備します。\n"),
        ("ko.txt", "RelayBase는 `relaybase deploy` 명령으로 배포한다.\n"),
    ],
)
def test_brand_word_in_code_is_spelt_as_the_program_reads_it(
    run_cli: Callable[..., Any], tmp_path: Path, name: str, text: str
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR102") == []


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.md",
            "Teams roll out with Relaybase and the `relaybase deploy` command.\n",
            "Relaybase",
        ),
        ("en.md", "Install `quillops` to try QuillOPS on your own servers.\n", "QuillOPS"),
    ],
)
def test_brand_word_in_the_prose_is_still_a_slip(
    run_cli: Callable[..., Any], tmp_path: Path, name: str, text: str, found: str
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR102") == [("PR102", found)]
