"""PR404 on a count the English source spells out beside another: 'twenty years' given as
20年間 takes that 20, so 'two regions' said as 両地域 (both) beside it is no 'two'
changed to '20'; a count changed is still found."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Glossary
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n'
    )
    report = check_po_text(
        text,
        path=f"{locale}.po",
        glossary=Glossary([]),
        rules=select_rules(target="translation"),
        locale=locale,
    )
    return [f.code for f in report.findings]


SOURCE = "Over twenty years, 900 pupils have visited our two cities."


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "この20年間で、900人の生徒が両市を訪れました。"),
        ("ja", "20年間で900人の生徒が両都市を訪れた。"),
        ("ja", "20年間で900人の生徒が2つの市を訪れた。"),
        ("ko", "지난 20년 동안 학생 900명이 양 도시를 찾았다."),
        ("ko", "지난 20년 동안 학생 900명이 두 도시를 찾았다."),
    ],
)
def test_both_beside_a_count_in_figures_is_no_change(locale: str, msgstr: str) -> None:
    assert _codes(locale, SOURCE, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "この20年間で、900人の生徒が3つの市を訪れました。"),
        ("ja", "この12年間で、900人の生徒が両市を訪れました。"),
        ("ko", "지난 20년 동안 학생 900명이 3개 도시를 찾았다."),
    ],
)
def test_a_count_changed_beside_it_is_found(locale: str, msgstr: str) -> None:
    assert "PR404" in _codes(locale, SOURCE, msgstr)
