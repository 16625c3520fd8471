"""PR204: a link whose text is a glossary name with the common noun of its page left in
another language ('KIRA9 official site' in a Japanese release, 'KIRA9 website' in a
Korean one) is a link the translator missed; the name alone, or with the noun
translated, stays silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind\nKIRA9,KIRA9,KIRA9,brand\n"
URL = "https://kira9.example/"


def _html(lang: str, body: str) -> str:
    return f'<html lang="{lang}"><body><p>{body}</p></body></html>\n'


def test_name_with_an_untranslated_page_noun_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    ja = _html("ja", f'ツアーの詳細は<a href="{URL}">KIRA9 official site</a>をご覧ください。')
    ko = _html("ko", f'자세한 일정은 <a href="{URL}">KIRA9 website</a>에서 확인할 수 있다.')
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.html", ja, "PR204") == [
        ("PR204", "KIRA9 official site")
    ]
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ko.html", ko, "PR204") == [
        ("PR204", "KIRA9 website")
    ]


def test_name_alone_or_with_the_noun_translated_passes(run_cli: Cli, tmp_path: Path) -> None:
    ja = _html(
        "ja",
        f'ツアーの詳細は<a href="{URL}">KIRA9公式サイト</a>または<a href="{URL}">KIRA9</a>'
        "をご覧ください。",
    )
    en = _html("en", f'See the <a href="{URL}">KIRA9 official site</a> for the dates.')
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.html", ja, "PR204") == []
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.html", en, "PR204") == []
