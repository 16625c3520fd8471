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
        # a career's range, its second end before a space
        (
            "en",
            "경력: 2016.03~2020.02 KAZENE 디자이너",
            "Career: March 2016 to February 2020, designer at KAZENE",
        ),
        ("en", "지수는 1998.50~2025.12 사이", "The index ranged between 1998.50 and 2025.12"),
    ],
)
def test_year_and_month_dotted(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr4(locale, msgid, msgstr) == []


def test_another_month_is_changed() -> None:
    assert any("changed" in m for m in _pr4("ko", "設立：1998年4月", "설립: 1998.05"))
    career = "경력: 2016.03~2020.02 KAZENE 디자이너"
    said = "Career: March 2016 to February 2021, designer at KAZENE"
    assert any("'2020.02'" in m for m in _pr4("en", career, said))
