"""A glossary name with an invisible character inside it is one defect or none, not an
inconsistent entity too (PR105): '松田&#8203;健司' in HTML is the author's line-break
opportunity, and a zero-width space pasted there ('松田\u200b洋子') is PR307's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,kind\nKenji Matsuda,松田 健司,person\nYoko Matsuda,松田 洋子,person\n"


def test_an_entity_inside_a_name_is_the_authors(run_cli: Cli, tmp_path: Path) -> None:
    html = (
        "<html lang='ja'><body><p>松田 健司は挨拶しました。</p>"
        "<p>松田&#8203;健司（57）は、1992年に入社しました。</p></body></html>\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.html", html, "PR1,PR307") == []


def test_a_pasted_one_is_reported_once(run_cli: Cli, tmp_path: Path) -> None:
    text = "松田 洋子が登壇しました。\n研究グループの松田\u200b洋子特任助教が説明しました。\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR1,PR307") == [
        ("PR307", "\u200b")
    ]
