"""PR404: periods that official versions name by their length rather than their numbers.

* A range of months from January to December ('1~12월 누적 수출', '1～12月の累計') is the
  whole year: 'full-year exports', '年間', '연간'. A translation that names other months
  ('1～11月') or no whole year is still reported.
* A Japanese quarter's results ('2027年3月期第3四半期決算', '第2四半期の連結業績') cover the
  year so far, which English results titles give as 'the nine months' or 'the six months
  ended ...'. Another length, or a quarter's own figures said so, is still reported.
"""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

YEAR_KO = "1~12월 누적 반도체 수출은 1,512억 달러를 기록했다."
YEAR_JA = "1～12月の累計出荷台数は84万2,000台だった。"
RESULTS_JA = "港南化学、2029年3月期第3四半期決算を発表"
FISCAL_EN = " of the Fiscal Year Ending March 31, 2029"
HALF_JA = "第2四半期の連結業績は次のとおりです。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", YEAR_KO, "Full-year semiconductor exports reached USD 151.2 billion."),
        ("en", YEAR_KO, "Semiconductor exports for the whole year reached USD 151.2 billion."),
        ("ja", YEAR_KO, "年間の半導体輸出は1,512億ドルだった。"),
        ("ko", YEAR_JA, "연간 누적 출하 대수는 84만 2,000대였다."),
        ("en", YEAR_JA, "Annual shipments totaled 842,000 units."),
        (
            "en",
            RESULTS_JA,
            "Konan Chemical Announces Results for the Nine Months" + FISCAL_EN,
        ),
        ("en", HALF_JA, "Consolidated results for the six months are as follows."),
    ],
)
def test_said_by_length(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", YEAR_KO, "1～11月の累計半導体輸出は1,512億ドルで、年間で過去最高となった。"),
        (
            "en",
            YEAR_KO,
            "January–November chip exports, a full-year record, reached USD 151.2 billion.",
        ),
        ("en", YEAR_KO, "Semiconductor exports reached USD 151.2 billion."),
        (
            "en",
            RESULTS_JA,
            "Konan Chemical Announces Results for the Six Months" + FISCAL_EN,
        ),
        (
            "en",
            "第3四半期の売上高は412億円だった。",
            "Net sales for the nine months were ¥41.2 billion.",
        ),
    ],
)
def test_length_wrong(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
