"""PR106: a glossary company's English name written with the legal form of the release's
own language ('Kazahana Motor株式会社', '株式会社Kazahana Motor', 'Hanul Mobility 주식회사')
is the company left in English, the glossary's Japanese or Korean form being another
script: a Latin brand is ordinary in those releases, so the name alone passed. The name
without a legal form, a company whose own form is Latin, and a name glossed in a bracket
stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Kazahana Motor,風花自動車,카자하나자동차,org\n"
    "Hanul Mobility,ハヌル・モビリティ,하늘모빌리티,org\n"
    "Nebula Works,Nebula Works,Nebula Works,org\n"
)


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR106,PR201")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "Kazahana Motorの新型車が発表されました。\n"),
        ("ja.txt", "Nebula Works株式会社は本日、新製品を発表しました。\n"),
        ("ja.txt", "風花自動車株式会社は本日、新型車を発表しました。\n"),
        ("ko.txt", "Nebula Works 주식회사는 오늘 신제품을 공개했다.\n"),
        ("ko.txt", "Hanul Mobility의 전기차가 공개됐다.\n"),
    ],
)
def test_latin_name_alone_or_own_form(run_cli: Run, tmp_path: Path, name: str, text: str) -> None:
    assert _found(run_cli, tmp_path, name, text) == []


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.txt", "Kazahana Motor株式会社は本日、新型車を発表しました。\n", "Kazahana Motor"),
        ("ja.txt", "株式会社Kazahana Motorは本日、新型車を発表しました。\n", "Kazahana Motor"),
        ("ko.txt", "Hanul Mobility 주식회사는 오늘 신차를 공개했다.\n", "Hanul Mobility"),
    ],
)
def test_latin_name_with_own_legal_form(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == [("PR106", found)]
