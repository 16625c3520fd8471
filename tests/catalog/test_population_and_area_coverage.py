"""PR410: a network's coverage by its people ('人口カバー率95%', '인구 커버리지', 'covers 95% of
the population') given as its coverage by land ('面積カバー率', '면적 커버리지', 'area
coverage'), or the other way round, is reported: carriers report both, far apart for the
same network, and the figure stayed, so nothing saw it. Each kind kept, both named, and a
populous city or a service area said in passing stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

COVERAGE_JA = "5G SAの人口カバー率は95%です。"
COVERAGE_EN = "5G SA covers 95% of the population."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", COVERAGE_JA, "5G SA population coverage is 95%."),
        ("en", COVERAGE_JA, "5G SA covers 95% of the population."),
        ("ja", COVERAGE_EN, "5G SAの人口カバー率は95%です。"),
        ("ko", COVERAGE_EN, "5G SA 인구 커버리지는 95%다."),
        (
            "en",
            "5G 인구 커버리지는 95%, 면적 커버리지는 70%다.",
            "5G covers 95% of the population and 70% of the land area.",
        ),
        (
            "en",
            "人口の多い都市部から5Gエリアを広げます。",
            "5G area coverage will grow from populous cities.",
        ),
    ],
)
def test_each_kind_of_coverage_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", COVERAGE_JA, "5G SA area coverage is 95%."),
        ("ja", COVERAGE_EN, "5G SAの面積カバー率は95%です。"),
        ("ko", COVERAGE_EN, "5G SA 면적 커버리지는 95%다."),
        ("en", "5G 면적 커버리지는 70%다.", "5G covers 70% of the population."),
    ],
)
def test_one_kind_given_as_the_other_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]
