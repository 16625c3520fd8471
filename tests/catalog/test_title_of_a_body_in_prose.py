"""PR401 on a sheet's English title of a body written as a byline lists it ('President and
CEO, Tsubaki Electronics'), which an English sentence says with 'of' ('…, President and
CEO of Tsubaki Electronics'). An English translation that did so was reported as the
approved translation missing, and an English source that did so named no title at all,
so a Japanese or Korean translation that gave the person another office went unreported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.matcher import titled_of_body
from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "title-ceo-tsubaki",
            Kind.TITLE,
            {
                "en": Term("President and CEO, Tsubaki Electronics"),
                "ja": Term("椿電子 代表取締役社長"),
                "ko": Term("쓰바키전자 대표이사 사장"),
            },
        ),
        Entry(
            "title-cfo-saebyeok",
            Kind.TITLE,
            {
                "en": Term("Chief Financial Officer, Saebyeok Chemical"),
                "ja": Term("セビョク化学 最高財務責任者"),
                "ko": Term("새벽화학 최고재무책임자"),
            },
        ),
        Entry(
            "org-tsubaki",
            Kind.ORG,
            {"en": Term("Tsubaki Electronics"), "ja": Term("椿電子"), "ko": Term("쓰바키전자")},
        ),
        Entry(
            "org-saebyeok",
            Kind.ORG,
            {"en": Term("Saebyeok Chemical"), "ja": Term("セビョク化学"), "ko": Term("새벽화학")},
        ),
    ]
)
JA_QUOTE = "椿電子 代表取締役社長の森田は「新工場は重要な拠点です」と述べています。"
KO_QUOTE = "한 새벽화학 최고재무책임자는 “증설을 검토하고 있다”고 말했다."
EN_QUOTE = "“It is key,” said Jun Morita, President and CEO of Tsubaki Electronics."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (JA_QUOTE, "“It is key,” said Morita, President and CEO of Tsubaki Electronics."),
        (JA_QUOTE, "“It is key,” said Morita, President and CEO, Tsubaki Electronics."),
        (KO_QUOTE, "“We may grow,” said Han, Chief Financial Officer of Saebyeok Chemical."),
        (KO_QUOTE, "“We may grow,” said Han, Chief Financial Officer of the Saebyeok Chemical."),
    ],
)
def test_title_of_its_body_in_an_english_sentence(msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (KO_QUOTE, "“We may grow,” said Han, Chief Operating Officer of Saebyeok Chemical."),
        (JA_QUOTE, "“It is key,” said Morita, Chairman and CEO of Tsubaki Electronics."),
    ],
)
def test_another_office_of_the_body_is_reported(msgid: str, msgstr: str) -> None:
    assert "PR401" in translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("locale", "msgstr", "reported"),
    [
        ("ja", "椿電子 代表取締役社長の森田純は「重要です」と述べています。", False),
        ("ja", "椿電子 代表取締役会長の森田純は「重要です」と述べています。", True),
        ("ko", "모리타 준 쓰바키전자 대표이사 사장은 “핵심”이라고 말했다.", False),
        ("ko", "모리타 준 쓰바키전자 대표이사 부회장은 “핵심”이라고 말했다.", True),
    ],
)
def test_an_english_source_names_the_title_with_of(
    locale: str, msgstr: str, reported: bool
) -> None:
    codes = translation_codes(locale, EN_QUOTE, msgstr, glossary=GLOSSARY)
    assert ("PR401" in codes) is reported


def test_only_an_office_and_a_body_give_a_form() -> None:
    assert set(titled_of_body("President and CEO, Tsubaki Electronics")) == {
        "President and CEO of Tsubaki Electronics",
        "President and CEO of the Tsubaki Electronics",
    }
    assert titled_of_body("Chief Executive Officer") == ()
    assert "President of the Asahi Trust" in titled_of_body("President, the Asahi Trust")
    assert titled_of_body("President, research division") == ()
