"""PR410: 'no difference' said as likeness ('차이가 없었다' as 'were similar', 'did not
differ' as '비슷했다', '差はありませんでした' as 'comparable'), as trial results are
routinely translated, keeps the source's negation; a translation that says they differed,
or that drops another negation of the sentence, is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

NO_DIFFERENCE_KO = "이상반응 발생률은 투여군과 위약군 간에 차이가 없었다."
NO_DIFFERENCE_EN = "Rates of adverse events did not differ between the dose groups."
NO_DIFFERENCE_JA = "有害事象の発現率に投与群間で差はありませんでした。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            NO_DIFFERENCE_KO,
            "Adverse event rates were similar in the treatment and placebo arms.",
        ),
        ("ja", NO_DIFFERENCE_KO, "有害事象の発現率は投与群とプラセボ群で同程度でした。"),
        ("ko", NO_DIFFERENCE_EN, "이상반응 발생률은 용량군 간에 비슷했다."),
        ("en", NO_DIFFERENCE_JA, "Adverse event rates were comparable across the dose groups."),
    ],
)
def test_no_difference_said_alike(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            NO_DIFFERENCE_KO,
            "Adverse event rates differed between the treatment and placebo arms.",
        ),
        (
            "en",
            "이상반응 발생률은 두 군 간에 차이가 없었고, 사망은 보고되지 않았다.",
            "Adverse event rates were similar in both arms, and deaths were reported.",
        ),
    ],
)
def test_negation_still_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)
