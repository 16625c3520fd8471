"""PR404 on a designation written with a space between its two capitals and its number
('HN 721', a flight), which a translation glues ('HN721便'), and the other way round."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "Flight HN 721 leaves Sendai at 10:40.", "HN721便は仙台を10時40分に出発します。"),
        ("ko", "Flight HN 721 leaves Sendai at 10:40.", "HN721편은 센다이에서 10시 40분 출발."),
        ("ja", "Flights KE 703 and NH 862 were added.", "KE703便とNH862便が追加されました。"),
        ("en", "HN721便は仙台を10時40分に出発します。", "Flight HN 721 leaves Sendai at 10:40."),
    ],
)
def test_a_flight_number_glued_or_spaced(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


def test_a_flight_number_changed() -> None:
    assert _codes("ja", "Flight HN 721 leaves.", "HN712便が出発します。") == ["PR404"]
