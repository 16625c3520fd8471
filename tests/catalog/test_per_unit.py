"""PR404 on 'per one unit' written with a unit in Latin letters ('1kWhあたり', '1cm
あたり', '1kWh당'): 'per kWh', not a figure one the translation must say."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Glossary
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text


def _codes(msgid: str, msgstr: str) -> list[str]:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n'
    )
    report = check_po_text(
        text,
        path="en.po",
        glossary=Glossary([]),
        rules=select_rules(target="translation"),
        locale="en",
    )
    return [f.code for f in report.findings]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("料金は1kWhあたり31円です。", "The rate is ¥31 per kWh."),
        ("요금은 1kWh당 150원이다.", "The rate is ₩150 per kWh."),
        ("伝導率は25℃で1cmあたり12ミリジーメンスです。", "Conductivity is 12 mS/cm at 25°C."),
    ],
)
def test_per_a_unit_in_latin_letters(msgid: str, msgstr: str) -> None:
    assert _codes(msgid, msgstr) == []


def test_the_rate_changed() -> None:
    assert _codes("料金は1kWhあたり31円です。", "The rate is ¥13 per kWh.") == ["PR404"]
