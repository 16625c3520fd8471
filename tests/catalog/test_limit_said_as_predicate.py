"""PR410: a Korean bound said as the sentence's predicate, with the copula ('3% 미만이었다',
'10건 이하였으며', '만 20세 이상이다'), is a limit like '3% 미만의': a translation that states
the bare figure is reported; one that keeps the bound in any words is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BELOW = "치료를 중단한 환자의 비율은 3% 미만이었다."
AT_MOST = "보고된 중대한 이상반응은 10건 이하였으며 모두 회복됐다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", BELOW, "The share of patients who stopped treatment was 3%."),
        ("ja", BELOW, "治療を中止した患者の割合は3%でした。"),
        ("en", AT_MOST, "Ten serious adverse events were reported, and all patients recovered."),
    ],
)
def test_bound_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", BELOW, "Fewer than 3% of patients stopped treatment."),
        ("en", BELOW, "The share of patients who stopped treatment was below 3%."),
        ("ja", BELOW, "治療を中止した患者の割合は3%未満でした。"),
        ("en", AT_MOST, "No more than 10 serious adverse events were reported, and all recovered."),
    ],
)
def test_bound_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
