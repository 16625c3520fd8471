"""PR404 on 'per one unit' written with a unit in Latin letters ('1kWhあたり', '1cm
あたり', '1kWh당'): 'per kWh', not a figure one the translation must say."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


def _codes(msgid: str, msgstr: str) -> list[str]:
    return translation_codes("en", msgid, msgstr)


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
