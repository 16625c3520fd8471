"""PR106, PR201: a form of another locale cited as a word ('the Korean edition is called
바다소금바', 'known by the name 바다소금바', '韓国語版の名称は바다소금바') is a mention, not
text left untranslated; the same form in running text is still reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind\nSea Salt Bar,うみしおバー,바다소금바,brand\n"


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR106,PR201")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("en.txt", "In Korea the bar is called 바다소금바 and sells well.\n"),
        ("en.txt", "Korean shoppers know it by the name 바다소금바.\n"),
        ("en.txt", "The Japanese edition, known as うみしおバー, follows in May.\n"),
        ("ja.txt", "韓国語版の名称は바다소금바です。\n"),
    ],
)
def test_a_form_cited_as_a_word_is_a_mention(
    run_cli: Run, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("en.txt", "Shoppers bought 바다소금바 at every stand.\n", [("PR106", "바다소금바")]),
        ("ja.txt", "韓国では바다소금바が人気です。\n", [("PR106", "바다소금바")]),
    ],
)
def test_the_form_in_running_text_is_still_reported(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found
