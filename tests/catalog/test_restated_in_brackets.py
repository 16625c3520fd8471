"""PR404 on a figure the source restates in brackets right after itself, with its unit
('12ミリジーメンス（12 mS/cm）', '5万円（50,000円）'), which a translation says once."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Glossary
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text

CONDUCTIVITY = "伝導率は12ミリジーメンス（12 mS/cm）です。"


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


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CONDUCTIVITY, "Its conductivity is 12 mS/cm."),
        ("en", "売上は5万円（50,000円）でした。", "Sales were ¥50,000."),
    ],
)
def test_a_figure_said_once(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # another figure in brackets that happens to be the same: left out
        ("en", "参加者は12人（うち女性12人）でした。", "There were 12 participants."),
        ("ja", "Sales were 12 units (12 in Japan).", "販売は12台でした。"),
    ],
)
def test_a_bracket_that_says_more(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]
