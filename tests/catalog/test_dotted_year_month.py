"""PR404/PR409 on a year and month as Korean company profiles write them: '설립: 1998.04'
and '1998. 4.' are '1998年4月' (a field's value, after a colon or a bracket); a decimal
in a sentence ('2025.12포인트', '2012.10億円', 'closed at 2025.12.') stays a number."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _pr4(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code[:3] == "PR4"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", "設立：1998年4月", "설립: 1998.04"),
        ("ko", "設立：1998年4月", "설립: 1998. 4."),
        ("ja", "설립: 1998.04", "設立：1998年4月"),
        ("en", "설립: 1998.04", "Established: April 1998"),
        ("ko", "株価は2025.12ポイント", "주가는 2025.12포인트"),
        ("en", "売上高は2012.10億円", "Sales were ¥201.21 billion."),
        ("en", "指数は2025.12で引けた。", "The index closed at 2025.12."),
    ],
)
def test_year_and_month_dotted(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr4(locale, msgid, msgstr) == []


def test_another_month_is_changed() -> None:
    assert any("changed" in m for m in _pr4("ko", "設立：1998年4月", "설립: 1998.05"))
