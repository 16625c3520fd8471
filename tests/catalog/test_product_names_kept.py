"""PR408 on product and service names a Japanese or Korean translation keeps in Latin
letters as the source writes them ('Vantor Agent for macOS', 'AWS, Microsoft Azure,
Google Cloud'): a run of name words with a word shaped like a brand or an acronym is
no English left; a sentence's words are, and so is a headline set in title case, where
capitals tell no name."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

AGENT = "Vantor Agent for macOS 5.1 and earlier is affected."
CLOUDS = "The service runs on AWS, Microsoft Azure and Google Cloud from today."
EDITION = "LedgerOne Business Edition adds approval flows for purchase orders."
HEADLINE = "Vantor Launches LedgerOne Business Edition for Midsize Retailers"
MODEL = "The Nova X9 Pro will be priced at 189,800 yen including tax."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", AGENT, "Vantor Agent for macOS 5.1以前が影響を受けます。"),
        ("ko", AGENT, "Vantor Agent for macOS 5.1 이하 버전이 영향을 받는다."),
        ("ko", CLOUDS, "이 서비스는 오늘부터 AWS, Microsoft Azure, Google Cloud에서 실행된다."),
        ("ja", EDITION, "LedgerOne Business Editionでは、発注書の承認フローが加わります。"),
        # a model's capital and digits ('X9', 'S26') make a name as a brand's capitals do
        ("ja", MODEL, "Nova X9 Proの価格は189,800円（税込）です。"),
        ("ja", "It launched the Galaxy Z Fold8 today.", "本日、Galaxy Z Fold8を発売した。"),
        (
            "ko",
            "The Galaxy S26 Ultra ships with a 200 MP camera.",
            "Galaxy S26 Ultra는 2억 화소 카메라를 탑재했다.",
        ),
    ],
)
def test_product_name_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR408" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # the sentence's own words left, beside the name
        ("ja", EDITION, "LedgerOne Business Edition adds approval flowsが加わります。"),
        # a headline in title case: the verb is capitalised too
        ("ja", HEADLINE, "Vantor Launches LedgerOne Business Editionを発表"),
        # a name none of whose words is shaped like a brand or an acronym
        (
            "ja",
            "Orbit Client for Windows is affected.",
            "Orbit Client for Windowsが影響を受けます。",
        ),
        # a model's name with the sentence's words left beside it
        ("ja", MODEL, "Nova X9 Pro will be priced at 189,800円（税込）です。"),
    ],
)
def test_english_left_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR408" in translation_codes(locale, msgid, msgstr, with_info=False)
